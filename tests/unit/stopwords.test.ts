import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import { ARABIC_STOPWORDS, PREPOSITION_PRONOUNS, PRONOUN_PREPOSITIONS } from '../../lib/arabic/stopwords';
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
  word('إلينا', 'to us: folded, it is written as the name Alina (الينا)'),
  word('منا', 'of us: the ن of من is shared with the pronoun'),
  word('لديهم', 'they have: لدى with its pronoun'),
  word('بيننا', 'between us: بين keeps its ن before the pronoun'),
  word('دوننا', 'without us'),
];

const INVALID: readonly ReadingCase[] = [
  word('مصر', 'Egypt is a name'),
  word('باريس', 'Paris is a name'),
  word('مالي', 'Mali is a name when a cue supports it (place-cues.test.ts)'),
  word('و', 'one letter is a clitic, never looked up alone'),
  word('منى', 'Mona is a name: the prepositions take no "me" (مني, folded as منى)'),
  word('مننا', 'the ن of من is never written twice before the pronoun'),
  word('دونا', 'Donna is a name: دون does not share its ن with "us"'),
  word('بينا', 'Pina is a name: بين does not share its ن with "us"'),
  word('منة', 'Menna is a name: منه "from him" folds as it, and is left out'),
];

describe('ARABIC_STOPWORDS', () => {
  testReadings(readings, { valid: VALID, invalid: INVALID });
});

describe('PRONOUN_PREPOSITIONS', () => {
  it.each(PRONOUN_PREPOSITIONS)('$preposition: its example holds a function word', ({ example }) => {
    const words = example.split(/[\s:]+/).map(foldArabic);
    expect(words.some((written) => PREPOSITION_PRONOUNS.has(written))).toBe(true);
  });
});
