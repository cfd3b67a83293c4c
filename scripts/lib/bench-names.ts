/**
 * What the name finder costs: the page reader's matching with suggestions against the glossary alone on
 * the same blocks (a ratio, side by side in one process), the finder's own throughput, and its models' size
 * and load time.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createNameSuggester } from '../../lib/names/name-suggester';
import { createPageSuggestions } from '../../lib/names/page-suggestions';
import { type BenchText, utf8Bytes } from './bench-inputs';
import { median } from './bench-node';
import { loadGlossary } from './load-glossary';
import { NAME_MODEL_FILES } from './load-names';

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
    tagger: readFileSync(NAME_MODEL_FILES.tagger, 'utf8'),
    spelling: readFileSync(NAME_MODEL_FILES.spelling, 'utf8'),
  };
  const loads: number[] = [];
  let suggester = null as ReturnType<typeof createNameSuggester> | null;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    suggester = createNameSuggester({ tagger: JSON.parse(raw.tagger), spelling: JSON.parse(raw.spelling) });
    loads.push(performance.now() - started);
  }
  if (suggester === null) throw new Error('bench: no rounds');
  const { entries, matcher } = loadGlossary();
  const glossaryTimes: number[] = [];
  const namesTimes: number[] = [];
  let suggested = 0;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    for (const block of text.blocks) matcher.match(block);
    glossaryTimes.push(performance.now() - started);
    // A new page each round: the finder's memory and suggestions start empty, as on a page load.
    const page = createPageSuggestions({ entries: entries, suggester });
    started = performance.now();
    for (const block of text.blocks) page.match(matcher, block);
    namesTimes.push(performance.now() - started);
    suggested = page.entries.length - entries.length;
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
