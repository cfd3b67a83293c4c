/**
 * Glossary entries in the store: lookups, the user's additions, edits and deletions, a whole-glossary
 * replacement (import) and, from ./merge-bundled, the merge of a new bundled glossary.
 */
import { formKey } from '../glossary/form-key';
import type { GlossaryEntry } from '../glossary/schema';
import { type GlossaryProblem, validateEntries } from '../glossary/validate';
import { formsByKey, sameContent, toRecord, toSourced } from './entry-record';
import type { DalilDb, EntryOrigin, StoredEntry } from './schema';
import { runTransaction } from './transaction';

export { type MergeCounts, mergeBundled } from './merge-bundled';

export type PutResult = { ok: true; entry: StoredEntry } | { ok: false; problems: GlossaryProblem[] };
export type ReplaceResult = { ok: true; count: number } | { ok: false; problems: GlossaryProblem[] };

/** The store the collision check reads: the entries store of any transaction. */
interface KeyIndexReader {
  index(name: 'by-key'): { getAll(key: string): Promise<StoredEntry[]> };
}

export function listEntries(db: DalilDb): Promise<StoredEntry[]> {
  return db.getAll('entries');
}

export function getEntry(db: DalilDb, id: string): Promise<StoredEntry | undefined> {
  return db.get('entries', id);
}

