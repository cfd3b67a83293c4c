/**
 * Capital letters of an English name spelt in lower case, as English newsrooms print them (AP and Reuters
 * style for Arabic names): every part capitalised except the article and the "son of" particles inside a name.
 */

/**
 * The article, whole or assimilated to a sun letter, in lower case where a hyphen joins it to the name; a
 * word of its own is the family آل and keeps its capital (آل نهيان Al Nahyan).
 */
const ARTICLES: ReadonlyMap<string, string> = new Map([
  ['al', 'رفيق الحريري Rafik al-Hariri'],
  ['el', 'عبد الفتاح السيسي Abdel-Fattah el-Sisi'],
  ['ad', 'صلاح الدين Salah ad-Din'],
  ['adh', 'الذهبي adh-Dhahabi'],
  ['an', 'النووي an-Nawawi'],
  ['ar', 'عبد الرحمن Abd ar-Rahman'],
  ['as', 'عبد السلام Abd as-Salam'],
  ['ash', 'الشافعي ash-Shafii'],
  ['at', 'الطبري at-Tabari'],
  ['ath', 'الثعالبي ath-Thaalibi'],
  ['az', 'الزهري az-Zuhri'],
]);

/** In lower case inside a name, capitalised where the name opens with them. */
const PARTICLES: ReadonlyMap<string, string> = new Map([
  ['bin', 'أسامة بن لادن Osama bin Laden; بن لادن Bin Laden'],
  ['ibn', 'عبد الله ابن عباس Abdullah ibn Abbas; ابن خلدون Ibn Khaldun'],
  ['bint', 'عائشة بنت أبي بكر Aisha bint Abi Bakr'],
]);

/** Regnal numbers, which Wikidata gives as name tokens (الثاني ii), in capitals. */
const ROMAN_NUMERALS: ReadonlyMap<string, string> = new Map([
  ['i', 'فيصل الأول Faisal I'],
  ['ii', 'عبد الله الثاني Abdullah II'],
  ['iii', 'الحسن الثالث Hassan III'],
  ['iv', 'الرابع IV'],
  ['v', 'الخامس V'],
  ['vi', 'محمد السادس Mohammed VI'],
  ['vii', 'السابع VII'],
  ['viii', 'الثامن VIII'],
  ['ix', 'التاسع IX'],
  ['x', 'العاشر X'],
  ['xi', 'الحادي عشر XI'],
  ['xii', 'الثاني عشر XII'],
]);

/** Prefixes after which a second capital follows: O'Brien, D'Alema, N'Guessan; McDonald. */
const INNER_CAPITAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(\p{L}')(\p{L})/u, "one letter and an apostrophe: o'brien O'Brien"],
  [/^(mc)(\p{L})/u, 'mcdonald McDonald'],
];

export function isRomanNumeral(en: string): boolean {
  return ROMAN_NUMERALS.has(en);
}

const upperFirst = (text: string): string => {
  const [first = ''] = text;
  return first.toUpperCase() + text.slice(first.length);
};

function capitalisePart(part: string): string {
  if (ROMAN_NUMERALS.has(part)) return part.toUpperCase();
  for (const [pattern] of INNER_CAPITAL) {
    const match = pattern.exec(part);
    if (match !== null) {
      const [whole, prefix = '', next = ''] = match;
      return upperFirst(prefix) + next.toUpperCase() + part.slice(whole.length);
    }
  }
  return upperFirst(part);
}

/** Capitalises a name given in lower case, words separated by spaces and parts of a word by hyphens. */
export function capitaliseName(name: string): string {
  return name
    .split(' ')
    .map((word, position) =>
      word
        .split('-')
        .map((part, index, parts) => {
          if (ARTICLES.has(part) && index < parts.length - 1) return part;
          if (PARTICLES.has(part) && (position > 0 || index > 0)) return part;
          return capitalisePart(part);
        })
        .join('-'),
    )
    .join(' ');
}
