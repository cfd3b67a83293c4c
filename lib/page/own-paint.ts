import type { PaintedEntry, Painter } from './paint';

/**
 * What the reader's glossary finds and the bundled glossary as it ships does not (their own entries, added
 * or imported, and what they changed in bundled ones) is painted where no page script can see it.
 *
 * The CSS Custom Highlight registry is the document's: a content script's isolated world and the page's own
 * scripts share it (checked on Chromium 156: `for (const [name, h] of CSS.highlights)` in the page lists
 * every range Dalil registered). A name of the reader's painted there would tell the page that it is in the
 * reader's glossary, and a page writing candidate names into its text could learn whom a journalist keeps
 * notes on; one painted as the reader changed it would tell their edits. So the registry shows what a fresh
 * install shows (ShownReading in lib/page/page-highlighter.ts), and the differences are drawn as boxes over
 * their text, inside a closed shadow root of their own: the page sees the host (a plain <div> under <html>,
 * made on every page Dalil highlights, whether or not any of the reader's entries is on it), never what is in
 * it. The boxes take no pointer events (hover and clicks reach the text, and `elementFromPoint` never
 * returns them) and stay inside the viewport, so no size or scroll extent of the host changes with them.
 */
export interface OwnPainter extends Painter {
  /**
   * Marks a range the page's reading paints in the registry and the reader's has nothing at (a bundled entry
   * the reader deleted, a spelling taken off one): the registry cannot leave it out without telling the page,
   * so the reader sees it struck through. Taken away with `remove`.
   */
  cover(range: AbstractRange): void;
  /** Whether a node is the painter's own (its host), not the page's. */
  owns(node: Node): boolean;
  destroy(): void;
}

/**
 * The boxes' stylesheet from the highlight template (components/highlights.css): each `::highlight(dalil-KIND)`
 * rule as a `.KIND` box, its underline as the box's bottom border; a box holds no text, so no text colour.
 */
export function ownPaintStyles(template: string): string {
  // As written in components/highlights.css and as the build minifies it (hex colours, no last semicolon).
  const rules = template
    .replace(/::highlight\(dalil-([a-z]+)\)/g, '.paint > .$1')
    .replace(
      /text-decoration\s*:\s*underline\s+(dotted\s+)?([^;}]+?)\s+([\d.]+px)\s*(?=[;}])/g,
      (_, dotted: string | undefined, color: string, width: string) =>
        `border-bottom: ${width} ${dotted === undefined ? 'solid' : 'dotted'} ${color}`,
    )
    .replace(/([;{]\s*)color\s*:[^;}]*;?/g, '$1');
  return `.paint > div { position: absolute; box-sizing: border-box; }\n${COVER_STYLE}\n${rules}`;
}

/** A struck-through line over a covered range (OwnPainter.cover), in the grey of "other" entities. */
const COVER_STYLE =
  '.paint > .covered { background: linear-gradient(transparent 46%, rgb(75 85 99 / 0.85) 46% 58%, transparent 58%); }';

const HOST_STYLE: ReadonlyArray<[string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['z-index', '2147483646'],
  ['pointer-events', 'none'],
  ['overflow', 'hidden'],
  ['contain', 'strict'],
];

/** A caret-free Range over what a painted range covers (a StaticRange has no boxes of its own). */
function liveRange(doc: Document, range: AbstractRange): Range | null {
  if (!range.startContainer.isConnected || !range.endContainer.isConnected) return null;
  const live = doc.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    // The text shrank since: it is read again and painted anew.
    return null;
  }
  return live;
}

/** The element above `node`, crossing out of a shadow tree to its host. */
function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
}

export function createOwnPainter(doc: Document, css: string): OwnPainter {
  const win = doc.defaultView as Window & typeof globalThis;
  const host = doc.createElement('div');
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
  const layer = doc.createElement('div');
  layer.className = 'paint';
  shadow.append(layer);
  doc.documentElement.append(host);

  /** Each range painted, with its kind (the entry's type). */
  const ranges = new Map<AbstractRange, string>();
  let focused: AbstractRange | null = null;
  let frame = 0;
  let listening = false;
  const resizes = new win.ResizeObserver(() => redraw());

  /** Whether the text's element is what is on top at a point (not a fixed header scrolled over it). */
  function shownAt(el: Element, x: number, y: number): boolean {
    const hit = doc.elementFromPoint(x, y);
    if (hit === null) return false;
    for (let at: Node | null = el; at !== null; at = composedParent(at)) if (at === hit) return true;
    return el.contains(hit);
  }

  function boxesOf(range: AbstractRange, kind: string, width: number, height: number): HTMLElement[] {
    const live = liveRange(doc, range);
    const el = live?.startContainer.parentElement;
    if (live === null || el === null || el === undefined) return [];
    const boxes: HTMLElement[] = [];
    for (const rect of live.getClientRects()) {
      const left = Math.max(rect.left, 0);
      const top = Math.max(rect.top, 0);
      const right = Math.min(rect.right, width);
      const bottom = Math.min(rect.bottom, height);
      if (right <= left || bottom <= top || !shownAt(el, (left + right) / 2, (top + bottom) / 2)) continue;
      const box = doc.createElement('div');
      box.className = kind;
      box.style.cssText = `left:${left}px;top:${top}px;width:${right - left}px;height:${bottom - top}px`;
      boxes.push(box);
    }
    return boxes;
  }

  function draw(): void {
    frame = 0;
    const width = doc.documentElement.clientWidth;
    const height = doc.documentElement.clientHeight;
    const boxes: HTMLElement[] = [];
    for (const [range, kind] of ranges) boxes.push(...boxesOf(range, kind, width, height));
    if (focused !== null) boxes.push(...boxesOf(focused, 'focus', width, height));
    layer.replaceChildren(...boxes);
  }

  function redraw(): void {
    if (frame === 0) frame = win.requestAnimationFrame(draw);
  }

  /** The page's scrolling and layout move the text under the boxes: followed once something is painted. */
  function listen(): void {
    if (listening) return;
    listening = true;
    win.addEventListener('scroll', redraw, { capture: true, passive: true });
    win.addEventListener('resize', redraw, { passive: true });
    resizes.observe(doc.documentElement);
    if (doc.body !== null) resizes.observe(doc.body);
  }

  return {
    add(range: AbstractRange, entry: PaintedEntry) {
      ranges.set(range, entry.type);
      listen();
      redraw();
    },
    remove(range: AbstractRange) {
      if (ranges.delete(range)) redraw();
    },
    cover(range: AbstractRange) {
      ranges.set(range, 'covered');
      listen();
      redraw();
    },
    focus(range: AbstractRange | null) {
      focused = range;
      if (range !== null) listen();
      redraw();
    },
    clear() {
      ranges.clear();
      focused = null;
      redraw();
    },
    owns: (node) => node === host,
    destroy() {
      win.cancelAnimationFrame(frame);
      win.removeEventListener('scroll', redraw, { capture: true });
      win.removeEventListener('resize', redraw);
      resizes.disconnect();
      ranges.clear();
      host.remove();
    },
  };
}
