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

/** Calls a probe in the page on the card host's closed shadow root; null when there is no host. */
export type CardRootAccess = <A, T>(probe: (root: ShadowRoot, arg: A) => T, arg: A) => Promise<T | null>;

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
): Promise<T | null> {
  if ('context' in page) return cdpCardRoot(page, probe, arg);
  if (page.cardRoot === undefined) throw new Error('this page has no way into the card (cardRoot)');
  return page.cardRoot(probe, arg);
}

/**
 * The DevTools protocol pierces closed roots (DOM.getDocument with pierce) and hands the root to a function
 * (Runtime.callFunctionOn). The host is the element under <html> with a closed shadow root.
 */
async function cdpCardRoot<A, T>(
  page: PlaywrightPage,
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
  const shadow = html?.children
    ?.flatMap((child) => child.shadowRoots ?? [])
    .find((candidate) => candidate.shadowRootType === 'closed');
  if (shadow === undefined) return null;
  const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
  if (object.objectId === undefined) return null;
  const result = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    // The root is `this` of the declared function; the probe takes it as its first argument.
    functionDeclaration: `function (arg) { return (${probe.toString()})(this, arg); }`,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (result.exceptionDetails !== undefined) throw new Error(`card probe: ${result.exceptionDetails.text}`);
  return result.result.value as T;
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
