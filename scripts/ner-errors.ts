/**
 * `npx tsx scripts/ner-errors.ts`: what goes wrong with places and organisations on ANERcorp's development
 * split (the last tenth of the train split, as `npm run train -- --dev` holds it out), read as a page reads
 * it: gold spans missed, spans found where the gold has none, and spans found with the wrong bounds, each
 * with the glossary entry or the finder's suggestion involved, most frequent first. Never reads the test split.
 *
 * --model FILE   the tagger trained without the dev split (`DEV_MODEL=FILE npx tsx scripts/train-names.ts --dev`);
 *                without it, the glossary alone
 * --train        the first nine tenths instead (for the glossary's errors on more text; a tagger trained on
 *                them would flatter itself there, so only with the glossary alone)
 * --wiki         AQMAR's sentences instead, with the model of `train:names -- --wiki` (trained without them)
 * --kinds        kinds to list (default LOC,ORG)
 * --top N        rows per list (default 40)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Token } from '../lib/arabic/tokenize';
import { checkModelFile, createTagger } from '../lib/names/tagger';
import { ANERCORP_TRAIN, readAnercorp, readAqmar, splitForDev } from './lib/anercorp';
import { PROJECT_ROOT } from './lib/bench-inputs';
import { loadGlossary } from './lib/load-glossary';
import { PAGE_SIZE, readSentences, type ShownSpan } from './lib/ner-eval';
import type { Span } from './lib/span-scores';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    train: { type: 'boolean', default: false },
    wiki: { type: 'boolean', default: false },
    kinds: { type: 'string', default: 'LOC,ORG' },
    top: { type: 'string', default: '40' },
  },
});
if (values.train && values.model !== undefined) {
  console.error('--train lists the glossary alone: the tagger was trained on those sentences');
  process.exit(2);
}
const kinds = new Set(values.kinds.split(','));
const top = Number(values.top);

const split = splitForDev(readAnercorp(join(PROJECT_ROOT, ANERCORP_TRAIN)));
const sentences = values.wiki ? readAqmar(PROJECT_ROOT) : values.train ? split.train : split.dev;
const glossary = loadGlossary();
const tagger =
  values.model === undefined
    ? null
    : createTagger(checkModelFile(JSON.parse(readFileSync(values.model, 'utf8'))));

type Tally = Map<string, { count: number; example: string }>;
const lists = new Map<string, Tally>();
function note(list: string, key: string, example: string): void {
  const tally = lists.get(list) ?? new Map();
  const row = tally.get(key) ?? { count: 0, example };
  row.count++;
  tally.set(key, row);
  lists.set(list, tally);
}

let text = '';
const words = (tokens: readonly Token[], span: { from: number; to: number }) =>
  span.to <= span.from
    ? ''
    : text.slice((tokens[span.from] as Token).start, (tokens[span.to - 1] as Token).end);
/** The span with a word either side, the span in brackets. */
function inContext(tokens: readonly Token[], span: { from: number; to: number }): string {
  const before = words(tokens, { from: Math.max(0, span.from - 2), to: span.from });
  const after = words(tokens, { from: span.to, to: Math.min(tokens.length, span.to + 2) });
  return `${before} [${words(tokens, span)}] ${after}`.trim();
}
function origin(span: ShownSpan): string {
  const { entry } = span;
  const from = entry.suggestion !== undefined ? 'finder' : (entry.source ?? 'glossary');
  return `${entry.ar} = ${entry.en || '?'} (${entry.type}, ${from})`;
}
const overlaps = (a: Span, b: Span) => a.from < b.to && b.from < a.to;
const same = (a: Span, b: Span) => a.from === b.from && a.to === b.to;

for (const sentence of readSentences({ sentences, ...glossary, tagger, pageSize: PAGE_SIZE })) {
  const { tokens, gold, found } = sentence;
  text = sentence.text;
  for (const g of gold) {
    if (!kinds.has(g.kind) || found.some((f) => f.kind === g.kind && same(f, g))) continue;
    const near = found.filter((f) => overlaps(f, g));
    const name = words(tokens, g);
    if (near.length === 0) note(`${g.kind} missed (nothing found)`, name, inContext(tokens, g));
    for (const f of near) {
      const list =
        f.kind === g.kind
          ? `${g.kind} partial (found ${f.to - f.from < g.to - g.from ? 'shorter' : f.from === g.from || f.to === g.to ? 'longer' : 'shifted'})`
          : `${g.kind} found as ${f.kind}`;
      note(list, `${name} ← ${words(tokens, f)}: ${origin(f)}`, inContext(tokens, g));
    }
  }
  for (const f of found) {
    if (!kinds.has(f.kind) || gold.some((g) => overlaps(f, g))) continue;
    note(`${f.kind} spurious (gold O)`, `${words(tokens, f)}: ${origin(f)}`, inContext(tokens, f));
  }
}

console.log(
  `${values.wiki ? 'AQMAR' : values.train ? 'train split' : 'dev split'}, ${sentences.length} sentences, ` +
    `${tagger === null ? 'the bundled glossary alone' : 'glossary + name finder'}`,
);
for (const [list, tally] of [...lists].sort(([a], [b]) => a.localeCompare(b))) {
  const rows = [...tally].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  const total = rows.reduce((sum, [, row]) => sum + row.count, 0);
  console.log(`\n== ${list}: ${total} (${rows.length} distinct)`);
  for (const [key, row] of rows.slice(0, top)) console.log(`  ${row.count}× ${key}    «${row.example}»`);
}
