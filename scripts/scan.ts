/**
 * `npm run scan -- FILE [--glossary FILE] [--json]`: the matching core on the command line, for checking an
 * article offline and for tests. `runScan` is the whole command, so tests can run it in-process.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMatcher } from '../lib/glossary/matcher';
import { parseGlossary } from '../lib/glossary/parse';
import type { GlossaryEntry } from '../lib/glossary/schema';
import { summarizeMatches } from '../lib/glossary/summarize';
import { englishProblem } from '../lib/i18n/say-problem';
import type { Detection } from '../lib/messages/protocol';
import { createPageSuggestions } from '../lib/names/page-suggestions';
import { gatherSignals } from '../lib/page/detect-signals';
import { detectPage } from '../lib/page/news-evidence';
import { withTextNews } from '../lib/page/news-text';
import { englishReasons } from '../lib/page/say-reason';
import { articleBlockTexts, loadHtmlDocument, visibleBlockTexts } from './lib/html-document';
import { loadNameSuggester } from './lib/load-names';
import { entitiesTable } from './lib/text-table';

const BUNDLED_GLOSSARY = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'glossary.json');
const USAGE =
  'usage: npm run scan -- FILE.(txt|html|htm) [--glossary FILE.(json|csv|tsv)] [--json] [--glossary-only] [--whole-page]';

/** Where the command writes: one call per line of output, as `console.log` would print it. */
export interface ScanIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

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
      `malformed glossary ${file}:${first?.line ?? 0}: ${first === undefined ? 'unreadable' : englishProblem(first)}${more}`,
    );
  }
  return parsed.entries;
}

/**
 * The visible text of an HTML page's article (or of the whole page), one block per paragraph, and the
 * page's detection verdict, which reads the whole page as the page reader does.
 */
async function readHtml(
  html: string,
  options: { path: string; wholePage: boolean },
): Promise<{ text: string; detection: Detection }> {
  const page = loadHtmlDocument(html, `file://${options.path}`);
  try {
    const { document } = page;
    const blocks = visibleBlockTexts(document);
    const read = options.wholePage ? blocks : await articleBlockTexts(document);
    return {
      // A blank line between blocks keeps a name from running on from one paragraph into the next.
      text: read.join('\n\n'),
      detection: withTextNews(detectPage(gatherSignals(document)), blocks),
    };
  } finally {
    await page.close();
  }
}

async function readArticle(
  path: string,
  wholePage: boolean,
): Promise<{ text: string; detection: Detection }> {
  const extension = extname(path).toLowerCase();
  if (extension === '.txt') {
    const text = readText(path, 'file');
    const signals = { visibleText: text, jsonLdTypes: [], hasArticleElement: false, hasPublishedTime: false };
    return { text, detection: withTextNews(detectPage(signals), text.split(/\n\s*\n/)) };
  }
  if (extension === '.html' || extension === '.htm')
    return readHtml(readText(path, 'file'), { path, wholePage });
  throw new UsageError(`cannot scan ${path}: expected a .txt, .html or .htm file`);
}

async function scan(argv: string[], out: ScanIo['out']): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      glossary: { type: 'string' },
      json: { type: 'boolean', default: false },
      'glossary-only': { type: 'boolean', default: false },
      'whole-page': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [path] = positionals;
  if (path === undefined || positionals.length > 1) throw new UsageError(USAGE);
  const { text, detection } = await readArticle(path, values['whole-page']);
  const glossary = loadGlossary(values.glossary);
  const matcher = createMatcher(glossary);
  const suggester = values['glossary-only'] ? null : loadNameSuggester();
  if (suggester === null && !values['glossary-only']) {
    throw new UsageError('the name models are missing: run `npm run train` first (or pass --glossary-only)');
  }
  // Names the glossary lacks are added as suggestions, as the page reader adds them.
  const page = suggester === null ? null : createPageSuggestions({ entries: glossary, suggester });
  const entries = page?.entries ?? glossary;
  const matches = page === null ? matcher.match(text) : page.match(matcher, text);

  if (values.json) {
    const jsonMatches = matches.map((match) => {
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
        alternatives:
          entry.suggestion?.alternatives ??
          match.alternatives.map((index) => (entries[index] as GlossaryEntry).en),
        ...(entry.suggestion === undefined ? {} : { suggested: true }),
      };
    });
    // In English, as the table's line says them: the codes are the extension's own business.
    const reasons = englishReasons(detection.reasons);
    out(JSON.stringify({ detection: { ...detection, reasons }, matches: jsonMatches }, null, 1));
    return;
  }

  const summaries = summarizeMatches(matches, { text, entries });
  out(`${path}: ${detection.verdict} (${englishReasons(detection.reasons.slice(0, 3)).join('; ')})`);
  out(`${matches.length} mentions of ${summaries.length} entities\n`);
  for (const line of entitiesTable(summaries)) out(line);
}

/** Runs the command with `argv` (the arguments after the script) and returns its exit code. */
export async function runScan(argv: string[], io: ScanIo): Promise<number> {
  try {
    await scan(argv, io.out);
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      io.err(`scan: ${(error as Error).message}`);
      return 2;
    }
    io.err(`scan: unexpected error: ${(error as Error).message}`);
    return 1;
  }
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  runScan(process.argv.slice(2), { out: console.log, err: console.error }).then((code) => {
    process.exitCode = code;
  });
}
