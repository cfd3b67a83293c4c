/**
 * The shape of assets/spelling-model.json, written by scripts/train-spelling.ts and read by the English
 * speller (spell-english.ts). Plain JSON: numbers and strings only, so it loads anywhere without a parser.
 */

/** Format tag and version: a speller refuses a model it does not know how to read. */
export const SPELLING_MODEL_FORMAT = 'dalil-spelling';
export const SPELLING_MODEL_VERSION = 1;

/**
 * A joint-sequence ("graphone") n-gram model: a word pair is a sequence of units, each one Arabic chunk
 * (one or two letters) with the English letters it is spelt with (possibly none), and the model is an
 * n-gram model over those units, in backoff form as in an ARPA file.
 */
export interface JointModelData {
  /** The n-gram order (longest unit sequence, prediction included). */
  order: number;
  /**
   * Unit `i` is `units[i]` = Arabic chunk + TAB + English letters. Unit 0 is the word boundary (before the
   * first unit and after the last) and is written as an empty string.
   */
  units: string[];
  /** Log probabilities and weights (natural log) are stored as integers: the value times `scale`, rounded. */
  scale: number;
  /**
   * `unigrams[u]`: log P(u), for every unit (the boundary's entry is the probability of ending a word). This
   * and `contexts` are integer arrays packed as strings (spell-pack.ts).
   */
  unigrams: string;
  /**
   * `contexts[k - 2]` holds the k-grams (k ≥ 2) grouped by their context of k - 1 units, one flat array of
   * groups, each: the context's unit ids (oldest first), its backoff weight, the number n of units that follow
   * it, then n pairs (unit id minus the previous pair's unit id, log P(unit | context)), units ascending.
   * A context that is not listed backs off with weight 1.
   */
  contexts: string[];
}

/** One English spelling of a known token and how often the data spells it so. */
export type LexiconSpelling = [en: string, count: number];

export interface SpellingModel {
  format: typeof SPELLING_MODEL_FORMAT;
  version: typeof SPELLING_MODEL_VERSION;
  /** Folded Arabic token → its most frequent English spellings (lower case), most frequent first. */
  lexicon: Record<string, LexiconSpelling[]>;
  /**
   * Tokens whose lexicon spellings are all there are (the given names' table, seeds/names/given-names.tsv),
   * space-separated: the character model adds no alternative to them (أحمد is Ahmed or Ahmad, never Akhmet).
   */
  settled?: string;
  /** The character model, for tokens the lexicon lacks. */
  chars: JointModelData;
}
