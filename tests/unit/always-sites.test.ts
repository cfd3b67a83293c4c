import { describe, expect, it } from 'vitest';
import {
  ALWAYS_SCRIPT_ID,
  alwaysSitePatterns,
  type ContentScriptRegistry,
  syncAlwaysSites,
} from '../../lib/background/always-sites';

describe('alwaysSitePatterns', () => {
  it('turns hosts into match patterns, one per scheme where a port is named, once each, in order', () => {
    const hosts = ['www.aljazeera.net', 'localhost:8080', 'LOCALHOST:8080 ', '127.0.0.1:3000', '[::1]:8080'];
    expect(alwaysSitePatterns(hosts)).toEqual([
      '*://www.aljazeera.net/*',
      'http://127.0.0.1:3000/*',
      'http://[::1]:8080/*',
      'http://localhost:8080/*',
      'https://127.0.0.1:3000/*',
      'https://[::1]:8080/*',
      'https://localhost:8080/*',
    ]);
  });

  it('leaves out what no match pattern can name', () => {
    expect(alwaysSitePatterns(['', 'a b.com', '*.example.com', 'exa_mple.com', 'example.com/path'])).toEqual(
      [],
    );
  });
});

/** An in-memory registry with the scripting API's calls. */
function fakeRegistry() {
  const scripts = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
  const registry = {
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...scripts.values()].filter((script) => filter?.ids?.includes(script.id) ?? true),
    registerContentScripts: async (list: Array<{ id: string; matches?: string[]; js?: string[] }>) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    },
    updateContentScripts: async (list: Array<{ id: string; matches?: string[]; js?: string[] }>) => {
      for (const script of list) {
        if (!scripts.has(script.id)) throw new Error(`Nonexistent script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    },
    unregisterContentScripts: async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
  };
  return { scripts, registry: registry as unknown as ContentScriptRegistry };
}

describe('syncAlwaysSites', () => {
  it('registers the wake-up script, updates it as sites change and removes it with the last one', async () => {
    const { scripts, registry } = fakeRegistry();
    await syncAlwaysSites(registry, []);
    expect(scripts.size).toBe(0);

    await syncAlwaysSites(registry, ['a.example']);
    expect(scripts.get(ALWAYS_SCRIPT_ID)).toMatchObject({
      matches: ['*://a.example/*'],
      js: ['page-wake.js'],
    });

    await syncAlwaysSites(registry, ['a.example', 'b.example:8443']);
    expect(scripts.get(ALWAYS_SCRIPT_ID)?.matches).toEqual([
      '*://a.example/*',
      'http://b.example:8443/*',
      'https://b.example:8443/*',
    ]);

    await syncAlwaysSites(registry, []);
    expect(scripts.size).toBe(0);
  });
});
