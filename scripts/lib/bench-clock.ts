/**
 * Issue 13 §4's page: a 1 MB article with a clock ticking every 200 ms in a bare <span> straight under
 * <body>, which once made the page reader read the whole body again on every tick (13 long tasks in 6 s, the
 * worst 593 ms). The page counts its own long tasks (Long Tasks API) over a window after it is highlighted,
 * with Dalil and in a Chromium without it, in the same run.
 */
import type { Browser, Page } from 'playwright-core';
import { SCAN_END_MARK } from '../../lib/page/page-session';
import { articleToHtml } from './article-html';
import { repeatTo, seedArticleText } from './bench-inputs';
import type { ExtensionBrowser } from './chromium';

const TICK_MS = 200;
/** How long the long tasks are counted, once the page is highlighted (the 6 s). */
const WINDOW_MS = 6000;
/** How long the reader may take to highlight the page with suggestions. */
const HIGHLIGHT_TIMEOUT_MS = 60_000;

export interface LongTaskCount {
  count: number;
  worstMs: number;
}

export interface ClockFigures {
  pageBytes: number;
  windowMs: number;
  tickMs: number;
  withDalil: LongTaskCount;
  withoutDalil: LongTaskCount;
}

/** The article with the clock and the page's own count of its long tasks. */
export function clockPage(): string {
  const script = `<span id="clock"></span>
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  setInterval(() => { document.getElementById('clock').textContent = new Date().toISOString(); }, ${TICK_MS});
</script>`;
  return articleToHtml(repeatTo(seedArticleText(), 1_000_000)).replace('</body>', `${script}</body>`);
}

/** The long tasks the page saw in WINDOW_MS from now. */
async function longTasksFromNow(page: Page): Promise<LongTaskCount> {
  const tasks = await page.evaluate(async (windowMs) => {
    const from = performance.now();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const seen = (window as unknown as { longTasks: Array<[number, number]> }).longTasks;
    return seen.filter(([start]) => start >= from).map(([, duration]) => duration);
  }, WINDOW_MS);
  return { count: tasks.length, worstMs: Math.max(0, ...tasks) };
}

/** With Dalil: counted once the page reader has read the page with its suggestions (its profile-build mark). */
async function withDalil(browser: ExtensionBrowser, url: string): Promise<LongTaskCount> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(
      (mark) =>
        performance
          .getEntriesByName(mark)
          .some((entry) => ((entry as PerformanceMark).detail as { suggestions?: boolean })?.suggestions),
      SCAN_END_MARK,
      { timeout: HIGHLIGHT_TIMEOUT_MS, polling: 250 },
    );
    return await longTasksFromNow(page);
  } finally {
    await page.close();
  }
}

/** Without Dalil: counted from the page's load, in a Chromium with no extension. */
async function withoutDalil(plain: Browser, url: string): Promise<LongTaskCount> {
  const page = await plain.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await longTasksFromNow(page);
  } finally {
    await page.close();
  }
}

/** The clock page at `url` (served as clockPage() made it, `pageBytes` long), with Dalil and without. */
export async function clockBench(
  browser: ExtensionBrowser,
  plain: () => Promise<Browser>,
  url: string,
  pageBytes: number,
): Promise<ClockFigures> {
  const withIt = await withDalil(browser, url);
  const other = await plain();
  try {
    return {
      pageBytes,
      windowMs: WINDOW_MS,
      tickMs: TICK_MS,
      withDalil: withIt,
      withoutDalil: await withoutDalil(other, url),
    };
  } finally {
    await other.close();
  }
}
