import { parseDelimited, readDelimitedCell } from './delimited';
import { ENTRY_FIELDS, type EntryField, type FieldKey } from './entry-fields';
import type { GlossaryProblem, Problem } from './problems';
import { GLOSSARY_FORMAT, GLOSSARY_SCHEMA_VERSION, type GlossaryEntry } from './schema';
import { type SourcedEntry, validateEntries } from './validate';

export type GlossaryFormat = 'json' | 'csv' | 'tsv';

export type ParseResult =
  | { ok: true; format: GlossaryFormat; entries: GlossaryEntry[] }
  | { ok: false; format: GlossaryFormat | null; problems: GlossaryProblem[] };

/** A glossary file read row by row, before its entries are validated. */
export interface GlossaryRows {
  format: GlossaryFormat;
  /** Problems with the file as a whole (not the format, an unusable header): when there are any, no rows. */
  fileProblems: GlossaryProblem[];
  /** The rows (CSV/TSV) or entries (JSON) read, each with its line (JSON: its position, 1-based). */
  rows: SourcedEntry[];
  /** One problem for each row that could not be read (a flag neither yes nor no, variants not a list…). */
  rowProblems: GlossaryProblem[];
  /** Fields with a column that the file lacks (CSV/TSV: a JSON entry can hold any field). */
  absent: EntryField[];
}

const TRUE_WORDS = new Set(['yes', 'true', '1', 'y']);
const FALSE_WORDS = new Set(['no', 'false', '0', 'n', '']);

function fileProblem(format: GlossaryFormat, line: number, problem: Problem): GlossaryRows {
  return { format, fileProblems: [{ ...problem, line }], rows: [], rowProblems: [], absent: [] };
}

function readDelimited(
  text: string,
  format: 'csv' | 'tsv',
  onProgress?: (share: number) => void,
): GlossaryRows {
  const parsed = parseDelimited(text, format === 'tsv' ? '\t' : ',', onProgress);
  if (!parsed.ok) return fileProblem(format, parsed.line, parsed.problem);
  const [header, ...lines] = parsed.rows;
  if (header === undefined) return fileProblem(format, 1, { code: 'file-empty' });
  const index = new Map<FieldKey, number>();
  header.cells.forEach((name, i) => {
    const column = name.trim().toLowerCase();
    const field = ENTRY_FIELDS.find(
      (candidate) => candidate.column === column || candidate.aliases?.includes(column) === true,
    );
    if (field !== undefined && !index.has(field.key)) index.set(field.key, i);
  });
  const required = ENTRY_FIELDS.filter((field) => field.required);
  const missing = required.filter((field) => !index.has(field.key));
  if (missing.length > 0) {
    const names = (fields: readonly EntryField[]) => fields.map((field) => field.column ?? field.key);
    return fileProblem(format, header.line, {
      code: 'header-missing',
      required: names(required),
      missing: names(missing),
    });
  }
  const rows: SourcedEntry[] = [];
  const rowProblems: GlossaryProblem[] = [];
  for (const { line, cells } of lines) {
    // Unquoted, a comma inside a cell splits it, and every cell after it lands in the wrong column.
    if (cells.slice(header.cells.length).some((extra) => extra.trim() !== '')) {
      rowProblems.push({
        line,
        code: 'row-extra-cells',
        cells: cells.length,
        columns: header.cells.length,
        separator: format === 'tsv' ? 'tab' : 'comma',
      });
      continue;
    }
    const cell = (key: FieldKey) => {
      const at = index.get(key);
      return at === undefined ? '' : readDelimitedCell(cells[at] ?? '').trim();
    };
    const badFlag = ENTRY_FIELDS.find(
      (field) =>
        field.kind === 'flag' &&
        !TRUE_WORDS.has(cell(field.key).toLowerCase()) &&
        !FALSE_WORDS.has(cell(field.key).toLowerCase()),
    );
    if (badFlag !== undefined) {
      rowProblems.push({ line, code: 'flag-not-yes-no', field: badFlag.key, value: cell(badFlag.key) });
      continue;
    }
    // Every field is set below, so the row is whole when it is kept.
    const row = { line } as SourcedEntry;
    const blank = [...index.keys()].filter((key) => cell(key) === '');
    if (blank.length > 0) row.blank = blank;
    for (const field of ENTRY_FIELDS) {
      if (field.kind === 'type') row.type = cell('type').toLowerCase();
      else if (field.kind === 'flag') row[field.key] = TRUE_WORDS.has(cell(field.key).toLowerCase());
      else if (field.kind === 'list') {
        row[field.key] = cell(field.key)
          .split('|')
          .map((item) => item.trim())
          .filter((item) => item !== '');
      } else row[field.key] = cell(field.key);
    }
    rows.push(row);
  }
  const absent = ENTRY_FIELDS.filter((field) => field.column !== null && !index.has(field.key));
  return { format, fileProblems: [], rows, rowProblems, absent };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** One entry of a JSON file as a row, or why it is none. */
function readJsonEntry(raw: unknown, line: number): SourcedEntry | Problem {
  if (!isRecord(raw)) return { code: 'not-object' };
  // Every field is set below, so the row is whole when it is returned.
  const row = { line } as SourcedEntry;
  for (const field of ENTRY_FIELDS) {
    const value = raw[field.key];
    if (field.kind === 'list') {
      const items = value ?? [];
      if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
        return { code: 'not-list', field: field.key };
      }
      // Read as a CSV cell would be (trimmed, empty items dropped); the contexts, which only JSON holds, as written.
      row[field.key] =
        field.column !== null ? items.map((item) => item.trim()).filter((item) => item !== '') : items;
    } else if (field.kind === 'flag') {
      if (value !== undefined && typeof value !== 'boolean') return { code: 'not-boolean', field: field.key };
      row[field.key] = value === true;
    } else if (field.kind === 'type') row.type = optionalString(value);
    else row[field.key] = optionalString(value);
  }
  return row;
}

