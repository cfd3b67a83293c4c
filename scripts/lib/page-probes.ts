/**
 * What a test or the demo reads off a page in the browser, from the page's main world.
 *
 * The highlight registry (CSS.highlights) belongs to the document, not to a JavaScript world, so the page
 * sees the Highlight objects the content script registered from its isolated world (checked on Chromium 156).
 *
 * The callbacks passed to page.evaluate are serialised and run in the page: they must not refer to anything
 * outside themselves, and they declare no named inner functions (tsx's esbuild wraps those in a `__name`
 * helper that does not exist in the page).
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';

/**
 * What the probes need of a page: evaluate, so a Firefox page (tests/firefox/harness.ts adapts puppeteer's) is
 * probed alike, and for the card, a way into its closed shadow root (see inCardRoot): a Playwright page's is
 * the DevTools protocol, another browser's page brings its own.
 */
export type ProbedPage = Pick<PlaywrightPage, 'evaluate'> & { cardRoot?: CardRootAccess };
type Page = ProbedPage;

/**
 * Calls a probe in the page on one of the extension's closed shadow roots under <html>: the one with a child
 * of class `marker` (CARD_MARKER for the card, OWN_PAINT_MARKER for the boxes of the reader's own entries);
 * null when there is none.
 */
export type CardRootAccess = <A, T>(
  marker: string,
  probe: (root: ShadowRoot, arg: A) => T,
  arg: A,
) => Promise<T | null>;

/** The class of a child of the card's shadow root (lib/page/card-host.ts), which tells it from the other. */
export const CARD_MARKER = 'wrap';
/** The class of the layer the reader's own entries are painted in (lib/page/own-paint.ts). */
export const OWN_PAINT_MARKER = 'paint';

import { PAINTED_KINDS } from '../../lib/page/paint';

/** Prefix of the probes' labels for the extension's highlights (dalil-person, dalil-place…). */
export const HIGHLIGHT_PREFIX = 'dalil-';

/**
 * The label of each highlight the page reader registers, in the order it registers them. The names
 * themselves are made anew on each page load (lib/page/paint.ts), so the probes know the extension's
 * highlights by their place in the registry (the pages the tests serve register none of their own): the
 * i-th name registered is `HIGHLIGHT_LABELS[i]`.
 */
export const HIGHLIGHT_LABELS: readonly string[] = PAINTED_KINDS.map((kind) => `${HIGHLIGHT_PREFIX}${kind}`);

export interface HighlightedRange {
  /** The highlight's name, e.g. 'dalil-person'. */
  name: string;
  text: string;
  /** False when the range points into nodes that are no longer in the document. */
  connected: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardState {
  text: string;
  /** Distance of the card's left edge from the viewport's. */
  left: number;
  width: number;
  height: number;
  backgroundColor: string;
}

/** Every `dalil-*` highlight and the text of its ranges, in each highlight's own order. */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((labels) => {
    const result: Record<string, string[]> = {};
    for (const [index, highlight] of [...CSS.highlights.values()].entries()) {
      const name = labels[index];
      if (name === undefined) continue;
      // A highlight may hold StaticRanges, which have no toString(): read each through a live Range.
      result[name] = [...highlight].map((abstract) => {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        return range.toString();
      });
    }
    return result;
  }, HIGHLIGHT_LABELS);
}

/**
 * All `dalil-*` ranges together in document order (Range.compareBoundaryPoints), each with its highlight's
 * name. Ranges into removed nodes cannot be compared with the document's; they come last.
 */
export function orderedHighlights(page: Page): Promise<HighlightedRange[]> {
  return page.evaluate((labels) => {
    const live: { name: string; range: Range }[] = [];
    const detached: { name: string; text: string; connected: boolean }[] = [];
    for (const [index, highlight] of [...CSS.highlights.values()].entries()) {
      const name = labels[index];
      if (name === undefined) continue;
      for (const abstract of highlight) {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        if (abstract.startContainer.isConnected && abstract.endContainer.isConnected) {
          live.push({ name, range });
        } else {
          detached.push({ name, text: range.toString(), connected: false });
        }
      }
    }
    live.sort(
      (a, b) =>
        a.range.compareBoundaryPoints(Range.START_TO_START, b.range) ||
        a.range.compareBoundaryPoints(Range.END_TO_END, b.range),
    );
    return [
      ...live.map(({ name, range }) => ({ name, text: range.toString(), connected: true })),
      ...detached,
    ];
  }, HIGHLIGHT_LABELS);
}

/**
 * Every range Dalil registered in a page or one of its frames, in registry order: its text, whether it stands
 * in a shadow tree, and whether its text is still in the document.
 */
