/**
 * The background's handlers over the real store (fake-indexeddb): every request goes through parseBackgroundRequest
 * first, as a message from another context does, and its reply through structuredClone, as it would be.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, type Mock } from 'vitest';
import type { RequestContext } from '../../lib/background/handle-request';
import type { Problem } from '../../lib/glossary/problems';
import type { GlossaryEntry, GlossaryFile } from '../../lib/glossary/schema';
import { parseBackgroundRequest } from '../../lib/messages/background-request';
import { PAINTED_KINDS } from '../../lib/page/paint';
import type { DalilDb } from '../../lib/store/schema';
import { useBackground } from './background-harness';
import { entry } from './entry-factory';
import { fromPage } from './options-harness';

const PARIS = entry('باريس', 'باريس', 'Paris', { contexts: ['وصل الوفد إلى باريس'] });
const CAIRO = entry('القاهره', 'القاهرة', 'Cairo');
const OBAMA = entry('باراك اوباما', 'باراك أوباما', 'Barack Obama', { type: 'person', variants: ['أوباما'] });
const BUNDLED: GlossaryFile = {
  format: 'dalil-glossary',
  schemaVersion: 1,
  glossaryVersion: 'v1',
  entries: [PARIS, CAIRO, OBAMA],
};

const { background, send } = useBackground(BUNDLED);
let db: DalilDb;
let context: RequestContext;
let changes: Mock<() => void>;
beforeEach(async () => {
  ({ db, context, changes } = background());
});

async function english(): Promise<string[]> {
  return (await send({ type: 'entries/list' })).entries.map((value) => value.en).sort();
}

describe('existing requests', () => {
  it('glossary/get merges the bundled glossary into the store and returns it', async () => {
    const reply = await send({ type: 'glossary/get' });
    expect(reply.version).toBe('v1');
    expect(reply.entries.map((value) => value.en).sort()).toEqual(['Barack Obama', 'Cairo', 'Paris']);
    expect(await db.count('entries')).toBe(3);
    // The user's own entries come with it.
    await send({ type: 'entry/put', entry: entry('', 'لندن', 'London') });
    expect((await send({ type: 'glossary/get' })).entries).toHaveLength(4);
  });

  it('glossary/get marks what is not the bundled glossary as shipped, and gives back what was changed or deleted', async () => {
    expect((await send({ type: 'glossary/get' })).pristine).toEqual([]);
    const obama = await send({
      type: 'entry/put',
      entry: { ...OBAMA, variants: [...OBAMA.variants, 'اوباما'] },
    });
    expect(obama.ok).toBe(true);
    await send({ type: 'entry/delete', id: CAIRO.id });
    await send({ type: 'entry/put', entry: entry('', 'لندن', 'London') });
    const reply = await send({ type: 'glossary/get' });
    const marks = reply.entries.map((value) => [value.en, value.own === true, value.variants]);
    expect(marks.sort()).toEqual([
      ['Barack Obama', true, ['أوباما', 'اوباما']],
      ['London', true, []],
      ['Paris', false, []],
    ]);
    // The bundled entries as a fresh install has them, where the reader's glossary has them otherwise or not.
    expect(reply.pristine).toEqual([CAIRO, OBAMA].map((value) => expect.objectContaining(value)));
  });

  it('sightings/record keeps one row per entry per visit, and records nothing from incognito tabs', async () => {
    const page = fromPage('https://www.aljazeera.net/news/1');
    const record = {
      type: 'sightings/record' as const,
      title: 'خبر',
      visitId: 'visit-1',
      items: [
        { entryId: PARIS.id, sentence: 'في باريس' },
        { entryId: PARIS.id, sentence: 'بباريس' },
      ],
    };
    expect(await send(record, page)).toEqual({ written: 1 });
    expect(await send(record, page)).toEqual({ written: 0 });
    const incognito = fromPage('https://www.aljazeera.net/news/1', { incognito: true });
    expect(await send({ ...record, visitId: 'visit-2' }, incognito)).toEqual({ written: 0 });
    expect(await send({ type: 'entry/history', entryId: PARIS.id, limit: 5 })).toMatchObject({
      count: 1,
      sightings: [{ site: 'www.aljazeera.net', sentence: 'في باريس' }],
    });
  });

  it('site/set stores the mode of the sender page\'s site, says so to the background (for the "always" registration) and reads back', async () => {
    const page = fromPage('https://www.aljazeera.net/news/1');
    expect(await send({ type: 'site/set', mode: 'always' }, page)).toEqual({ mode: 'always' });
    expect(context.sitesChanged).toHaveBeenCalledTimes(1);
    expect(await send({ type: 'site/get' }, fromPage('https://WWW.aljazeera.net/other'))).toEqual({
      mode: 'always',
      wholePage: false,
    });
    expect(await send({ type: 'site/get' }, fromPage('https://other.example/'))).toEqual({
      mode: 'auto',
      wholePage: false,
    });
    expect(context.sitesChanged).toHaveBeenCalledTimes(1);
    // The extension's pages may set any site.
    expect(await send({ type: 'sites/set', host: 'other.example', mode: 'never' })).toEqual({
      mode: 'never',
    });
    expect(await send({ type: 'site/get' }, fromPage('https://other.example/'))).toEqual({
      mode: 'never',
      wholePage: false,
    });
  });

  it('site/whole-page remembers the "Whole page" choice for the sender page\'s site, apart from its mode', async () => {
    const page = fromPage('https://www.lbcgroup.tv/news/1');
    expect(await send({ type: 'site/whole-page', on: true }, page)).toEqual({ wholePage: true });
    expect(await send({ type: 'site/get' }, fromPage('https://WWW.lbcgroup.tv/other'))).toEqual({
      mode: 'auto',
      wholePage: true,
    });
    expect(await send({ type: 'site/get' }, fromPage('https://other.example/'))).toMatchObject({
      wholePage: false,
    });
    // The mode is unaffected, and no site row is made for an "auto" site.
    expect(await db.count('sites')).toBe(0);
    expect(await send({ type: 'site/whole-page', on: false }, page)).toEqual({ wholePage: false });
    expect(await send({ type: 'site/get' }, page)).toEqual({ mode: 'auto', wholePage: false });
    // From incognito nothing is kept.
    const incognito = fromPage('https://www.lbcgroup.tv/news/1', { incognito: true });
    expect(await send({ type: 'site/whole-page', on: true }, incognito)).toEqual({ wholePage: true });
    expect(await send({ type: 'site/get' }, page)).toMatchObject({ wholePage: false });
  });

  it('keeps nothing of a site mode set from incognito: the page gets its mode, the store stays as it was', async () => {
    const incognito = fromPage('https://www.aljazeera.net/news/1', { incognito: true });
    expect(await send({ type: 'site/set', mode: 'always' }, incognito)).toEqual({ mode: 'always' });
    expect(await db.count('sites')).toBe(0);
    expect(context.sitesChanged).not.toHaveBeenCalled();
    expect(await send({ type: 'site/get' }, fromPage('https://www.aljazeera.net/news/1'))).toEqual({
      mode: 'auto',
      wholePage: false,
    });
  });

  it('keeps a name added from an incognito tab (a deliberate save, as a bookmark), and nothing of the reading', async () => {
    const incognito = fromPage('https://www.aljazeera.net/news/1', { incognito: true });
    const name = entry('', 'زياد الحمصي', 'Ziad al-Homsi', {
      type: 'person',
      contexts: ['وقال زياد الحمصي'],
    });
    // The card asks for the add window; the reader saves there, in an extension page.
    const draft = {
      ar: name.ar,
      en: name.en,
      alternatives: [],
      type: 'person' as const,
      context: 'وقال زياد الحمصي',
    };
    expect(await send({ type: 'add/open', draft }, incognito)).toEqual({ ok: true });
    expect(context.openAdd).toHaveBeenCalledWith({ kind: 'draft', draft });
    const added = await send({ type: 'entry/add', entry: name });
    expect(added).toMatchObject({ ok: true, entry: { ar: 'زياد الحمصي', origin: 'user' } });
    if (!added.ok) return;
    // The page, highlighted anew with it, reports where it stands: none of that is kept, nor its site's choices.
    const items = [{ entryId: added.entry.id, sentence: 'وقال زياد الحمصي' }];
    expect(await send({ type: 'sightings/record', title: 'خبر', visitId: 'v', items }, incognito)).toEqual({
      written: 0,
    });
    await send({ type: 'site/set', mode: 'always' }, incognito);
    await send({ type: 'site/whole-page', on: true }, incognito);
    expect({ sightings: await db.count('sightings'), sites: await db.count('sites') }).toEqual({
      sightings: 0,
      sites: 0,
    });
    expect(await send({ type: 'site/get' }, fromPage('https://www.aljazeera.net/news/2'))).toEqual({
      mode: 'auto',
      wholePage: false,
    });
    expect((await send({ type: 'entries/list' })).entries.map((value) => value.ar)).toContain('زياد الحمصي');
  });

  it('tells a page on how many other pages an entry was seen, and nothing of them', async () => {
    const items = [{ entryId: PARIS.id, sentence: 'في باريس' }];
    const visit = (url: string, visitId: string) =>
      send({ type: 'sightings/record', title: '', visitId, items }, fromPage(url));
    await visit('https://a.example/1', '1');
    await visit('https://a.example/1', '2');
    await visit('https://b.example/2', '3');
    const seen = (url: string) => send({ type: 'entry/seen', entryId: PARIS.id }, fromPage(url));
    expect(await seen('https://a.example/1')).toEqual({ otherPages: 1 });
    expect(await seen('https://c.example/3')).toEqual({ otherPages: 2 });
    expect(await send({ type: 'entry/seen', entryId: CAIRO.id }, fromPage('https://a.example/1'))).toEqual({
      otherPages: 0,
    });
    // The history itself is for the extension's pages only.
    await expect(
      send({ type: 'entry/history', entryId: PARIS.id, limit: 5 }, fromPage('https://a.example/1')),
    ).rejects.toThrow(/not allowed/);
  });

  it('keeps the article, not the visit: one page whatever its tracking parameters, only the top frame, long text cut', async () => {
    const items = [{ entryId: PARIS.id, sentence: `${'ب'.repeat(2500)} باريس` }];
    const record = (url: string, visitId: string, more: Record<string, unknown> = {}) =>
      send({ type: 'sightings/record', title: 'ع'.repeat(3000), visitId, items, ...more }, fromPage(url));
    expect(await record('https://news.example/a?utm_source=mail&email=me@example.com#c', '1')).toEqual({
      written: 1,
    });
    expect(await record(`https://news.example/${'x'.repeat(2500)}`, '2')).toEqual({ written: 1 });
    // An embedded frame (an ad, a widget) records nothing.
    expect(
      await send(
        { type: 'sightings/record', title: '', visitId: '3', items },
        fromPage('https://ads.example/frame?click=1', { topFrame: false }),
      ),
    ).toEqual({ written: 0 });
    const { sightings } = await send({ type: 'entry/history', entryId: PARIS.id, limit: 5 });
    expect(sightings.map((sighting) => sighting.url.slice(0, 40))).toEqual([
      `https://news.example/${'x'.repeat(19)}`,
      'https://news.example/a',
    ]);
    expect(sightings[1]?.sentence.length).toBeGreaterThan(0);
    // The same article by its canonical link, from another address: no other page.
    const seen = await send(
      { type: 'entry/seen', entryId: PARIS.id, canonical: 'https://news.example/a' },
      fromPage('https://news.example/amp/a?ref=1'),
    );
    expect(seen).toEqual({ otherPages: 1 });
  });

  it("injects the highlight styles into the sender's own frame, under its names, and refuses bad names", async () => {
    const names = PAINTED_KINDS.map((_, index) => `name${'abcdefghij'[index]}xxxx`);
    const page = fromPage('https://news.example/a', { tabId: 7, frameId: 2 });
    expect(await send({ type: 'styles/insert', names }, page)).toEqual({ ok: true });
    expect(context.insertCss).toHaveBeenCalledWith(
      expect.objectContaining({ tabId: 7, frameId: 2 }),
      `::highlight(${names[0]}) { color: blue; }`,
    );
    expect(await send({ type: 'styles/insert', names: names.slice(1) }, page)).toEqual({ ok: false });
    expect(context.insertCss).toHaveBeenCalledTimes(1);
    await expect(send({ type: 'styles/insert', names })).rejects.toThrow(/not allowed/);
  });

  it('history: stats per site, pause, forget a site, clear all', async () => {
    const record = (url: string, visitId: string) =>
      send(
        { type: 'sightings/record', title: '', visitId, items: [{ entryId: PARIS.id, sentence: '' }] },
        fromPage(url),
      );
    await record('https://a.example/1', '1');
    await record('https://a.example/2', '2');
    await record('https://b.example/1', '3');
    expect(await send({ type: 'history/stats' })).toEqual({
      total: 3,
      paused: false,
      keepDays: 365,
      sites: [
        { site: 'a.example', count: 2 },
        { site: 'b.example', count: 1 },
      ],
    });
    expect((await send({ type: 'history/pause', paused: true })).paused).toBe(true);
    expect(await record('https://c.example/1', '4')).toEqual({ written: 0 });
    // Nothing here is older than the shortest choice; "ever" reads back as null.
    expect((await send({ type: 'history/keep', days: 30 })).total).toBe(3);
    expect((await send({ type: 'history/keep', days: null })).keepDays).toBeNull();
    await expect(send({ type: 'history/keep', days: 7 } as never)).rejects.toThrow(/refused/);
    expect(await send({ type: 'history/forget-site', host: 'a.example' })).toEqual({ deleted: 2 });
    expect(await send({ type: 'history/clear' })).toEqual({ deleted: 1 });
    expect((await send({ type: 'history/stats' })).total).toBe(0);
  });
});

describe('entries/list', () => {
  it('lists every entry with its origin and no store internals', async () => {
    await send({ type: 'entry/put', entry: entry('', 'لندن', 'London') });
    const { entries } = await send({ type: 'entries/list' });
    const london = entries.find((value) => value.en === 'London');
    expect(london).toMatchObject({ origin: 'user', edited: false, id: 'لندن' });
    expect(entries.find((value) => value.en === 'Paris')).toMatchObject({ origin: 'bundled', edited: false });
    expect(london).not.toHaveProperty('keys');
    expect(london).not.toHaveProperty('enLower');
  });
});

describe('entries/search', () => {
  const search = async (query: string) =>
    (await send({ type: 'entries/search', query, limit: 20 })).entries.map((value) => value.en);

  it('ranks the entry itself first and forgives a misspelling', async () => {
    await send({ type: 'glossary/get' });
    await send({
      type: 'entry/put',
      entry: entry('', 'الولايات المتحدة', 'the United States', { enVariants: ['US'] }),
    });
    await send({ type: 'entry/put', entry: entry('', 'أستراليا', 'Australia') });
    expect(await search('US')).toEqual(['the United States']);
    expect(await search('Obamma')).toEqual(['Barack Obama']);
    expect(await search('وباريس')).toEqual(['Paris']);
  });

  it('sees every change to the glossary: an added, an edited and a deleted entry', async () => {
    await send({ type: 'glossary/get' });
    expect(await search('London')).toEqual([]);
    const added = await send({ type: 'entry/put', entry: entry('', 'لندن', 'London') });
    expect(await search('London')).toEqual(['London']);
    if (!added.ok) throw new Error('not added');
    await send({ type: 'entry/put', entry: { ...added.entry, en: 'Londres' } });
    expect(await search('Londres')).toEqual(['Londres']);
    await send({ type: 'entry/delete', id: added.entry.id });
    expect(await search('Londres')).toEqual([]);
  });
});

describe('entry/put', () => {
  beforeEach(() => send({ type: 'glossary/get' }));

  it('adds an entry and tells open pages', async () => {
    const reply = await send({
      type: 'entry/put',
      entry: entry('', 'لندن', 'London', { variants: ['لوندن'] }),
    });
    expect(reply).toMatchObject({ ok: true, entry: { id: 'لندن', origin: 'user' } });
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it.each<[string, Partial<GlossaryEntry>, Problem]>([
    ['missing Arabic', { ar: '' }, { code: 'missing-field', field: 'ar' }],
    ['missing English', { en: '' }, { code: 'missing-field', field: 'en' }],
    ['a single letter', { ar: 'ب' }, { code: 'form-single-letter', form: 'ب' }],
    ['no Arabic letters', { ar: 'London' }, { code: 'form-no-arabic', form: 'London' }],
  ])('refuses %s with the problem, writing nothing', async (_, change, problem) => {
    const reply = await send({ type: 'entry/put', entry: { ...entry('', 'لندن', 'London'), ...change } });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problems).toContainEqual({ ...problem, line: 1 });
    expect(changes).not.toHaveBeenCalled();
    expect(await db.count('entries')).toBe(3);
  });

  it("refuses a form that is another entry's once normalised, naming that entry", async () => {
    const reply = await send({
      type: 'entry/put',
      entry: entry('', 'لندن', 'London', { variants: ['أُوباما'] }),
    });
    expect(reply).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          code: 'form-in-glossary',
          form: 'أُوباما',
          other: 'باراك أوباما',
          otherEnglish: 'Barack Obama',
        },
      ],
    });
  });

  it('lets two ambiguous entries share a form', async () => {
    expect(
      (await send({ type: 'entry/put', entry: entry('', 'عمان', 'Oman', { ambiguous: true }) })).ok,
    ).toBe(true);
    const amman = await send({ type: 'entry/put', entry: entry('', 'عمّان', 'Amman', { ambiguous: true }) });
    expect(amman).toMatchObject({ ok: true, entry: { id: 'عمان#2' } });
  });

  it('editing a bundled entry marks it edited and keeps its id', async () => {
    const reply = await send({ type: 'entry/put', entry: { ...PARIS, en: 'Paris, France' } });
    expect(reply).toMatchObject({ ok: true, entry: { id: PARIS.id, origin: 'bundled', edited: true } });
  });

  it('refuses a malformed entry at the door (parseBackgroundRequest)', () => {
    expect(parseBackgroundRequest({ type: 'entry/put', entry: { ...PARIS, type: 'town' } })).toBeNull();
    expect(parseBackgroundRequest({ type: 'entry/put', entry: { ...PARIS, variants: 'باريس' } })).toBeNull();
    expect(
      parseBackgroundRequest({ type: 'entry/put', entry: { ...PARIS, note: 'x'.repeat(3000) } }),
    ).toBeNull();
  });
});

describe('entry/delete and entry/restore (undo)', () => {
  beforeEach(() => send({ type: 'glossary/get' }));

  it('deletes, and restores exactly what was deleted', async () => {
    await send({ type: 'entry/put', entry: { ...PARIS, en: 'Paris, France' } });
    const { deleted } = await send({ type: 'entry/delete', id: PARIS.id });
    expect(deleted).toMatchObject({ id: PARIS.id, en: 'Paris, France', edited: true });
    expect(await english()).toEqual(['Barack Obama', 'Cairo']);
    expect(changes).toHaveBeenCalledTimes(2);
    if (deleted === null) return;
    expect(await send({ type: 'entry/restore', entry: deleted })).toMatchObject({ ok: true });
    const { entries } = await send({ type: 'entries/list' });
    expect(entries.find((value) => value.id === PARIS.id)).toEqual(deleted);
    expect(await db.count('tombstones')).toBe(0);
  });

  it('a deleted bundled entry stays deleted through a glossary update', async () => {
    await send({ type: 'entry/delete', id: CAIRO.id });
    await send({ type: 'glossary/get' }, { bundled: { ...BUNDLED, glossaryVersion: 'v2' } });
    expect(await english()).toEqual(['Barack Obama', 'Paris']);
  });

  it('deleting what is not there answers null and tells nobody', async () => {
    expect(await send({ type: 'entry/delete', id: 'nothing' })).toEqual({ deleted: null });
    expect(changes).not.toHaveBeenCalled();
  });

  it('refuses to restore over an entry that has since taken the form', async () => {
    const { deleted } = await send({ type: 'entry/delete', id: CAIRO.id });
    await send({ type: 'entry/put', entry: entry('', 'القاهرة', 'Cairo (mine)') });
    if (deleted === null) throw new Error('nothing deleted');
    const reply = await send({ type: 'entry/restore', entry: deleted });
    expect(reply.ok).toBe(false);
    expect(await english()).toEqual(['Barack Obama', 'Cairo (mine)', 'Paris']);
  });

  it('refuses a restored entry that is not a valid entry', async () => {
    const reply = await send({
      type: 'entry/restore',
      entry: { ...entry('x', 'ب', 'B'), origin: 'user', edited: false, createdAt: 1, updatedAt: 1 },
    });
    expect(reply.ok).toBe(false);
  });
});

describe('glossary/import', () => {
  beforeEach(() => send({ type: 'glossary/get' }));

  it('merge adds new entries and changes those with the same id, in one go', async () => {
    const reply = await send({
      type: 'glossary/import',
      mode: 'merge',
      entries: [entry('لندن', 'لندن', 'London'), { ...CAIRO, en: 'Cairo, Egypt' }, OBAMA],
    });
    expect(reply).toEqual({ ok: true, added: 1, changed: 1, unchanged: 1, removed: 0 });
    expect(await english()).toEqual(['Barack Obama', 'Cairo, Egypt', 'London', 'Paris']);
    const { entries } = await send({ type: 'entries/list' });
    expect(entries.find((value) => value.id === CAIRO.id)).toMatchObject({ origin: 'bundled', edited: true });
    expect(entries.find((value) => value.id === 'لندن')).toMatchObject({ origin: 'user' });
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('is all or nothing: one entry colliding with a stored one and nothing is written', async () => {
    const before = await db.getAll('entries');
    const reply = await send({
      type: 'glossary/import',
      mode: 'merge',
      entries: [entry('لندن', 'لندن', 'London'), entry('اوباما', 'أوباما', 'Obama')],
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.problems[0]).toMatchObject({ other: 'باراك أوباما', otherEnglish: 'Barack Obama' });
    }
    expect(await db.getAll('entries')).toEqual(before);
    expect(changes).not.toHaveBeenCalled();
  });

  it('is all or nothing: one invalid entry and nothing is written', async () => {
    const reply = await send({
      type: 'glossary/import',
      mode: 'merge',
      entries: [entry('لندن', 'لندن', 'London'), entry('x', 'روما', '')],
    });
    expect(reply).toMatchObject({ ok: false, problems: [{ line: 2 }] });
    expect(await db.count('entries')).toBe(3);
  });

  it('replace removes the entries the file does not have, and they stay removed through updates', async () => {
    const reply = await send({
      type: 'glossary/import',
      mode: 'replace',
      entries: [PARIS, entry('', 'لندن', 'London')],
    });
    expect(reply).toEqual({ ok: true, added: 1, changed: 0, unchanged: 1, removed: 2 });
    await send({ type: 'glossary/get' }, { bundled: { ...BUNDLED, glossaryVersion: 'v2' } });
    expect(await english()).toEqual(['London', 'Paris']);
  });

  it("an export of the user's work imported after a reset brings it all back", async () => {
    await send({
      type: 'entry/put',
      entry: entry('', 'لندن', 'London', { note: 'UK capital', inflects: false }),
    });
    await send({ type: 'entry/put', entry: { ...PARIS, en: 'Paris, France', variants: ['پاريس'] } });
    const before = (await send({ type: 'entries/list' })).entries;
    const work = before.filter((value) => value.origin === 'user' || value.edited);
    expect(work).toHaveLength(2);

    expect(await send({ type: 'glossary/reset' })).toEqual({ count: 3 });
    expect(await english()).toEqual(['Barack Obama', 'Cairo', 'Paris']);

    // What an export of "my own and edited entries" holds: the entries without bookkeeping.
    const entries = work.map(({ origin: _o, edited: _e, createdAt: _c, updatedAt: _u, ...rest }) => rest);
    expect(await send({ type: 'glossary/import', mode: 'merge', entries })).toMatchObject({
      ok: true,
      added: 1,
      changed: 1,
    });
    const after = (await send({ type: 'entries/list' })).entries;
    const strip = (list: typeof after) =>
      list
        .map(({ createdAt: _c2, updatedAt: _u2, ...rest }) => rest)
        .sort((a, b) => a.id.localeCompare(b.id));
    expect(strip(after)).toEqual(strip(before));
  });
});

describe('glossary/reset', () => {
  it('goes back to the bundled glossary: own entries, edits and deletions all undone', async () => {
    await send({ type: 'glossary/get' });
    await send({ type: 'entry/put', entry: entry('', 'لندن', 'London') });
    await send({ type: 'entry/put', entry: { ...PARIS, en: 'Paris, France' } });
    await send({ type: 'entry/delete', id: CAIRO.id });
    changes.mockClear();
    expect(await send({ type: 'glossary/reset' })).toEqual({ count: 3 });
    const { entries } = await send({ type: 'entries/list' });
    expect(entries.map((value) => [value.en, value.origin, value.edited]).sort()).toEqual([
      ['Barack Obama', 'bundled', false],
      ['Cairo', 'bundled', false],
      ['Paris', 'bundled', false],
    ]);
    expect(await db.count('tombstones')).toBe(0);
    expect(changes).toHaveBeenCalledTimes(1);
  });
});
