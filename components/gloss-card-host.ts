import { h, render } from 'preact';
import type { UiLanguage } from '../lib/i18n/languages';
import { createTranslator } from '../lib/i18n/translate';
import { type CardCallbacks, type CardHost, type CardView, createCardHost } from '../lib/page/card-host';
import formCss from './add-entry-form.css?inline';
import cardCss from './card.css?inline';
import { GlossCard } from './GlossCard';
import { I18nContext } from './Localised';
import typeColorsCss from './type-colors.css?inline';

/** The gloss card in a language: its words come with it, in the card's own chunk, not the page reader's. */
function glossCard(lang: UiLanguage): CardView {
  const i18n = createTranslator(lang);
  return {
    // The type colours (shared with the popup and options), the card's rules, then the add form's.
    css: typeColorsCss + cardCss + formCss,
    render(props, into) {
      // Another entity starts afresh (a half-filled form belongs to the name it was opened for).
      const card = props === null ? null : h(GlossCard, { key: props.data.entry.id, ...props });
      render(card === null ? null : h(I18nContext.Provider, { value: i18n }, card), into);
    },
  };
}

/** The card host showing the gloss card: what the page reader loads (entrypoints/page-card.ts). */
export function createGlossCardHost(doc: Document, callbacks: CardCallbacks, lang: UiLanguage): CardHost {
  return createCardHost({ doc, callbacks, view: glossCard(lang) });
}
