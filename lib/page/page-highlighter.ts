import type { EntityMatch, Matcher } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/schema';
import type { Painter } from './paint';
import { blockRange, isBlockElement, type TextBlock, type TextSegment, walkTextBlocks } from './text-blocks';

/** One entity painted on the page. */
export interface PaintedMatch {
  /** A live Range over the entity (made when first asked for, when the painter is given StaticRanges). */
  readonly range: Range;
  match: EntityMatch;
  entry: GlossaryEntry;
  /** The block of text it was found in (for its context sentence). */
  block: TextBlock;
}

/** Where an element stands against the viewport and its margin. */
export type ViewportPosition = 'above' | 'near' | 'below';

/** Tells where elements stand against the viewport, and again when that changes (see `watchViewport`). */
export interface ViewportWatch {
  watch(el: Element, onChange: (position: ViewportPosition) => void): void;
  unwatch(el: Element, onChange: (position: ViewportPosition) => void): void;
  disconnect(): void;
}

export interface HighlighterOptions {
  matcher: Matcher;
  entries: readonly GlossaryEntry[];
  painter: Painter;
  /** Elements whose text is not the page's (the extension's own UI, hidden elements). */
  skipElement: (el: Element) => boolean;
  /** Gives the main thread back between slices of work (so no task runs long). */
  yieldToMain: () => Promise<void>;
  /** Milliseconds of work before yielding. */
  sliceMs?: number;
  now?: () => number;
  /**
   * Without it every entity is handed to the painter as soon as it is found. With it, once `eagerLimit`
   * are painted, the entities of further blocks are handed over only while their block is near the
   * viewport (see EAGER_LIMIT).
   */
  viewport?: ViewportWatch;
  eagerLimit?: number;
  /**
   * Hand the painter StaticRanges rather than live Ranges. A browser keeps every live Range of a document
   * up to date on each DOM change the page makes, which a page with thousands of entities would pay for.
   */
  staticRanges?: boolean;
}

export interface PageHighlighter {
  /** Finds and paints every entity under `root`, in slices. */
  scan(root: Node): Promise<void>;
  /** Re-reads the blocks that these added or changed nodes belong to, and drops what was removed. */
  update(changed: readonly Node[]): Promise<void>;
  /** The painted entity at a caret position, if any. */
  at(node: Node, offset: number): PaintedMatch | null;
  /** Every painted entity, in document order. */
  all(): PaintedMatch[];
  /** How many entities are painted. */
  size(): number;
  clear(): void;
}

const DEFAULT_SLICE_MS = 12;

/**
 * Chrome recomputes every range of every registered highlight, and invalidates the paint of the whole
 * document, in the frame after any highlight changes: about 6 µs a range on top of 20–40 ms for a 2 MB
 * page (measured on Chromium 156, see scripts/bench.ts). A page with 30,000 entities would pay that on
 * every change. Up to this many ranges are registered at once (every ordinary article); beyond it, a
 * block's ranges are registered while the block is near the viewport.
 */
const EAGER_LIMIT = 100;

/** New ranges are handed to the painter at most this often during a scan: each hand-over costs a frame. */
const PAINT_BATCH_MS = 100;

/**
 * Deferred blocks are watched in runs of this many consecutive blocks, through the first and last block's
 * elements: a 2 MB page then has hundreds of watched elements rather than ten thousand (an
 * IntersectionObserver computes every target in each frame where layout or scrolling changed).
 */
const BUCKET_BLOCKS = 16;

/**
 * Blocks longer than this are matched in pieces cut where no name can run across (a full stop, a line
 * break), so that no single step takes long. A piece is cut at a space when no such place is near.
 */
const MAX_PIECE = 20_000;
const BREAK_BEFORE = /[.!?؟؛;\n\u2029]/g;

/** [start, end) pieces of a block's text, each at most about MAX_PIECE long. */
function pieces(text: string): Array<[number, number]> {
  if (text.length <= MAX_PIECE) return [[0, text.length]];
  const cuts: Array<[number, number]> = [];
  let from = 0;
  while (text.length - from > MAX_PIECE) {
    const window = text.slice(from + MAX_PIECE / 2, from + MAX_PIECE);
    let cut = -1;
    for (const found of window.matchAll(BREAK_BEFORE)) cut = found.index + 1;
    if (cut < 0) cut = window.lastIndexOf(' ') + 1;
    const at = cut > 0 ? from + MAX_PIECE / 2 + cut : from + MAX_PIECE;
    cuts.push([from, at]);
    from = at;
  }
  cuts.push([from, text.length]);
  return cuts;
}

