import { type DbConnection, dalilDb } from './db';
import type { DalilDb } from './schema';

/** The outcome of a store operation for a caller that must not throw (a message handler, a listener). */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: string };

function describe(error: unknown): string {
  if (error instanceof Error)
    return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Runs a store operation, retrying it once on a freshly opened connection when the database failed under it:
 * the usual causes (the connection closed because the browser stopped the service worker or cleared data, a
 * transient quota error) are gone on a new connection. IndexedDB reports every failure as a DOMException;
 * any other error (a browser call inside the operation that failed, a bug) is returned at once, neither
 * retried nor allowed to close the connection other requests are using. A failure is logged and returned as
 * a value, never thrown.
 *
 * The operation may run twice, so what it does before its database work fails must be safe to repeat.
 */
export async function withRetry<T>(
  operation: (db: DalilDb) => Promise<T>,
  options: { connection?: DbConnection; label?: string } = {},
): Promise<StoreResult<T>> {
  const connection = options.connection ?? dalilDb;
  const label = options.label ?? 'operation';
  for (let attempt = 1; ; attempt++) {
    let opening = true;
    try {
      const db = await connection.get();
      opening = false;
      return { ok: true, value: await operation(db) };
    } catch (error) {
      const fromDatabase = opening || error instanceof DOMException;
      if (fromDatabase) connection.reset();
      if (fromDatabase && attempt === 1) {
        console.warn(`Dalil store: ${label} failed, retrying on a fresh connection`, error);
        continue;
      }
      console.error(`Dalil store: ${label} failed${attempt > 1 ? ' twice' : ''}`, error);
      return { ok: false, error: describe(error) };
    }
  }
}
