import { splitSentences } from '../arabic/sentences';
import { type TokenTable, tokenTable } from '../arabic/tokenize';
import { contextAround } from '../glossary/draft-entry';
import { buildMatcher, type Matcher } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/schema';
import type { PageEntity, PageReading } from '../messages/protocol';
import type { PageSuggestions } from '../names/page-suggestions';
import { type ArticleScope, outsideArticle, WHOLE_PAGE } from './article-scope';
import type { CardControl, CardData } from './card-host';
import { entityAtPoint } from './hit-test';
import { createOwnPainter } from './own-paint';
import { bundledReading, type ReaderGlossary, readingDifferences } from './page-glossary';
import { createPageHighlighter, type PageHighlighter, type PaintedMatch } from './page-highlighter';
import { createPainter } from './paint';
import { type ViewportWatch, watchViewport } from './viewport-deferral';
import { yieldToMain } from './yield-to-main';

export interface PageSessionOptions {
  doc: Document;
  /** The reader's glossary, those entries that are not the bundled glossary's as it ships marked `own`. */
  entries: readonly GlossaryEntry[];
  /**
   * The bundled entries, as shipped, that the reader changed or deleted (lib/page/page-glossary.ts): with
   * them and the own entries, the registry shows the bundled glossary's reading. None when absent.
   */
  pristine?: readonly GlossaryEntry[];
  card: CardControl;
  /** Reports our own errors without letting them reach the page. */
  onError: (error: unknown) => void;
  /** Told after the first scan and after each batch of page changes, with every entity on the page. */
  onEntities?: (all: readonly PaintedMatch[]) => void;
  /**
   * Starts the name finder for this page over these entries (the names the glossary lacks become
   * suggestions); none when undefined. A factory, so the finder's code and models stay in their own module.
   */
  suggestions?: (entries: readonly GlossaryEntry[]) => PageSuggestions;
  /** How long the pointer rests on an entity before its card opens (the reader's setting); 0 when absent. */
  hoverDelayMs?: number;
  /**
   * Where the page's article is (lib/page/main-content.ts, loaded on demand): highlighting, counts, the
   * popup's list and sentences, the keyboard, the sightings and the suggestions keep to it. The whole page
   * when undefined.
   */
  findArticle?: () => Promise<ArticleScope>;
  /**
   * The stylesheet of the boxes the reader's own entries are painted with, out of the page's sight
   * (lib/page/own-paint.ts). Without it (tools, tests) they are painted in the highlight registry as the rest.
   */
  ownStyles?: string;
}

export interface PageSession {
  /** Resolves when the first full scan has been painted. */
  readonly ready: Promise<void>;
  /** What is read: the article, or the whole page because none stands out or because it was asked for. */
  reading(): PageReading;
  /** Entry id → mentions on the page now. */
  counts(): Record<string, number>;
  /** The page's entities, most mentioned first, with how they are written and the sentences they are in. */
  entities(): PageEntity[];
  /** Scrolls to the first mention of an entry and flashes it; false when it is not on the page. */
  reveal(entryId: string): boolean;
  /**
   * Adds the name finder's suggestions to a session started without them (it loads after the glossary's
   * first highlights): the page is read again, and only blocks with new entities are repainted.
   */
  suggest(suggestions: (entries: readonly GlossaryEntry[]) => PageSuggestions): Promise<void>;
  /**
   * Highlights with the reader's changed glossary (an edit on the options page): the page is read again
   * within this session, so the highlight registry and the own painter's host stay the very objects they were
   * (a new session would make them anew, and a page would see that the reader saved something).
   */
  useGlossary(glossary: ReaderGlossary): Promise<void>;
  stop(): void;
}

/**
 * Marks on the page's performance timeline around the first scan, for `npm run bench` (scripts/bench.ts): only
 * in a build made with `wxt build --mode profile`. A release build has none, since every page reads its own
 * timeline, and a mark named for Dalil would tell it Dalil is there.
 */
