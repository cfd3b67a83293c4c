/**
 * The extension's one element on a page, which holds the gloss card: where the card stands, when it closes,
 * where focus goes. The card itself (components/GlossCard, with Preact) is given as a view, so the page's
 * code does not depend on the UI's.
 */
import type { Clitic } from '../arabic/clitics';
import type { EntryDraft } from '../glossary/draft-entry';
import type { GlossaryEntry } from '../glossary/schema';
import type { UiLanguage } from '../i18n/languages';
import type { Catalogue } from '../i18n/translate';

/** What the card shows about one entity on the page. */
export interface CardData {
  /** The Arabic as written on the page (with clitics). */
  surface: string;
  clitics: Clitic[];
  /** '' when none. */
  suffix: string;
  entry: GlossaryEntry;
  /** Other readings of an ambiguous form. */
  alternatives: GlossaryEntry[];
  /** The sentence on this page where it stands (preferred over entry.contexts[0]). */
  context?: string;
  /** How many times it is mentioned on this page. */
  mentions: number;
}

export interface CardShowOptions {
  pinned: boolean;
  focus?: boolean | undefined;
}

/** What a page session needs of the gloss card (the card itself may still be loading: see lazy-card). */
export interface CardControl {
  /**
   * Shows the card for an entity; `anchor` is the entity's client rect. It takes the keyboard's focus only
   * with `focus` (the reader moved to the entity with the keys): never from a field the reader types in.
   */
  show(data: CardData, anchor: DOMRect, options: CardShowOptions): void;
  hide(): void;
  readonly isOpen: boolean;
  readonly isPinned: boolean;
  /** Whether an event target / node belongs to the card (so clicks inside it don't close it). */
  contains(node: Node | null): boolean;
  destroy(): void;
}

export interface CardHost extends CardControl {
  /** The one element the extension adds to the page. */
  readonly host: HTMLElement;
}

export interface CardCallbacks {
  /** Copies text to the clipboard; resolves once it is there (the card then says "Copied"). */
  onCopy(text: string): Promise<void>;
  /**
   * On how many other pages the history saw the entry, asked for only when the reader presses the card's
   * button: a count shown unasked would sit in the page's document, where the page can try to read it.
   */
  seenElsewhere(entryId: string): Promise<number>;
  onEdit(entryId: string): void;
  /**
   * Opens the add window for a suggested name (the background's `add/open`). The form is not in the card:
   * keys typed in the page's document reach the page's own capture listeners before the card's.
   */
  onAdd(draft: EntryDraft): Promise<void>;
}

/** What the host gives the card it shows. */
export interface CardProps {
  data: CardData;
  pinned: boolean;
  onClose(): void;
  onCopy(text: string): Promise<void>;
  onSeenElsewhere(entryId: string): Promise<number>;
  onEdit(entryId: string): void;
  /** Opens the add window for a suggested name, prefilled with this draft. */
  onAdd(draft: EntryDraft): Promise<void>;
}

/** The card as the host shows it: its stylesheet, and how it is drawn into (or, with null, taken out of) an element. */
export interface CardView {
  css: string;
  render(props: CardProps | null, into: HTMLElement): void;
}

/** Space between the entity and the card. */
const GAP = 8;
/** Least space kept between the card and the viewport's edges. */
const MARGIN = 8;

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** A height the card must scroll within, when it fits on neither side of the anchor; null when it fits. */
  maxHeight: number | null;
}

/** Below this much room a scrolling card is worse than one that covers the anchor. */
const MIN_ROOM = 120;

/**
 * Where the card goes: below the anchor, above when only there it fits, centred on the anchor and clamped
 * inside the viewport. When it fits on neither side it takes the roomier one and scrolls within it, so the
 * entity stays visible; only when both sides are too cramped for that is it clamped over the anchor.
 */
export function placeCard(
  anchor: DOMRectReadOnly,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = anchor.bottom + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  const fitsBelow = size.height <= roomBelow;
  const fitsAbove = size.height <= roomAbove;
  const side = fitsBelow || (!fitsAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const clamp = (value: number, max: number): number => Math.max(MARGIN, Math.min(value, max));
  const left = clamp(anchor.left + anchor.width / 2 - size.width / 2, viewport.width - MARGIN - size.width);
  const room = side === 'below' ? roomBelow : roomAbove;
  if (size.height > room && room >= MIN_ROOM) {
    return { side, left, top: side === 'below' ? below : MARGIN, maxHeight: room };
  }
  const top = side === 'below' ? below : anchor.top - GAP - size.height;
  return { side, left, top: clamp(top, viewport.height - MARGIN - size.height), maxHeight: null };
}

/**
 * Host declarations, set through CSSOM (a strict style-src CSP blocks inline <style>, not this) and
 * !important so page rules on unknown elements cannot move or hide it. Zero-sized and inert to the pointer:
 * only the card inside takes pointer events.
 */
const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['z-index', '2147483647'],
  ['width', '0'],
  ['height', '0'],
  ['pointer-events', 'none'],
];

