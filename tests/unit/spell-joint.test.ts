import { describe, expect, it } from 'vitest';
import { createCharSpeller } from '../../lib/names/spell-joint';
import type { JointModelData } from '../../lib/names/spell-model';
import { packInts, unpackInts } from '../../lib/names/spell-pack';
import { trainSpellingModel } from '../../scripts/lib/spelling-train';

/**
 * A bigram model small enough to score by hand (log probabilities × 100): units b, a, p for ب ا ب and the
 * two-letter unit با:ba, which spells ba a second way. After the word's start b is likely and p less so;
 * everything else backs off to the unigrams.
 */
const SCALE = 100;
const FIXTURE: JointModelData = {
  order: 2,
  units: ['', 'ب\tb', 'ا\ta', 'ب\tp', 'با\tba'],
  scale: SCALE,
  unigrams: packInts([-161, -92, -120, -230, -300]),
  // Context <s> (unit 0): backoff weight -69, two followers: unit 1 at -51, unit 3 (1 + 2) at -120.
  contexts: [packInts([0, -69, 2, 1, -51, 2, -120])],
};

const log = (...scaled: number[]): number => scaled.reduce((sum, value) => sum + value / SCALE, 0);

describe('createCharSpeller on a hand-made model', () => {
  const speller = createCharSpeller(FIXTURE);

  it('scores each spelling by its derivations, summed, best first', () => {
    // ba: <s> b (stored), a after b (unigram), end after a (unigram); or <s> با (backoff + unigram), end.
    const ba = Math.log(Math.exp(log(-51, -120, -161)) + Math.exp(log(-69, -300, -161)));
    // pa: <s> p (stored), a, end.
    const pa = log(-120, -120, -161);
    const spellings = speller.spell('با', 3);
    expect(spellings.map(({ en }) => en)).toEqual(['ba', 'pa']);
    expect(spellings[0]?.logProb).toBeCloseTo(ba, 6);
    expect(spellings[1]?.logProb).toBeCloseTo(pa, 6);
  });

  it('returns no more than asked for', () => {
    expect(speller.spell('با', 1).map(({ en }) => en)).toEqual(['ba']);
  });

  it('skips a character no unit reads, at a cost', () => {
    const [plain] = speller.spell('با', 1);
    const [skipped] = speller.spell('بxا', 1);
    expect(skipped?.en).toBe('ba');
    expect((skipped?.logProb ?? 0) < (plain?.logProb ?? 0) - 10).toBe(true);
  });

  it('spells nothing for an empty word or one it cannot read at all', () => {
    expect(speller.spell('', 3)).toEqual([]);
    expect(speller.spell('xyz', 3)).toEqual([]);
  });
});

describe('packInts', () => {
  it.each([[[]], [[0, 1, -1, 31, 32, -33, 1023, 1024, -5000, 2 ** 30, -(2 ** 30)]]])(
    'round-trips %j',
    (values) => {
      expect(unpackInts(packInts(values))).toEqual(values);
    },
  );

  it('spends one character on a small number', () => {
    expect(packInts([0, 5, -7, 15])).toHaveLength(4);
  });

  it('refuses what it cannot pack or read back', () => {
    expect(() => packInts([0.5])).toThrow();
    expect(() => unpackInts('A*')).toThrow();
    // A digit that promises another one, then nothing.
    expect(() => unpackInts('g')).toThrow();
  });
});

describe('a model trained on a few pairs', () => {
  // Each Arabic letter is always spelt the same way here (the vowel after م and ك comes with the letter), so
  // the model must give every pair back.
  const base: readonly (readonly [string, string])[] = [
    ['سامي', 'sami'],
    ['سالم', 'salem'],
    ['مالك', 'malek'],
    ['كامل', 'kamel'],
    ['ماسك', 'masek'],
    ['سامك', 'samek'],
  ];
  const pairs = base.flatMap(([ar, en]) => Array.from({ length: 3 }, () => ({ ar, en, count: 1 })));
  const options = {
    order: 3,
    maxArabic: 2,
    maxEnglish: 3,
    iterations: 5,
    minUnitCount: 1,
    minCounts: [0, 1, 1],
    minGain: 0,
    weighCounts: false,
    spellingsPerToken: 3,
    lexiconMinCount: 100,
    spellingMinCount: 1,
    scale: 100,
  };
  const model = trainSpellingModel(pairs, options);
  const speller = createCharSpeller(model.chars);

  it.each(base)('gives %s back as %s', (ar, en) => {
    expect(speller.spell(ar, 3)[0]?.en).toBe(en);
  });

  it('leaves tokens rarer than lexiconMinCount to the character model', () => {
    expect(model.lexicon).toEqual({});
  });

  it('is the same model on every run', () => {
    expect(JSON.stringify(trainSpellingModel(pairs, options))).toBe(JSON.stringify(model));
  });

  it("spells a name of the given names' table as it says, whatever the data counts, and settles it", () => {
    const [ar] = base[0] as [string, string];
    const data = [...pairs, ...Array.from({ length: 200 }, () => ({ ar, en: 'akhmet', count: 1 }))];
    const given = new Map([
      [ar, ['ahmed', 'ahmad']],
      ['سامح', ['sameh']],
    ]);
    const withTable = trainSpellingModel(data, options, given);
    expect(withTable.lexicon[ar]).toEqual([
      ['ahmed', 70],
      ['ahmad', 30],
    ]);
    expect(withTable.lexicon.سامح).toEqual([['sameh', 100]]);
    expect(withTable.settled).toBe(`${ar} سامح`);
    // The data alone spells it as it counts, and settles nothing.
    expect(trainSpellingModel(data, options).lexicon[ar]?.[0]?.[0]).toBe('akhmet');
    expect(trainSpellingModel(data, options).settled).toBeUndefined();
    expect(() => trainSpellingModel(data, options, new Map([[ar, ['a', 'b', 'c', 'd']]]))).toThrow(
      /more spellings/,
    );
  });
});
