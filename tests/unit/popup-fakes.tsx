/**
 * A fake of what the popup asks the browser, for the popup's component tests: a page with a status and
 * entities, a background with a glossary search and a history, and a record of every request and copy.
 */

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { Popup } from '../../components/Popup';
import type { AskBackground, AskPage, PopupApi } from '../../components/popup-api';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type {
  BackgroundRequest,
  Detection,
  PageEntity,
  PageStatus,
  Replies,
  SightingView,
  TabRequest,
} from '../../lib/messages/protocol';
import { inEnglish } from './in-english';

export const PAGE_URL = 'https://www.example-news.com/2016/01/20/coalition-paris';

export const CARTER: GlossaryEntry = {
  id: 'آشتون كارتر',
  ar: 'آشتون كارتر',
  vocalized: 'آشْتُون كَارْتَر',
  variants: ['كارتر'],
  en: 'Ashton Carter',
  type: 'person',
  note: 'US Secretary of Defense 2015–2017',
};
export const LE_DRIAN: GlossaryEntry = {
  id: 'جون إيف لودريان',
  ar: 'جون إيف لودريان',
  variants: ['لودريان'],
  en: 'Jean-Yves Le Drian',
  type: 'person',
};
export const PARIS: GlossaryEntry = {
  id: 'باريس',
  ar: 'باريس',
  variants: [],
  en: 'Paris',
  type: 'place',
  note: 'Capital of France',
};
export const SYRIA: GlossaryEntry = {
  id: 'سوريا',
  ar: 'سوريا',
  variants: ['سورية'],
  en: 'Syria',
  type: 'place',
};
export const IRAQ: GlossaryEntry = { id: 'العراق', ar: 'العراق', variants: [], en: 'Iraq', type: 'place' };

/** Listed as the content script lists them: most mentioned first, whatever the type. */
export const ENTITIES: PageEntity[] = [
  {
    entry: CARTER,
    count: 5,
    surfaces: ['آشتون كارتر', 'كارتر'],
    sentences: ['يستقبل نظيره الأميركي آشتون كارتر', 'وقال كارتر إنه سيستطلع آراء زملائه'],
  },
  { entry: SYRIA, count: 3, surfaces: ['سوريا'], sentences: ['الحملة في العراق وسوريا'] },
  { entry: PARIS, count: 3, surfaces: ['بباريس', 'باريس'], sentences: ['التحالف يبحث بباريس تكثيف حملته'] },
  { entry: IRAQ, count: 4, surfaces: ['العراق'], sentences: ['الحملة في العراق وسوريا'] },
  {
    entry: LE_DRIAN,
    count: 1,
    surfaces: ['جون إيف لودريان'],
    sentences: ['وزير الدفاع الفرنسي جون إيف لودريان'],
  },
];

export function detection(overrides: Partial<Detection> = {}): Detection {
  return {
    verdict: 'arabic-news',
    isArabic: true,
    isNews: true,
    score: 7,
    reasons: [
      { code: 'script-share', script: 'arabic', percent: 88 },
      { code: 'schema-type', source: 'JSON-LD', schemaType: 'NewsArticle' },
    ],
    counts: {
      letters: 100,
      arabicScript: 88,
      latin: 12,
      hebrew: 0,
      persianOnly: 0,
      persianConsonants: 0,
      languages: { urdu: 0, sindhi: 0, pashto: 0, kurdish: 0, uyghur: 0 },
      tehMarbuta: 5,
    },
    ...overrides,
  };
}

export interface FakeOptions {
  status?: Partial<PageStatus>;
  entities?: PageEntity[];
  title?: string;
  /** Entities the page has once highlighting is turned on ("highlight anyway"). */
  entitiesWhenOn?: PageEntity[];
  history?: Record<string, SightingView[]>;
  search?: (query: string) => GlossaryEntry[];
  /** The page has no content script: every page request fails. */
  unreachable?: boolean;
}

export interface Fake {
  api: PopupApi;
  pageRequests: TabRequest[];
  backgroundRequests: BackgroundRequest[];
  copied: string[];
}

export function fakeApi(options: FakeOptions = {}): Fake {
  const pageRequests: TabRequest[] = [];
  const backgroundRequests: BackgroundRequest[] = [];
  const copied: string[] = [];
  let status: PageStatus = {
    detection: detection(),
    siteMode: 'auto',
    active: true,
    counts: {},
    wholePage: false,
    ...options.status,
  };
  let entities = options.entities ?? (status.active ? ENTITIES : []);

  const page = async (request: TabRequest): Promise<Replies[TabRequest['type']]> => {
    pageRequests.push(request);
    if (options.unreachable === true) throw new Error('Could not establish connection.');
    switch (request.type) {
      case 'page/status':
        return status;
      case 'page/entities':
        return { entities: status.active ? entities : [], url: PAGE_URL, title: options.title ?? 'خبر' };
      case 'page/reveal':
        return { found: entities.some((entity) => entity.entry.id === request.entryId) };
      case 'page/toggle':
        status = { ...status, active: request.on ?? !status.active };
        if (status.active && options.entitiesWhenOn !== undefined) entities = options.entitiesWhenOn;
        return status;
      case 'page/site-mode':
        status = { ...status, siteMode: request.mode };
        return status;
      case 'page/whole-page':
        status = { ...status, wholePage: request.on, reading: request.on ? 'whole-page' : 'article' };
        return status;
      default:
        throw new Error(`the popup should not ask ${request.type}`);
    }
  };
  const background = async (request: BackgroundRequest): Promise<Replies[BackgroundRequest['type']]> => {
    backgroundRequests.push(request);
    switch (request.type) {
      case 'entry/history': {
        const sightings = options.history?.[request.entryId] ?? [];
        return { count: sightings.length, sightings: sightings.slice(0, request.limit) };
      }
      case 'entries/search':
        return { entries: (options.search?.(request.query) ?? []).slice(0, request.limit) };
      case 'options/open':
        return { ok: true };
      default:
        throw new Error(`the popup should not ask ${request.type}`);
    }
  };
  return {
    api: {
      askPage: page as AskPage,
      askBackground: background as AskBackground,
      copy: vi.fn(async (text: string) => {
        copied.push(text);
      }),
    },
    pageRequests,
    backgroundRequests,
    copied,
  };
}

/** Renders the popup into a fresh element of the document; `unmount` takes it away. */
export async function mountPopup(api: PopupApi): Promise<{ root: HTMLElement; unmount(): void }> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(inEnglish(<Popup api={api} />), root);
  });
  return {
    root,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

/**
 * Lets the popup's requests answer and its effects and renders run: Preact runs effects after a frame, which
 * `act` flushes; a few rounds cover a request made by an effect that itself follows a request.
 */
export async function settle(rounds = 4): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Types into an input the way a reader does: sets its value and fires `input`. */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Types a query into the look-up and waits until the glossary was asked for it (the look-up asks only once
 * typing pauses) and its answer is shown; an empty box is cleared at once. Waiting on the request, not on a
 * fixed time past the pause, keeps a loaded machine from reading the list before it was filled.
 */
export async function typeQuery(
  input: HTMLInputElement,
  text: string,
  requests: readonly { type: string; query?: unknown }[],
): Promise<void> {
  const before = requests.length;
  typeInto(input, text);
  const query = text.trim();
  if (query !== '') {
    await vi.waitFor(
      () => {
        const asked = requests.slice(before).some((r) => r.type === 'entries/search' && r.query === query);
        if (!asked) throw new Error(`the look-up has not asked for ${query} yet`);
      },
      { timeout: 5000, interval: 10 },
    );
  }
  await settle();
}
