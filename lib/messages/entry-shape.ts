/**
 * The glossary entry as a message may carry it: why a value is not one of the shape and size a message may
 * carry, and a copy of one that is with only an entry's fields. The fields, their names and their limits are
 * lib/glossary's table (entry-fields.ts), so the import preview rejects a row over them with the same problem.
 */
import { ENTRY_FIELDS, type EntryField, entryLimitProblem, toGlossaryEntry } from '../glossary/entry-fields';
import type { Problem } from '../glossary/problems';
import { type GlossaryEntry, isEntityType } from '../glossary/schema';
import { isRecord } from './checks';

/** Why a field's value is not of the field's kind, or null (an optional field may be absent). */
function kindProblem(field: EntryField, value: unknown): Problem | null {
  if (value === undefined && field.optional) return null;
  switch (field.kind) {
    case 'text':
      return typeof value === 'string' ? null : { code: 'not-text', field: field.key };
    case 'type':
      if (typeof value === 'string' && isEntityType(value)) return null;
      // Anything but text that a page's script sent, as JSON writes it (undefined, which JSON has not, as is).
      return {
        code: 'unknown-type',
        value: typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
      };
    case 'flag':
      return typeof value === 'boolean' ? null : { code: 'not-boolean', field: field.key };
    case 'list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? null
        : { code: 'not-list', field: field.key };
  }
}

/**
 * Why a value is not a glossary entry of the shape and size a message may carry, or null when it is one.
 * Only the shape: whether its content is a good entry (required fields, matchable forms) is the store's
 * validation, which answers with problems the user can act on.
 */
export function entryShapeProblem(value: unknown): Problem | null {
  if (!isRecord(value)) return { code: 'not-object' };
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
