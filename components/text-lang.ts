import { countArabicLetters } from '../lib/arabic/script';

/** 'ar' for text written mostly in Arabic letters (a page title, a query), else 'en'. */
export function scriptLang(text: string): 'ar' | 'en' {
  const arabic = countArabicLetters(text);
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > latin ? 'ar' : 'en';
}
