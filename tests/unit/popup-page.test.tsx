// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupByType } from '../../components/EntityList';
import { MixedText } from '../../components/MixedText';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type { SightingView } from '../../lib/messages/protocol';
import {
  CARTER,
  detection,
  ENTITIES,
  type FakeOptions,
  fakeApi,
  mountPopup,
  PAGE_URL,
  PARIS,
  settle,
} from './popup-fakes';

let unmount: (() => void) | undefined;

afterEach(() => {
  unmount?.();
  unmount = undefined;
});

async function open(options: FakeOptions = {}) {
  const fake = fakeApi(options);
  const mounted = await mountPopup(fake.api);
  unmount = mounted.unmount;
  await settle();
  const { root } = mounted;
  const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
  const $$ = <E extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<E>(selector)];
  const button = (name: string | RegExp) => {
    const found = $$<HTMLButtonElement>('button').find((b) =>
      typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
    );
    if (found === undefined) throw new Error(`no button ${name}`);
    return found;
  };
  return { ...fake, root, $, $$, button };
}

const sighting = (url: string, title: string, at: number): SightingView => ({
  url,
  title,
  site: new URL(url).host,
  sentence: 'جملة',
  at,
});

describe('the popup: this page', () => {
  it('folds the verdict into one line that opens onto its reasons and switches, before the entities', async () => {
    const { $, root } = await open();
    const verdict = $<HTMLDetailsElement>('details.verdict');
    expect(verdict?.open).toBe(false);
    expect(verdict?.querySelector('summary')?.textContent).toBe('Arabic news — highlighting on');
    expect(verdict?.querySelector('.reasons')).not.toBeNull();
    // The entities come before the look-up; the verdict's one line before them.
    const order = [...root.querySelectorAll('summary.verdict-line, .entity-row, input[type="search"]')];
    expect(order.map((element) => element.tagName)).toEqual([
      'SUMMARY',
      ...order.slice(1, -1).map(() => 'BUTTON'),
      'INPUT',
    ]);
    expect(order.length).toBeGreaterThan(3);
  });

  it('shows the verdict with its reasons and the switches for the page and the site', async () => {
    const { $, $$, button } = await open();
    expect($('.verdict-line')?.textContent).toBe('Arabic news — highlighting on');
    expect($$('.reasons li').map((li) => li.textContent)).toEqual([
      '88% of letters are Arabic script',
      'JSON-LD NewsArticle',
    ]);
    expect(button('Stop highlighting this page').getAttribute('type')).toBe('button');
    expect($('.site-mode legend')?.textContent).toBe('Highlight on www.example-news.com');
    expect($<HTMLInputElement>('input[value="auto"]')?.checked).toBe(true);
  });

  it('groups the entities by type, most mentioned first, with Arabic, English and count', async () => {
    const { $$ } = await open();
    const groups = $$('.group').map((group) => ({
      type: group.querySelector('.badge')?.textContent,
      rows: [...group.querySelectorAll('.entity-row')].map((row) => [
        row.querySelector('.en')?.textContent,
        row.querySelector('.ar')?.textContent,
        row.querySelector('.count .visually-hidden')?.textContent,
      ]),
    }));
    expect(groups).toEqual([
      {
        type: 'person',
        rows: [
          ['Ashton Carter', 'آشتون كارتر', '5 mentions'],
          ['Jean-Yves Le Drian', 'جون إيف لودريان', '1 mention'],
        ],
      },
      {
        type: 'place',
        rows: [
          ['Iraq', 'العراق', '4 mentions'],
          ['Syria', 'سوريا', '3 mentions'],
          ['Paris', 'باريس', '3 mentions'],
        ],
      },
    ]);
    expect($$('.entities-head h2')[0]?.textContent).toBe('5 entities · 16 mentions');
    expect($$('.group-head .muted').map((head) => head.textContent)).toEqual([
      '2 entities · 6 mentions',
      '3 entities · 10 mentions',
    ]);
  });

  it('marks each piece of text with its language and direction', async () => {
    const { $, $$ } = await open();
    const arabic = $('.entity-row .ar');
    expect(arabic?.tagName).toBe('BDI');
    expect(arabic?.getAttribute('dir')).toBe('rtl');
    expect(arabic?.getAttribute('lang')).toBe('ar');
    expect($('.entity-row .en')?.getAttribute('lang')).toBe('en');
    // Carter has a vocalised form: its romanisation. Le Drian has none: said so, the English the guide.
    const [carter, leDrian] = $$('.entity-row .roman');
    expect(carter?.getAttribute('dir')).toBe('ltr');
    expect(carter?.getAttribute('lang')).toBe('ar-Latn');
    expect(carter?.textContent).toBe('āshtūn kārtar');
    expect(leDrian?.getAttribute('lang')).toBe('en');
    expect(leDrian?.textContent).toBe('vowels unknown');
    expect($('.page-title')?.getAttribute('dir')).toBe('auto');
    expect($('.page-title')?.getAttribute('lang')).toBe('ar');
    for (const row of $$('.entity-row')) expect(row.tagName).toBe('BUTTON');
  });

  it('opens an entity on its sentences from this page, its note and its history elsewhere', async () => {
    const history = {
      [CARTER.id]: [
        sighting(PAGE_URL, 'this page, read again', 3000),
        sighting('https://news.example.org/b', 'كارتر في بغداد', 2000),
        sighting(PAGE_URL, 'this page, first read', 1500),
        sighting('https://agency.example.net/a', 'Carter meets allies', 1000),
        sighting('https://news.example.org/b', 'كارتر في بغداد', 500),
      ],
    };
    const { $, $$, button, backgroundRequests } = await open({ history });
    const row = button(/Ashton Carter/);
    expect(row.getAttribute('aria-expanded')).toBe('false');
    expect($('.details')).toBeNull();

    row.click();
    await settle();
    expect(row.getAttribute('aria-expanded')).toBe('true');
    const details = $('.details');
    expect(details?.id).toBe(row.getAttribute('aria-controls'));
    expect($$('.details .context').map((p) => p.textContent)).toEqual(ENTITIES[0]?.sentences);
    expect($$('.details .context mark').map((mark) => mark.textContent)).toEqual(['آشتون كارتر', 'كارتر']);
    expect($('.details .note')?.textContent).toBe('US Secretary of Defense 2015–2017');
    expect($('.details .spellings')?.textContent).toBe('written here as كارتر');

    expect(backgroundRequests).toContainEqual({ type: 'entry/history', entryId: CARTER.id, limit: 50 });
    // Other pages only, each once, newest first.
    const links = $$<HTMLAnchorElement>('.sighting a');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.target])).toEqual([
      ['كارتر في بغداد', 'https://news.example.org/b', '_blank'],
      ['Carter meets allies', 'https://agency.example.net/a', '_blank'],
    ]);
    expect(links.map((a) => a.querySelector('bdi')?.getAttribute('lang'))).toEqual(['ar', 'en']);
    expect($('.sighting-meta')?.textContent).toMatch(/^news\.example\.org · \d{1,2} \w{3} 1970$/);
    expect($('.sighting-meta time')?.getAttribute('datetime')).toBe(new Date(2000).toISOString());

    row.click();
    await settle();
    expect(row.getAttribute('aria-expanded')).toBe('false');
    expect($('.details')).toBeNull();
  });

  it('says so when an entity was seen on no other page', async () => {
    const { $, button } = await open({ history: { [PARIS.id]: [sighting(PAGE_URL, 'here', 1)] } });
    button(/Paris/).click();
    await settle();
    expect($('.history')?.textContent).toContain('Not on any other page you have read yet.');
  });

  it('makes no link of an address that is not a web page', async () => {
    const { $, button } = await open({
      history: {
        [PARIS.id]: [
          sighting('https://a.example/x', 'ok', 2),
          { ...sighting('https://b.example/', 'bad', 1), url: 'javascript:alert(1)' },
        ],
      },
    });
    button(/Paris/).click();
    await settle();
    expect($$hrefs($('.history'))).toEqual(['https://a.example/x']);
    expect($('.history')?.textContent).toContain('bad');
  });

  it('copies the English, shows the entity on the page and opens it in the glossary editor', async () => {
    const { $, button, copied, pageRequests, backgroundRequests } = await open();
    button(/Ashton Carter/).click();
    await settle();

    button('Copy English').click();
    await settle();
    expect(copied).toEqual(['Ashton Carter']);
    expect($('.live')?.textContent).toBe('Copied “Ashton Carter”.');
    expect($('.live')?.getAttribute('role')).toBe('status');

    button('Show on page').click();
    await settle();
    expect(pageRequests).toContainEqual({ type: 'page/reveal', entryId: CARTER.id });
    expect($('.live')?.textContent).toBe('Shown on the page: Ashton Carter.');

    button('Edit in glossary').click();
    await settle();
    expect(backgroundRequests).toContainEqual({ type: 'options/open', entryId: CARTER.id });
  });

  it('links an entity to its English Wikipedia article, and only one that has a title', async () => {
    const carter = { ...CARTER, wikipedia: 'Ash Carter' };
    const entity = (entry: GlossaryEntry) => ({ entry, count: 1, surfaces: [entry.ar], sentences: [] });
    const { $, button } = await open({ entities: [entity(carter), entity(PARIS)] });
    button(/Ashton Carter/).click();
    await settle();
    const link = $<HTMLAnchorElement>('.details a.wikipedia');
    expect(link?.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Ash_Carter');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    button(/Ashton Carter/).click();
    button(/Paris/).click();
    await settle();
    expect($('.details a.wikipedia')).toBeNull();
  });

  it('sets the site mode through the page, and reads the entities again', async () => {
    const { root, pageRequests } = await open();
    const always = root.querySelector<HTMLInputElement>('input[value="always"]');
    always?.click();
    await settle();
    expect(pageRequests).toContainEqual({ type: 'page/site-mode', mode: 'always' });
    expect(pageRequests.filter((request) => request.type === 'page/entities')).toHaveLength(2);
    expect(root.querySelector<HTMLInputElement>('input[value="always"]')?.checked).toBe(true);
  });

  it('"Whole page" asks the page to read all of it, and reads the entities again', async () => {
    const { root, pageRequests } = await open({ status: { reading: 'article' } });
    const whole = root.querySelector<HTMLInputElement>('.whole-page input[type="checkbox"]');
    expect(whole?.checked).toBe(false);
    whole?.click();
    await settle();
    expect(pageRequests).toContainEqual({ type: 'page/whole-page', on: true });
    expect(pageRequests.filter((request) => request.type === 'page/entities')).toHaveLength(2);
    expect(root.querySelector<HTMLInputElement>('.whole-page input')?.checked).toBe(true);
    expect(root.querySelector('.verdict-reading')).toBeNull();
  });

  it('says so when no article stands out and the whole page is read', async () => {
    const { $ } = await open({ status: { reading: 'no-article' } });
    expect($('.verdict-reading')?.textContent).toBe(
      'No article stands out on this page, so the whole page is highlighted.',
    );
  });

  it('renders markup in glossary and page text as literal text', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const entry = { ...PARIS, en: hostile, note: hostile };
    const { root } = await open({
      title: hostile,
      entities: [{ entry, count: 1, surfaces: [hostile], sentences: [hostile] }],
      history: { [PARIS.id]: [sighting('https://a.example/', hostile, 1)] },
    });
    root.querySelector<HTMLButtonElement>('.entity-row')?.click();
    await settle();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.entity-row .en')?.textContent).toBe(hostile);
    expect(root.querySelector('.details .note')?.textContent).toBe(hostile);
    expect(root.querySelector('.details .context')?.textContent).toBe(hostile);
    expect(root.querySelector('.sighting a')?.textContent).toBe(hostile);
    expect(root.querySelector('.page-title')?.textContent).toBe(hostile);
  });
});

