// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type GlossaryEntry, SUGGESTION_ID_PREFIX } from '~/lib/glossary/schema';
import { createPageSuggestions } from '~/lib/names/page-suggestions';
import type { CardControl } from '~/lib/page/card-host';
import type { PaintedMatch } from '~/lib/page/page-highlighter';
import { type PageSessionOptions, startPageSession } from '~/lib/page/page-session';
import { highlightName } from '~/lib/page/paint';
import { tagger } from './name-fixture';

/** Enough paragraphs that the first scan, in slices, is still running when the change is read. */
const PARAGRAPHS = 1500;

const ENTRIES: GlossaryEntry[] = [{ id: 'paris', ar: 'باريس', en: 'Paris', type: 'place', variants: [] }];

/** happy-dom has no CSS Custom Highlight API: a registry and highlights as plain collections. */
function withHighlights(): void {
  const win = window as unknown as { CSS: { highlights: Map<string, unknown> }; Highlight: unknown };
  win.CSS = { ...(win.CSS ?? {}), highlights: new Map() };
  win.Highlight = class extends Set<AbstractRange> {};
}

const card: CardControl = {
  show() {},
  hide() {},
  isOpen: false,
  isPinned: false,
  contains: () => false,
  destroy() {},
};

/** A session over the document with the glossary above; our own errors fail the test. */
function start(options: Partial<PageSessionOptions>) {
  return startPageSession({
    doc: document,
    entries: ENTRIES,
    card,
    onError: (error) => {
      throw error;
    },
    ...options,
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('startPageSession', () => {
  it('repaints a block changed during the first scan once, not beside the scan’s own paint', async () => {
    withHighlights();
    document.body.innerHTML = Array.from(
      { length: PARAGRAPHS },
      (_, i) => `<p>وصل الوفد ${i} إلى باريس.</p>`,
    ).join('');
    const reports: number[] = [];
    let last: readonly PaintedMatch[] = [];
    const session = start({
      onEntities: (all) => {
        last = all;
        reports.push(all.length);
      },
    });
    // Touch a paragraph near the end while the session is starting: its change is read (150 ms later)
    // before the scan reaches it.
    await Promise.resolve();
    const touched = document.querySelectorAll('p')[PARAGRAPHS - 10]?.firstChild as Text;
    touched.data = 'وصل الوفد العاشر إلى باريس.';
    await session.ready;
    // The change's own report comes after the scan's (its batch waits 150 ms, longer on a loaded machine).
    await vi.waitFor(() => expect(reports.length).toBeGreaterThanOrEqual(2), {
      timeout: 10_000,
      interval: 50,
    });
    expect(last).toHaveLength(PARAGRAPHS);
    expect(session.counts()).toEqual({ paris: PARAGRAPHS });
    session.stop();
    // 1,500 paragraphs in happy-dom take seconds on a loaded machine: past vitest's 5 s default.
  }, 30_000);

  it('adds suggestions to a session started without them, keeping what was painted', async () => {
    withHighlights();
    document.body.innerHTML =
      '<p>قال الرئيس سمير كريم إن بلاده في باريس ترحب بالاتفاق الجديد.</p><p>وأكد كريم أن الوفد سيزور باريس.</p>';
    const reported: number[] = [];
    const session = start({ onEntities: (all) => reported.push(all.length) });
    await session.ready;
    expect(Object.keys(session.counts())).toEqual(['paris']);
    const highlights = (window as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS
      .highlights;
    const [paris] = [...(highlights.get(highlightName('place')) ?? [])];
    await session.suggest((entries) =>
      createPageSuggestions({
        entries,
        suggester: { tagger, spell: (words) => ({ en: words.join(' '), alternatives: [] }) },
      }),
    );
    // In the order of the page: the name comes first.
    expect(session.entities().map((entity) => [entity.entry.ar, entity.count])).toEqual([
      ['سمير كريم', 2],
      ['باريس', 2],
    ]);
    expect(highlights.get(highlightName('suggested'))?.size).toBe(2);
    // Both paragraphs were read again; the place painted first is still the same range.
    expect(highlights.get(highlightName('place'))?.has(paris as AbstractRange)).toBe(true);
    expect(reported).toEqual([2, 4]);
    session.stop();
  });

  it('adds the names the glossary lacks as suggestions, painted apart and listed with their spelling', async () => {
    withHighlights();
    document.body.innerHTML =
      '<p>قال الرئيس سمير كريم إن بلاده في باريس ترحب بالاتفاق الجديد.</p><p>وأكد كريم أن الوفد سيزور باريس.</p>';
    const session = start({
      suggestions: (entries) =>
        createPageSuggestions({
          entries,
          suggester: {
            tagger,
            spell: (words) => ({ en: words.join(' ').toUpperCase(), alternatives: ['alt'] }),
          },
        }),
    });
    await session.ready;
    const entities = session.entities();
    expect(entities.map((entity) => entity.entry.id)).toHaveLength(2);
    const samir = entities.find((entity) => entity.entry.id !== 'paris');
    expect(samir).toMatchObject({
      count: 2,
      surfaces: ['سمير كريم', 'كريم'],
      entry: { ar: 'سمير كريم', type: 'person', suggestion: { alternatives: ['alt'] } },
    });
    expect(samir?.entry.id.startsWith(SUGGESTION_ID_PREFIX)).toBe(true);
    const highlights = (window as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS
      .highlights;
    expect(highlights.get(highlightName('suggested'))?.size).toBe(2);
    expect(highlights.get(highlightName('person'))?.size).toBe(0);
    session.stop();
  });
});

describe('startPageSession: a single-page app', () => {
  it('reads the next article at the address change in a browser without the Navigation API', async () => {
    withHighlights();
    // As Firefox ESR 140, where history.pushState fires nothing a content script hears.
    expect((window as { navigation?: unknown }).navigation).toBeUndefined();
    document.body.innerHTML = '<p>وصل الوفد إلى القاهرة أمس.</p>';
    const reports: Array<{ url: string; ids: string[] }> = [];
    const session = start({
      entries: [...ENTRIES, { id: 'cairo', ar: 'القاهرة', en: 'Cairo', type: 'place', variants: [] }],
      onEntities: (all) => reports.push({ url: document.URL, ids: all.map((item) => item.entry.id) }),
    });
    await session.ready;
    // The app puts the next article in first, and changes the address after, with nothing changing then.
    (document.querySelector('p')?.firstChild as Text).data = 'وصل الوفد إلى باريس أمس.';
    await vi.waitFor(() => expect(reports.at(-1)?.ids).toEqual(['paris']), { timeout: 5000, interval: 20 });
    const before = reports.length;
    history.pushState({}, '', '/story-2');
    await vi.waitFor(
      () => expect(reports.slice(before).map((report) => report.url)).toContain(document.URL),
      {
        timeout: 5000,
        interval: 20,
      },
    );
    expect(document.URL).toMatch(/\/story-2$/);
    session.stop();
  }, 15_000);

  it("forgets the last article's names: a surname alone in the next one is not that person", async () => {
    withHighlights();
    history.replaceState({}, '', '/story-a');
    document.body.innerHTML = '<p>قال الرئيس سمير كريم إن بلاده ترحب بالاتفاق الجديد مع الحكومة.</p>';
    const spell = (words: readonly string[]) => ({ en: words.join(' '), alternatives: [] });
    const session = start({
      suggestions: (entries) => createPageSuggestions({ entries, suggester: { tagger, spell } }),
    });
    await session.ready;
    expect(session.entities().map((entity) => entity.entry.ar)).toEqual(['سمير كريم']);
    // The next article names a كريم, and Paris: read once the address changed.
    (document.querySelector('p')?.firstChild as Text).data = 'ورد عليه وكريم في المساء أمام الجميع في باريس.';
    history.pushState({}, '', '/story-b');
    await vi.waitFor(() => expect(session.entities().map((entity) => entity.entry.ar)).toContain('باريس'), {
      timeout: 5000,
      interval: 20,
    });
    expect(session.entities().map((entity) => entity.entry.ar)).not.toContain('سمير كريم');
    session.stop();
  }, 15_000);
});

describe('startPageSession: the article first', () => {
  const ARTICLE =
    '<h1>وزراء التحالف يجتمعون في باريس</h1><div class="story">' +
    Array.from(
      { length: 6 },
      (_, i) =>
        `<p>قال الوزير ${i}، في مؤتمر صحفي عقده في باريس مساء الأربعاء، إن الاجتماع بحث تكثيف الحملة، وإن الوزراء اتفقوا على خطة جديدة.</p>`,
    ).join('') +
    '</div>';
  const MENU = '<nav><ul><li><a href="/a">باريس</a></li><li><a href="/b">أخبار باريس</a></li></ul></nav>';
  const findArticle = () => import('~/lib/page/main-content').then((m) => m.findMainContent(document.body));

  it('highlights, counts and lists only the article; the menu is left alone', async () => {
    withHighlights();
    document.body.innerHTML = `${MENU}<main>${ARTICLE}</main>`;
    const session = start({ findArticle });
    await session.ready;
    expect(session.reading()).toBe('article');
    // The headline and the six paragraphs, not the menu's two.
    expect(session.counts()).toEqual({ paris: 7 });
    expect(session.entities()[0]?.sentences.some((sentence) => sentence.includes('أخبار'))).toBe(false);
    session.stop();
  });

  it('reads the whole page without a finder, and when no article stands out', async () => {
    withHighlights();
    document.body.innerHTML = `${MENU}<main>${ARTICLE}</main>`;
    const whole = start({});
    await whole.ready;
    expect(whole.reading()).toBe('whole-page');
    expect(whole.counts()).toEqual({ paris: 9 });
    whole.stop();

    document.body.innerHTML = MENU;
    const none = start({ findArticle });
    await none.ready;
    expect(none.reading()).toBe('no-article');
    expect(none.counts()).toEqual({ paris: 2 });
    none.stop();
  });

  it('finds the article again when one streams into a page that had none', async () => {
    withHighlights();
    document.body.innerHTML = MENU;
    const session = start({ findArticle });
    await session.ready;
    expect(session.counts()).toEqual({ paris: 2 });
    const main = document.createElement('main');
    main.innerHTML = ARTICLE;
    document.body.append(main);
    await vi.waitFor(() => expect(session.reading()).toBe('article'), { timeout: 3000, interval: 50 });
    await vi.waitFor(() => expect(session.counts()).toEqual({ paris: 7 }), { timeout: 3000, interval: 50 });
    session.stop();
  });
});

describe('startPageSession: what the page is shown when the reader changed the glossary', () => {
  /** The bundled glossary as it ships. */
  const SHIPPED: GlossaryEntry[] = [
    { id: 'baghdad', ar: 'بغداد', en: 'Baghdad', type: 'place', variants: [] },
    { id: 'cairo', ar: 'القاهرة', en: 'Cairo', type: 'place', variants: [] },
    { id: 'carter', ar: 'آشتون كارتر', en: 'Ashton Carter', type: 'person', variants: ['كارتر'] },
    { id: 'paris', ar: 'باريس', en: 'Paris', type: 'place', variants: [] },
  ];
  // Towns the page never names: with them the differences are few beside the glossary, so the bundled reading
  // runs only on the blocks where one of them could match (see build in page-session.ts).
  const TOWNS = [
    ...['حلب', 'حمص', 'طرطوس', 'إدلب', 'الرقة', 'درعا', 'تدمر', 'منبج', 'عفرين', 'الحسكة'],
    ...['الموصل', 'كركوك', 'أربيل', 'البصرة', 'النجف', 'كربلاء', 'الفلوجة', 'الرمادي', 'تكريت', 'سامراء'],
  ];
  const TOWN_ENTRIES: GlossaryEntry[] = TOWNS.map((ar, i) => ({
    id: `town-${String(i).padStart(2, '0')}`,
    ar,
    en: `Town ${i}`,
    type: 'place',
    variants: [],
  }));
  const [baghdad, cairo, carter, paris] = SHIPPED as [
    GlossaryEntry,
    GlossaryEntry,
    GlossaryEntry,
    GlossaryEntry,
  ];
  /**
   * The reader's: Baghdad deleted, Cairo made an organisation, Carter's short form taken off and another
   * spelling added, two names of their own; Paris as shipped. In the store's order, by id.
   */
  const READERS = (
    [
      { ...cairo, type: 'organisation', own: true },
      { ...carter, variants: ['اشتن كارتر'], own: true },
      { ...paris },
      { id: 'homsi', ar: 'زياد الحمصي', en: 'Ziad al-Homsi', type: 'person', variants: [], own: true },
      { id: 'karim', ar: 'سمير كريم', en: 'Samir Karim', type: 'person', variants: [], own: true },
    ] as GlossaryEntry[]
  ).sort((a, b) => (a.id < b.id ? -1 : 1));
  const PAGE =
    '<p>وصل كارتر إلى بغداد أمس، وقال اشتن كارتر إن الوفد سيزور باريس.</p>' +
    '<p>قال زياد الحمصي إن الوفد في القاهرة منذ أيام ترحب بالاتفاق الجديد.</p>' +
    '<p>قال الرئيس سمير كريم إن بلاده في باريس ترحب بالاتفاق الجديد.</p>' +
    Array.from({ length: 5 }, (_, i) => `<p>وصل الوفد ${i} إلى باريس.</p>`).join('') +
    // Where the name finder, having read the full name above, knows the surname alone: only in the reading
    // that did not have the name as the reader's.
    '<p>وأكد كريم أن الوفد سيزور باريس.</p>';
  const LATER = '<p>وعاد كارتر من بغداد، ثم زار الحمصي باريس.</p>';

  /**
   * All the registry tells a page (the names are this load's): each highlight's ranges as text, in the order
   * they were added, each marked `+` where it is not the very range object of the snapshot `before`.
   */
  function registry(before?: ReadonlySet<AbstractRange>): { shown: string[][]; ranges: Set<AbstractRange> } {
    const { highlights } = (window as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } })
      .CSS;
    const ranges = new Set<AbstractRange>();
    const shown = [...highlights.values()].map((highlight) =>
      [...highlight].map((abstract) => {
        ranges.add(abstract);
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        return before === undefined || before.has(abstract) ? range.toString() : `+${range.toString()}`;
      }),
    );
    return { shown, ranges };
  }

  /** The registry after the first reading, after a paragraph is added, and once names are suggested. */
  async function readings(options: Partial<PageSessionOptions>) {
    withHighlights();
    document.body.innerHTML = PAGE;
    let reports = 0;
    const session = start({ ...options, onEntities: () => reports++ });
    await session.ready;
    const first = registry();
    const ids = Object.keys(session.counts()).sort();
    const reported = reports;
    document.body.insertAdjacentHTML('beforeend', LATER);
    await vi.waitFor(() => expect(reports).toBeGreaterThan(reported), {
      timeout: 10_000,
      interval: 50,
    });
    const changed = registry(first.ranges);
    await session.suggest((entries) =>
      createPageSuggestions({
        entries,
        suggester: { tagger, spell: (words) => ({ en: words.join(' '), alternatives: [] }) },
      }),
    );
    const suggested = registry(changed.ranges);
    session.stop();
    return { first: first.shown, changed: changed.shown, suggested: suggested.shown, ids };
  }

  it('shows a city as its club where a fresh install does, when the reader deleted the club', async () => {
    const city: GlossaryEntry = {
      id: 'barcelona',
      ar: 'برشلونة',
      en: 'Barcelona',
      type: 'place',
      variants: [],
    };
    const club: GlossaryEntry = {
      id: 'fc-barcelona',
      ar: 'نادي برشلونة',
      en: 'FC Barcelona',
      type: 'organisation',
      variants: [],
    };
    const registryOf = async (options: Partial<PageSessionOptions>) => {
      withHighlights();
      document.body.innerHTML = '<p>فاز برشلونة على ضيفه أمس.</p><p>وصل الوفد إلى باريس.</p>';
      const session = start(options);
      await session.ready;
      const shown = registry().shown;
      const ids = Object.keys(session.counts()).sort();
      session.stop();
      return { shown, ids };
    };
    const fresh = await registryOf({ entries: [city, club, paris, ...TOWN_ENTRIES] });
    // The club's match: a fresh install paints برشلونة as an organisation.
    expect(fresh.ids).toEqual(['fc-barcelona', 'paris']);
    const deleted = await registryOf({
      entries: [city, paris, ...TOWN_ENTRIES],
      pristine: [club],
      ownStyles: '',
    });
    expect(deleted.shown).toEqual(fresh.shown);
    // The reader, without the club, reads the city.
    expect(deleted.ids).toEqual(['barcelona', 'paris']);
  });

  it('reads a changed glossary in the same session: the registry and the own painter’s host stay the same objects', async () => {
    withHighlights();
    document.body.innerHTML = PAGE;
    const session = start({
      entries: [...READERS, ...TOWN_ENTRIES],
      pristine: [baghdad, cairo, carter],
      ownStyles: '',
    });
    await session.ready;
    await session.suggest((entries) =>
      createPageSuggestions({
        entries,
        suggester: { tagger, spell: (words) => ({ en: words.join(' '), alternatives: [] }) },
      }),
    );
    const { highlights } = (window as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } })
      .CSS;
    const held = () => [...highlights].map(([name, highlight]) => [name, highlight, [...highlight]] as const);
    const before = held();
    const children = [...document.documentElement.children];
    const watcher = new MutationObserver(() => {});
    watcher.observe(document.documentElement, { childList: true });
    // The reader adds a name of their own and deletes Paris, a bundled entry.
    const delegation: GlossaryEntry = {
      id: 'wafd',
      ar: 'الوفد',
      en: 'the delegation',
      type: 'organisation',
      variants: [],
      own: true,
    };
    await session.useGlossary({
      entries: [...READERS.filter((entry) => entry.id !== 'paris'), delegation, ...TOWN_ENTRIES],
      pristine: [baghdad, cairo, carter, paris],
    });
    expect(watcher.takeRecords()).toEqual([]);
    expect([...document.documentElement.children]).toEqual(children);
    const after = held();
    expect(after.map(([name]) => name)).toEqual(before.map(([name]) => name));
    after.forEach(([, highlight, ranges], i) => {
      expect(highlight).toBe(before[i]?.[1]);
      expect(ranges).toHaveLength(before[i]?.[2].length ?? -1);
      ranges.forEach((range, j) => {
        expect(range).toBe(before[i]?.[2][j]);
      });
    });
    // The reader's reading is the new glossary's.
    expect(session.counts()).toMatchObject({ wafd: 8 });
    expect(session.counts()).not.toHaveProperty('paris');
    session.stop();
  });

  it('shows the page the registry a fresh install shows, and the reader their own glossary', async () => {
    const fresh = await readings({ entries: [...SHIPPED, ...TOWN_ENTRIES] });
    const changedGlossary = await readings({
      entries: [...READERS, ...TOWN_ENTRIES],
      pristine: [baghdad, cairo, carter],
      ownStyles: '',
    });
    expect(changedGlossary.first).toEqual(fresh.first);
    expect(changedGlossary.changed).toEqual(fresh.changed);
    expect(changedGlossary.suggested).toEqual(fresh.suggested);
    // What the page is shown holds what the reader deleted and the short form they took off.
    expect(fresh.first.flat()).toEqual(expect.arrayContaining(['كارتر', 'بغداد', 'القاهرة']));
    expect(fresh.first.flat()).not.toContain('زياد الحمصي');
    expect(fresh.suggested.flat().map((text) => text.replace(/^\+/, ''))).toEqual(
      expect.arrayContaining(['سمير كريم', 'كريم']),
    );
    // The reader's reading is their glossary's: no Baghdad, their source.
    expect(fresh.ids).toEqual(['baghdad', 'cairo', 'carter', 'paris']);
    expect(changedGlossary.ids).toEqual(['cairo', 'carter', 'homsi', 'karim', 'paris']);
  }, 30_000);
});
