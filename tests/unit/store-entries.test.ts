import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../lib/glossary/problems';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { openDalilDb } from '../../lib/store/db';
import {
  deleteEntry,
  getEntry,
  importEntries,
  listEntries,
  mergeBundled,
  putUserEntry,
  restoreEntry,
} from '../../lib/store/entries';
import type { DalilDb } from '../../lib/store/schema';
import { entry } from './entry-factory';

const CAIRO = entry('القاهره', 'القاهرة', 'Cairo', { variants: ['قاهرة المعز'] });
const PARIS = entry('باريس', 'باريس', 'Paris');
const TRUMP = entry('دونالد ترامب', 'دونالد ترامب', 'Donald Trump', { type: 'person', variants: ['ترامب'] });

let db: DalilDb;
beforeEach(async () => {
  db = await openDalilDb({ indexedDB: new IDBFactory() });
});
afterEach(() => db.close());

/** Everything the entry operations can change, for "left exactly as it was" checks. */
/** Stores entries as the bundled glossary's, as an install does. */
async function storeBundled(entries: GlossaryEntry[]): Promise<void> {
  await mergeBundled(db, { format: 'dalil-glossary', schemaVersion: 1, entries });
}

async function snapshot() {
  return { entries: await db.getAll('entries'), tombstones: await db.getAll('tombstones') };
}

describe('adding and reading entries', () => {
  it('stores a new entry with a derived id, its keys and bookkeeping', async () => {
    const result = await putUserEntry(db, { ...CAIRO, id: '' });
    expect(result.ok).toBe(true);
    const stored = await getEntry(db, 'القاهره');
    expect(stored).toMatchObject({
      ar: 'القاهرة',
      en: 'Cairo',
      origin: 'user',
      edited: false,
      keys: ['القاهره', 'قاهره المعز'],
      enLower: 'cairo',
    });
    expect(stored?.createdAt).toBe(stored?.updatedAt);
    expect(await listEntries(db)).toHaveLength(1);
  });

  it.each<[string, string | undefined, string]>([
    ['القاهره', 'القاهره', 'the canonical form'],
    ['قاهره المعز', 'القاهره', 'a variant (multiEntry index)'],
    ['ترامب', 'دونالد ترامب', 'a short form of a name'],
    ['القاهر', undefined, 'a prefix is not a form'],
  ])('the by-key index: %s → %s (%s)', async (folded, id) => {
    await putUserEntry(db, CAIRO);
    await putUserEntry(db, TRUMP);
    expect((await db.getFromIndex('entries', 'by-key', folded))?.id).toBe(id);
  });

  it('gives a new entry whose derived id is taken the next free one', async () => {
    await putUserEntry(db, entry('باريس', 'باريس', 'Paris'));
    // The user renamed the Arabic of "باريس"; a new entry spelled باريس again must not overwrite it.
    await putUserEntry(db, entry('باريس', 'باريز', 'Paris'));
    const result = await putUserEntry(db, entry('', 'باريس', 'Paris, Texas'));
    expect(result.ok && result.entry.id).toBe('باريس#2');
  });
});

