// Evaluates Dalil against the shared corpus (../shared from the project root). One function per section;
// each prints its own figures. Run with `npm run eval`; `npm run eval -- --pages` reads only the corpus's
// saved pages, never a test split, for checking a change to the reader on real pages while working on it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tokenize } from '../lib/arabic/tokenize';
import { CONTEXT_RULES, readInContext } from '../lib/glossary/context-readings';
import { type Matcher, opensWithDateline } from '../lib/glossary/matcher';
import type { GlossaryEntry } from '../lib/glossary/schema';
import type { Detection, PageVerdict } from '../lib/messages/protocol';
import { createPageSuggestions } from '../lib/names/page-suggestions';
import { gatherSignals } from '../lib/page/detect-signals';
import { detectPage } from '../lib/page/news-evidence';
import { withTextNews } from '../lib/page/news-text';
import { englishReasons } from '../lib/page/say-reason';
import { titleRulesOutArabic } from '../lib/page/title-check';
import { corpusTokensIn, mentionsOf, readAnercorp } from './lib/anercorp';
import { articleFocus } from './lib/article-eval';
import { evaluateSpelling, printSpellingScores } from './lib/eval-spelling';
import {
  loadHtmlDocument,
  visibleArticleBlocks,
  visibleBlocks,
  visibleBlockTexts,
} from './lib/html-document';
import { BUNDLED_GLOSSARY_FILE, loadGlossary } from './lib/load-glossary';
import { loadNameSuggester } from './lib/load-names';
import { evaluateNer, PAGE_SIZE } from './lib/ner-eval';
import { printSpanFigures } from './lib/span-scores';

const VERDICTS: readonly PageVerdict[] = [
  'arabic-news',
  'arabic-other',
  'persian',
  'urdu',
  'sindhi',
  'pashto',
  'kurdish',
  'uyghur',
  'hebrew',
  'not-arabic',
];

/** The verdict each corpus label should get (labels are documented in the corpus README). */
const EXPECTED_VERDICT: Readonly<Record<string, PageVerdict>> = {
  'ar-news': 'arabic-news',
  'ar-other': 'arabic-other',
  'fa-news': 'persian',
  'fa-other': 'persian',
  'he-news': 'hebrew',
  'non-ar-news': 'not-arabic',
  'other-synthetic': 'not-arabic',
};

const TOP_REASONS = 4;

interface ManifestRow {
  file: string;
  label: string;
}

interface PageResult extends ManifestRow {
  expected: PageVerdict | undefined;
  detection: Detection;
  /** Detection from the page's visible text alone, its URL and metadata left out (lib/arabic/news-cues.ts). */
  fromText: Detection;
  /** The boot script would stop at this page's title, before the reader (and detection) loads. */
  bootStops: boolean;
}

function readManifest(pagesDir: string): ManifestRow[] {
  const [header, ...lines] = readFileSync(join(pagesDir, 'MANIFEST.tsv'), 'utf8').split(/\r?\n/);
  const columns = (header ?? '').split('\t');
  const fileColumn = columns.indexOf('file');
  const labelColumn = columns.indexOf('label');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'))
    .map((cells) => ({ file: cells[fileColumn] ?? '', label: cells[labelColumn] ?? '' }));
}

async function detectFile(pagesDir: string, row: ManifestRow): Promise<PageResult> {
  const html = readFileSync(join(pagesDir, row.file), 'utf8');
  // Saved pages have no address of their own; gatherSignals falls back on their canonical link.
  const loaded = loadHtmlDocument(html, 'about:blank');
  try {
    const { document } = loaded;
    const signals = gatherSignals(document);
    const blocks = visibleBlockTexts(document);
    const detection = withTextNews(detectPage(signals), blocks);
    const bare = {
      visibleText: signals.visibleText,
      jsonLdTypes: [],
      hasArticleElement: false,
      hasPublishedTime: false,
    };
    const fromText = withTextNews(detectPage(bare), blocks);
    const bootStops = titleRulesOutArabic(document.title, document.documentElement.getAttribute('dir') ?? '');
    return { ...row, expected: EXPECTED_VERDICT[row.label], detection, fromText, bootStops };
  } finally {
    await loaded.close();
  }
}

