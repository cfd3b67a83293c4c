/**
 * The English of a suggested name whose words are not all names: the word that says what kind of body it is
 * (جامعة University, نادي Club) in English order, English words in Arabic letters (نيوز News; in a person's
 * name too, where they are as rare), and words the glossary knows (القاهرة Cairo) with the glossary's English,
 * so جامعة القاهرة is "Cairo University", not a transliteration of its letters. The rest is spelt as a name.
 * Pure: no DOM.
 */
import { foldArabic } from '../arabic/normalize';
import type { NameSpelling } from './page-suggestions';

/** Words of organisation names with a fixed English, and where English puts them. */
export const ORGANISATION_WORDS: ReadonlyArray<{
  ar: string;
  en: string;
  /**
   * A head opens the Arabic name and ends the English one; a modifier ends both, before the head in English;
   * a loanword is an English word of the media's names written in Arabic letters, in English where it stands
   * (spelt as a name, برس was "Pers").
   */
  role: 'head' | 'modifier' | 'loanword';
  example: string;
  exampleEn: string;
}> = [
  { ar: 'جامعة', en: 'University', role: 'head', example: 'جامعة القاهرة', exampleEn: 'Cairo University' },
  { ar: 'نادي', en: 'Club', role: 'head', example: 'نادي الزمالك', exampleEn: 'Zamalek Club' },
  { ar: 'مطار', en: 'Airport', role: 'head', example: 'مطار القاهرة', exampleEn: 'Cairo Airport' },
  { ar: 'مستشفى', en: 'Hospital', role: 'head', example: 'مستشفى الشفاء', exampleEn: 'Shifa Hospital' },
  { ar: 'شركة', en: 'Company', role: 'head', example: 'شركة أرامكو', exampleEn: 'Aramco Company' },
  { ar: 'حزب', en: 'Party', role: 'head', example: 'حزب الوفد', exampleEn: 'Wafd Party' },
  { ar: 'حركة', en: 'Movement', role: 'head', example: 'حركة فتح', exampleEn: 'Fatah Movement' },
  { ar: 'جيش', en: 'Army', role: 'head', example: 'جيش المهدي', exampleEn: 'Mahdi Army' },
  { ar: 'بنك', en: 'Bank', role: 'head', example: 'بنك بيبلوس', exampleEn: 'Byblos Bank' },
  { ar: 'مصرف', en: 'Bank', role: 'head', example: 'مصرف قطر', exampleEn: 'Qatar Bank' },
  { ar: 'قناة', en: 'channel', role: 'head', example: 'قناة المحور', exampleEn: 'Mehwar channel' },
  { ar: 'صحيفة', en: 'newspaper', role: 'head', example: 'صحيفة بيلد', exampleEn: 'Bild newspaper' },
  { ar: 'وكالة', en: 'Agency', role: 'head', example: 'وكالة سونا', exampleEn: 'Suna Agency' },
  { ar: 'جبهة', en: 'Front', role: 'head', example: 'جبهة البوليساريو', exampleEn: 'Polisario Front' },
  { ar: 'كتائب', en: 'Brigades', role: 'head', example: 'كتائب القسام', exampleEn: 'Qassam Brigades' },
  { ar: 'سرايا', en: 'Brigades', role: 'head', example: 'سرايا القدس', exampleEn: 'Quds Brigades' },
  { ar: 'منظمة', en: 'Organisation', role: 'head', example: 'منظمة بدر', exampleEn: 'Badr Organisation' },
  { ar: 'مؤسسة', en: 'Foundation', role: 'head', example: 'مؤسسة قطر', exampleEn: 'Qatar Foundation' },
  { ar: 'مجموعة', en: 'Group', role: 'head', example: 'مجموعة بن لادن', exampleEn: 'Bin Laden Group' },
  { ar: 'معهد', en: 'Institute', role: 'head', example: 'معهد واشنطن', exampleEn: 'Washington Institute' },
  { ar: 'مجلة', en: 'magazine', role: 'head', example: 'مجلة تايم', exampleEn: 'Time magazine' },
  {
    ar: 'الدولي',
    en: 'International',
    role: 'modifier',
    example: 'مطار القاهرة الدولي',
    exampleEn: 'Cairo International Airport',
  },
  {
    ar: 'المركزي',
    en: 'Central',
    role: 'modifier',
    example: 'مصرف قطر المركزي',
    exampleEn: 'Qatar Central Bank',
  },
  {
    ar: 'الوطني',
    en: 'National',
    role: 'modifier',
    example: 'بنك قطر الوطني',
    exampleEn: 'Qatar National Bank',
  },
  {
    ar: 'الوطنية',
    en: 'National',
    role: 'modifier',
    example: 'شركة النفط الوطنية',
    exampleEn: 'Naft National Company',
  },
  { ar: 'برس', en: 'Press', role: 'loanword', example: 'برس', exampleEn: 'Press' },
  { ar: 'نيوز', en: 'News', role: 'loanword', example: 'سكاي نيوز', exampleEn: 'Sky News' },
  { ar: 'تايمز', en: 'Times', role: 'loanword', example: 'نيويورك تايمز', exampleEn: 'New York Times' },
  { ar: 'بوست', en: 'Post', role: 'loanword', example: 'واشنطن بوست', exampleEn: 'Washington Post' },
  { ar: 'تريبيون', en: 'Tribune', role: 'loanword', example: 'شيكاغو تريبيون', exampleEn: 'Chicago Tribune' },
  {
    ar: 'جورنال',
    en: 'Journal',
    role: 'loanword',
    example: 'وول ستريت جورنال',
    exampleEn: 'Wall Street Journal',
  },
];

