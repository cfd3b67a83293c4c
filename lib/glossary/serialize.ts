import { formatDelimitedCell } from './delimited';
import {
  ENTRY_FLAGS,
  GLOSSARY_FORMAT,
  GLOSSARY_SCHEMA_VERSION,
  type GlossaryEntry,
  type GlossaryFile,
} from './schema';

/** The columns written to CSV/TSV, in the order the importer documents. */
const COLUMNS = [
  'arabic',
  'english',
  'type',
  'variants',
  'note',
  'wikipedia',
  ...ENTRY_FLAGS,
  'source',
  'id',
];

function cells(entry: GlossaryEntry): string[] {
  return [
    entry.ar,
    entry.en,
    entry.type,
    entry.variants.join(' | '),
    entry.note ?? '',
    entry.wikipedia ?? '',
    ...ENTRY_FLAGS.map((flag) => (entry[flag] === true ? 'yes' : '')),
    entry.source ?? '',
    entry.id,
  ];
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
  const lines = [COLUMNS.join(delimiter)];
  for (const entry of entries) {
    lines.push(
      cells(entry)
        .map((cell) => formatDelimitedCell(cell, delimiter))
        .join(delimiter),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
