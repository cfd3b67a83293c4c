import { describe, expect, it } from 'vitest';
import { JOINED_HALVES, personClassOf } from '../../lib/names/joined-names';

/** Name tokens as the lists hold them: halves apart, each with a frequency class. */
const LISTED = new Map([
  ['عبد', 4],
  ['الرحمن', 3],
  ['الله', 2],
  ['ابو', 4],
  ['تريكه', 1],
  ['نصر', 2],
  ['نور', 2],
  ['الدين', 2],
  ['عبدون', 1],
]);

describe('joined compound names', () => {
  it.each(JOINED_HALVES)('reads its example $example through the $half row', ({ half, at, example }) => {
    const rest = at === 'start' ? example.slice(half.length) : example.slice(0, -half.length);
    expect(LISTED.has(example)).toBe(false);
    expect(personClassOf(LISTED, example)).toBe(Math.min(LISTED.get(half) ?? 0, LISTED.get(rest) ?? 0));
    expect(personClassOf(LISTED, example)).toBeGreaterThan(0);
  });

  it.each([
    { word: 'عبدالله', expected: 2, why: 'both rows that fit give the rarer half: الله' },
    { word: 'عبدون', expected: 1, why: 'a listed word keeps its own class' },
    { word: 'ابوالرحمن', expected: 3, why: 'ابو takes a half with the article too' },
  ])('gives $word class $expected ($why)', ({ word, expected }) => {
    expect(personClassOf(LISTED, word)).toBe(expected);
  });

  it.each([
    { word: 'عبدنور', why: 'عبد joins only a half with the article' },
    { word: 'ابوظبي', why: 'the other half is no listed name' },
    { word: 'ابونر', why: 'the other half is too short' },
    { word: 'والدين', why: 'a clitic before الدين is no half' },
    { word: 'بالدين', why: 'nor a clitic on the article' },
    { word: 'كتاب', why: 'no half at all' },
  ])('gives $word none ($why)', ({ word }) => {
    expect(personClassOf(LISTED, word)).toBe(0);
  });
});
