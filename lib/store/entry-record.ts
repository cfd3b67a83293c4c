/** Glossary entries as stored rows: the entry with its bookkeeping and the keys its indexes read. */
import { toGlossaryEntry } from '../glossary/entry-fields';
import { entryKeys } from '../glossary/form-key';
import type { EntryOrigin, GlossaryEntry } from '../glossary/schema';
import type { StoredEntry } from './schema';

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
