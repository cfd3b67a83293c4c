/**
 * The Firefox harness: Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv3), driven by
 * puppeteer-core over WebDriver BiDi, on the same served pages, with the same probes and the same oracle as
 * the Chromium tests (tests/browser/harness.ts), so that both browsers are held to one answer.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, vi } from 'vitest';
import type { BackgroundRequest, Envelope, ReplyTo, TabRequest } from '../../lib/messages/protocol';
import {
  evaluatorOf,
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
} from '../../scripts/lib/firefox';
import type { CardRootAccess, ProbedPage } from '../../scripts/lib/page-probes';
import { type PageServer, type Routes, startServer } from '../../scripts/lib/serve';
import { type ExtensionApi, HIGHLIGHT_WAIT_MS, testRoutes } from '../browser/harness';

/** Per test and per hook: a cold Firefox start, the add-on's install and a page load fit well inside it. */
export const FIREFOX_TIMEOUT_MS = 60_000;

/** The part of puppeteer's WebDriver BiDi realm used to reach the card (not in its public API). */
interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options: Record<string, unknown>,
  ): Promise<{ type: string; result?: { type: string; value?: unknown } }>;
}

interface SerializedNode {
  sharedId?: string;
  value?: { localName?: string; children?: SerializedNode[]; shadowRoot?: SerializedNode | null };
}

/**
 * The extension's closed shadow roots through WebDriver BiDi: a node serialised with `includeShadowTree: all`
 * carries its closed root too, which is then `this` of the probe (the one with a child of class `marker`).
 * Results cross as JSON text.
 */
function bidiCardRoot(page: Page): CardRootAccess {
  return async (marker, probe, arg) => {
    const realm = (page.mainFrame() as unknown as { browsingContext: { defaultRealm: BidiRealm } })
      .browsingContext.defaultRealm;
    const html = (
      await realm.callFunction('() => document.documentElement', false, {
        serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
        resultOwnership: 'none',
      })
    ).result as SerializedNode | undefined;
    const roots = (html?.value?.children ?? []).map((child) => child.value?.shadowRoot?.sharedId);
    for (const sharedId of roots) {
      if (sharedId === undefined) continue;
      const result = await realm.callFunction(
        `function (marker, arg) {
          if (![...this.children].some((child) => child.classList.contains(marker))) return JSON.stringify({ other: true });
          return JSON.stringify({ value: (${probe.toString()})(this, JSON.parse(arg)) });
        }`,
        true,
        {
          this: { sharedId },
          arguments: [
            { type: 'string', value: marker },
            { type: 'string', value: JSON.stringify(arg) },
          ],
          resultOwnership: 'none',
        },
      );
      const text = result.result?.value;
      const answer = typeof text === 'string' ? JSON.parse(text) : { other: true };
      if ('value' in answer) return answer.value;
    }
    return null;
  };
}

/**
 * A puppeteer page as the probes of scripts/lib/page-probes.ts take a page: something to evaluate in, and a
 * way into the card's closed shadow root.
 */
export function probed(page: Page): ProbedPage {
  return { ...evaluatorOf(page), cardRoot: bidiCardRoot(page) };
}

/**
 * Sends a request to the background from one of the extension's own pages (as the popup and the options
 * page do) and resolves with its reply; rejects with the reason the background gave when it refused.
 */
export async function askBackgroundFrom<R extends BackgroundRequest>(
  extensionPage: Page,
  request: R,
): Promise<ReplyTo<R>> {
  const envelope = (await extensionPage.evaluate(
    (message) => (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.sendMessage(message),
    request,
  )) as Envelope<ReplyTo<R>> | undefined;
  if (envelope === undefined) throw new Error(`no answer to ${request.type}`);
  if (!envelope.ok) throw new Error(`${request.type} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

/**
 * The id of the tab showing `url`, asked from an extension page. Firefox shows an extension the address of
 * every tab its host permissions cover, so no page reader has to answer (as in tests/browser/harness.ts).
 */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const findTab = async () => {
    const id = await extensionPage.evaluate(async (wanted) => {
      const { browser } = globalThis as unknown as { browser: ExtensionApi };
      const tabs = await browser.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  };
  return vi.waitFor(findTab, { timeout: HIGHLIGHT_WAIT_MS, interval: 100 });
}

/**
 * Sends a request to the page reader of a tab's top frame from an extension page, as the popup does; rejects
 * when no reader listens there.
 */
export async function askReader<R extends TabRequest>(
  extensionPage: Page,
  tabId: number,
  request: R,
): Promise<ReplyTo<R>> {
  return (await extensionPage.evaluate(
    (id, message) =>
      (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.sendMessage(id, message, {
        frameId: 0,
      }),
    tabId,
    request,
  )) as ReplyTo<R>;
}

/**
 * One Firefox with the built extension and one page server for a test file: started before its tests,
 * closed after them. Returns a getter that fails clearly when the start failed.
 */
export function useFirefox(
  routes: () => Routes = testRoutes,
): () => { firefox: FirefoxWithExtension; server: PageServer } {
  let firefox: FirefoxWithExtension | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await startServer(routes());
    firefox = await launchFirefoxWithExtension();
  }, FIREFOX_TIMEOUT_MS);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  }, FIREFOX_TIMEOUT_MS);
  return () => {
    if (firefox === undefined || server === undefined) {
      throw new Error('Firefox did not start (see beforeAll)');
    }
    return { firefox, server };
  };
}
