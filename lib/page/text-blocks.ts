/**
 * The visible text of a DOM subtree as blocks: one string per block-level box, joined across inline
 * elements so that `<a>آشتون</a> كارتر` reads as one name, with a map from string offsets back to
 * (Text node, offset) pairs. The DOM is only read, never rewritten: highlights are painted from Ranges.
 *
 * Same-origin iframes are the caller's job: their documents are separate roots (and separate
 * `Range` owners), so the caller collects each `contentDocument` it can reach on its own.
 */

/** [start, end) of this node's data inside block.text. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface TextBlock {
  text: string;
  /** In document order; they tile block.text without gaps or empty segments. */
  segments: TextSegment[];
}

export interface CollectOptions {
  /** Extra exclusion, e.g. the extension's own UI host, or hidden elements decided by the caller. */
  skipElement?: (el: Element) => boolean;
  /** Stop after this many characters in total (huge pages are processed in slices by the caller). */
  maxChars?: number;
  /** Told of each open shadow root the walk enters (so the caller can watch it for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Told of each element the walk enters that has no shadow root yet and may be given one later, which no
   * mutation tells: a custom element (a name with a hyphen), upgraded once its definition loads, and an empty
   * element of a kind that takes a root (ROOT_HOSTS), a widget's placeholder.
   */
  onRootless?: (el: Element) => void;
}

/** A span of a block in the DOM, named as a StaticRangeInit is, so a StaticRange is made from it as it is. */
export interface DomRange {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** The element types whose content never counts as visible text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'input',
  'iframe',
  'object',
  'canvas',
  'svg',
  // Only reached when the root is the document itself: the <title> is tab text, not page text.
  'head',
  'title',
]);

/**
 * Tags that start and end a block. Decided from the tag name, not from layout, so the module stays cheap
 * and runs in happy-dom and Node CLIs; a page that restyles a <div> as inline merely splits a block.
 * <br> and <hr> have no content: entering them is enough to cut. <button> is inline-block: its label is
 * a unit of its own, and joining it to the text around it would invent words.
 */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'button',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

/** Whether an element starts and ends a block of text (by its tag, as collectTextBlocks decides it). */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/**
 * The elements other than custom ones that `attachShadow` accepts:
 * https://dom.spec.whatwg.org/#dom-element-attachshadow
 */
const ROOT_HOSTS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** Whether an element without a root may be given one later with text of its own (see onRootless). */
function mayTakeRoot(el: Element): boolean {
  if (el.localName.includes('-')) return true;
  return ROOT_HOSTS.has(el.localName) && el.firstElementChild === null && !/\S/.test(el.textContent ?? '');
}

/** contenteditable values that make an element editable (anything else inherits, i.e. is not). */
const EDITABLE_VALUES: ReadonlySet<string> = new Set(['', 'true', 'plaintext-only']);

// Numeric DOM constants rather than the `Node` / `NodeFilter` globals, which Node CLIs that parse pages
// with a happy-dom Window do not have.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

function isDocument(node: Node): node is Document {
  return node.nodeType === DOCUMENT_NODE;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** The rules that need nothing but the markup (no layout, no computed style). */
function skippedByMarkup(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName) || el.hasAttribute('hidden')) return true;
  // Text a person is typing is not page text, and ranges inside an editor would fight its own selection.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && EDITABLE_VALUES.has(editable.toLowerCase());
}

/** The root's own exclusion also covers its ancestors: a caller may pass a node inside a <textarea>. */
function insideSkipped(root: Node, isSkipped: (el: Element) => boolean): boolean {
  for (let node: Node | null = root; node !== null; ) {
    if (isElement(node) && isSkipped(node)) return true;
    node = node.parentNode ?? (isShadowRoot(node) ? node.host : null);
  }
  return false;
}

/** Accumulates Text nodes into the current block; `flush` closes it. */
class BlockBuilder {
  #parts: string[] = [];
  #segments: TextSegment[] = [];
  #length = 0;
  #visible = false;
  #keptChars = 0;

