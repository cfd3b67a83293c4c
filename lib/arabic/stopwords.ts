import { ar } from 'stopwords-iso/stopwords-iso.json';
import { foldArabic } from './normalize';

/**
 * Arabic function words (stopwords-iso, folded). A lone word in this set is never matched as a one-word
 * entry: folding makes على ("on") the name علي, and clitic splitting turns بين or فإن into short "names".
 */
export const ARABIC_STOPWORDS: ReadonlySet<string> = new Set(
  ar.map(foldArabic).filter((word) => word.length > 1),
);
