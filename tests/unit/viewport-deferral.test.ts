import { describe, expect, it } from 'vitest';
import {
  createDeferral,
  type ViewportPosition,
  type ViewportWatch,
  watchViewport,
} from '../../lib/page/viewport-deferral';

/** A viewport whose positions the test sets, recording which elements are watched. */
function fakeViewport() {
  const listeners = new Map<Element, Set<(position: ViewportPosition) => void>>();
  const viewport: ViewportWatch = {
    watch: (el, onChange) => void listeners.set(el, (listeners.get(el) ?? new Set()).add(onChange)),
    unwatch: (el, onChange) => {
      listeners.get(el)?.delete(onChange);
      if (listeners.get(el)?.size === 0) listeners.delete(el);
    },
    disconnect: () => listeners.clear(),
  };
  const move = (el: Element, position: ViewportPosition) => {
    for (const listener of listeners.get(el) ?? []) listener(position);
  };
  return { viewport, move, watched: () => [...listeners.keys()] };
}

/** Stand-ins for block elements: the deferral only hands them to the viewport. */
const blocks = Array.from({ length: 20 }, (_, i) => ({ id: i }) as unknown as Element);
const block = (i: number) => blocks[i] as Element;

function setup() {
  const fake = fakeViewport();
  const changes: Array<[string[], boolean]> = [];
  const deferral = createDeferral<string>(fake.viewport, (items, shown) => changes.push([[...items], shown]));
  return { ...fake, deferral, changes };
}

describe('createDeferral', () => {
  it('watches a run through its first block, and through its last once the run is closed', () => {
    const { deferral, watched } = setup();
    expect(deferral.defer(['a'], block(0))).toBe(false);
    expect(deferral.defer(['b'], block(1))).toBe(false);
    expect(watched()).toEqual([block(0)]);
    deferral.close();
    expect(watched()).toEqual([block(0), block(1)]);
  });

  it.each<[ViewportPosition, ViewportPosition, boolean, string]>([
    // first block, last block, shown, why
    ['near', 'below', true, 'its first block is near'],
    ['above', 'near', true, 'its last block is near'],
    ['above', 'below', true, 'it straddles the viewport'],
    ['below', 'above', true, 'it straddles the viewport the other way round (columns)'],
    ['above', 'above', false, 'all of it is above'],
    ['below', 'below', false, 'all of it is below'],
  ])('a run whose first block is %s and last %s is shown: %s (%s)', (first, last, shown) => {
    const { deferral, move, changes } = setup();
    deferral.defer(['a'], block(0));
    deferral.defer(['b'], block(1));
    deferral.close();
    move(block(0), first);
    move(block(1), last);
    expect(changes.at(-1) ?? [[], false]).toEqual(shown ? [['a', 'b'], true] : [[], false]);
  });

  it('tells when a run leaves the viewport, and paints at once what joins a run on screen', () => {
    const { deferral, move, changes } = setup();
    deferral.defer(['a'], block(0));
    move(block(0), 'near');
    expect(deferral.defer(['b'], block(1))).toBe(true);
    deferral.close();
    move(block(0), 'above');
    move(block(1), 'above');
    expect(changes).toEqual([
      [['a'], true],
      [['a', 'b'], false],
    ]);
  });

  it('starts a new run every 16 blocks', () => {
    const { deferral, watched } = setup();
    for (let i = 0; i < 17; i++) deferral.defer([`item ${i}`], block(i));
    deferral.close();
    expect(watched()).toEqual([block(0), block(15), block(16)]);
  });

  it('stops watching a run once its entities are forgotten, and every run on clear', () => {
    const { deferral, watched } = setup();
    for (let i = 0; i < 17; i++) deferral.defer([`item ${i}`], block(i));
    deferral.close();
    deferral.forget('item 16');
    expect(watched()).toEqual([block(0), block(15)]);
    deferral.forget('item 0');
    expect(watched()).toEqual([block(0), block(15)]);
    deferral.clear();
    expect(watched()).toEqual([]);
  });
});

describe('watchViewport', () => {
  it("reports a listener's error to the session and still tells the other listeners", () => {
    let report: (records: Partial<IntersectionObserverEntry>[]) => void = () => {};
    class FakeObserver {
      constructor(callback: (records: Partial<IntersectionObserverEntry>[]) => void) {
        report = callback;
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    const win = { IntersectionObserver: FakeObserver } as unknown as Window & typeof globalThis;
    const errors: unknown[] = [];
    const watch = watchViewport(win, (error) => errors.push(error));
    const [broken, fine] = [{} as Element, {} as Element];
    const seen: ViewportPosition[] = [];
    watch.watch(broken, () => {
      throw new Error('a listener failed');
    });
    watch.watch(fine, (position) => seen.push(position));
    const box = { bottom: 0 } as DOMRectReadOnly;
    report([
      { target: broken, isIntersecting: true, rootBounds: null, boundingClientRect: box },
      { target: fine, isIntersecting: true, rootBounds: null, boundingClientRect: box },
    ]);
    expect(errors).toEqual([new Error('a listener failed')]);
    expect(seen).toEqual(['near']);
  });
});
