import type { Problem } from './problems';

/** Rows of a CSV or TSV text (RFC 4180 quoting), each with the line it starts on. */
export interface DelimitedRow {
  line: number;
  cells: string[];
}

export type DelimitedResult =
  | { ok: true; rows: DelimitedRow[] }
  | { ok: false; line: number; problem: Problem };

/** How often (in characters) `parseDelimited` tells how far it is. */
const PROGRESS_EVERY = 1 << 18;

/**
 * Splits delimited text; a quote opens a quoted cell only at the start of the cell, as spreadsheets write it.
 * `onProgress` hears the share of the text read so far, now and then.
 */
export function parseDelimited(
  text: string,
  delimiter: ',' | '\t',
  onProgress?: (share: number) => void,
): DelimitedResult {
  const rows: DelimitedRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  let told = 0;
  while (i < text.length) {
    if (onProgress !== undefined && i - told >= PROGRESS_EVERY) {
      told = i;
      onProgress(i / text.length);
    }
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted) return { ok: false, line: quoteLine, problem: { code: 'quote-unclosed' } };
  endRow();
  return { ok: true, rows };
}

/**
 * How many rows `parseDelimited` gives, read without splitting cells (line breaks outside quoted cells,
 * blank lines left out; a lone CR, which the parser also ends a row on, is not counted): the import checks
 * its row limit with it before it parses a file.
 */
export function countDelimitedRows(text: string): number {
  let rows = 0;
  let at = 0;
  let start = 0;
  // The next quote, looked for again only once passed: a file without quotes is scanned once.
  let quote = text.indexOf('"');
  while (at < text.length) {
    if (quote !== -1 && quote < at) quote = text.indexOf('"', at);
    const newline = text.indexOf('\n', at);
    if (quote !== -1 && (newline === -1 || quote < newline)) {
      // A quoted stretch (doubled quotes inside it are two stretches in a row) may hold line breaks.
      const close = text.indexOf('"', quote + 1);
      if (close === -1) break;
      at = close + 1;
      quote = text.indexOf('"', at);
      continue;
    }
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).replace(/\r/g, '') !== '') rows++;
    at = end + 1;
    start = at;
  }
  // The last row, when a quoted cell ran to the end of the text.
  if (at >= text.length && start < text.length && text.slice(start).replace(/\r/g, '') !== '') rows++;
  return rows;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first) or that starts
 * with the quote that marks one as text. OWASP's rule for CSV injection: such a cell is written after a
 * single quote, which spreadsheets show as text and hide. https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * Quotes a cell for CSV/TSV output when it holds the delimiter, a quote or a line break, after a single quote
 * when a spreadsheet would read it as a formula (`readDelimitedCell` takes that quote off again).
 */
export function formatDelimitedCell(value: string, delimiter: ',' | '\t'): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A cell's text as `formatDelimitedCell` was given it: without the single quote put before a formula-like
 * start (or before a quote). Any other leading quote is the cell's own (ʿ written as ').
 */
export function readDelimitedCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
