/**
 * Reading history: which entries were seen on which pages. One row per entry per page visit, however many
 * times the entry is mentioned there, so counts mean "seen on N visits".
 */
import { readMeta, writeMeta } from './meta';
import type { DalilDb, Sighting } from './schema';
import { siteKey, siteOfUrl } from './site-key';
import { runTransaction } from './transaction';

/** What the content script reports for an entry it found on the page. */
export interface SightingInput {
  entryId: string;
  url: string;
  title: string;
  sentence: string;
  /** Made once per page load; a later batch of the same load with the same entry adds nothing. */
  visitId: string;
}

/**
 * Caps on stored text: a page can hand us a "sentence" that is a whole unpunctuated article, and history
 * must not grow by the size of pages.
 */
const MAX_TITLE = 300;
const MAX_SENTENCE = 500;

export interface HistoryStats {
  total: number;
  /** Rows per site, most first (rows without a site count only in the total). */
  sites: { site: string; count: number }[];
}

/**
 * Records a batch in one transaction, the visit's time being now. Nothing is written while history is
 * paused; entries already recorded for this visit, and inputs whose address has no host, are skipped.
 */
export async function recordSightings(
  db: DalilDb,
  batch: readonly SightingInput[],
): Promise<{ written: number }> {
  const tx = db.transaction(['sightings', 'meta'], 'readwrite');
  const store = tx.objectStore('sightings');
  return runTransaction(tx, async () => {
    if ((await readMeta(tx.objectStore('meta'), 'historyPaused')) === true) return { written: 0 };
    const at = Date.now();
    let written = 0;
    for (const input of batch) {
      const site = siteOfUrl(input.url);
      if (site === null) continue;
      // Checked before adding (the batch itself may repeat an entry): a failed add on the unique index would
      // abort the whole transaction.
      const visit: [string, string, string] = [input.entryId, input.url, input.visitId];
      if ((await store.index('by-visit').getKey(visit)) !== undefined) continue;
      const row: Sighting = {
        entryId: input.entryId,
        url: input.url,
        title: input.title.slice(0, MAX_TITLE),
        site,
        sentence: input.sentence.slice(0, MAX_SENTENCE),
        at,
        visitId: input.visitId,
      };
      await store.add(row);
      written++;
    }
    return { written };
  });
}

/**
 * The latest sightings of an entry, newest first. Rows are added in time order (the time is taken when
 * they are written), so the index's key order within an entry is their time order.
 */
export async function sightingsForEntry(db: DalilDb, entryId: string, limit: number): Promise<Sighting[]> {
  const rows: Sighting[] = [];
  if (limit <= 0) return rows;
  const index = db.transaction('sightings').store.index('by-entry');
  for await (const cursor of index.iterate(entryId, 'prev')) {
    rows.push(cursor.value);
    if (rows.length >= limit) break;
  }
  return rows;
}

/** On how many page visits the entry was seen. */
export function countForEntry(db: DalilDb, entryId: string): Promise<number> {
  return db.countFromIndex('sightings', 'by-entry', entryId);
}

/** On how many distinct pages other than `url` the entry was seen (the card's "on 2 other pages"). */
export async function otherPagesForEntry(db: DalilDb, entryId: string, url: string): Promise<number> {
  const pages = new Set<string>();
  const index = db.transaction('sightings').store.index('by-entry');
  for await (const cursor of index.iterate(entryId))
    if (cursor.value.url !== url) pages.add(cursor.value.url);
  return pages.size;
}

/** Visit counts for several entries at once (one transaction), by entry id. */
export async function countsForEntries(db: DalilDb, ids: readonly string[]): Promise<Record<string, number>> {
  const index = db.transaction('sightings').store.index('by-entry');
  const counts = await Promise.all(ids.map((id) => index.count(id)));
  const byId: Record<string, number> = {};
  ids.forEach((id, i) => {
    byId[id] = counts[i] ?? 0;
  });
  return byId;
}

/** Deletes the history of one site; returns how many rows went. */
export async function forgetSite(db: DalilDb, host: string): Promise<number> {
  const tx = db.transaction('sightings', 'readwrite');
  return runTransaction(tx, async () => {
    let deleted = 0;
    for await (const cursor of tx.store.index('by-site').iterate(siteKey(host))) {
      await cursor.delete();
      deleted++;
    }
    return deleted;
  });
}

/** Deletes all history; returns how many rows went. */
export async function clearHistory(db: DalilDb): Promise<number> {
  const tx = db.transaction('sightings', 'readwrite');
  return runTransaction(tx, async () => {
    const total = await tx.store.count();
    await tx.store.clear();
    return total;
  });
}

export async function historyStats(db: DalilDb): Promise<HistoryStats> {
  const index = db.transaction('sightings').store.index('by-site');
  const total = await index.objectStore.count();
  const sites: HistoryStats['sites'] = [];
  // One cursor stop per distinct site, then a count of its rows.
  for await (const cursor of index.iterate(null, 'nextunique')) {
    // Rows from before sites were recorded whose address had no host (see the migrations) have site ''.
    if (cursor.key !== '') sites.push({ site: cursor.key, count: await index.count(cursor.key) });
  }
  sites.sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
  return { total, sites };
}

export async function setHistoryPaused(db: DalilDb, paused: boolean): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await runTransaction(tx, () => writeMeta(tx.store, 'historyPaused', paused));
}

export async function isHistoryPaused(db: DalilDb): Promise<boolean> {
  return (await readMeta(db.transaction('meta').store, 'historyPaused')) === true;
}

/** Days of history kept when the reader has not chosen (a year). */
export const HISTORY_DAYS_DEFAULT = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many days of history are kept (null: forever). */
export async function historyKeepDays(db: DalilDb): Promise<number | null> {
  const days = await readMeta(db.transaction('meta').store, 'historyDays');
  return days === undefined ? HISTORY_DAYS_DEFAULT : days;
}

export async function setHistoryKeepDays(db: DalilDb, days: number | null): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await runTransaction(tx, () => writeMeta(tx.store, 'historyDays', days));
}

/** Deletes the records older than the history is kept for, counted back from `now`; returns how many went. */
export async function pruneHistory(db: DalilDb, now = Date.now()): Promise<number> {
  const days = await historyKeepDays(db);
  if (days === null) return 0;
  const tx = db.transaction('sightings', 'readwrite');
  return runTransaction(tx, async () => {
    let deleted = 0;
    const older = IDBKeyRange.upperBound(now - days * DAY_MS, true);
    for await (const cursor of tx.store.index('by-time').iterate(older)) {
      await cursor.delete();
      deleted++;
    }
    return deleted;
  });
}
