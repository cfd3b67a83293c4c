/**
 * The page reader's state machine (lib/page/page-controller.ts) with every dependency faked: whether the page
 * is highlighted (detection, site mode, the page's own choice), the popup's and the background's requests,
 * the glossary read again when it changes, and the name finder loaded only when suggestions are on.
 */
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type {
  AskBackground,
  BackgroundRequest,
  PageVerdict,
  SiteMode,
  TabRequest,
} from '../../lib/messages/protocol';
import { parseTabReply } from '../../lib/messages/tab-reply';
import type { NamesModule } from '../../lib/names/name-suggester';
import type { ArticleReading } from '../../lib/page/article-module';
import type { CardControl } from '../../lib/page/card-host';
import { startPageController } from '../../lib/page/page-controller';
import type { ReaderGlossary } from '../../lib/page/page-glossary';
import type { PageSession } from '../../lib/page/page-session';
import { detection, PARIS, SYRIA } from './popup-fakes';

const NAMES: NamesModule = { pageSuggestions: vi.fn(), spell: vi.fn() };

interface Setup {
  verdict?: PageVerdict;
  mode?: SiteMode;
  /** The site's "Whole page" choice, as the background keeps it. */
  wholePage?: boolean;
  suggestNames?: boolean;
  /** The glossary/get replies, in turn (the last one repeats). */
  glossaries?: GlossaryEntry[][];
  loadNames?: () => Promise<NamesModule>;
  /** What reading the page's text makes of its detection (by default: nothing new). */
  readArticle?: () => Promise<ArticleReading>;
}

/** Resolves once every pending promise callback has run (the fakes answer at once). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A reader started on a page, once it has read its site's mode (and highlighted the page if wanted). */
async function setup(options: Setup = {}) {
  const sent: BackgroundRequest[] = [];
  let suggestNames = options.suggestNames ?? false;
  const glossaries = options.glossaries ?? [[PARIS]];
  let reads = 0;
  /** Replies that the test holds back until it calls `release` (none unless `hold` is set). */
  let held: Array<() => void> = [];
  let hold = false;
  const ask = (async (request: BackgroundRequest) => {
    sent.push(request);
    if (hold) await new Promise<void>((resolve) => held.push(resolve));
    switch (request.type) {
      case 'site/get':
        return { mode: options.mode ?? 'auto', wholePage: options.wholePage ?? false };
      case 'site/whole-page':
        return { wholePage: request.on };
      case 'site/set':
        return { mode: request.mode };
      case 'settings/get':
        return { suggestNames };
      case 'glossary/get': {
        const entries = glossaries[Math.min(reads++, glossaries.length - 1)];
        return { entries, pristine: [], version: String(reads) };
      }
      default:
        throw new Error(`unexpected ${request.type}`);
    }
  }) as AskBackground;
  const sessions: Array<{
    entries: readonly GlossaryEntry[];
    names: NamesModule | undefined;
    stop: () => void;
    /** Suggestions added to the running session (see PageSession.suggest). */
    suggested: unknown[];
    /** The glossaries the running session was given since (see PageSession.useGlossary). */
    used: Array<readonly GlossaryEntry[]>;
  }> = [];
  const startSession = vi.fn(
    (
      _card: CardControl,
      { entries }: ReaderGlossary,
      names: NamesModule | undefined,
      wholePage: boolean,
    ): PageSession => {
      const stop = vi.fn();
      const suggested: unknown[] = [];
      const used: Array<readonly GlossaryEntry[]> = [];
      sessions.push({ entries, names, stop, suggested, used });
      return {
        ready: Promise.resolve(),
        reading: () => (wholePage ? 'whole-page' : 'article'),
        counts: () => Object.fromEntries(entries.map((entry) => [entry.id, 1])),
        entities: () => entries.map((entry) => ({ entry, count: 1, surfaces: [entry.ar], sentences: [] })),
        reveal: (entryId) => entries.some((entry) => entry.id === entryId),
        suggest: async (factory) => {
          suggested.push(factory);
        },
        useGlossary: async (glossary) => {
          used.push(glossary.entries);
        },
        stop,
      };
    },
  );
  const cards: Array<{ destroy: () => void }> = [];
  const createCard = vi.fn((): CardControl => {
    const card = {
      show: vi.fn(),
      hide: vi.fn(),
      isOpen: false,
      isPinned: false,
      contains: () => false,
      destroy: vi.fn(),
    };
    cards.push(card);
    return card;
  });
  const loadNames = vi.fn(options.loadNames ?? (async () => NAMES));
  const onError = vi.fn();
  const verdict = options.verdict ?? 'arabic-news';
  const found = detection({ verdict, isArabic: verdict.startsWith('arabic') });
  const readArticle = vi.fn(options.readArticle ?? (async () => ({ detection: found })));
  const answer = startPageController({
    detection: { ...found, verdict: found.isArabic ? 'arabic-other' : verdict, isNews: false, score: 0 },
    readArticle,
    doc: { URL: 'https://www.example-news.com/a', title: 'مقال' },
    askBackground: ask,
    loadNames,
    createCard,
    startSession,
    onError,
  });
  await settled();
  return {
    answer,
    sent,
    sessions,
    cards,
    startSession,
    createCard,
    loadNames,
    readArticle,
    onError,
    switchSuggestions: (on: boolean) => {
      suggestNames = on;
    },
    holdReplies: () => {
      hold = true;
    },
    release: () => {
      hold = false;
      for (const resolve of held) resolve();
      held = [];
    },
  };
}