describe('the popup: a page that is not Arabic news', () => {
  const persian = {
    status: {
      active: false,
      detection: detection({
        verdict: 'persian',
        isArabic: false,
        reasons: [
          { code: 'persian-letters', percent: 19 },
          { code: 'news-score', from: 'metadata', score: 9, threshold: 3 },
        ],
      }),
    },
    entitiesWhenOn: [ENTITIES[2]].filter((entity) => entity !== undefined),
  } satisfies FakeOptions;

  it('says so and why, and lists no entities', async () => {
    const { $, $$ } = await open(persian);
    expect($('.verdict-line')?.textContent).toBe('Not Arabic news · Persian — highlighting off');
    // Off, the switch is what the reader needs: the verdict is open from the start.
    expect($<HTMLDetailsElement>('details.verdict')?.open).toBe(true);
    expect($('.verdict-off')?.textContent).toBe('So Dalil leaves it alone.');
    expect($$('.reasons li').map((li) => li.textContent)).toEqual([
      '19% of Arabic-script letters are Persian-only (پ چ ژ گ ک ی)',
      'news evidence 9 ≥ 3',
    ]);
    expect($('.entity-row')).toBeNull();
    expect($('.page-title')?.getAttribute('lang')).toBe('fa');
  });

  it('highlights the page anyway on request, then lists what was found', async () => {
    const { $$, button, pageRequests } = await open(persian);
    button('Highlight anyway').click();
    await settle();
    expect(pageRequests).toContainEqual({ type: 'page/toggle', on: true });
    expect($$('.entity-row .en').map((en) => en.textContent)).toEqual(['Paris']);
    expect(button('Stop highlighting this page')).toBeDefined();
  });

  it('says when highlighting is off because of the site setting', async () => {
    const { $, button } = await open({ status: { active: false, siteMode: 'never' } });
    expect($('.verdict-line')?.textContent).toBe('Arabic news — highlighting off');
    expect($('.verdict-off')?.textContent).toBe('Highlighting is set to never on this site.');
    expect(button('Highlight this page')).toBeDefined();
  });
});

