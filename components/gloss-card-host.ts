import { h, render } from 'preact';
import { type CardCallbacks, type CardHost, type CardView, createCardHost } from '../lib/page/card-host';
import formCss from './add-entry-form.css?inline';
import cardCss from './card.css?inline';
import { GlossCard } from './GlossCard';
import typeColorsCss from './type-colors.css?inline';

const GLOSS_CARD: CardView = {
  // The type colours (shared with the popup and options), the card's rules, then the add form's.
  css: typeColorsCss + cardCss + formCss,
  render(props, into) {
    // Another entity starts afresh (a half-filled form belongs to the name it was opened for).
    render(props === null ? null : h(GlossCard, { key: props.data.entry.id, ...props }), into);
  },
};

/** The card host showing the gloss card: what the page reader loads (entrypoints/page-card.ts). */
export function createGlossCardHost(doc: Document, callbacks: CardCallbacks): CardHost {
  return createCardHost({ doc, callbacks, view: GLOSS_CARD });
}
