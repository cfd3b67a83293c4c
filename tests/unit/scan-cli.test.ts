import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runScan } from '../../scripts/scan';

const run = promisify(execFile);

interface ScanResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the scanner as a user would, in a process of its own. */
async function spawnScan(...args: string[]): Promise<ScanResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as ScanResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Runs the scanner's command in this process, its lines collected as a terminal would show them. */
async function scan(...args: string[]): Promise<ScanResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runScan(args, {
    out: (line) => stdout.push(`${line}\n`),
    err: (line) => stderr.push(`${line}\n`),
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

interface JsonMatch {
  surface: string;
  start: number;
  end: number;
  ar: string;
  en: string;
  type: string;
  clitics: Array<{ ar: string; en: string }>;
  alternatives: string[];
  suggested?: true;
}

const TXT = 'tests/fixtures/articles/short-news.txt';
const HTML = 'tests/fixtures/articles/short-news.html';
/** An article under a menu of links that name places. */
const MENU_PAGE = 'tests/fixtures/articles/news-with-menu.html';

describe('npm run scan', () => {
  it('runs as a command: the table on stdout, exit code 0; a usage error on stderr, exit code 2', async () => {
    const table = await spawnScan(TXT);
    expect(table).toEqual(await scan(TXT));
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Ashton Carter\s+person\s+2/);
    const failed = await spawnScan();
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^scan: usage: /);
  }, 30_000);

  it('prints a table of the entities of a text file', async () => {
    const { code, stdout } = await scan(TXT);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Ashton Carter\s+person\s+2/);
    expect(stdout).toMatch(/Paris\s+place\s+1/);
    expect(stdout).toContain('وسوريا');
  });

  it('prints JSON whose offsets point into the file text', async () => {
    const { code, stdout } = await scan(TXT, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { detection: { verdict: string }; matches: JsonMatch[] };
    const text = readFileSync(TXT, 'utf8');
    expect(out.detection.verdict).toMatch(/^arabic-/);
    expect(out.matches.map((match) => match.surface)).toEqual([
      'وزير الدفاع الأميركي',
      'آشتون كارتر',
      'باريس',
      'كارتر',
      'التحالف',
      'العراق',
      'وسوريا',
      'وليبيا',
    ]);
    for (const match of out.matches) expect(text.slice(match.start, match.end)).toBe(match.surface);
    expect(out.matches[6]).toMatchObject({
      ar: 'سوريا',
      en: 'Syria',
      type: 'place',
      clitics: [{ ar: 'و', en: 'and' }],
    });
  });

  it('scans only the visible text of an HTML page, across inline elements', async () => {
    const { code, stdout } = await scan(HTML, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { detection: { verdict: string }; matches: JsonMatch[] };
    expect(out.detection.verdict).toBe('arabic-news');
    expect(out.matches.map((match) => match.surface)).toEqual([
      'التحالف',
      'بباريس',
      'وزير الدفاع الأميركي',
      'آشتون كارتر',
      'باريس',
      'العراق',
    ]);
  });

  it("reads an HTML page's article, not its menus, unless asked for the whole page", async () => {
    const surfaces = async (...args: string[]) =>
      (
        JSON.parse((await scan(MENU_PAGE, '--json', '--glossary-only', ...args)).stdout) as {
          matches: JsonMatch[];
        }
      ).matches.map((match) => match.surface);
    const article = await surfaces();
    expect(article).toContain('آشتون كارتر');
    expect(article).not.toContain('سوريا');
    expect(await surfaces('--whole-page')).toEqual(expect.arrayContaining(['سوريا', 'لبنان', ...article]));
  });

  it('uses another glossary given as CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-'));
    const glossary = join(dir, 'mine.csv');
    writeFileSync(glossary, 'arabic,english,type\nالعراق,IRAQ (mine),place\n');
    const { code, stdout } = await scan(TXT, '--json', '--glossary', glossary);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { matches: JsonMatch[] };
    const fromGlossary = out.matches.filter((match) => match.suggested === undefined);
    expect(fromGlossary.map((match) => match.en)).toEqual(['IRAQ (mine)']);
    // The people this one-entry glossary lacks are suggested, with an English spelling.
    const suggested = out.matches.filter((match) => match.suggested === true);
    expect(suggested.map((match) => match.surface)).toContain('آشتون كارتر');
    for (const match of suggested) {
      expect(['person', 'organisation']).toContain(match.type);
      expect(match.en).toMatch(/^[A-Z][A-Za-z' -]+$/);
      expect(match.alternatives.length).toBeLessThanOrEqual(2);
    }
    const only = JSON.parse(
      (await scan(TXT, '--json', '--glossary', glossary, '--glossary-only')).stdout,
    ) as {
      matches: JsonMatch[];
    };
    expect(only.matches.map((match) => match.en)).toEqual(['IRAQ (mine)']);
  });

  it.each([
    [['no-such-file.txt'], /^scan: cannot read file no-such-file\.txt: no such file\n$/],
    [['package.json'], /^scan: cannot scan package\.json: expected a \.txt, \.html or \.htm file\n$/],
    [[], /^scan: usage: /],
    [[TXT, '--glossary', 'no-such.csv'], /^scan: cannot read glossary no-such\.csv: no such file\n$/],
    [
      [TXT, '--glossary', 'tests/fixtures/glossaries/malformed.csv'],
      /^scan: malformed glossary .*malformed\.csv:3: unknown type "town"/,
    ],
  ])('fails with one clear line for %j', async (args, message) => {
    const { code, stdout, stderr } = await scan(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('    at ');
  });
});
