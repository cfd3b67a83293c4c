/**
 * What an import does to the stored glossary: which entries it adds, changes and leaves, which rows it
 * rejects and what a "replace" removes. The options page previews with it and the background runs it again
 * inside the import's transaction, so the preview and the write agree on what each of these means.
 */
import { ENTRY_FIELDS, type EntryField, type FieldKey, sameContent } from './entry-fields';
import { entryKeys, formsByKey } from './form-key';
import type { GlossaryProblem, Problem } from './problems';
import type { GlossaryEntry, OwnedEntry } from './schema';

/** How an import meets the stored glossary: added to it, or replacing it (entries not in the file go). */
export const IMPORT_MODES = ['merge', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** At most this many entries in one import (a 10,000-entry glossary fits twice over). */
export const MAX_IMPORT_ENTRIES = 20_000;

/** An entry read from a file, with the line (CSV/TSV) or position (JSON) it comes from. */
export interface ImportRow {
  line: number;
  entry: GlossaryEntry;
  /** CSV/TSV: fields whose cell was empty. Unless empty cells clear fields, a changed entry keeps them. */
  blank?: readonly FieldKey[];
}

export interface ImportPlan<E extends OwnedEntry = OwnedEntry> {
  added: ImportRow[];
  /** Same id as a stored entry, different content. `after` is what will be stored. */
  changed: Array<{ line: number; before: E; after: GlossaryEntry }>;
  /** Same id and content as a stored entry: nothing to write. */
  unchanged: ImportRow[];
  /** Replace only: stored entries the file does not have. */
  removed: E[];
  rejected: GlossaryProblem[];
}

/**
 * The fields a CSV/TSV file may leave out as a whole column, so that a changed entry keeps its stored value:
 * the optional columns, but not the id, by which a row finds its stored entry (without the column, the id is
 * the normalised Arabic).
 */
export const KEEPABLE_FIELDS = ENTRY_FIELDS.filter(
  (field) => field.column !== null && !field.required && field.key !== 'id',
);

/** Sets `key` of `to` to its value in `from` (a list copied), or removes it where `from` has none. */
function keepValue<K extends keyof GlossaryEntry>(to: GlossaryEntry, from: GlossaryEntry, key: K): void {
  const value = from[key];
  if (value === undefined) delete to[key];
  else to[key] = Array.isArray(value) ? ([...value] as GlossaryEntry[K]) : value;
}

/**
 * The incoming entry as it will be stored over `before`. What the file does not say is kept from the stored
 * entry: the contexts when it has none (CSV/TSV never do), the fields of columns the file does not have (a
 * newsroom list of arabic, english, type must not empty the variants and notes of the entries it names), and
 * the fields of empty cells unless the user chose that empty cells clear fields. So exporting to CSV and
 * importing back changes nothing.
 */
function withKept(
  row: ImportRow,
  before: GlossaryEntry | undefined,
  options: { keep: readonly EntryField[]; emptyCellsClear: boolean },
): GlossaryEntry {
  const incoming = row.entry;
  if (before === undefined) return incoming;
  const after: GlossaryEntry = { ...incoming };
  if (after.contexts === undefined && before.contexts !== undefined) after.contexts = [...before.contexts];
  for (const field of KEEPABLE_FIELDS) {
    const blank = !options.emptyCellsClear && row.blank?.includes(field.key) === true;
    if (blank || options.keep.includes(field)) keepValue(after, before, field.key);
  }
  return after;
}

/**
 * Sorts valid incoming rows against the stored glossary. An incoming entry with a stored entry's id changes
 * it; otherwise it is new. In "merge" mode an incoming form that a stored entry keeps (one the import
 * neither changes nor replaces) rejects the row, naming that entry; in "replace" mode every stored entry
 * not in the file goes, so only the file's own collisions (already checked when it was read) count.
 */
export function planImport<E extends OwnedEntry>(options: {
  existing: readonly E[];
  rows: readonly ImportRow[];
  mode: ImportMode;
  /** Fields the file has no column for (of KEEPABLE_FIELDS): a changed entry keeps its stored values. */
  keep?: readonly EntryField[];
  /** Empty cells empty the fields of a changed entry (otherwise they keep its stored values). */
  emptyCellsClear?: boolean;
}): ImportPlan<E> {
  const { existing, rows, mode, keep = [], emptyCellsClear = false } = options;
  const byId = new Map(existing.map((entry) => [entry.id, entry]));
  const owners = new Map<string, E[]>();
  for (const entry of existing) {
    for (const key of entryKeys(entry)) {
      const list = owners.get(key);
      if (list === undefined) owners.set(key, [entry]);
      else list.push(entry);
    }
  }
  const rejected = new Map<number, Problem>();
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
          rejected.set(row.line, { code: 'form-in-glossary', form, other: other.ar, otherEnglish: other.en });
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
      plan.rejected.push({ ...reason, line: row.line });
      continue;
    }
    kept.add(row.entry.id);
    const before = byId.get(row.entry.id);
    const after = withKept(row, before, { keep, emptyCellsClear });
    if (before === undefined) plan.added.push({ line: row.line, entry: after });
    else if (sameContent(before, after)) plan.unchanged.push({ line: row.line, entry: after });
    else plan.changed.push({ line: row.line, before, after });
  }
  if (mode === 'replace') plan.removed = existing.filter((entry) => !kept.has(entry.id));
  return plan;
}
