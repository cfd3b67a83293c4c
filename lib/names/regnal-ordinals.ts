/**
 * Regnal numbers as Arabic writes them after a ruler's or a pope's name (folded): the name ends there, save
 * for a "son of" chain (عبد الله الثاني بن الحسين), so a word after one is not the name's (جورج الخامس
 * المرموق: "the prestigious George V", a street). The teens add عشر (لاون الرابع عشر).
 */
export const REGNAL_ORDINALS: ReadonlyArray<{ ar: string; example: string }> = [
  { ar: 'الاول', example: 'فيصل الأول' },
  { ar: 'الثاني', example: 'عبد الله الثاني' },
  { ar: 'الثالث', example: 'تشارلز الثالث' },
  { ar: 'الرابع', example: 'هنري الرابع' },
  { ar: 'الخامس', example: 'جورج الخامس' },
  { ar: 'السادس', example: 'محمد السادس' },
  { ar: 'السابع', example: 'إدوارد السابع' },
  { ar: 'الثامن', example: 'هنري الثامن' },
  { ar: 'التاسع', example: 'لويس التاسع' },
  { ar: 'العاشر', example: 'ألفونسو العاشر' },
  { ar: 'الحادي', example: 'لويس الحادي عشر' },
  // A queen's number is feminine.
  { ar: 'الاولي', example: 'إليزابيث الأولى' },
  { ar: 'الثانيه', example: 'إليزابيث الثانية' },
  { ar: 'الثالثه', example: 'مارغريت الثالثة' },
];

/** The words that make an ordinal a teen (الرابع عشر "the fourteenth", a queen's عشرة), folded. */
export const TEENS: ReadonlySet<string> = new Set(['عشر', 'عشره']);

export const REGNAL_ORDINAL_WORDS: ReadonlySet<string> = new Set(REGNAL_ORDINALS.map((row) => row.ar));
