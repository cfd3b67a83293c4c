import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldArabic } from '~/lib/arabic/normalize';
import { tokenize } from '~/lib/arabic/tokenize';
import { buildNameSuggester, createNameSuggester, parseTaggerText } from '~/lib/names/name-suggester';

/** The models `npm run train` writes (npm test builds them first). */
const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../assets/${file}`, import.meta.url)), 'utf8');
const files = { tagger: read('name-model.json'), spelling: read('spelling-model.json') };

const NAMES = ['محمد عبد العاطي', 'آشتون كارتر', 'سليم بوزيدي', 'كيليان مبابي'];
const SENTENCE = 'وقال الدكتور محمد عبد العاطي إن مصر ترحب بالاتفاق الذي أعلن أمس في القاهرة';

describe('buildNameSuggester', () => {
  it('builds in several steps what createNameSuggester builds at once', async () => {
    let yields = 0;
    const stepwise = await buildNameSuggester(files, {
      yieldToMain: async () => {
        yields++;
      },
    });
    const atOnce = createNameSuggester({
      tagger: JSON.parse(files.tagger),
      spelling: JSON.parse(files.spelling),
    });
    expect(yields).toBeGreaterThan(3);
    for (const name of NAMES) {
      const words = name.split(' ').map(foldArabic);
      expect(stepwise.spell(words)).toEqual(atOnce.spell(words));
      expect(stepwise.spell(words).en).toMatch(/^[A-Z]/);
    }
    const tokens = tokenize(SENTENCE);
    expect(stepwise.tagger.tag(tokens)).toEqual(atOnce.tagger.tag(tokens));
    expect(stepwise.tagger.tag(tokens)).toContain('B-PERS');
  });

  it('gives the main thread back before each model is read, the first included', async () => {
    const steps: string[] = [];
    const watched = {
      get tagger() {
        steps.push('tagger');
        return files.tagger;
      },
      get spelling() {
        steps.push('spelling');
        return files.spelling;
      },
    };
    await buildNameSuggester(watched, {
      yieldToMain: async () => {
        steps.push('yield');
      },
    });
    // The module holding the models has just been evaluated in the task that calls this: no parse in it.
    expect(steps.slice(0, 2)).toEqual(['yield', 'tagger']);
    const tagger = steps.indexOf('tagger');
    const spelling = steps.indexOf('spelling');
    expect(steps.slice(tagger + 1, spelling).filter((step) => step === 'yield').length).toBeGreaterThan(1);
  });

  it('refuses files that are not its models', async () => {
    const yieldToMain = async () => {};
    await expect(
      buildNameSuggester({ tagger: '{}', spelling: files.spelling }, { yieldToMain }),
    ).rejects.toThrow(/npm run train/);
    await expect(
      buildNameSuggester({ tagger: files.tagger, spelling: '{"format":"other"}' }, { yieldToMain }),
    ).rejects.toThrow(/Spelling model/);
  });
});

describe('parseTaggerText', () => {
  const counting = () => {
    const calls = { yields: 0 };
    return { calls, options: { yieldToMain: async () => void calls.yields++ } };
  };

  it('parses the shipped tagger in pieces, each in a task of its own, into what JSON.parse gives', async () => {
    const { calls, options } = counting();
    expect(await parseTaggerText(files.tagger, options)).toEqual(JSON.parse(files.tagger));
    expect(calls.yields).toBe(4);
  });

  it.each([
    // A key with a bracket, a comma and an escaped quote is no place to cut.
    [
      'keys with brackets, commas and quotes',
      { format: 'f', weights: { 'a],"b': [1, 2], 'c]': [3], '],': [], d: [-4, 5] }, personTokens: [['x']] },
    ],
    ['one weight', { format: 'f', weights: { a: [1] }, personTokens: [] }],
    ['no weights', { format: 'f', weights: {}, personTokens: [] }],
    ['no personTokens after them (parsed whole)', { weights: { a: [1] }, format: 'f' }],
  ])('gives what JSON.parse gives for a file with %s', async (_label, file) => {
    const text = JSON.stringify(file);
    expect(await parseTaggerText(text, counting().options)).toEqual(JSON.parse(text));
  });
});

describe('the shipped tagger at the end of a name', () => {
  const tagger = createNameSuggester({
    tagger: JSON.parse(files.tagger),
    spelling: JSON.parse(files.spelling),
  }).tagger;
  const people = (sentence: string) => {
    const tokens = tokenize(sentence);
    return tagger
      .spans(tokens)
      .filter((span) => span.kind === 'PERS')
      .map((span) => sentence.slice(tokens[span.from]?.start, tokens[span.to - 1]?.end));
  };

  it('reads a surname it never met after a lone listed name (غوستاف فوشيه, not غوستاف)', () => {
    expect(
      people('وأوضح مصفف الشعر اللندني غوستاف فوشيه لصحيفة ديلي ميل أن اللون الوردي قد يكون ناتجا'),
    ).toEqual(['غوستاف فوشيه']);
  });
});
