/**
 * Bringing a new bundled glossary (shipped with an extension update) into the store without losing
 * anything the user did: their own entries, their edits to bundled ones, and their deletions.
 */
import { sameContent } from '../glossary/entry-fields';
import type { GlossaryFile } from '../glossary/schema';
import { toRecord } from './entry-record';
import { readMeta, writeMeta } from './meta';
import type { DalilDb, StoredEntry } from './schema';
import { runTransaction } from './transaction';

export interface MergeCounts {
  /** Bundled entries new to the store. */
  added: number;
  /** Unedited bundled entries whose content changed. */
  updated: number;
  /** Bundled entries the user edited (or replaced with an entry of their own under the same id): kept. */
  keptEdited: number;
  /** Bundled entries the user deleted: not brought back. */
  skippedDeleted: number;
  /** Unedited bundled entries the new glossary no longer has. */
  removed: number;
  /** Bundled entries left out because one of their forms belongs to a user or edited entry. */
  conflicts: number;
}

/**
 * Merges the bundled glossary into the store in one transaction, then records its version; a version
 * already recorded is skipped (all counts zero). A glossary without a version is always merged, which is
 * harmless: merging the same glossary twice changes nothing.
 *
 * The bundled glossary is trusted (the build validated it); what it can still collide with is the user's
 * work, and the user's work wins.
 */
export async function mergeBundled(db: DalilDb, glossary: GlossaryFile): Promise<MergeCounts> {
  const counts: MergeCounts = {
    added: 0,
    updated: 0,
    keptEdited: 0,
    skippedDeleted: 0,
    removed: 0,
    conflicts: 0,
  };
  const tx = db.transaction(['entries', 'tombstones', 'meta'], 'readwrite');
  const store = tx.objectStore('entries');
  const meta = tx.objectStore('meta');
  return runTransaction(tx, async () => {
    const version = glossary.glossaryVersion;
    if (version !== undefined && (await readMeta(meta, 'bundledGlossaryVersion')) === version) return counts;
    const stored = new Map((await store.getAll()).map((row) => [row.id, row]));
    const deleted = new Set(await tx.objectStore('tombstones').getAllKeys());
    const userOwned = (row: StoredEntry) => row.origin === 'user' || row.edited;
    const taken = new Set<string>();
    for (const row of stored.values()) if (userOwned(row)) for (const key of row.keys) taken.add(key);

    const now = Date.now();
    const inBundle = new Set<string>();
    for (const entry of glossary.entries) {
      inBundle.add(entry.id);
      const current = stored.get(entry.id);
      if (current !== undefined && userOwned(current)) {
        counts.keptEdited++;
        continue;
      }
      if (current === undefined && deleted.has(entry.id)) {
        counts.skippedDeleted++;
        continue;
      }
      const createdAt = current?.createdAt ?? now;
      const record = toRecord(entry, { origin: 'bundled', edited: false, createdAt, updatedAt: now });
      if (record.keys.some((key) => taken.has(key))) {
        // An unedited older version, if stored, stays as it is: its forms did not collide.
        counts.conflicts++;
        continue;
      }
      if (current === undefined) {
        await store.put(record);
        counts.added++;
      } else if (!sameContent(current, entry)) {
        await store.put(record);
        counts.updated++;
      }
    }
    for (const row of stored.values()) {
      if (userOwned(row) || inBundle.has(row.id)) continue;
      await store.delete(row.id);
      counts.removed++;
    }
    if (version !== undefined) await writeMeta(meta, 'bundledGlossaryVersion', version);
    return counts;
  });
}
