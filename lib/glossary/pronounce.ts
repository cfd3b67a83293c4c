/**
 * How to say an entry, for a learner: its romanisation made from its vocalised form (مُحَمَّد عَبْد العاطِي →
 * muḥammad ʿabd al-ʿāṭī), or, where no vocalised form is known, nothing guessed: the English name is then
 * the guide to saying it.
 */
import { romanizeWithClitics } from '../arabic/romanize';
import { formKey } from './form-key';
import type { GlossaryEntry } from './schema';

export type Pronunciation = { kind: 'vocalized'; roman: string } | { kind: 'unknown'; english: string };

/**
 * The entry as written on the page: the clitics the matcher found (folded), and the form they stand on
 * with any ending. Its vocalised form applies only where that form is the entry's own (not a variant).
 */
export interface WrittenForm {
  clitics: readonly string[];
  stem: string;
  ending: string;
}

export function pronounce(
  entry: Pick<GlossaryEntry, 'ar' | 'en' | 'vocalized'>,
  written: WrittenForm = { clitics: [], stem: entry.ar, ending: '' },
): Pronunciation {
  const { vocalized } = entry;
  const same = formKey(written.stem).join(' ') === formKey(entry.ar).join(' ');
  if (vocalized === undefined || !same) return { kind: 'unknown', english: entry.en };
  return { kind: 'vocalized', roman: romanizeWithClitics(written.clitics, vocalized + written.ending) };
}
