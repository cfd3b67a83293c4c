import { ENTITY_TYPES, type EntityType } from '../glossary/schema';

/** What a range is painted as: its entry's type, or a suggested name (quieter, whatever its type). */
type HighlightKind = EntityType | 'suggested';

const HIGHLIGHT_KINDS: readonly HighlightKind[] = [...ENTITY_TYPES, 'suggested'];

/** The name of the highlight that paints one kind (the ::highlight() rules in highlights.content.css). */
export function highlightName(kind: HighlightKind): string {
  return `dalil-${kind}`;
}

/** The highlight of the entity the keyboard has moved to. */
export const FOCUS_HIGHLIGHT = 'dalil-focus';

export interface PaintOptions {
  /**
   * A name the glossary lacks (the entry's `suggestion` is set): painted in the suggestion style, so the
   * reader tells a guess from a glossary entry of the same type.
   */
  suggested?: boolean;
}

export interface Painter {
  add(range: AbstractRange, type: EntityType, options?: PaintOptions): void;
  /** Takes a range away; the same type and options as it was added with. */
  remove(range: AbstractRange, type: EntityType, options?: PaintOptions): void;
  /** Marks one range as the current one (keyboard navigation), or none. */
  focus(range: AbstractRange | null): void;
  clear(): void;
}

function kindOf(type: EntityType, options: PaintOptions | undefined): HighlightKind {
  return options?.suggested === true ? 'suggested' : type;
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
    add: (range, type, options) => void byKind.get(kindOf(type, options))?.add(range),
    remove: (range, type, options) => void byKind.get(kindOf(type, options))?.delete(range),
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
