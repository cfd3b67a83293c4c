/** A set of folded words that is only asked whether it holds a word. */
export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
  /** The words, for a reader that tables them its own way (the matcher asks from a word's code units). */
  words(): Iterable<string>;
}

/**
 * A WordSet built on first use. The content script loads on every page, and most pages are not Arabic:
 * folding a word list when the module loads would cost every one of them for nothing.
 */
export function lazyWordSet(words: () => Iterable<string>): WordSet {
  let set: Set<string> | null = null;
  const built = (): Set<string> => {
    set ??= new Set(words());
    return set;
  };
  return {
    has: (word) => built().has(word),
    words: () => built().values(),
    get size() {
      return built().size;
    },
  };
}
