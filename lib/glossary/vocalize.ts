/**
 * Vocalised forms for glossary entries from a lexicon of diacritised lemmas (CAMeL Morph's proper nouns:
 * باريس → بَارِيس, العراق → ال + عِرَاق): a form is vocalised only when every one of its words is found with a
 * gloss that names the entry's English, and said alone (without a case ending). Nothing is guessed: a form
 * the lexicon does not cover whole has no vocalised form.
 */
import { formKey } from './form-key';
import { foldLatin } from './lookup';

/** One diacritised lemma with the English the lexicon glosses it with. */
export interface LexiconLemma {
  vocalized: string;
  glosses: readonly string[];
}

/** Lemmas by the folded word they vocalise. */
export type VocalizedLexicon = ReadonlyMap<string, readonly LexiconLemma[]>;

export function buildVocalizedLexicon(lemmas: readonly LexiconLemma[]): VocalizedLexicon {
  const lexicon = new Map<string, LexiconLemma[]>();
  for (const lemma of lemmas) {
    const key = formKey(lemma.vocalized);
    // A lemma of one word only: the entry's words are looked up one by one.
    if (key.length !== 1) continue;
    const word = key[0] as string;
    const list = lexicon.get(word);
    if (list === undefined) lexicon.set(word, [lemma]);
    else list.push(lemma);
  }
  return lexicon;
}

/**
 * English words as compared with a lemma's gloss: folded (Erdoğan is erdogan), doubled letters single
 * (Mohammed and Mohamed are one spelling, Saied and Said are not).
 */
const englishWords = (text: string): string[] =>
  foldLatin(text)
    .replace(/([a-z])\1/g, '$1')
    .split(' ')
    .filter((word) => word.length > 1);

/**
 * Name particles whose lemma's gloss the entry's English often leaves out or spells apart (bin Salman,
 * Abdel Fattah), taken without that check: بن in محمد بن سلمان, ابن in ابن خلدون, بنت in عائشة بنت أبي بكر,
 * عبد in عبد الفتاح البرهان, أبو in أبو مازن.
 */
const PARTICLES = new Set(['بن', 'ابن', 'بنت', 'عبد', 'ابو']);

/**
 * The vocalisation of a folded word: the lexicon's lemma whose gloss names the entry's English (a name's
 * vowels belong to its bearer: سَعِيد is Said, not Kais Saied), or null when none does or two disagree.
 */
function vocalizeWord(lexicon: VocalizedLexicon, word: string, english: readonly string[]): string | null {
  const lemmas = lexicon.get(word) ?? [];
  const named = PARTICLES.has(word)
    ? lemmas
    : lemmas.filter((lemma) =>
        lemma.glosses.some((gloss) => englishWords(gloss).some((part) => english.includes(part))),
      );
  const chosen = [...new Set(named.map((lemma) => pausal(lemma.vocalized)))];
  return chosen.length === 1 ? (chosen[0] as string) : null;
}

/** Short vowels and tanwin on a word's last letter: the case ending, which a name said alone drops. */
const CASE_ENDING = /[\u064b-\u0650]+$/;

/** A lemma as said alone (pausal form): البَحْرَيْنِ → البَحْرَيْن. */
function pausal(vocalized: string): string {
  return vocalized.replace(CASE_ENDING, '');
}

/**
 * The vocalised form of a glossary form (its words as written, each with its lemma's marks; an article the
 * lemma lacks kept as written), or null when the lexicon does not give every word.
 */
export function vocalizeForm(lexicon: VocalizedLexicon, options: { ar: string; en: string }): string | null {
  const english = englishWords(options.en);
  const words = options.ar.split(/\s+/).filter((word) => word !== '');
  const out: string[] = [];
  for (const written of words) {
    const [folded] = formKey(written);
    if (folded === undefined) return null;
    let vocalized = vocalizeWord(lexicon, folded, english);
    // The lexicon lists names without the article the entry writes (العراق: عِرَاق).
    if (vocalized === null && written.startsWith('ال') && folded.length > 3) {
      const stem = vocalizeWord(lexicon, folded.slice(2), english);
      if (stem !== null) vocalized = `${written.slice(0, 2)}${stem}`;
    }
    if (vocalized === null) return null;
    out.push(vocalized);
  }
  const result = out.join(' ');
  // The lemma may spell a hamza the entry leaves out; it must still be the entry's form once folded.
  return formKey(result).join(' ') === formKey(options.ar).join(' ') ? result : null;
}
