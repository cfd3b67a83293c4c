import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Worker } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import type { PageEntity } from '../../lib/messages/protocol';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Debian's Chromium; never a browser downloaded by a test tool (see .ci/run). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Where `wxt build` puts the unpacked extension; DALIL_EXTENSION_DIR points the harness at another build. */
export const EXTENSION_DIR = resolve(
  process.env.DALIL_EXTENSION_DIR || join(PROJECT_ROOT, '.output', 'chrome-mv3'),
);

/**
 * The build `npm run bench` times: `wxt build --mode profile`, the release build plus the scan's performance
 * marks (lib/page/page-session.ts), which a release build leaves out.
 */
export const PROFILE_EXTENSION_DIR = resolve(join(PROJECT_ROOT, '.output', 'chrome-mv3-profile'));

/**
 * Flags for a machine with a closed network and no GPU: without the background-networking ones Chromium
 * keeps trying to reach Google's hosts and its connections are refused, many at a time.
 */
const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SERVICE_WORKER_TIMEOUT_MS = 15_000;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The profile directory, so that a later launch can reopen the same profile (and its storage). */
  userDataDir: string;
  /**
   * Closes the browser. A profile the harness created is deleted unless `keepProfile` is set; a profile
   * passed in by the caller is never deleted.
   */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Reopen this profile instead of a fresh temporary one. */
  userDataDir?: string;
  /** Default true. Headed needs a display (DISPLAY). */
  headless?: boolean;
  extensionDir?: string;
  /**
   * Default true: Playwright closes the browser and exits on Ctrl-C. A caller that handles SIGINT itself
   * (to close the browser and delete the profile) sets it to false.
   */
  handleSIGINT?: boolean;
}

/** The reason the built extension can't be loaded, or null when `.output/chrome-mv3` looks usable. */
export function missingBuild(extensionDir = EXTENSION_DIR): string | null {
  const manifest = join(extensionDir, 'manifest.json');
  return existsSync(manifest) ? null : `${manifest} is missing`;
}

function serviceWorkerPath(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const script = manifest.background?.service_worker;
  if (script === undefined)
    throw new Error(`${extensionDir}/manifest.json declares no background service worker`);
  return `/${script.replace(/^\//, '')}`;
}

/**
 * Chromium with the built extension loaded, in a persistent context (extensions need one). The extension id
 * comes from its service worker's URL, chrome-extension://<id>/background.js; waiting for that worker is
 * also the proof that the extension loaded at all.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const problem = missingBuild(extensionDir);
  if (problem !== null) throw new Error(`run npm run build first: ${problem}`);
  const workerPath = serviceWorkerPath(extensionDir);
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'dalil-profile-'));
  const headless = options.headless ?? true;

  const launching = chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    handleSIGINT: options.handleSIGINT ?? true,
    // Playwright passes --disable-extensions by default. Chromium lets --disable-extensions-except win
    // anyway (checked on Chromium 156), but dropping it leaves no doubt about which flag decides.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      // Extensions need the new headless mode. Since Chromium 132 it is the only one in the chrome binary
      // (the old one became chrome-headless-shell, without extensions); the flag says so explicitly.
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...COMMON_ARGS,
    ],
  });
  let context: BrowserContext;
  try {
    context = await launching;
  } catch (error) {
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const isOurs = (worker: Worker) =>
    worker.url().startsWith('chrome-extension://') && new URL(worker.url()).pathname === workerPath;
  let serviceWorker: Worker;
  try {
    // Subscribe before looking, so a worker that starts in between is not missed.
    const next = context.waitForEvent('serviceworker', {
      predicate: isOurs,
      timeout: SERVICE_WORKER_TIMEOUT_MS,
    });
    const running = context.serviceWorkers().find(isOurs);
    next.catch(() => {});
    serviceWorker = running ?? (await next);
  } catch (error) {
    await context.close();
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(
      `the extension's service worker (${workerPath}) did not start within ${SERVICE_WORKER_TIMEOUT_MS} ms: ` +
        `Chromium did not load ${extensionDir} (${(error as Error).message})`,
    );
  }
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (ownsProfile && !keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The same Chromium without any extension: the page as its own scripts leave it. */
export function launchWithoutExtension(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless=new', ...COMMON_ARGS],
  });
}

/**
 * What the page reader of the tab showing `url` answers to `page/entities` (the popup's question), with that
 * tab's id; null when no tab's reader answers for it (yet). Without the tabs permission the service worker
 * sees no tab's address, so it asks each tab's reader which page it is on.
 */
export async function readerOf(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ tabId: number; entities: PageEntity[] } | null> {
  return browser.serviceWorker.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as { chrome: typeof extensionApi };
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'page/entities' }, { frameId: 0 })) as
          | { url?: string; entities: PageEntity[] }
          | undefined;
        if (reply?.url === wanted) return { tabId: tab.id, entities: reply.entities };
      } catch {
        // No content script in this tab (the new tab page, an extension page).
      }
    }
    return null;
  }, url);
}
