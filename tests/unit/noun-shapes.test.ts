import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import { hasNounShape, NOUN_SHAPES } from '../../lib/arabic/noun-shapes';

const folded = (text: string): string[] =>
  text
    .split(/[\s،]+/)
    .filter((word) => word !== '')
    .map(foldArabic);

describe('NOUN_SHAPES', () => {
  it.each(NOUN_SHAPES)('takes its example and none of the words it must not ($example)', (row) => {
    const [example] = folded(row.example);
    expect(row.shape.test(example as string)).toBe(true);
    const others = folded(row.notThis);
    expect(others.length).toBeGreaterThan(0);
    for (const word of others) expect(row.shape.test(word), word).toBe(false);
  });
});

describe('hasNounShape', () => {
  const known = (word: string) => word === 'توفيق' || word === 'تيسير';
  it.each([
    ['الأمعاء', 'a noun with the article, alone'],
    ['الفردان', 'another'],
    ['تدجين جيل', 'a verbal noun opens the name'],
    ['تحرير', 'a verbal noun alone'],
    ['كونغوية يصطادون', 'a verb in the plural, anywhere in the name'],
    ['دبلوماسيين قالوا', 'a verb of the past in the plural'],
  ])('is true of %s (%s)', (name) => {
    expect(hasNounShape(folded(name), known)).toBe(true);
  });

  it.each([
    ['الحريري', 'a nisba with the article'],
    ['الشيعية', 'a feminine nisba'],
    ['محمد الأمين', 'a noun with the article after a first name'],
    ['تامر حسني', 'a given name in ت that is no verbal noun'],
    ['فؤاد', 'no article, no verbal noun'],
    ['توفيق الحكيم', "a name of a verbal noun's shape that the lists know"],
    ['محمد تيسير', 'another, not first'],
    ['هارون الرشيد', 'a name in ون that opens as no verb does'],
    ['', 'nothing'],
  ])('is false of %s (%s)', (name) => {
    expect(hasNounShape(folded(name), known)).toBe(false);
  });
});
