/**
 * `npm run bench [-- --json] [-- --node]`: how fast the matching core and the content script are, against
 * plain indexOf, one alternation regex and mark.js, with the budgets of issue 7.
 *
 * Node: the core, indexOf and the regex on the same Arabic text (the seed article repeated to 1 MB, and
 * the visible text of the corpus's Arabic news pages when ../shared is there) with the same 10,000
 * entries; matching time with 100,000 entries against 1,000; matcher build time and heap.
 * Chromium (needs `npm run build`): the built extension against mark.js on the same page, the longest
 * main-thread task while a 2 MB article is scanned, the content script's time on English pages, the
 * 'glossary/get' round trip, and the shipped content script's size. The popup's look-up is timed per
 * keystroke over 10,000 entries. `--node` skips Chromium.
 *
 * `--sizes` adds what the content script is made of (esbuild's minified bytes per module).
 *
 * The default output is a table; `--json` prints one JSON object and nothing else on stdout (progress goes
 * to stderr).
 */
import { parseArgs } from 'node:util';
import type { BrowserFigures, FileSize } from './lib/bench-browser';
import type { LongTaskCount } from './lib/bench-clock';
import {
  type BenchText,
  benchGlossary,
  corpusNewsText,
  corpusPages,
  SHARED_DIR,
  seedBenchText,
} from './lib/bench-inputs';
import { type NamesResult, namesCost } from './lib/bench-names';
import {
  type BuildResult,
  buildCost,
  type ChoresResult,
  choresCost,
  type GrowthResult,
  growth,
  type LookupResult,
  lookupCost,
  type VersusResult,
  versus,
} from './lib/bench-node';
import { type ModuleShare, readerShares } from './lib/bench-size';
import { missingBuild } from './lib/chromium';

/**
 * Issue 7's budgets, and two that were timing assertions in the unit tests (issue 17): the least (ratios) or
 * the most (times, sizes) allowed.
 */
const BUDGETS = {
  vs_markjs: { at: 'least', value: 50 },
  vs_regex: { at: 'least', value: 5 },
  vs_indexof: { at: 'least', value: 20 },
  growth_1k_to_100k: { at: 'most', value: 1.5 },
  non_arabic_page_ms: { at: 'most', value: 1 },
  longest_task_ms: { at: 'most', value: 50 },
  content_script_kb: { at: 'most', value: 50 },
  glossary_build_ms: { at: 'most', value: 3000 },
  import_refusal_ms: { at: 'most', value: 5000 },
  lookup_keystroke_ms: { at: 'most', value: 20 },
} as const;
type Figure = keyof typeof BUDGETS;

const ROUNDS = 7;

const log = (line: string) => process.stderr.write(`${line}\n`);

interface NodeFigures {
  versus: VersusResult[];
  names: NamesResult[];
  growth: GrowthResult;
  build: BuildResult;
  chores: ChoresResult;
  lookup: LookupResult;
  provenance: string;
}

async function nodeBench(): Promise<NodeFigures> {
  const texts: BenchText[] = [seedBenchText(1_000_000)];
  const corpus = await corpusNewsText();
  if (corpus !== null) texts.push(corpus);
  // The 10,000-entry comparisons run before the 100,000-entry glossary exists: a larger heap makes every
  // garbage collection dearer, for the core (which allocates tokens) more than for the baselines.
  log('node: building a 10,000-entry glossary');
  const entries10k = benchGlossary(10_000).entries;
  const results: VersusResult[] = [];
  log('node: the look-up, keystroke by keystroke, over 10,000 entries');
  const lookup = lookupCost(entries10k);
  for (const text of texts) {
    log(`node: core vs indexOf vs regex on ${text.name}`);
    results.push(versus(text, entries10k, ROUNDS));
  }
  const names: NamesResult[] = [];
  for (const text of texts) {
    log(`node: the name finder on ${text.name}`);
    names.push(namesCost(text, ROUNDS));
  }
  log('node: building a 100,000-entry glossary');
  const glossary = benchGlossary(100_000);
  log('node: matching time with 1,000 and 100,000 entries');
  const grown = growth(texts, glossary.entries, ROUNDS + 2);
  log('node: building a 100,000-entry matcher');
  const build = buildCost(glossary.entries);
  log('node: building the bundled glossary, refusing a 50,000-row import');
  const chores = choresCost();
  return { versus: results, names, growth: grown, build, chores, lookup, provenance: glossary.provenance };
}