  /** Characters in the kept blocks, plus the open one once it is sure to be kept (it has visible text). */
  get total(): number {
    return this.#keptChars + (this.#visible ? this.#length : 0);
  }

  append(node: Text): void {
    const data = node.data;
    // An empty node would be a zero-width segment, which the boundary rule of blockRange has no use for.
    if (data.length === 0) return;
    this.#segments.push({ node, start: this.#length, end: this.#length + data.length });
    this.#parts.push(data);
    this.#length += data.length;
    this.#visible ||= /\S/.test(data);
  }

  /** Closes the open block: returns it when it has visible text, else drops it. */
  flush(): TextBlock | null {
    const block = this.#visible ? { text: this.#parts.join(''), segments: this.#segments } : null;
    if (block !== null) this.#keptChars += this.#length;
    this.discard();
    return block;
  }

  /** Drops the open block (its nodes may have left the document). */
  discard(): void {
    this.#parts = [];
    this.#segments = [];
    this.#length = 0;
    this.#visible = false;
  }
}

/**
 * Where a walker stands: about to enter its current node, about to look for its children, or done with
 * its subtree and about to leave it. Leaving is what a plain `nextNode()` loop cannot see, and a block
 * ends when its element is left.
 */
type Phase = 'enter' | 'descend' | 'leave';

interface Frame {
  root: Node;
  walker: TreeWalker;
  phase: Phase;
}

/** Nodes visited between two pauses of `walkTextBlocks` when no block closes (huge inline runs, skipped UI). */
const NODES_PER_PAUSE = 2000;
/** How often a walk starts over after the page removed the node it stood on, before it gives up. */
const MAX_RESTARTS = 3;

/**
 * The visible text under `root` as blocks, one at a time, in document order: the walk behind
 * `collectTextBlocks`, for a caller that gives the main thread back as it goes (walking a 5 MB page takes
 * a few hundred milliseconds). Besides blocks it yields `null` every so many nodes, a point where the caller
 * may pause even though no block closed.
 *
 * The page may change while the caller pauses. If the node the walk stood on has left the document, the
 * walk starts over from `root` and skips the blocks it already gave (by their first Text node); the
 * caller's MutationObserver reads the changed parts again anyway.
 *
 * Iterative throughout (a TreeWalker moved by hand, and an explicit stack of walkers for open shadow
 * roots), so 10,000 nested elements do not overflow the stack.
 */
