/**
 * The Node half of `npm run bench`: the matching core against plain indexOf and one alternation regex on
 * the same text with the same entries, how matching time grows with the glossary, what building a
 * 100,000-entry matcher costs, the time of two chores (building the bundled glossary, refusing an
 * oversized import), and the popup's look-up per keystroke.
 *
 * The machine may be shared: every comparison runs its contenders in alternation, round after round. The
 * headline ratio is best time against best time (each contender's least disturbed round); the median of
 * the rounds' own ratios is reported beside it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readGlossaryRows } from '../../lib/glossary/import-preview';
import { buildLookup, lookUp } from '../../lib/glossary/lookup';
import { createMatcher, type Matcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { buildFromSeeds } from '../build-glossary';
import type { BenchText } from './bench-inputs';

export interface VersusResult {
  text: string;
  chars: number;
  entries: number;
  forms: number;
  /** Best round, in milliseconds. */
  coreMs: number;
  indexOfMs: number;
  regexMs: number;
  /** Best baseline time / best core time. */
  vsIndexOf: number;
  vsRegex: number;
  /** Median of each round's baseline / core. */
  vsIndexOfMedian: number;
  vsRegexMedian: number;
  /**
   * The regex against the core in CPU time (the process's, GC threads included), median of the rounds'
   * ratios: what a busy machine's scheduler does to either contender is left out of it.
   */
  vsRegexCpu: number;
  coreMatches: number;
  indexOfHits: number;
  regexHits: number;
}

export interface GrowthResult {
  /** Milliseconds to match every text once, best round. */
  ms1k: number;
  ms100k: number;
  /** Best against best, and the median of the rounds' own ratios. */
  growth: number;
  growthMedian: number;
}

export interface BuildResult {
  entries: number;
  buildMs: number;
  /** Heap growth held by the matcher, after a full collection. */
  heapMb: number;
}

export interface ChoresResult {
  /** `npm run glossary`'s work (seeds, CLDR places, nationalities), best of a few, in milliseconds. */
  glossaryBuildMs: number;
  /** Reading a CSV import of 50,000 rows up to its refusal (over the entry limit), best of a few. */
  importRefusalMs: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The process's CPU time so far (user and system, every thread), in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function time<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = cpuMs();
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, cpuMs: cpuMs() - cpu, value };
}

/** The core as a page uses it: one block at a time. */
function coreRun(matcher: Matcher, text: BenchText): number {
  let found = 0;
  for (const block of text.blocks) found += matcher.match(block).length;
  return found;
}

/** Every occurrence of every form, one indexOf loop per form over the whole text. */
function indexOfRun(forms: readonly string[], text: string): number {
  let hits = 0;
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) hits++;
  }
  return hits;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of every form, longest first so that the longer of two overlapping forms wins. */
export function alternation(forms: readonly string[]): RegExp {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(escapeRegex).join('|'), 'g');
}

function regexRun(regex: RegExp, text: string): number {
  let hits = 0;
  regex.lastIndex = 0;
  while (regex.exec(text) !== null) hits++;
  return hits;
}

export function formsOf(entries: readonly GlossaryEntry[]): string[] {
  return entries.flatMap((entry) => [entry.ar, ...entry.variants]);
}

/**
 * The core, indexOf and the regex on one text with the same entries. indexOf over 10,000 forms takes
 * seconds a megabyte, so it runs in fewer rounds than the others.
 */
export function versus(text: BenchText, entries: readonly GlossaryEntry[], rounds: number): VersusResult {
  const matcher = createMatcher(entries);
  const forms = formsOf(entries);
  const regex = alternation(forms);
  // Warm-up: compile and optimise each contender on a slice before timing it.
  const warm = { ...text, blocks: text.blocks.slice(0, 50), text: text.text.slice(0, 20_000) };
  coreRun(matcher, warm);
  regexRun(regex, warm.text);
  indexOfRun(forms, warm.text);
  const core: number[] = [];
  const viaRegex: number[] = [];
  const viaIndexOf: number[] = [];
  const ratiosRegex: number[] = [];
  const ratiosRegexCpu: number[] = [];
  const ratiosIndexOf: number[] = [];
  let coreMatches = 0;
  let regexHits = 0;
  let indexOfHits = 0;
  const indexOfRounds = Math.max(1, Math.ceil(rounds / 3));
  for (let round = 0; round < rounds; round++) {
    const c = time(() => coreRun(matcher, text));
    const r = time(() => regexRun(regex, text.text));
    core.push(c.ms);
    viaRegex.push(r.ms);
    ratiosRegex.push(r.ms / c.ms);
    ratiosRegexCpu.push(r.cpuMs / c.cpuMs);
    coreMatches = c.value;
    regexHits = r.value;
    if (round < indexOfRounds) {
      const i = time(() => indexOfRun(forms, text.text));
      const c2 = time(() => coreRun(matcher, text));
      viaIndexOf.push(i.ms);
      ratiosIndexOf.push(i.ms / c2.ms);
      indexOfHits = i.value;
    }
  }
  return {
    text: text.name,
    chars: text.text.length,
    entries: entries.length,
    forms: forms.length,
    coreMs: Math.min(...core),
    indexOfMs: Math.min(...viaIndexOf),
    regexMs: Math.min(...viaRegex),
    vsIndexOf: Math.min(...viaIndexOf) / Math.min(...core),
    vsRegex: Math.min(...viaRegex) / Math.min(...core),
    vsIndexOfMedian: median(ratiosIndexOf),
    vsRegexMedian: median(ratiosRegex),
    vsRegexCpu: median(ratiosRegexCpu),
    coreMatches,
    indexOfHits,
    regexHits,
  };
}

