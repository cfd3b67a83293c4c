import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDalilDb } from '../../lib/store/db';
import type { DalilDb } from '../../lib/store/schema';
import {
  clearHistory,
  countForEntry,
  countsForEntries,
  forgetSite,
  HISTORY_DAYS_DEFAULT,
  historyKeepDays,
  historyStats,
  isHistoryPaused,
  pruneHistory,
  recordSightings,
  type SightingInput,
  setHistoryKeepDays,
  setHistoryPaused,
  sightingsForEntry,
} from '../../lib/store/sightings';

const JAZEERA = 'https://www.aljazeera.net/news/2024/1/1/story';
const BBC = 'https://www.bbc.com/arabic/articles/abc';

function seen(entryId: string, url: string, visitId: string): SightingInput {
  return { entryId, url, visitId, title: 'عنوان', sentence: `جملة عن ${entryId}` };
}

let db: DalilDb;
beforeEach(async () => {
  db = await openDalilDb({ indexedDB: new IDBFactory() });
});
afterEach(() => db.close());

describe('recordSightings writes one row per entry per visit', () => {
  it.each([
    ['two entries on one visit', [[seen('a', JAZEERA, 'v1'), seen('b', JAZEERA, 'v1')]], [2]],
    ['the same visit reported twice', [[seen('a', JAZEERA, 'v1')], [seen('a', JAZEERA, 'v1')]], [1, 0]],
    ['an entry repeated within a batch', [[seen('a', JAZEERA, 'v1'), seen('a', JAZEERA, 'v1')]], [1]],
    [
      'a later batch of the visit with a new entry',
      [[seen('a', JAZEERA, 'v1')], [seen('a', JAZEERA, 'v1'), seen('b', JAZEERA, 'v1')]],
      [1, 1],
    ],
    [
      'a new visit (reload) of the same page',
      [[seen('a', JAZEERA, 'v1')], [seen('a', JAZEERA, 'v2')]],
      [1, 1],
    ],
    ['the same visit id on another page', [[seen('a', JAZEERA, 'v1')], [seen('a', BBC, 'v1')]], [1, 1]],
    ['an address without a host', [[seen('a', 'about:blank', 'v1'), seen('b', 'not a url', 'v1')]], [0]],
  ])('%s', async (_case, batches, written) => {
    const results = [];
    for (const batch of batches) results.push((await recordSightings(db, batch)).written);
    expect(results).toEqual(written);
    expect(await db.count('sightings')).toBe(written.reduce((sum, n) => sum + n, 0));
  });

  it('stores the site, the time of writing, and caps long text', async () => {
    const before = Date.now();
    const long = { ...seen('a', 'https://WWW.Example.com:8080/x', 'v1'), sentence: 'ب'.repeat(2000) };
    await recordSightings(db, [long]);
    const [row] = await db.getAll('sightings');
    expect(row).toMatchObject({ entryId: 'a', site: 'www.example.com:8080', visitId: 'v1' });
    expect(row?.sentence).toHaveLength(500);
    expect(row?.at).toBeGreaterThanOrEqual(before);
  });

  it('records nothing while history is paused', async () => {
    expect(await isHistoryPaused(db)).toBe(false);
    await setHistoryPaused(db, true);
    expect(await isHistoryPaused(db)).toBe(true);
    expect(await recordSightings(db, [seen('a', JAZEERA, 'v1')])).toEqual({ written: 0 });
    expect(await db.count('sightings')).toBe(0);
    await setHistoryPaused(db, false);
    expect(await recordSightings(db, [seen('a', JAZEERA, 'v1')])).toEqual({ written: 1 });
  });
});

describe('reading and forgetting history', () => {
  beforeEach(async () => {
    await recordSightings(db, [seen('a', JAZEERA, 'v1'), seen('b', JAZEERA, 'v1')]);
    await recordSightings(db, [seen('a', BBC, 'v2')]);
    await recordSightings(db, [seen('a', `${JAZEERA}?page=2`, 'v3')]);
  });

  it('lists an entry’s sightings newest first, up to the limit', async () => {
    const rows = await sightingsForEntry(db, 'a', 2);
    expect(rows.map((row) => row.visitId)).toEqual(['v3', 'v2']);
    expect(await sightingsForEntry(db, 'nothing', 5)).toEqual([]);
  });

  it.each([
    ['a', 3],
    ['b', 1],
    ['unknown', 0],
  ])('countForEntry(%s) → %i visits', async (id, count) => {
    expect(await countForEntry(db, id)).toBe(count);
  });

  it('counts several entries at once', async () => {
    expect(await countsForEntries(db, ['a', 'b', 'unknown'])).toEqual({ a: 3, b: 1, unknown: 0 });
  });

  it('reports totals per site, most first', async () => {
    expect(await historyStats(db)).toEqual({
      total: 4,
      sites: [
        { site: 'www.aljazeera.net', count: 3 },
        { site: 'www.bbc.com', count: 1 },
      ],
    });
  });

  it('forgets one site (host in any case) and keeps the others', async () => {
    expect(await forgetSite(db, 'WWW.AlJazeera.net')).toBe(3);
    expect(await historyStats(db)).toEqual({ total: 1, sites: [{ site: 'www.bbc.com', count: 1 }] });
    expect(await forgetSite(db, 'www.aljazeera.net')).toBe(0);
  });

  it('clears everything', async () => {
    expect(await clearHistory(db)).toBe(4);
    expect(await historyStats(db)).toEqual({ total: 0, sites: [] });
  });
});

describe('how long history is kept', () => {
  const DAY = 24 * 60 * 60 * 1000;
  /** Records one visit `daysAgo` days before now (the store takes the time as it writes). */
  async function visitAt(daysAgo: number, visitId: string): Promise<void> {
    const now = Date.now;
    Date.now = () => now() - daysAgo * DAY;
    try {
      await recordSightings(db, [seen('a', JAZEERA, visitId)]);
    } finally {
      Date.now = now;
    }
  }

  it.each<[number | null | undefined, number]>([
    // the choice (undefined: never made), the records left of visits 10, 60, 200 and 400 days ago
    [undefined, 3],
    [30, 1],
    [90, 2],
    [365, 3],
    [null, 4],
  ])('keeps %s days: %i of 4 records are left', async (days, left) => {
    for (const [index, ago] of [10, 60, 200, 400].entries()) await visitAt(ago, `v${index}`);
    if (days !== undefined) await setHistoryKeepDays(db, days);
    expect(await historyKeepDays(db)).toBe(days === undefined ? HISTORY_DAYS_DEFAULT : days);
    expect(await pruneHistory(db)).toBe(4 - left);
    expect(await countForEntry(db, 'a')).toBe(left);
  });
});