/** The entry owning a normalised form (`formKey(form).join(' ')`), if any. */
export function findByKey(db: DalilDb, folded: string): Promise<StoredEntry | undefined> {
  return db.getFromIndex('entries', 'by-key', folded);
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

/**
 * Entries for a search box: an Arabic query matches the start of a normalised form, anything else is
 * looked for inside the English (case-insensitively). At most `limit`, in index order.
 */
export async function searchEntries(db: DalilDb, query: string, limit: number): Promise<StoredEntry[]> {
  const text = query.trim();
  if (limit <= 0) return [];
  const found = new Map<string, StoredEntry>();
  const tx = db.transaction('entries');
  if (ARABIC.test(text)) {
    const folded = formKey(text).join(' ');
    if (folded === '') return [];
    // Every string starting with `folded` sorts between it and it followed by the highest code unit.
    const range = IDBKeyRange.bound(folded, `${folded}\uffff`);
    for await (const cursor of tx.store.index('by-key').iterate(range)) {
      // multiEntry: an entry with two forms under the prefix comes twice.
      found.set(cursor.value.id, cursor.value);
      if (found.size >= limit) break;
    }
  } else {
    const needle = text.toLowerCase();
    for await (const cursor of tx.store.index('by-english').iterate()) {
      if (cursor.value.enLower.includes(needle)) found.set(cursor.value.id, cursor.value);
      if (found.size >= limit) break;
    }
  }
  return [...found.values()];
}

/** Problems for forms of `entry` that another stored entry (not `id` itself) already has. */
async function collisions(
  store: KeyIndexReader,
  entry: GlossaryEntry,
  id: string,
): Promise<GlossaryProblem[]> {
  const problems: GlossaryProblem[] = [];
  for (const [key, form] of formsByKey(entry)) {
    const other = (await store.index('by-key').getAll(key)).find((row) => row.id !== id);
    if (other === undefined) continue;
    problems.push({
      line: 1,
      message: `"${form}" is the same after normalisation as "${other.ar}" (${other.en}), already in the glossary`,
    });
  }
  return problems;
}

/**
 * Adds an entry (an empty id means new: one is derived from the Arabic) or edits the stored entry with its
 * id. The same rules as an import apply, and no form may be one another entry already has. Editing a
 * bundled entry marks it edited, so glossary updates leave the user's version alone.
 */
export async function putUserEntry(db: DalilDb, entry: GlossaryEntry): Promise<PutResult> {
  const checked = validateEntries([toSourced(entry, 1)]);
  const valid = checked.entries[0];
  if (valid === undefined || checked.problems.length > 0) return { ok: false, problems: checked.problems };
  const tx = db.transaction(['entries', 'tombstones'], 'readwrite');
  const store = tx.objectStore('entries');
  return runTransaction(tx, async (): Promise<PutResult> => {
    let id = valid.id;
    if (entry.id === '') {
      // A derived id can already be taken (an entry whose Arabic was since edited, or a deleted bundled
      // one an undo could bring back): the new entry gets the next free variant of it.
      const taken = async (candidate: string) =>
        (await store.getKey(candidate)) !== undefined ||
        (await tx.objectStore('tombstones').getKey(candidate)) !== undefined;
      for (let n = 2; await taken(id); n++) id = `${valid.id}#${n}`;
    }
    const problems = await collisions(store, valid, id);
    if (problems.length > 0) return { ok: false, problems };
    const existing = entry.id === '' ? undefined : await store.get(id);
    const now = Date.now();
    const content: GlossaryEntry = { ...valid, id };
    const record = toRecord(content, {
      origin: existing?.origin ?? 'user',
      edited: existing?.origin === 'bundled' && (existing.edited || !sameContent(existing, content)),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await store.put(record);
    return { ok: true, entry: record };
  });
}

/**
 * Deletes an entry and returns what was stored, for an undo. A bundled entry leaves a tombstone so that a
 * glossary update does not bring it back.
 */
export async function deleteEntry(db: DalilDb, id: string): Promise<StoredEntry | undefined> {
  const tx = db.transaction(['entries', 'tombstones'], 'readwrite');
  return runTransaction(tx, async () => {
    const record = await tx.objectStore('entries').get(id);
    if (record === undefined) return undefined;
    await tx.objectStore('entries').delete(id);
    if (record.origin === 'bundled') await tx.objectStore('tombstones').put({ id, deletedAt: Date.now() });
    return record;
  });
}

/**
 * Undoes a deletion: puts the record back as it was and removes its tombstone. Refused (with problems) if
 * an entry added since has taken its id or one of its forms.
 */
export async function restoreEntry(db: DalilDb, record: StoredEntry): Promise<PutResult> {
  const tx = db.transaction(['entries', 'tombstones'], 'readwrite');
  return runTransaction(tx, async (): Promise<PutResult> => {
    const store = tx.objectStore('entries');
    // An entry added since may have been given the same (derived) id: restoring would overwrite it.
    const occupant = await store.get(record.id);
    if (occupant !== undefined) {
      const message = `"${record.ar}" cannot be restored: "${occupant.ar}" (${occupant.en}) has taken its place`;
      return { ok: false, problems: [{ line: 1, message }] };
    }
    const problems = await collisions(store, record, record.id);
    if (problems.length > 0) return { ok: false, problems };
    await store.put(record);
    await tx.objectStore('tombstones').delete(record.id);
    return { ok: true, entry: record };
  });
}

/**
 * Replaces every stored entry with `entries`, all of `origin`, in one transaction: either the whole new
 * glossary is stored or (invalid entries, a failed write) the store is left exactly as it was.
 *
 * Bundled entries that the new set drops are tombstoned, so the next glossary update does not bring back
 * what the user's import removed; entries in the set lose their tombstones.
 */
export async function replaceAll(
  db: DalilDb,
  entries: readonly GlossaryEntry[],
  origin: EntryOrigin,
): Promise<ReplaceResult> {
  const checked = validateEntries(entries.map((entry, index) => toSourced(entry, index + 1)));
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
  const tx = db.transaction(['entries', 'tombstones'], 'readwrite');
  const store = tx.objectStore('entries');
  const tombstones = tx.objectStore('tombstones');
  return runTransaction(tx, async (): Promise<ReplaceResult> => {
    const previous = new Map((await store.getAll()).map((row) => [row.id, row]));
    const incoming = new Set(checked.entries.map((entry) => entry.id));
    const now = Date.now();
    await store.clear();
    for (const row of previous.values()) {
      if (row.origin === 'bundled' && !incoming.has(row.id))
        await tombstones.put({ id: row.id, deletedAt: now });
    }
    for (const entry of checked.entries) {
      await tombstones.delete(entry.id);
      const createdAt = previous.get(entry.id)?.createdAt ?? now;
      await store.put(toRecord(entry, { origin, edited: false, createdAt, updatedAt: now }));
    }
    return { ok: true, count: checked.entries.length };
  });
}
