import type { EntityMatch, Matcher } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/schema';
import { blockContainer, blockElement, pieces } from './block-parts';
import { documentOrder } from './dom-order';
import type { OwnPainter } from './own-paint';
import { kindOf, type PaintedEntry, type Painter } from './paint';
import { blockRange, blockSegments, isBlockElement, type TextBlock, walkTextBlocks } from './text-blocks';
import { createDeferral, type ViewportWatch } from './viewport-deferral';

/**
 * The run of inline siblings around `node` in `container` (up to the container's block children on either
 * side), when the container holds blocks besides it; null when the container is one block, read whole.
 */
function inlineRun(node: Node, container: Node): Node[] | null {
  let top = node;
  while (top.parentNode !== null && top.parentNode !== container) top = top.parentNode;
  if (top.parentNode !== container) return null;
  const isBlock = (other: Node | null) => other?.nodeType === 1 && isBlockElement(other as Element);
  let first = top;
  while (first.previousSibling !== null && !isBlock(first.previousSibling)) first = first.previousSibling;
  let last = top;
  while (last.nextSibling !== null && !isBlock(last.nextSibling)) last = last.nextSibling;
  if (first === container.firstChild && last === container.lastChild) return null;
  const run: Node[] = [first];
  for (let next = first; next !== last && next.nextSibling !== null; ) {
    next = next.nextSibling;
    run.push(next);
  }
  return run;
}

/** One block of consecutive blocks' text (siblings of a run, each read apart), with their segments moved on. */
function joinBlocks(blocks: readonly TextBlock[]): TextBlock {
  let text = '';
  const segments: TextBlock['segments'] = [];
  for (const block of blocks) {
    for (const segment of block.segments) {
      segments.push({ ...segment, start: segment.start + text.length, end: segment.end + text.length });
    }
    text += block.text;
  }
  return { text, segments };
}

/** One entity painted on the page. */
export interface PaintedMatch {
  /** A live Range over the entity (made when first asked for, when the painter is given StaticRanges). */
  readonly range: Range;
  match: EntityMatch;
  entry: GlossaryEntry;
  /** The block of text it was found in (for its context sentence). */
  block: TextBlock;
}

/**
 * The reading the page's scripts are shown when it is not the reader's: with the reader's own entries, or
 * changes to the bundled glossary, the highlight registry (which the page shares) shows what the bundled
 * glossary alone finds (lib/page/own-paint.ts).
 */
export interface ShownReading {
  /** What that reading finds in a text; null where it is sure to find just what the reader's matcher found. */
  match(text: string): EntityMatch[] | null;
  /** The entry one of its matches names. */
  entryAt(index: number): GlossaryEntry | undefined;
  /**
   * Paints out of the page's sight the reader's entities the registry does not show as they are, and covers
   * the registry's the reader's reading has nothing at.
   */
  apart: Pick<OwnPainter, 'add' | 'remove' | 'cover' | 'focus' | 'clear'>;
}

export interface HighlighterOptions {
  /** What the page shows in a block of text (the glossary's matches, with the name finder's once loaded). */
  matcher: Pick<Matcher, 'match'>;
  /** The entry a match names (matches index the glossary, then the page's suggestions). */
  entryAt: (index: number) => GlossaryEntry | undefined;
  /** Paints the highlight registry. */
  painter: Painter;
  /** Without it the registry shows the reader's reading. */
  shown?: ShownReading;
  /** Elements whose text is not the page's (the extension's own UI, hidden elements). */
  skipElement: (el: Element) => boolean;
  /** Told of each open shadow root a scan or update reads, to watch it for changes. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Told of each custom element read without a shadow root (one may be attached later). */
  onRootless?: (el: Element) => void;
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
  /**
   * Reads every block under `root` again because the matcher finds more now (the name finder has loaded),
   * repainting only the blocks whose entities differ: the rest stay painted as they are, and stay the
   * entities a card or the keys are on.
   */
  reread(root: Node): Promise<void>;
  /** Marks an entity as the current one (keyboard navigation, the popup's reveal) where it is painted, or none. */
  focus(item: PaintedMatch | null): void;
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
 * Where an entity is painted: in the registry (the page may see it), apart (only the reader: the registry
 * does not show it so), or in the registry and covered apart (the page's reading has it, the reader's not).
 */
type Where = 'registry' | 'apart' | 'covered';

/**
 * A painted entity: the range the painter holds, and a live Range made whenever someone asks (a hover, the
 * card, the popup's list). Not kept: each live Range a document holds is updated on every change the page
 * makes, the very cost the StaticRanges avoid.
 */
class Painted implements PaintedMatch {
  #live: Range | null;
  where: Where = 'registry';

