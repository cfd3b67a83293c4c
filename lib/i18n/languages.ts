/**
 * The languages of Dalil's interface, apart from their catalogues (translate.ts): the settings, the message
 * parsers and the page reader need the names, not the words.
 */
export const UI_LANGUAGES = ['en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** What the reader chose on the options page: a language, or the browser's ('auto'). */
export const LANGUAGE_CHOICES = ['auto', ...UI_LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/**
 * The interface's language: the chosen one, or under 'auto' the browser's when Dalil speaks it
 * (`ar-EG` → Arabic), else English.
 */
export function resolveLanguage(choice: LanguageChoice, browserLanguage: string): UiLanguage {
  if (choice !== 'auto') return choice;
  const primary = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return UI_LANGUAGES.find((lang) => lang === primary) ?? 'en';
}

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return LANGUAGE_CHOICES.some((choice) => choice === value);
}
