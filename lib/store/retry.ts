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
 * Runs a store operation, retrying it once on a freshly opened connection when it fails: the usual causes
 * (the connection closed because the browser stopped the service worker or cleared data, a transient quota
 * error) are gone on a new connection. A second failure is logged and returned as a value, never thrown.
 *
 * The operation may run twice, so it must be safe to repeat (every operation in lib/store writes in a
 * single transaction, which either committed or left nothing behind).
 */
export async function withRetry<T>(
  operation: (db: DalilDb) => Promise<T>,
  options: { connection?: DbConnection; label?: string } = {},
): Promise<StoreResult<T>> {
  const connection = options.connection ?? dalilDb;
  const label = options.label ?? 'operation';
  try {
    return { ok: true, value: await operation(await connection.get()) };
  } catch (first) {
    console.warn(`Dalil store: ${label} failed, retrying on a fresh connection`, first);
    connection.reset();
  }
  try {
    return { ok: true, value: await operation(await connection.get()) };
  } catch (second) {
    console.error(`Dalil store: ${label} failed twice`, second);
    connection.reset();
    return { ok: false, error: describe(second) };
  }
}
