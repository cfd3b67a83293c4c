/**
 * What an import would do, before anything is written: which entries it adds, which it changes, which
 * rows it rejects (with the line and the reason) and what a "replace" removes.
 *
 * `parseGlossary` takes a file whole or not at all. The preview reads it row by row instead: the rows with
 * problems are set aside and the rest read again, so the user sees every rejected row and may choose,
 * explicitly, to import the valid rows only. Problems with the file as a whole (not the format, an
 * unreadable header, too large) leave nothing to import.
 *
 * `planImport` is also what the background runs inside the import's transaction, so the preview and the
 * write agree on what "added", "changed" and "rejected" mean.
 */
import { entryShapeProblem, type ImportMode, MAX_IMPORT_ENTRIES } from '../messages';
import { entryKeys, formsByKey, sameContent } from '../store/entry-record';
import type { EntryOrigin } from '../store/schema';
import { formatDelimitedCell, parseDelimited } from './delimited';
import { type GlossaryFormat, type ParseResult, parseGlossary } from './parse';
import { GLOSSARY_FORMAT, GLOSSARY_SCHEMA_VERSION, type GlossaryEntry } from './schema';
import type { GlossaryProblem } from './validate';

/** A file larger than this is refused before it is read: 20,000 entries with long notes fit well inside. */
export const MAX_IMPORT_CHARS = 20_000_000;

/** An entry read from a file, with the line (CSV/TSV) or position (JSON) it comes from. */
export interface ImportRow {
  line: number;
  entry: GlossaryEntry;
}

/** A stored entry, as far as an import plan needs it. */
export type ExistingEntry = GlossaryEntry & { origin: EntryOrigin; edited: boolean };

export interface ImportPlan<E extends ExistingEntry = ExistingEntry> {
  added: ImportRow[];
  /** Same id as a stored entry, different content. `after` is what will be stored. */
  changed: Array<{ line: number; before: E; after: GlossaryEntry }>;
  /** Same id and content as a stored entry: nothing to write. */
  unchanged: ImportRow[];
  /** Replace only: stored entries the file does not have. */
  removed: E[];
  rejected: GlossaryProblem[];
}

function quote(entry: GlossaryEntry): string {
  return `"${entry.ar}" (${entry.en})`;
}

/** Optional fields a CSV/TSV file may leave out as a whole column. */
export const KEEPABLE_FIELDS = [
  'variants',
  'note',
  'wikipedia',
  'inflects',
  'contextual',
  'ambiguous',
  'source',
] as const;
export type KeepableField = (typeof KEEPABLE_FIELDS)[number];

/**
 * Header names for the optional columns, as parseGlossary reads them (lib/glossary/parse.ts), so that the
 * preview knows which columns a file has.
 */
const COLUMN_FIELDS: Record<string, KeepableField> = {
  variants: 'variants',
  note: 'note',
  notes: 'note',
  wikipedia: 'wikipedia',
  inflects: 'inflects',
  contextual: 'contextual',
  ambiguous: 'ambiguous',
  source: 'source',
};

/**
 * The incoming entry as it will be stored over `before`. What the file cannot say is kept from the stored
 * entry: the contexts when it has none (CSV/TSV never do), and the fields of columns the file does not have
 * (a newsroom list of arabic, english, type must not empty the variants and notes of the entries it names).
 * So exporting to CSV and importing back changes nothing.
 */
function withKept(
  incoming: GlossaryEntry,
  before: GlossaryEntry | undefined,
  keep: readonly KeepableField[],
): GlossaryEntry {
  if (before === undefined) return incoming;
  const after: GlossaryEntry = { ...incoming };
  if (after.contexts === undefined && before.contexts !== undefined) after.contexts = [...before.contexts];
  const target = after as unknown as Record<KeepableField, unknown>;
  const source = before as unknown as Record<KeepableField, unknown>;
  for (const field of keep) {
    const value = source[field];
    if (value === undefined) delete target[field];
    else target[field] = Array.isArray(value) ? [...value] : value;
  }
  return after;
}

