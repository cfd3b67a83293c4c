import { tokenTable } from '../arabic/tokenize';
import type { GlossaryEntry } from './schema';

/** The folded words of a glossary form: what its place in the matcher, and its identity, are keyed on. */
export function formKey(form: string): string[] {
  const tokens = tokenTable(form);
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) words.push(tokens.norm(i));
  return words;
}

/** The form (as written) behind each key of an entry's Arabic and variants, in that order, without repeats. */
export function formsByKey(entry: Pick<GlossaryEntry, 'ar' | 'variants'>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const form of [entry.ar, ...entry.variants]) {
    const key = formKey(form).join(' ');
    if (key !== '' && !forms.has(key)) forms.set(key, form);
  }
  return forms;
}

/** The normalised forms of an entry's Arabic and variants, without repeats, in that order. */
export function entryKeys(entry: Pick<GlossaryEntry, 'ar' | 'variants'>): string[] {
  return [...formsByKey(entry).keys()];
}
