/**
 * Both message catalogues, for the extension's own pages, the background and the command-line tools. The
 * card, which a web page loads, takes only its language's (entrypoints/page-words-<lang>.ts).
 */
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { UiLanguage } from './languages';
import { type Catalogue, createTranslator, type Translator } from './translate';

export const CATALOGUES: Record<UiLanguage, Catalogue> = { en, ar };

/** The translator for a language, English where its catalogue lacks a message. */
export function translatorFor(lang: UiLanguage): Translator {
  return createTranslator(lang, CATALOGUES[lang], CATALOGUES.en);
}
