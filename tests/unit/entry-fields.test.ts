import { describe, expect, it } from 'vitest';
import {
  changedFields,
  ENTRY_FIELDS,
  entryLimitProblem,
  type FieldKey,
  limitOf,
  sameContent,
  toGlossaryEntry,
} from '../../lib/glossary/entry-fields';
import type { Problem } from '../../lib/glossary/problems';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { entry } from './entry-factory';

/** An entry with every field of the table set. */
const FULL: GlossaryEntry = {
  id: 'mali',
  ar: 'مالي',
  vocalized: 'مالِي',
  variants: ['جمهورية مالي'],
  en: 'Mali',
  enVariants: ['Republic of Mali'],
  type: 'place',
  note: 'West Africa',
  wikipedia: 'Mali',
  inflects: false,
  contextual: true,
  ambiguous: false,
  source: 'curated',
  contexts: ['في مالي'],
};
const PARIS = entry('باريس', 'باريس', 'Paris');

describe('ENTRY_FIELDS', () => {
  it('holds every field of an entry but a suggestion (which is never stored or exported)', () => {
    expect(ENTRY_FIELDS.map((field) => field.key)).toEqual(Object.keys(FULL));
  });
});

describe('toGlossaryEntry', () => {
  it('copies every field, in the order of the table, and nothing else', () => {
    const extra = { ...FULL, origin: 'user', keys: ['مالي'], suggestion: { alternatives: [] } };
    const copy = toGlossaryEntry(extra);
    expect(copy).toEqual(FULL);
    expect(Object.keys(copy)).toEqual(Object.keys(FULL));
  });

  it('copies the lists, so a change to the copy leaves the entry as it was', () => {
    const copy = toGlossaryEntry(FULL);
    copy.variants.push('مالى');
    copy.contexts?.push('من مالي');
    expect(FULL.variants).toEqual(['جمهورية مالي']);
    expect(FULL.contexts).toEqual(['في مالي']);
  });

  it('leaves out what an entry lacks', () => {
    expect(toGlossaryEntry(PARIS)).toEqual(PARIS);
    expect(Object.keys(toGlossaryEntry(PARIS))).toEqual(['id', 'ar', 'variants', 'en', 'type']);
  });
});

describe('sameContent and changedFields', () => {
  it.each<[Partial<GlossaryEntry>, Partial<GlossaryEntry>, FieldKey[], string]>([
    [{}, {}, [], 'the same entry'],
    [{}, { note: '' }, [], 'an absent note is an empty one'],
    [{}, { inflects: false, contexts: [] }, [], 'an absent flag is false, absent contexts are none'],
    [{}, { en: 'Paris, France' }, ['en'], 'one field'],
    [
      {},
      { variants: ['باريز'], note: 'Capital' },
      ['variants', 'note'],
      'two fields, in the order of the table',
    ],
    [{}, { contextual: true, ambiguous: true }, ['contextual', 'ambiguous'], 'each flag'],
    [{}, { wikipedia: 'Paris' }, ['wikipedia'], 'the Wikipedia title'],
    [{ contexts: ['في باريس'] }, {}, ['contexts'], 'the contexts'],
  ])('%o against %o: %o (%s)', (before, after, changed) => {
    const a = { ...PARIS, ...before };
    const b = { ...PARIS, ...after };
    expect(changedFields(a, b)).toEqual(changed);
    expect(sameContent(a, b)).toBe(changed.length === 0);
  });

  it('sets bookkeeping aside', () => {
    expect(sameContent(PARIS, { ...PARIS, origin: 'user', updatedAt: 5 } as GlossaryEntry)).toBe(true);
  });
});

describe('entryLimitProblem: what a message may carry', () => {
  it.each<[Partial<GlossaryEntry>, Problem | null, string]>([
    [{}, null, 'a real entry'],
    [{ ar: 'ب'.repeat(200) }, null, 'the Arabic at its limit'],
    [{ ar: 'ب'.repeat(201) }, { code: 'text-too-long', field: 'ar', limit: 200 }, 'the Arabic over it'],
    [{ note: 'x'.repeat(2001) }, { code: 'text-too-long', field: 'note', limit: 2000 }, 'the note'],
    [{ wikipedia: 'x'.repeat(301) }, { code: 'text-too-long', field: 'wikipedia', limit: 300 }, 'a title'],
    [
      { variants: Array(51).fill('باريز') },
      { code: 'list-too-long', field: 'variants', items: 50 },
      'too many',
    ],
    [
      { variants: ['x'.repeat(201)] },
      { code: 'list-item-too-long', field: 'variants', limit: 200 },
      'one item too long',
    ],
    [
      { contexts: ['x'.repeat(2001)] },
      { code: 'list-item-too-long', field: 'contexts', limit: 2000 },
      'a context',
    ],
    [
      { id: 'x'.repeat(501), en: 'x'.repeat(501) },
      { code: 'text-too-long', field: 'id', limit: 500 },
      'the first, in order',
    ],
  ])('%#: %o (%s)', (more, problem) => {
    expect(entryLimitProblem({ ...PARIS, ...more })).toEqual(problem);
  });

  it('gives each limit by field', () => {
    expect([limitOf('ar'), limitOf('en'), limitOf('contexts')]).toEqual([200, 500, 2000]);
  });
});