export function registeredRanges(
  frame: Pick<PlaywrightPage, 'evaluate'>,
): Promise<Array<{ text: string; inShadow: boolean; connected: boolean }>> {
  return frame.evaluate((count) => {
    const found: Array<{ text: string; inShadow: boolean; connected: boolean }> = [];
    for (const highlight of [...CSS.highlights.values()].slice(0, count)) {
      for (const abstract of highlight) {
        const range = new Range();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        found.push({
          text: range.toString(),
          inShadow: abstract.startContainer.getRootNode() !== document,
          connected: abstract.startContainer.isConnected,
        });
      }
    }
    return found;
  }, HIGHLIGHT_LABELS.length);
}

/** Highlighting is done when the list has not changed for this long. */
const SETTLED_MS = 1000;

/**
 * Polls until the page's highlights stop changing (the same for SETTLED_MS), for the demo and the store's
 * screenshots, which have no oracle of what the page should get; [] when none appeared in time.
 */
export async function settledHighlights(page: Page, timeoutMs: number): Promise<HighlightedRange[]> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  let ranges: HighlightedRange[] = [];
  while (Date.now() < deadline) {
    ranges = await orderedHighlights(page);
    const key = JSON.stringify(ranges);
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (ranges.length > 0 && Date.now() - stableSince >= SETTLED_MS) {
      return ranges;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return ranges;
}

/**
 * The first line box of the index-th range (document order) of one highlight, in CSS pixels of the
 * viewport, after scrolling its paragraph into view so that the mouse can reach it; null when there is no
 * such range. The first client rect, not the bounding box: a name broken
 * over two lines has a bounding box whose centre is on neither.
 */
export function highlightRect(page: Page, options: { name: string; index?: number }): Promise<Rect | null> {
  return page.evaluate(
    ({ name, index, labels }) => {
      const highlight = [...CSS.highlights.values()][labels.indexOf(name)];
      if (highlight === undefined) return null;
      const ranges = [...highlight]
        .filter((abstract) => abstract.startContainer.isConnected)
        .map((abstract) => {
          const range = document.createRange();
          range.setStart(abstract.startContainer, abstract.startOffset);
          range.setEnd(abstract.endContainer, abstract.endOffset);
          return range;
        })
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[index];
      if (range === undefined) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    },
    { name: options.name, index: options.index ?? 0, labels: HIGHLIGHT_LABELS },
  );
}

/** The text of the index-th range (document order) of one highlight. */
export async function highlightText(
  page: Page,
  options: { name: string; index?: number },
): Promise<string | null> {
  const ranges = (await orderedHighlights(page)).filter(
    (range) => range.name === options.name && range.connected,
  );
  return ranges[options.index ?? 0]?.text ?? null;
}

/**
 * The page's markup without the extension's host element: `document.documentElement.outerHTML` of a clone
 * without the elements under <html> other than <head> and <body> (the host is the only one on our pages).
 * Equal snapshots with and without the extension show that the extension changed nothing else in the DOM.
 */
export function domSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const child of [...clone.children]) {
      if (child.localName !== 'head' && child.localName !== 'body') child.remove();
    }
    return clone.outerHTML;
  });
}

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

const sessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();

/**
 * Calls `probe` in the page on the card host's shadow root, which is closed: no page script can reach it, but
 * a browser's automation protocol can (the page's own `cardRoot`; for a Playwright page in Chromium, the
 * DevTools protocol, see cdpCardRoot). Null when there is no host. `probe` is serialised: it must refer to
 * nothing outside itself.
 */
export function inCardRoot<A, T>(
  page: Page | PlaywrightPage,
  probe: (root: ShadowRoot, arg: A) => T,
  arg: A,
  marker = CARD_MARKER,
): Promise<T | null> {
  if ('context' in page) return cdpClosedRoot(page, marker, probe, arg);
  if (page.cardRoot === undefined) throw new Error('this page has no way into the card (cardRoot)');
  return page.cardRoot(marker, probe, arg);
}

/**
 * The DevTools protocol pierces closed roots (DOM.getDocument with pierce) and hands the root to a function
 * (Runtime.callFunctionOn). The host is an element under <html> with a closed shadow root; of those, the one
 * whose root has a child of class `marker`.
 */
async function cdpClosedRoot<A, T>(
  page: PlaywrightPage,
  marker: string,
  probe: (root: ShadowRoot, arg: A) => T,
  arg: A,
): Promise<T | null> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const cdp = await session;
  const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: CdpNode };
  const html = root.children?.find((node) => node.localName === 'html');
  const closed = (html?.children ?? [])
    .flatMap((child) => child.shadowRoots ?? [])
    .filter((candidate) => candidate.shadowRootType === 'closed');
  for (const shadow of closed) {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    if (object.objectId === undefined) continue;
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      // The root is `this` of the declared function; the probe takes it as its first argument.
      functionDeclaration: `function (marker, arg) {
        if (![...this.children].some((child) => child.classList.contains(marker))) return { other: true };
        return { value: (${probe.toString()})(this, arg) };
      }`,
      arguments: [{ value: marker }, { value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails !== undefined) throw new Error(`card probe: ${result.exceptionDetails.text}`);
    const answer = result.result.value as { other: true } | { value: T };
    if ('value' in answer) return answer.value;
  }
  return null;
}

