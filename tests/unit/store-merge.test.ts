import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossaryEntry, GlossaryFile } from '../../lib/glossary/schema';
import { openDalilDb } from '../../lib/store/db';
import { deleteEntry, getEntry, importEntries, mergeBundled, putUserEntry } from '../../lib/store/entries';
import type { DalilDb, StoredEntry } from '../../lib/store/schema';
import { entry } from './entry-factory';

function glossary(version: string | undefined, entries: GlossaryEntry[]): GlossaryFile {
  const file: GlossaryFile = { format: 'dalil-glossary', schemaVersion: 1, entries };
  if (version !== undefined) file.glossaryVersion = version;
  return file;
}

const CAIRO = entry('القاهره', 'القاهرة', 'Cairo');
const PARIS = entry('باريس', 'باريس', 'Paris');
const AMMAN = entry('عمان', 'عمان', 'Amman');
const BAGHDAD = entry('بغداد', 'بغداد', 'Baghdad');
const TUNIS = entry('تونس', 'تونس', 'Tunis');
const DOHA = entry('الدوحه', 'الدوحة', 'Doha');
const BEIRUT_USER = entry('بيروت', 'بيروت', 'Beirut (my note)');
const BEIRUT_BUNDLED = entry('bundled-beirut', 'بيروت', 'Beirut');

const V1 = glossary('v1', [CAIRO, PARIS, AMMAN, BAGHDAD, TUNIS]);
/** v2 changes Cairo and Paris upstream, still has Amman and Tunis, drops Baghdad, adds Doha and a Beirut. */
const V2 = glossary('v2', [
  { ...CAIRO, en: 'Cairo, Egypt' },
  { ...PARIS, en: 'Paris (France)' },
  AMMAN,
  TUNIS,
  DOHA,
  BEIRUT_BUNDLED,
]);

let db: DalilDb;
beforeEach(async () => {
  db = await openDalilDb({ indexedDB: new IDBFactory() });
});
afterEach(() => db.close());

/** v1 merged, then the user edits Paris, deletes Amman and adds their own Beirut. */
async function userWorkedOnV1(): Promise<StoredEntry | undefined> {
  await mergeBundled(db, V1);
  await putUserEntry(db, { ...PARIS, en: 'Paris, France' });
  await deleteEntry(db, AMMAN.id);
  await putUserEntry(db, BEIRUT_USER);
  return getEntry(db, BEIRUT_USER.id);
}

describe('mergeBundled', () => {
  it('adds every entry of the first glossary and records its version', async () => {
    expect(await mergeBundled(db, V1)).toEqual({
      added: 5,
      updated: 0,
      keptEdited: 0,
      skippedDeleted: 0,
      removed: 0,
      conflicts: 0,
    });
    expect(await getEntry(db, CAIRO.id)).toMatchObject({ origin: 'bundled', edited: false });
    expect(await db.get('meta', 'bundledGlossaryVersion')).toBe('v1');
  });

  it('counts each kind of change once', async () => {
    await userWorkedOnV1();
    expect(await mergeBundled(db, V2)).toEqual({
      added: 1,
      updated: 1,
      keptEdited: 1,
      skippedDeleted: 1,
      removed: 1,
      conflicts: 1,
    });
    expect(await db.get('meta', 'bundledGlossaryVersion')).toBe('v2');
  });

  it.each([
    ['new: added', DOHA.id, { en: 'Doha', origin: 'bundled', edited: false }],
    ['unedited and changed upstream: updated', CAIRO.id, { en: 'Cairo, Egypt', edited: false }],
    ['unchanged: kept', TUNIS.id, { en: 'Tunis', origin: 'bundled' }],
    ['edited by the user: the edit is kept', PARIS.id, { en: 'Paris, France', edited: true }],
    ['deleted by the user: not resurrected', AMMAN.id, undefined],
    ['dropped from the bundle: removed', BAGHDAD.id, undefined],
    ["a form of the user's entry: left out", BEIRUT_BUNDLED.id, undefined],
  ])('%s', async (_scenario, id, expected) => {
    await userWorkedOnV1();
    await mergeBundled(db, V2);
    const stored = await getEntry(db, id);
    if (expected === undefined) expect(stored).toBeUndefined();
    else expect(stored).toMatchObject(expected);
  });

  it("leaves the user's own entry exactly as it was", async () => {
    const before = await userWorkedOnV1();
    await mergeBundled(db, V2);
    expect(await getEntry(db, BEIRUT_USER.id)).toEqual(before);
  });

  it('skips a glossary whose version is already recorded', async () => {
    await mergeBundled(db, V1);
    const before = await db.getAll('entries');
    const sameVersionOtherContent = glossary('v1', [{ ...CAIRO, en: 'Changed' }]);
    expect(Object.values(await mergeBundled(db, sameVersionOtherContent)).every((n) => n === 0)).toBe(true);
    expect(await db.getAll('entries')).toEqual(before);
  });

  it('merges a glossary without a version every time, changing nothing the second time', async () => {
    const unversioned = glossary(undefined, [CAIRO, PARIS]);
    expect((await mergeBundled(db, unversioned)).added).toBe(2);
    const before = await db.getAll('entries');
    expect(Object.values(await mergeBundled(db, unversioned)).every((n) => n === 0)).toBe(true);
    expect(await db.getAll('entries')).toEqual(before);
  });

  it('keeps bundled entries an import dropped out, even in a later glossary', async () => {
    await mergeBundled(db, V1);
    await importEntries(db, [CAIRO], 'replace');
    const counts = await mergeBundled(db, glossary('v2', V1.entries));
    expect(counts).toMatchObject({ added: 0, skippedDeleted: 4 });
    expect((await db.getAll('entries')).map((row) => row.id)).toEqual([CAIRO.id]);
  });
});