const BY_WORD: ReadonlyMap<string, (typeof ORGANISATION_WORDS)[number]> = new Map(
  ORGANISATION_WORDS.map((row) => [foldArabic(row.ar), row]),
);

function withoutArticle(en: string): string {
  const bare = en.replace(/^al-/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

export interface ComposeOptions {
  /** The folded words of the name, clitics off the first. */
  words: readonly string[];
  /**
   * Per word, the English of the glossary entry whose match begins there, '' for the other words of that
   * match, null for a word the glossary did not match.
   */
  known: ReadonlyArray<string | null>;
  spell: (words: readonly string[]) => NameSpelling;
}

/**
 * The name's English from its parts, or null when none of its words is known or fixed (then it is a name
 * through and through, and the speller spells it whole). The speller's spelling of the whole comes after as
 * an alternative.
 */
export function composeEnglish(options: ComposeOptions): NameSpelling | null {
  const { words, known, spell } = options;
  const head = BY_WORD.get(words[0] ?? '');
  let end = words.length;
  const modifiers: string[] = [];
  while (head?.role === 'head' && end > 2 && BY_WORD.get(words[end - 1] as string)?.role === 'modifier') {
    modifiers.unshift((BY_WORD.get(words[end - 1] as string) as { en: string }).en);
    end--;
  }
  const start = head?.role === 'head' && words.length > 1 ? 1 : 0;
  const fixed = words.map((word, i) => {
    const row = BY_WORD.get(word);
    return known[i] ?? (row?.role === 'loanword' ? row.en : null);
  });
  if (start === 0 && fixed.every((english) => english === null)) return null;
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    // Before a head English drops the article: Zamalek Club, Mahdi Army.
    if (run.length > 0) parts.push(start === 1 ? withoutArticle(spell(run).en) : spell(run).en);
    run = [];
  };
  for (let i = start; i < end; i++) {
    const english = fixed[i] ?? null;
    if (english === null) {
      run.push(words[i] as string);
      continue;
    }
    flush();
    if (english !== '') parts.push(english);
  }
  flush();
  const en = [...parts, ...modifiers, ...(start === 1 ? [(head as { en: string }).en] : [])]
    .filter((part) => part !== '')
    .join(' ');
  const whole = spell(words);
  const alternatives = [whole.en, ...whole.alternatives].filter((other) => other !== '' && other !== en);
  return { en, alternatives: alternatives.slice(0, 2) };
}