function readJson(text: string): GlossaryRows {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fileProblem('json', 0, { code: 'json-invalid', detail: (error as Error).message });
  }
  if (!isRecord(data) || data.format !== GLOSSARY_FORMAT) {
    return fileProblem('json', 0, { code: 'not-dalil-glossary', format: GLOSSARY_FORMAT });
  }
  if (data.schemaVersion !== GLOSSARY_SCHEMA_VERSION) {
    // Whatever the file holds there, as JSON writes it (a missing one is undefined, which JSON has not).
    const found = JSON.stringify(data.schemaVersion) ?? String(data.schemaVersion);
    return fileProblem('json', 0, { code: 'schema-version', found, supported: GLOSSARY_SCHEMA_VERSION });
  }
  if (!Array.isArray(data.entries)) return fileProblem('json', 0, { code: 'entries-not-array' });
  const rows: SourcedEntry[] = [];
  const rowProblems: GlossaryProblem[] = [];
  data.entries.forEach((raw: unknown, i: number) => {
    // JSON has no useful line numbers once parsed: problems name the entry's position (1-based).
    const read = readJsonEntry(raw, i + 1);
    if ('code' in read) rowProblems.push({ ...read, line: i + 1 });
    else rows.push(read);
  });
  return { format: 'json', fileProblems: [], rows, rowProblems, absent: [] };
}

/** Guesses the format from the name when there is one, else from the content. */
export function formatOf(text: string, name: string | undefined): GlossaryFormat {
  const extension = name?.toLowerCase().match(/\.(json|csv|tsv|tab|txt)$/)?.[1];
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  if (/^\s*[{[]/.test(text)) return 'json';
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') ? 'tsv' : 'csv';
}

/**
 * Reads a glossary in any supported format (JSON, CSV, TSV) row by row, without validating the entries: what
 * is wrong with the file, each row with its line, and what is wrong with single rows.
 */
export function readGlossaryFile(
  text: string,
  options: { name?: string; onProgress?(share: number): void } = {},
): GlossaryRows {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const format = formatOf(body, options.name);
  if (body.trim() === '') return fileProblem(format, 1, { code: 'file-empty' });
  return format === 'json' ? readJson(body) : readDelimited(body, format, options.onProgress);
}

/**
 * Reads a glossary in any supported format (JSON, CSV, TSV) and validates every entry. Either every entry is
 * good and all are returned, or nothing is and every problem is listed with its line.
 */
export function parseGlossary(text: string, options: { name?: string } = {}): ParseResult {
  const read = readGlossaryFile(text, options);
  if (read.fileProblems.length > 0) return { ok: false, format: read.format, problems: read.fileProblems };
  const validated = validateEntries(read.rows);
  const problems = [...read.rowProblems, ...validated.problems].sort((a, b) => a.line - b.line);
  if (problems.length > 0) return { ok: false, format: read.format, problems };
  return { ok: true, format: read.format, entries: validated.entries };
}
