import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import { capitaliseName } from '../../lib/names/spell-capitalise';
import { JOINED_ENDINGS } from '../../lib/names/spell-compounds';
import { createSpeller } from '../../lib/names/spell-english';
import type { SpellingModel } from '../../lib/names/spell-model';

const MODEL_PATH = fileURLToPath(new URL('../../assets/spelling-model.json', import.meta.url));

function loadModel(): SpellingModel {
  if (!existsSync(MODEL_PATH))
    throw new Error(`${MODEL_PATH} is missing: run \`npm run train\` (tsx scripts/train-spelling.ts) first`);
  return JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as SpellingModel;
}

const model = loadModel();
const speller = createSpeller(model);
/** A name as a page gives it: folded words. */
const spell = (name: string) => speller.spell(name.split(' ').map(foldArabic));
const all = (name: string): string[] => {
  const { en, alternatives } = spell(name);
  return [en, ...alternatives];
};

describe('known tokens take their most frequent spelling in the data', () => {
  it.each(['محمد', 'أبو', 'أسامة', 'خالد', 'حسن'])('%s', (word) => {
    const key = foldArabic(word);
    const spellings = model.lexicon[key];
    expect(spellings, `${key} should be a known token`).toBeDefined();
    const [first] = spellings ?? [];
    expect(spell(word).en).toBe(capitaliseName(first?.[0] ?? ''));
  });

  it('offers the next most frequent spellings as alternatives', () => {
    const spellings = (model.lexicon[foldArabic('محمد')] ?? []).map(([en]) => capitaliseName(en));
    expect(all('محمد')).toEqual(spellings.slice(0, 3));
  });
});

describe("the given names' table (seeds/names/given-names.tsv)", () => {
  it.each([
    ['أحمد', ['Ahmed', 'Ahmad'], 'the data counts Akhmet as often as Ahmad'],
    ['خالد', ['Khalid', 'Khaled'], 'the data knows Khalid alone, and the letters gave Halid'],
    ['سامح', ['Sameh'], 'a name the data lacks'],
    ['أسامة', ['Osama', 'Usama', 'Oussama'], 'the data put the French spelling first'],
    ['بول', ['Paul'], 'the data knew it as Ball'],
  ])('%s is spelt as the table says, with no alternative of the letters (%s)', (word, expected) => {
    expect(all(word)).toEqual(expected);
  });

  it('is spelt so inside a longer name too', () => {
    expect(spell('أحمد أبو الغيط').en).toMatch(/^Ahmed Abu?l?[ -]/);
  });
});

describe('compounds are spelt as units', () => {
  it.each([
    ['عبد الله', 'Abdullah', 'the servant of God: one word'],
    ['عبدالله', 'Abdullah', 'the same written as one word'],
    ['عبد الله الثاني', 'Abdullah II', 'a regnal number in capitals'],
    ['أبو بكر', 'Abu Bakr', 'father of: Abu, then the name'],
    ['حسن نصر الله', 'Hassan Nasrallah', 'a name joined to God'],
  ])('%s → %s (%s)', (name, expected) => {
    expect(spell(name).en).toBe(expected);
  });

  it.each([
    ['عبد الرحمن', 'Rahman'],
    ['عبد العزيز', 'Aziz'],
    ['محمد عبد العاطي', 'A'],
  ])('%s: عبد + article + name is Abdel-…, Abdul … or Abdel…', (name, stem) => {
    const spellings = all(name);
    expect(spellings).toHaveLength(3);
    for (const spelling of spellings)
      expect(spelling).toMatch(new RegExp(`\\bAbd(?:el-|ul |el)${stem}`, 'i'));
    expect(spellings.some((spelling) => spelling.includes('Abdul '))).toBe(true);
  });

  it.each([
    ['أسامة بن لادن', / bin Laden$/, 'bin inside a name, in lower case'],
    ['محمد بن سلمان', /^Mohammed bin Salman$/, 'bin between two names'],
    ['بن لادن', /^Bin Laden$/, 'capitalised where the name opens with it'],
    ['ابن خلدون', /^Ibn Khald/, 'ibn'],
  ])('%s (%s)', (name, expected) => {
    expect(spell(name).en).toMatch(expected);
  });
});

describe('a Persian ending written apart (JOINED_ENDINGS)', () => {
  it.each([...JOINED_ENDINGS])(
    '%s: its example is spelt with the ending joined to the word before',
    (_, rule) => {
      const arabic = rule.example.replace(/ [A-Z].*$/, '');
      const english = rule.example.replace(/^[^A-Z]+/, '');
      const [suffix] = rule.spellings[0] as [string, number];
      const first = spell(arabic).en;
      expect(first.split(' ')).toHaveLength(english.split(' ').length);
      expect(first).toMatch(new RegExp(`\\p{L}${suffix}$`, 'u'));
    },
  );

  it('spells the ending as a word where no word stands before it', () => {
    expect(spell('زاده').en.split(' ')).toHaveLength(1);
    expect(spell('زاده علي').en.split(' ')).toHaveLength(2);
  });
});

