import { describe, expect, it, vi } from 'vitest';
import type { CardData, CardHost } from '../../lib/page/card-host';
import { createLazyCard } from '../../lib/page/lazy-card';

const DATA: CardData = {
  surface: 'باريس',
  clitics: [],
  suffix: '',
  entry: { id: 'place-paris', ar: 'باريس', variants: [], en: 'Paris', type: 'place' },
  alternatives: [],
  mentions: 1,
};
const OTHER: CardData = { ...DATA, entry: { ...DATA.entry, id: 'place-rome', ar: 'روما', en: 'Rome' } };
const ANCHOR = { x: 1, y: 2, width: 3, height: 4 } as DOMRect;

/** A card host that records what it was asked; `load` resolves when `arrive` is called. */
function deferredCard() {
  const shown: string[] = [];
  let open = false;
  const node = {} as Node;
  const card: CardHost = {
    host: {} as HTMLElement,
    show: vi.fn((data: CardData) => {
      shown.push(data.entry.en);
      open = true;
    }),
    hide: vi.fn(() => {
      open = false;
    }),
    get isOpen() {
      return open;
    },
    get isPinned() {
      return false;
    },
    contains: (candidate) => candidate === node,
    destroy: vi.fn(),
  };
  let arrive: () => void = () => {};
  const load = vi.fn(() => new Promise<CardHost>((resolve) => (arrive = () => resolve(card))));
  return { card, shown, node, load, arrive: () => arrive() };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLazyCard', () => {
  it('loads nothing until shown, then shows the latest card asked for once loaded', async () => {
    const fake = deferredCard();
    const lazy = createLazyCard(fake.load, () => {});
    expect(fake.load).not.toHaveBeenCalled();
    expect(lazy.isOpen).toBe(false);

    lazy.show(DATA, ANCHOR, { pinned: false });
    lazy.show(OTHER, ANCHOR, { pinned: true });
    expect(fake.load).toHaveBeenCalledTimes(1);
    expect(lazy.isOpen).toBe(false);
    expect(lazy.contains(fake.node)).toBe(false);

    fake.arrive();
    await settled();
    expect(fake.shown).toEqual(['Rome']);
    expect(fake.card.show).toHaveBeenCalledWith(OTHER, ANCHOR, { pinned: true });
    expect(lazy.isOpen).toBe(true);
    expect(lazy.contains(fake.node)).toBe(true);

    lazy.show(DATA, ANCHOR, { pinned: false });
    expect(fake.shown).toEqual(['Rome', 'Paris']);
    expect(fake.load).toHaveBeenCalledTimes(1);
  });

  it('shows nothing on arrival when hidden meanwhile', async () => {
    const fake = deferredCard();
    const lazy = createLazyCard(fake.load, () => {});
    lazy.show(DATA, ANCHOR, { pinned: false });
    lazy.hide();
    fake.arrive();
    await settled();
    expect(fake.shown).toEqual([]);
    expect(lazy.isOpen).toBe(false);
  });

  it('destroys a card that arrives after the page session ended', async () => {
    const fake = deferredCard();
    const lazy = createLazyCard(fake.load, () => {});
    lazy.show(DATA, ANCHOR, { pinned: false });
    lazy.destroy();
    fake.arrive();
    await settled();
    expect(fake.card.destroy).toHaveBeenCalledTimes(1);
    expect(fake.shown).toEqual([]);
    lazy.show(DATA, ANCHOR, { pinned: false });
    expect(fake.load).toHaveBeenCalledTimes(1);
  });

  it('reports a card that fails to load, and stays closed', async () => {
    const onError = vi.fn();
    const lazy = createLazyCard(() => Promise.reject(new Error('blocked')), onError);
    lazy.show(DATA, ANCHOR, { pinned: false });
    await settled();
    expect(onError).toHaveBeenCalledWith(new Error('blocked'));
    expect(lazy.isOpen).toBe(false);
  });
});
