import { type ComponentChild, h } from 'preact';
import { I18nContext } from '../../components/use-i18n';
import { translatorFor } from '../../lib/i18n/catalogues';

/** A component under test in English, as a page's root or the card's host would give it its language. */
export function inEnglish(node: ComponentChild) {
  return h(I18nContext.Provider, { value: translatorFor('en') }, node);
}