describe('the article on a surname', () => {
  it('is written al-, with the surname alone as an alternative', () => {
    const { en, alternatives } = spell('الحريري');
    expect(en).toBe('al-Hariri');
    expect(alternatives).toContain('Hariri');
  });

  it('keeps its hyphen and lower case inside a name', () => {
    expect(spell('رفيق الحريري').en).toMatch(/^Rafi[kq] al-Hariri$/);
  });

  it("counts the surname's spellings with and without the article together", () => {
    // As the lists have it: البشير is spelt bechir 6 times, بشير bashir 20 and bachir 7 times.
    const lexicon: SpellingModel['lexicon'] = {
      ...model.lexicon,
      البشير: [['bechir', 6]],
      بشير: [
        ['bashir', 20],
        ['bachir', 7],
      ],
    };
    const pooled = createSpeller({ ...model, lexicon });
    expect(pooled.spell(['عمر', 'البشير']).en).toMatch(/^Om?[ae]r al-Bashir$/);
    expect(pooled.spell(['البشير']).alternatives).toContain('Bashir');
    // Where only the article form is known, its spellings stand alone.
    const alone = createSpeller({ ...model, lexicon: { ...lexicon, بشير: [] } });
    expect(alone.spell(['البشير']).en).toBe('al-Bechir');
  });

  it.each([
    ['الكسندر', /^Ale[kx]/, 'Alexander: the article letters are part of the name'],
    ['نور الدين', /^Nou?r Edd?in/, 'Eddine: the article assimilated, not written twice'],
  ])('is not added where the spelling holds it: %s', (name, expected) => {
    expect(spell(name).en).toMatch(expected);
    expect(spell(name).en).not.toMatch(/al-/);
  });
});

describe('unseen tokens get the character model', () => {
  it.each([
    ['كرزماني', 'a made-up surname'],
    ['بلتوفيتش', 'a made-up Slavic surname'],
    ['شمهوري', 'a made-up nisba'],
    ['ترامبلوفسكي', 'a long one'],
  ])('%s: a capitalised Latin word (%s)', (word) => {
    expect(model.lexicon[foldArabic(word)]).toBeUndefined();
    const spellings = all(word);
    expect(spellings).toHaveLength(3);
    for (const spelling of spellings) {
      expect(spelling).toMatch(/^\p{Lu}[\p{Ll}']+$/u);
      expect(spelling.length).toBeGreaterThanOrEqual(word.length - 1);
      expect(spelling.length).toBeLessThanOrEqual(3 * word.length);
    }
    expect(new Set(spellings).size).toBe(3);
  });

  it('spells a word from its letters, not by letter-by-letter romanisation', () => {
    // romanize.ts gives ʿbd and ḥ; the speller never writes those marks.
    for (const spelling of all('عبد الحميد حمدان')) expect(spelling).not.toMatch(/[ʿʾḥṣḍṭẓāīū]/);
  });
});

describe('odd input', () => {
  it.each([[[]], [['']], [['  ']], [['😀']], [['\u200c']]])('spells %j as nothing', (words) => {
    expect(speller.spell(words)).toEqual({ en: '', alternatives: [] });
  });

  it.each([
    ['مُحَمَّد', 'harakat and shadda'],
    ['محـــمد', 'tatweel'],
    ['مح\u200cمد', 'a zero-width non-joiner'],
    ['ﻣﺤﻤﺪ', 'presentation forms'],
  ])('reads %s as محمد (%s)', (word) => {
    expect(speller.spell([word])).toEqual(speller.spell(['محمد']));
  });

  it('reads a name given as one string of words', () => {
    expect(speller.spell(['أبو بكر'])).toEqual(spell('أبو بكر'));
  });

  it('spells ﷲ, the ligature of God, as Allah', () => {
    expect(speller.spell(['ﷲ']).en).toBe('Allah');
  });

  it('keeps a Latin word as written', () => {
    expect(speller.spell(['محمد', 'DiCaprio']).en).toBe(`${spell('محمد').en} DiCaprio`);
  });

  it('skips a symbol inside a word', () => {
    expect(speller.spell(['محم😀د']).en).toMatch(/^\p{Lu}\p{Ll}+$/u);
  });
});

describe('the speller', () => {
  it('is deterministic: two spellers of one model agree', () => {
    const other = createSpeller(model);
    for (const name of ['محمد عبد العاطي', 'آشتون كارتر', 'كرزماني', 'الحريري'])
      expect(other.spell(name.split(' ').map(foldArabic))).toEqual(spell(name));
  });

  it('gives at most two alternatives, none equal to the spelling', () => {
    for (const name of ['محمد', 'آشتون كارتر', 'عبد الرحمن', 'كرزماني']) {
      const { en, alternatives } = spell(name);
      expect(alternatives.length).toBeLessThanOrEqual(2);
      expect(alternatives).not.toContain(en);
    }
  });

  it('refuses a model of another format', () => {
    expect(() => createSpeller({ ...model, version: 2 } as unknown as SpellingModel)).toThrow(/version/);
  });

  it('spells Ashton Carter', () => {
    expect(spell('آشتون كارتر').en).toBe('Ashton Carter');
  });
});
