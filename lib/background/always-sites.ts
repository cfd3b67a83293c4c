import type { browser } from 'wxt/browser';

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

const HOST_NAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/**
 * Match patterns for the sites set to "always" (hosts as `location.host` spells them). A match pattern
 * names no port, so `localhost:8080` becomes every port of localhost: the reader then asks for its own
 * host's mode and follows detection where that is not "always". Hosts no pattern can express are left out.
 */
export function alwaysSitePatterns(hosts: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const host of hosts) {
    const name = host.trim().toLowerCase().replace(/:\d+$/, '');
    if (HOST_NAME.test(name)) patterns.add(`*://${name}/*`);
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
    js: ['page-wake.js'],
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}
