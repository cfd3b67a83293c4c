/**
 * Entities handed to the painter only while their part of the page may be on screen: consecutive blocks are
 * grouped in runs ("buckets"), each watched through its first and last block's elements.
 */

/** Where an element stands against the viewport and its margin. */
export type ViewportPosition = 'above' | 'near' | 'below';

/** Tells where elements stand against the viewport, and again when that changes (see `watchViewport`). */
export interface ViewportWatch {
  watch(el: Element, onChange: (position: ViewportPosition) => void): void;
  unwatch(el: Element, onChange: (position: ViewportPosition) => void): void;
  disconnect(): void;
}

/**
 * Deferred blocks are watched in runs of this many consecutive blocks, through the first and last block's
 * elements: a 2 MB page then has hundreds of watched elements rather than ten thousand (an
 * IntersectionObserver computes every target in each frame where layout or scrolling changed).
 */
const BUCKET_BLOCKS = 16;

/**
 * A run of consecutive deferred blocks, registered while any part of it may be on screen: its first or
 * last block's element is near the viewport, or they stand on either side of it.
 */
interface Bucket<T> {
  first: Element;
  last: Element | null;
  firstAt: ViewportPosition | null;
  lastAt: ViewportPosition | null;
  blocks: number;
  items: Set<T>;
  shown: boolean;
  onFirst: (position: ViewportPosition) => void;
  onLast: (position: ViewportPosition) => void;
}

function onScreen(bucket: Bucket<unknown>): boolean {
  const { firstAt, lastAt } = bucket;
  if (bucket.last === null || bucket.last === bucket.first) return firstAt === 'near';
  if (firstAt === 'near' || lastAt === 'near') return true;
  // Straddling the viewport (either way round: columns put later blocks higher up).
  return firstAt !== null && lastAt !== null && firstAt !== lastAt;
}

export interface Deferral<T> {
  /**
   * Adds a block's entities to the run being filled (a new one every BUCKET_BLOCKS blocks), watched through
   * the block's element; true when that run is on screen now, so the entities are to be painted at once.
   */
  defer(items: readonly T[], el: Element): boolean;
  /** Ends the run being filled (a scan is done): from now on its last block's element is watched too. */
  close(): void;
  /** Forgets an entity that is no longer painted; a run left empty is no longer watched. */
  forget(item: T): void;
  /** Puts `item` in `old`'s run in its place (a reading again painted it over the same text); false when none. */
  replace(old: T, item: T): boolean;
  clear(): void;
}

/** Defers entities by their run of blocks; `onChange` is told when a run comes on screen or leaves it. */
export function createDeferral<T>(
  viewport: ViewportWatch,
  onChange: (items: ReadonlySet<T>, shown: boolean) => void,
): Deferral<T> {
  /** Deferred entities by their run of blocks; the run still taking blocks. */
  const bucketOf = new Map<T, Bucket<T>>();
  let openBucket: Bucket<T> | null = null;

  function reconsider(bucket: Bucket<T>): void {
    const shown = onScreen(bucket);
    if (shown === bucket.shown) return;
    bucket.shown = shown;
    onChange(bucket.items, shown);
  }

  function newBucket(first: Element): Bucket<T> {
    const bucket: Bucket<T> = {
      first,
      last: null,
      firstAt: null,
      lastAt: null,
      blocks: 0,
      items: new Set(),
      shown: false,
      onFirst: (position) => {
        bucket.firstAt = position;
        reconsider(bucket);
      },
      onLast: (position) => {
        bucket.lastAt = position;
        reconsider(bucket);
      },
    };
    viewport.watch(first, bucket.onFirst);
    return bucket;
  }

  function close(): void {
    const bucket = openBucket;
    openBucket = null;
    if (bucket !== null && bucket.last !== null && bucket.last !== bucket.first) {
      viewport.watch(bucket.last, bucket.onLast);
    }
  }

  function dropBucket(bucket: Bucket<T>): void {
    if (openBucket === bucket) openBucket = null;
    viewport.unwatch(bucket.first, bucket.onFirst);
    if (bucket.last !== null && bucket.last !== bucket.first) viewport.unwatch(bucket.last, bucket.onLast);
  }

  return {
    defer(items, el) {
      if (openBucket === null || openBucket.blocks >= BUCKET_BLOCKS) {
        close();
        openBucket = newBucket(el);
      }
      const bucket = openBucket;
      bucket.blocks++;
      bucket.last = el;
      for (const item of items) {
        bucket.items.add(item);
        bucketOf.set(item, bucket);
      }
      return bucket.shown;
    },
    close,
    forget(item) {
      const bucket = bucketOf.get(item);
      bucketOf.delete(item);
      if (bucket?.items.delete(item) && bucket.items.size === 0) dropBucket(bucket);
    },
    replace(old, item) {
      const bucket = bucketOf.get(old);
      if (bucket === undefined) return false;
      bucketOf.delete(old);
      bucket.items.delete(old);
      bucket.items.add(item);
      bucketOf.set(item, bucket);
      return true;
    },
    clear() {
      for (const bucket of new Set(bucketOf.values())) dropBucket(bucket);
      bucketOf.clear();
      openBucket = null;
    },
  };
}

/** How far beyond the viewport a deferred block counts as near: half a screen above and below. */
const VIEWPORT_MARGIN = '50% 0px 50% 0px';

/**
 * A ViewportWatch over one IntersectionObserver in the page's window. A listener's error goes to `onError`
 * (the session's report), as every other callback of the session's does, and the other listeners still run.
 */
export function watchViewport(
  win: Window & typeof globalThis,
  onError: (error: unknown) => void,
): ViewportWatch {
  const listeners = new Map<Element, Set<(position: ViewportPosition) => void>>();
  const observer = new win.IntersectionObserver(
    (records) => {
      for (const record of records) {
        const above = record.rootBounds !== null && record.boundingClientRect.bottom < record.rootBounds.top;
        const position = record.isIntersecting ? 'near' : above ? 'above' : 'below';
        for (const listener of listeners.get(record.target) ?? []) {
          try {
            listener(position);
          } catch (error) {
            onError(error);
          }
        }
      }
    },
    { rootMargin: VIEWPORT_MARGIN },
  );
  return {
    watch(el, onChange) {
      let set = listeners.get(el);
      if (set === undefined) {
        set = new Set();
        listeners.set(el, set);
        observer.observe(el);
      } else {
        // Already observed: IntersectionObserver reports only changes, so tell this listener now.
        observer.unobserve(el);
        observer.observe(el);
      }
      set.add(onChange);
    },
    unwatch(el, onChange) {
      const set = listeners.get(el);
      if (set === undefined) return;
      set.delete(onChange);
      if (set.size > 0) return;
      listeners.delete(el);
      observer.unobserve(el);
    },
    disconnect() {
      listeners.clear();
      observer.disconnect();
    },
  };
}
