/** The part of an idb transaction `runTransaction` needs. */
interface Finishable {
  abort(): void;
  readonly done: Promise<void>;
}

/**
 * Runs a transaction's body and waits for the commit; if the body throws, aborts the transaction so
 * nothing it wrote is kept, and rethrows.
 *
 * The explicit abort matters: an exception thrown by a request method (a value that cannot be cloned, say)
 * or by our own code does not abort the transaction by itself, and the writes made before it would commit.
 */
export async function runTransaction<T>(tx: Finishable, body: () => Promise<T>): Promise<T> {
  try {
    const result = await body();
    await tx.done;
    return result;
  } catch (error) {
    // The rejection of `done` is expected now; without a handler it would surface as unhandled.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished (a failed request aborts it on its own).
    }
    throw error;
  }
}
