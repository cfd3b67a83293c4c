import { describe } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import { ARABIC_STOPWORDS } from '../../lib/arabic/stopwords';
import { type ReadingCase, testReadings } from './rule-readings';

const FUNCTION_WORD = 'function word';

function readings(written: string): string[] {
  return ARABIC_STOPWORDS.has(foldArabic(written)) ? [FUNCTION_WORD] : [];
}

const word = (written: string, why: string): ReadingCase => ({ written, reading: FUNCTION_WORD, why });

const VALID: readonly ReadingCase[] = [
  word('على', 'on: folded, it is written as the name علي'),
  word('بين', 'between: ب + ين would be a two-letter "name"'),
  word('فإن', 'for indeed: ف + ان would be a two-letter "name"'),
  word('في', 'in'),
  word('الذي', 'which'),
  word('أمس', 'yesterday, written with its hamza'),
];

const INVALID: readonly ReadingCase[] = [
  word('مصر', 'Egypt is a name'),
  word('باريس', 'Paris is a name'),
  word('مالي', 'Mali is a name when a cue supports it (place-cues.test.ts)'),
  word('و', 'one letter is a clitic, never looked up alone'),
];

describe('ARABIC_STOPWORDS', () => {
  testReadings(readings, { valid: VALID, invalid: INVALID });
});
