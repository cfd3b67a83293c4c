import type { browser } from 'wxt/browser';
import { WAKE_FILE } from '../page/load-entry';
import { siteKey } from '../store/site-key';

/** The part of the scripting API used here (a fake stands in for it in unit tests). */
export type ContentScriptRegistry = Pick<
  typeof browser.scripting,
  | 'getRegisteredContentScripts'
  | 'registerContentScripts'
  | 'unregisterContentScripts'
  | 'updateContentScripts'
>;

/** The one dynamically registered content script: the page wake-up, on sites set to "always". */
export const ALWAYS_SCRIPT_ID = 'dalil-always';

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * Match patterns for the sites set to "always" (hosts as `location.host` spells them), once each and
 * sorted. A host with a port gets one pattern per scheme, since Chrome refuses a port after the `*`
 * scheme; a host without one gets `*://host/*`, which Chrome also lets match the host's other ports (the
 * reader there asks for its own site's mode and follows detection unless that is "always" too). Hosts no
 * pattern can express are left out.
 */
export function alwaysSitePatterns(hosts: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const host of hosts) {
    const key = siteKey(host);
    if (!HOST.test(key)) continue;
    if (/:\d+$/.test(key)) for (const scheme of ['http', 'https']) patterns.add(`${scheme}://${key}/*`);
    else patterns.add(`*://${key}/*`);
  }
  return [...patterns].sort();
}

/**
 * Registers the page wake-up (page-wake.js) on the sites set to "always", or removes it when there are
 * none. The boot script stops on a page whose title rules Arabic out; on these sites the reader must start
 * regardless. Registrations persist across browser sessions.
 */
export async function syncAlwaysSites(
  scripting: ContentScriptRegistry,
  hosts: readonly string[],
): Promise<void> {
  const matches = alwaysSitePatterns(hosts);
  const registered = await scripting.getRegisteredContentScripts({ ids: [ALWAYS_SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await scripting.unregisterContentScripts({ ids: [ALWAYS_SCRIPT_ID] });
    return;
  }
  const script = {
    id: ALWAYS_SCRIPT_ID,
    matches,
    js: [WAKE_FILE],
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}
