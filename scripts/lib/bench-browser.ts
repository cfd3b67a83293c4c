/**
 * The Chromium half of `npm run bench`: the built extension (.output/chrome-mv3) in Debian's Chromium,
 * pages served from 127.0.0.1. What is timed is the content script itself, through the User Timing marks
 * page-session.ts puts around a session's first scan ('dalil:scan-start' before the matcher is built,
 * 'dalil:scan-end' once every block is read): the page's performance timeline is shared with the content
 * script's isolated world. "Painted" is two animation frames after the end mark, the same rule as for
 * mark.js, which runs in the same browser on the same page. With name suggestions on (the default) the page
 * is read twice, each reading between its own marks (their detail says which): the glossary's matches
 * first, then again with suggestions once the name finder has loaded. The scan timed is the second; the
 * first is timed beside it, on the same page in the same load.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type { BackgroundRequest } from '../../lib/messages/protocol';
import { READER_PATH } from '../../lib/page/load-entry';
import { SCAN_END_MARK, SCAN_START_MARK } from '../../lib/page/page-session';
import { articleToHtml } from './article-html';
import { type ClockFigures, clockBench, clockPage } from './bench-clock';
import { type CorpusPage, PROJECT_ROOT, repeatTo, seedArticleText, utf8Bytes } from './bench-inputs';
import { median } from './bench-node';
import { scriptTime, taskBreakdown, tasksBetween, threadOfMark, traced } from './bench-trace';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
  launchWithoutExtension,
  PROFILE_EXTENSION_DIR,
} from './chromium';
import { type PageServer, type Routes, startServer } from './serve';

export interface ScanTiming {
  /** dalil:scan-start → dalil:scan-end of the reading with suggestions. */
  scanMs: number;
  /** The same for the first reading, the glossary's matches alone. */
  glossaryScanMs: number;
  /** From the first reading's start to the end of the one with suggestions (the finder's loading included). */
  suggestionsAfterMs: number;
  /** dalil:scan-start → two frames after dalil:scan-end. */
  paintedMs: number;
  /** Entities found, and ranges in the page's dalil-* highlights when painted. */
  entities: number;
  registered: number;
}

export interface MarkJsFigures {
  page: string;
  pageBytes: number;
  entries: number;
  terms: number;
  extension: ScanTiming;
  markjs: { ms: number; marks: number } | { error: string };
  ratio: number | null;
}

export interface LongestTaskFigures {
  page: string;
  pageBytes: number;
  extension: ScanTiming;
  longestMs: number;
  longestWhat: string;
  tasksOver50: number;
  /** Long Tasks API entries (over 50 ms) in the same window, as the page saw them. */
  longTasksApi: number[];
  /** The longest task of each load, shortest first; the figures above are the median load's. */
  runsMs: number[];
}

export interface NonArabicFigures {
  /**
   * Per page, Dalil's content script (`ms`) and, for scale, a content script that only reads
   * `document.title` (`titleOnlyMs`): the least any script that looks at the page pays in an isolated world.
   * Each the median of ENGLISH_LOADS loads, the two browsers' loads taken in turns.
   */
  pages: Array<{ page: string; bytes: number; ms: number; titleOnlyMs: number }>;
  maxMs: number;
  /** Loads of each page in each browser. */
  loads: number;
}

export interface GlossaryGetFigures {
  entries: number;
  ms: number;
}

export interface FileSize {
  file: string;
  bytes: number;
}

export interface ContentScriptFigures {
  /** The manifest's content scripts (the boot script and the highlight stylesheet): on every page. */
  boot: FileSize[];
  /** The page reader: loaded on every page the boot could not rule out. */
  reader: FileSize[];
  /** What the reader imports on demand (the gloss card, on the first hover). */
  onDemand: FileSize[];
  /** Boot + reader JavaScript: what an Arabic news page loads before the reader touches anything. */
  jsKb: number;
  /** All of it, the on-demand chunks included. */
  allJsKb: number;
  cssKb: number;
}

