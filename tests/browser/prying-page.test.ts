/**
 * A page that pries, in Chromium with the built extension: it knows a name the reader may keep a private note
 * about, writes it into its own text, and with ordinary page script tries every way to read what Dalil knows
 * of it: the highlight registry (which the page shares with the content script: it lists every highlight and
 * its ranges), synthetic hovers, clicks and navigation keys, the card host's shadow root (directly, and through
 * a patched attachShadow), its own text and markup, focus. It must learn nothing: the registry it reads is the
 * same before and after the reader added the name (it shows the bundled glossary's entities and the name
 * finder's suggestions, the name among them, as for any reader); the reader sees the name painted as their
 * own, and their own mouse still opens the card, which shows the history only when asked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  articleToHtml,
  askBackgroundFrom,
  BROWSER_TIMEOUT_MS,
  clickCardButton,
  HIGHLIGHT_WAIT_MS,
  ownPaintOf,
  type Rect,
  readCard,
  readHighlights,
  registryAsThePageReadsIt,
  seedArticleText,
  useExtensionBrowser,
  watchExtensionLoads,
} from './harness';

/** A source's name the reader added, with a note no page may see. */
const SOURCE = 'زياد الحمصي';
const ENGLISH = 'Ziad al-Homsi';
const NOTE = 'PRIVATE source, met 2026-03 in Beirut';
const MENTION = `وقال ${SOURCE} إن الوفد وصل إلى بغداد أمس.`;

/**
 * Runs in the page before anything else: keeps every shadow root attached through the page's own
 * attachShadow (a content script's isolated world has its own prototypes, so it should never pass here).
 */
const PRYING_SETUP = `
<script>
  window.__caughtRoots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    window.__caughtRoots.push(root);
    return root;
  };
</script>`;

const withScriptFirst = (html: string) => html.replace('<head>', `<head>${PRYING_SETUP}`);

const started = useExtensionBrowser(() => ({
  '/earlier': { body: articleToHtml(`${seedArticleText().trimEnd()}\n\n${MENTION}\n`) },
  '/prying': { body: withScriptFirst(articleToHtml(seedArticleText())) },
}));

async function extensionPage(): Promise<Page> {
  const { browser } = started();
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

async function openPage(path: string): Promise<Page> {
  const { browser, server } = started();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(server.url(path));
  return page;
}

/** Everything the page's own script can read that might carry what Dalil knows, as one string. */
function whatThePageSees(page: Page): Promise<string> {
  return page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a page reads off the screen
    const seen: string[] = [document.documentElement.outerHTML, document.body.innerText];
    seen.push(document.documentElement.getHTML({ serializableShadowRoots: true }));
    for (const el of document.querySelectorAll('*')) {
      if (el.shadowRoot !== null) seen.push(el.shadowRoot.innerHTML);
    }
    for (const root of (window as unknown as { __caughtRoots: ShadowRoot[] }).__caughtRoots) {
      seen.push(root.innerHTML);
    }
    const active = document.activeElement;
    seen.push(`active:${active === null ? '' : active.localName}`);
    return seen.join('\n');
  });
}

/** Writes the bait into the page's article, as the page's own script would, and scrolls to it. */
async function writeBait(page: Page): Promise<void> {
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.id = 'bait';
    p.textContent = text;
    document.querySelector('article')?.prepend(p);
    p.scrollIntoView({ block: 'center' });
  }, MENTION);
}

/** The first line box of a text of the page, in the viewport. */
function textRect(page: Page, text: string): Promise<Rect | null> {
  return page.evaluate((wanted) => {
    const bait = document.getElementById('bait')?.firstChild as Text | undefined;
    const at = bait?.data.indexOf(wanted) ?? -1;
    if (bait === undefined || at < 0) return null;
    const range = document.createRange();
    range.setStart(bait, at);
    range.setEnd(bait, at + wanted.length);
    const box = range.getClientRects()[0];
    return box === undefined ? null : { x: box.x, y: box.y, width: box.width, height: box.height };
  }, text);
}

