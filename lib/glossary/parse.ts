import { parseDelimited } from './delimited';
import {
  ENTRY_FLAGS,
  type EntryFlag,
  GLOSSARY_FORMAT,
  GLOSSARY_SCHEMA_VERSION,
  type GlossaryEntry,
} from './schema';
import { type GlossaryProblem, type SourcedEntry, validateEntries } from './validate';

export type GlossaryFormat = 'json' | 'csv' | 'tsv';

export type ParseResult =
  | { ok: true; format: GlossaryFormat; entries: GlossaryEntry[] }
  | { ok: false; format: GlossaryFormat | null; problems: GlossaryProblem[] };

/** Column names accepted in a CSV/TSV header (case-insensitive), by the field they fill. */
const COLUMNS = {
  arabic: ['arabic', 'ar'],
  english: ['english', 'en'],
  type: ['type'],
  variants: ['variants'],
  note: ['note', 'notes'],
  wikipedia: ['wikipedia'],
  inflects: ['inflects'],
  contextual: ['contextual'],
  ambiguous: ['ambiguous'],
  source: ['source'],
  id: ['id'],
} as const;
type Column = keyof typeof COLUMNS;

const TRUE_WORDS = new Set(['yes', 'true', '1', 'y']);
const FALSE_WORDS = new Set(['no', 'false', '0', 'n', '']);

function fail(format: GlossaryFormat | null, line: number, message: string): ParseResult {
  return { ok: false, format, problems: [{ line, message }] };
}

function parseDelimitedGlossary(text: string, format: 'csv' | 'tsv'): ParseResult {
  const parsed = parseDelimited(text, format === 'tsv' ? '\t' : ',');
  if (!parsed.ok) return fail(format, parsed.line, parsed.message);
  const [header, ...rows] = parsed.rows;
  if (header === undefined) return fail(format, 1, 'the file is empty');
  const index = new Map<Column, number>();
  header.cells.forEach((name, i) => {
    const column = (Object.keys(COLUMNS) as Column[]).find((key) =>
      (COLUMNS[key] as readonly string[]).includes(name.trim().toLowerCase()),
    );
    if (column !== undefined && !index.has(column)) index.set(column, i);
  });
  const missing = (['arabic', 'english', 'type'] as const).filter((column) => !index.has(column));
  if (missing.length > 0) {
    return fail(
      format,
      header.line,
      `the header row must name the columns arabic, english and type (missing: ${missing.join(', ')})`,
    );
  }
  const problems: GlossaryProblem[] = [];
  const sourced: SourcedEntry[] = [];
  for (const row of rows) {
    const cell = (column: Column) => {
      const at = index.get(column);
      return at === undefined ? '' : (row.cells[at] ?? '').trim();
    };
    const flags = {} as Record<EntryFlag, boolean>;
    const badFlag = ENTRY_FLAGS.find((flag) => {
      const value = cell(flag).toLowerCase();
      flags[flag] = TRUE_WORDS.has(value);
      return !TRUE_WORDS.has(value) && !FALSE_WORDS.has(value);
    });
    if (badFlag !== undefined) {
      problems.push({ line: row.line, message: `${badFlag} must be yes or no, not "${cell(badFlag)}"` });
      continue;
    }
    sourced.push({
      line: row.line,
      id: cell('id'),
      ar: cell('arabic'),
      en: cell('english'),
      type: cell('type').toLowerCase(),
      variants: cell('variants')
        .split('|')
        .map((variant) => variant.trim())
        .filter((variant) => variant !== ''),
      note: cell('note'),
      wikipedia: cell('wikipedia'),
      flags,
      source: cell('source'),
    });
  }
  return finish(format, sourced, problems);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function parseJsonGlossary(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('json', 0, `not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(data) || data.format !== GLOSSARY_FORMAT) {
    return fail('json', 0, `not a Dalil glossary: expected an object with "format": "${GLOSSARY_FORMAT}"`);
  }
  if (data.schemaVersion !== GLOSSARY_SCHEMA_VERSION) {
    return fail(
      'json',
      0,
      `unsupported schemaVersion ${JSON.stringify(data.schemaVersion)}: this Dalil reads version ${GLOSSARY_SCHEMA_VERSION}`,
    );
  }
  if (!Array.isArray(data.entries)) return fail('json', 0, '"entries" must be an array');
  const problems: GlossaryProblem[] = [];
  const sourced: SourcedEntry[] = [];
  data.entries.forEach((raw: unknown, i: number) => {
    // JSON has no useful line numbers once parsed: problems name the entry's position (1-based).
    const line = i + 1;
    if (!isRecord(raw)) {
      problems.push({ line, message: 'an entry must be an object' });
      return;
    }
    const variants = raw.variants ?? [];
    if (!Array.isArray(variants) || !variants.every((variant) => typeof variant === 'string')) {
      problems.push({ line, message: '"variants" must be a list of strings' });
      return;
    }
    const contexts = raw.contexts ?? [];
    if (!Array.isArray(contexts) || !contexts.every((context) => typeof context === 'string')) {
      problems.push({ line, message: '"contexts" must be a list of strings' });
      return;
    }
    const badFlag = ENTRY_FLAGS.find((flag) => raw[flag] !== undefined && typeof raw[flag] !== 'boolean');
    if (badFlag !== undefined) {
      problems.push({ line, message: `"${badFlag}" must be true or false` });
      return;
    }
    sourced.push({
      line,
      id: optionalString(raw.id),
      ar: optionalString(raw.ar),
      en: optionalString(raw.en),
      type: optionalString(raw.type),
      variants: variants.map((variant: string) => variant.trim()).filter((variant: string) => variant !== ''),
      note: optionalString(raw.note),
      wikipedia: optionalString(raw.wikipedia),
      flags: {
        inflects: raw.inflects === true,
        contextual: raw.contextual === true,
        ambiguous: raw.ambiguous === true,
      },
      source: optionalString(raw.source),
      contexts,
    });
  });
  return finish('json', sourced, problems);
}

function finish(format: GlossaryFormat, sourced: SourcedEntry[], problems: GlossaryProblem[]): ParseResult {
  const validated = validateEntries(sourced);
  const all = [...problems, ...validated.problems].sort((a, b) => a.line - b.line);
  if (all.length > 0) return { ok: false, format, problems: all };
  return { ok: true, format, entries: validated.entries };
}

/** Guesses the format from the name when there is one, else from the content. */
function formatOf(text: string, name: string | undefined): GlossaryFormat {
  const extension = name?.toLowerCase().match(/\.(json|csv|tsv|tab|txt)$/)?.[1];
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  if (extension === 'tsv' || extension === 'tab') return 'tsv';
  if (/^\s*[{[]/.test(text)) return 'json';
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') ? 'tsv' : 'csv';
}

/**
 * Reads a glossary in any supported format (JSON, CSV, TSV) and validates every entry. Either every entry is
 * good and all are returned, or nothing is and every problem is listed with its line.
 */
export function parseGlossary(text: string, options: { name?: string } = {}): ParseResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const format = formatOf(body, options.name);
  if (body.trim() === '') return fail(format, 1, 'the file is empty');
  return format === 'json' ? parseJsonGlossary(body) : parseDelimitedGlossary(body, format);
}
