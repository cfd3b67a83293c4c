import { ENTITY_TYPES, type EntityType } from '../glossary/schema';

/** The name of the highlight that paints one entity type (the ::highlight() rules in style.css use them). */
export function highlightName(type: EntityType): string {
  return `dalil-${type}`;
}

/** The highlight of the entity the keyboard has moved to. */
export const FOCUS_HIGHLIGHT = 'dalil-focus';

export interface Painter {
  add(range: AbstractRange, type: EntityType): void;
  remove(range: AbstractRange, type: EntityType): void;
  /** Marks one range as the current one (keyboard navigation), or none. */
  focus(range: AbstractRange | null): void;
  clear(): void;
}

/**
 * Paints ranges with the CSS Custom Highlight API: one Highlight per entity type, registered in the
 * document's registry. Nothing in the page's DOM changes.
 */
export function createPainter(registry: HighlightRegistry, HighlightClass: typeof Highlight): Painter {
  const byType = new Map<EntityType, Highlight>();
  for (const type of ENTITY_TYPES) {
    const highlight = new HighlightClass();
    byType.set(type, highlight);
    registry.set(highlightName(type), highlight);
  }
  const focused = new HighlightClass();
  // The focused entity is painted over its type's colour.
  focused.priority = 1;
  registry.set(FOCUS_HIGHLIGHT, focused);
  return {
    add: (range, type) => void byType.get(type)?.add(range),
    remove: (range, type) => void byType.get(type)?.delete(range),
    focus(range) {
      focused.clear();
      if (range !== null) focused.add(range);
    },
    clear() {
      for (const highlight of byType.values()) highlight.clear();
      focused.clear();
    },
  };
}
