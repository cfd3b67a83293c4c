/**
 * How much a word's letters look like a person's name: the mean, over the word's runs of one to three letters
 * (with its two ends marked), of how much likelier each run is in the name lists' tokens than in the other
 * words of the training text (log odds, naive Bayes). A name neither the lists nor training know (لوكاشنكو,
 * Lukashenko) still has a name's letters; the tagger sees the score's class on such words only
 * (tagger-features.ts), where the lists and the word itself tell it nothing.
 */

/** Longest run of letters scored. */
const LONGEST_RUN = 3;

/** The runs of one to LONGEST_RUN letters of a word, its start marked ^ and its end $ (كي → ^ ك ي $ ^ك كي ي$ …). */
export function letterRuns(word: string): string[] {
  const marked = `^${word}$`;
  const runs: string[] = [];
  for (let size = 1; size <= LONGEST_RUN; size++) {
    for (let at = 0; at + size <= marked.length; at++) runs.push(marked.slice(at, at + size));
  }
  return runs;
}

/** Log odds are stored in hundredths. */
export const LETTER_ODDS_SCALE = 100;

/**
 * A run of letters → its log odds (name against other word) in hundredths. Runs left out score 0, as do
 * runs met too seldom to be kept.
 */
export type LetterOdds = ReadonlyMap<string, number>;

/** The mean log odds of a word's runs (0 for a run the table lacks). */
export function letterScore(odds: LetterOdds, word: string): number {
  const runs = letterRuns(word);
  let sum = 0;
  for (const run of runs) sum += odds.get(run) ?? 0;
  return sum / runs.length / LETTER_ODDS_SCALE;
}

/** Classes of the score the tagger sees: half a unit of log odds wide, from −3 to 3. */
const WIDEST_CLASS = 3;

/** The class of a word's score: round(2 × score), kept within ±WIDEST_CLASS (never −0). */
export function letterClass(odds: LetterOdds, word: string): number {
  const value = Math.round(2 * letterScore(odds, word));
  return Math.max(-WIDEST_CLASS, Math.min(WIDEST_CLASS, value)) + 0;
}

/** The table as the model file keeps it: space-separated `run=value` pairs. */
export function letterOddsOf(text: string): LetterOdds {
  const odds = new Map<string, number>();
  for (const pair of text.split(' ')) {
    const at = pair.lastIndexOf('=');
    if (at > 0) odds.set(pair.slice(0, at), Number(pair.slice(at + 1)));
  }
  return odds;
}

/** The model file's text of a table (letterOddsOf reads it back), runs sorted. */
export function letterOddsText(odds: LetterOdds): string {
  return [...odds]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([run, value]) => `${run}=${value}`)
    .join(' ');
}