/** A box the reader's own entries are painted with, in the viewport's coordinates. */
export interface OwnBox extends Rect {
  /** Its kind: the entry's type, `focus`, or `covered` (struck through: see OwnPainter.cover). */
  kind: string;
  /** Whether its style paints anything (a background, a gradient, a bottom border): a box nobody sees paints nothing. */
  visible: boolean;
}

/**
 * How the reader's own entries paint a text of the page, as a person sees it: the first occurrence of `text`
 * is scrolled into view, and the kinds of the visible boxes over it are returned (empty when none is).
 */
export async function ownPaintOf(page: Page | PlaywrightPage, text: string): Promise<string[]> {
  const rects = await page.evaluate(async (wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      // The boxes are drawn in the frame after a scroll.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
    }
    return [];
  }, text);
  const over = (box: Rect, rect: Rect) =>
    box.x < rect.x + rect.width &&
    rect.x < box.x + box.width &&
    box.y < rect.y + rect.height &&
    rect.y < box.y + box.height;
  const boxes = (await readOwnPaint(page)) ?? [];
  const shown = boxes.filter((box) => box.visible && rects.some((rect) => over(box, rect)));
  return [...new Set(shown.map((box) => box.kind))];
}

/** The boxes painting the reader's own entries (lib/page/own-paint.ts), in their closed shadow root. */
export async function readOwnPaint(page: Page | PlaywrightPage): Promise<OwnBox[] | null> {
  return inCardRoot(
    page,
    (root) =>
      [...root.querySelectorAll<HTMLElement>('.paint > div')].map((box) => {
        const rect = box.getBoundingClientRect();
        const style = getComputedStyle(box);
        const visible =
          !/^rgba\(.*, 0\)$|^transparent$/.test(style.backgroundColor) ||
          style.backgroundImage !== 'none' ||
          Number.parseFloat(style.borderBottomWidth) > 0;
        return { kind: box.className, x: rect.x, y: rect.y, width: rect.width, height: rect.height, visible };
      }),
    null,
    OWN_PAINT_MARKER,
  );
}

/** The gloss card as a person sees it: its `[role=dialog]` when rendered with a size; null when there is none. */
export async function readCard(page: Page | PlaywrightPage): Promise<CardState | null> {
  const state = await inCardRoot(
    page,
    (root) => {
      const dialog = root.querySelector<HTMLElement>('[role=dialog]');
      if (dialog === null || !dialog.checkVisibility({ visibilityProperty: true })) return null;
      const rect = dialog.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return null;
      return {
        // biome-ignore lint/performance/useDomNodeTextContent: the text a person sees, as laid out, is what we check
        text: dialog.innerText,
        left: rect.left,
        width: rect.width,
        height: rect.height,
        backgroundColor: getComputedStyle(dialog).backgroundColor,
      };
    },
    null,
  );
  return state ?? null;
}

/** Clicks a button of the open card, found by its text, with the mouse as a person would; false when absent. */
export async function clickCardButton(page: PlaywrightPage, text: string): Promise<boolean> {
  const rect = await inCardRoot(
    page,
    (root, wanted) => {
      const button = [...root.querySelectorAll('button')].find(
        (candidate) => candidate.textContent?.trim() === wanted,
      );
      if (button === undefined) return null;
      // A card taller than its room scrolls within itself.
      button.scrollIntoView({ block: 'nearest' });
      const box = button.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    text,
  );
  if (rect === null) return false;
  await page.mouse.click(rect.x, rect.y);
  return true;
}

/**
 * Runs `action` with the extension's highlights taken out of the registry, then puts the same Highlight
 * objects back in the same order (the content script keeps its references, so nothing of its state is lost).
 */
export async function withoutHighlights<T>(page: Page, action: () => Promise<T>): Promise<T> {
  const removed = await page.evaluate((count) => {
    const saved: [string, Highlight][] = [...CSS.highlights].slice(0, count);
    for (const [name] of saved) CSS.highlights.delete(name);
    (window as unknown as { __dalilProbeSaved: [string, Highlight][] }).__dalilProbeSaved = saved;
    return saved.length;
  }, HIGHLIGHT_LABELS.length);
  try {
    // Two frames, so that the removal is painted before `action` looks at the screen.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
    );
    return await action();
  } finally {
    if (removed > 0) {
      await page.evaluate(() => {
        const holder = window as unknown as { __dalilProbeSaved?: [string, Highlight][] };
        for (const [name, highlight] of holder.__dalilProbeSaved ?? []) CSS.highlights.set(name, highlight);
        delete holder.__dalilProbeSaved;
      });
    }
  }
}
