// @vitest-environment happy-dom

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGlossCardHost } from '../../components/gloss-card-host';
import { CATALOGUES } from '../../lib/i18n/catalogues';
import { type CardData, type CardHost, type Placement, placeCard } from '../../lib/page/card-host';
import { withShadowRoot } from './closed-shadow';

// Vitest serves CSS imports as empty strings; a small sheet shows which way the styles went in.
vi.mock('../../components/card.css?inline', () => ({ default: '.card { color: red; }' }));

const DATA: CardData = {
  surface: 'بباريس',
  clitics: [{ ar: 'ب', en: 'in, with, by' }],
  suffix: '',
  entry: { id: 'place-paris', ar: 'باريس', variants: [], en: 'Paris', type: 'place' },
  alternatives: [],
  mentions: 1,
};

const ANCHOR = new DOMRect(100, 100, 60, 20);

let current: CardHost | null = null;

function setup() {
  const callbacks = {
    onCopy: vi.fn(async () => {}),
    onEdit: vi.fn(),
    onAdd: vi.fn(async () => {}),
    seenElsewhere: vi.fn(async () => 0),
  };
  const { made, shadow } = withShadowRoot(() =>
    createGlossCardHost(document, callbacks, { lang: 'en', catalogue: CATALOGUES.en }),
  );
  current = made;
  return { cardHost: made, shadow, ...callbacks };
}

function wrapOf(shadow: ShadowRoot): HTMLElement {
  const wrap = shadow.querySelector<HTMLElement>('.wrap');
  if (wrap === null) throw new Error('no card wrapper');
  return wrap;
}

/** The translate() the host gave the card wrapper, as [left, top]. */
function offset(shadow: ShadowRoot): [number, number] {
  const match = /translate\((-?\d+)px, (-?\d+)px\)/.exec(wrapOf(shadow).style.transform);
  if (match === null) throw new Error(`no translate in "${wrapOf(shadow).style.transform}"`);
  return [Number(match[1]), Number(match[2])];
}

/** Gives the card element a size, as layout would (happy-dom has none). */
function stubCardSize(width: number, height: number): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('card') ? new DOMRect(0, 0, width, height) : new DOMRect();
  });
}

