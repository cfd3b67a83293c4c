import { sameContent, toGlossaryEntry } from '../glossary/entry-fields';
import type { GlossaryEntry } from '../glossary/schema';
import type { StoredEntry } from '../store/schema';

/**
 * The glossary the page reader highlights with (ReaderGlossary in lib/page/page-glossary.ts): every stored entry, those that are
 * not a bundled entry as it ships marked `own` (added, imported, or bundled and changed since), and the
 * bundled entries as they ship where the store has them otherwise or not at all (changed, deleted), so the
 * highlight registry a page reads can show what a fresh install would.
 */
export function readerGlossary(
  stored: readonly StoredEntry[],
  bundled: readonly GlossaryEntry[],
): { entries: GlossaryEntry[]; pristine: GlossaryEntry[] } {
  const shipped = new Map(bundled.map((entry) => [entry.id, entry]));
  const unchanged = new Set<string>();
  const entries = stored.map((record) => {
    const entry = toGlossaryEntry(record);
    const original = shipped.get(record.id);
    if (record.origin === 'bundled' && original !== undefined && sameContent(entry, original)) {
      unchanged.add(record.id);
      return entry;
    }
    return { ...entry, own: true as const };
  });
  const pristine = bundled.filter((entry) => !unchanged.has(entry.id)).map(toGlossaryEntry);
  return { entries, pristine };
}