describe('startPageController: whether the page is highlighted', () => {
  it.each<[PageVerdict, SiteMode, boolean, string]>([
    // verdict, site mode, highlighted, why
    ['arabic-news', 'auto', true, 'detection decides'],
    ['arabic-other', 'auto', false, 'detection decides'],
    ['not-arabic', 'always', true, 'the site is always highlighted'],
    ['arabic-news', 'never', false, 'the site is never highlighted'],
  ])('%s on a site set to %s: highlighted %s (%s)', async (verdict, mode, highlighted) => {
    const page = await setup({ verdict, mode });
    expect(page.sessions).toHaveLength(highlighted ? 1 : 0);
    expect(await page.answer({ type: 'page/status' })).toMatchObject({ siteMode: mode, active: highlighted });
    // The glossary is read only for a page that is highlighted.
    expect(page.sent.some((request) => request.type === 'glossary/get')).toBe(highlighted);
  });

  it('reads the text of an Arabic page first: a page its text makes news is highlighted', async () => {
    const news = detection({
      verdict: 'arabic-news',
      reasons: [{ code: 'news-score', from: 'text', score: 8, threshold: 4 }],
    });
    const page = await setup({ verdict: 'arabic-other', readArticle: async () => ({ detection: news }) });
    expect(page.sessions).toHaveLength(1);
    expect(await page.answer({ type: 'page/status' })).toMatchObject({ detection: news, active: true });
  });

  it('reads no text on a page whose letters are not Arabic', async () => {
    const page = await setup({ verdict: 'persian' });
    expect(page.readArticle).not.toHaveBeenCalled();
    expect(await page.answer({ type: 'page/status' })).toMatchObject({ active: false });
  });

  it('keeps the language alone when reading the page fails: an Arabic page is then not news', async () => {
    const page = await setup({
      verdict: 'arabic-other',
      readArticle: async () => {
        throw new Error('no module');
      },
    });
    expect(page.onError).toHaveBeenCalledTimes(1);
    expect(await page.answer({ type: 'page/status' })).toMatchObject({
      detection: { verdict: 'arabic-other' },
      active: false,
    });
  });

  it('reports the counts of the running session with the detection', async () => {
    const page = await setup();
    expect(await page.answer({ type: 'page/status' })).toEqual({
      detection: detection(),
      siteMode: 'auto',
      active: true,
      counts: { [PARIS.id]: 1 },
      reading: 'article',
      wholePage: false,
    });
  });

  it('toggles the page over detection: off destroys the card, on again makes a new one', async () => {
    const page = await setup();
    expect(await page.answer({ type: 'page/toggle' })).toMatchObject({ active: false });
    expect(page.sessions[0]?.stop).toHaveBeenCalledTimes(1);
    expect(page.cards[0]?.destroy).toHaveBeenCalledTimes(1);
    expect(await page.answer({ type: 'page/toggle' })).toMatchObject({ active: true });
    expect(await page.answer({ type: 'page/toggle', on: true })).toMatchObject({ active: true });
    expect(page.startSession).toHaveBeenCalledTimes(2);
    expect(page.createCard).toHaveBeenCalledTimes(2);
    // The glossary read for the first session is kept for the second.
    expect(page.sent.filter((request) => request.type === 'glossary/get')).toHaveLength(1);
  });

  it('"highlight anyway" on a page detection passed over, until the site mode is set', async () => {
    const page = await setup({ verdict: 'not-arabic' });
    expect(await page.answer({ type: 'page/toggle', on: true })).toMatchObject({ active: true });
    // Setting the site's mode drops the page's own choice: "auto" follows detection again.
    expect(await page.answer({ type: 'page/site-mode', mode: 'auto' })).toMatchObject({
      siteMode: 'auto',
      active: false,
    });
    expect(page.sent).toContainEqual({ type: 'site/set', mode: 'auto' });
    expect(await page.answer({ type: 'page/site-mode', mode: 'always' })).toMatchObject({ active: true });
  });
});

