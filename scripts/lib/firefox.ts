/**
 * Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv3), driven by puppeteer-core over
 * WebDriver BiDi: the Firefox counterpart of chromium.ts. What the two browsers do differently for a test
 * (how the extension is loaded, how its pages are reached) stays in these two files.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { missingBuild } from './chromium';
import type { ProbedPage } from './page-probes';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Debian's Firefox ESR; never a browser downloaded by a test tool (see .ci/run). */
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Where `wxt build -b firefox --mv3` puts the unpacked extension. */
export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.DALIL_FIREFOX_EXTENSION_DIR || join(PROJECT_ROOT, '.output', 'firefox-mv3'),
);

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>: the extension's origin, fixed by the launch so its pages can be opened. */
  extensionOrigin: string;
  /** A new tab showing one of the extension's pages (e.g. 'popup.html?tab=3'), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** A puppeteer page as the probes of page-probes.ts take a page: something to evaluate in. */
export function evaluatorOf(page: Page): ProbedPage {
  const evaluate = (callback: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(callback, arg);
  return { evaluate: evaluate as PlaywrightPage['evaluate'] };
}

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (id === undefined) throw new Error(`${extensionDir}/manifest.json has no gecko id: not a Firefox build`);
  return id;
}

/** What puppeteer keeps of a tab's WebDriver BiDi browsing context (not in its public types). */
interface BidiNavigable {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

/**
 * Firefox ESR with the extension installed as a temporary add-on (WebDriver BiDi's webExtension.install).
 *
 * Firefox gives each installed add-on a random moz-extension:// UUID; the pref
 * `extensions.webextensions.uuids` fixes it, so the tests know the address of the popup and options page.
 * WebDriver BiDi refuses to navigate a tab to a moz-extension:// page unless the remote agent is started
 * with system access, and puppeteer's page.goto never sees such a navigation end (Firefox sends no
 * navigation events for it), so openExtensionPage asks the browsing context to navigate and waits for the
 * document to be complete, which WebDriver BiDi's own navigate does.
 */
export async function launchFirefoxWithExtension(
  /** headless: default true; headed needs a display (DISPLAY). */
  options: { extensionDir?: string; headless?: boolean } = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const problem = missingBuild(extensionDir);
  if (problem !== null) throw new Error(`run npm run build:firefox first: ${problem}`);
  const id = geckoId(extensionDir);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    // Headed, the page fills a window of the display's size instead of puppeteer's 800×600 viewport.
    ...(options.headless === false ? { defaultViewport: null } : {}),
    args: [
      '--remote-allow-system-access',
      ...(options.headless === false ? ['--width=1280', '--height=800'] : []),
    ],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      // A closed network: no update checks, telemetry or captive-portal probes to be refused.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== id) throw new Error(`Firefox installed ${installed}, expected ${id}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${uuid}`;
  return {
    browser,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${path}`;
      await (page.mainFrame() as unknown as BidiNavigable).browsingContext.navigate(url, 'complete');
      return page;
    },
    close: () => browser.close(),
  };
}
