import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import { createSpeller } from '../../lib/names/spell-english';
import { isInitial, LETTER_INITIALS } from '../../lib/names/spell-initials';
import type { SpellingModel } from '../../lib/names/spell-model';

const MODEL_PATH = fileURLToPath(new URL('../../assets/spelling-model.json', import.meta.url));
if (!existsSync(MODEL_PATH)) throw new Error(`${MODEL_PATH} is missing: run \`npm run train\` first`);
const speller = createSpeller(JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as SpellingModel);
const folded = (name: string): string[] => name.split(' ').map(foldArabic);
const arabicOf = (example: string): string =>
  example
    .split(' ')
    .filter((word) => /\p{Script=Arabic}/u.test(word))
    .join(' ');

describe('LETTER_INITIALS', () => {
  it.each([...LETTER_INITIALS])('%s: its example is spelt with the initial', (key, { letter, example }) => {
    const name = folded(arabicOf(example));
    expect(name).toContain(key);
    const spelt = speller.spell(name).en.split(' ');
    // Each place the letter name stands in the example holds the initial in the spelling.
    name.forEach((word, index) => {
      if (word === key) expect(spelt[index]).toBe(`${letter.toUpperCase()}.`);
    });
  });

  it('keys are folded Arabic letter names, each one Latin letter', () => {
    for (const [key, { letter }] of LETTER_INITIALS) {
      expect(foldArabic(key)).toBe(key);
      expect(letter).toMatch(/^[a-z]$/);
    }
  });
});

describe('isInitial', () => {
  it.each<[string, number, boolean, string]>([
    ['جون إف كينيدي', 1, true, 'inside a name'],
    ['جون إف', 1, true, 'closing a name cut short at its full stop'],
    ['جيه كيه رولينغ', 0, true, 'opening a name, before another initial'],
    ['إس ترومان', 0, false, 'opening a name before a word'],
    ['إف', 0, false, 'a letter name alone is a word'],
    ['ستافان دي ميستورا', 1, false, 'دي is de, no initial'],
    ['بان كي مون', 1, false, 'كي is Ki, no initial'],
    ['جون كينيدي', 1, false, 'no letter name'],
  ])('%s, word %i: %s (%s)', (name, index, expected) => {
    expect(isInitial(folded(name), index)).toBe(expected);
  });
});

describe('the speller with initials', () => {
  it('spells John F. Kennedy and keeps the word reading as an alternative', () => {
    const { en, alternatives } = speller.spell(folded('جون إف كينيدي'));
    expect(en).toMatch(/^John F\. Kenn?edy$/);
    expect(alternatives.some((spelling) => !spelling.includes('F.'))).toBe(true);
  });

  it('reads a letter name alone, and دي inside a name, as words', () => {
    expect(speller.spell(folded('إف')).en).not.toContain('.');
    expect(speller.spell(folded('ستافان دي ميستورا')).en).not.toContain('D.');
  });
});
