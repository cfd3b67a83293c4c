import { ar } from 'stopwords-iso/stopwords-iso.json';
import { foldArabic } from './normalize';
import { lazyWordSet, type WordSet } from './word-set';

/**
 * Arabic function words (stopwords-iso, folded). A lone word in this set is never matched as a one-word
 * entry: folding makes على ("on") the name علي, and clitic splitting turns بين or فإن into short "names".
 * Examples, and names that must not be in it: tests/unit/stopwords.test.ts.
 */
export const ARABIC_STOPWORDS: WordSet = lazyWordSet(() =>
  ar.map(foldArabic).filter((word) => word.length > 1),
);