// `?.`: outside Vite (the bench and tests import this module under tsx) there is no import.meta.env.
const PROFILE = import.meta.env?.MODE === 'profile';
export const SCAN_START_MARK = 'dalil:scan-start';
export const SCAN_END_MARK = 'dalil:scan-end';

/** Whether two painted entities start at the same point of the same block of text. */
function samePlace(a: PaintedMatch, b: PaintedMatch): boolean {
  return a.match.start === b.match.start && a.block.segments[0]?.node === b.block.segments[0]?.node;
}

/** Sentences kept per entity for the popup. */
const MAX_SENTENCES = 3;
/** How long a revealed entity stays marked. */
const FLASH_MS = 1600;

/** What the session's MutationObserver watches, in the document and in each shadow root it reads. */
const WATCHED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['contenteditable'],
};

/** Text added outside the article, in one batch of changes, after which the article is looked for again. */
const RESCOPE_CHARS = 500;
/** How long mutations are gathered before the changed blocks are read again. */
const MUTATION_BATCH_MS = 150;
/**
 * How often the page is looked at for what no event or mutation tells: a designMode document switched off
 * again, a shadow root attached to a custom element already read (while there are any).
 */
const LOOK_MS = 1000;
/**
 * How often the address is looked at in a browser without the Navigation API (Firefox ESR 140), where
 * `history.pushState` fires no event a content script can hear: one string compared.
 */
const ADDRESS_LOOK_MS = 400;
/** How long an unpinned card stays after the pointer leaves its entity (time to move onto the card). */
const HOVER_GRACE_MS = 300;

/** Keys that move between entities: Alt+Shift+N (next) and Alt+Shift+P (previous). */
function navigationStep(event: KeyboardEvent): 1 | -1 | 0 {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0;
  if (event.code === 'KeyN') return 1;
  if (event.code === 'KeyP') return -1;
  return 0;
}

/**
 * The sentence of the block in which a match stands, cut to the words around the match where it runs on (a
 * paragraph of clauses strung with commas is one sentence): what the card, the popup and the history show.
 */
export function sentenceOf(item: PaintedMatch): string {
  const sentence = splitSentences(item.block.text).find(
    (candidate) => candidate.start <= item.match.start && item.match.end <= candidate.end,
  );
  const surface = item.block.text.slice(item.match.start, item.match.end);
  return contextAround(sentence?.text ?? surface, surface);
}

/**
 * Everything the extension does on one page while it is on: highlight the entities, follow the page's
 * changes, and show the card on hover, click or keyboard. Listens on the window only, never on the
 * page's elements; every handler catches its own errors.
 */