describe('putUserEntry refuses what validation or the stored glossary forbids', () => {
  it.each<[GlossaryEntry, Problem, string]>([
    [entry('', 'باريس', ''), { code: 'missing-field', field: 'en' }, 'required field'],
    [
      { ...entry('', 'باريس', 'Paris'), type: 'city' as GlossaryEntry['type'] },
      { code: 'unknown-type', value: 'city' },
      'type',
    ],
    [entry('', 'ب', 'B'), { code: 'form-single-letter', form: 'ب' }, 'unmatchable form'],
    [entry('', 'Paris', 'Paris'), { code: 'form-no-arabic', form: 'Paris' }, 'unmatchable form'],
    [
      entry('', 'ترمب', 'Trump', { variants: ['ترامب'] }),
      { code: 'form-in-glossary', form: 'ترامب', other: 'دونالد ترامب', otherEnglish: 'Donald Trump' },
      "another entry's variant",
    ],
    [
      entry('', 'القاهره', 'Cairo again'),
      { code: 'form-in-glossary', form: 'القاهره', other: 'القاهرة', otherEnglish: 'Cairo' },
      'the same form spelled differently',
    ],
  ])('%j → %o (%s)', async (input, problem) => {
    await putUserEntry(db, CAIRO);
    await putUserEntry(db, TRUMP);
    const before = await snapshot();
    const result = await putUserEntry(db, input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContainEqual({ ...problem, line: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('lets an entry keep its own forms when edited', async () => {
    await putUserEntry(db, TRUMP);
    const result = await putUserEntry(db, { ...TRUMP, en: 'Donald J. Trump' });
    expect(result.ok).toBe(true);
    expect(await getEntry(db, TRUMP.id)).toMatchObject({
      en: 'Donald J. Trump',
      origin: 'user',
      edited: false,
    });
  });
});

describe('editing a bundled entry', () => {
  it.each<[Partial<GlossaryEntry>, boolean, string]>([
    [{ en: 'Paris, France' }, true, 'a change marks it edited'],
    [{}, false, 'saving it unchanged does not'],
  ])('%j → edited %s (%s)', async (change, edited) => {
    await storeBundled([PARIS]);
    const result = await putUserEntry(db, { ...PARIS, ...change });
    expect(result.ok).toBe(true);
    expect(await getEntry(db, PARIS.id)).toMatchObject({ origin: 'bundled', edited });
  });
});

describe('delete and undo', () => {
  it.each([
    ['bundled', true],
    ['user', false],
  ] as const)(
    'deleting a %s entry leaves a tombstone: %s; undo restores it exactly',
    async (origin, tomb) => {
      if (origin === 'bundled') await storeBundled([PARIS]);
      else await putUserEntry(db, PARIS);
      const before = await snapshot();
      const record = await deleteEntry(db, PARIS.id);
      expect(record).toEqual(before.entries[0]);
      expect(await getEntry(db, PARIS.id)).toBeUndefined();
      expect((await db.get('tombstones', PARIS.id)) !== undefined).toBe(tomb);
      expect(record && (await restoreEntry(db, record)).ok).toBe(true);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('returns nothing for an unknown id', async () => {
    expect(await deleteEntry(db, 'nothing')).toBeUndefined();
  });

  it.each<[string, GlossaryEntry, Problem]>([
    [
      'its id',
      entry('', 'باريس', 'Paris (new)'),
      { code: 'restore-taken', ar: 'باريس', other: 'باريس', otherEnglish: 'Paris (new)' },
    ],
    [
      'one of its forms',
      entry('paris-2', 'باريس', 'Paris (new)'),
      { code: 'form-in-glossary', form: 'باريس', other: 'باريس', otherEnglish: 'Paris (new)' },
    ],
  ])('refuses an undo once a new entry has taken %s', async (_why, added, problem) => {
    await putUserEntry(db, PARIS);
    const record = await deleteEntry(db, PARIS.id);
    await putUserEntry(db, added);
    const before = await snapshot();
    const result = record && (await restoreEntry(db, record));
    expect(result).toEqual({ ok: false, problems: [{ ...problem, line: 1 }] });
    expect(await snapshot()).toEqual(before);
  });
});

describe('importEntries is all or nothing', () => {
  it("replace: the file is the glossary — its entries the user's own, bundled ones it drops tombstoned", async () => {
    await storeBundled([CAIRO, PARIS]);
    await putUserEntry(db, TRUMP);
    const result = await importEntries(db, [PARIS, entry('لندن', 'لندن', 'London')], 'replace');
    expect(result).toEqual({ ok: true, added: 1, changed: 0, unchanged: 1, removed: 2 });
    const rows = await listEntries(db);
    expect(rows.map((row) => [row.id, row.origin]).sort()).toEqual([
      ['باريس', 'bundled'],
      ['لندن', 'user'],
    ]);
    expect((await db.getAll('tombstones')).map((row) => row.id)).toEqual([CAIRO.id]);
  });

  it('merge: keeps what the file does not name, and marks a bundled entry it changes as edited', async () => {
    await storeBundled([CAIRO, PARIS]);
    const result = await importEntries(db, [{ ...PARIS, en: 'Paris, France' }], 'merge');
    expect(result).toEqual({ ok: true, added: 0, changed: 1, unchanged: 0, removed: 0 });
    expect(await getEntry(db, PARIS.id)).toMatchObject({
      en: 'Paris, France',
      origin: 'bundled',
      edited: true,
    });
    expect(await getEntry(db, CAIRO.id)).toMatchObject({ origin: 'bundled', edited: false });
  });

  it('leaves the store as it was when an entry in the middle is invalid', async () => {
    await storeBundled([TRUMP]);
    await deleteEntry(db, TRUMP.id);
    await putUserEntry(db, CAIRO);
    const before = await snapshot();
    const result = await importEntries(db, [PARIS, entry('', 'ب', 'B'), CAIRO], 'replace');
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 2, code: 'form-single-letter', form: 'ب' }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the store as it was when a write fails midway (the transaction aborts)', async () => {
    await storeBundled([TRUMP]);
    await putUserEntry(db, CAIRO);
    const before = await snapshot();
    // Valid as an entry, but a function cannot be stored: its put throws after the other writes began.
    const uncloneable = entry('', 'عمان', 'Amman', { contexts: [(() => 'x') as unknown as string] });
    await expect(importEntries(db, [PARIS, CAIRO, uncloneable], 'replace')).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
