/**
 * The popup's check of a page's replies (lib/messages/tab-reply.ts): the replies the page reader gives are
 * taken as they are (page-controller.test.ts checks its own answers against it), anything else is refused.
 */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ENTRIES } from '../../lib/glossary/import-plan';
import type { PageEntity, PageStatus } from '../../lib/messages/protocol';
import { parseTabReply } from '../../lib/messages/tab-reply';
import { detection, ENTITIES, PAGE_URL } from './popup-fakes';

const STATUS: PageStatus = {
  detection: detection({ textScore: 4 }),
  siteMode: 'auto',
  active: true,
  counts: { باريس: 2 },
  reading: 'article',
  wholePage: false,
};
const LIST = { entities: ENTITIES, url: PAGE_URL, title: 'مقال' };

describe('a page status', () => {
  it('is taken as the reader gives it, for each request answered with one', () => {
    for (const type of ['page/status', 'page/toggle', 'page/site-mode', 'page/whole-page'] as const) {
      expect(parseTabReply(type, STATUS)).toEqual(STATUS);
    }
    const { reading: _none, ...off } = STATUS;
    expect(parseTabReply('page/status', { ...off, active: false })).toEqual({ ...off, active: false });
  });

  it('keeps a reason of no known code, for the popup to leave out', () => {
    const odd = { ...STATUS, detection: detection({ reasons: [{ code: 'from-the-future' } as never] }) };
    expect(parseTabReply('page/status', odd)).toEqual(odd);
  });

  it.each([
    ['no reply at all', undefined],
    ['a list of entities', LIST],
    ['no detection', { ...STATUS, detection: undefined }],
    ['a verdict that is no text', { ...STATUS, detection: { ...STATUS.detection, verdict: 7 } }],
    ['a reason without a code', { ...STATUS, detection: detection({ reasons: [{ percent: 3 } as never] }) }],
    ['reasons that are no list', { ...STATUS, detection: { ...STATUS.detection, reasons: 'none' } }],
    ['a site mode of no kind', { ...STATUS, siteMode: 'sometimes' }],
    ['active as text', { ...STATUS, active: 'yes' }],
    ['a count that is no number', { ...STATUS, counts: { باريس: '2' } }],
    ['a reading of no kind', { ...STATUS, reading: 'headline' }],
  ])('is refused with %s', (_why, value) => {
    expect(parseTabReply('page/status', value)).toBeNull();
  });
});

describe("a page's entities", () => {
  it('are taken as the reader lists them', () => {
    expect(parseTabReply('page/entities', LIST)).toEqual(LIST);
    expect(parseTabReply('page/entities', { ...LIST, entities: [] })).toEqual({ ...LIST, entities: [] });
  });

  it("keep a suggested name's other spellings and the reader's own entries", () => {
    const [first] = ENTITIES as [PageEntity];
    const suggested = { ...first, entry: { ...first.entry, suggestion: { alternatives: ['Pariss'] } } };
    const own = { ...first, entry: { ...first.entry, own: true } };
    const list = { ...LIST, entities: [suggested, own] };
    expect(parseTabReply('page/entities', list)).toEqual(list);
  });

  it('keep only the fields of an entry and of an entity', () => {
    const [first] = ENTITIES;
    const extra = { ...LIST, entities: [{ ...first, entry: { ...first?.entry, script: 'x' }, html: '<b>' }] };
    expect(parseTabReply('page/entities', extra)).toEqual({ ...LIST, entities: [first] });
  });

  it.each([
    ['a status', STATUS],
    ['no address', { ...LIST, url: undefined }],
    ['a title that is no text', { ...LIST, title: 7 }],
    ['entities that are no list', { ...LIST, entities: {} }],
    [
      'more entities than two full glossaries',
      { ...LIST, entities: Array(2 * MAX_IMPORT_ENTRIES + 1).fill(ENTITIES[0]) },
    ],
  ])('are refused with %s', (_why, value) => {
    expect(parseTabReply('page/entities', value)).toBeNull();
  });

  it.each([
    ['an entry with no type', { ...ENTITIES[0], entry: { ar: 'باريس', en: 'Paris' } }],
    ['a count as text', { ...ENTITIES[0], count: '1' }],
    [
      'a suggestion without its spellings',
      { ...ENTITIES[0], entry: { ...ENTITIES[0]?.entry, suggestion: {} } },
    ],
    ['an entry owned by text', { ...ENTITIES[0], entry: { ...ENTITIES[0]?.entry, own: 'yes' } }],
    ['a sentence that is no text', { ...ENTITIES[0], sentences: [{}] }],
    ['a sentence of 2,001 characters', { ...ENTITIES[0], sentences: ['ب'.repeat(2001)] }],
  ])('leave out an entity with %s, and keep the others', (_why, odd) => {
    const [, ...rest] = ENTITIES;
    expect(parseTabReply('page/entities', { ...LIST, entities: [odd, ...rest] })).toEqual({
      ...LIST,
      entities: rest,
    });
  });
});

describe('the flags of the other replies', () => {
  it.each([
    ['page/reveal', { found: true }, { found: 'yes' }],
    ['page/glossary-changed', { refreshed: false }, { refreshed: null }],
  ] as const)('%s: %j taken, %j refused', (type, valid, invalid) => {
    expect(parseTabReply(type, { ...valid, extra: 1 })).toEqual(valid);
    expect(parseTabReply(type, invalid)).toBeNull();
    expect(parseTabReply(type, null)).toBeNull();
  });
});
