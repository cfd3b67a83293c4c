import type { PageHighlighter, PaintedMatch } from './page-highlighter';

/** The caret position under a point: the standard API where the browser has it, Chrome's older one else. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position === null ? null : { node: position.offsetNode, offset: position.offset };
  }
  const legacy = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y) ?? null;
  return range === null ? null : { node: range.startContainer, offset: range.startOffset };
}

function inside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The painted entity under the pointer. The caret lookup finds the text position without listening on the
 * page's elements; the rectangles check rejects a caret that snapped to text from blank space nearby.
 */
export function entityAtPoint(
  doc: Document,
  highlighter: PageHighlighter,
  x: number,
  y: number,
): PaintedMatch | null {
  const caret = caretAt(doc, x, y);
  if (caret === null) return null;
  const found =
    highlighter.at(caret.node, caret.offset) ?? highlighter.at(caret.node, Math.max(0, caret.offset - 1));
  if (found === null) return null;
  for (const rect of found.range.getClientRects()) if (inside(rect, x, y)) return found;
  return null;
}
