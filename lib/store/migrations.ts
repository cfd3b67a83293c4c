/**
 * The database's versions as stepwise migrations: step N turns version N-1 into version N, so a database of
 * any earlier version reaches the current one by running the steps it has not run yet, in order, inside
 * the one upgrade transaction (if any step fails the transaction aborts and the old database is untouched).
 *
 * A step never changes once released: a new shape is a new step appended at the end.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { writeMeta } from './meta';
import type { DalilSchema } from './schema';
import { siteOfUrl } from './site-key';

export type UpgradeTransaction = IDBPTransaction<DalilSchema, StoreNames<DalilSchema>[], 'versionchange'>;
type MigrationStep = (db: IDBPDatabase<DalilSchema>, tx: UpgradeTransaction) => Promise<void>;

/**
 * Version 1: the first shape. Entries could only be found by Arabic form, and sightings had no site, so
 * history could not be counted or forgotten per site.
 */
async function toVersion1(db: IDBPDatabase<DalilSchema>, tx: UpgradeTransaction): Promise<void> {
  const entries = db.createObjectStore('entries', { keyPath: 'id' });
  entries.createIndex('by-key', 'keys', { multiEntry: true });
  db.createObjectStore('tombstones', { keyPath: 'id' });
  const sightings = db.createObjectStore('sightings', { keyPath: 'id', autoIncrement: true });
  sightings.createIndex('by-entry', 'entryId');
  sightings.createIndex('by-url', 'url');
  sightings.createIndex('by-time', 'at');
  // Unique, so a second batch from the same page load cannot add a second row for the same entry.
  sightings.createIndex('by-visit', ['entryId', 'url', 'visitId'], { unique: true });
  db.createObjectStore('sites', { keyPath: 'host' });
  db.createObjectStore('meta');
  await writeMeta(tx.objectStore('meta'), 'schemaVersion', 1);
}

/** Version 2: an English index on entries and a site index on sightings, filling both on existing rows. */
async function toVersion2(_db: IDBPDatabase<DalilSchema>, tx: UpgradeTransaction): Promise<void> {
  const entries = tx.objectStore('entries');
  const sightings = tx.objectStore('sightings');
  entries.createIndex('by-english', 'enLower');
  sightings.createIndex('by-site', 'site');
  for await (const cursor of entries.iterate()) {
    const row = cursor.value;
    if (typeof row.enLower !== 'string') await cursor.update({ ...row, enLower: row.en.toLowerCase() });
  }
  for await (const cursor of sightings.iterate()) {
    const row = cursor.value;
    // A row whose address has no host gets an empty site: counted in the total, listed under no site.
    if (typeof row.site !== 'string') await cursor.update({ ...row, site: siteOfUrl(row.url) ?? '' });
  }
  await writeMeta(tx.objectStore('meta'), 'schemaVersion', 2);
}

export const MIGRATIONS: readonly MigrationStep[] = [toVersion1, toVersion2];
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Runs the steps from `oldVersion` to `newVersion` in the upgrade transaction. Only IndexedDB requests are
 * awaited between them, which keeps the transaction alive; a failure aborts it, so opening fails cleanly.
 */
export function runMigrations(options: {
  db: IDBPDatabase<DalilSchema>;
  tx: UpgradeTransaction;
  oldVersion: number;
  newVersion: number;
}): void {
  const { db, tx, oldVersion, newVersion } = options;
  const run = async () => {
    for (let version = oldVersion + 1; version <= newVersion; version++) {
      const step = MIGRATIONS[version - 1];
      if (step === undefined) throw new Error(`no migration to version ${version}`);
      await step(db, tx);
    }
  };
  run().catch((error: unknown) => {
    console.error('Dalil store: upgrade failed', { oldVersion, newVersion }, error);
    // Opening rejects with the abort; the transaction's own promise must not also surface as unhandled.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request itself.
    }
  });
}
