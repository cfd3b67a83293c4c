/**
 * What an import would do, before anything is written: which entries it adds, which it changes, which
 * rows it rejects (with the line and the reason) and what a "replace" removes.
 *
 * `parseGlossary` takes a file whole or not at all. The preview reads it row by row instead: the rows with
 * problems are set aside and the rest validated again, so the user sees every rejected row and may choose,
 * explicitly, to import the valid rows only. Problems with the file as a whole (not the format, an
 * unreadable header, too large) leave nothing to import.
 */

import { countDelimitedRows } from './delimited';
import { ENTRY_FIELDS, type EntryField, entryLimitProblem } from './entry-fields';
import {
  type ImportMode,
  type ImportPlan,
  type ImportRow,
  KEEPABLE_FIELDS,
  MAX_IMPORT_ENTRIES,
  planImport,
} from './import-plan';
import { formatOf, type GlossaryFormat, readGlossaryFile } from './parse';
import type { GlossaryProblem } from './problems';
import type { GlossaryEntry, OwnedEntry } from './schema';
import { validateEntries } from './validate';

/** A file larger than this is refused before it is read: 20,000 entries with long notes fit well inside. */
export const MAX_IMPORT_CHARS = 20_000_000;

function tooMany(count: number, unit: 'rows' | 'entries'): GlossaryProblem {
  return { line: 0, code: 'too-many', count, unit, max: MAX_IMPORT_ENTRIES };
}

export interface ReadRows {
  format: GlossaryFormat | null;
  /** Problems with the file as a whole: when set, nothing in it can be imported. */
  fatal: GlossaryProblem[] | null;
  /** Rows (CSV/TSV) or entries (JSON) in the file. */
  total: number;
  rows: ImportRow[];
  rejected: GlossaryProblem[];
  /** Optional fields the file has no column for (kept from stored entries it changes). */
  missing: EntryField[];
}

/**
 * Reads every valid row of a glossary file and the reason for each row it rejects: the rules are
 * `parseGlossary`'s, plus the size limits of the message that carries an import to the background.
 */
export function readGlossaryRows(
  text: string,
  options: { name?: string; onProgress?(share: number): void } = {},
): ReadRows {
  const nothing = { total: 0, rows: [], rejected: [], missing: [] };
  if (text.length > MAX_IMPORT_CHARS) {
    const size = Math.round(text.length / 1_000_000);
    const limit = MAX_IMPORT_CHARS / 1_000_000;
    return { format: null, fatal: [{ line: 0, code: 'too-large', size, limit }], ...nothing };
  }
  // Counted before the file is parsed: a file over the limit is refused without the cost of reading it.
  const guessed = formatOf(text.replace(/^\uFEFF/, ''), options.name);
  if (guessed !== 'json') {
    const rows = countDelimitedRows(text) - 1;
    if (rows > MAX_IMPORT_ENTRIES) return { format: guessed, fatal: [tooMany(rows, 'rows')], ...nothing };
  }
  const read = readGlossaryFile(text, options);
  const { format } = read;
  options.onProgress?.(1);
  if (read.fileProblems.length > 0) return { format, fatal: read.fileProblems, ...nothing };
  // Each row that could not be read has its one problem.
  const total = read.rows.length + read.rowProblems.length;
  if (total > MAX_IMPORT_ENTRIES) {
    return { format, fatal: [tooMany(total, format === 'json' ? 'entries' : 'rows')], ...nothing };
  }
  const rejected = new Map<number, GlossaryProblem[]>();
  const reject = (problem: GlossaryProblem) =>
    rejected.set(problem.line, [...(rejected.get(problem.line) ?? []), problem]);
  read.rowProblems.forEach(reject);
  const result = (rows: ImportRow[]): ReadRows => ({
    format,
    fatal: null,
    total,
    rows,
    rejected: [...rejected.values()].flat().sort((a, b) => a.line - b.line),
    missing: KEEPABLE_FIELDS.filter((field) => read.absent.includes(field)),
  });
  // Each round sets aside the rows with problems and validates the rest again: a row's problems come from
  // itself and the rows before it (a form another row has), so this settles within a few rounds; the bound
  // only keeps a mistake from looping forever.
  for (let round = 0; round < 10; round++) {
    const kept = read.rows.filter((row) => !rejected.has(row.line));
    if (kept.length === 0) break;
    const validated = validateEntries(kept);
    if (validated.problems.length > 0) {
      validated.problems.forEach(reject);
      continue;
    }
    // With no problems, every kept row gave its entry, in order.
    const rows = kept.map((row, index): ImportRow => {
      const read: ImportRow = { line: row.line, entry: validated.entries[index] as GlossaryEntry };
      if (row.blank !== undefined) read.blank = row.blank;
      return read;
    });
    const oversized = rows.flatMap((row) => {
      const problem = entryLimitProblem(row.entry);
      return problem === null ? [] : [{ ...problem, line: row.line }];
    });
    if (oversized.length === 0) return result(rows);
    oversized.forEach(reject);
  }
  return result([]);
}

