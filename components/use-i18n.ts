/**
 * The interface's language for the components: a translator (lib/i18n/translate.ts) given through a context
 * by each root (a page's <Localised>, the card's host). Apart from Localised.tsx, which holds both
 * catalogues, so that the card, loaded into web pages, carries only the words of its language.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../lib/i18n/translate';

export const I18nContext = createContext<Translator | null>(null);

export function useI18n(): Translator {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('Dalil: a component rendered outside a root that gives its language');
  return i18n;
}
