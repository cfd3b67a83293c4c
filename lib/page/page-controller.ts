import { MAX_TEXT } from '../messages/checks';
import type {
  AskBackground,
  Detection,
  PageStatus,
  ReplyTo,
  SiteMode,
  TabRequest,
} from '../messages/protocol';
import type { NamesModule } from '../names/name-suggester';
import type { ArticleReading } from './article-module';
import type { CardControl } from './card-host';
import type { ReaderGlossary } from './page-glossary';
import type { PageSession } from './page-session';

export interface PageControllerOptions {
  /** The page's language (lib/page/detect.ts), read once when the reader loaded. */
  detection: Detection;
  /** Reads the page's metadata and text (entrypoints/page-article.ts), on a page whose letters are Arabic. */
  readArticle: () => Promise<ArticleReading>;
  /** The page, for the popup's list of entities. */
  doc: Pick<Document, 'URL' | 'title'>;
  askBackground: AskBackground;
  /** Imports the name finder (page-names.js), asked for only when suggestions are switched on. */
  loadNames: () => Promise<NamesModule>;
  /** The gloss card for a highlighted page, loaded on first use. */
  createCard: () => CardControl;
  /**
   * Highlights the page with this glossary, and the name finder's suggestions when it is given;
   * `wholePage`: the whole page rather than its article (the popup's "Whole page").
   */
  startSession: (
    card: CardControl,
    glossary: ReaderGlossary,
    names: NamesModule | undefined,
    wholePage: boolean,
  ) => PageSession;
  onError: (error: unknown) => void;
}

/** Answers a request from the popup or the background; requests are answered one at a time. */
export type AnswerTab = (request: TabRequest) => Promise<ReplyTo<TabRequest>>;

/**
 * Decides whether the page is highlighted and answers the popup's and the background's requests: the page's
 * own choice ("highlight anyway" or off) wins over the site's mode, which wins over detection ("auto").
 * Starts by reading the site's mode, and highlights the page if it is wanted.
 */
