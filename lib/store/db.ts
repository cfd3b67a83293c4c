/**
 * Opening the database, and the background's one connection to it.
 *
 * The service worker can be stopped at any moment and the browser can close a connection under us (storage
 * cleared, another version opening), so nothing here is assumed to outlive a failure: a closed connection
 * is forgotten and the next use opens a fresh one.
 */
import { wrap } from 'idb';
import { runMigrations, SCHEMA_VERSION, type UpgradeTransaction } from './migrations';
import { type DalilDb, DB_NAME } from './schema';

export interface OpenOptions {
  /** Another database name, so tests each get a fresh one. */
  name?: string;
  /** Another factory (a fake-indexeddb one in tests); the global `indexedDB` by default. */
  indexedDB?: IDBFactory;
  /** Open at an earlier schema version: only tests building an old database need it. */
  version?: number;
}

/** Opens (creating or upgrading as needed) the database. */
export function openDalilDb(options: OpenOptions = {}): Promise<DalilDb> {
  const factory = options.indexedDB ?? indexedDB;
  const request = factory.open(options.name ?? DB_NAME, options.version ?? SCHEMA_VERSION);
  // idb's openDB always uses the global factory, so the request is wrapped here the way openDB does it.
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (tx === null) return;
    runMigrations({
      db: wrap(request.result) as DalilDb,
      // A raw transaction's mode is unknown to idb's types; during 'upgradeneeded' it is 'versionchange'.
      tx: wrap(tx) as unknown as UpgradeTransaction,
      oldVersion: event.oldVersion,
      newVersion: event.newVersion ?? SCHEMA_VERSION,
    });
  });
  return wrap(request).then((db) => {
    if (db === undefined) throw new Error('opening the database gave no connection');
    return db as DalilDb;
  });
}

/** A lazily opened connection that reopens after it closes. */
export interface DbConnection {
  /** The open database: opened on first use, and again after the previous connection closed or failed. */
  get(): Promise<DalilDb>;
  /** Closes and forgets the current connection, so the next `get` opens a fresh one. */
  reset(): void;
}

export function createConnection(options: OpenOptions = {}): DbConnection {
  let current: Promise<DalilDb> | null = null;
  const forget = (which: Promise<DalilDb>) => {
    if (current === which) current = null;
  };
  return {
    get() {
      if (current !== null) return current;
      const opening: Promise<DalilDb> = openDalilDb(options).then((db) => {
        // 'close' fires only when the browser closes the connection itself (e.g. site data cleared).
        db.addEventListener('close', () => forget(opening));
        // Another connection wants a newer version: let it through, and reopen (upgraded) on next use.
        db.addEventListener('versionchange', () => {
          db.close();
          forget(opening);
        });
        return db;
      });
      // A failed open is not kept: the next call tries again.
      opening.catch(() => forget(opening));
      current = opening;
      return opening;
    },
    reset() {
      const old = current;
      current = null;
      old?.then(
        (db) => db.close(),
        () => {
          // It never opened: nothing to close.
        },
      );
    },
  };
}

/** The background's connection to the real database. */
export const dalilDb: DbConnection = createConnection();
