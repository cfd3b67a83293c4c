import { browser } from 'wxt/browser';
import type { SiteMode } from '../messages';

/**
 * Per-site on/off in extension storage: the simple store that serves until the IndexedDB store owns it.
 * Only the background calls this.
 */
const key = (host: string) => `site:${host.toLowerCase()}`;

export async function getSiteMode(host: string): Promise<SiteMode> {
  const stored = await browser.storage.local.get(key(host));
  const mode = stored[key(host)];
  return mode === 'always' || mode === 'never' ? mode : 'auto';
}

export async function setSiteMode(host: string, mode: SiteMode): Promise<SiteMode> {
  if (mode === 'auto') await browser.storage.local.remove(key(host));
  else await browser.storage.local.set({ [key(host)]: mode });
  return mode;
}
