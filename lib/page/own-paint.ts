import type { PaintedEntry, Painter } from './paint';

/**
 * The reader's own entries (added or imported, not bundled) are painted where no page script can see them.
 *
 * The CSS Custom Highlight registry is the document's: a content script's isolated world and the page's own
 * scripts share it (checked on Chromium 156: `for (const [name, h] of CSS.highlights)` in the page lists
 * every range Dalil registered). A name of the reader's painted there would tell the page that it is in the
 * reader's glossary, and a page writing candidate names into its text could learn whom a journalist keeps
 * notes on. So these are drawn as boxes over their text, inside a closed shadow root of their own: the page
 * sees the host (a plain <div> under <html>, made on every page Dalil highlights, whether or not any of the
 * reader's entries is on it), never what is in it. The boxes take no pointer events (hover and clicks reach
 * the text, and `elementFromPoint` never returns them) and stay inside the viewport, so no size or scroll
 * extent of the host changes with them.
 */
export interface OwnPainter extends Painter {
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
  return `.paint > div { position: absolute; box-sizing: border-box; }\n${rules}`;
}

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

/**
 * The painter of the reading that knows the reader's entries, when they are painted apart: their ranges go to
 * the own painter, and the rest are left to the reading without them, which paints the highlight registry
 * (so the registry shows what the bundled glossary and the name finder alone find, nothing more or less).
 * The keys' and the popup's focus goes where the entity is painted.
 */
export function ownEntriesOnly(registry: Painter, own: OwnPainter): Painter {
  return {
    add: (range, entry) => void (entry.own === true && own.add(range, entry)),
    remove: (range, entry) => void (entry.own === true && own.remove(range, entry)),
    focus(range, entry) {
      const apart = entry?.own === true;
      own.focus(apart ? range : null);
      registry.focus(apart ? null : range);
    },
    clear: () => own.clear(),
  };
}
