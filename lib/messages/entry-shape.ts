/**
 * The glossary entry as a message may carry it: limits on its size, why a value is not one, and a copy of
 * one that is with only an entry's fields.
 */
import { ENTRY_FLAGS, type GlossaryEntry, isEntityType } from '../glossary/schema';
import { isRecord } from './checks';

/**
 * Limits on one glossary entry in a message. Generous for real entries (the longest bundled context is a few
 * hundred characters); the import preview rejects a row over them with the same words (`entryShapeProblem`).
 */
export const ENTRY_LIMITS = {
  id: 500,
  ar: 200,
  en: 500,
  note: 2000,
  wikipedia: 300,
  source: 100,
  variants: 50,
  variant: 200,
  contexts: 20,
  context: 2000,
} as const;
/** At most this many entries in one import (a 10,000-entry glossary fits twice over). */
export const MAX_IMPORT_ENTRIES = 20_000;

function lengthProblem(field: string, value: unknown, max: number): string | null {
  if (typeof value !== 'string') return `"${field}" must be text`;
  return value.length > max ? `the ${field} is longer than ${max.toLocaleString('en')} characters` : null;
}

function listProblem(field: string, value: unknown, count: number, max: number): string | null {
  if (!Array.isArray(value)) return `"${field}" must be a list`;
  if (value.length > count) return `more than ${count} ${field}`;
  for (const item of value as unknown[]) {
    const problem = lengthProblem(field, item, max);
    if (problem !== null) return problem.replace(`the ${field} is`, `one of the ${field} is`);
  }
  return null;
}

/**
 * Why a value is not a glossary entry of the shape and size a message may carry, or null when it is one.
 * Only the shape: whether its content is a good entry (required fields, matchable forms) is the store's
 * validation, which answers with problems the user can act on.
 */
export function entryShapeProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'an entry must be an object';
  const required = [
    lengthProblem('id', value.id, ENTRY_LIMITS.id),
    lengthProblem('Arabic', value.ar, ENTRY_LIMITS.ar),
    lengthProblem('English', value.en, ENTRY_LIMITS.en),
    typeof value.type === 'string' && isEntityType(value.type)
      ? null
      : `unknown type ${JSON.stringify(value.type)}`,
    listProblem('variants', value.variants, ENTRY_LIMITS.variants, ENTRY_LIMITS.variant),
  ];
  const optional = [
    value.note === undefined ? null : lengthProblem('note', value.note, ENTRY_LIMITS.note),
    value.wikipedia === undefined
      ? null
      : lengthProblem('wikipedia', value.wikipedia, ENTRY_LIMITS.wikipedia),
    value.source === undefined ? null : lengthProblem('source', value.source, ENTRY_LIMITS.source),
    value.contexts === undefined
      ? null
      : listProblem('contexts', value.contexts, ENTRY_LIMITS.contexts, ENTRY_LIMITS.context),
    ...ENTRY_FLAGS.map((flag) =>
      value[flag] === undefined || typeof value[flag] === 'boolean'
        ? null
        : `"${flag}" must be true or false`,
    ),
  ];
  return [...required, ...optional].find((problem) => problem !== null) ?? null;
}

/** A copy of a checked entry with only the fields of an entry (nothing else the sender put in). */
function pickEntry(value: Record<string, unknown>): GlossaryEntry {
  const source = value as unknown as GlossaryEntry;
  const entry: GlossaryEntry = {
    id: source.id,
    ar: source.ar,
    variants: [...source.variants],
    en: source.en,
    type: source.type,
  };
  if (source.note !== undefined) entry.note = source.note;
  if (source.wikipedia !== undefined) entry.wikipedia = source.wikipedia;
  for (const flag of ENTRY_FLAGS) if (source[flag] !== undefined) entry[flag] = source[flag];
  if (source.source !== undefined) entry.source = source.source;
  if (source.contexts !== undefined) entry.contexts = [...source.contexts];
  return entry;
}

/** The entry in a message's field, copied with only an entry's fields, or null when it is not one. */
export function parseEntry(value: unknown): GlossaryEntry | null {
  return isRecord(value) && entryShapeProblem(value) === null ? pickEntry(value) : null;
}