  constructor(
    public bounds: AbstractRange,
    live: Range | null,
    public match: EntityMatch,
    public entry: GlossaryEntry,
    readonly block: TextBlock,
    /** Found by the reader's reading (false: only by the reading the page is shown, see ShownReading). */
    readonly reader: boolean,
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

  /** Takes over the range objects of an entity painted over the same text before (see `handBack`). */
  takeRange(from: Painted): void {
    this.bounds = from.bounds;
    this.#live = from.#live;
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

/**
 * Keeps the page's highlights in step with its text: scan a subtree, update after mutations, answer hit
 * tests. DOM reads only; painting goes through the CSS Custom Highlight API.
 */
export function createPageHighlighter(options: HighlighterOptions): PageHighlighter {
  const { matcher, entryAt, painter, shown, skipElement, yieldToMain, viewport } = options;
  const walk = { skipElement, onShadowRoot: options.onShadowRoot, onRootless: options.onRootless };
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const eagerLimit = options.eagerLimit ?? EAGER_LIMIT;
  const staticRanges = options.staticRanges === true;
  const now = options.now ?? (() => performance.now());
  /** Painted matches by every Text node they touch, for hit tests and removals. */
  const byNode = new Map<Text, Painted[]>();
  /** In document order whenever `unordered` is false (a first scan paints in document order). */
  const painted = new Set<Painted>();
  /** What only the reading the page is shown found (see ShownReading): painted, never hit or listed. */
  const pageOnly = new Set<Painted>();
  let unordered = false;
  /** What the painter holds, and what waits to be handed to it at the end of a slice. */
  const registered = new Set<Painted>();
  let pending: Painted[] = [];
  /**
   * How many of those the registry shows (not painted apart): the eager limit counts only these, as a fresh
   * install, which paints nothing apart, counts its own; counting the rest would tell the page, by what is
   * registered at load, that the reader has entries of their own.
   */
  let shownRegistered = 0;
  let shownPending = 0;
  function toHandOver(items: Iterable<Painted>): void {
    pending.push(...items);
    for (const item of items) if (item.where !== 'apart') shownPending++;
  }
  let lastHandOver = 0;
  /** Bumped by clear(): a scan still running from before stops at its next slice. */
  let generation = 0;

  function handOver(): void {
    for (const item of pending) {
      if (!(item.reader ? painted : pageOnly).has(item) || registered.has(item)) continue;
      registered.add(item);
      if (item.where !== 'apart') {
        shownRegistered++;
        painter.add(item.bounds, item.entry);
      }
      if (item.where === 'apart') shown?.apart.add(item.bounds, item.entry);
      else if (item.where === 'covered') shown?.apart.cover(item.bounds);
    }
    pending = [];
    shownPending = 0;
    lastHandOver = now();
  }

  function unregister(item: Painted): void {
    if (!registered.delete(item)) return;
    if (item.where !== 'apart') {
      shownRegistered--;
      painter.remove(item.bounds, item.entry);
    }
    if (item.where !== 'registry') shown?.apart.remove(item.bounds, item.entry);
  }

  /** Paints an entity elsewhere from now on (a reading again found the page is shown it otherwise). */
  function move(item: Painted, where: Where): void {
    if (item.where === where) return;
    const was = registered.has(item);
    if (was && where !== 'apart' && item.where !== 'apart') {
      // Still in the registry: only the cover over it changes, the page sees the same range where it was.
      if (where === 'covered') shown?.apart.cover(item.bounds);
      else shown?.apart.remove(item.bounds, item.entry);
      item.where = where;
      return;
    }
    unregister(item);
    item.where = where;
    if (was) toHandOver([item]);
  }

  /** Without a viewport to watch, every entity is painted at once. */
  const deferral =
    viewport &&
    createDeferral<Painted>(viewport, (items, shown) => {
      if (shown) {
        toHandOver(items);
        handOver();
      } else {
        for (const item of items) unregister(item);
      }
    });

  /** Hands a block's entities to the painter now, or when the block comes near the viewport. */
  function show(items: readonly Painted[], block: TextBlock): void {
    const el = deferral && shownRegistered + shownPending >= eagerLimit ? blockElement(block) : null;
    if (el === null || deferral?.defer(items, el)) toHandOver(items);
  }

  /** What `find` finds in [from, to) of a block, with offsets in the block's text. */
  function matchPiece<T extends EntityMatch[] | null>(
    find: (text: string) => T,
    block: TextBlock,
    from: number,
    to: number,
  ): T {
    const text = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
    const found = find(text);
    return from === 0 || found === null
      ? found
      : (found.map((match) => ({ ...match, start: match.start + from, end: match.end + from })) as T);
  }

  /** What the reader's reading (or, `reader` false, only the page's) painted in [from, to) of a block read before. */
  function paintedIn(block: TextBlock, from: number, to: number, reader = true): Painted[] {
    const found = new Set<Painted>();
    for (const segment of block.segments)
      for (const item of byNode.get(segment.node) ?? [])
        if (
          item.reader === reader &&
          item.block.text === block.text &&
          item.match.start >= from &&
          item.match.end <= to
        )
          found.add(item);
    return [...found];
  }

  const placeKey = (start: number, end: number, entry: GlossaryEntry | undefined) =>
    `${start}:${end}:${entry?.id}:${entry === undefined ? '' : kindOf(entry)}`;
  /** Where and as what an entity is painted: all a page can tell of it. */
  const paintKey = (match: EntityMatch, entry: PaintedEntry) =>
    `${match.start}:${match.end}:${kindOf(entry)}`;

  /** A painted entity over a match of a block, known by the nodes it touches; null where the block has no such text. */
  function place(
    block: TextBlock,
    match: EntityMatch,
    entry: GlossaryEntry,
    reader: boolean,
  ): Painted | null {
    const where = blockRange(block, match.start, match.end);
    if (where === null) return null;
    const doc = where.startContainer.ownerDocument;
    let live: Range | null = null;
    if (!staticRanges) {
      live = doc.createRange();
      live.setStart(where.startContainer, where.startOffset);
      live.setEnd(where.endContainer, where.endOffset);
    }
    const bounds = live ?? new (doc.defaultView as Window & typeof globalThis).StaticRange(where);
    const item = new Painted(bounds, live, match, entry, block, reader);
    (reader ? painted : pageOnly).add(item);
    for (const segment of blockSegments(block, match.start, match.end)) {
      let list = byNode.get(segment.node);
      if (list === undefined) {
        list = [];
        byNode.set(segment.node, list);
      }
      list.push(item);
    }
    return item;
  }

  /**
   * Decides where the reader's entities of a piece are painted, from what the page's reading finds there: in
   * the registry where it shows them as they are, apart where not. What only the page's reading finds goes in
   * the registry too, covered apart where the reader's reading has nothing over it. Returns those newly placed:
   * `before` (what only the page's reading painted there when it was read before) stays painted where it is
   * found again as the page sees it, as a fresh install keeps its range objects, and is taken down elsewhere.
   */
  function showPiece(
    reading: ShownReading,
    block: TextBlock,
    from: number,
    to: number,
    ours: Painted[],
    before: readonly Painted[],
    dropped: Painted[],
  ): Painted[] {
    const seen = matchPiece((text) => reading.match(text), block, from, to);
    if (seen === null) {
      for (const item of ours) move(item, 'registry');
      dropped.push(...before);
      return [];
    }
    const theirsBefore = new Map(before.map((item) => [paintKey(item.match, item.entry), item]));
    const seenKeys = new Set<string>();
    for (const match of seen) {
      const entry = reading.entryAt(match.entry);
      if (entry !== undefined) seenKeys.add(paintKey(match, entry));
    }
    for (const item of ours)
      move(item, seenKeys.has(paintKey(item.match, item.entry)) ? 'registry' : 'apart');
    const ourKeys = new Set(ours.map((item) => paintKey(item.match, item.entry)));
    const theirs: Painted[] = [];
    for (const match of seen) {
      const entry = reading.entryAt(match.entry);
      if (entry === undefined || ourKeys.has(paintKey(match, entry))) continue;
      const under = ours.some((other) => other.match.start < match.end && match.start < other.match.end);
      const key = paintKey(match, entry);
      const kept = theirsBefore.get(key);
      if (kept !== undefined) {
        theirsBefore.delete(key);
        move(kept, under ? 'registry' : 'covered');
        continue;
      }
      const item = place(block, match, entry, false);
      if (item === null) continue;
      item.where = under ? 'registry' : 'covered';
      theirs.push(item);
    }
    dropped.push(...theirsBefore.values());
    return theirs;
  }

  function paintPiece(block: TextBlock, from: number, to: number, again: boolean): void {
    let matches = matchPiece((text) => matcher.match(text), block, from, to);
    const kept: Painted[] = [];
    let theirsBefore: Painted[] = [];
    /** What a reading again takes down: its registry ranges go to what is painted there as the page sees it. */
    const dropped: Painted[] = [];
    if (again) {
      // What is found again where it was stays painted as it is; only what changed is taken down or added.
      const before = new Map(
        paintedIn(block, from, to).map((item) => [
          placeKey(item.match.start, item.match.end, item.entry),
          item,
        ]),
      );
      const added = matches.filter((match) => {
        const key = placeKey(match.start, match.end, entryAt(match.entry));
        const item = before.get(key);
        if (item === undefined) return true;
        before.delete(key);
        // The same entity, its entry perhaps edited (another glossary, see reread).
        item.match = match;
        item.entry = entryAt(match.entry) as GlossaryEntry;
        kept.push(item);
        return false;
      });
      dropped.push(...before.values());
      if (shown !== undefined) theirsBefore = paintedIn(block, from, to, false);
      if (added.length > 0) unordered = true;
      matches = added;
    }
    let items: Painted[] = [];
    for (const match of matches) {
      const entry = entryAt(match.entry);
      const item = entry === undefined ? null : place(block, match, entry, true);
      if (item !== null) items.push(item);
    }
    if (shown !== undefined) {
      items.push(...showPiece(shown, block, from, to, [...kept, ...items], theirsBefore, dropped));
      // In document order, as a fresh install adds them: the registry's order must not tell what is whose.
      items.sort((a, b) => a.match.start - b.match.start);
    }
    if (dropped.length > 0) items = handBack(dropped, items);
    if (items.length > 0) show(items, block);
  }

  /**
   * Where a reading again takes an entity down and paints another over the same text as the page sees it
   * (the reader's changed glossary, another reading's entity in its place), the new one takes the old one's
   * range objects and registration: the registry a page reads stays as a fresh install's, which reads its
   * page once. Returns the new entities still to hand to the painter.
   */
  function handBack(dropped: readonly Painted[], items: Painted[]): Painted[] {
    const shownBefore = new Map<string, Painted>();
    for (const item of dropped)
      if (item.where !== 'apart') shownBefore.set(paintKey(item.match, item.entry), item);
    const rest: Painted[] = [];
    for (const item of items) {
      const key = paintKey(item.match, item.entry);
      const old = item.where === 'apart' ? undefined : shownBefore.get(key);
      // Its run of blocks far from the viewport, or near it, it stays in that run.
      const deferred = old !== undefined && deferral?.replace(old, item) === true;
      if (old === undefined || !(deferred || registered.has(old))) {
        rest.push(item);
        continue;
      }
      shownBefore.delete(key);
      item.takeRange(old);
      if (!registered.delete(old)) continue;
      if (old.where === 'covered') shown?.apart.remove(old.bounds, old.entry);
      registered.add(item);
      if (item.where === 'covered') shown?.apart.cover(item.bounds);
    }
    for (const item of dropped) unpaint(item);
    return rest;
  }

  function unpaint(item: Painted): void {
    if (!(item.reader ? painted : pageOnly).delete(item)) return;
    unregister(item);
    deferral?.forget(item);
    for (const segment of blockSegments(item.block, item.match.start, item.match.end)) {
      const list = byNode.get(segment.node);
      if (list === undefined) continue;
      const kept = list.filter((other) => other !== item);
      if (kept.length > 0) byNode.set(segment.node, kept);
      else byNode.delete(segment.node);
    }
  }

  /**
   * Walks, matches and paints under `root` in slices of `sliceMs`, giving the main thread back between;
   * `again`: the blocks were read before (see reread).
   */
  function paintUnder(root: Node, again = false): Promise<void> {
    return paintBlocks(walkTextBlocks(root, walk), again);
  }

  /** Matches and paints blocks (null: a point to pause at) in slices, giving the main thread back between. */
  async function paintBlocks(blocks: Iterable<TextBlock | null>, again = false): Promise<void> {
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
    for (const block of blocks) {
      if (block !== null) {
        for (const [from, to] of pieces(block.text)) {
          paintPiece(block, from, to, again);
          if (!(await pause())) return;
        }
      } else if (!(await pause())) return;
    }
    deferral?.close();
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

  /** `update`'s work: drops what changed nodes invalidated and reads their blocks again. */
  async function repaint(changed: readonly Node[]): Promise<void> {
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
    for (const item of [...painted, ...pageOnly]) if (!stillValid(item.block)) unpaint(item);
    const roots: Node[] = [];
    /** Inline runs of a container that also holds blocks (text straight under <body>), by their first node. */
    const runs = new Map<Node, Node[]>();
    for (const node of changed) {
      if (!node.isConnected) continue;
      const root = blockContainer(node);
      const run = inlineRun(node, root);
      if (run !== null) {
        runs.set(run[0] as Node, run);
        continue;
      }
      if (roots.some((other) => other === root || other.contains(root))) continue;
      for (let i = roots.length - 1; i >= 0; i--) if (root.contains(roots[i] as Node)) roots.splice(i, 1);
      roots.push(root);
    }
    const before = painted.size;
    for (const run of runs.values()) {
      if (roots.some((root) => root.contains(run[0] as Node))) continue;
      // Only the run is read again, never the whole <body> it stands in (a ticking clock in a bare <span>).
      const blocks = run.map((node) => {
        const found = [...walkTextBlocks(node, walk)].filter((block) => block !== null);
        // A space between two siblings is kept, as the walk over their container keeps it.
        if (found.length > 0 || node.nodeType !== 3 || (node as Text).length === 0) return found;
        return [
          {
            text: (node as Text).data,
            segments: [{ node: node as Text, start: 0, end: (node as Text).length }],
          },
        ];
      });
      if (blocks.some((found) => found.length > 1)) {
        roots.push(blockContainer(run[0] as Node));
        continue;
      }
      for (const node of run) for (const item of paintedUnder(node)) unpaint(item);
      await paintBlocks([joinBlocks(blocks.flat())]);
    }
    for (const root of roots) {
      // The block is read again whole: drop what was painted inside it first, so nothing is painted twice.
      for (const item of paintedUnder(root)) unpaint(item);
      await paintUnder(root);
    }
    if (painted.size > before) unordered = true;
  }

  /**
   * Scans and updates run one after another: an update that arrives during a scan waits for it, so a block
   * is never read by both at once (and painted twice); clear() stops the running one at its next slice.
   */
  let queue: Promise<void> = Promise.resolve();
  function serially(task: () => Promise<void>): Promise<void> {
    // Work asked for before a clear() is dropped, even if its turn comes after it.
    const asked = generation;
    const run = queue.then(() => (generation === asked ? task() : undefined));
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    scan: (root) =>
      serially(async () => {
        const before = painted.size;
        await paintUnder(root);
        if (before > 0 && painted.size > before) unordered = true;
      }),

    update: (changed) => serially(() => repaint(changed)),

    reread: (root) => serially(() => paintUnder(root, true)),

    focus(item) {
      const apart = item instanceof Painted && item.where === 'apart';
      shown?.apart.focus(apart ? item.range : null);
      painter.focus(apart ? null : (item?.range ?? null));
    },

    at(node, offset) {
      const candidates = node.nodeType === 3 ? byNode.get(node as Text) : undefined;
      return candidates?.find((item) => item.reader && item.holds(node, offset)) ?? null;
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
      shown?.apart.clear();
      painted.clear();
      pageOnly.clear();
      registered.clear();
      pending = [];
      shownRegistered = 0;
      shownPending = 0;
      byNode.clear();
      deferral?.clear();
      unordered = false;
    },
  };
}