/** Matching time over all texts with the first 1,000 and with all 100,000 entries, alternating. */
export function growth(
  texts: readonly BenchText[],
  entries: readonly GlossaryEntry[],
  rounds: number,
): GrowthResult {
  const small = createMatcher(entries.slice(0, 1000));
  const large = createMatcher(entries);
  const runAll = (matcher: Matcher) => {
    let found = 0;
    for (const text of texts) found += coreRun(matcher, text);
    return found;
  };
  runAll(small);
  runAll(large);
  const ms1k: number[] = [];
  const ms100k: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const a = time(() => runAll(small)).ms;
    const b = time(() => runAll(large)).ms;
    ms1k.push(a);
    ms100k.push(b);
    ratios.push(b / a);
  }
  const best1k = Math.min(...ms1k);
  const best100k = Math.min(...ms100k);
  return { ms1k: best1k, ms100k: best100k, growth: best100k / best1k, growthMedian: median(ratios) };
}

/** A full garbage collection, when V8 lets us ask for one. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

/** Heap held by one matcher over these entries, after full collections before and after building it. */
function heapOf(entries: readonly GlossaryEntry[]): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const matcher = createMatcher(entries);
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  // Used after the heap was read, so the collection could not take it.
  matcher.lookup('');
  return (after - before) / 1024 / 1024;
}

/** Time (best of a few builds) and heap to build a matcher over these entries. */
export function buildCost(entries: readonly GlossaryEntry[], builds = 3): BuildResult {
  const heapMb = heapOf(entries);
  const times: number[] = [];
  for (let i = 0; i < builds; i++) {
    collectGarbage();
    times.push(time(() => createMatcher(entries)).ms);
  }
  return { entries: entries.length, buildMs: Math.min(...times), heapMb };
}

/** Rows in the oversized import: well over the 20,000 an import may hold, as a user's whole-dictionary file. */
const OVERSIZED_IMPORT_ROWS = 50_000;

/** What the glossary build and an oversized import cost: chores a user waits on, outside any page. */
export function choresCost(rounds = 3): ChoresResult {
  const rows = Array.from({ length: OVERSIZED_IMPORT_ROWS }, (_, i) => `كلمة${i},word ${i},term`);
  const csv = ['arabic,english,type', ...rows].join('\n');
  const builds: number[] = [];
  const refusals: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const built = time(() => buildFromSeeds());
    if (!built.value.ok) throw new Error('bench: the bundled glossary does not build');
    builds.push(built.ms);
    const read = time(() => readGlossaryRows(csv));
    if (read.value.fatal === null) throw new Error('bench: the oversized import was not refused');
    refusals.push(read.ms);
  }
  return { glossaryBuildMs: Math.min(...builds), importRefusalMs: Math.min(...refusals) };
}

export interface LookupResult {
  entries: number;
  /** Building the look-up index, best of a few. */
  buildMs: number;
  /** The slowest keystroke: the median over rounds of each keystroke's look-up, the worst of those. */
  worstKeystrokeMs: number;
  worstQuery: string;
  /** The median over all keystrokes. */
  medianKeystrokeMs: number;
}

/** What a reader types, misspellings and acronyms included, one keystroke at a time. */
const TYPED = ['Cartr', 'Lebanno', 'Ledrian', 'United Sta', 'ISIS', 'كارتير', 'بباريس', 'وزير الخارجية'];

/** The popup's look-up over `entries`: each prefix of each typed query is one keystroke's look-up. */
export function lookupCost(entries: readonly GlossaryEntry[], rounds = 5): LookupResult {
  const builds: number[] = [];
  let index = buildLookup(entries);
  for (let i = 0; i < 3; i++) {
    const built = time(() => buildLookup(entries));
    builds.push(built.ms);
    index = built.value;
  }
  const keystrokes = TYPED.flatMap((query) => [...query].map((_, end) => query.slice(0, end + 1)));
  const perKeystroke = keystrokes.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    keystrokes.forEach((query, i) => {
      perKeystroke[i]?.push(time(() => lookUp(index, query, { limit: 20 })).ms);
    });
  }
  const medians = perKeystroke.map(median);
  const worst = medians.indexOf(Math.max(...medians));
  return {
    entries: entries.length,
    buildMs: Math.min(...builds),
    worstKeystrokeMs: medians[worst] ?? 0,
    worstQuery: keystrokes[worst] ?? '',
    medianKeystrokeMs: median(medians),
  };
}
