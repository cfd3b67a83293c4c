/**
 * When the card opens, in Chromium with the built extension: only once the pointer has rested on a name for
 * the reader's hover delay; and on a name inside a link (a headline), a click follows the link while
 * Alt+click pins the card.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  articleToHtml,
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  type ExtensionLoads,
  HIGHLIGHT_WAIT_MS,
  highlightRect,
  readCard,
  useExtensionBrowser,
  watchExtensionLoads,
} from './harness';

const ARTICLE = 'اجتماع دولي\n\nقال الوزير إن الوفد وصل إلى بغداد أمس بعد محادثات طويلة.';
/** A headline linking within the page, so that following it leaves the card there to be looked at. */
const HEADLINE = '<h2 id="headline"><a href="#story">وزراء يجتمعون في باريس لبحث الأزمة</a></h2>';

/** بغداد three times: first on the right edge (where Arabic lines start), then centred, then on the left edge. */
const EDGES = [
  'وفود في بغداد',
  'بغداد استقبلت الوفد القادم من العواصم المجاورة أمس بعد محادثات طويلة استمرت أياما في قاعات الفندق.',
  'وصل الوفد القادم من العواصم المجاورة أمس إلى بغداد بعد محادثات طويلة استمرت أياما.',
  'وبعد محادثات طويلة استمرت أياما في قاعات الفندق وصل الوفد القادم من العواصم المجاورة إلى بغداد',
].join('\n\n');
const EDGE_STYLE =
  '<style>p:nth-of-type(2) { text-align: center } p:nth-of-type(3) { text-align: left }</style>';

const started = useExtensionBrowser(() => ({
  '/linked': { body: articleToHtml(ARTICLE).replace('<article>', `<article>${HEADLINE}`) },
  '/edges': { body: articleToHtml(EDGES).replace('<article>', `${EDGE_STYLE}<article>`) },
}));

async function setDelay(hoverDelayMs: number): Promise<void> {
  const { browser } = started();
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await askBackgroundFrom(options, { type: 'settings/set', settings: { hoverDelayMs } });
  await options.close();
}

/** Where the index-th range of a highlight is on screen, once the page reader has painted it. */
function paintedRect(page: Page, name: string, index: number) {
  return vi.waitFor(
    async () => {
      const found = await highlightRect(page, { name, index });
      expect(found).not.toBeNull();
      return found as NonNullable<typeof found>;
    },
    { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
  );
}

async function openLinked(): Promise<{
  page: Page;
  loads: ExtensionLoads;
  point: (name: string) => Promise<{ x: number; y: number }>;
}> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  const loads = await watchExtensionLoads(page);
  await page.goto(server.url('/linked'));
  const point = async (name: string) => {
    const rect = await paintedRect(page, name, 0);
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  };
  return { page, loads, point };
}

describe('when the card opens', () => {
  it(
    'waits for the pointer to rest on a name for the hover delay: passing over it opens nothing',
    async () => {
      await setDelay(1500);
      // The other tests of this file want the usual delay back, whatever happens here.
      onTestFinished(() => setDelay(150));
      const { page, loads, point } = await openLinked();
      const place = await point('dalil-place');
      await page.mouse.move(place.x, place.y);
      await page.mouse.move(2, 2);
      await page.waitForTimeout(2000);
      // No card was ever shown: its code, which loads with the first card, was never asked for.
      expect(await readCard(page)).toBeNull();
      expect(loads.requested()).not.toContain('page-card.js');
      await page.mouse.move(place.x, place.y);
      await vi.waitFor(async () => expect(await readCard(page)).not.toBeNull(), {
        timeout: 10_000,
        interval: 100,
      });
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'on a name in a link: hover shows the card, a click follows the link, Alt+click pins the card',
    async () => {
      const { server } = started();
      const { page, point } = await openLinked();
      // The first place in document order is the headline's باريس.
      const name = await point('dalil-place');
      expect(
        await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a') !== null, name),
      ).toBe(true);
      await page.mouse.move(name.x, name.y);
      await vi.waitFor(async () => expect((await readCard(page))?.text).toContain('Paris'), {
        timeout: 10_000,
        interval: 100,
      });
      // A plain click follows the link and pins nothing.
      await page.mouse.click(name.x, name.y);
      await page.waitForURL(`${server.url('/linked')}#story`, { timeout: 10_000 });
      expect((await readCard(page))?.text ?? '').not.toContain('×');
      // Alt+click pins the card and follows nothing.
      await page.evaluate(() => history.replaceState(null, '', location.pathname));
      await page.keyboard.down('Alt');
      await page.mouse.click(name.x, name.y);
      await page.keyboard.up('Alt');
      await vi.waitFor(async () => expect((await readCard(page))?.text).toContain('×'), { timeout: 5000 });
      expect(page.url()).toBe(server.url('/linked'));
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'near either edge of the window keeps its width and moves inside the window instead of shrinking',
    async () => {
      const { browser, server } = started();
      const page = await browser.context.newPage();
      await page.goto(server.url('/edges'));
      const viewport = await page.evaluate(() => document.documentElement.clientWidth);
      const cards = [];
      // Range 0 is the headline's.
      for (const index of [1, 2, 3]) {
        const rect = await paintedRect(page, 'dalil-place', index);
        await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
        const card = await vi.waitFor(
          async () => {
            const state = await readCard(page);
            expect(state?.text).toContain('Baghdad');
            return state as NonNullable<typeof state>;
          },
          { timeout: 10_000, interval: 100 },
        );
        cards.push({ anchorLeft: rect.x, anchorRight: rect.x + rect.width, ...card });
        await page.mouse.move(viewport / 2, 2);
        await vi.waitFor(async () => expect(await readCard(page)).toBeNull(), { timeout: 10_000 });
      }
      const [right, centre, left] = cards as [(typeof cards)[0], (typeof cards)[0], (typeof cards)[0]];
      // The page put the three names where this test means them to be.
      expect(right.anchorRight).toBeGreaterThan(viewport - 60);
      expect(left.anchorLeft).toBeLessThan(60);
      for (const card of cards) {
        expect(card.width).toBeCloseTo(centre.width, 0);
        expect(card.left).toBeGreaterThanOrEqual(8);
        expect(card.left + card.width).toBeLessThanOrEqual(viewport - 8);
      }
      // At the right edge the card moved left of its name rather than hanging off the window.
      expect(right.left).toBeLessThan(right.anchorLeft);
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