/**
 * Styles the shadow root with a constructed stylesheet: pages with `style-src 'self'` block <style> elements,
 * even inside a shadow root, but not CSSOM. Where construction is missing (test DOMs), a <style> element.
 */
function adoptStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet !== undefined && 'adoptedStyleSheets' in shadow) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch (error) {
      console.warn('[dalil] constructed stylesheet unavailable, using <style>', error);
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

type FocusableElement = Element & HTMLOrSVGElement;

function isFocusable(el: Element): el is FocusableElement {
  return typeof (el as Partial<HTMLOrSVGElement>).focus === 'function';
}

/** Creates the extension's one element on the page, with the card's view rendered in its shadow root. */
export function createCardHost(options: {
  doc: Document;
  callbacks: CardCallbacks;
  view: CardView;
}): CardHost {
  const { doc, callbacks, view } = options;
  // A plain <div>: a name of our own would tell any page Dalil is there, and a custom element's name (the
  // only other kind that takes a shadow root) is one a page can define first and so take the card over.
  const host = doc.createElement('div');
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  // Closed: the card shows the reader's notes, which the page's scripts must not reach through host.shadowRoot.
  // (The browser tests read it through the DevTools protocol, which pierces closed roots.)
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(doc, shadow, view.css);
  const wrap = doc.createElement('div');
  wrap.className = 'wrap';
  shadow.append(wrap);
  // Under <html>, not <body>: some pages replace body wholesale.
  doc.documentElement.append(host);

  let open = false;
  let pinned = false;
  let destroyed = false;
  /** Where focus was before a pinned card took it, to give it back on hide. */
  let focusBefore: FocusableElement | null = null;

  function show(data: CardData, anchor: DOMRect, options: CardShowOptions): void {
    if (destroyed) return;
    open = true;
    pinned = options.pinned;
    wrap.dataset.pinned = String(pinned);
    view.render(
      {
        data,
        pinned,
        onClose: hide,
        onCopy: (text: string) => callbacks.onCopy(text),
        onSeenElsewhere: (entryId: string) => callbacks.seenElsewhere(entryId),
        onEdit: (entryId: string) => callbacks.onEdit(entryId),
        onAdd: (draft: EntryDraft) => callbacks.onAdd(draft),
      },
      wrap,
    );
    position(anchor);
    if (options.focus === true) takeFocus();
  }

  function position(anchor: DOMRect): void {
    const view = doc.defaultView;
    const card = wrap.firstElementChild ?? wrap;
    // The card's own height is measured without the limit a previous placement gave it.
    wrap.style.removeProperty('--room');
    const { width, height } = card.getBoundingClientRect();
    const innerWidth = view?.innerWidth ?? 0;
    // innerWidth counts a vertical scrollbar; the root's clientWidth does not (0 where layout is absent).
    const clientWidth = doc.documentElement.clientWidth;
    const viewport = {
      width: clientWidth > 0 ? Math.min(innerWidth, clientWidth) : innerWidth,
      height: view?.innerHeight ?? 0,
    };
    const place = placeCard(anchor, { width, height }, viewport);
    wrap.dataset.side = place.side;
    if (place.maxHeight !== null) wrap.style.setProperty('--room', `${Math.floor(place.maxHeight)}px`);
    wrap.style.setProperty('transform', `translate(${Math.round(place.left)}px, ${Math.round(place.top)}px)`);
  }

  /** A card the keys moved to is where the keyboard goes next; a hover or click never takes focus from the page. */
  function takeFocus(): void {
    const active = doc.activeElement;
    // Moving on from a card that has focus keeps the place the reader came from.
    if (active !== host) focusBefore = active !== null && isFocusable(active) ? active : null;
    const target =
      shadow.querySelector<HTMLElement>('button.close') ?? shadow.querySelector<HTMLElement>('.card');
    target?.focus({ preventScroll: true });
  }

  function hide(): void {
    if (!open) return;
    const hadFocus = doc.activeElement === host;
    open = false;
    pinned = false;
    view.render(null, wrap);
    delete wrap.dataset.pinned;
    delete wrap.dataset.side;
    // Focus inside the card would otherwise fall to <body>, losing the reader's place.
    if (hadFocus && focusBefore?.isConnected) focusBefore.focus({ preventScroll: true });
    focusBefore = null;
  }

  return {
    host,
    show,
    hide,
    get isOpen() {
      return open;
    },
    get isPinned() {
      return pinned;
    },
    contains(node) {
      // Events from inside the shadow root reach page listeners retargeted to the host.
      return node !== null && (node === host || shadow.contains(node));
    },
    destroy() {
      hide();
      destroyed = true;
      host.remove();
    },
  };
}

/**
 * The card's language, the reader's interface language as the page found it when the card loaded, with its
 * catalogue (entrypoints/page-words-<lang>.ts, loaded beside the card: one language's words, not both).
 */
export interface CardWords {
  lang: UiLanguage;
  catalogue: Catalogue;
}

/** What entrypoints/page-card.ts hands the page reader when the card first loads: the host with the gloss card. */
export interface CardModule {
  createCardHost(doc: Document, callbacks: CardCallbacks, words: CardWords): CardHost;
}
