/** Per-site mode (follow detection, always highlight, never): a row only for sites not on 'auto'. */
import type { SiteMode } from '../messages/protocol';
import { readMeta, writeMeta } from './meta';
import type { DalilDb, SiteRow } from './schema';
import { siteKey } from './site-key';

export async function getSiteMode(db: DalilDb, host: string): Promise<SiteMode> {
  const row = await db.get('sites', siteKey(host));
  // A row is data from an earlier run: anything but a known mode reads as the default.
  return row?.mode === 'always' || row?.mode === 'never' ? row.mode : 'auto';
}

/** Stores the mode ('auto' removes the row) and returns it. */
export async function setSiteMode(db: DalilDb, host: string, mode: SiteMode): Promise<SiteMode> {
  const key = siteKey(host);
  if (mode === 'auto') await db.delete('sites', key);
  else await db.put('sites', { host: key, mode });
  return mode;
}

/** Every site with a mode other than 'auto', by host. */
export function listSites(db: DalilDb): Promise<SiteRow[]> {
  return db.getAll('sites');
}

/** Whether the site's pages are highlighted whole rather than their article (kept apart from the modes). */
export async function getWholePage(db: DalilDb, host: string): Promise<boolean> {
  const sites = await readMeta(db.transaction('meta').store, 'wholePageSites');
  return sites?.includes(siteKey(host)) ?? false;
}

/** Remembers the site's "Whole page" choice and returns it. */
export async function setWholePage(db: DalilDb, host: string, on: boolean): Promise<boolean> {
  const key = siteKey(host);
  const tx = db.transaction('meta', 'readwrite');
  const sites = ((await readMeta(tx.store, 'wholePageSites')) ?? []).filter((site) => site !== key);
  await writeMeta(tx.store, 'wholePageSites', on ? [...sites, key] : sites);
  await tx.done;
  return on;
}
