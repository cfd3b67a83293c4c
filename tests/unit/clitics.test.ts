import { describe, expect, it } from 'vitest';
import {
  PROCLITIC_TABLE,
  type ProcliticRow,
  procliticRows,
  proclitics,
  splitFits,
} from '../../lib/arabic/clitics';
import { foldArabic } from '../../lib/arabic/normalize';
import { hashWord, withPrefixSwapped } from '../../lib/arabic/word-hash';
import { type ReadingCase, testReadings } from './rule-readings';

/** A reading as one string: the clitics in order, then the stem ('و + ب + باريس'). */
function readings(written: string): string[] {
  return proclitics(foldArabic(written)).map((reading) =>
    [...reading.clitics.map((clitic) => clitic.ar), reading.stem].join(' + '),
  );
}

/** What one row of the table makes of a word it applies to. */
function rowReading(row: ProcliticRow, word: string): string {
  return [...row.clitics.map((clitic) => clitic.ar), row.restore + word.slice(row.prefix.length)].join(' + ');
}

/** One example for each row of PROCLITIC_TABLE, in the table's order. */
const ROW_EXAMPLES: readonly ReadingCase[] = [
  { written: 'وباريس', reading: 'و + باريس', why: 'and Paris' },
  { written: 'فسوريا', reading: 'ف + سوريا', why: 'so Syria' },
  { written: 'بباريس', reading: 'ب + باريس', why: 'in Paris' },
  { written: 'كوزير', reading: 'ك + وزير', why: 'as a minister' },
  { written: 'لسوريا', reading: 'ل + سوريا', why: 'for Syria' },
  {
    written: 'للاذقية',
    reading: 'ل + اللاذقية',
    why: 'for Latakia: ل + ال before ل, three lams written two',
  },
  { written: 'وبباريس', reading: 'و + ب + باريس', why: 'and in Paris' },
  { written: 'فبباريس', reading: 'ف + ب + باريس', why: 'so in Paris' },
  { written: 'وكوزير', reading: 'و + ك + وزير', why: 'and as a minister' },
  { written: 'فكوزير', reading: 'ف + ك + وزير', why: 'so as a minister' },
  { written: 'ولسوريا', reading: 'و + ل + سوريا', why: 'and for Syria' },
  { written: 'فلسوريا', reading: 'ف + ل + سوريا', why: 'so for Syria' },
  { written: 'وللاذقية', reading: 'و + ل + اللاذقية', why: 'and for Latakia, the article kept' },
  { written: 'فللاعب', reading: 'ف + ل + اللاعب', why: 'so for the player, the article kept' },
  { written: 'للرئيس', reading: 'ل + الرئيس', why: 'for the president: ل + ال written لل, the article kept' },
  { written: 'الرئيس', reading: 'ال + رئيس', why: 'the president' },
  { written: 'للرئيس', reading: 'ل + ال + رئيس', why: 'for the president, the article split off' },
  { written: 'وللرئيس', reading: 'و + ل + الرئيس', why: 'and for the president, the article kept' },
  { written: 'فللرئيس', reading: 'ف + ل + الرئيس', why: 'so for the president, the article kept' },
  { written: 'والرئيس', reading: 'و + ال + رئيس', why: 'and the president' },
  { written: 'فالرئيس', reading: 'ف + ال + رئيس', why: 'so the president' },
  { written: 'بالوزير', reading: 'ب + ال + وزير', why: 'with the minister' },
  { written: 'كالوزير', reading: 'ك + ال + وزير', why: 'like the minister' },
  { written: 'وللرئيس', reading: 'و + ل + ال + رئيس', why: 'and for the president, the article split off' },
  { written: 'فللرئيس', reading: 'ف + ل + ال + رئيس', why: 'so for the president, the article split off' },
  { written: 'وبالوزير', reading: 'و + ب + ال + وزير', why: 'and with the minister' },
  { written: 'فبالوزير', reading: 'ف + ب + ال + وزير', why: 'so with the minister' },
  { written: 'وكالوزير', reading: 'و + ك + ال + وزير', why: 'and like the minister' },
  { written: 'فكالوزير', reading: 'ف + ك + ال + وزير', why: 'so like the minister' },
];

const MORE_EXAMPLES: readonly ReadingCase[] = [
  { written: 'باريس', reading: 'باريس', why: 'the word as written is always a reading' },
  { written: 'بِالوَزير', reading: 'ب + ال + وزير', why: 'marks do not hide a clitic' },
  { written: 'لليل', reading: 'ل + ليل', why: 'for a night: ل before a stem that starts with ل' },
  { written: 'لليل', reading: 'ل + الليل', why: 'for the night: the same letters, the article merged' },
  { written: 'للبنان', reading: 'ل + لبنان', why: 'for Lebanon: a name that starts with ل' },
  { written: 'بالليل', reading: 'ب + ال + ليل', why: 'by night: the article before ل is written whole' },
  { written: 'الليل', reading: 'ال + ليل', why: 'the night' },
];

