/**
 * Compound names that news often writes as one word (عبدالله، ابوتريكة، نصرالله، نورالدين) where the name
 * lists hold their halves apart (عبد + الله): Wikidata and Google split a name at its spaces, so a joined
 * compound is seldom listed. Words are folded (normalize.ts).
 *
 * The finder reads them as known names (a lone عبدالله after الملك is no common word training learnt): 5-fold
 * person F1 0.803 → 0.804, recall 0.798 → 0.799, no more wrong names; with a model trained on another seed,
 * 0.793 → 0.794. As a feature of the tagger's too they made no difference that training's own spread does not
 * (two seeds: 0.803 / 0.793 without, 0.790 / 0.797 with), so the tagger does not see them.
 */

export interface JoinedHalf {
  /** The half that opens or closes the compound. */
  half: string;
  at: 'start' | 'end';
  /** What the other half must look like. */
  other: RegExp;
  example: string;
}

export const JOINED_HALVES: readonly JoinedHalf[] = [
  // "Servant of" + a name of God, which always bears the article.
  { half: 'عبد', at: 'start', other: /^ال.{2,}$/, example: 'عبدالرحمن' },
  { half: 'ابو', at: 'start', other: /^.{3,}$/, example: 'ابوتريكه' },
  { half: 'الله', at: 'end', other: /^.{2,}$/, example: 'نصرالله' },
  { half: 'الدين', at: 'end', other: /^.{2,}$/, example: 'نورالدين' },
];

/**
 * The frequency class of a word as a person-name token (0: none): its own where the lists hold it, else that
 * of its rarer half where it is a joined compound whose halves both are listed.
 */
export function personClassOf(person: ReadonlyMap<string, number>, word: string): number {
  const own = person.get(word);
  if (own !== undefined) return own;
  // The finder asks this of most words of a page that no list holds: a word with neither half at its end
  // costs two comparisons a row, and only a word with one is cut.
  for (const { half, at, other } of JOINED_HALVES) {
    const opens = at === 'start';
    if (word.length <= half.length || !(opens ? word.startsWith(half) : word.endsWith(half))) continue;
    const rest = opens ? word.slice(half.length) : word.slice(0, -half.length);
    if (!other.test(rest)) continue;
    const halfClass = person.get(half) ?? 0;
    const restClass = person.get(rest) ?? 0;
    if (halfClass > 0 && restClass > 0) return Math.min(halfClass, restClass);
  }
  return 0;
}
