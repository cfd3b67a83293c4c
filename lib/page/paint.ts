import { ENTITY_TYPES, type EntityType, type GlossaryEntry } from '../glossary/schema';

/** What a range is painted as: its entry's type, or a suggested name (quieter, whatever its type). */
type HighlightKind = EntityType | 'suggested';

const HIGHLIGHT_KINDS: readonly HighlightKind[] = [...ENTITY_TYPES, 'suggested'];

/** The name of the highlight that paints one kind (the ::highlight() rules in highlights.content.css). */
export function highlightName(kind: HighlightKind): string {
  return `dalil-${kind}`;
}

/** The highlight of the entity the keyboard has moved to. */
export const FOCUS_HIGHLIGHT = 'dalil-focus';

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
function kindOf(entry: PaintedEntry): HighlightKind {
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
  registry.set(FOCUS_HIGHLIGHT, focused);
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
