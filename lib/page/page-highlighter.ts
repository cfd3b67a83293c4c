import type { EntityMatch, Matcher } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/schema';
import type { Painter } from './paint';
import { blockRange, collectTextBlocks, isBlockElement, type TextBlock } from './text-blocks';

/** One entity painted on the page. */
export interface PaintedMatch {
  range: Range;
  match: EntityMatch;
  entry: GlossaryEntry;
  /** The block of text it was found in (for its context sentence). */
  block: TextBlock;
}

export interface HighlighterOptions {
  matcher: Matcher;
  entries: readonly GlossaryEntry[];
  painter: Painter;
  /** Elements whose text is not the page's (the extension's own UI, hidden elements). */
  skipElement: (el: Element) => boolean;
  /** Gives the main thread back between slices of work (so no task runs long). */
  yieldToMain: () => Promise<void>;
  /** Milliseconds of matching before yielding. */
  sliceMs?: number;
  now?: () => number;
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
  clear(): void;
}

const DEFAULT_SLICE_MS = 12;

/** The nearest ancestor (or self) that starts a block: the unit that must be re-read when text changes. */
function blockContainer(node: Node): Node {
  for (let current: Node | null = node; current !== null; current = current.parentNode) {
    if (current.nodeType === 1 && isBlockElement(current as Element)) return current;
    if (current.parentNode === null) return current;
  }
  return node;
}

function documentOrder(a: PaintedMatch, b: PaintedMatch): number {
  return a.range.compareBoundaryPoints(0 /* Range.START_TO_START */, b.range);
}

/**
 * Keeps the page's highlights in step with its text: scan a subtree, update after mutations, answer hit
 * tests. DOM reads only; painting goes through the CSS Custom Highlight API.
 */
export function createPageHighlighter(options: HighlighterOptions): PageHighlighter {
  const { matcher, entries, painter, skipElement, yieldToMain } = options;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const now = options.now ?? (() => performance.now());
  /** Painted matches by every Text node they touch, for hit tests and removals. */
  const byNode = new Map<Text, PaintedMatch[]>();
  const painted = new Set<PaintedMatch>();
  /** Bumped by clear(): a scan still running from before stops at its next slice. */
  let generation = 0;

  function paintBlock(block: TextBlock): void {
    for (const match of matcher.match(block.text)) {
      const where = blockRange(block, match.start, match.end);
      const entry = entries[match.entry];
      if (where === null || entry === undefined) continue;
      const range = where.startNode.ownerDocument.createRange();
      range.setStart(where.startNode, where.startOffset);
      range.setEnd(where.endNode, where.endOffset);
      const item: PaintedMatch = { range, match, entry, block };
      painted.add(item);
      painter.add(range, entry.type);
      for (const segment of block.segments) {
        if (segment.end <= match.start || segment.start >= match.end) continue;
        let list = byNode.get(segment.node);
        if (list === undefined) {
          list = [];
          byNode.set(segment.node, list);
        }
        list.push(item);
      }
    }
  }

  function unpaint(item: PaintedMatch): void {
    if (!painted.delete(item)) return;
    painter.remove(item.range, item.entry.type);
    for (const segment of item.block.segments) {
      const list = byNode.get(segment.node);
      if (list === undefined) continue;
      const kept = list.filter((other) => other !== item);
      if (kept.length > 0) byNode.set(segment.node, kept);
      else byNode.delete(segment.node);
    }
  }

  async function paintBlocks(blocks: readonly TextBlock[]): Promise<void> {
    const started = generation;
    let sliceStart = now();
    for (const block of blocks) {
      paintBlock(block);
      if (now() - sliceStart > sliceMs) {
        await yieldToMain();
        if (generation !== started) return;
        sliceStart = now();
      }
    }
  }

  /** Whether the block a match was read from still stands as it was (same nodes, same lengths, attached). */
  function stillValid(item: PaintedMatch): boolean {
    return item.block.segments.every(
      (segment) => segment.node.isConnected && segment.node.length === segment.end - segment.start,
    );
  }

  return {
    scan: (root) => paintBlocks(collectTextBlocks(root, { skipElement })),

    async update(changed) {
      for (const item of [...painted]) if (!stillValid(item)) unpaint(item);
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
        for (const item of [...painted]) if (root.contains(item.range.startContainer)) unpaint(item);
        await paintBlocks(collectTextBlocks(root, { skipElement }));
      }
    },

    at(node, offset) {
      const candidates = node.nodeType === 3 ? byNode.get(node as Text) : undefined;
      return candidates?.find((item) => item.range.comparePoint(node, offset) === 0) ?? null;
    },

    all: () => [...painted].sort(documentOrder),

    clear() {
      generation++;
      painter.clear();
      painted.clear();
      byNode.clear();
    },
  };
}