afterEach(() => {
  current?.destroy();
  current = null;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('createCardHost', () => {
  it('adds one plain <div> under <html>, marked by nothing but its style, with a closed shadow root', () => {
    const { cardHost, shadow } = setup();
    expect([...document.documentElement.children]).toEqual([document.head, document.body, cardHost.host]);
    expect(cardHost.host.localName).toBe('div');
    expect([...cardHost.host.attributes].map((attribute) => attribute.name)).toEqual(['style']);
    expect(cardHost.host.shadowRoot).toBeNull();
    expect(shadow.mode).toBe('closed');
  });

  it('styles the shadow root with a constructed sheet, not a <style> element', () => {
    const { shadow } = setup();
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    expect(shadow.adoptedStyleSheets[0]?.cssRules[0]?.cssText).toContain('.card');
    expect(shadow.querySelector('style')).toBeNull();
  });

  it('falls back to a <style> element where sheets cannot be constructed', () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    try {
      const { shadow } = setup();
      expect(shadow.querySelector('style')?.textContent).toBe('.card { color: red; }');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('sets the host style through CSSOM: fixed, on top, zero-sized, inert to the pointer', () => {
    const { cardHost } = setup();
    const style = cardHost.host.style;
    expect(style.getPropertyValue('position')).toBe('fixed');
    expect(style.getPropertyValue('z-index')).toBe('2147483647');
    expect(style.getPropertyValue('width')).toBe('0px');
    expect(style.getPropertyValue('height')).toBe('0px');
    expect(style.getPropertyValue('pointer-events')).toBe('none');
    expect(style.getPropertyPriority('position')).toBe('important');
  });

  it('shows, re-shows and hides the card', () => {
    const { cardHost, shadow } = setup();
    expect(cardHost.isOpen).toBe(false);
    cardHost.show(DATA, ANCHOR, { pinned: false });
    expect(cardHost.isOpen).toBe(true);
    expect(cardHost.isPinned).toBe(false);
    expect(shadow.querySelector('.english')?.textContent).toBe('Paris');
    const other = { ...DATA, entry: { ...DATA.entry, id: 'place-tunis', en: 'Tunis', ar: 'تونس' } };
    cardHost.show(other, ANCHOR, { pinned: true });
    expect(cardHost.isPinned).toBe(true);
    expect(shadow.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(shadow.querySelector('.english')?.textContent).toBe('Tunis');
    cardHost.hide();
    expect(cardHost.isOpen).toBe(false);
    expect(cardHost.isPinned).toBe(false);
    expect(shadow.querySelector('[role="dialog"]')).toBeNull();
  });

  it('passes the card buttons to the callbacks, and closes on the close button', () => {
    const { cardHost, shadow, onCopy, onEdit } = setup();
    cardHost.show(DATA, ANCHOR, { pinned: true });
    shadow.querySelector<HTMLButtonElement>('button.copy')?.click();
    shadow.querySelector<HTMLButtonElement>('button.edit')?.click();
    expect(onCopy).toHaveBeenCalledWith('Paris');
    expect(onEdit).toHaveBeenCalledWith('place-paris');
    shadow.querySelector<HTMLButtonElement>('button[aria-label="Close"]')?.click();
    expect(cardHost.isOpen).toBe(false);
  });

  it('tells the card\u2019s nodes from the page\u2019s', () => {
    const { cardHost, shadow } = setup();
    const paragraph = document.createElement('p');
    document.body.append(paragraph);
    cardHost.show(DATA, ANCHOR, { pinned: false });
    const button = shadow.querySelector('button');
    expect(cardHost.contains(button)).toBe(true);
    expect(cardHost.contains(shadow.querySelector('.english')?.firstChild ?? null)).toBe(true);
    // Events from inside the shadow root reach page listeners with the host as target.
    expect(cardHost.contains(cardHost.host)).toBe(true);
    expect(cardHost.contains(paragraph)).toBe(false);
    expect(cardHost.contains(document.body)).toBe(false);
    expect(cardHost.contains(null)).toBe(false);
  });

  it('moves focus into a card the keys brought, and gives it back on hide after moving on', () => {
    const { cardHost, shadow } = setup();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    cardHost.show(DATA, ANCHOR, { pinned: true, focus: true });
    expect(shadow.activeElement).toBe(shadow.querySelector('button[aria-label="Close"]'));
    cardHost.show(DATA, ANCHOR, { pinned: true, focus: true });
    cardHost.hide();
    expect(document.activeElement).toBe(input);
  });

  it('leaves focus where it is for a card pinned by a click', () => {
    const { cardHost, shadow } = setup();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    cardHost.show(DATA, ANCHOR, { pinned: true });
    expect(document.activeElement).toBe(input);
    expect(shadow.activeElement).toBeNull();
  });

  it('does not take focus for a hover card', () => {
    const { cardHost, shadow } = setup();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    cardHost.show(DATA, ANCHOR, { pinned: false });
    expect(document.activeElement).toBe(input);
    expect(shadow.activeElement).toBeNull();
  });

  it('places the card below the anchor by default', () => {
    stubCardSize(300, 200);
    const { cardHost, shadow } = setup();
    cardHost.show(DATA, new DOMRect(400, 100, 60, 20), { pinned: false });
    // Centred on the anchor (430 − 150), 8px below its bottom (120).
    expect(offset(shadow)).toEqual([280, 128]);
    expect(wrapOf(shadow).dataset.side).toBe('below');
  });

  it('clamps the card inside the viewport near the right and bottom edges', () => {
    stubCardSize(300, 200);
    const { cardHost, shadow } = setup();
    const { innerWidth, innerHeight } = window;
    cardHost.show(DATA, new DOMRect(innerWidth - 30, innerHeight - 30, 25, 20), { pinned: false });
    const [left, top] = offset(shadow);
    expect(wrapOf(shadow).dataset.side).toBe('above');
    expect(left).toBe(innerWidth - 8 - 300);
    expect(top).toBe(innerHeight - 30 - 8 - 200);
    expect(top + 200).toBeLessThanOrEqual(innerHeight);
  });

  it('lets a card that fits on neither side scroll in the roomier one, and measures it afresh', () => {
    stubCardSize(300, 600);
    const { cardHost, shadow } = setup();
    cardHost.show(DATA, new DOMRect(400, 500, 60, 20), { pinned: false });
    expect(wrapOf(shadow).dataset.side).toBe('above');
    expect(wrapOf(shadow).style.getPropertyValue('--room')).toBe('484px');
    expect(offset(shadow)).toEqual([280, 8]);
    stubCardSize(300, 100);
    cardHost.show(DATA, new DOMRect(400, 500, 60, 20), { pinned: false });
    expect(wrapOf(shadow).style.getPropertyValue('--room')).toBe('');
    expect(offset(shadow)).toEqual([280, 528]);
  });

  it('destroy removes the host', () => {
    const { cardHost } = setup();
    cardHost.show(DATA, ANCHOR, { pinned: false });
    cardHost.destroy();
    expect(cardHost.host.isConnected).toBe(false);
    expect(cardHost.isOpen).toBe(false);
    cardHost.show(DATA, ANCHOR, { pinned: false });
    expect(cardHost.isOpen).toBe(false);
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 200 };
  it.each<[[number, number, number, number], Placement, string]>([
    // anchor [x, y, w, h], expected { left, top, side }, why
    [[400, 100, 60, 20], { left: 280, top: 128, side: 'below', maxHeight: null }, 'room below: 8px under'],
    [[400, 700, 60, 20], { left: 280, top: 492, side: 'above', maxHeight: null }, 'no room below: 8px above'],
    [[0, 100, 40, 20], { left: 8, top: 128, side: 'below', maxHeight: null }, 'left edge: at the margin'],
    [
      [980, 100, 20, 20],
      { left: 692, top: 128, side: 'below', maxHeight: null },
      'right edge: at the margin',
    ],
    [
      [400, 150, 60, 500],
      { left: 280, top: 658, side: 'below', maxHeight: 134 },
      'fits neither side: scrolls',
    ],
    [[400, 150, 60, 600], { left: 280, top: 8, side: 'above', maxHeight: 134 }, 'above is roomier: scrolls'],
    [[400, 50, 60, 700], { left: 280, top: 592, side: 'below', maxHeight: null }, 'too cramped: clamped'],
  ])('anchor %j → %j (%s)', ([x, y, w, h], expected) => {
    expect(placeCard(new DOMRect(x, y, w, h), size, viewport)).toEqual(expected);
  });

  it('keeps a card wider than the viewport at the left margin', () => {
    expect(placeCard(new DOMRect(100, 100, 10, 10), { width: 1200, height: 100 }, viewport).left).toBe(8);
  });
});
