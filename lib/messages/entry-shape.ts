/**
 * The glossary entry as a message may carry it: why a value is not one of the shape and size a message may
 * carry, and a copy of one that is with only an entry's fields. The fields, their names and their limits are
 * lib/glossary's table (entry-fields.ts), so the import preview rejects a row over them with the same words.
 */
import { ENTRY_FIELDS, type EntryField, entryLimitProblem, toGlossaryEntry } from '../glossary/entry-fields';
import { type GlossaryEntry, isEntityType } from '../glossary/schema';
import { isRecord } from './checks';

/** Why a field's value is not of the field's kind, or null (an optional field may be absent). */
function kindProblem(field: EntryField, value: unknown): string | null {
  if (value === undefined && field.optional) return null;
  switch (field.kind) {
    case 'text':
      return typeof value === 'string' ? null : `"${field.label}" must be text`;
    case 'type':
      return typeof value === 'string' && isEntityType(value)
        ? null
        : `unknown type ${JSON.stringify(value)}`;
    case 'flag':
      return typeof value === 'boolean' ? null : `"${field.key}" must be true or false`;
    case 'list':
      if (!Array.isArray(value)) return `"${field.label}" must be a list`;
      return value.every((item) => typeof item === 'string') ? null : `"${field.label}" must be text`;
  }
}

/**
 * Why a value is not a glossary entry of the shape and size a message may carry, or null when it is one.
 * Only the shape: whether its content is a good entry (required fields, matchable forms) is the store's
 * validation, which answers with problems the user can act on.
 */
export function entryShapeProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'an entry must be an object';
  for (const field of ENTRY_FIELDS) {
    const problem = kindProblem(field, value[field.key]);
    if (problem !== null) return problem;
  }
  // Every field is of its kind: what is left to check is its size.
  return entryLimitProblem(value as unknown as GlossaryEntry);
}

/** The entry in a message's field, copied with only an entry's fields, or null when it is not one. */
export function parseEntry(value: unknown): GlossaryEntry | null {
  return entryShapeProblem(value) === null ? toGlossaryEntry(value as GlossaryEntry) : null;
}
