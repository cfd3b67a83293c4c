/**
 * What the name finder costs: the page reader's matching with suggestions against the glossary alone on
 * the same blocks (a ratio, side by side in one process), the finder's own throughput, and its models' size
 * and load time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createMatcher } from '../../lib/glossary/matcher';
import { parseGlossary } from '../../lib/glossary/parse';
import { createNameSuggester } from '../../lib/names/name-suggester';
import { createPageSuggestions } from '../../lib/names/page-suggestions';
import { type BenchText, PROJECT_ROOT, utf8Bytes } from './bench-inputs';
import { median } from './bench-node';

const MODEL_FILES = {
  tagger: join(PROJECT_ROOT, 'assets', 'name-model.json'),
  spelling: join(PROJECT_ROOT, 'assets', 'spelling-model.json'),
};

export interface NamesResult {
  text: string;
  /** Median milliseconds for every block: glossary alone, and glossary + finder. */
  glossaryMs: number;
  withNamesMs: number;
  /** withNamesMs / glossaryMs. */
  ratio: number;
  /** Arabic text read by the finder per second, in MB (its cost alone: with names less glossary alone). */
  finderMbPerS: number;
  suggested: number;
  /** Both models: bytes as shipped and gzipped, and the time to parse them and build the finder. */
  modelKb: number;
  modelGzipKb: number;
  loadMs: number;
}

export function namesCost(text: BenchText, rounds: number): NamesResult {
  const raw = {
    tagger: readFileSync(MODEL_FILES.tagger, 'utf8'),
    spelling: readFileSync(MODEL_FILES.spelling, 'utf8'),
  };
  const loads: number[] = [];
  let suggester = null as ReturnType<typeof createNameSuggester> | null;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    suggester = createNameSuggester({ tagger: JSON.parse(raw.tagger), spelling: JSON.parse(raw.spelling) });
    loads.push(performance.now() - started);
  }
  const parsed = parseGlossary(readFileSync(join(PROJECT_ROOT, 'assets', 'glossary.json'), 'utf8'));
  if (!parsed.ok || suggester === null) throw new Error('bench: run npm run build first');
  const matcher = createMatcher(parsed.entries);
  const glossaryTimes: number[] = [];
  const namesTimes: number[] = [];
  let suggested = 0;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    for (const block of text.blocks) matcher.match(block);
    glossaryTimes.push(performance.now() - started);
    // A new page each round: the finder's memory and suggestions start empty, as on a page load.
    const page = createPageSuggestions({ entries: parsed.entries, suggester });
    started = performance.now();
    for (const block of text.blocks) page.match(matcher, block);
    namesTimes.push(performance.now() - started);
    suggested = page.entries.length - parsed.entries.length;
  }
  const glossaryMs = median(glossaryTimes);
  const withNamesMs = median(namesTimes);
  const bytes = utf8Bytes(text.text);
  const shipped = Buffer.from(raw.tagger + raw.spelling);
  return {
    text: text.name,
    glossaryMs,
    withNamesMs,
    ratio: withNamesMs / glossaryMs,
    finderMbPerS: bytes / 1e6 / (Math.max(1e-3, withNamesMs - glossaryMs) / 1000),
    suggested,
    modelKb: shipped.length / 1024,
    modelGzipKb: gzipSync(shipped).length / 1024,
    loadMs: median(loads),
  };
}
