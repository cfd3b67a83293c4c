/**
 * Pages that change under the reader, in Chromium with the built extension: a shadow root attached after load
 * and filled later, one attached to an element already read (a custom element upgraded late, a plain
 * element and one around an element read), text changed
 * inside an open shadow root read at load, an element made editable after the scan and then no longer, and a
 * document switched to designMode and back. Highlights follow each.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  articleToHtml,
  BROWSER_TIMEOUT_MS,
  HIGHLIGHT_WAIT_MS,
  registeredRanges,
  seedArticleText,
  useExtensionBrowser,
} from './harness';

/**
 * An open shadow root present at load, a custom element that gets its root (and text) only later, and plain
 * elements that may be given one: an empty one, and one around an empty element.
 */
const SHADOWS = `
<div id="early"></div>
<section id="editable-later"><p>وصل الوفد إلى القاهرة أمس.</p></section>
<upgraded-later><p>نص قصير</p></upgraded-later>
<div id="plain-later"></div>
<section id="around-later"><div style="height: 12px"></div></section>
<script>
  document.getElementById('early').attachShadow({ mode: 'open' }).innerHTML = '<p id="inside">نص بلا أسماء</p>';
  customElements.define('late-news', class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      setTimeout(() => { root.innerHTML = '<p>التقى الوزير في بغداد نظيره.</p>'; }, 400);
    }
  });
</script>`;

const started = useExtensionBrowser(() => ({
  // Inside the article, which is what the reader reads.
  '/changing': { body: articleToHtml(seedArticleText()).replace('</article>', `${SHADOWS}</article>`) },
}));

/** Every highlighted text, with where it stands: in the document, or in a shadow tree. */
async function highlighted(page: Page): Promise<Array<{ text: string; inShadow: boolean }>> {
  return (await registeredRanges(page))
    .filter((found) => found.connected)
    .map(({ text, inShadow }) => ({ text, inShadow }));
}

async function openPage(): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  await page.goto(server.url('/changing'));
  await vi.waitFor(async () => expect((await highlighted(page)).map((h) => h.text)).toContain('القاهرة'), {
    timeout: HIGHLIGHT_WAIT_MS,
    interval: 250,
  });
  return page;
}

const shadowTexts = async (page: Page) =>
  (await highlighted(page)).filter((found) => found.inShadow).map((found) => found.text);

describe('a page that changes', () => {
  it(
    'is followed into shadow roots: one attached after load, and text changed in one read at load',
    async () => {
      const page = await openPage();
      await page.evaluate(() =>
        document.querySelector('article')?.append(document.createElement('late-news')),
      );
      await vi.waitFor(async () => expect(await shadowTexts(page)).toContain('بغداد'), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 100,
      });
      await page.evaluate(() => {
        const inside = document.getElementById('early')?.shadowRoot?.getElementById('inside');
        if (inside?.firstChild) (inside.firstChild as Text).data = 'وصل الوفد إلى باريس.';
      });
      await vi.waitFor(async () => expect(await shadowTexts(page)).toContain('باريس'), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 100,
      });
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'is followed into a shadow root attached to an element it had read (a custom element defined late)',
    async () => {
      const page = await openPage();
      // No DOM the document's observer sees changes: the element is upgraded, and its root is made full.
      await page.evaluate(() =>
        customElements.define(
          'upgraded-later',
          class extends HTMLElement {
            constructor() {
              super();
              this.attachShadow({ mode: 'open' }).innerHTML =
                '<p>وصل الوزير إلى دمشق قادما من عمّان.</p><p>ثم التقى في بغداد نظيره العراقي.</p>';
            }
          },
        ),
      );
      await vi.waitFor(async () => expect(await shadowTexts(page)).toContain('بغداد'), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 100,
      });
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'is followed into a shadow root given to a plain element after load, and to one around an element read',
    async () => {
      const page = await openPage();
      await page.evaluate(() => {
        const give = (id: string, html: string) => {
          const host = document.getElementById(id) as HTMLElement;
          host.attachShadow({ mode: 'open' }).innerHTML = html;
        };
        give('plain-later', '<p>وصل الوزير إلى بيروت أمس.</p>');
        give('around-later', '<p>ثم زار الوفد دمشق.</p>');
      });
      await vi.waitFor(
        async () => expect(await shadowTexts(page)).toEqual(expect.arrayContaining(['بيروت', 'دمشق'])),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 100 },
      );
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'drops the highlights of an element made editable after the scan, and of a designMode document, until they are editors no more',
    async () => {
      const page = await openPage();
      await page.evaluate(() =>
        document.getElementById('editable-later')?.setAttribute('contenteditable', 'true'),
      );
      await vi.waitFor(
        async () => expect((await highlighted(page)).map((found) => found.text)).not.toContain('القاهرة'),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 100 },
      );
      const others = (await highlighted(page)).length;
      expect(others).toBeGreaterThan(0);
      // No longer editable: its text is the page's again.
      await page.evaluate(() =>
        document.getElementById('editable-later')?.removeAttribute('contenteditable'),
      );
      await vi.waitFor(
        async () => expect((await highlighted(page)).map((found) => found.text)).toContain('القاهرة'),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 100 },
      );
      const all = (await highlighted(page)).length;

      await page.evaluate(() => {
        document.designMode = 'on';
        document.querySelector('article p')?.append(' ');
      });
      await vi.waitFor(async () => expect(await highlighted(page)).toEqual([]), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 100,
      });
      // Switched off with nothing else changing (no event says so): the page is read again.
      await page.evaluate(() => {
        document.designMode = 'off';
      });
      await vi.waitFor(async () => expect(await highlighted(page)).toHaveLength(all), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 100,
      });
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
