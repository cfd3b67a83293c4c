import { describe, expect, it, vi } from 'vitest';
import { createLazySession } from '../../lib/page/lazy-session';
import type { PageSession } from '../../lib/page/page-session';
import { PARIS } from './popup-fakes';

/** A started session that knows Paris; `load` resolves when `arrive` is called. */
function deferredSession() {
  const session: PageSession = {
    ready: Promise.resolve(),
    reading: () => 'article',
    counts: () => ({ [PARIS.id]: 2 }),
    entities: () => [{ entry: PARIS, count: 2, surfaces: [PARIS.ar], sentences: [] }],
    reveal: (entryId) => entryId === PARIS.id,
    suggest: vi.fn(async () => {}),
    useGlossary: vi.fn(async () => {}),
    stop: vi.fn(),
  };
  let arrive: () => void = () => {};
  const load = () => new Promise<PageSession>((resolve) => (arrive = () => resolve(session)));
  return { session, load, arrive: () => arrive() };
}

describe('createLazySession', () => {
  it('has nothing until its code has loaded, then answers as the session', async () => {
    const { load, arrive } = deferredSession();
    const lazy = createLazySession(load, vi.fn());
    expect(lazy.counts()).toEqual({});
    expect(lazy.entities()).toEqual([]);
    expect(lazy.reveal(PARIS.id)).toBe(false);
    arrive();
    await lazy.ready;
    expect(lazy.counts()).toEqual({ [PARIS.id]: 2 });
    expect(lazy.entities()).toHaveLength(1);
    expect(lazy.reveal(PARIS.id)).toBe(true);
  });

  it('stopped while loading, stops the session the moment it exists', async () => {
    const { session, load, arrive } = deferredSession();
    const lazy = createLazySession(load, vi.fn());
    lazy.stop();
    arrive();
    await lazy.ready;
    expect(session.stop).toHaveBeenCalledTimes(1);
    expect(lazy.counts()).toEqual({});
  });

  it('hands suggestions to the session once it has loaded', async () => {
    const { session, load, arrive } = deferredSession();
    const lazy = createLazySession(load, vi.fn());
    const factory = vi.fn();
    const suggested = lazy.suggest(factory);
    arrive();
    await suggested;
    expect(session.suggest).toHaveBeenCalledWith(factory);
  });

  it('reports a load that fails, and is ready (with nothing) all the same', async () => {
    const onError = vi.fn();
    const lazy = createLazySession(() => Promise.reject(new Error('no module')), onError);
    await lazy.ready;
    expect(onError).toHaveBeenCalledWith(new Error('no module'));
    expect(lazy.entities()).toEqual([]);
  });
});
