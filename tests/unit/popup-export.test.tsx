// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { entitiesCsv, entitiesList } from '../../components/PageExport';
import { tabFromQuery } from '../../entrypoints/popup/tab';
import { parseDelimited } from '../../lib/glossary/delimited';
import type { PageEntity } from '../../lib/messages/protocol';
import { CARTER, ENTITIES, fakeApi, mountPopup, PARIS, settle } from './popup-fakes';

let unmount: (() => void) | undefined;

afterEach(() => {
  unmount?.();
  unmount = undefined;
});

describe('entitiesCsv', () => {
  it('writes a header and one row per entity: Arabic, English, type, count, first sentence', () => {
    const csv = entitiesCsv(ENTITIES.slice(0, 2));
    expect(csv.split('\r\n')).toEqual([
      'arabic,english,type,count,sentence',
      'آشتون كارتر,Ashton Carter,person,5,يستقبل نظيره الأميركي آشتون كارتر',
      'سوريا,Syria,place,3,الحملة في العراق وسوريا',
      '',
    ]);
  });

  it('quotes cells with commas, quotes and line breaks, so the file reads back as written', () => {
    const tricky: PageEntity = {
      entry: { ...CARTER, en: 'Carter, Ashton "Ash"' },
      count: 2,
      surfaces: [],
      sentences: ['سطر أول،\nثم "سطر" ثانٍ, بفاصلة'],
    };
    const none: PageEntity = { entry: PARIS, count: 1, surfaces: [], sentences: [] };
    const csv = entitiesCsv([tricky, none]);
    expect(csv).toContain('"Carter, Ashton ""Ash"""');
    const parsed = parseDelimited(csv, ',');
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ['arabic', 'english', 'type', 'count', 'sentence'],
      ['آشتون كارتر', 'Carter, Ashton "Ash"', 'person', '2', 'سطر أول،\nثم "سطر" ثانٍ, بفاصلة'],
      ['باريس', 'Paris', 'place', '1', ''],
    ]);
  });

  it.each(['=1+2', '+33 1 23', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "'=quoted"])(
    'writes %j after a single quote, so a spreadsheet shows it as text and never runs it',
    (cell) => {
      const csv = entitiesCsv([{ entry: PARIS, count: 1, surfaces: [], sentences: [cell] }]);
      const parsed = parseDelimited(csv, ',');
      if (!parsed.ok) throw new Error(parsed.problem.code);
      expect(parsed.rows[1]?.cells[4]).toBe(`'${cell}`);
    },
  );
});

describe('entitiesList', () => {
  it('writes one line per entity: English, Arabic, type and mentions', () => {
    expect(entitiesList(ENTITIES.slice(0, 2))).toBe(
      'Ashton Carter — آشتون كارتر (person, 5)\nSyria — سوريا (place, 3)',
    );
  });
});

describe('the popup: take the entities away', () => {
  it('copies the list and offers the CSV as a download link', async () => {
    const fake = fakeApi();
    const mounted = await mountPopup(fake.api);
    unmount = mounted.unmount;
    await settle();
    const { root } = mounted;

    [...root.querySelectorAll('button')].find((button) => button.textContent === 'Copy list')?.click();
    await settle();
    expect(fake.copied).toEqual([entitiesList(ENTITIES)]);
    expect(root.querySelector('.live')?.textContent).toBe('Copied 5 entities.');

    const link = root.querySelector<HTMLAnchorElement>('.export a');
    expect(link?.textContent).toBe('Save CSV');
    expect(link?.getAttribute('href')).toMatch(/^blob:/);
    expect(link?.getAttribute('download')).toMatch(/^dalil-www\.example-news\.com-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('offers nothing to take away when the page has no entities', async () => {
    const fake = fakeApi({ entities: [] });
    const mounted = await mountPopup(fake.api);
    unmount = mounted.unmount;
    await settle();
    expect(mounted.root.querySelector('.export')).toBeNull();
    expect(mounted.root.querySelector('.entities-head h2')?.textContent).toBe('No glossary names here');
  });
});

describe('tabFromQuery', () => {
  it.each<[string, number | null, string]>([
    // query string, tab id, why
    ['?tab=42', 42, 'the popup opened as a page for tab 42'],
    ['', null, 'the toolbar popup: the active tab'],
    ['?tab=', null, 'empty'],
    ['?tab=4x', null, 'not a number'],
    ['?tab=-1', null, 'tab ids are not negative'],
    ['?tab=1.5', null, 'nor fractions'],
    ['?tab=99999999999999999999', null, 'beyond a safe integer'],
  ])('reads %j as %s (%s)', (search, expected) => {
    expect(tabFromQuery(search)).toBe(expected);
  });
});
