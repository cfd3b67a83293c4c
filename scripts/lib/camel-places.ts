/**
 * Places and organisations from CAMeL Morph's proper nouns (seeds/names/camel-morph-msa/, CC BY 4.0), for the
 * glossary build. The lexicon says a lemma is no person (rat:i) but not what it is: places, organisations,
 * brands, months and the parts of longer names share that mark (Kabul, FAO, Viagra, April, the Angeles of
 * Los Angeles). So a lemma's type comes from evidence:
 *  - a lemma whose English is the English of one of the glossary's places is another spelling of it
 *    (تايلند of Thailand, أسمرا of Asmara, انجلترا and انكلترا of England when the glossary has England);
 *  - a lemma that ANERcorp's train split, outside the development split, tags as a whole place (or
 *    organisation) most times it is written stands as a place (or organisation) of its own.
 * Either way a word that ANERcorp mostly leaves untagged (كابل "cable" as much as Kabul, نيسان April as much
 * as Nissan) is an ordinary word too and is left out; and a lemma that is no word of its own in news (the
 * parts of longer names, which ANERcorp tags inside a longer span) never reaches the evidence threshold.
 */
import { procliticSplits } from '../../lib/arabic/clitics';
import { ARABIC_STOPWORDS } from '../../lib/arabic/stopwords';
import { type BuildProblem, type LexiconEntry, readTable, type SeedFile } from '../../lib/glossary/build';
import { formKey } from '../../lib/glossary/form-key';
import type { EntityType } from '../../lib/glossary/schema';
import type { TaggedSentence } from './anercorp';
import { CAMEL_PROPER_NOUNS, type CamelLemma } from './camel-lexicon';

/** How ANERcorp writes and tags one word, over all its occurrences (clitics taken off). */
export interface WordTally {
  total: number;
  /** Occurrences that are a whole entity of one word, by ANERcorp's kind (LOC, ORG, PERS, MISC). */
  whole: Record<string, number>;
  /** Occurrences tagged O: the word as an ordinary word. */
  untagged: number;
  /** Occurrences written with the article (العراق, والعراق). */
  article: number;
}

/** The thresholds of the evidence, with why. */
export const EVIDENCE = {
  /** A lemma stands alone only when ANERcorp tags it as a whole entity of one kind at least this often… */
  minWhole: 2,
  /** …and in at least this share of its occurrences (the rest: a part of a longer name, another kind). */
  minShare: 2 / 3,
  /** A word ANERcorp leaves untagged more often than this share of the time is an ordinary word too. */
  maxUntagged: 1 / 3,
} as const;

const KIND_TYPES: ReadonlyArray<[string, EntityType]> = [
  ['LOC', 'place'],
  ['ORG', 'organisation'],
];

/** Arabic short vowels, tanwin, shadda, sukun and the dagger alef: the lemma as news writes it. */
const MARKS = /[\u064b-\u065f\u0670]/g;

/** The lemma's one folded word, or null for a lemma of more than one or a very short one. */
function lemmaWord(lemma: CamelLemma): string | null {
  const key = formKey(lemma.vocalized);
  const word = key[0];
  return key.length === 1 && word !== undefined && word.length >= 3 ? word : null;
}

/**
 * How the sentences tag each of `words`: a token counts for the first of its readings (as written, then
 * without its clitics) that is one of them.
 */
export function tallyWords(
  sentences: readonly TaggedSentence[],
  words: ReadonlySet<string>,
): Map<string, WordTally> {
  const tallies = new Map<string, WordTally>();
  // A corpus repeats its words: each is read once.
  const readings = new Map<string, { stem: string; article: boolean } | undefined>();
  const readingOf = (word: string) => {
    if (readings.has(word)) return readings.get(word);
    const [folded] = formKey(word);
    const reading =
      folded === undefined
        ? undefined
        : words.has(folded)
          ? { stem: folded, article: false }
          : procliticSplits(folded)
              .filter((split) => words.has(split.stem))
              .map((split) => ({ stem: split.stem, article: split.clitics.some((c) => c.ar === 'ال') }))[0];
    readings.set(word, reading);
    return reading;
  };
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      const reading = readingOf(token.word);
      if (reading === undefined) return;
      const tally = tallies.get(reading.stem) ?? { total: 0, whole: {}, untagged: 0, article: 0 };
      tally.total++;
      if (reading.article) tally.article++;
      const kind = token.tag.slice(2);
      if (token.tag === 'O') tally.untagged++;
      else if (token.tag.startsWith('B-') && tokens[i + 1]?.tag !== `I-${kind}`) {
        tally.whole[kind] = (tally.whole[kind] ?? 0) + 1;
      }
      tallies.set(reading.stem, tally);
    });
  }
  return tallies;
}

