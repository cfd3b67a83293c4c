/**
 * Glossary entries in the store: lookups, the user's additions, edits and deletions, a whole-glossary
 * replacement (import) and, from ./merge-bundled, the merge of a new bundled glossary.
 */
import { sameContent } from '../glossary/entry-fields';
import { formsByKey } from '../glossary/form-key';
import { type ImportMode, planImport } from '../glossary/import-plan';
import type { GlossaryProblem, Problem } from '../glossary/problems';
import { type GlossaryEntry, type GlossaryFile, SUGGESTION_ID_PREFIX } from '../glossary/schema';
import { toSourced, validateEntries } from '../glossary/validate';
import { toRecord } from './entry-record';
import { writeMeta } from './meta';
import type { DalilDb, StoredEntry } from './schema';
import { runTransaction } from './transaction';

export { type MergeCounts, mergeBundled } from './merge-bundled';

export type PutResult = { ok: true; entry: StoredEntry } | { ok: false; problems: GlossaryProblem[] };
export type ImportResult =
  | { ok: true; added: number; changed: number; unchanged: number; removed: number }
  | { ok: false; problems: GlossaryProblem[] };

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

/** Problems for forms of `entry` that another stored entry (not `id` itself) already has. */
async function collisions(
  store: KeyIndexReader,
  entry: GlossaryEntry,
  id: string,
): Promise<GlossaryProblem[]> {
  const problems: GlossaryProblem[] = [];
  for (const [key, form] of formsByKey(entry)) {
    // Entries that both declare the form ambiguous may share it, as in a glossary file (validateEntries).
    const other = (await store.index('by-key').getAll(key)).find(
      (row) => row.id !== id && !(row.ambiguous === true && entry.ambiguous === true),
    );
    if (other === undefined) continue;
    problems.push({ line: 1, code: 'form-in-glossary', form, other: other.ar, otherEnglish: other.en });
  }
  return problems;
}

/**
 * Adds an entry (an empty id means new: one is derived from the Arabic) or edits the stored entry with its
 * id. The same rules as an import apply, and no form may be one another entry already has. Editing a
 * bundled entry marks it edited, so glossary updates leave the user's version alone.
 */
export function putUserEntry(db: DalilDb, entry: GlossaryEntry): Promise<PutResult> {
  return writeUserEntry(db, entry, 'put');
}

/**
 * Adds a new entry of the user's own and never changes one: refused (with problems) when its id is already
 * stored or one of its forms is another entry's. What the card, the popup and a page selection add.
 */
export function addUserEntry(db: DalilDb, entry: GlossaryEntry): Promise<PutResult> {
  return writeUserEntry(db, entry, 'add');
}

function refused(problem: Problem): PutResult {
  return { ok: false, problems: [{ ...problem, line: 1 }] };
}

async function writeUserEntry(db: DalilDb, entry: GlossaryEntry, mode: 'put' | 'add'): Promise<PutResult> {
  // A suggested name is shown, never stored under its provisional id (see GlossaryEntry.suggestion).
  if (entry.id.startsWith(SUGGESTION_ID_PREFIX)) {
    return refused({ code: 'suggestion-id', id: entry.id });
  }
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
    const existing = entry.id === '' ? undefined : await store.get(id);
    if (mode === 'add' && existing !== undefined) {
      return refused({ code: 'id-in-glossary', id, other: existing.ar, otherEnglish: existing.en });
    }
    const problems = await collisions(store, valid, id);
    if (problems.length > 0) return { ok: false, problems };
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
      return refused({ code: 'restore-taken', ar: record.ar, other: occupant.ar, otherEnglish: occupant.en });
    }
    const problems = await collisions(store, record, record.id);
    if (problems.length > 0) return { ok: false, problems };
    await store.put(record);
    await tx.objectStore('tombstones').delete(record.id);
    return { ok: true, entry: record };
  });
}

/**
 * Imports entries in one transaction, all or nothing. An entry with a stored entry's id changes it (a
 * bundled one becomes edited); any other is added as the user's own. "merge" keeps every stored entry the
 * import does not name; "replace" removes them (bundled ones are tombstoned, so updates do not bring them
 * back). Nothing is written when any entry is invalid or, in "merge", takes a form a kept entry has: the
 * options page's preview (`planImport`, the same rules) has already shown and left out such rows.
 */
export async function importEntries(
  db: DalilDb,
  entries: readonly GlossaryEntry[],
  mode: ImportMode,
): Promise<ImportResult> {
  const checked = validateEntries(entries.map((entry, index) => toSourced(entry, index + 1)));
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
  const tx = db.transaction(['entries', 'tombstones'], 'readwrite');
  const store = tx.objectStore('entries');
  return runTransaction(tx, async (): Promise<ImportResult> => {
    const rows = checked.entries.map((entry, index) => ({ line: index + 1, entry }));
    const plan = planImport({ existing: await store.getAll(), rows, mode });
    if (plan.rejected.length > 0) return { ok: false, problems: plan.rejected };
    const now = Date.now();
    for (const { entry } of plan.added) {
      await store.put(toRecord(entry, { origin: 'user', edited: false, createdAt: now, updatedAt: now }));
    }
    for (const { before, after } of plan.changed) {
      const bookkeeping = { origin: before.origin, edited: before.origin === 'bundled' };
      await store.put(toRecord(after, { ...bookkeeping, createdAt: before.createdAt, updatedAt: now }));
    }
    for (const row of plan.removed) {
      await store.delete(row.id);
      if (row.origin === 'bundled') await tx.objectStore('tombstones').put({ id: row.id, deletedAt: now });
    }
    return {
      ok: true,
      added: plan.added.length,
      changed: plan.changed.length,
      unchanged: plan.unchanged.length,
      removed: plan.removed.length,
    };
  });
}

/**
 * Back to the bundled glossary, in one transaction: every entry of the user's own, every edit and every
 * deletion of a bundled entry goes. Returns how many entries the glossary then has.
 */
export async function resetToBundled(db: DalilDb, glossary: GlossaryFile): Promise<number> {
  const tx = db.transaction(['entries', 'tombstones', 'meta'], 'readwrite');
  const store = tx.objectStore('entries');
  return runTransaction(tx, async () => {
    await store.clear();
    await tx.objectStore('tombstones').clear();
    const now = Date.now();
    for (const entry of glossary.entries) {
      await store.put(toRecord(entry, { origin: 'bundled', edited: false, createdAt: now, updatedAt: now }));
    }
    if (glossary.glossaryVersion !== undefined) {
      await writeMeta(tx.objectStore('meta'), 'bundledGlossaryVersion', glossary.glossaryVersion);
    }
    return glossary.entries.length;
  });
}