describe('a page that pries', () => {
  it(
    'learns nothing of a private note or the history; the reader’s own hover still shows them',
    async () => {
      // Before the reader has the name: what the registry tells a page that writes it into its text.
      const before = await openPage('/prying');
      await vi.waitFor(
        async () => expect((await readHighlights(before))['dalil-place']?.length).toBeGreaterThan(0),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      await writeBait(before);
      await vi.waitFor(
        async () => expect((await readHighlights(before))['dalil-suggested']).toContain(SOURCE),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 100 },
      );
      const toldBefore = await registryAsThePageReadsIt(before);
      await before.close();

      const options = await extensionPage();
      const entry: GlossaryEntry = {
        id: '',
        ar: SOURCE,
        en: ENGLISH,
        type: 'person',
        variants: [],
        note: NOTE,
      };
      const put = await askBackgroundFrom(options, { type: 'entry/put', entry });
      if (!put.ok) throw new Error('the entry was refused');
      const id = put.entry.id;

      // An earlier visit where the name stood, so the history has something to give away.
      const earlier = await openPage('/earlier');
      await vi.waitFor(
        async () =>
          expect(
            (await askBackgroundFrom(options, { type: 'entry/history', entryId: id, limit: 5 })).count,
          ).toBe(1),
        { timeout: HIGHLIGHT_WAIT_MS, interval: 250 },
      );
      await earlier.close();

      const { browser, server } = started();
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 900 });
      const loads = await watchExtensionLoads(page);
      await page.goto(server.url('/prying'));
      await vi.waitFor(
        async () => expect((await readHighlights(page))['dalil-place']?.length).toBeGreaterThan(0),
        {
          timeout: HIGHLIGHT_WAIT_MS,
          interval: 250,
        },
      );
      // The page writes the name into its own text and watches the highlights: the reader sees it painted as
      // their own person, and the page reads from the registry just what it read before the reader had it (the
      // bundled glossary's places, the name finder's suggestion of the name).
      await writeBait(page);
      await vi.waitFor(async () => expect(await ownPaintOf(page, SOURCE)).toEqual(['person']), {
        timeout: HIGHLIGHT_WAIT_MS,
        interval: 100,
      });
      const told = await registryAsThePageReadsIt(page);
      expect(told).toEqual(toldBefore);
      expect(told.flat()).toContain('بغداد');
      expect(told.flat().filter((text) => text === SOURCE)).toHaveLength(1);

      // Synthetic input over the name: moves, a click, then the navigation keys.
      await page.evaluate(async (name) => {
        const bait = document.getElementById('bait')?.firstChild as Text;
        const at = bait.data.indexOf(name);
        const range = document.createRange();
        range.setStart(bait, at + 1);
        range.setEnd(bait, at + 2);
        const box = range.getBoundingClientRect();
        const where = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true };
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        for (let i = 0; i < 3; i++) {
          bait.parentElement?.dispatchEvent(new PointerEvent('pointermove', where));
          await frame();
        }
        bait.parentElement?.dispatchEvent(new MouseEvent('click', where));
        const keys = { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true };
        document.body.dispatchEvent(new KeyboardEvent('keydown', keys));
        await new Promise((resolve) => setTimeout(resolve, 500));
      }, SOURCE);
      expect(await readCard(page)).toBeNull();
      // The card's code loads with the first card it shows: none was asked for, however long the wait.
      expect(loads.requested()).not.toContain('page-card.js');
      const pried = await whatThePageSees(page);
      expect(pried).not.toContain(NOTE);
      expect(pried).not.toContain(ENGLISH);
      expect(pried).toContain('active:body');

      // The reader's own pointer opens the card: the note is there, where the page cannot read it.
      const rect = await textRect(page, SOURCE);
      if (rect === null) throw new Error('the name has no box on screen');
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      await vi.waitFor(async () => expect((await readCard(page))?.text).toContain(NOTE), {
        timeout: 10_000,
        interval: 100,
      });
      const card = (await readCard(page))?.text ?? '';
      // The history only once asked for: the page's mentions, then "on 1 other page".
      expect(card).toContain('1 mention here');
      expect(card).not.toContain('other page');
      const whileOpen = await whatThePageSees(page);
      expect(whileOpen).not.toContain(NOTE);
      expect(whileOpen).not.toContain(ENGLISH);

      expect(await clickCardButton(page, 'Seen before?')).toBe(true);
      await vi.waitFor(async () => expect((await readCard(page))?.text).toContain('on 1 other page'), {
        timeout: 5000,
        interval: 100,
      });
      expect(await whatThePageSees(page)).not.toContain('other page');
      await page.close();
      await options.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