/** The type the evidence gives a word, or null when it gives none. */
export function evidencedType(tally: WordTally | undefined): EntityType | null {
  if (tally === undefined) return null;
  for (const [kind, type] of KIND_TYPES) {
    const whole = tally.whole[kind] ?? 0;
    if (whole >= EVIDENCE.minWhole && whole >= EVIDENCE.minShare * tally.total) return type;
  }
  return null;
}

/** Whether the evidence says the word is an ordinary word too. */
export function ordinaryWord(tally: WordTally | undefined): boolean {
  return tally !== undefined && tally.untagged > EVIDENCE.maxUntagged * tally.total;
}

/** The lemma's English: its first gloss without the lexicographer's explanation (Aqaba (Jordan) → Aqaba). */
function englishOf(lemma: CamelLemma): string {
  return (lemma.glosses[0] ?? '').replace(/\s*\(.*$/, '').trim();
}

export interface CamelPlaces {
  entries: LexiconEntry[];
  /** Lemmas left out as ordinary words by the evidence. */
  ordinary: number;
  /** Rows of the review that are malformed or name no lemma offered. */
  problems: BuildProblem[];
}

/** What seeds/camel-review.tsv may decide for an offered form: leave it out, or give it another English. */
export const CAMEL_DECISIONS = ['drop', 'rename'] as const;

/** Whether the other kinds of entity the evidence saw outnumber `type` (خليل is a person far more than Hebron). */
function contradicts(tally: WordTally | undefined, type: EntityType): boolean {
  if (tally === undefined) return false;
  const kind = KIND_TYPES.find(([, t]) => t === type)?.[0] ?? '';
  const own = tally.whole[kind] ?? 0;
  return Object.entries(tally.whole).some(([other, count]) => other !== kind && count > own);
}

/**
 * The lexicon's places and organisations for the glossary's lexicon layer (see the file's comment):
 * `evidence` is ANERcorp's sentences outside the development split.
 */
export function camelPlaces(options: {
  lemmas: readonly CamelLemma[];
  evidence: readonly TaggedSentence[];
  /** seeds/camel-review.tsv: forms read by a person and left out or renamed, with the reason. */
  review: SeedFile;
}): CamelPlaces {
  const { lemmas, evidence } = options;
  const table = readTable(options.review, ['arabic', 'decision', 'english', 'reason']);
  const problems = [...table.problems];
  const decisions = new Map<string, { line: number; decision: string; english: string }>();
  for (const { line, cells } of table.rows) {
    const report = (message: string) => problems.push({ file: options.review.name, line, message });
    const decision = cells.decision ?? '';
    if (!(CAMEL_DECISIONS as readonly string[]).includes(decision))
      report(`decision must be one of ${CAMEL_DECISIONS.join(', ')}, not "${decision}"`);
    if ((decision === 'rename') !== ((cells.english ?? '') !== ''))
      report('a rename gives the English, a drop none');
    if ((cells.reason ?? '') === '') report('no reason for the decision');
    decisions.set(cells.arabic ?? '', { line, decision, english: cells.english ?? '' });
  }
  const reviewed = new Set<string>();
  const inanimate = lemmas.filter((lemma) => lemma.inanimate && !lemma.person);
  const words = new Set(inanimate.flatMap((lemma) => lemmaWord(lemma) ?? []));
  const tallies = tallyWords(evidence, words);
  const entries: LexiconEntry[] = [];
  let ordinary = 0;
  for (const lemma of inanimate) {
    const word = lemmaWord(lemma);
    const en = englishOf(lemma);
    if (word === null || en === '' || ARABIC_STOPWORDS.has(word)) continue;
    const tally = tallies.get(word);
    if (ordinaryWord(tally)) {
      ordinary++;
      continue;
    }
    const type = evidencedType(tally);
    if (type === null && contradicts(tally, 'place')) continue;
    const written = lemma.vocalized.replace(MARKS, '');
    // Written as ANERcorp writes it most, with the article or without (the lexicon lists lemmas bare).
    const article = tally !== undefined && tally.article > tally.total / 2;
    const ar = article ? `ال${written}` : written;
    const review = decisions.get(ar);
    if (review !== undefined) reviewed.add(ar);
    if (review?.decision === 'drop') continue;
    entries.push({
      file: CAMEL_PROPER_NOUNS,
      line: lemma.line,
      stands: type !== null,
      articleKnown: tally !== undefined,
      entry: {
        id: '',
        ar,
        variants: [],
        en: review?.decision === 'rename' ? review.english : en,
        type: type ?? 'place',
        source: 'CAMeL Morph proper nouns',
      },
    });
  }
  for (const [ar, { line }] of decisions) {
    if (!reviewed.has(ar))
      problems.push({ file: options.review.name, line, message: `the lexicon offers no "${ar}" any more` });
  }
  return { entries, ordinary, problems };
}