const pad = (text: string, width: number): string => text.padEnd(width);
const ratio = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${part}/${whole} = ${((100 * part) / whole).toFixed(1)}%`;

function printPageLines(results: readonly PageResult[]): void {
  const fileWidth = Math.max(...results.map((r) => r.file.length));
  for (const r of results) {
    const mark = r.detection.verdict === r.expected ? 'ok ' : 'BAD';
    const reasons = englishReasons(r.detection.reasons.slice(0, TOP_REASONS)).join('; ');
    console.log(
      `${mark} ${pad(r.file, fileWidth)}  ${pad(r.label, 15)} → ${pad(r.bootStops ? 'boot stops' : 'reader', 10)} ` +
        `${pad(r.detection.verdict, 12)} score ${String(r.detection.score).padStart(2)}  ${reasons}`,
    );
  }
}

function printConfusion(results: readonly PageResult[]): void {
  const labels = [...new Set([...Object.keys(EXPECTED_VERDICT), ...results.map((r) => r.label)])].filter(
    (label) => results.some((r) => r.label === label),
  );
  const labelWidth = Math.max('gold \\ verdict'.length, ...labels.map((l) => l.length));
  const cellWidth = Math.max(...VERDICTS.map((v) => v.length)) + 1;
  console.log(
    `\n${pad('gold \\ verdict', labelWidth)}${VERDICTS.map((v) => v.padStart(cellWidth)).join('')}`,
  );
  for (const label of labels) {
    const cells = VERDICTS.map((verdict) => {
      const n = results.filter((r) => r.label === label && r.detection.verdict === verdict).length;
      const expected = EXPECTED_VERDICT[label] === verdict;
      return (n === 0 ? '.' : expected ? `${n}` : `${n}!`).padStart(cellWidth);
    });
    console.log(`${pad(label, labelWidth)}${cells.join('')}`);
  }
  console.log('(expected cells plain; "!" marks a wrong verdict)');
}

function printFigures(results: readonly PageResult[]): void {
  const correct = results.filter((r) => r.detection.verdict === r.expected).length;
  const isArabicGold = (r: PageResult): boolean =>
    r.expected === 'arabic-news' || r.expected === 'arabic-other';
  const arabicAgree = results.filter((r) => r.detection.isArabic === isArabicGold(r)).length;
  const predictedNews = results.filter((r) => r.detection.verdict === 'arabic-news');
  const goldNews = results.filter((r) => r.expected === 'arabic-news');
  const truePositives = predictedNews.filter((r) => r.expected === 'arabic-news').length;
  console.log(`\nverdict accuracy:            ${ratio(correct, results.length)}`);
  console.log(`Arabic vs not (isArabic):    ${ratio(arabicAgree, results.length)}`);
  console.log(`arabic-news precision:       ${ratio(truePositives, predictedNews.length)}`);
  console.log(`arabic-news recall:          ${ratio(truePositives, goldNews.length)}`);
  // The same pages with no URL and no metadata, as a page saved bare: what the text's news cues decide alone.
  const arabicGold = results.filter(isArabicGold);
  const textRight = arabicGold.filter((r) => r.fromText.verdict === r.expected);
  console.log(
    `from the text alone:         ${ratio(textRight.length, arabicGold.length)} Arabic pages right`,
  );
  for (const r of arabicGold) {
    const mark = r.fromText.verdict === r.expected ? 'ok ' : 'BAD';
    const cues = englishReasons(r.fromText.reasons.filter((reason) => reason.code === 'news-cue')).join('; ');
    console.log(
      `  ${mark} ${pad(r.file, 40)} text ${String(r.fromText.textScore ?? 0).padStart(2)}  ${cues}`,
    );
  }
  // The boot script's title check comes first: it must never stop on a page detection calls Arabic.
  const stops = results.filter((r) => r.bootStops);
  const arabicStopped = results.filter((r) => isArabicGold(r) && r.bootStops).length;
  console.log(
    `boot stops at the title:     ${stops.length} pages (${stops.map((r) => r.label).join(', ') || 'none'})`,
  );
  console.log(`Arabic pages it stops on:    ${ratio(arabicStopped, results.filter(isArabicGold).length)}`);
}

async function evaluateDetection(sharedDir: string): Promise<void> {
  const pagesDir = join(sharedDir, 'corpus', 'pages');
  if (!existsSync(join(pagesDir, 'MANIFEST.tsv'))) {
    console.log(`page corpus not found at ${pagesDir}; skipping page detection`);
    return;
  }
  console.log('== Page detection');
  const results: PageResult[] = [];
  for (const row of readManifest(pagesDir)) results.push(await detectFile(pagesDir, row));
  printPageLines(results);
  printConfusion(results);
  printFigures(results);
}

// ---------------------------------------------------------------------------------------------------------
// Entities: what the bundled glossary finds on the Arabic news pages (listed for a person to check), and how
// it does on the place names of the ANERcorp test split.

interface Glossary {
  entries: GlossaryEntry[];
  matcher: Matcher;
}

function loadBundledGlossary(): Glossary | null {
  const path = BUNDLED_GLOSSARY_FILE;
  if (!existsSync(path)) {
    console.log(`${path} not found (run npm run glossary); skipping entities`);
    return null;
  }
  return loadGlossary(path);
}

function pageBlocks(pagesDir: string, file: string): Promise<string[]> {
  return visibleBlocks(readFileSync(join(pagesDir, file), 'utf8'));
}

interface FoundEntity {
  entry: GlossaryEntry;
  alternatives: Set<string>;
  surfaces: Map<string, number>;
  count: number;
}

function describeEntity(found: FoundEntity): string {
  const { entry } = found;
  const surfaces = [...found.surfaces]
    .map(([surface, n]) => (n > 1 ? `${surface} ×${n}` : surface))
    .join('، ');
  const flags = [entry.contextual ? 'contextual' : '', found.alternatives.size > 0 ? 'ambiguous' : '']
    .filter((flag) => flag !== '')
    .join(', ');
  const also = found.alternatives.size > 0 ? ` / also ${[...found.alternatives].join('; ')}` : '';
  return `${entry.en} (${entry.type}${flags === '' ? '' : `; ${flags}`})${also}  ←  ${surfaces}`;
}

async function evaluatePageEntities(pagesDir: string, glossary: Glossary): Promise<void> {
  if (!existsSync(join(pagesDir, 'MANIFEST.tsv'))) return;
  console.log(
    '\n== Entities on the Arabic news pages (every distinct entity, for a hand check of wrong readings)',
  );
  const totals = { pages: 0, distinct: 0, mentions: 0 };
  const byType = new Map<string, number>();
  for (const row of readManifest(pagesDir).filter((r) => r.label === 'ar-news')) {
    const found = new Map<string, FoundEntity>();
    for (const text of await pageBlocks(pagesDir, row.file)) {
      for (const match of glossary.matcher.match(text)) {
        const entry = glossary.entries[match.entry] as GlossaryEntry;
        const item = found.get(entry.id) ?? { entry, alternatives: new Set(), surfaces: new Map(), count: 0 };
        const surface = text.slice(match.start, match.end);
        item.surfaces.set(surface, (item.surfaces.get(surface) ?? 0) + 1);
        for (const alt of match.alternatives) item.alternatives.add(glossary.entries[alt]?.en ?? '');
        item.count++;
        found.set(entry.id, item);
      }
    }
    const mentions = [...found.values()].reduce((sum, item) => sum + item.count, 0);
    console.log(`\n${row.file}: ${found.size} distinct entities, ${mentions} mentions`);
    const sorted = [...found.values()].sort(
      (a, b) => a.entry.type.localeCompare(b.entry.type) || b.count - a.count,
    );
    for (const item of sorted) {
      console.log(`  ${describeEntity(item)}`);
      byType.set(item.entry.type, (byType.get(item.entry.type) ?? 0) + 1);
    }
    totals.pages++;
    totals.distinct += found.size;
    totals.mentions += mentions;
  }
  console.log(
    `\n${totals.pages} pages: ${totals.distinct} distinct entities per page summed (${totals.mentions} mentions); ` +
      `by type: ${[...byType].map(([type, n]) => `${type} ${n}`).join(', ')}`,
  );
}

/**
 * Readings from context (lib/glossary/context-readings.ts) on the Arabic news pages: what each rule did, and
 * how many matches still show two readings.
 */
async function evaluateContextReadings(pagesDir: string, glossary: Glossary): Promise<void> {
  if (!existsSync(join(pagesDir, 'MANIFEST.tsv'))) return;
  const byRule = new Map<string, string[]>();
  let ambiguous = 0;
  let matches = 0;
  for (const row of readManifest(pagesDir).filter((r) => r.label === 'ar-news')) {
    for (const text of await pageBlocks(pagesDir, row.file)) {
      const tokens = tokenize(text);
      const read = readInContext(glossary.matcher.matchTokens(tokens, opensWithDateline(text)), {
        text,
        tokens,
        entries: glossary.entries,
        onRule: (rule, match) => {
          byRule.set(rule, [...(byRule.get(rule) ?? []), text.slice(match.start, match.end)]);
        },
      });
      matches += read.length;
      ambiguous += read.filter((match) => match.alternatives.length > 0).length;
    }
  }
  console.log('\n== Readings from context on the Arabic news pages (lib/glossary/context-readings.ts)');
  for (const rule of CONTEXT_RULES) {
    const surfaces = byRule.get(rule) ?? [];
    console.log(`  ${rule.padEnd(10)} ${String(surfaces.length).padStart(3)}  ${surfaces.join('، ')}`);
  }
  console.log(`  still two readings (both shown): ${ambiguous} of ${matches} matches`);
}

/**
 * The article first (lib/page/main-content.ts): on each Arabic news page, the highlights inside the article
 * the reader finds against the whole page's, the share of them in the article body (the corpus's gold
 * extraction where it has one, else Readability's), the entities left out, and the body's entities lost.
 */
async function evaluateArticleFocus(pagesDir: string, glossary: Glossary): Promise<void> {
  if (!existsSync(join(pagesDir, 'MANIFEST.tsv'))) return;
  console.log('\n== The article first: highlights inside the article the reader finds (glossary matches)');
  console.log(
    `${pad('page', 36)} ${'page'.padStart(5)} ${'article'.padStart(8)}  in the body   dropped  lost`,
  );
  let worst = 100;
  let lostTotal = 0;
  for (const row of readManifest(pagesDir).filter((r) => r.label === 'ar-news')) {
    const goldFile = join(pagesDir, 'gold', row.file.replace(/\.html$/, '.expected.json'));
    const focus = await articleFocus(
      readFileSync(join(pagesDir, row.file), 'utf8'),
      glossary,
      goldBlocks(goldFile),
    );
    if (focus === null) continue;
    const share = focus.inArticle === 0 ? 100 : (100 * focus.inReference) / focus.inArticle;
    worst = Math.min(worst, share);
    lostTotal += focus.lost.length;
    const reference = existsSync(goldFile) ? 'gold' : 'Readability';
    console.log(
      `${pad(row.file.replace(/\.html$/, ''), 36)} ${String(focus.wholePage).padStart(5)} ${String(focus.inArticle).padStart(8)}  ` +
        `${`${share.toFixed(0)}% (${reference})`.padEnd(18)} ${String(focus.dropped.length).padStart(3)}  ` +
        `${focus.lost.length === 0 ? 'none' : focus.lost.join('، ')}${focus.wholePageWhy ? `  (whole page: ${focus.wholePageWhy})` : ''}`,
    );
  }
  console.log(`worst share inside the body: ${worst.toFixed(0)}%; body entities lost: ${lostTotal}`);
}

/** The title and paragraphs of a fundus expected extraction, when the corpus has one for the page. */
function goldBlocks(path: string): string[] | undefined {
  if (!existsSync(path)) return undefined;
  const gold = JSON.parse(readFileSync(path, 'utf8')) as {
    V1?: { title?: string; body?: { sections?: { paragraphs?: string[] }[] } };
  };
  const paragraphs = gold.V1?.body?.sections?.flatMap((section) => section.paragraphs ?? []) ?? [];
  return [gold.V1?.title ?? '', ...paragraphs];
}

function evaluateAnercorp(sharedDir: string, glossary: Glossary): void {
  const path = join(sharedDir, 'corpus', 'ner', 'anercorp_camellab', 'ANERCorp_CamelLab_test.txt');
  if (!existsSync(path)) {
    console.log(`ANERcorp not found at ${path}; skipping`);
    return;
  }
  console.log('\n== Places of the ANERcorp test split (CAMeL Lab split)');
  const { entries, matcher } = glossary;
  let mentions = 0;
  let inGlossary = 0;
  let found = 0;
  const missed = new Map<string, number>();
  const onO = new Map<string, { count: number; type: string }>();
  const onOByType = new Map<string, number>();
  let matchesTotal = 0;
  let matchesOnO = 0;
  for (const sentence of readAnercorp(path)) {
    const matches = matcher.match(sentence.text);
    matchesTotal += matches.length;
    for (const match of matches) {
      const covered = corpusTokensIn(sentence, match.start, match.end);
      if (!covered.every((i) => sentence.tokens[i]?.tag === 'O')) continue;
      matchesOnO++;
      const entry = entries[match.entry] as GlossaryEntry;
      onOByType.set(entry.type, (onOByType.get(entry.type) ?? 0) + 1);
      const key = `${sentence.text.slice(match.start, match.end)} → ${entry.en}`;
      onO.set(key, { count: (onO.get(key)?.count ?? 0) + 1, type: entry.type });
    }
    for (const [from, to] of mentionsOf(sentence, 'LOC')) {
      mentions++;
      const name = sentence.tokens
        .slice(from, to)
        .map((token) => token.word)
        .join(' ');
      const known = matcher.lookup(name).flatMap((m) => [m.entry, ...m.alternatives]);
      if (known.length === 0) continue;
      inGlossary++;
      // Found: a match on the mention with its entry among the readings, or a longer place name around it
      // (غزة inside قطاع غزة is found as the Gaza Strip).
      const hit = matches.some((match) => {
        const covered = corpusTokensIn(sentence, match.start, match.end);
        if (!covered.some((i) => i >= from && i < to)) return false;
        const readings = [match.entry, ...match.alternatives];
        const around = covered.length > to - from && entries[match.entry]?.type === 'place';
        return around || readings.some((index) => known.includes(index));
      });
      if (hit) found++;
      else missed.set(name, (missed.get(name) ?? 0) + 1);
    }
  }
  console.log(`LOC mentions:                          ${mentions}`);
  console.log(`  whose name is in the glossary:       ${ratio(inGlossary, mentions)}`);
  console.log(`  of those, found in running text:     ${ratio(found, inGlossary)}`);
  console.log(`matches in all:                        ${matchesTotal}`);
  console.log(`  on words tagged O:                   ${ratio(matchesOnO, matchesTotal)}`);
  console.log(`    by type: ${[...onOByType].map(([type, n]) => `${type} ${n}`).join(', ')}`);
  const sortedMissed = [...missed].sort((a, b) => b[1] - a[1]);
  console.log(`missed LOC names (in the glossary, not found in context): ${sortedMissed.length} distinct`);
  console.log(`  ${sortedMissed.map(([name, n]) => `${name} ×${n}`).join('، ')}`);
  console.log('place matches on words tagged O (each to check by hand):');
  const places = [...onO].filter(([, v]) => v.type === 'place').sort((a, b) => b[1].count - a[1].count);
  for (const [key, { count }] of places) console.log(`  ${key} ×${count}`);
  const others = [...onO].filter(([, v]) => v.type !== 'place').sort((a, b) => b[1].count - a[1].count);
  console.log('other matches on words tagged O (nationalities, titles, terms are not tagged in ANERcorp):');
  console.log(`  ${others.map(([key, { count }]) => `${key} ×${count}`).join('; ')}`);
}

/**
 * The names the finder suggests on the Arabic news pages (those the glossary lacks), with their English
 * spelling, listed for a person to check; the finder reads the page block by block as the page reader does.
 */
async function evaluatePageSuggestions(pagesDir: string, glossary: Glossary): Promise<void> {
  const suggester = loadNameSuggester();
  if (suggester === null || !existsSync(join(pagesDir, 'MANIFEST.tsv'))) {
    console.log('\nname models missing (run npm run train); skipping suggestions');
    return;
  }
  console.log(
    '\n== Names suggested in the articles of the Arabic news pages (as the reader finds them; not in the glossary; each to check by hand)',
  );
  let total = 0;
  for (const row of readManifest(pagesDir).filter((r) => r.label === 'ar-news')) {
    const page = createPageSuggestions({ entries: glossary.entries, suggester });
    const mentions = new Map<number, string[]>();
    for (const text of await visibleArticleBlocks(readFileSync(join(pagesDir, row.file), 'utf8'))) {
      for (const match of page.match(glossary.matcher, text)) {
        if (page.entries[match.entry]?.suggestion === undefined) continue;
        mentions.set(match.entry, [...(mentions.get(match.entry) ?? []), text.slice(match.start, match.end)]);
      }
    }
    console.log(`\n${row.file}: ${mentions.size} suggested names`);
    for (const [index, surfaces] of mentions) {
      const entry = page.entries[index] as GlossaryEntry;
      const also = entry.suggestion?.alternatives.length
        ? ` (or ${entry.suggestion.alternatives.join(', ')})`
        : '';
      console.log(
        `  ${entry.type.padEnd(12)} ${entry.en}${also}  ←  ${[...new Set(surfaces)].join('، ')} ×${surfaces.length}`,
      );
    }
    total += mentions.size;
  }
  console.log(`\n${total} suggested names on the Arabic news pages`);
}

/**
 * People, places and organisations of the ANERcorp test split, exact spans: the bundled glossary alone, and
 * with the name finder's suggestions. The tagger never saw this split (it is trained on the train split).
 */
function evaluateNames(sharedDir: string, glossary: Glossary): void {
  const path = join(sharedDir, 'corpus', 'ner', 'anercorp_camellab', 'ANERCorp_CamelLab_test.txt');
  const suggester = loadNameSuggester();
  if (!existsSync(path) || suggester === null) {
    console.log('ANERcorp test split or the name models missing (run npm run train); skipping names');
    return;
  }
  const sentences = readAnercorp(path);
  const { tagger } = suggester;
  console.log(
    `\n== People, places, organisations of the ANERcorp test split (${sentences.length} sentences, ` +
      `exact spans over Dalil's tokens; ${PAGE_SIZE} consecutive sentences stand for a page)`,
  );
  const options = { sentences, ...glossary, pageSize: PAGE_SIZE };
  printSpanFigures('bundled glossary alone', evaluateNer({ ...options, tagger: null }));
  printSpanFigures('bundled glossary + name finder', evaluateNer({ ...options, tagger }));
}

