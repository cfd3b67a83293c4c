import { ENTITY_TYPES, type EntityType, type GlossaryEntry } from '../glossary/schema';

/** What a range is painted as: its entry's type, or a suggested name (quieter, whatever its type). */
type HighlightKind = EntityType | 'suggested';

const HIGHLIGHT_KINDS: readonly HighlightKind[] = [...ENTITY_TYPES, 'suggested'];

/**
 * Every highlight the painter registers, in the order it registers them: the kinds, then `focus` (the entity
 * the keyboard has moved to). The stylesheet (components/highlights.css) is written for these.
 */
export const PAINTED_KINDS: readonly string[] = [...HIGHLIGHT_KINDS, 'focus'];

/**
 * The highlight names of this page load, one per painted kind, made anew on each load: fixed names would tell
 * any page that Dalil is installed, and let it paint into them or style them. Letters only, so each is a
 * valid CSS identifier.
 */
export const HIGHLIGHT_NAMES: readonly string[] = PAINTED_KINDS.map(() =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    String.fromCharCode(97 + (byte % 26)),
  ).join(''),
);

/** The name of the highlight that paints one kind. */
export function highlightName(kind: HighlightKind | 'focus'): string {
  return HIGHLIGHT_NAMES[PAINTED_KINDS.indexOf(kind)] as string;
}

/** What a range is painted for: the entry's type, and whether it is a suggested name (`suggestion` set). */
export type PaintedEntry = Pick<GlossaryEntry, 'type' | 'suggestion'>;

export interface Painter {
  add(range: AbstractRange, entry: PaintedEntry): void;
  /** Takes a range away; the same entry as it was added for. */
  remove(range: AbstractRange, entry: PaintedEntry): void;
  /** Marks one range as the current one (keyboard navigation), or none. */
  focus(range: AbstractRange | null): void;
  clear(): void;
}

/**
 * A name the glossary lacks is painted in the suggestion style, whatever its type, so the reader tells a
 * guess from a glossary entry of the same type.
 */
export function kindOf(entry: PaintedEntry): HighlightKind {
  return entry.suggestion === undefined ? entry.type : 'suggested';
}

/**
 * Paints ranges with the CSS Custom Highlight API: one Highlight per entity type and one for suggested
 * names, registered in the document's registry. Nothing in the page's DOM changes.
 */
export function createPainter(registry: HighlightRegistry, HighlightClass: typeof Highlight): Painter {
  const byKind = new Map<HighlightKind, Highlight>();
  for (const kind of HIGHLIGHT_KINDS) {
    const highlight = new HighlightClass();
    byKind.set(kind, highlight);
    registry.set(highlightName(kind), highlight);
  }
  const focused = new HighlightClass();
  // The focused entity is painted over its type's colour.
  focused.priority = 1;
  registry.set(highlightName('focus'), focused);
  return {
    add: (range, entry) => void byKind.get(kindOf(entry))?.add(range),
    remove: (range, entry) => void byKind.get(kindOf(entry))?.delete(range),
    focus(range) {
      focused.clear();
      if (range !== null) focused.add(range);
    },
    clear() {
      for (const highlight of byKind.values()) highlight.clear();
      focused.clear();
    },
  };
}
