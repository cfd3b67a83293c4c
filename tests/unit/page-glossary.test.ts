import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { bundledReading, readingDifferences } from '../../lib/page/page-glossary';

const entry = (id: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  ar: id,
  en: id,
  type: 'place',
  variants: [],
  ...more,
});

describe('bundledReading', () => {
  it('is the bundled glossary in the store’s order: the unchanged entries with the pristine ones back in place', () => {
    const glossary = {
      entries: [
        entry('a'),
        entry('c', { own: true, type: 'person' }),
        entry('d'),
        entry('mine', { own: true }),
      ],
      // b deleted, c changed, e deleted; given in any order.
      pristine: [entry('e'), entry('c'), entry('b')],
    };
    expect(bundledReading(glossary).map((value) => [value.id, value.type])).toEqual([
      ['a', 'place'],
      ['b', 'place'],
      ['c', 'place'],
      ['d', 'place'],
      ['e', 'place'],
    ]);
  });

  it('orders ids by code unit, as IndexedDB lists string keys', () => {
    const glossary = { entries: [entry('B'), entry('a')], pristine: [entry('_'), entry('Z')] };
    expect(bundledReading(glossary).map((value) => value.id)).toEqual(['B', 'Z', '_', 'a']);
  });
});

describe('readingDifferences', () => {
  it('holds the reader’s own and changed entries and the pristine ones, each matching alone', () => {
    const glossary = {
      entries: [entry('a'), entry('mali', { own: true, contextual: true })],
      pristine: [entry('b', { contextual: true })],
    };
    expect(readingDifferences(glossary).map((value) => [value.id, value.contextual])).toEqual([
      ['mali', false],
      ['b', false],
    ]);
  });
});