describe('startPageController: the article or the whole page', () => {
  it('highlights the article by default, and the whole page when asked, keeping the card and the glossary', async () => {
    const page = await setup();
    expect(page.startSession).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ entries: [PARIS] }),
      undefined,
      false,
    );
    expect(await page.answer({ type: 'page/whole-page', on: true })).toMatchObject({
      wholePage: true,
      active: true,
    });
    expect(page.sessions[0]?.stop).toHaveBeenCalledTimes(1);
    expect(page.startSession).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ entries: [PARIS] }),
      undefined,
      true,
    );
    expect(page.createCard).toHaveBeenCalledTimes(1);
    expect(page.sent.filter((request) => request.type === 'glossary/get')).toHaveLength(1);
    // Asked again for what it already does: nothing starts again.
    await page.answer({ type: 'page/whole-page', on: true });
    expect(page.startSession).toHaveBeenCalledTimes(2);
  });

  it("starts with the site's choice, and tells the background a new one", async () => {
    const page = await setup({ wholePage: true });
    expect(page.startSession).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ entries: [PARIS] }),
      undefined,
      true,
    );
    await page.answer({ type: 'page/whole-page', on: false });
    expect(page.sent).toContainEqual({ type: 'site/whole-page', on: false });
    expect(page.startSession).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ entries: [PARIS] }),
      undefined,
      false,
    );
  });

  it('remembers the choice for a page not highlighted yet', async () => {
    const page = await setup({ verdict: 'arabic-other' });
    expect(await page.answer({ type: 'page/whole-page', on: true })).toMatchObject({
      wholePage: true,
      active: false,
    });
    await page.answer({ type: 'page/toggle', on: true });
    expect(page.startSession).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ entries: [PARIS] }),
      undefined,
      true,
    );
  });
});

describe('startPageController: the popup and the background', () => {
  it('lists the entities with the page it is on, and reveals one that is there', async () => {
    const page = await setup();
    expect(await page.answer({ type: 'page/entities' })).toEqual({
      entities: [{ entry: PARIS, count: 1, surfaces: [PARIS.ar], sentences: [] }],
      url: 'https://www.example-news.com/a',
      title: 'مقال',
    });
    expect(await page.answer({ type: 'page/reveal', entryId: PARIS.id })).toEqual({ found: true });
    expect(await page.answer({ type: 'page/reveal', entryId: SYRIA.id })).toEqual({ found: false });
  });

  it("answers each request with a reply the popup's check takes as it is (tab-reply.ts)", async () => {
    const page = await setup({ suggestNames: true });
    const requests: TabRequest[] = [
      { type: 'page/status' },
      { type: 'page/entities' },
      { type: 'page/reveal', entryId: PARIS.id },
      { type: 'page/site-mode', mode: 'always' },
      { type: 'page/whole-page', on: true },
      { type: 'page/toggle', on: false },
      { type: 'page/glossary-changed' },
    ];
    for (const request of requests) {
      const reply = await page.answer(request);
      expect(parseTabReply(request.type, reply), request.type).toEqual(reply);
    }
  });

  it('lists nothing and reveals nothing on a page that is not highlighted', async () => {
    const page = await setup({ verdict: 'not-arabic' });
    expect(await page.answer({ type: 'page/entities' })).toMatchObject({ entities: [] });
    expect(await page.answer({ type: 'page/reveal', entryId: PARIS.id })).toEqual({ found: false });
  });

  it('reads the page again with the changed glossary in the same session, keeping the card', async () => {
    const page = await setup({ glossaries: [[PARIS], [PARIS, SYRIA]] });
    expect(await page.answer({ type: 'page/glossary-changed' })).toEqual({ refreshed: true });
    // No new session: it would make the registry's highlights and the own painter's host anew, which the page sees.
    expect(page.sessions.map((session) => session.entries)).toEqual([[PARIS]]);
    expect(page.sessions[0]?.used).toEqual([[PARIS, SYRIA]]);
    expect(page.sessions[0]?.stop).not.toHaveBeenCalled();
    expect(page.createCard).toHaveBeenCalledTimes(1);
  });

  it('reads the changed glossary only once the page is highlighted again', async () => {
    const page = await setup({ verdict: 'not-arabic', glossaries: [[PARIS], [SYRIA]] });
    expect(await page.answer({ type: 'page/glossary-changed' })).toEqual({ refreshed: false });
    expect(page.sent.some((request) => request.type === 'glossary/get')).toBe(false);
    await page.answer({ type: 'page/toggle', on: true });
    expect(page.sessions.map((session) => session.entries)).toEqual([[PARIS]]);
  });

  it('answers one request at a time: a second "glossary changed" and a toggle wait for the first', async () => {
    const page = await setup({ glossaries: [[PARIS], [SYRIA], [PARIS, SYRIA]] });
    page.holdReplies();
    const first = page.answer({ type: 'page/glossary-changed' });
    const second = page.answer({ type: 'page/glossary-changed' });
    const toggled = page.answer({ type: 'page/toggle', on: true });
    await settled();
    // The first session's read and the first refresh's: the second refresh has not started.
    expect(page.sent.filter((request) => request.type === 'glossary/get')).toHaveLength(2);
    page.release();
    expect(await first).toEqual({ refreshed: true });
    expect(await second).toEqual({ refreshed: true });
    expect(await toggled).toMatchObject({ active: true });
    expect(page.sessions.map((session) => session.entries)).toEqual([[PARIS]]);
    expect(page.sessions[0]?.used).toEqual([[SYRIA], [PARIS, SYRIA]]);
  });
});

