/**
 * The store's 1280×800 screenshots, taken from the built extension in Chromium on the seed article, as
 * `npm start` shows it: the card on the article, the popup over it (as the toolbar shows it, top right) and
 * the options page.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { articleToHtml } from './article-html';
import { launchWithExtension } from './chromium';
import { HIGHLIGHT_PREFIX, highlightRect, readCard, settledHighlights } from './page-probes';
import { startServer } from './serve';

export const SCREEN = { width: 1280, height: 800 };
/** The popup's size in the toolbar (its stylesheet sets the width). */
const POPUP = { width: 380, height: 600 };
const WAIT_MS = 20_000;

async function waitFor<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`store screenshots: ${what} did not appear within ${WAIT_MS / 1000} s`);
}

/** The popup's picture laid over the page's, where the toolbar opens it, with a shadow under it. */
function popupOverPage(page: Buffer, popup: Buffer): Uint8Array {
  const x = SCREEN.width - POPUP.width - 16;
  const image = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SCREEN.width}" height="${SCREEN.height}">
  <defs><filter id="shadow"><feDropShadow dx="0" dy="4" stdDeviation="8" flood-opacity="0.35"/></filter></defs>
  <image width="${SCREEN.width}" height="${SCREEN.height}" href="${image(page)}"/>
  <rect x="${x}" y="8" width="${POPUP.width}" height="${POPUP.height}" rx="8" fill="#fff" filter="url(#shadow)"/>
  <image x="${x}" y="8" width="${POPUP.width}" height="${POPUP.height}" href="${image(popup)}"/>
</svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/** Takes the three screenshots; returns each file's name with its PNG. */
export async function storeScreenshots(seedArticle: string): Promise<{ name: string; png: Uint8Array }[]> {
  const server = await startServer({
    '/article': { body: articleToHtml(readFileSync(seedArticle, 'utf8')) },
  });
  const browser = await launchWithExtension();
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const open = async (url: string, size = SCREEN): Promise<Page> => {
      const page = await browser.context.newPage();
      await page.setViewportSize(size);
      await page.goto(url);
      return page;
    };
    const article = await open(server.url('/article'));
    if ((await settledHighlights(article, WAIT_MS)).length === 0) throw new Error('nothing got highlighted');
    const plain = await article.screenshot();

    const rect = await highlightRect(article, { name: `${HIGHLIGHT_PREFIX}person` });
    if (rect === null) throw new Error('no person is highlighted');
    await article.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await waitFor('the card', () => readCard(article));
    const card = await article.screenshot();

    const popup = await open(`${base}/popup.html`, POPUP);
    // Host access shows the extension each tab's address, so the popup finds the article's tab itself.
    const tabId = await popup.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as { chrome: typeof extensionApi };
      return (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id ?? null;
    }, server.url('/article'));
    if (tabId === null) throw new Error('the article has no tab');
    await popup.goto(`${base}/popup.html?tab=${tabId}`);
    await waitFor('the popup', async () => ((await popup.locator('.entity-row').count()) > 0 ? true : null));
    const popupShot = await popup.screenshot();

    const options = await open(`${base}/options.html`);
    await options.getByRole('table').waitFor();
    const optionsShot = await options.screenshot();

    return [
      { name: 'screenshot-card.png', png: card },
      { name: 'screenshot-popup.png', png: popupOverPage(plain, popupShot) },
      { name: 'screenshot-options.png', png: optionsShot },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