export function startPageController(options: PageControllerOptions): AnswerTab {
  const { doc, askBackground, onError } = options;
  let detection = options.detection;
  let siteMode: SiteMode = 'auto';
  /** "Highlight anyway" / "off" for this page, over the site mode and detection. */
  let pageChoice: boolean | null = null;
  /** The whole page rather than its article. */
  let wholePage = false;
  /** `suggesting`: the session was given the name finder (at its start or later). */
  let running: { session: PageSession; card: CardControl; suggesting: boolean } | null = null;
  let entries: ReaderGlossary | null = null;

  const wanted = () =>
    pageChoice ?? (siteMode === 'always' || (siteMode === 'auto' && detection.verdict === 'arabic-news'));

  const readGlossary = (): Promise<ReaderGlossary> => askBackground({ type: 'glossary/get' });

  /** The name finder, loaded once when suggestions are on; undefined when off or when it failed to load. */
  let namesLoad: Promise<NamesModule | undefined> | null = null;
  /** Whether namesLoad has settled, so a session can start with the finder at once. */
  let namesReady = false;
  function namesModule(): Promise<NamesModule | undefined> {
    if (namesLoad !== null) return namesLoad;
    namesReady = false;
    const load = askBackground({ type: 'settings/get' })
      .then((settings) => (settings.suggestNames ? options.loadNames() : undefined))
      .catch((error: unknown) => {
        onError(error);
        return undefined;
      });
    namesLoad = load;
    void load.then(() => {
      if (namesLoad === load) namesReady = true;
    });
    return load;
  }

  /**
   * Highlights the page. The glossary's matches do not wait for the name finder, which takes a moment to
   * load and build: when it is not ready yet, the page is highlighted without it first, and its suggestions
   * are added once it is (one more reading of the page, instead of the whole wait before the first one).
   */
  async function apply(): Promise<void> {
    if (wanted() && running === null) {
      const names = namesModule();
      const ready = namesReady;
      const glossary = await (entries ?? readGlossary());
      entries = glossary;
      if (!wanted() || running !== null) return;
      const card = options.createCard();
      const module = ready ? await names : undefined;
      const session = options.startSession(card, glossary, module, wholePage);
      running = { card, session, suggesting: module !== undefined };
      await session.ready;
      // Waits outside the queue, so the popup is answered meanwhile.
      if (!ready) void names.then((module) => serially(() => addSuggestions(session, module))).catch(onError);
    } else if (!wanted() && running !== null) {
      running.session.stop();
      running.card.destroy();
      running = null;
    }
  }

  /** Gives the session the name finder's suggestions, unless it is off or the session was replaced meanwhile. */
  async function addSuggestions(session: PageSession, module: NamesModule | undefined): Promise<void> {
    if (module === undefined || running?.session !== session) return;
    running.suggesting = true;
    await session.suggest(module.pageSuggestions);
  }

  /**
   * The glossary changed (an edit on the options page): read it again and, when the page is highlighted, read
   * the page again with it in the same session. A new session would make the highlight registry's objects and
   * the own painter's host anew in every open tab, which a page sees: the moment the reader saved an entry.
   * Only switching the name finder off starts a new one (its suggestions cannot be taken back otherwise).
   */
  async function refresh(): Promise<boolean> {
    entries = null;
    if (running === null) return false;
    // The suggestions switch may have changed too: ask again.
    namesLoad = null;
    const [fresh, names] = await Promise.all([readGlossary(), namesModule()]);
    entries = fresh;
    if (running === null) return false;
    if (names === undefined && running.suggesting) {
      running.session.stop();
      running.session = options.startSession(running.card, fresh, names, wholePage);
      running.suggesting = false;
      await running.session.ready;
      return true;
    }
    await running.session.useGlossary(fresh);
    if (names !== undefined) await addSuggestions(running.session, names);
    return true;
  }

  /**
   * One change at a time: a toggle arriving while the glossary is being read again must not start a second
   * session, and a second "glossary changed" must not interleave with the first.
   */
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  }

  function status(): PageStatus {
    const found: PageStatus = {
      detection,
      siteMode,
      active: running !== null,
      counts: running?.session.counts() ?? {},
      wholePage,
    };
    if (running !== null) found.reading = running.session.reading();
    return found;
  }

  /**
   * The whole page or its article, remembered for the site: a running session starts again with it, the card
   * and glossary kept.
   */
  async function readWholePage(on: boolean): Promise<void> {
    wholePage = (await askBackground({ type: 'site/whole-page', on })).wholePage;
    if (running?.session.reading() === 'whole-page' ? wholePage : !wholePage) return;
    if (running === null || entries === null) return;
    running.session.stop();
    const names = await namesModule();
    running.session = options.startSession(running.card, entries, names, wholePage);
    running.suggesting = names !== undefined;
    await running.session.ready;
  }

  async function answer(request: TabRequest): Promise<ReplyTo<TabRequest>> {
    switch (request.type) {
      case 'page/glossary-changed':
        return { refreshed: await refresh() };
      case 'page/entities':
        return {
          entities: running?.session.entities() ?? [],
          url: doc.URL,
          title: doc.title.slice(0, MAX_TEXT),
        };
      case 'page/reveal':
        return { found: running?.session.reveal(request.entryId) ?? false };
      case 'page/toggle':
        pageChoice = request.on ?? running === null;
        break;
      case 'page/site-mode':
        siteMode = (await askBackground({ type: 'site/set', mode: request.mode })).mode;
        pageChoice = null;
        break;
      case 'page/whole-page':
        await readWholePage(request.on);
        break;
      case 'page/status':
        break;
    }
    await apply();
    return status();
  }

  /** On an Arabic page, whether it is news comes first. */
  const read = detection.isArabic
    ? serially(() =>
        options.readArticle().then((reading) => {
          detection = reading.detection;
        }, onError),
      )
    : Promise.resolve();
  askBackground({ type: 'site/get' })
    .then((site) => {
      siteMode = site.mode;
      wholePage = site.wholePage;
      return read.then(() => serially(apply));
    })
    .catch(onError);
  return (request) => serially(() => answer(request));
}
