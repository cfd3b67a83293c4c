/** Conversions between glossary entries and stored rows. */
import { formKey } from '../glossary/form-key';
import { ENTRY_FLAGS, type GlossaryEntry } from '../glossary/schema';
import type { EntryOrigin, StoredEntry } from './schema';

/** The normalised forms of an entry's Arabic and variants, without repeats, in that order. */
export function entryKeys(entry: Pick<GlossaryEntry, 'ar' | 'variants'>): string[] {
  const keys = new Set<string>();
  for (const form of [entry.ar, ...entry.variants]) {
    const key = formKey(form).join(' ');
    if (key !== '') keys.add(key);
  }
  return [...keys];
}

/** The form (as written) behind each key of an entry, for messages that must quote what the user typed. */
export function formsByKey(entry: Pick<GlossaryEntry, 'ar' | 'variants'>): Map<string, string> {
  const forms = new Map<string, string>();
  for (const form of [entry.ar, ...entry.variants]) {
    const key = formKey(form).join(' ');
    if (key !== '' && !forms.has(key)) forms.set(key, form);
  }
  return forms;
}

export function toRecord(
  entry: GlossaryEntry,
  options: { origin: EntryOrigin; edited: boolean; createdAt: number; updatedAt: number },
): StoredEntry {
  return {
    ...toGlossaryEntry(entry),
    ...options,
    keys: entryKeys(entry),
    enLower: entry.en.toLowerCase(),
  };
}

/** The entry alone, without the store's bookkeeping (what export and the content script get). */
export function toGlossaryEntry(entry: GlossaryEntry): GlossaryEntry {
  const plain: GlossaryEntry = {
    id: entry.id,
    ar: entry.ar,
    variants: [...entry.variants],
    en: entry.en,
    type: entry.type,
  };
  if (entry.note !== undefined) plain.note = entry.note;
  if (entry.wikipedia !== undefined) plain.wikipedia = entry.wikipedia;
  for (const flag of ENTRY_FLAGS) if (entry[flag] !== undefined) plain[flag] = entry[flag];
  if (entry.source !== undefined) plain.source = entry.source;
  if (entry.contexts !== undefined) plain.contexts = [...entry.contexts];
  return plain;
}

/** Whether two entries say the same thing (bookkeeping and absent-versus-empty optional fields aside). */
export function sameContent(a: GlossaryEntry, b: GlossaryEntry): boolean {
  const content = (entry: GlossaryEntry) =>
    JSON.stringify([
      entry.id,
      entry.ar,
      entry.variants,
      entry.en,
      entry.type,
      entry.note ?? '',
      entry.wikipedia ?? '',
      ENTRY_FLAGS.map((flag) => entry[flag] ?? false),
      entry.source ?? '',
      entry.contexts ?? [],
    ]);
  return content(a) === content(b);
}
