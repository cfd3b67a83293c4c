/**
 * One way to test a language rule table: a function gives every reading the rule makes of a written form
 * (each as one string, such as 'ب + ال + وزير'), and tables of cases say which readings must be among them
 * and which must not, each with its reason.
 */
import { expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';

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
