import type { CardControl, CardData, CardHost, CardShowOptions } from './card-host';

/**
 * The gloss card, loaded the first time it is shown. Preact, the card and its stylesheet are a third of the
 * code a page would otherwise load up front, and many pages are read without opening a card. Until the card
 * has loaded it is closed; a show asked for meanwhile is remembered (the latest one) and done on arrival,
 * unless a hide or destroy came after it.
 */
export function createLazyCard(
  load: () => Promise<CardHost>,
  onError: (error: unknown) => void,
): CardControl {
  let card: CardHost | null = null;
  let loading = false;
  let destroyed = false;
  let pending: { data: CardData; anchor: DOMRect; options: CardShowOptions } | null = null;

  function startLoading(): void {
    if (loading) return;
    loading = true;
    load().then((loaded) => {
      if (destroyed) {
        loaded.destroy();
        return;
      }
      card = loaded;
      if (pending !== null) loaded.show(pending.data, pending.anchor, pending.options);
      pending = null;
    }, onError);
  }

  return {
    show(data, anchor, options) {
      if (destroyed) return;
      if (card !== null) {
        card.show(data, anchor, options);
        return;
      }
      pending = { data, anchor, options };
      startLoading();
    },
    hide() {
      pending = null;
      card?.hide();
    },
    get isOpen() {
      return card?.isOpen ?? false;
    },
    get isPinned() {
      return card?.isPinned ?? false;
    },
    contains(node) {
      return card?.contains(node) ?? false;
    },
    destroy() {
      destroyed = true;
      pending = null;
      card?.destroy();
    },
  };
}