/**
 * Sorts valid incoming rows against the stored glossary. An incoming entry with a stored entry's id changes
 * it; otherwise it is new. In "merge" mode an incoming form that a stored entry keeps (one the import
 * neither changes nor replaces) rejects the row, naming that entry; in "replace" mode every stored entry
 * not in the file goes, so only the file's own collisions (already checked when it was read) count.
 */
export function planImport<E extends ExistingEntry>(options: {
  existing: readonly E[];
  rows: readonly ImportRow[];
  mode: ImportMode;
  /** Fields the file has no column for: a changed entry keeps its stored values of these. */
  keep?: readonly KeepableField[];
}): ImportPlan<E> {
  const { existing, rows, mode, keep = [] } = options;
  const byId = new Map(existing.map((entry) => [entry.id, entry]));
  const owners = new Map<string, E[]>();
  for (const entry of existing) {
    for (const key of entryKeys(entry)) {
      const list = owners.get(key);
      if (list === undefined) owners.set(key, [entry]);
      else list.push(entry);
    }
  }
  const rejected = new Map<number, string>();
  if (mode === 'merge') {
    // A stored entry the import changes gives up its old forms, unless its row is itself rejected: repeat
    // until no rejection frees or takes a form.
    for (let changed = true; changed; ) {
      changed = false;
      const replaced = new Set(rows.filter((row) => !rejected.has(row.line)).map((row) => row.entry.id));
      for (const row of rows) {
        if (rejected.has(row.line)) continue;
        for (const [key, form] of formsByKey(row.entry)) {
          const other = owners
            .get(key)
            ?.find(
              (owner) =>
                owner.id !== row.entry.id &&
                !replaced.has(owner.id) &&
                !(owner.ambiguous === true && row.entry.ambiguous === true),
            );
          if (other === undefined) continue;
          rejected.set(
            row.line,
            `"${form}" is the same after normalisation as ${quote(other)}, already in the glossary`,
          );
          changed = true;
          break;
        }
      }
    }
  }
  const plan: ImportPlan<E> = { added: [], changed: [], unchanged: [], removed: [], rejected: [] };
  const kept = new Set<string>();
  for (const row of rows) {
    const reason = rejected.get(row.line);
    if (reason !== undefined) {
      plan.rejected.push({ line: row.line, message: reason });
      continue;
    }
    kept.add(row.entry.id);
    const before = byId.get(row.entry.id);
    const after = withKept(row.entry, before, keep);
    if (before === undefined) plan.added.push({ line: row.line, entry: after });
    else if (sameContent(before, after)) plan.unchanged.push({ line: row.line, entry: after });
    else plan.changed.push({ line: row.line, before, after });
  }
  if (mode === 'replace') plan.removed = existing.filter((entry) => !kept.has(entry.id));
  return plan;
}

/** The file cut into the units its rows (CSV/TSV) or entries (JSON) are, so a subset can be read again. */
interface Units {
  format: GlossaryFormat;
  lines: number[];
  /** Optional fields without a column in the file (CSV/TSV). */
  missing: KeepableField[];
  /** The text of the file with only the units at these indexes. */
  subset(indexes: readonly number[]): { text: string; lineOf: Map<number, number> };
}

type UnitsResult = { ok: true; units: Units } | { ok: false; problems: GlossaryProblem[] };

function tooMany(count: number, what: string): GlossaryProblem {
  return {
    line: 0,
    message:
      `this file has ${count.toLocaleString('en')} ${what}; Dalil imports at most ` +
      `${MAX_IMPORT_ENTRIES.toLocaleString('en')} at a time. Split it into smaller files and import them one after another.`,
  };
}

