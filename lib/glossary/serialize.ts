import { formatDelimitedCell } from './delimited';
import { ENTRY_FIELDS, type EntryField } from './entry-fields';
import { GLOSSARY_FORMAT, GLOSSARY_SCHEMA_VERSION, type GlossaryEntry, type GlossaryFile } from './schema';

/**
 * The columns written to CSV/TSV: the required ones first and the id last, as a sheet is read from the left
 * (and the id, derived from the Arabic when absent, is the column least often needed).
 */
const COLUMNS = [
  ...ENTRY_FIELDS.filter((field) => field.required),
  ...ENTRY_FIELDS.filter((field) => !field.required && field.column !== null && field.key !== 'id'),
  ...ENTRY_FIELDS.filter((field) => field.key === 'id'),
];

function cell(entry: GlossaryEntry, field: EntryField): string {
  if (field.kind === 'type') return entry.type;
  if (field.kind === 'flag') return entry[field.key] === true ? 'yes' : '';
  if (field.kind === 'list') return (entry[field.key] ?? []).join(' | ');
  return entry[field.key] ?? '';
}

/** Writes entries in a format `parseGlossary` reads back without loss (JSON keeps contexts as well). */
export function serializeGlossary(
  entries: readonly GlossaryEntry[],
  format: 'json' | 'csv' | 'tsv',
  options: { glossaryVersion?: string } = {},
): string {
  if (format === 'json') {
    const file: GlossaryFile = {
      format: GLOSSARY_FORMAT,
      schemaVersion: GLOSSARY_SCHEMA_VERSION,
      ...(options.glossaryVersion !== undefined ? { glossaryVersion: options.glossaryVersion } : {}),
      entries: [...entries],
    };
    return `${JSON.stringify(file, null, 1)}\n`;
  }
  const delimiter = format === 'tsv' ? '\t' : ',';
  const lines = [COLUMNS.map((field) => field.column).join(delimiter)];
  for (const entry of entries) {
    lines.push(COLUMNS.map((field) => formatDelimitedCell(cell(entry, field), delimiter)).join(delimiter));
  }
  return `${lines.join('\r\n')}\r\n`;
}