export interface BrowserFigures {
  markjs: MarkJsFigures;
  longestTask: LongestTaskFigures;
  /** Long tasks on a 1 MB article whose clock ticks, with Dalil and without it (issue 13 §4). */
  clock: ClockFigures;
  nonArabic: NonArabicFigures;
  glossaryGet: GlossaryGetFigures[];
  contentScript: ContentScriptFigures;
}

const MARKJS_TIMEOUT_MS = 240_000;
const SCAN_TIMEOUT_MS = 120_000;
/** Keeps saved pages from reaching the network or running their own scripts. */
const CORPUS_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'";

/**
 * Sizes as shipped (minified; no glossary in them): the manifest's content scripts, the page reader, and the
 * other web-accessible modules, which the reader imports on demand.
 */
export function contentScriptSizes(extensionDir = EXTENSION_DIR): ContentScriptFigures {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
    web_accessible_resources?: Array<{ resources: string[] }>;
  };
  const size = (file: string): FileSize => ({ file, bytes: statSync(join(extensionDir, file)).size });
  const boot = (manifest.content_scripts ?? []).flatMap((script) => [
    ...(script.js ?? []),
    ...(script.css ?? []),
  ]);
  const reader = READER_PATH.slice(1);
  const onDemand = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => entry.resources)
    .filter((file) => file.endsWith('.js') && file !== reader);
  const figures = { boot: boot.map(size), reader: [size(reader)], onDemand: onDemand.map(size) };
  const kb = (files: FileSize[], suffix: string) =>
    files.filter((f) => f.file.endsWith(suffix)).reduce((sum, f) => sum + f.bytes, 0) / 1024;
  const upFront = kb(figures.boot, '.js') + kb(figures.reader, '.js');
  return {
    ...figures,
    jsKb: upFront,
    allJsKb: upFront + kb(figures.onDemand, '.js'),
    cssKb: kb(figures.boot, '.css'),
  };
}

interface PageScan {
  /** The first reading, without suggestions. */
  firstStart: number;
  firstEnd: number;
  start: number;
  end: number;
  painted: number;
  entities: number;
  registered: number;
  longTasks: Array<[number, number]>;
}

/**
 * Registered before any page script: records the marks and long tasks, and two frames after the end mark
 * reports to the bench through a binding (no polling from outside while the scan runs).
 */
function recordScan(names: { start: string; end: string }): void {
  const state = { firstStart: 0, firstEnd: 0, start: 0, longTasks: [] as Array<[number, number]> };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const detail = (entry as PerformanceMark).detail as { painted?: number; suggestions?: boolean } | null;
      if (entry.name === names.start) {
        if (detail?.suggestions === true) state.start = entry.startTime;
        else if (state.firstStart === 0) state.firstStart = entry.startTime;
      }
      if (entry.name !== names.end) continue;
      const end = entry.startTime;
      if (detail?.suggestions !== true) {
        if (state.firstEnd === 0) state.firstEnd = end;
        continue;
      }
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const painted = performance.now();
          let registered = 0;
          // Every highlight is the extension's: the bench's pages register none (their names change per load).
          for (const highlight of CSS.highlights.values()) registered += highlight.size;
          const bench = (window as unknown as { __dalilBenchScan?: (scan: unknown) => void })
            .__dalilBenchScan;
          bench?.({
            firstStart: state.firstStart,
            firstEnd: state.firstEnd,
            start: state.start,
            end,
            painted,
            entities: detail?.painted ?? 0,
            registered,
            longTasks: state.longTasks,
          });
        }),
      );
    }
  }).observe({ type: 'mark', buffered: true });
}

/** Opens `url` and waits for the content script's first scan to be painted. */
async function scanPage(browser: ExtensionBrowser, url: string): Promise<{ page: Page; scan: PageScan }> {
  const page = await browser.context.newPage();
  let resolveScan: (scan: PageScan) => void = () => {};
  const scanned = new Promise<PageScan>((resolve) => {
    resolveScan = resolve;
  });
  await page.exposeBinding('__dalilBenchScan', (_source, scan: PageScan) => resolveScan(scan));
  await page.addInitScript(recordScan, { start: SCAN_START_MARK, end: SCAN_END_MARK });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: SCAN_TIMEOUT_MS });
  const scan = await withTimeout(scanned, SCAN_TIMEOUT_MS, `no ${SCAN_END_MARK} mark on ${url}`);
  return { page, scan };
}

