import { hasArabicLetter } from '../arabic/script';
import { ENTRY_FIELDS, type FieldKey, type ListKey, type TextKey } from './entry-fields';
import { formKey } from './form-key';
import type { GlossaryProblem, Problem } from './problems';
import { type EntryFlag, type GlossaryEntry, isEntityType, SUGGESTION_ID_PREFIX } from './schema';

/**
 * An entry as read from a file, before validation: every field there, an absent one empty ('', false, []),
 * the type as written.
 */
export type SourcedEntry = {
  line: number;
  type: string;
  /** CSV/TSV: the fields whose column the file has but whose cell in this row is empty. */
  blank?: FieldKey[];
} & Record<TextKey, string> &
  Record<ListKey, string[]> &
  Record<EntryFlag, boolean>;

/** Why a form cannot be matched, or null when it can. */
function formProblem(form: string): Problem | null {
  const words = formKey(form);
  const letters = words.join('');
  if (letters === '') return { code: 'form-empty', form };
  if (letters.length < 2) return { code: 'form-single-letter', form };
  if (!hasArabicLetter(letters)) return { code: 'form-no-arabic', form };
  return null;
}

/**
 * Checks entries read from any source: required fields, known type, matchable forms, and no form that
 * collides with another entry's once normalised (the collision names the other entry and its line).
 */
export function validateEntries(sourced: readonly SourcedEntry[]): {
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
} {
  const problems: GlossaryProblem[] = [];
  const entries: GlossaryEntry[] = [];
  /** The entry holding each normalised form, and the form as it wrote it. */
  const owners = new Map<string, { owner: SourcedEntry; form: string }>();
  const ids = new Map<string, SourcedEntry>();
  for (const item of sourced) {
    const report = (problem: Problem) => problems.push({ ...problem, line: item.line });
    const missing = ENTRY_FIELDS.filter(
      (field) => field.required && field.kind === 'text' && item[field.key] === '',
    );
    for (const field of missing) report({ code: 'missing-field', field: field.key });
    if (!isEntityType(item.type)) report({ code: 'unknown-type', value: item.type });
    const forms = item.ar === '' ? item.variants : [item.ar, ...item.variants];
    const keys = new Set<string>();
    let formsOk = true;
    for (const form of forms) {
      const problem = formProblem(form);
      if (problem !== null) {
        report(problem);
        formsOk = false;
        continue;
      }
      const key = formKey(form).join(' ');
      if (keys.has(key)) continue;
      keys.add(key);
      const held = owners.get(key);
      // Entries that both declare the form ambiguous may share it (عمان: Oman and Amman).
      if (held !== undefined && !(held.owner.ambiguous && item.ambiguous)) {
        const { owner } = held;
        report(
          held.form === form
            ? { code: 'form-twice', form, first: owner.line, second: item.line }
            : { code: 'form-same-as', form, other: held.form, otherEnglish: owner.en, otherLine: owner.line },
        );
        formsOk = false;
      } else {
        owners.set(key, { owner: item, form });
      }
    }
    if (
      item.vocalized !== '' &&
      item.ar !== '' &&
      formKey(item.vocalized).join(' ') !== formKey(item.ar).join(' ')
    ) {
      report({ code: 'vocalized-mismatch', vocalized: item.vocalized, ar: item.ar });
      formsOk = false;
    }
    // A derived id is the canonical form's key, already checked for collisions above.
    const id = item.id !== '' ? item.id : formKey(item.ar).join(' ');
    const sameId = ids.get(id);
    // Such ids name the name finder's suggestions on a page, which are never stored.
    if (item.id.startsWith(SUGGESTION_ID_PREFIX)) {
      report({ code: 'id-reserved', id: item.id, prefix: SUGGESTION_ID_PREFIX });
      formsOk = false;
    }
    if (item.id !== '' && sameId !== undefined) {
      report({ code: 'id-twice', id, otherLine: sameId.line });
      formsOk = false;
    }
    if (formsOk) ids.set(id, item);
    if (missing.length > 0 || !isEntityType(item.type) || !formsOk) continue;
    const entry: GlossaryEntry = {
      id,
      ar: item.ar,
      variants: item.variants.filter((variant) => variant !== item.ar),
      en: item.en,
      type: item.type,
    };
    // An optional field is left out when empty, so every source gives the same entry.
    for (const field of ENTRY_FIELDS) {
      if (!field.optional) continue;
      if (field.kind === 'flag') {
        if (item[field.key]) entry[field.key] = true;
      } else if (field.kind === 'list') {
        if (item[field.key].length > 0) entry[field.key] = item[field.key];
      } else if (field.kind === 'text' && item[field.key] !== '') entry[field.key] = item[field.key];
    }
    entries.push(entry);
  }
  return { entries, problems };
}

/** An entry in the shape validateEntries reads, at a position (1-based) used as its "line" in problems. */
export function toSourced(entry: GlossaryEntry, line: number): SourcedEntry {
  // Every field is set below, so the object is whole when it is returned.
  const sourced = { line } as SourcedEntry;
  for (const field of ENTRY_FIELDS) {
    if (field.kind === 'type') sourced.type = entry.type;
    else if (field.kind === 'flag') sourced[field.key] = entry[field.key] ?? false;
    else if (field.kind === 'list') sourced[field.key] = entry[field.key] ?? [];
    else sourced[field.key] = entry[field.key] ?? '';
  }
  return sourced;
}

/**
 * How a note about a role that changes ends: the last month the role was known to be held, so that the card,
 * which shows the note, dates it ("President of Egypt (as of 2025-06)").
 */
const AS_OF = /\(as of \d{4}-(0[1-9]|1[0-2])\)$/;

/** Why an entry is not a person with a Wikipedia title and a dated note, or null when it is (seeds/people.tsv). */
export function datedPersonProblem(entry: GlossaryEntry): string | null {
  if (entry.type !== 'person') return `the type must be person, not "${entry.type}"`;
  if (entry.wikipedia === undefined) return 'the Wikipedia title is missing';
  if (entry.note === undefined || !AS_OF.test(entry.note))
    return 'the note must end with the last month the role was known to be held, as "(as of YYYY-MM)"';
  return null;
}
