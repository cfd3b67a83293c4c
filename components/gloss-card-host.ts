import { h, render } from 'preact';
import { createTranslator } from '../lib/i18n/translate';
import {
  type CardCallbacks,
  type CardHost,
  type CardView,
  type CardWords,
  createCardHost,
} from '../lib/page/card-host';
import cardCss from './card.css?inline';
import { GlossCard } from './GlossCard';
import typeColorsCss from './type-colors.css?inline';
import { I18nContext } from './use-i18n';

/** The gloss card in a language, with the words of that language alone (loaded apart, page-words-<lang>.js). */
function glossCard({ lang, catalogue }: CardWords): CardView {
  const i18n = createTranslator(lang, catalogue);
  return {
    // The type colours (shared with the popup and options), then the card's rules.
    css: typeColorsCss + cardCss,
    render(props, into) {
      // Another entity starts afresh (its copy button's "Copied" belongs to the one it was pressed for).
      const card = props === null ? null : h(GlossCard, { key: props.data.entry.id, ...props });
      render(card === null ? null : h(I18nContext.Provider, { value: i18n }, card), into);
    },
  };
}

/** The card host showing the gloss card: what the page reader loads (entrypoints/page-card.ts). */
export function createGlossCardHost(doc: Document, callbacks: CardCallbacks, words: CardWords): CardHost {
  return createCardHost({ doc, callbacks, view: glossCard(words) });
}
