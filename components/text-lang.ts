/** 'ar' for text written mostly in Arabic letters (a page title, a query), else 'en'. */
export function scriptLang(text: string): 'ar' | 'en' {
  const arabic = text.match(/[\u0620-\u064a\u066e-\u06d3]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > latin ? 'ar' : 'en';
}