function jsonUnits(text: string, whole: ParseResult): UnitsResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const entries = (data as { entries?: unknown } | undefined)?.entries;
  // Not the format: parseGlossary has said why in the user's words.
  if (!Array.isArray(entries)) return { ok: false, problems: whole.ok ? [] : whole.problems };
  if (entries.length > MAX_IMPORT_ENTRIES)
    return { ok: false, problems: [tooMany(entries.length, 'entries')] };
  const header = data as Record<string, unknown>;
  return {
    ok: true,
    units: {
      format: 'json',
      lines: entries.map((_, index) => index + 1),
      missing: [],
      subset(indexes) {
        const file = {
          format: header.format ?? GLOSSARY_FORMAT,
          schemaVersion: header.schemaVersion ?? GLOSSARY_SCHEMA_VERSION,
          entries: indexes.map((index) => entries[index]),
        };
        const lineOf = new Map(indexes.map((index, position) => [position + 1, index + 1]));
        return { text: JSON.stringify(file), lineOf };
      },
    },
  };
}

function delimitedUnits(text: string, format: 'csv' | 'tsv'): UnitsResult {
  const delimiter = format === 'tsv' ? '\t' : ',';
  const parsed = parseDelimited(text, delimiter);
  if (!parsed.ok) return { ok: false, problems: [{ line: parsed.line, message: parsed.message }] };
  const [header, ...rows] = parsed.rows;
  if (header === undefined) return { ok: false, problems: [{ line: 1, message: 'the file is empty' }] };
  if (rows.length > MAX_IMPORT_ENTRIES) return { ok: false, problems: [tooMany(rows.length, 'rows')] };
  const joinCells = (cells: readonly string[]) =>
    cells.map((cell) => formatDelimitedCell(cell, delimiter)).join(delimiter);
  const headerText = joinCells(header.cells);
  const present = new Set(header.cells.map((name) => COLUMN_FIELDS[name.trim().toLowerCase()]));
  return {
    ok: true,
    units: {
      format,
      lines: rows.map((row) => row.line),
      missing: KEEPABLE_FIELDS.filter((field) => !present.has(field)),
      subset(indexes) {
        const parts = [headerText];
        const lineOf = new Map<number, number>();
        // The header is one line (a header cell with a line break would be no column name we know).
        let line = 1 + (headerText.match(/\n/g)?.length ?? 0) + 1;
        for (const index of indexes) {
          const row = rows[index];
          if (row === undefined) continue;
          const rowText = joinCells(row.cells);
          lineOf.set(line, row.line);
          line += 1 + (rowText.match(/\n/g)?.length ?? 0);
          parts.push(rowText);
        }
        return { text: parts.join('\n'), lineOf };
      },
    },
  };
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
  missing: KeepableField[];
}

/**
 * Reads every valid row of a glossary file and the reason for each row it rejects: the rules are
 * `parseGlossary`'s, plus the size limits of the message that carries an import to the background.
 */