export function* walkTextBlocks(root: Node, options: CollectOptions = {}): Generator<TextBlock | null> {
  const { skipElement } = options;
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  const isSkipped = (el: Element): boolean => skippedByMarkup(el) || (skipElement?.(el) ?? false);
  const doc = isDocument(root) ? root : root.ownerDocument;
  if (doc === null || maxChars <= 0 || insideSkipped(root, isSkipped)) return;

  // FILTER_REJECT drops the whole subtree of an excluded element; comments are not in `whatToShow`.
  const filter = {
    acceptNode: (node: Node): number => (isElement(node) && isSkipped(node) ? FILTER_REJECT : FILTER_ACCEPT),
  };
  const frameFor = (frameRoot: Node): Frame => ({
    root: frameRoot,
    walker: doc.createTreeWalker(frameRoot, SHOW_ELEMENT | SHOW_TEXT, filter),
    phase: 'enter',
  });

  const builder = new BlockBuilder();
  const stack: Frame[] = [frameFor(root)];
  /** First Text nodes of the blocks given so far: what a restarted walk must not give again. */
  const given = new WeakSet<Text>();
  let restarts = 0;
  let visited = 0;
  let full = false;
  /** The block just closed, unless it is empty or was given before a restart. */
  const closed = (block: TextBlock | null): TextBlock | null => {
    const first = block?.segments[0]?.node;
    if (block === null || first === undefined || given.has(first)) return null;
    given.add(first);
    return block;
  };

  for (let frame = stack.at(-1); frame !== undefined && !full; frame = stack.at(-1)) {
    const { walker } = frame;
    const node = walker.currentNode;
    let block: TextBlock | null = null;
    if (frame.phase === 'enter') {
      frame.phase = 'descend';
      visited++;
      if (isText(node)) {
        builder.append(node);
        full = builder.total >= maxChars;
      } else if (isElement(node)) {
        if (BLOCK_TAGS.has(node.localName)) block = closed(builder.flush());
        // Only open roots are readable here. The shadow tree is walked before the host's light children;
        // those are all walked too, although unslotted ones are not rendered (rare enough not to check).
        if (node.shadowRoot !== null) {
          options.onShadowRoot?.(node.shadowRoot);
          block ??= closed(builder.flush());
          stack.push(frameFor(node.shadowRoot));
        } else if (options.onRootless !== undefined && mayTakeRoot(node)) options.onRootless(node);
      }
    } else if (frame.phase === 'descend') {
      frame.phase = walker.firstChild() !== null ? 'enter' : 'leave';
    } else {
      if (isElement(node) && BLOCK_TAGS.has(node.localName)) block = closed(builder.flush());
      if (node !== frame.root && walker.nextSibling() !== null) {
        frame.phase = 'enter';
      } else if (node === frame.root || walker.parentNode() === null) {
        // parentNode() never returns a root that `whatToShow` hides (a document, a shadow root), so a null
        // there also means the walk of this frame is over. A shadow tree is a block of its own: it neither
        // joins nor splits the host's light text.
        block ??= closed(builder.flush());
        stack.pop();
      }
    }
    if (block === null && visited < NODES_PER_PAUSE) continue;
    visited = 0;
    yield block;
    // While the caller paused, the page may have removed the node the walk stands on: walking on would
    // read a detached subtree and lose the way back to the rest of the page.
    const current = stack.at(-1)?.walker.currentNode;
    if (current !== undefined && !current.isConnected && root.isConnected) {
      if (++restarts > MAX_RESTARTS) return;
      builder.discard();
      stack.length = 0;
      stack.push(frameFor(root));
    }
  }
  const last = closed(builder.flush());
  if (last !== null) yield last;
}

/**
 * Collect the visible text under `root` as blocks, all at once (see `walkTextBlocks` for the walk in
 * steps).
 */
export function collectTextBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const block of walkTextBlocks(root, options)) if (block !== null) blocks.push(block);
  return blocks;
}

/** First index whose item satisfies `pred`, for a predicate that is false then true along the array. */
function lowerBound<T>(items: readonly T[], pred: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = items[mid];
    if (item !== undefined && pred(item)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Map a [start,end) range of block.text to DOM positions. Returns null when out of range, empty, or when
 * a Text node's length changed since collection (its offsets no longer mean anything, and a Range built
 * from them could throw on the page). An offset on the boundary between two nodes starts at the beginning
 * of the later node and ends at the end of the earlier one, so a range never starts at the end of a node.
 */
export function blockRange(block: TextBlock, start: number, end: number): DomRange | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > block.text.length) return null;
  if (start >= end) return null;
  const { segments } = block;
  const first = segments[lowerBound(segments, (seg) => seg.end > start)];
  const last = segments[lowerBound(segments, (seg) => seg.end >= end)];
  if (first === undefined || last === undefined) return null;
  if (first.node.length !== first.end - first.start || last.node.length !== last.end - last.start)
    return null;
  return {
    startContainer: first.node,
    startOffset: start - first.start,
    endContainer: last.node,
    endOffset: end - last.start,
  };
}

/** The segments of a block that [start, end) touches. */
export function blockSegments(block: TextBlock, start: number, end: number): TextSegment[] {
  const { segments } = block;
  return segments.slice(
    lowerBound(segments, (seg) => seg.end > start),
    lowerBound(segments, (seg) => seg.start >= end),
  );
}