const INVALID: readonly ReadingCase[] = [
  { written: 'للليل', reading: 'ل + ال + ليل', why: 'ل + الليل is written لليل, its lams merged' },
  { written: 'للليل', reading: 'ل + الليل', why: 'the same: لل before ل is no article' },
  { written: 'ولللقاء', reading: 'و + ل + ال + لقاء', why: 'and for the meeting is وللقاء' },
  { written: 'بوزير', reading: 'ب + و + زير', why: 'و comes before ب, never after it' },
  { written: 'لسوريا', reading: 'ل + السوريا', why: 'the article comes back only before a stem in ل' },
  { written: 'ولسوريا', reading: 'و + ل + السوريا', why: 'the same after و' },
  { written: 'لبباريس', reading: 'ل + ب + باريس', why: 'two prepositions do not stack' },
  { written: 'الوباريس', reading: 'ال + و + باريس', why: 'the article comes last, next to its noun' },
  { written: 'بالي', reading: 'ب + ال + ي', why: 'a stem of one letter is no word: Bali' },
  { written: 'وب', reading: 'و + ب', why: 'a stem of one letter is no word' },
];

describe('PROCLITIC_TABLE', () => {
  it('has one example per row, each read by its row', () => {
    expect(ROW_EXAMPLES).toHaveLength(PROCLITIC_TABLE.length);
    const byRow = PROCLITIC_TABLE.map((row, i) => {
      const example = ROW_EXAMPLES[i] as ReadingCase;
      const word = foldArabic(example.written);
      return word.startsWith(row.prefix) ? rowReading(row, word) : `${row.prefix} does not start ${word}`;
    });
    expect(byRow).toEqual(ROW_EXAMPLES.map((example) => foldArabic(example.reading)));
  });
});

describe('proclitics', () => {
  testReadings(readings, { valid: [...ROW_EXAMPLES, ...MORE_EXAMPLES], invalid: INVALID });

  it('gives the readings least stripped first, the word as written first of all', () => {
    expect(readings('وللرئيس')).toEqual([
      'وللرئيس',
      'و + للرئيس',
      'و + ل + لرئيس',
      'و + ل + اللرئيس',
      'و + ل + الرئيس',
      'و + ل + ال + رئيس',
    ]);
  });
});

/** A word's code units, as the matcher reads a word. */
const unitsOf = (word: string): number[] => Array.from(word, (ch) => ch.charCodeAt(0));

describe('procliticRows', () => {
  it("gives the rows whose prefix starts with a word's first two letters, in table order", () => {
    // Every first and second letter a prefix has, others, a Latin letter and none at all.
    const letters = [...new Set([...PROCLITIC_TABLE.flatMap((row) => [...row.prefix]), 'ع', 'ي', 'x', ''])];
    for (const first of letters) {
      for (const second of letters) {
        const word = `${first}${second}نا`;
        const starts = (row: ProcliticRow) => word.startsWith(row.prefix.slice(0, 2));
        expect(procliticRows(word.charCodeAt(0), word.charCodeAt(1)), word).toEqual(
          PROCLITIC_TABLE.filter(starts),
        );
      }
    }
  });

  it('gives the one-letter rows to a word of one letter (no second unit)', () => {
    expect(procliticRows('و'.charCodeAt(0), -1)).toEqual(PROCLITIC_TABLE.filter((row) => row.prefix === 'و'));
  });

  it('leaves splitFits to say which of them apply', () => {
    const units = unitsOf('للليل');
    const rows = procliticRows(units[0] ?? -1, units[1] ?? -1);
    expect(rows.map((row) => [row.prefix, splitFits(units, 0, units.length, row)])).toEqual([
      ['ل', true],
      ['ل', true],
      ['لل', false],
      ['لل', false],
    ]);
  });

  it("turns a word's hash into its stem's with each row's hash swap (the stem never made)", () => {
    for (const row of PROCLITIC_TABLE) {
      const word = `${row.prefix}بيت`;
      const stem = rowReading(row, word).split(' + ').at(-1) as string;
      expect(withPrefixSwapped(hashWord(word), row.hashSwap, 3), word).toBe(hashWord(stem));
    }
  });

  it('reads the word between its bounds in a longer run of units (a token table)', () => {
    // وبالبيت inside other words: the fit looks at its own units, and a stem of one letter is too short.
    const units = unitsOf('قال وبالبيت وب');
    const row = PROCLITIC_TABLE.find((r) => r.prefix === 'وبال') as ProcliticRow;
    expect(splitFits(units, 4, 11, row)).toBe(true);
    expect(splitFits(units, 12, 14, PROCLITIC_TABLE[0] as ProcliticRow)).toBe(false);
    expect(splitFits(units, 0, 3, row)).toBe(false);
  });
});
