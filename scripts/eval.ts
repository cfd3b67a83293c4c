// Evaluates Dalil against the shared corpus (../shared from the project root). One function per section;
// each prints its own figures. Run with `npm run eval`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Detection, detectPage, type PageVerdict } from '../lib/page/detect';
import { gatherSignals } from '../lib/page/detect-signals';
import { loadHtmlDocument } from './lib/html-document';

const VERDICTS: readonly PageVerdict[] = [
  'arabic-news',
  'arabic-other',
  'persian',
  'urdu',
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
    const detection = detectPage(gatherSignals(loaded.document));
    return { ...row, expected: EXPECTED_VERDICT[row.label], detection };
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
    const reasons = r.detection.reasons.slice(0, TOP_REASONS).join('; ');
    console.log(
      `${mark} ${pad(r.file, fileWidth)}  ${pad(r.label, 15)} → ${pad(r.detection.verdict, 12)} ` +
        `score ${String(r.detection.score).padStart(2)}  ${reasons}`,
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

async function main(): Promise<void> {
  const sharedDir = resolve(process.cwd(), '..', 'shared');
  await evaluateDetection(sharedDir);
}

main().catch((error: unknown) => {
  console.error('eval failed:', error);
  process.exitCode = 1;
});