export function readGlossaryRows(text: string, options: { name?: string } = {}): ReadRows {
  if (text.length > MAX_IMPORT_CHARS) {
    const size = `${Math.round(text.length / 1_000_000)} million characters`;
    const limit = `${MAX_IMPORT_CHARS / 1_000_000} million`;
    return {
      format: null,
      fatal: [{ line: 0, message: `this file is too large to import (${size}; the limit is ${limit})` }],
      total: 0,
      rows: [],
      rejected: [],
      missing: [],
    };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const first = parseGlossary(body, options);
  const result = (fields: Partial<ReadRows>): ReadRows => ({
    format: first.format,
    fatal: null,
    total: 0,
    rows: [],
    rejected: [],
    missing: [],
    ...fields,
  });
  if (!first.ok && body.trim() === '') return result({ fatal: first.problems });
  const cut =
    first.format === 'json'
      ? jsonUnits(body, first)
      : delimitedUnits(body, first.format === 'tsv' ? 'tsv' : 'csv');
  if (!cut.ok) return result({ fatal: cut.problems });
  const { units } = cut;
  if (!first.ok) {
    // Problems not on any row (line 0 in JSON, the header in CSV) are the file's: nothing can be read.
    const rowLines = new Set(units.lines);
    const whole = first.problems.filter((problem) => !rowLines.has(problem.line));
    if (whole.length > 0) return result({ fatal: whole });
  }
  const rejected = new Map<number, string[]>();
  const reject = (line: number, message: string) =>
    rejected.set(line, [...(rejected.get(line) ?? []), message]);
  const rejections = () =>
    [...rejected]
      .flatMap(([line, messages]) => messages.map((message) => ({ line, message })))
      .sort((a, b) => a.line - b.line);
  // Each round sets aside the rows with problems and reads the rest again (the first round is the whole
  // file, already read). A row's problems come from itself and the rows before it, so this settles within a
  // few rounds; the bound only keeps a mistake from looping forever.
  for (let round = 0; round < 10; round++) {
    const indexes = units.lines.flatMap((line, index) => (rejected.has(line) ? [] : [index]));
    if (indexes.length === 0) break;
    const again = round === 0 ? null : units.subset(indexes);
    const parsed = again === null ? first : parseGlossary(again.text, { name: `import.${units.format}` });
    const lineOf = again?.lineOf ?? new Map(units.lines.map((line) => [line, line]));
    if (!parsed.ok) {
      const whole = parsed.problems.filter((problem) => !lineOf.has(problem.line));
      if (whole.length > 0) return result({ fatal: whole });
      for (const problem of parsed.problems) reject(lineOf.get(problem.line) as number, problem.message);
      continue;
    }
    const rows = parsed.entries.map((entry, position) => ({
      line: units.lines[indexes[position] as number] as number,
      entry,
    }));
    const oversized = rows.flatMap((row) => {
      const problem = entryShapeProblem(row.entry);
      return problem === null ? [] : [{ line: row.line, message: problem }];
    });
    if (oversized.length === 0) {
      return result({
        format: units.format,
        total: units.lines.length,
        rows,
        rejected: rejections(),
        missing: units.missing,
      });
    }
    for (const problem of oversized) reject(problem.line, problem.message);
  }
  return result({ format: units.format, total: units.lines.length, rejected: rejections() });
}

/** Text that would be markup if it were ever put into a page as HTML: a tag, a comment, a script URL. */
const MARKUP = /<\s*[a-z!/?]|javascript:/i;

const FIELDS: Array<[keyof GlossaryEntry, string]> = [
  ['ar', 'Arabic'],
  ['en', 'English'],
  ['variants', 'variants'],
  ['note', 'note'],
  ['wikipedia', 'Wikipedia title'],
];

/** A warning for each row whose text looks like HTML or script: it is kept, and always shown as text. */
export function markupWarnings(rows: readonly ImportRow[]): GlossaryProblem[] {
  const warnings: GlossaryProblem[] = [];
  for (const row of rows) {
    for (const [field, label] of FIELDS) {
      const value = row.entry[field];
      const texts = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      if (!texts.some((text) => MARKUP.test(text))) continue;
      warnings.push({
        line: row.line,
        message: `the ${label} looks like HTML or script; Dalil keeps it as plain text and never runs it`,
      });
    }
  }
  return warnings;
}

export interface ImportPreview<E extends ExistingEntry = ExistingEntry> {
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

/** Reads a file and plans its import against the stored glossary, writing nothing. */
export function previewImport<E extends ExistingEntry>(options: {
  text: string;
  name?: string;
  existing: readonly E[];
  mode: ImportMode;
}): ImportPreview<E> {
  const read = readGlossaryRows(options.text, options.name === undefined ? {} : { name: options.name });
  const plan = planImport({
    existing: options.existing,
    rows: read.rows,
    mode: options.mode,
    keep: read.missing,
  });
  plan.rejected = [...read.rejected, ...plan.rejected].sort((a, b) => a.line - b.line);
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