export function startPageSession(options: PageSessionOptions): PageSession {
  const { doc, card, onError } = options;
  const win = doc.defaultView as Window & typeof globalThis;
  // User Timing marks around the session's first scan, building the matcher included: the page's
  // performance timeline is shared with the content script's isolated world (checked on Chromium 156), so
  // `npm run bench` and DevTools can time the scan without reaching into the content script.
  // The marks say whether the reading suggests names: the page is read without them first (page-controller),
  // then again with them (suggest).
  const markReading = (mark: typeof SCAN_START_MARK | typeof SCAN_END_MARK) => {
    if (!PROFILE) return;
    const suggesting = { suggestions: full.suggesting() };
    const detail = mark === SCAN_END_MARK ? { painted: highlighter.size(), ...suggesting } : suggesting;
    win.performance.mark(mark, { detail });
  };
  const registry = createPainter(win.CSS.highlights, win.Highlight);
  const own = options.ownStyles === undefined ? undefined : createOwnPainter(doc, options.ownStyles);
  /** The card's host and the own painter's are ours, not the page's. */
  const ours = (node: Node) => card.contains(node) || own?.owns(node) === true;
  const viewport: ViewportWatch | undefined =
    typeof win.IntersectionObserver === 'function' ? watchViewport(win, onError) : undefined;
  /** The part of the page read; the whole page until the article is found. */
  let scope: ArticleScope = WHOLE_PAGE;

  /**
   * The tokens of the last text read without suggestions: the readings of a block after the first (the
   * bundled glossary's, the differences', see below) take them rather than cutting the text up again.
   */
  let lastRead: { text: string; tokens: TokenTable } | null = null;
  const tokensOf = (text: string): TokenTable => {
    if (lastRead?.text !== text) lastRead = { text, tokens: tokenTable(text) };
    return lastRead.tokens;
  };

  /**
   * A glossary's reading of the page: its matcher (built in slices before the first scan, and page changes
   * wait for that scan, see `flush`) and the name finder's suggestions once given.
   */
  function createReading(glossary: readonly GlossaryEntry[]) {
    let suggestions = options.suggestions?.(glossary) ?? null;
    let built: Matcher | null = null;
    const matcher = (): Matcher => {
      if (built === null) throw new Error('page session: matching before the matcher is built');
      return built;
    };
    return {
      /** The glossary's entries, then the names suggested on this page so far (matches index this list). */
      entries: () => suggestions?.entries ?? glossary,
      match: (text: string) =>
        suggestions === null
          ? matcher().readTokens(text, tokensOf(text))
          : suggestions.match(matcher(), text),
      suggesting: () => suggestions !== null,
      build: async () => {
        built = await buildMatcher(glossary, { yieldToMain });
      },
      suggest(factory: (entries: readonly GlossaryEntry[]) => PageSuggestions) {
        suggestions = factory(glossary);
      },
    };
  }

  // The highlight registry is the page's to read (see lib/page/own-paint.ts). With entries of the reader's own
  // or changes to the bundled ones, the registry shows the bundled glossary's reading, as on a fresh install;
  // the reader's reading is the session's (hover, keys, counts, the popup, the history), and what of it the
  // registry does not show is painted apart. The bundled reading runs only where it may differ: in the blocks
  // where one of the differences could match, and, once suggesting, everywhere (the name finder carries what
  // it read from block to block, a surname alone after the full name).
  // A changed glossary (useGlossary) replaces the reader's reading; the bundled one stays, as it ships.
  let glossary: ReaderGlossary = { entries: options.entries, pristine: options.pristine ?? [] };
  const differs = (reader: ReaderGlossary) =>
    own !== undefined && (reader.pristine.length > 0 || reader.entries.some((entry) => entry.own === true));
  let full = createReading(glossary.entries);
  let bundled = differs(glossary) ? createReading(bundledReading(glossary)) : null;
  /** Where the bundled reading runs: nowhere (no differences), everywhere, or where this matcher finds one. */
  let compare: 'nowhere' | 'everywhere' | Matcher = 'everywhere';
  /** The name finder, once given (suggest), for the readings of a changed glossary. */
  let suggesting: ((entries: readonly GlossaryEntry[]) => PageSuggestions) | null = null;
  const highlighter: PageHighlighter = createPageHighlighter({
    matcher: { match: (text) => full.match(text) },
    entryAt: (index) => full.entries()[index],
    painter: registry,
    shown:
      own === undefined
        ? undefined
        : {
            match: (text) =>
              bundled === null || compare === 'nowhere'
                ? null
                : bundled.suggesting() ||
                    compare === 'everywhere' ||
                    compare.matchTokens(tokensOf(text)).length !== 0
                  ? bundled.match(text)
                  : null,
            entryAt: (index) => bundled?.entries()[index],
            apart: own,
          },
    skipElement: (el) =>
      card.contains(el) || el.getAttribute('aria-hidden') === 'true' || outsideArticle(scope, el),
    // A shadow root's changes reach no observer of the document: each one read is watched in its own right.
    onShadowRoot: (root) => {
      readRoots.add(root);
      observer.observe(root, WATCHED);
    },
    // Attaching a root to an element already read changes no DOM the observer sees. A custom element's box
    // need not change either (an inline one slotting its text): it is looked at now and then until a root
    // comes. An empty plain element's box does, as its root's text is laid out (and the box of an empty
    // element under one that is given a root, which goes unrendered): those are watched for that alone.
    onRootless: (el) => {
      if (!el.localName.includes('-') && placeholders !== undefined) placeholders.observe(el);
      else {
        rootless.add(el);
        lookLater();
      }
    },
    yieldToMain,
    viewport,
    staticRanges: typeof win.StaticRange === 'function',
  });
  /** Builds the readings' matchers, and tells where they may differ. */
  async function build(): Promise<void> {
    await full.build();
    await bundled?.build();
    compare = await comparing(glossary);
  }
  /** Where the bundled reading must run beside the reader's glossary `reader`. */
  async function comparing(reader: ReaderGlossary): Promise<typeof compare> {
    const changes = differs(reader) ? readingDifferences(reader) : [];
    if (changes.length === 0) return 'nowhere';
    // Listing the differences takes a slice of its own (tens of milliseconds for a glossary of thousands).
    await yieldToMain();
    // Where the differences are half the bundled glossary or more (a reader who replaced it with their own),
    // nearly every block holds one: looking first would only add a reading.
    if (changes.length * 2 >= bundledReading(reader).length) return 'everywhere';
    return buildMatcher(changes, { yieldToMain });
  }
  markReading(SCAN_START_MARK);
  const guard =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      try {
        handler(...args);
      } catch (error) {
        onError(error);
      }
    };
  /**
   * Only the reader's own input opens the card: an event a page script made (dispatchEvent) is not trusted,
   * and acting on it would let the page open the card for words of its choosing.
   */
  const fromUser = <E extends Event>(handler: (event: E) => void) =>
    guard((event: E) => {
      if (event.isTrusted) handler(event);
    });

  let shown: PaintedMatch | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  function cardData(item: PaintedMatch): CardData {
    return {
      surface: item.range.toString(),
      clitics: item.match.clitics,
      suffix: item.match.suffix,
      entry: item.entry,
      alternatives: item.match.alternatives
        .map((index) => full.entries()[index])
        .filter((entry): entry is GlossaryEntry => entry !== undefined),
      context: sentenceOf(item),
      mentions: highlighter.all().filter((other) => other.entry.id === item.entry.id).length,
    };
  }

  /** Shows the card; it takes the keyboard's focus only when the keys brought it (`focus`). */
  function show(item: PaintedMatch, pinned: boolean, focus?: boolean): void {
    clearTimeout(hideTimer);
    shown = item;
    card.show(cardData(item), item.range.getBoundingClientRect(), { pinned, focus });
  }

  function hide(): void {
    clearTimeout(hideTimer);
    shown = null;
    highlighter.focus(null);
    card.hide();
  }

  // Pointer: hit-test at most once a frame; the card opens once the pointer has rested on an entity.
  const hoverDelay = options.hoverDelayMs ?? 0;
  let intended: PaintedMatch | null = null;
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  const onPointerMove = fromUser((event: PointerEvent) => {
    if (card.contains(event.composedPath()[0] as Node)) {
      clearTimeout(hideTimer);
      return;
    }
    pointer = { x: event.clientX, y: event.clientY };
    if (frame !== 0) return;
    frame = win.requestAnimationFrame(
      guard(() => {
        frame = 0;
        if (pointer === null || card.isPinned) return;
        const item = entityAtPoint(doc, highlighter, pointer.x, pointer.y);
        if (item !== intended) {
          // Only a pointer that rests on an entity for the hover delay opens its card.
          clearTimeout(intentTimer);
          intended = item;
          if (item !== null && (item !== shown || !card.isOpen)) {
            intentTimer = setTimeout(
              guard(() => {
                if (intended === item && !card.isPinned) show(item, false);
              }),
              hoverDelay,
            );
          }
        }
        if (item !== null && item === shown && card.isOpen) clearTimeout(hideTimer);
        else if (item === null && card.isOpen) {
          clearTimeout(hideTimer);
          hideTimer = setTimeout(guard(hide), HOVER_GRACE_MS);
        }
      }),
    );
  });

  const onClick = fromUser((event: MouseEvent) => {
    if (card.contains(event.composedPath()[0] as Node)) return;
    const item = entityAtPoint(doc, highlighter, event.clientX, event.clientY);
    if (item === null) {
      if (card.isOpen) hide();
      return;
    }
    // A name inside a link (a headline) follows the link as the page means it to; Alt+click pins the card
    // instead (and is kept from the browser, for which Alt+click on a link is a download).
    if ((event.target as Element | null)?.closest?.('a[href]')) {
      if (!event.altKey) return;
      event.preventDefault();
    }
    clearTimeout(intentTimer);
    show(item, true);
  });

  /** The entity the keys moved to last: they go on from there, after Escape too. */
  let visited: PaintedMatch | null = null;
  const onKeyDown = fromUser((event: KeyboardEvent) => {
    if (event.key === 'Escape' && card.isOpen) {
      hide();
      return;
    }
    const step = navigationStep(event);
    // The keys are the page's wherever the reader types (a field, an editor, a designMode document).
    const target = event.composedPath()[0] as HTMLElement;
    if (
      step === 0 ||
      doc.designMode === 'on' ||
      target.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
    )
      return;
    const all = highlighter.all();
    const count = all.length;
    if (count === 0) return;
    event.preventDefault();
    let at = visited === null ? -1 : all.indexOf(visited);
    // Its block was read again since (the name finder's suggestions, a change): the entity in its place.
    if (at < 0 && visited !== null) at = all.findIndex((item) => samePlace(item, visited as PaintedMatch));
    const next = all[at < 0 ? (step > 0 ? 0 : count - 1) : (at + step + count) % count];
    if (next === undefined) return;
    visited = next;
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    highlighter.focus(next);
    show(next, true, true);
  });

  const onScroll = guard(() => {
    if (!card.isOpen || shown === null) return;
    if (card.isPinned) show(shown, true);
    else hide();
  });

  /** Custom elements read without a shadow root, until one is attached to them. */
  const rootless = new Set<Element>();
  /** The shadow roots read so far: one not among them, over a placeholder whose box changed, is new. */
  const readRoots = new WeakSet<ShadowRoot>();
  const placeholders =
    typeof win.ResizeObserver === 'function'
      ? new win.ResizeObserver(
          guard((records: ResizeObserverEntry[]) => {
            const found = new Set<Element>();
            for (const { target } of records) {
              for (
                let at: Node | null = target;
                at !== null;
                at = at.parentNode ?? (at as Partial<ShadowRoot>).host ?? null
              ) {
                const root = (at as Partial<Element>).shadowRoot;
                if (root === null || root === undefined || readRoots.has(root)) continue;
                found.add(at as Element);
                placeholders?.unobserve(target);
              }
            }
            if (found.size > 0) changed([...found]);
          }),
        )
      : undefined;
  /** The elements of `rootless` that now have a root, as changed nodes (their root watched from now on). */
  const rooted = (): Node[] => {
    const found: Node[] = [];
    for (const el of rootless) {
      if (el.shadowRoot === null && el.isConnected) continue;
      rootless.delete(el);
      if (el.shadowRoot !== null) found.push(el);
    }
    return found;
  };
  /** Cleared for designMode: read again once it is off. */
  let editing = false;
  let lookTimer: ReturnType<typeof setInterval> | undefined;
  function lookLater(): void {
    lookTimer ??= setInterval(
      guard(() => {
        if (editing && doc.designMode !== 'on') {
          editing = false;
          readAgain(false);
        }
        const found = rooted();
        if (found.length > 0) changed(found);
        if (!editing && rootless.size === 0) {
          clearInterval(lookTimer);
          lookTimer = undefined;
        }
      }),
      LOOK_MS,
    );
  }

  // Mutations: gather for a moment, then read again only the blocks that changed.
  let pending: Node[] = [];
  let batchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The document's address when it was last read: a new one (history.pushState) is a new article. */
  let address = doc.URL;
  const flush = () => {
    batchTimer = undefined;
    // The card's host is added while the card loads, before the card knows it: it is ours, not the page's.
    const nodes = pending.filter((node) => !ours(node));
    nodes.push(...rooted());
    pending = [];
    // The whole document became an editor: its text is being typed, not read, until it is switched off.
    if (doc.designMode === 'on') {
      highlighter.clear();
      rootless.clear();
      editing = true;
      lookLater();
      return;
    }
    // The next article of a single-page app: its article is looked for and read anew, as on a page load,
    // and the name finder forgets the last one's names (a surname alone is a person of this article).
    if (doc.URL !== address) {
      address = doc.URL;
      const names = suggesting ?? options.suggestions;
      if (names !== undefined && full.suggesting()) {
        full.suggest(names);
        bundled?.suggest(names);
      }
      readAgain(true);
      return;
    }
    // After the first scan, which builds the matcher; the highlighter itself runs scans and updates one after
    // another (see createPageHighlighter).
    ready
      .then(() => (stopped ? undefined : rescope(nodes)))
      .then((moved) => (stopped ? undefined : moved ? rescan() : highlighter.update(nodes)))
      .then(() => options.onEntities?.(highlighter.all()))
      .catch(onError);
  };
  /** Gathers changed nodes (none: only to look at the address or the editor) for the next batch. */
  function changed(nodes: readonly Node[]): void {
    pending.push(...nodes);
    if (batchTimer === undefined) batchTimer = setTimeout(guard(flush), MUTATION_BATCH_MS);
  }

  /** Reads the whole page again once the first scan is done (its article looked for again first: `lookAgain`). */
  function readAgain(lookAgain: boolean): void {
    ready
      .then(async () => {
        if (stopped) return;
        if (lookAgain && options.findArticle !== undefined) scope = await options.findArticle();
        if (!stopped) await rescan();
      })
      .then(() => {
        if (!stopped) options.onEntities?.(highlighter.all());
      })
      .catch(onError);
  }

  /**
   * Whether the article moved after a change: looked for again only when it may have (a root left the page,
   * or much text came outside it: an article streaming into a page that had none, a live blog's new column),
   * so ordinary changes cost one `contains` per node.
   */
  async function rescope(nodes: readonly Node[]): Promise<boolean> {
    if (options.findArticle === undefined) return false;
    let added = 0;
    for (const node of nodes) {
      if (node.isConnected && !scope.roots.some((root) => root.contains(node)))
        added += node.textContent?.length ?? 0;
    }
    if (added < RESCOPE_CHARS && scope.roots.every((root) => root.isConnected)) return false;
    const fresh = await options.findArticle();
    const same =
      fresh.roots.length === scope.roots.length && fresh.roots.every((root, i) => root === scope.roots[i]);
    scope = fresh;
    return !same;
  }

  /** Reads the page again from the start, in the scope it has now. */
  function rescan(): Promise<void> {
    highlighter.clear();
    return doc.designMode === 'on' ? Promise.resolve() : highlighter.scan(doc.body ?? doc.documentElement);
  }
  const observer = new win.MutationObserver(
    guard((records: MutationRecord[]) => {
      const nodes: Node[] = [];
      let relevant = false;
      for (const record of records) {
        if (ours(record.target)) continue;
        const added = [...record.addedNodes].filter((node) => !ours(node));
        if (record.type === 'childList' && added.length === 0 && record.removedNodes.length === 0) continue;
        relevant = true;
        // Changed text, and an element made editable (or no longer): read again (the walk skips editors).
        if (record.type !== 'childList') nodes.push(record.target);
        nodes.push(...added);
      }
      if (relevant) changed(nodes);
    }),
  );

  let stopped = false;
  // The matcher's build and the scan start in a task of their own: the one that got the glossary has
  // already built the card.
  const ready = yieldToMain()
    .then(async () => {
      if (stopped) return;
      await build();
      if (!stopped && options.findArticle) scope = await options.findArticle();
      if (stopped) return;
      // An editor from the start: read once it is switched off.
      if (doc.designMode === 'on') changed([]);
      else return highlighter.scan(doc.body ?? doc.documentElement);
    })
    .then(() => {
      markReading(SCAN_END_MARK);
      if (!stopped) options.onEntities?.(highlighter.all());
    })
    .catch(onError);
  observer.observe(doc.documentElement, WATCHED);
  // A single-page app's next address (pushState), which may come after its text has changed: read at once.
  const onAddress = guard(() => {
    if (doc.URL !== address) changed([]);
  });
  const navigation = (win as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', onAddress);
  const addressTimer = navigation === undefined ? setInterval(onAddress, ADDRESS_LOOK_MS) : undefined;
  win.addEventListener('popstate', onAddress);
  win.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  win.addEventListener('click', onClick, { capture: true });
  win.addEventListener('keydown', onKeyDown, { capture: true });
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });

  return {
    ready,
    reading: () =>
      options.findArticle === undefined ? 'whole-page' : scope.roots.length > 0 ? 'article' : 'no-article',
    counts() {
      const counts: Record<string, number> = {};
      for (const item of highlighter.all()) counts[item.entry.id] = (counts[item.entry.id] ?? 0) + 1;
      return counts;
    },
    entities() {
      const byId = new Map<string, PageEntity>();
      const order: PageEntity[] = [];
      for (const item of highlighter.all()) {
        let entity = byId.get(item.entry.id);
        if (entity === undefined) {
          entity = { entry: item.entry, count: 0, surfaces: [], sentences: [] };
          byId.set(item.entry.id, entity);
          order.push(entity);
        }
        entity.count++;
        const surface = item.range.toString();
        if (!entity.surfaces.includes(surface)) entity.surfaces.push(surface);
        const sentence = sentenceOf(item);
        if (entity.sentences.length < MAX_SENTENCES && !entity.sentences.includes(sentence)) {
          entity.sentences.push(sentence);
        }
      }
      // Stable sort: ties keep their order of first appearance.
      return order.sort((a, b) => b.count - a.count);
    },
    reveal(entryId) {
      const item = highlighter.all().find((candidate) => candidate.entry.id === entryId);
      if (item === undefined) return false;
      item.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      highlighter.focus(item);
      setTimeout(
        guard(() => {
          if (shown !== item) highlighter.focus(null);
        }),
        FLASH_MS,
      );
      return true;
    },
    async suggest(factory) {
      await ready;
      if (stopped || full.suggesting()) return;
      suggesting = factory;
      full.suggest(factory);
      bundled?.suggest(factory);
      markReading(SCAN_START_MARK);
      await highlighter.reread(doc.body ?? doc.documentElement);
      markReading(SCAN_END_MARK);
      if (!stopped) options.onEntities?.(highlighter.all());
    },
    async useGlossary(next) {
      await ready;
      if (stopped) return;
      const reading = createReading(next.entries);
      if (suggesting !== null) reading.suggest(suggesting);
      await reading.build();
      // The bundled reading is the same for every glossary of the reader: made only when first needed.
      let shipped = bundled;
      if (shipped === null && differs(next)) {
        shipped = createReading(bundledReading(next));
        if (suggesting !== null) shipped.suggest(suggesting);
        await shipped.build();
      }
      const where = await comparing(next);
      if (stopped) return;
      glossary = next;
      full = reading;
      bundled = shipped;
      compare = where;
      markReading(SCAN_START_MARK);
      await highlighter.reread(doc.body ?? doc.documentElement);
      markReading(SCAN_END_MARK);
      if (!stopped) options.onEntities?.(highlighter.all());
    },
    stop() {
      stopped = true;
      observer.disconnect();
      rootless.clear();
      placeholders?.disconnect();
      navigation?.removeEventListener('currententrychange', onAddress);
      clearInterval(addressTimer);
      win.removeEventListener('popstate', onAddress);
      clearTimeout(batchTimer);
      clearInterval(lookTimer);
      clearTimeout(intentTimer);
      win.cancelAnimationFrame(frame);
      win.removeEventListener('pointermove', onPointerMove, { capture: true });
      win.removeEventListener('click', onClick, { capture: true });
      win.removeEventListener('keydown', onKeyDown, { capture: true });
      win.removeEventListener('scroll', onScroll, { capture: true });
      hide();
      highlighter.clear();
      own?.destroy();
      viewport?.disconnect();
    },
  };
}