/** Text that would be markup if it were ever put into a page as HTML: a tag, a comment, a script URL. */
const MARKUP = /<\s*[a-z!/?]|javascript:/i;

/** A warning for each row whose text looks like HTML or script: it is kept, and always shown as text. */
export function markupWarnings(rows: readonly ImportRow[]): GlossaryProblem[] {
  const warnings: GlossaryProblem[] = [];
  for (const row of rows) {
    for (const field of ENTRY_FIELDS) {
      if (field.kind !== 'text' && field.kind !== 'list') continue;
      const value = row.entry[field.key];
      const texts = typeof value === 'string' ? [value] : (value ?? []);
      if (!texts.some((text) => MARKUP.test(text))) continue;
      warnings.push({ line: row.line, code: 'markup', field: field.key });
    }
  }
  return warnings;
}

export interface ImportPreview<E extends OwnedEntry = OwnedEntry> {
  format: GlossaryFormat | null;
  /** Whole-file problems: nothing can be imported. */
  fatal: GlossaryProblem[] | null;
  /** Rows (CSV/TSV) or entries (JSON) in the file. */
  total: number;
  plan: ImportPlan<E>;
  /** Rows kept, with text that looks like markup. */
  warnings: GlossaryProblem[];
  /** What the import sends: every row that is not rejected (replace removes what is not in it). */
  entries: GlossaryEntry[];
}

/**
 * How far a preview is, for the progress line: the share done (0–1) and what it is doing (reading the file,
 * or comparing its rows with the stored entries), which the options page says in its language.
 */
export type ImportProgress =
  | { done: number; step: 'reading' }
  | { done: number; step: 'comparing'; rows: number; entries: number };

const REPLACE_NEEDS_CLEAN_FILE: GlossaryProblem = { line: 0, code: 'replace-needs-clean-file' };

/** Reads a file and plans its import against the stored glossary, writing nothing. */
export function previewImport<E extends OwnedEntry>(options: {
  text: string;
  name?: string;
  existing: readonly E[];
  mode: ImportMode;
  /** Empty CSV/TSV cells empty the fields of the entries the file changes (otherwise they change nothing). */
  emptyCellsClear?: boolean;
  /** Told as each step starts: a large file takes seconds. */
  onProgress?(progress: ImportProgress): void;
}): ImportPreview<E> {
  const tell = (progress: ImportProgress) => options.onProgress?.(progress);
  // Reading the rows is most of the work; checking and comparing them the rest.
  tell({ done: 0, step: 'reading' });
  const read = readGlossaryRows(options.text, {
    ...(options.name === undefined ? {} : { name: options.name }),
    onProgress: (share) => tell({ done: share * 0.8, step: 'reading' }),
  });
  tell({ done: 0.9, step: 'comparing', rows: read.rows.length, entries: options.existing.length });
  const plan = planImport({
    existing: options.existing,
    rows: read.rows,
    mode: options.mode,
    keep: read.missing,
    emptyCellsClear: options.emptyCellsClear ?? false,
  });
  plan.rejected = [...read.rejected, ...plan.rejected].sort((a, b) => a.line - b.line);
  // A replace removes what the file does not hold, so a rejected row would remove the very entry it was
  // meant to keep or correct: only a file without rejected rows may replace the glossary.
  if (options.mode === 'replace' && read.fatal === null && plan.rejected.length > 0) {
    return {
      format: read.format,
      fatal: [REPLACE_NEEDS_CLEAN_FILE, ...plan.rejected],
      total: read.total,
      plan: { ...plan, added: [], changed: [], unchanged: [], removed: [] },
      warnings: [],
      entries: [],
    };
  }
  const accepted = [
    ...plan.added,
    ...plan.unchanged,
    ...plan.changed.map((change) => ({ ...change, entry: change.after })),
  ];
  accepted.sort((a, b) => a.line - b.line);
  return {
    format: read.format,
    fatal: read.fatal,
    total: read.total,
    plan,
    warnings: markupWarnings(accepted),
    entries: accepted.map((row) => row.entry),
  };
}