/** The segments of a block that [start, end) touches (segments are in order and tile the text). */
function touched(block: TextBlock, start: number, end: number): TextSegment[] {
  const { segments } = block;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as TextSegment).end > start) hi = mid;
    else lo = mid + 1;
  }
  const found: TextSegment[] = [];
  for (let i = lo; i < segments.length && (segments[i] as TextSegment).start < end; i++) {
    found.push(segments[i] as TextSegment);
  }
  return found;
}

/** The nearest ancestor (or self) that starts a block: the unit that must be re-read when text changes. */
function blockContainer(node: Node): Node {
  for (let current: Node | null = node; current !== null; current = current.parentNode) {
    if (current.nodeType === 1 && isBlockElement(current as Element)) return current;
    if (current.parentNode === null) return current;
  }
  return node;
}

/** The element whose box holds a block: its block container, or the shadow host for text at a root. */
function blockElement(block: TextBlock): Element | null {
  const first = block.segments[0]?.node;
  if (first === undefined) return null;
  const container = blockContainer(first);
  if (container.nodeType === 1) return container as Element;
  if (first.parentElement !== null) return first.parentElement;
  const root = first.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * A painted entity: the range the painter holds, and a live Range made whenever someone asks (a hover, the
 * card, the popup's list). Not kept: each live Range a document holds is updated on every change the page
 * makes, the very cost the StaticRanges avoid.
 */
class Painted implements PaintedMatch {
  readonly #live: Range | null;

  constructor(
    readonly bounds: AbstractRange,
    live: Range | null,
    readonly match: EntityMatch,
    readonly entry: GlossaryEntry,
    readonly block: TextBlock,
  ) {
    this.#live = live;
  }

  get range(): Range {
    if (this.#live !== null) return this.#live;
    const { startContainer, startOffset, endContainer, endOffset } = this.bounds;
    const range = (startContainer.ownerDocument as Document).createRange();
    // The text may have changed since the entity was found: stay inside the nodes.
    range.setStart(startContainer, Math.min(startOffset, nodeLength(startContainer)));
    range.setEnd(endContainer, Math.min(endOffset, nodeLength(endContainer)));
    return range;
  }

  /** Whether a caret position is on the entity (Range.comparePoint() === 0, without a live Range). */
  holds(node: Node, offset: number): boolean {
    const { startContainer, startOffset, endContainer, endOffset } = this.bounds;
    if (node === startContainer && offset < startOffset) return false;
    if (node === endContainer && offset > endOffset) return false;
    return true;
  }
}

function nodeLength(node: Node): number {
  return node.nodeType === 3 ? (node as Text).length : node.childNodes.length;
}

const FOLLOWING = 4;

/** A node and the hosts of the shadow trees around it, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); 'host' in root; root = (root as ShadowRoot).host.getRootNode()) {
    chain.push((root as ShadowRoot).host);
  }
  return chain;
}

/**
 * Document order across shadow trees, as the walk visits them: a shadow tree stands where its host does,
 * before the host's light children. (Ranges in different trees cannot be compared directly: it throws.)
 */
function documentOrder(a: Painted, b: Painted): number {
  const nodeA = a.bounds.startContainer;
  const nodeB = b.bounds.startContainer;
  if (nodeA === nodeB) return a.bounds.startOffset - b.bounds.startOffset;
  const chainA = hostChain(nodeA);
  const chainB = hostChain(nodeB);
  for (const [i, x] of chainA.entries()) {
    for (const [j, y] of chainB.entries()) {
      if (x.getRootNode() !== y.getRootNode()) continue;
      if (x === y) return j - i;
      return x.compareDocumentPosition(y) & FOLLOWING ? -1 : 1;
    }
  }
  return 0;
}

/**
 * A run of consecutive deferred blocks, registered while any part of it may be on screen: its first or
 * last block's element is near the viewport, or they stand on either side of it.
 */
interface Bucket {
  first: Element;
  last: Element | null;
  firstAt: ViewportPosition | null;
  lastAt: ViewportPosition | null;
  blocks: number;
  items: Set<Painted>;
  shown: boolean;
  onFirst: (position: ViewportPosition) => void;
  onLast: (position: ViewportPosition) => void;
}

function onScreen(bucket: Bucket): boolean {
  const { firstAt, lastAt } = bucket;
  if (bucket.last === null || bucket.last === bucket.first) return firstAt === 'near';
  if (firstAt === 'near' || lastAt === 'near') return true;
  // Straddling the viewport (either way round: columns put later blocks higher up).
  return firstAt !== null && lastAt !== null && firstAt !== lastAt;
}

/**
 * Keeps the page's highlights in step with its text: scan a subtree, update after mutations, answer hit
 * tests. DOM reads only; painting goes through the CSS Custom Highlight API.
 */
export function createPageHighlighter(options: HighlighterOptions): PageHighlighter {
  const { matcher, entries, painter, skipElement, yieldToMain, viewport } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const eagerLimit = options.eagerLimit ?? EAGER_LIMIT;
  const staticRanges = options.staticRanges === true;
  const now = options.now ?? (() => performance.now());
  /** Painted matches by every Text node they touch, for hit tests and removals. */
  const byNode = new Map<Text, Painted[]>();
  /** In document order whenever `unordered` is false (a first scan paints in document order). */
  const painted = new Set<Painted>();
  let unordered = false;
  /** What the painter holds, and what waits to be handed to it at the end of a slice. */
  const registered = new Set<Painted>();
  let pending: Painted[] = [];
  let lastHandOver = 0;
  /** Deferred entities by their run of blocks; the run still taking blocks. */
  const bucketOf = new Map<Painted, Bucket>();
  let openBucket: Bucket | null = null;
  /** Bumped by clear(): a scan still running from before stops at its next slice. */
  let generation = 0;

  function handOver(): void {
    for (const item of pending) {
      if (!painted.has(item) || registered.has(item)) continue;
      registered.add(item);
      painter.add(item.bounds, item.entry.type, { suggested: item.entry.suggestion !== undefined });
    }
    pending = [];
    lastHandOver = now();
  }

  function unregister(item: Painted): void {
    if (registered.delete(item)) {
      painter.remove(item.bounds, item.entry.type, { suggested: item.entry.suggestion !== undefined });
    }
  }

  function reconsider(bucket: Bucket): void {
    const shown = onScreen(bucket);
    if (shown === bucket.shown) return;
    bucket.shown = shown;
    if (shown) {
      pending.push(...bucket.items);
      handOver();
    } else {
      for (const item of bucket.items) unregister(item);
    }
  }

  function newBucket(first: Element): Bucket {
    const bucket: Bucket = {
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
    viewport?.watch(first, bucket.onFirst);
    return bucket;
  }

  /** Stops a run taking blocks: from now on its last block's element is watched too. */
  function closeBucket(): void {
    const bucket = openBucket;
    openBucket = null;
    if (bucket !== null && bucket.last !== null && bucket.last !== bucket.first) {
      viewport?.watch(bucket.last, bucket.onLast);
    }
  }

  function dropBucket(bucket: Bucket): void {
    if (openBucket === bucket) openBucket = null;
    viewport?.unwatch(bucket.first, bucket.onFirst);
    if (bucket.last !== null && bucket.last !== bucket.first) viewport?.unwatch(bucket.last, bucket.onLast);
  }

  /** Hands a block's entities to the painter now, or when the block comes near the viewport. */
  function show(items: readonly Painted[], block: TextBlock): void {
    const deferring = viewport !== undefined && registered.size + pending.length >= eagerLimit;
    const el = deferring ? blockElement(block) : null;
    if (el === null) {
      pending.push(...items);
      return;
    }
    if (openBucket === null || openBucket.blocks >= BUCKET_BLOCKS) {
      closeBucket();
      openBucket = newBucket(el);
    }
    const bucket = openBucket;
    bucket.blocks++;
    bucket.last = el;
    for (const item of items) {
      bucket.items.add(item);
      bucketOf.set(item, bucket);
    }
    if (bucket.shown) pending.push(...items);
  }

  function paintPiece(block: TextBlock, from: number, to: number): void {
    const text = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
    const items: Painted[] = [];
    for (const found of matcher.match(text)) {
      const match = from === 0 ? found : { ...found, start: found.start + from, end: found.end + from };
      const where = blockRange(block, match.start, match.end);
      const entry = entries[match.entry];
      if (where === null || entry === undefined) continue;
      const doc = where.startNode.ownerDocument;
      let item: Painted;
      if (staticRanges) {
        const bounds = new (doc.defaultView as Window & typeof globalThis).StaticRange({
          startContainer: where.startNode,
          startOffset: where.startOffset,
          endContainer: where.endNode,
          endOffset: where.endOffset,
        });
        item = new Painted(bounds, null, match, entry, block);
      } else {
        const range = doc.createRange();
        range.setStart(where.startNode, where.startOffset);
        range.setEnd(where.endNode, where.endOffset);
        item = new Painted(range, range, match, entry, block);
      }
      painted.add(item);
      items.push(item);
      for (const segment of touched(block, match.start, match.end)) {
        let list = byNode.get(segment.node);
        if (list === undefined) {
          list = [];
          byNode.set(segment.node, list);
        }
        list.push(item);
      }
    }
    if (items.length > 0) show(items, block);
  }

  function unpaint(item: Painted): void {
    if (!painted.delete(item)) return;
    unregister(item);
    const bucket = bucketOf.get(item);
    bucketOf.delete(item);
    if (bucket?.items.delete(item) && bucket.items.size === 0) dropBucket(bucket);
    for (const segment of touched(item.block, item.match.start, item.match.end)) {
      const list = byNode.get(segment.node);
      if (list === undefined) continue;
      const kept = list.filter((other) => other !== item);
      if (kept.length > 0) byNode.set(segment.node, kept);
      else byNode.delete(segment.node);
    }
  }

  /** Walks, matches and paints under `root` in slices of `sliceMs`, giving the main thread back between. */
  async function paintUnder(root: Node): Promise<void> {
    const started = generation;
    let sliceStart = now();
    // The first hand-over waits for a batch too: a page read within PAINT_BATCH_MS is painted in one frame.
    lastHandOver = sliceStart;
    const pause = async (): Promise<boolean> => {
      if (now() - sliceStart <= sliceMs) return true;
      if (now() - lastHandOver >= PAINT_BATCH_MS) handOver();
      await yieldToMain();
      sliceStart = now();
      return generation === started;
    };
    for (const block of walkTextBlocks(root, { skipElement })) {
      if (block !== null) {
        for (const [from, to] of pieces(block.text)) {
          paintPiece(block, from, to);
          if (!(await pause())) return;
        }
      } else if (!(await pause())) return;
    }
    closeBucket();
    handOver();
  }

  /** The painted entities whose Text nodes are under `root`, found through the nodes. */
  function paintedUnder(root: Node): Set<Painted> {
    const found = new Set<Painted>();
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (doc === null) return found;
    const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
    for (let node: Node | null = walker.currentNode; node !== null; node = walker.nextNode()) {
      for (const item of byNode.get(node as Text) ?? []) found.add(item);
    }
    return found;
  }

  return {
    async scan(root) {
      const before = painted.size;
      await paintUnder(root);
      if (before > 0 && painted.size > before) unordered = true;
    },

    async update(changed) {
      // Whether each block still stands as it was read (same nodes, same lengths, attached): once a block.
      const valid = new Map<TextBlock, boolean>();
      const stillValid = (block: TextBlock): boolean => {
        let known = valid.get(block);
        if (known === undefined) {
          known = block.segments.every(
            (segment) => segment.node.isConnected && segment.node.length === segment.end - segment.start,
          );
          valid.set(block, known);
        }
        return known;
      };
      for (const item of [...painted]) if (!stillValid(item.block)) unpaint(item);
      const roots: Node[] = [];
      for (const node of changed) {
        if (!node.isConnected) continue;
        const root = blockContainer(node);
        if (roots.some((other) => other === root || other.contains(root))) continue;
        for (let i = roots.length - 1; i >= 0; i--) if (root.contains(roots[i] as Node)) roots.splice(i, 1);
        roots.push(root);
      }
      for (const root of roots) {
        // The block is read again whole: drop what was painted inside it first, so nothing is painted twice.
        for (const item of paintedUnder(root)) unpaint(item);
        const before = painted.size;
        await paintUnder(root);
        if (painted.size > before) unordered = true;
      }
    },

    at(node, offset) {
      const candidates = node.nodeType === 3 ? byNode.get(node as Text) : undefined;
      return candidates?.find((item) => item.holds(node, offset)) ?? null;
    },

    all() {
      if (unordered) {
        const sorted = [...painted].sort(documentOrder);
        painted.clear();
        for (const item of sorted) painted.add(item);
        unordered = false;
      }
      return [...painted];
    },

    size: () => painted.size,

    clear() {
      generation++;
      painter.clear();
      painted.clear();
      registered.clear();
      pending = [];
      byNode.clear();
      for (const bucket of new Set(bucketOf.values())) dropBucket(bucket);
      bucketOf.clear();
      openBucket = null;
      unordered = false;
    },
  };
}

/** How far beyond the viewport a deferred block counts as near: half a screen above and below. */
const VIEWPORT_MARGIN = '50% 0px 50% 0px';

/** A ViewportWatch over one IntersectionObserver in the page's window. */
export function watchViewport(win: Window & typeof globalThis): ViewportWatch {
  const listeners = new Map<Element, Set<(position: ViewportPosition) => void>>();
  const observer = new win.IntersectionObserver(
    (records) => {
      for (const record of records) {
        const above = record.rootBounds !== null && record.boundingClientRect.bottom < record.rootBounds.top;
        const position = record.isIntersecting ? 'near' : above ? 'above' : 'below';
        for (const listener of listeners.get(record.target) ?? []) listener(position);
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