async function evaluateEntities(sharedDir: string, pagesOnly: boolean): Promise<void> {
  const glossary = loadBundledGlossary();
  if (glossary === null) return;
  console.log(`\n== Entities (bundled glossary: ${glossary.entries.length} entries)`);
  await evaluatePageEntities(join(sharedDir, 'corpus', 'pages'), glossary);
  await evaluateArticleFocus(join(sharedDir, 'corpus', 'pages'), glossary);
  await evaluateContextReadings(join(sharedDir, 'corpus', 'pages'), glossary);
  await evaluatePageSuggestions(join(sharedDir, 'corpus', 'pages'), glossary);
  if (pagesOnly) return;
  evaluateAnercorp(sharedDir, glossary);
  evaluateNames(sharedDir, glossary);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { pages: { type: 'boolean', default: false } } });
  const sharedDir = resolve(process.cwd(), '..', 'shared');
  await evaluateDetection(sharedDir);
  await evaluateEntities(sharedDir, values.pages);
  if (values.pages) return;
  console.log('\n== English spelling of names (dev splits, and the test splits of ../shared/corpus/names)');
  printSpellingScores(evaluateSpelling(sharedDir));
}

main().catch((error: unknown) => {
  console.error('eval failed:', error);
  process.exitCode = 1;
});
