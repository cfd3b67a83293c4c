import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConnection, openDalilDb } from '../../lib/store/db';
import { SCHEMA_VERSION } from '../../lib/store/migrations';
import { withRetry } from '../../lib/store/retry';
import type { DalilDb, Sighting, StoredEntry } from '../../lib/store/schema';
import { historyStats } from '../../lib/store/sightings';
import { getSiteMode, setSiteMode } from '../../lib/store/sites';

let factory: IDBFactory;
const opened: DalilDb[] = [];
beforeEach(() => {
  factory = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

async function open(version?: number): Promise<DalilDb> {
  const db = await openDalilDb(
    version === undefined ? { indexedDB: factory } : { indexedDB: factory, version },
  );
  opened.push(db);
  return db;
}

/** Writes rows through the raw API, as a version-1 extension did (its rows lack today's fields). */
function putRaw(
  db: DalilDb,
  store: string,
  rows: readonly unknown[],
  keys?: readonly string[],
): Promise<void> {
  const tx = unwrap(db).transaction(store, 'readwrite');
  for (const [i, row] of rows.entries()) tx.objectStore(store).put(row, keys?.[i]);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

const indexNames = (db: DalilDb, store: 'entries' | 'sightings') => [
  ...db.transaction(store).store.indexNames,
];

describe('a fresh database', () => {
  it('has every store and index of the current version', async () => {
    const db = await open();
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames]).toEqual(['entries', 'meta', 'sightings', 'sites', 'tombstones']);
    expect(indexNames(db, 'entries')).toEqual(['by-english', 'by-key']);
    expect(indexNames(db, 'sightings')).toEqual(['by-entry', 'by-site', 'by-time', 'by-url', 'by-visit']);
    expect(await db.get('meta', 'schemaVersion')).toBe(2);
  });
});

describe('upgrading a version-1 database', () => {
  const v1Entry: Omit<StoredEntry, 'enLower'> = {
    id: 'القاهره',
    ar: 'القاهرة',
    variants: [],
    en: 'Cairo',
    type: 'place',
    origin: 'bundled',
    edited: false,
    createdAt: 1,
    updatedAt: 1,
    keys: ['القاهره'],
  };
  const v1Sightings: Omit<Sighting, 'site'>[] = [
    {
      entryId: 'القاهره',
      url: 'https://www.aljazeera.net/a',
      title: 't',
      sentence: 's',
      at: 1,
      visitId: 'v1',
    },
    {
      entryId: 'القاهره',
      url: 'https://www.bbc.com/arabic/b',
      title: 't',
      sentence: 's',
      at: 2,
      visitId: 'v2',
    },
    { entryId: 'القاهره', url: 'about:blank', title: 't', sentence: 's', at: 3, visitId: 'v3' },
  ];

  async function v1WithRows(): Promise<void> {
    const v1 = await open(1);
    expect(indexNames(v1, 'entries')).toEqual(['by-key']);
    await putRaw(v1, 'entries', [v1Entry]);
    await putRaw(v1, 'sightings', v1Sightings);
    await putRaw(v1, 'tombstones', [{ id: 'باريس', deletedAt: 5 }]);
    await putRaw(v1, 'sites', [{ host: 'www.bbc.com', mode: 'never' }]);
    await putRaw(v1, 'meta', ['v1-glossary'], ['bundledGlossaryVersion']);
    v1.close();
  }

  it('keeps every row and fills the new fields', async () => {
    await v1WithRows();
    const db = await open();
    expect(await db.getAll('entries')).toEqual([{ ...v1Entry, enLower: 'cairo' }]);
    expect((await db.getAll('sightings')).map((row) => row.site)).toEqual([
      'www.aljazeera.net',
      'www.bbc.com',
      '',
    ]);
    expect(await db.getAll('tombstones')).toEqual([{ id: 'باريس', deletedAt: 5 }]);
    expect(await getSiteMode(db, 'www.bbc.com')).toBe('never');
    expect(await db.get('meta', 'bundledGlossaryVersion')).toBe('v1-glossary');
    expect(await db.get('meta', 'schemaVersion')).toBe(2);
  });

  it('makes the new indexes work on the old rows', async () => {
    await v1WithRows();
    const db = await open();
    expect((await db.getAllFromIndex('entries', 'by-english', 'cairo')).map((row) => row.id)).toEqual([
      'القاهره',
    ]);
    expect((await db.getFromIndex('entries', 'by-key', 'القاهره'))?.en).toBe('Cairo');
    expect(await historyStats(db)).toEqual({
      total: 3,
      sites: [
        { site: 'www.aljazeera.net', count: 1 },
        { site: 'www.bbc.com', count: 1 },
      ],
    });
  });

  it('fails to open, leaving the old database intact, when a step is missing', async () => {
    await v1WithRows();
    await expect(openDalilDb({ indexedDB: factory, version: SCHEMA_VERSION + 1 })).rejects.toThrow();
    const db = await open(1);
    expect(await db.count('sightings')).toBe(3);
  });
});

describe('the connection', () => {
  it('reuses one open connection', async () => {
    const connection = createConnection({ indexedDB: factory });
    const first = await connection.get();
    opened.push(first);
    expect(await connection.get()).toBe(first);
  });

  it('opens a fresh one after the browser closed it', async () => {
    const connection = createConnection({ indexedDB: factory });
    const first = await connection.get();
    // fake-indexeddb types the parameter as the class rather than an instance.
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    const second = await connection.get();
    opened.push(second);
    expect(second).not.toBe(first);
    expect(await getSiteMode(second, 'a.example')).toBe('auto');
  });

  it('closes on versionchange so the database can be deleted, then reopens a new one', async () => {
    const connection = createConnection({ indexedDB: factory });
    const first = await connection.get();
    await setSiteMode(first, 'a.example', 'never');
    // Without the versionchange handler this deletion would stay blocked and the test time out.
    await new Promise((resolve, reject) => {
      const request = factory.deleteDatabase('dalil');
      request.onsuccess = resolve;
      request.onerror = reject;
    });
    const second = await connection.get();
    opened.push(second);
    expect(second).not.toBe(first);
    expect(await getSiteMode(second, 'a.example')).toBe('auto');
  });
});

describe('withRetry', () => {
  it('retries once on a fresh connection after the old one was closed under it', async () => {
    const connection = createConnection({ indexedDB: factory });
    const stale = await connection.get();
    await setSiteMode(stale, 'a.example', 'always');
    // Closed without a 'close' event, as when the connection dies with a stopped service worker.
    stale.close();
    const operation = vi.fn((db: DalilDb) => getSiteMode(db, 'a.example'));
    expect(await withRetry(operation, { connection })).toEqual({ ok: true, value: 'always' });
    expect(operation).toHaveBeenCalledTimes(2);
    opened.push(await connection.get());
  });

  it('returns a second failure as a value instead of throwing', async () => {
    const connection = createConnection({ indexedDB: factory });
    const operation = vi.fn(async () => {
      throw new DOMException('the quota is exceeded', 'QuotaExceededError');
    });
    expect(await withRetry(operation, { connection, label: 'write' })).toEqual({
      ok: false,
      error: 'QuotaExceededError: the quota is exceeded',
    });
    expect(operation).toHaveBeenCalledTimes(2);
  });

  it('returns an error that is not the database at once, and keeps the connection others use', async () => {
    const connection = createConnection({ indexedDB: factory });
    const before = await connection.get();
    opened.push(before);
    const operation = vi.fn(async () => {
      throw new Error('No frame with id 3 in tab 7');
    });
    expect(await withRetry(operation, { connection, label: 'insert css' })).toEqual({
      ok: false,
      error: 'No frame with id 3 in tab 7',
    });
    expect(operation).toHaveBeenCalledTimes(1);
    expect(await connection.get()).toBe(before);
  });

  it('returns a database that cannot be opened as a value', async () => {
    const broken = {
      open: () => {
        throw new Error('IndexedDB is unavailable');
      },
    } as unknown as IDBFactory;
    const operation = vi.fn(async () => 1);
    expect(await withRetry(operation, { connection: createConnection({ indexedDB: broken }) })).toEqual({
      ok: false,
      error: 'IndexedDB is unavailable',
    });
    expect(operation).not.toHaveBeenCalled();
  });
});