function timing(scan: PageScan): ScanTiming {
  return {
    scanMs: scan.end - scan.start,
    glossaryScanMs: scan.firstEnd - scan.firstStart,
    suggestionsAfterMs: scan.end - scan.firstStart,
    paintedMs: scan.painted - scan.start,
    entities: scan.entities,
    registered: scan.registered,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Sends a request to the background from an extension page, as the popup and options page do. */
async function ask(page: Page, request: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> {
  const envelope = await page.evaluate(async (message) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    return runtime.sendMessage(message);
  }, request);
  return (envelope ?? { ok: false, error: 'no answer' }) as { ok: boolean; value?: unknown; error?: unknown };
}

async function askOk(page: Page, request: BackgroundRequest): Promise<unknown> {
  const envelope = await ask(page, request);
  if (!envelope.ok)
    throw new Error(`${request.type} failed: ${JSON.stringify(envelope.error ?? 'no reason given')}`);
  return envelope.value;
}

/** Times the background's 'glossary/get' from an extension page: IndexedDB read and message, median of 5. */
async function glossaryGet(page: Page): Promise<GlossaryGetFigures> {
  const times: number[] = [];
  let entries = 0;
  for (let i = 0; i < 6; i++) {
    const { ms, count } = await page.evaluate(async () => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      const start = performance.now();
      const reply = (await runtime.sendMessage({ type: 'glossary/get' })) as {
        value?: { entries?: unknown[] };
      };
      return { ms: performance.now() - start, count: reply?.value?.entries?.length ?? -1 };
    });
    entries = count;
    // The first answer may include waking the service worker and opening the database.
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { entries, ms: times[times.length >> 1] as number };
}

/** mark.js over the page with these terms, in the page, until its `done` and two frames after. */
async function runMarkJs(page: Page, terms: readonly string[]): Promise<{ ms: number; marks: number }> {
  const source = readFileSync(join(PROJECT_ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  await page.evaluate(source);
  return withTimeout(
    page.evaluate(async (words) => {
      type MarkCtor = new (el: Element) => { mark(terms: string[], options: object): void };
      const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
      const start = performance.now();
      // Whole terms across inline elements, as the extension reads them; no Latin diacritics folding.
      // (`done: resolve` rather than an arrow: a named function would need a helper the page lacks.)
      await new Promise((resolve) =>
        new Mark(document.body).mark(words, {
          separateWordSearch: false,
          diacritics: false,
          acrossElements: true,
          done: resolve,
        }),
      );
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { ms: performance.now() - start, marks: document.querySelectorAll('mark[data-markjs]').length };
    }, terms as string[]),
    MARKJS_TIMEOUT_MS,
    'mark.js',
  );
}

export interface BrowserBenchOptions {
  /** The 500 entries both the extension and mark.js look for. */
  entries500: GlossaryEntry[];
  /** A larger glossary for the 'glossary/get' round trip (at most 20,000: one import message). */
  entriesLarge: GlossaryEntry[];
  corpus: CorpusPage[];
  log: (line: string) => void;
}

/** The largest Arabic news page of the corpus, or a generated 1 MB article. */
function markJsPage(corpus: readonly CorpusPage[]): { name: string; html: string; csp: boolean } {
  const largest = corpus.filter((page) => page.label === 'ar-news').sort((a, b) => b.bytes - a.bytes)[0];
  if (largest !== undefined)
    return { name: largest.file, html: readFileSync(largest.path, 'utf8'), csp: true };
  return {
    name: 'generated 1 MB article',
    html: articleToHtml(repeatTo(seedArticleText(), 1_000_000)),
    csp: false,
  };
}

/** One load of a page traced: the longest main-thread task from the scan's start until it is painted. */
async function longestTaskOf(
  browser: ExtensionBrowser,
  url: string,
  bytes: number,
): Promise<LongestTaskFigures> {
  const page = await browser.context.newPage();
  let resolveScan: (scan: PageScan) => void = () => {};
  const scanned = new Promise<PageScan>((resolve) => {
    resolveScan = resolve;
  });
  await page.exposeBinding('__dalilBenchScan', (_source, scan: PageScan) => resolveScan(scan));
  await page.addInitScript(recordScan, { start: SCAN_START_MARK, end: SCAN_END_MARK });
  const { value: scan, events } = await traced(browser.context, page, async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: SCAN_TIMEOUT_MS });
    return withTimeout(scanned, SCAN_TIMEOUT_MS, `the scan of ${url}`);
  });
  await page.close();
  const startMark = threadOfMark(events, SCAN_START_MARK);
  if (startMark === undefined) throw new Error(`the trace has no ${SCAN_START_MARK} mark`);
  // From the first reading's start (the first mark in the trace) until the reading with suggestions is
  // painted: the finder's loading and building fall inside.
  const windowEnd = startMark.ts + (scan.painted - scan.firstStart) * 1000;
  const tasks = tasksBetween(events, startMark, startMark.ts, windowEnd);
  const longest = tasks[0];
  return {
    page: 'generated 2 MB article',
    pageBytes: bytes,
    extension: timing(scan),
    longestMs: (longest?.dur ?? 0) / 1000,
    longestWhat: longest === undefined ? '' : taskBreakdown(events, longest),
    tasksOver50: tasks.filter((task) => (task.dur ?? 0) > 50_000).length,
    longTasksApi: scan.longTasks
      .filter(([start, duration]) => start + duration >= scan.firstStart && start <= scan.painted)
      .map(([, duration]) => duration),
    runsMs: [],
  };
}

/** Loads of each English page: the figure is a median, and a load's time can jump tenfold on a busy machine. */
const ENGLISH_LOADS = 7;

/**
 * Milliseconds of main-thread time extension scripts spend on each page, in each browser (a trace per load;
 * the median of ENGLISH_LOADS loads). The browsers take turns load by load, so Dalil and the stand-in meet
 * the same moments of the machine's load.
 */
async function englishPageTimes(
  browsers: readonly ExtensionBrowser[],
  server: PageServer,
  routes: Routes,
): Promise<number[][]> {
  const times = browsers.map(() => [] as number[]);
  for (const path of Object.keys(routes)) {
    const loads = browsers.map(() => [] as number[]);
    for (let load = 0; load < ENGLISH_LOADS; load++) {
      for (const [index, browser] of browsers.entries()) {
        const page = await browser.context.newPage();
        const { events } = await traced(browser.context, page, async () => {
          await page.goto(server.url(path), { waitUntil: 'load' });
          // document_idle, then anything the content script started.
          await page.waitForTimeout(1000);
        });
        await page.close();
        // Any extension URL: the page reader is imported from the per-session dynamic one.
        loads[index]?.push(scriptTime(events, 'chrome-extension://'));
      }
    }
    for (const [index, ms] of loads.entries()) times[index]?.push(median(ms));
  }
  return times;
}

/** Runs `task` in a Chromium with a stand-in extension whose content script reads `document.title` only. */
async function withTitleOnlyExtension<T>(task: (browser: ExtensionBrowser) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-title-only-'));
  try {
    const manifest = {
      manifest_version: 3,
      name: 'title only',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [
        { matches: ['http://*/*'], js: ['title.js'], run_at: 'document_idle', all_frames: true },
      ],
    };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'background.js'), '');
    writeFileSync(join(dir, 'title.js'), 'void document.title;\n');
    const browser = await launchWithExtension({ extensionDir: dir });
    try {
      return await task(browser);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function browserBench(options: BrowserBenchOptions): Promise<BrowserFigures> {
  const { entries500, entriesLarge, corpus, log } = options;
  const article = markJsPage(corpus);
  const twoMb = articleToHtml(repeatTo(seedArticleText(), 2_000_000));
  const clock = clockPage();
  const english: Routes = {
    '/english-fixture': {
      body: readFileSync(
        join(PROJECT_ROOT, 'tests', 'fixtures', 'pages', 'browser', 'english-news.html'),
        'utf8',
      ),
    },
  };
  for (const page of corpus.filter((p) => p.label === 'non-ar-news')) {
    english[`/${page.file}`] = {
      body: readFileSync(page.path),
      headers: { 'Content-Security-Policy': CORPUS_CSP },
    };
  }
  const articleRoute = {
    body: article.html,
    headers: article.csp ? { 'Content-Security-Policy': CORPUS_CSP } : undefined,
  };
  // Three hosts (a port is part of the host): highlighting always on, always off (mark.js runs there alone),
  // and left to detection (the English pages).
  const servers: PageServer[] = [];
  const on = await startServer({
    '/article': articleRoute,
    '/2mb': { body: twoMb },
    '/clock': { body: clock },
  });
  servers.push(on);
  const off = await startServer({ '/article': articleRoute });
  servers.push(off);
  const auto = await startServer(english);
  servers.push(auto);
  const browser = await launchWithExtension({ extensionDir: PROFILE_EXTENSION_DIR });
  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const host = (server: PageServer) => new URL(server.url('/')).host;
    await askOk(options, { type: 'sites/set', host: host(on), mode: 'always' });
    await askOk(options, { type: 'sites/set', host: host(off), mode: 'never' });

    log('chromium: glossary/get with the bundled glossary');
    const glossaryGets: GlossaryGetFigures[] = [await glossaryGet(options)];

    log(`chromium: importing ${entries500.length} entries`);
    await askOk(options, { type: 'glossary/import', entries: entries500, mode: 'replace' });
    glossaryGets.push(await glossaryGet(options));

    log(`chromium: extension scan of ${article.name}`);
    const first = await scanPage(browser, on.url('/article'));
    await first.page.close();
    log(`chromium: mark.js with the same ${entries500.length} entries on ${article.name}`);
    const terms = entries500.flatMap((entry) => [entry.ar, ...entry.variants]);
    const markPage = await browser.context.newPage();
    await markPage.goto(off.url('/article'), { waitUntil: 'load' });
    let markjs: { ms: number; marks: number } | { error: string };
    try {
      markjs = await runMarkJs(markPage, terms);
    } catch (error) {
      markjs = { error: (error as Error).message };
    }
    await markPage.close().catch(() => {});
    const extension = timing(first.scan);
    const markFigures: MarkJsFigures = {
      page: article.name,
      pageBytes: utf8Bytes(article.html),
      entries: entries500.length,
      terms: terms.length,
      extension,
      markjs,
      ratio: 'ms' in markjs ? markjs.ms / extension.paintedMs : null,
    };

    log('chromium: longest task while scanning a 2 MB article (trace, 3 loads)');
    const runs: LongestTaskFigures[] = [];
    for (let run = 0; run < 3; run++)
      runs.push(await longestTaskOf(browser, on.url('/2mb'), utf8Bytes(twoMb)));
    runs.sort((a, b) => a.longestMs - b.longestMs);
    const longestTask: LongestTaskFigures = {
      ...(runs[1] as LongestTaskFigures),
      runsMs: runs.map((r) => r.longestMs),
    };

    log('chromium: long tasks on a 1 MB article with a ticking clock, with and without Dalil');
    const clockFigures = await clockBench(
      browser,
      launchWithoutExtension,
      on.url('/clock'),
      utf8Bytes(clock),
    );

    log(
      'chromium: content script time on English pages, and a content script that only reads the title (trace)',
    );
    const [ours = [], titleOnly = []] = await withTitleOnlyExtension((other) =>
      englishPageTimes([browser, other], auto, english),
    );
    const pages = Object.entries(english).map(([path, route], index) => ({
      page: path.slice(1),
      bytes: typeof route.body === 'string' ? utf8Bytes(route.body) : route.body.length,
      ms: ours[index] as number,
      titleOnlyMs: titleOnly[index] as number,
    }));

    log(`chromium: glossary/get with ${entriesLarge.length.toLocaleString('en')} entries`);
    await askOk(options, { type: 'glossary/import', entries: entriesLarge, mode: 'replace' });
    glossaryGets.push(await glossaryGet(options));

    return {
      markjs: markFigures,
      longestTask,
      clock: clockFigures,
      nonArabic: { pages, maxMs: Math.max(...pages.map((page) => page.ms)), loads: ENGLISH_LOADS },
      glossaryGet: glossaryGets,
      contentScript: contentScriptSizes(),
    };
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
}
