import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SiteMode } from '../../lib/messages/protocol';
import { openDalilDb } from '../../lib/store/db';
import type { DalilDb } from '../../lib/store/schema';
import { getSiteMode, listSites, setSiteMode } from '../../lib/store/sites';

let db: DalilDb;
beforeEach(async () => {
  db = await openDalilDb({ indexedDB: new IDBFactory() });
});
afterEach(() => db.close());

it.each<[string, SiteMode[], SiteMode, number]>([
  ['nothing set: auto', [], 'auto', 0],
  ['always', ['always'], 'always', 1],
  ['never, then always: the last wins', ['never', 'always'], 'always', 1],
  ['back to auto: the row is removed', ['never', 'auto'], 'auto', 0],
])('%s', async (_case, modes, expected, rows) => {
  for (const mode of modes) expect(await setSiteMode(db, 'www.aljazeera.net', mode)).toBe(mode);
  expect(await getSiteMode(db, 'www.aljazeera.net')).toBe(expected);
  expect(await listSites(db)).toHaveLength(rows);
});

it('keys a site by its host in lower case', async () => {
  await setSiteMode(db, 'WWW.AlJazeera.net', 'never');
  expect(await getSiteMode(db, 'www.aljazeera.net')).toBe('never');
  await setSiteMode(db, 'localhost:8080', 'always');
  expect(await listSites(db)).toEqual([
    { host: 'localhost:8080', mode: 'always' },
    { host: 'www.aljazeera.net', mode: 'never' },
  ]);
});
