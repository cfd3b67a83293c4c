/**
 * One way to test a language rule table: a function gives every reading the rule makes of a written form
 * (each as one string, such as 'ب + ال + وزير'), and tables of cases say which readings must be among them
 * and which must not, each with its reason.
 */
import { expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import type { WordSet } from '../../lib/arabic/word-set';

export interface ReadingCase {
  /** As a page writes it. */
  written: string;
  /** One reading of it, written plainly (it is folded before the comparison, as the rule sees text). */
  reading: string;
  why: string;
}

export interface ReadingTables {
  /** Readings the rule must give: one example for each row of its table, and more. */
  valid: readonly ReadingCase[];
  /** Readings it must not give. */
  invalid: readonly ReadingCase[];
}

export function testReadings(readings: (written: string) => readonly string[], tables: ReadingTables): void {
  it.each(tables.valid)('reads $written as $reading ($why)', ({ written, reading }) => {
    expect(readings(written)).toContain(foldArabic(reading));
  });
  it.each(tables.invalid)('does not read $written as $reading ($why)', ({ written, reading }) => {
    expect(readings(written)).not.toContain(foldArabic(reading));
  });
}

/** That the examples' first words are the set's words, each once: a table of words with an example per row. */
export function expectOneExampleEach(examples: readonly ReadingCase[], set: WordSet): void {
  const words = examples.map((example) => foldArabic(example.written.split(' ')[0] ?? ''));
  expect(words.filter((word) => !set.has(word))).toEqual([]);
  expect(new Set(words).size).toBe(set.size);
}
