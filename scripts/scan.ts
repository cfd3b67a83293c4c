/**
 * `npm run scan -- FILE [--glossary FILE] [--json]`: the matching core on the command line, for checking an
 * article offline and for tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createMatcher } from '../lib/glossary/matcher';
import { parseGlossary } from '../lib/glossary/parse';
import type { GlossaryEntry } from '../lib/glossary/schema';
import { summarizeMatches } from '../lib/glossary/summarize';
import { type Detection, detectPage } from '../lib/page/detect';
import { gatherSignals } from '../lib/page/detect-signals';
import { collectTextBlocks } from '../lib/page/text-blocks';
import { loadHtmlDocument } from './lib/html-document';

const BUNDLED_GLOSSARY = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'glossary.json');
const USAGE = 'usage: npm run scan -- FILE.(txt|html|htm) [--glossary FILE.(json|csv|tsv)] [--json]';

/** A failure the user can act on: printed as one line, without a stack trace. */
class UsageError extends Error {}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new UsageError(`cannot read ${what} ${path}: ${reason}`);
  }
}

function loadGlossary(path: string | undefined): GlossaryEntry[] {
  const file = path ?? BUNDLED_GLOSSARY;
  if (path === undefined) {
    try {
      readFileSync(file);
    } catch {
      throw new UsageError('the bundled glossary is missing: run `npm run glossary` first');
    }
  }
  const parsed = parseGlossary(readText(file, 'glossary'), { name: file });
  if (!parsed.ok) {
    const [first] = parsed.problems;
    const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problems)` : '';
    throw new UsageError(
      `malformed glossary ${file}:${first?.line ?? 0}: ${first?.message ?? 'unreadable'}${more}`,
    );
  }
  return parsed.entries;
}

/** Inline styles that hide an element in a saved page (layout is not available outside a browser). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** The visible text of an HTML page, one block per paragraph, and its detection verdict. */
function readHtml(html: string, path: string): { text: string; detection: Detection } {
  const page = loadHtmlDocument(html, `file://${path}`);
  try {
    const { document } = page;
    const blocks = collectTextBlocks(document.body ?? document.documentElement, {
      skipElement: (element) => HIDDEN_STYLE.test(element.getAttribute('style') ?? ''),
    });
    return {
      // A blank line between blocks keeps a name from running on from one paragraph into the next.
      text: blocks.map((block) => block.text).join('\n\n'),
      detection: detectPage(gatherSignals(document)),
    };
  } finally {
    page.close();
  }
}

function readArticle(path: string): { text: string; detection: Detection } {
  const extension = extname(path).toLowerCase();
  if (extension === '.txt') {
    const text = readText(path, 'file');
    return {
      text,
      detection: detectPage({
        visibleText: text,
        jsonLdTypes: [],
        hasArticleElement: false,
        hasPublishedTime: false,
      }),
    };
  }
  if (extension === '.html' || extension === '.htm') return readHtml(readText(path, 'file'), path);
  throw new UsageError(`cannot scan ${path}: expected a .txt, .html or .htm file`);
}

function printTable(rows: string[][]): void {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    options: { glossary: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [path] = positionals;
  if (path === undefined || positionals.length > 1) throw new UsageError(USAGE);
  const { text, detection } = readArticle(path);
  const entries = loadGlossary(values.glossary);
  const matches = createMatcher(entries).match(text);

  if (values.json) {
    const out = matches.map((match) => {
      const entry = entries[match.entry] as GlossaryEntry;
      return {
        surface: text.slice(match.start, match.end),
        start: match.start,
        end: match.end,
        ar: entry.ar,
        en: entry.en,
        type: entry.type,
        clitics: match.clitics,
        suffix: match.suffix,
        id: entry.id,
        alternatives: match.alternatives.map((index) => (entries[index] as GlossaryEntry).en),
      };
    });
    console.log(JSON.stringify({ detection, matches: out }, null, 1));
    return;
  }

  const summaries = summarizeMatches(matches, { text, entries });
  console.log(`${path}: ${detection.verdict} (${detection.reasons.slice(0, 3).join('; ')})`);
  console.log(`${matches.length} mentions of ${summaries.length} entities\n`);
  printTable([
    ['Arabic as written', 'English', 'type', 'count'],
    ...summaries.map((summary) => [
      summary.surfaces.join('، '),
      summary.entry.en,
      summary.entry.type,
      String(summary.count),
    ]),
  ]);
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`scan: ${(error as Error).message}`);
    process.exit(2);
  }
  console.error(`scan: unexpected error: ${(error as Error).message}`);
  process.exit(1);
}