function figures(node: NodeFigures, browser: BrowserFigures | null): Record<Figure, number | null> {
  return {
    vs_indexof: Math.min(...node.versus.map((v) => v.vsIndexOf)),
    vs_regex: Math.min(...node.versus.map((v) => v.vsRegex)),
    growth_1k_to_100k: node.growth.growth,
    vs_markjs: browser?.markjs.ratio ?? null,
    non_arabic_page_ms: browser?.nonArabic.maxMs ?? null,
    longest_task_ms: browser?.longestTask.longestMs ?? null,
    content_script_kb: browser?.contentScript.jsKb ?? null,
    glossary_build_ms: node.chores.glossaryBuildMs,
    import_refusal_ms: node.chores.importRefusalMs,
    lookup_keystroke_ms: node.lookup.worstKeystrokeMs,
  };
}

function meets(figure: Figure, value: number | null): boolean | null {
  if (value === null) return null;
  const budget = BUDGETS[figure];
  return budget.at === 'least' ? value >= budget.value : value <= budget.value;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const row = (cells: readonly string[], widths: readonly number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');

function printTable(node: NodeFigures, browser: BrowserFigures | null, skipped: string | null): void {
  const values = figures(node, browser);
  console.log('Budgets (issues 7 and 17)');
  const widths = [20, 10, 12, 6];
  console.log(row(['figure', 'value', 'budget', 'ok'], widths));
  for (const figure of Object.keys(BUDGETS) as Figure[]) {
    const value = values[figure];
    const budget = BUDGETS[figure];
    const ok = meets(figure, value);
    console.log(
      row(
        [
          figure,
          value === null ? 'n/a' : fixed(value, 2),
          `${budget.at === 'least' ? '≥' : '≤'} ${budget.value}`,
          ok === null ? '-' : ok ? 'yes' : 'NO',
        ],
        widths,
      ),
    );
  }
  if (skipped !== null) console.log(`(Chromium figures skipped: ${skipped})`);

  console.log(
    '\nNode: the core vs indexOf vs one regex, same text, same entries (best of alternating rounds; ' +
      "median of the rounds' ratios in brackets; ×regex in CPU time, median of the rounds, after the slash)",
  );
  const w2 = [28, 9, 7, 9, 9, 9, 16, 20];
  console.log(row(['text', 'chars', 'forms', 'core ms', 'indexOf', 'regex', '×indexOf', '×regex'], w2));
  for (const v of node.versus) {
    console.log(
      row(
        [
          v.text,
          v.chars.toLocaleString('en'),
          String(v.forms),
          fixed(v.coreMs),
          fixed(v.indexOfMs),
          fixed(v.regexMs),
          `${fixed(v.vsIndexOf)} (${fixed(v.vsIndexOfMedian)})`,
          `${fixed(v.vsRegex)} (${fixed(v.vsRegexMedian)}) / ${fixed(v.vsRegexCpu)}`,
        ],
        w2,
      ),
    );
  }
  console.log(
    `  matches: core ${node.versus.map((v) => v.coreMatches).join(' / ')}, indexOf hits ` +
      `${node.versus.map((v) => v.indexOfHits).join(' / ')}, regex hits ${node.versus.map((v) => v.regexHits).join(' / ')}`,
  );
  console.log(`  entries: ${node.provenance} (the first 10,000 / 1,000 of them for the smaller glossaries)`);
  console.log(
    'Name finder (the bundled glossary with and without suggestions, block by block, median of rounds):',
  );
  for (const n of node.names) {
    console.log(
      `  ${n.text}: glossary ${fixed(n.glossaryMs)} ms, with names ${fixed(n.withNamesMs)} ms (×${fixed(n.ratio, 2)}); ` +
        `finder ${fixed(n.finderMbPerS, 2)} MB/s of text; ${n.suggested} names suggested`,
    );
  }
  const [model] = node.names;
  if (model !== undefined) {
    console.log(
      `  models: ${fixed(model.modelKb / 1024, 2)} MB (${fixed(model.modelGzipKb / 1024, 2)} MB gzipped), ` +
        `parsed and built in ${fixed(model.loadMs, 0)} ms`,
    );
  }
  console.log(
    `Growth: all texts with 1,000 entries ${fixed(node.growth.ms1k)} ms, with 100,000 ` +
      `${fixed(node.growth.ms100k)} ms → ×${fixed(node.growth.growth, 2)} (median of rounds ×${fixed(node.growth.growthMedian, 2)})`,
  );
  console.log(
    `Matcher for ${node.build.entries.toLocaleString('en')} entries: built in ${fixed(node.build.buildMs, 0)} ms ` +
      `(best of 3), ${fixed(node.build.heapMb)} MB of heap`,
  );
  console.log(
    `Chores (best of 3): the bundled glossary built in ${fixed(node.chores.glossaryBuildMs, 0)} ms, a ` +
      `50,000-row import refused in ${fixed(node.chores.importRefusalMs, 0)} ms`,
  );
  const { lookup } = node;
  console.log(
    `Look-up over ${lookup.entries.toLocaleString('en')} entries (index built in ${fixed(lookup.buildMs, 0)} ms): ` +
      `slowest keystroke ${fixed(lookup.worstKeystrokeMs, 2)} ms ("${lookup.worstQuery}"), median ${fixed(lookup.medianKeystrokeMs, 2)} ms`,
  );
  if (browser === null) return;

  const { markjs, longestTask, clock, nonArabic, glossaryGet, contentScript } = browser;
  console.log('\nChromium (the built extension; its scan timed by its dalil:scan-start/-end marks)');
  const ext = markjs.extension;
  console.log(
    `vs mark.js on ${markjs.page} (${fixed(markjs.pageBytes / 1024, 0)} KB), ${markjs.entries} entries ` +
      `(${markjs.terms} forms) in both:`,
  );
  console.log(
    `  extension: scan with name suggestions ${fixed(ext.scanMs)} ms, painted ${fixed(ext.paintedMs)} ms after it ` +
      `started; ${ext.entities} entities, ${ext.registered} ranges registered`,
  );
  console.log(
    `  the same load's first reading, the glossary alone: ${fixed(ext.glossaryScanMs)} ms ` +
      `(with suggestions ×${fixed(ext.scanMs / ext.glossaryScanMs, 2)}); suggestions on the page ` +
      `${fixed(ext.suggestionsAfterMs)} ms after the first reading started (the finder's loading included)`,
  );
  console.log(
    'ms' in markjs.markjs
      ? `  mark.js:   ${fixed(markjs.markjs.ms)} ms to done and painted; ${markjs.markjs.marks} <mark>s → ×${fixed(markjs.ratio ?? 0)}`
      : `  mark.js:   ${markjs.markjs.error}`,
  );
  const lt = longestTask;
  console.log(
    `Longest task scanning the ${lt.page} (${fixed(lt.pageBytes / 1024 / 1024, 1)} MB): ${fixed(lt.longestMs)} ms ` +
      `(${lt.longestWhat}); ${lt.tasksOver50} task(s) over 50 ms; scan ${fixed(lt.extension.scanMs, 0)} ms, ` +
      `${lt.extension.entities} entities, ${lt.extension.registered} ranges registered (the rest near the viewport as it scrolls)`,
  );
  console.log(`  median of 3 loads; each load's longest: ${lt.runsMs.map((ms) => fixed(ms)).join(', ')} ms`);
  console.log(
    `  Long Tasks API in the same window: ${lt.longTasksApi.length === 0 ? 'none' : lt.longTasksApi.map((d) => fixed(d, 0)).join(', ')}`,
  );
  const ticks = (count: LongTaskCount) =>
    `${count.count} long task(s)${count.count === 0 ? '' : `, the worst ${fixed(count.worstMs, 0)} ms`}`;
  console.log(
    `A clock ticking every ${clock.tickMs} ms under <body> of a ${fixed(clock.pageBytes / 1024 / 1024, 1)} MB article, ` +
      `${fixed(clock.windowMs / 1000, 0)} s once highlighted: with Dalil ${ticks(clock.withDalil)}; ` +
      `without it ${ticks(clock.withoutDalil)}`,
  );
  console.log(
    `Content script on English pages (its evaluation and callbacks in a trace, median of ${nonArabic.loads} loads), and a\n` +
      'stand-in content script that only reads document.title, for scale (its loads taken in turns with these):',
  );
  for (const page of nonArabic.pages) {
    console.log(
      `  ${page.page.padEnd(36)} ${fixed(page.bytes / 1024, 0).padStart(6)} KB  Dalil ${fixed(page.ms, 2)} ms, ` +
        `title only ${fixed(page.titleOnlyMs, 2)} ms`,
    );
  }
  console.log("'glossary/get' round trip from an extension page (IndexedDB read + message, median of 5):");
  for (const get of glossaryGet) {
    console.log(`  ${get.entries.toLocaleString('en').padStart(7)} entries: ${fixed(get.ms)} ms`);
  }
  const list = (files: readonly FileSize[]) =>
    files.map((f) => `${f.file} ${fixed(f.bytes / 1024)} KB`).join(', ');
  console.log(`Content script on every page: ${list(contentScript.boot)}`);
  console.log(`  page reader, loaded on pages the title does not rule out: ${list(contentScript.reader)}`);
  console.log(
    `  on demand (highlighting, on pages the reader highlights; the gloss card and its words in the reader's language, first hover; the name finder): ${list(contentScript.onDemand)}`,
  );
  console.log(
    `  up front ${fixed(contentScript.jsKb)} KB of JavaScript (content_script_kb), ${fixed(contentScript.allJsKb)} KB with the card`,
  );
}

function printSizes(sizes: Awaited<ReturnType<typeof readerShares>>): void {
  const total = (shares: readonly ModuleShare[]) => shares.reduce((sum, share) => sum + share.bytes, 0);
  for (const [label, shares] of [
    ['up front', sizes.upFront],
    ['highlighting (on pages it highlights)', sizes.highlight],
    ['card (on demand)', sizes.onDemand],
  ] as const) {
    console.log(
      `\nThe page reader ${label}, by module (esbuild, minified, without WXT's wrapper): ${fixed(total(shares) / 1024)} KB`,
    );
    for (const share of shares.filter((m) => m.bytes >= 300)) {
      console.log(`  ${fixed(share.bytes / 1024).padStart(5)} KB  ${share.module}`);
    }
  }
}

function toJson(node: NodeFigures, browser: BrowserFigures | null, skipped: string | null): object {
  const values = figures(node, browser);
  const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  const heads = Object.fromEntries((Object.keys(values) as Figure[]).map((key) => [key, round(values[key])]));
  return {
    ...heads,
    matcher_build_ms_100k: round(node.build.buildMs),
    matcher_heap_mb_100k: round(node.build.heapMb),
    glossary_get_ms: browser?.glossaryGet.map((get) => ({ entries: get.entries, ms: round(get.ms) })) ?? null,
    budgets: BUDGETS,
    meets: Object.fromEntries((Object.keys(values) as Figure[]).map((key) => [key, meets(key, values[key])])),
    details: { node, browser, chromium_skipped: skipped },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      node: { type: 'boolean', default: false },
      sizes: { type: 'boolean', default: false },
    },
  });
  const node = await nodeBench();
  let browser: BrowserFigures | null = null;
  let skipped: string | null = null;
  const problem = missingBuild();
  if (values.node) skipped = '--node';
  else if (problem !== null) {
    console.error(`npm run bench: run npm run build first (${problem}), or pass --node`);
    process.exit(2);
  } else {
    const { browserBench } = await import('./lib/bench-browser');
    const glossary = benchGlossary(10_000);
    browser = await browserBench({
      entries500: glossary.entries.slice(0, 500),
      entriesLarge: glossary.entries,
      corpus: corpusPages(),
      log,
    });
  }
  let sizes: Awaited<ReturnType<typeof readerShares>> | null = null;
  if (values.sizes) {
    log('esbuild: the page reader by module');
    sizes = await readerShares();
  }
  if (values.json)
    console.log(JSON.stringify({ ...toJson(node, browser, skipped), content_script_modules: sizes }));
  else {
    printTable(node, browser, skipped);
    if (sizes !== null) printSizes(sizes);
  }
  if (corpusPages().length === 0) log(`(no corpus at ${SHARED_DIR}: the seed article only)`);
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exitCode = 1;
});
