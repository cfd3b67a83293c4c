/**
 * The fields of a glossary entry, in one table: copying an entry, comparing two, the columns of CSV/TSV
 * files, what an import changes and keeps, and the limits of what a message may carry all read it, so a
 * field is added here and nowhere else (but for its name in the catalogues, `field_<key>`, which the
 * compiler asks for).
 */
import type { Problem } from './problems';
import { ENTRY_FLAGS, type EntryFlag, type GlossaryEntry } from './schema';

/** Fields holding one text, and fields holding a list of texts. */
export type TextKey = 'id' | 'ar' | 'vocalized' | 'en' | 'note' | 'wikipedia' | 'source';
export type ListKey = 'variants' | 'enVariants' | 'contexts';

interface FieldRow {
  /** Its CSV/TSV column as written (read in any case), or null where only JSON holds it. */
  column: string | null;
  /** Other names a CSV/TSV header may give the column. */
  aliases?: readonly string[];
  /** A file must give it (its column, and a value in every row). */
  required: boolean;
  /** An entry may lack it (the others are always there). */
  optional: boolean;
}

export type EntryField = FieldRow &
  (
    | { key: TextKey; kind: 'text' /** The most characters a message may carry. */; limit: number }
    | { key: 'type'; kind: 'type' }
    | { key: EntryFlag; kind: 'flag' }
    | {
        key: ListKey;
        kind: 'list';
        /** The most characters of one item and the most items a message may carry. */
        limit: number;
        items: number;
      }
  );
export type FieldKey = EntryField['key'];

/**
 * In the order of an entry's properties (what an export writes). The limits are generous for real entries
 * (the longest bundled context is a few hundred characters): they keep a misbehaving page script from making
 * the background store megabytes.
 */
export const ENTRY_FIELDS: readonly EntryField[] = [
  { key: 'id', kind: 'text', column: 'id', required: false, optional: false, limit: 500 },
  {
    key: 'ar',
    kind: 'text',
    column: 'arabic',
    aliases: ['ar'],
    required: true,
    optional: false,
    limit: 200,
  },
  {
    key: 'vocalized',
    kind: 'text',
    column: 'vocalized',
    aliases: ['vocalised'],
    required: false,
    optional: true,
    limit: 300,
  },
  {
    key: 'variants',
    kind: 'list',
    column: 'variants',
    required: false,
    optional: false,
    limit: 200,
    items: 50,
  },
  {
    key: 'en',
    kind: 'text',
    column: 'english',
    aliases: ['en'],
    required: true,
    optional: false,
    limit: 500,
  },
  {
    key: 'enVariants',
    kind: 'list',
    column: 'english_variants',
    required: false,
    optional: true,
    limit: 200,
    items: 20,
  },
  { key: 'type', kind: 'type', column: 'type', required: true, optional: false },
  {
    key: 'note',
    kind: 'text',
    column: 'note',
    aliases: ['notes'],
    required: false,
    optional: true,
    limit: 2000,
  },
  {
    key: 'wikipedia',
    kind: 'text',
    column: 'wikipedia',
    required: false,
    optional: true,
    limit: 300,
  },
  // The flags change how the entry is matched, and an import's list of changes says so (field_<flag>).
  ...ENTRY_FLAGS.map(
    (key): EntryField => ({
      key,
      kind: 'flag',
      column: key,
      required: false,
      optional: true,
    }),
  ),
  {
    key: 'source',
    kind: 'text',
    column: 'source',
    required: false,
    optional: true,
    limit: 100,
  },
  {
    key: 'contexts',
    kind: 'list',
    column: null,
    required: false,
    optional: true,
    limit: 2000,
    items: 20,
  },
];

/** The most characters a message may carry in a text field, or in one item of a list. */
export function limitOf(key: TextKey | ListKey): number {
  for (const field of ENTRY_FIELDS) {
    if ((field.kind === 'text' || field.kind === 'list') && field.key === key) return field.limit;
  }
  throw new Error(`Dalil: no entry field ${key}`);
}

/** Sets `key` of `to` to its value in `from`, when it has one. */
function copyValue<K extends keyof GlossaryEntry>(to: GlossaryEntry, from: GlossaryEntry, key: K): void {
  const value = from[key];
  if (value !== undefined) to[key] = value;
}

/**
 * The entry alone: its fields and nothing else (not the store's bookkeeping, not what else a message's sender
 * put in, not a suggestion's alternatives), with lists copied.
 */
export function toGlossaryEntry(entry: GlossaryEntry): GlossaryEntry {
  // Every field that is never optional is set below, so the object is whole when it is returned.
  const copy = {} as GlossaryEntry;
  for (const field of ENTRY_FIELDS) {
    if (field.kind !== 'list') copyValue(copy, entry, field.key);
    else {
      const list = entry[field.key];
      if (list !== undefined) copy[field.key] = [...list];
    }
  }
  return copy;
}

/** A field's value, with an absent optional field read as its empty value ('', false, []). */
function contentOf(entry: GlossaryEntry, field: EntryField): string | boolean | readonly string[] {
  if (field.kind === 'type') return entry.type;
  if (field.kind === 'list') return entry[field.key] ?? [];
  if (field.kind === 'flag') return entry[field.key] ?? false;
  return entry[field.key] ?? '';
}

const content = (entry: GlossaryEntry, fields: readonly EntryField[]): string =>
  JSON.stringify(fields.map((field) => contentOf(entry, field)));

/** Whether two entries say the same thing (bookkeeping and absent-versus-empty optional fields aside). */
export function sameContent(a: GlossaryEntry, b: GlossaryEntry): boolean {
  return content(a, ENTRY_FIELDS) === content(b, ENTRY_FIELDS);
}

/** What an import changes in an entry, as the preview lists it: the fields that differ. */
export function changedFields(before: GlossaryEntry, after: GlossaryEntry): FieldKey[] {
  return ENTRY_FIELDS.filter((field) => content(before, [field]) !== content(after, [field])).map(
    (field) => field.key,
  );
}

/**
 * Why an entry is larger than a message may carry it, or null: the same problem whether a message is
 * refused or the import preview rejects a row, so that what the preview keeps is never refused when sent.
 */
export function entryLimitProblem(entry: GlossaryEntry): Problem | null {
  for (const field of ENTRY_FIELDS) {
    if (field.kind === 'text') {
      const value = entry[field.key];
      if (value !== undefined && value.length > field.limit) {
        return { code: 'text-too-long', field: field.key, limit: field.limit };
      }
    } else if (field.kind === 'list') {
      const value = entry[field.key] ?? [];
      if (value.length > field.items) return { code: 'list-too-long', field: field.key, items: field.items };
      if (value.some((item) => item.length > field.limit)) {
        return { code: 'list-item-too-long', field: field.key, limit: field.limit };
      }
    }
  }
  return null;
}
