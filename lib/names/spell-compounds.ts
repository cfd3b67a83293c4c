/**
 * Name words the English speller spells by rule rather than from data: the "son of" particles, whose
 * Wikidata rows are misaligned (بن is paired with ibn more often than with bin), and the compounds of عبد
 * ("servant of") with a name of God, which English writes as one name. Words are folded (normalize.ts).
 */

export interface RuleSpelling {
  /** Lower-case spellings, best first, with their share among them. */
  spellings: readonly (readonly [en: string, share: number])[];
  example: string;
}

/** Words spelt the same wherever they stand in a name. */
export const FIXED_WORDS: ReadonlyMap<string, RuleSpelling> = new Map([
  [
    'بن',
    {
      spellings: [
        ['bin', 0.7],
        ['ben', 0.3],
      ],
      example: 'أسامة بن لادن Osama bin Laden; بن علي Ben Ali',
    },
  ],
  ['ابن', { spellings: [['ibn', 1]], example: 'ابن خلدون Ibn Khaldun' }],
  ['بنت', { spellings: [['bint', 1]], example: 'عائشة بنت أبي بكر Aisha bint Abi Bakr' }],
  ['الله', { spellings: [['allah', 1]], example: 'الله Allah' }],
]);

/** God's name, which closes many compound names: English joins it to the word before. */
export const GOD = 'الله';

/** How the word before الله and the name of God are joined, with their shares. */
export const GOD_FORMS: readonly { joiner: string; share: number; example: string }[] = [
  { joiner: '', share: 0.7, example: 'حسن نصر الله Hassan Nasrallah' },
  { joiner: ' ', share: 0.3, example: 'فضل الله Fadl Allah' },
];

/** The word that opens a servant-of compound: عبد + a name of God, mostly with the article (عبد الرحمن). */
export const SERVANT = 'عبد';

/** Compounds English writes as one word, keyed by their words joined without a space. */
export const FIXED_COMPOUNDS: ReadonlyMap<string, RuleSpelling> = new Map([
  [
    'عبدالله',
    {
      spellings: [
        ['abdullah', 0.7],
        ['abdallah', 0.3],
      ],
      example: 'عبد الله الثاني Abdullah II',
    },
  ],
]);

/**
 * How English writes عبد before article + name. Where the data has no spelling of the compound, these make
 * its spellings, with these shares: the hyphenated Egyptian form first, then the Gulf and Levant form, then
 * the Maghreb's one word. Where the data spells the compound as one word but Arabic writes two, the word is
 * split after the prefix with the form's joiner (abdulrahman → Abdul Rahman).
 */
export const SERVANT_FORMS: readonly { prefix: string; joiner: string; share: number; example: string }[] = [
  { prefix: 'abdel', joiner: '-', share: 0.5, example: 'عبد العاطي Abdel-Aty' },
  { prefix: 'abdul', joiner: ' ', share: 0.3, example: 'عبد الرحمن Abdul Rahman' },
  { prefix: 'abdel', joiner: '', share: 0.2, example: 'عبد الرحمن Abdelrahman' },
];

/**
 * Persian surname endings that Arabic news writes as a word of their own and English joins to the word
 * before (فخري زاده Fakhrizadeh): the speller joins them, and keeps the words apart among its spellings.
 */
export const JOINED_ENDINGS: ReadonlyMap<string, RuleSpelling> = new Map([
  ['زاده', { spellings: [['zadeh', 1]], example: 'محسن فخري زاده Mohsen Fakhrizadeh' }],
  ['نجاد', { spellings: [['nejad', 1]], example: 'محمود أحمدي نجاد Mahmoud Ahmadinejad' }],
]);

/** Share of the joined spelling (Fakhrizadeh) against the words apart (Fakhri Zadeh). */
export const JOINED_SHARE = 0.8;