describe('the popup where Dalil does not run', () => {
  it('says so, and the look-up still works', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { $ } = await open({ unreachable: true });
    expect(logged).toHaveBeenCalledWith('Dalil: the page did not answer', expect.any(Error));
    logged.mockRestore();
    expect($('.this-page')?.textContent).toContain('Dalil does not run on this page');
    expect($('input[type="search"]')).not.toBeNull();
  });
});

describe('groupByType', () => {
  it('keeps the types in the glossary order and sorts each by mentions, ties in page order', () => {
    expect(
      groupByType(ENTITIES).map((group) => [
        group.type,
        group.mentions,
        group.entities.map((e) => e.entry.en),
      ]),
    ).toEqual([
      ['person', 6, ['Ashton Carter', 'Jean-Yves Le Drian']],
      ['place', 10, ['Iraq', 'Syria', 'Paris']],
    ]);
  });
});

describe('MixedText', () => {
  it.each([
    // text, the runs isolated, why
    ['Persian-only (پ چ ژ گ ک ی)', ['پ چ ژ گ ک ی'], 'the brackets stay outside the Arabic run'],
    ['88% of letters are Arabic script', [], 'nothing to isolate'],
    ['ة (teh marbuta) and ى', ['ة', 'ى'], 'each run apart'],
  ])('isolates the Arabic-script runs of %s', (text, runs) => {
    const root = document.createElement('p');
    render(<MixedText text={text} />, root);
    expect(root.textContent).toBe(text);
    const bdis = [...root.querySelectorAll('bdi')];
    expect(bdis.map((bdi) => bdi.textContent)).toEqual(runs);
    for (const bdi of bdis)
      expect([bdi.getAttribute('dir'), bdi.getAttribute('lang')]).toEqual(['rtl', 'ar']);
  });
});

function $$hrefs(element: Element | null): string[] {
  return [...(element?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
}
