/** How a text block is cut for matching, and the elements that hold it in the page. */
import { isBlockElement, type TextBlock } from './text-blocks';

/**
 * Blocks longer than this are matched in pieces cut where no name can run across (a full stop, a line
 * break), so that no single step takes long. A piece is cut at a space when no such place is near.
 */
const MAX_PIECE = 20_000;
const BREAK_BEFORE = /[.!?؟؛;\n\u2029]/g;

/** [start, end) pieces of a block's text, each at most about MAX_PIECE long. */
export function pieces(text: string): Array<[number, number]> {
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

/** The nearest ancestor (or self) that starts a block: the unit that must be re-read when text changes. */
export function blockContainer(node: Node): Node {
  for (let current: Node | null = node; current !== null; current = current.parentNode) {
    if (current.nodeType === 1 && isBlockElement(current as Element)) return current;
    if (current.parentNode === null) return current;
  }
  return node;
}

/** The element whose box holds a block: its block container, or the shadow host for text at a root. */
export function blockElement(block: TextBlock): Element | null {
  const first = block.segments[0]?.node;
  if (first === undefined) return null;
  const container = blockContainer(first);
  if (container.nodeType === 1) return container as Element;
  if (first.parentElement !== null) return first.parentElement;
  const root = first.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}
