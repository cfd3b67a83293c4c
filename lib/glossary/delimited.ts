/** Rows of a CSV or TSV text (RFC 4180 quoting), each with the line it starts on. */
export interface DelimitedRow {
  line: number;
  cells: string[];
}

export type DelimitedResult =
  | { ok: true; rows: DelimitedRow[] }
  | { ok: false; line: number; message: string };

/** Splits delimited text; a quote opens a quoted cell only at the start of the cell, as spreadsheets write it. */
export function parseDelimited(text: string, delimiter: ',' | '\t'): DelimitedResult {
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
  while (i < text.length) {
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
  if (quoted) return { ok: false, line: quoteLine, message: 'a quoted cell is never closed' };
  endRow();
  return { ok: true, rows };
}

/** Quotes a cell for CSV/TSV output when it holds the delimiter, a quote or a line break. */
export function formatDelimitedCell(value: string, delimiter: ',' | '\t'): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
