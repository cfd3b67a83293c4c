/**
 * Selections on their way to the add page ("Add to Dalil…"), kept in the background's memory only. The add
 * page's address carries a random token, never the selection: the browser keeps the addresses of extension
 * pages in the normal profile's history and session, where an "Add to Dalil…" from an incognito tab opens
 * its window too, and the selection may be a name the reader keeps private.
 */
export interface SelectionHandover {
  /** Keeps a selection for the add page, and returns the token its address carries. */
  give(selection: string): string;
  /** The selection kept for a token, once: it is forgotten as it is taken. */
  take(token: string): string | null;
}

/** Selections kept at most (each add window takes its own within a moment; none piles up). */
const MAX_KEPT = 20;

export function createSelectionHandover(): SelectionHandover {
  const kept = new Map<string, string>();
  return {
    give(selection) {
      const token = crypto.randomUUID();
      kept.set(token, selection);
      // The oldest first: a Map keeps the order selections were given in.
      for (const old of kept.keys()) {
        if (kept.size <= MAX_KEPT) break;
        kept.delete(old);
      }
      return token;
    },
    take(token) {
      const selection = kept.get(token) ?? null;
      kept.delete(token);
      return selection;
    },
  };
}