describe('startPageController: the name finder', () => {
  it('is not loaded while suggestions are off', async () => {
    const page = await setup({ suggestNames: false });
    await page.answer({ type: 'page/status' });
    expect(page.loadNames).not.toHaveBeenCalled();
    expect(page.sessions[0]?.names).toBeUndefined();
  });

  it('is loaded once while suggestions are on, and the switch is asked again when the glossary changes', async () => {
    const page = await setup({ suggestNames: true });
    await page.answer({ type: 'page/toggle', on: false });
    await page.answer({ type: 'page/toggle', on: true });
    expect(page.loadNames).toHaveBeenCalledTimes(1);
    // The glossary first, the finder's suggestions added once it had loaded; toggled on again, both at once.
    expect(page.sessions.map((session) => session.names)).toEqual([undefined, NAMES]);
    expect(page.sessions[0]?.suggested).toEqual([NAMES.pageSuggestions]);
    page.switchSuggestions(false);
    await page.answer({ type: 'page/glossary-changed' });
    expect(page.sessions.at(-1)?.names).toBeUndefined();
    expect(page.sent.filter((request) => request.type === 'settings/get')).toHaveLength(2);
  });

  it('does not hold the glossary back: the page is highlighted while it loads, and again with it', async () => {
    let loaded: (names: NamesModule) => void = () => {};
    const page = await setup({
      suggestNames: true,
      loadNames: () => new Promise<NamesModule>((resolve) => (loaded = resolve)),
    });
    expect(page.sessions.map((session) => session.names)).toEqual([undefined]);
    // The popup is answered while the finder loads.
    expect(await page.answer({ type: 'page/status' })).toMatchObject({ active: true });
    expect(page.sessions[0]?.suggested).toEqual([]);
    loaded(NAMES);
    await settled();
    // The same session, with the suggestions added: nothing stopped, no second session.
    expect(page.sessions).toHaveLength(1);
    expect(page.sessions[0]?.suggested).toEqual([NAMES.pageSuggestions]);
    expect(page.sessions[0]?.stop).not.toHaveBeenCalled();
  });

  it('loading when the page is turned off starts nothing', async () => {
    let loaded: (names: NamesModule) => void = () => {};
    const page = await setup({
      suggestNames: true,
      loadNames: () => new Promise<NamesModule>((resolve) => (loaded = resolve)),
    });
    await page.answer({ type: 'page/toggle', on: false });
    loaded(NAMES);
    await settled();
    expect(page.sessions).toHaveLength(1);
    expect(page.sessions[0]?.suggested).toEqual([]);
    expect(await page.answer({ type: 'page/status' })).toMatchObject({ active: false });
  });

  it('that fails to load is reported, and the page is highlighted without suggestions', async () => {
    const page = await setup({ suggestNames: true, loadNames: () => Promise.reject(new Error('no module')) });
    expect(await page.answer({ type: 'page/status' })).toMatchObject({ active: true });
    expect(page.sessions[0]?.names).toBeUndefined();
    expect(page.onError).toHaveBeenCalledWith(new Error('no module'));
  });
});
