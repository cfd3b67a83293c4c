import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ENTRIES } from '../../lib/glossary/import-plan';
import { mayRequest, parseBackgroundRequest, senderPage } from '../../lib/messages/background-request';
import { isOwnSender } from '../../lib/messages/checks';
import { entryShapeProblem } from '../../lib/messages/entry-shape';
import type { BackgroundRequest } from '../../lib/messages/protocol';
import { parseTabRequest } from '../../lib/messages/tab-request';

/** What a receiver of either kind makes of a message (the table below mixes tab and background requests). */
const parseRequest = (message: unknown) => parseTabRequest(message) ?? parseBackgroundRequest(message);

const PARIS = {
  id: 'باريس',
  ar: 'باريس',
  variants: ['پاريس'],
  en: 'Paris',
  type: 'place',
  note: 'Capital of France',
};

describe('parseTabRequest and parseBackgroundRequest accept only known messages in the expected shape', () => {
  it.each([
    [{ type: 'glossary/get' }, { type: 'glossary/get' }],
    [{ type: 'glossary/get', extra: 1 }, { type: 'glossary/get' }],
    // A page's own site: any host it names is dropped, the background takes the sender's.
    [{ type: 'site/get', host: 'www.aljazeera.net' }, { type: 'site/get' }],
    [
      { type: 'site/set', host: 'other.example', mode: 'never' },
      { type: 'site/set', mode: 'never' },
    ],
    [
      { type: 'sites/set', host: 'localhost:8080', mode: 'never' },
      { type: 'sites/set', host: 'localhost:8080', mode: 'never' },
    ],
    [
      { type: 'sightings/record', url: 'https://elsewhere.example/', title: 't', visitId: 'v', items: [] },
      { type: 'sightings/record', title: 't', visitId: 'v', items: [] },
    ],
    [{ type: 'options/open' }, { type: 'options/open' }],
    [
      { type: 'options/open', entryId: 'باريس' },
      { type: 'options/open', entryId: 'باريس' },
    ],
    [{ type: 'page/status' }, { type: 'page/status' }],
    [{ type: 'page/toggle' }, { type: 'page/toggle' }],
    [
      { type: 'page/toggle', on: false },
      { type: 'page/toggle', on: false },
    ],
    [
      { type: 'page/site-mode', mode: 'always' },
      { type: 'page/site-mode', mode: 'always' },
    ],
    [{ type: 'entries/list' }, { type: 'entries/list' }],
    [{ type: 'glossary/reset' }, { type: 'glossary/reset' }],
    [{ type: 'page/glossary-changed' }, { type: 'page/glossary-changed' }],
    [
      { type: 'entry/put', entry: { ...PARIS, extra: '<script>' } },
      { type: 'entry/put', entry: PARIS },
    ],
    [
      { type: 'entry/delete', id: 'باريس' },
      { type: 'entry/delete', id: 'باريس' },
    ],
    [
      {
        type: 'entry/restore',
        entry: { ...PARIS, origin: 'user', edited: true, createdAt: 1, updatedAt: 2 },
      },
      // A user entry is never "edited" (that is for bundled entries the user changed).
      {
        type: 'entry/restore',
        entry: { ...PARIS, origin: 'user', edited: false, createdAt: 1, updatedAt: 2 },
      },
    ],
    [
      { type: 'glossary/import', mode: 'replace', entries: [PARIS] },
      { type: 'glossary/import', mode: 'replace', entries: [PARIS] },
    ],
  ])('%j', (message, expected) => {
    expect(parseRequest(message)).toEqual(expected);
  });

  it.each([
    [null, 'null'],
    ['glossary/get', 'a bare string'],
    [[{ type: 'glossary/get' }], 'an array'],
    [{}, 'no type'],
    [{ type: 'glossary/delete-all' }, 'an unknown type'],
    [{ type: 'toString' }, 'a name every object has (the parsers are a table)'],
    [{ type: '__proto__' }, "the table's prototype"],
    [{ type: 'sites/set', mode: 'always' }, 'a missing host'],
    [{ type: 'sites/set', host: 'evil.com/<script>', mode: 'always' }, 'a host with a path'],
    [{ type: 'sites/set', host: 'a'.repeat(300), mode: 'always' }, 'an overlong host'],
    [{ type: 'site/set', mode: 'sometimes' }, 'an unknown mode'],
    [{ type: 'options/open', entryId: 42 }, 'a non-string entry id'],
    [{ type: 'page/toggle', on: 'yes' }, 'a non-boolean switch'],
    [{ type: 'page/site-mode' }, 'a missing mode'],
    [{ type: 'entry/put' }, 'a missing entry'],
    [{ type: 'entry/put', entry: { ...PARIS, type: 'town' } }, 'an unknown entity type'],
    [{ type: 'entry/put', entry: { ...PARIS, en: 42 } }, 'a non-string English'],
    [{ type: 'entry/put', entry: { ...PARIS, variants: 'پاريس' } }, 'variants not a list'],
    [{ type: 'entry/put', entry: { ...PARIS, variants: Array(51).fill('ب') } }, 'too many variants'],
    [{ type: 'entry/put', entry: { ...PARIS, note: 'x'.repeat(2001) } }, 'an overlong note'],
    [{ type: 'entry/put', entry: { ...PARIS, inflects: 'yes' } }, 'a non-boolean flag'],
    [{ type: 'entry/delete', id: '' }, 'an empty id'],
    [
      {
        type: 'entry/restore',
        entry: { ...PARIS, origin: 'someone', edited: false, createdAt: 1, updatedAt: 1 },
      },
      'an unknown origin',
    ],
    [{ type: 'entry/restore', entry: { ...PARIS, origin: 'user', edited: false } }, 'no times'],
    [{ type: 'glossary/import', mode: 'append', entries: [] }, 'an unknown import mode'],
    [{ type: 'glossary/import', mode: 'merge', entries: [PARIS, { ...PARIS, ar: null }] }, 'one bad entry'],
    [
      { type: 'glossary/import', mode: 'merge', entries: Array(MAX_IMPORT_ENTRIES + 1).fill(PARIS) },
      'too many entries',
    ],
  ] as Array<[unknown, string]>)('rejects %j (%s)', (message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it('says what is wrong with an entry that is not one', () => {
    expect(entryShapeProblem(PARIS)).toBeNull();
    expect(entryShapeProblem({ ...PARIS, note: 'x'.repeat(2001) })).toEqual({
      code: 'text-too-long',
      field: 'note',
      limit: 2000,
    });
    expect(entryShapeProblem({ ...PARIS, variants: ['x'.repeat(201)] })).toEqual({
      code: 'list-item-too-long',
      field: 'variants',
      limit: 200,
    });
    expect(entryShapeProblem({ ...PARIS, variants: 'باريز' })).toEqual({
      code: 'not-list',
      field: 'variants',
    });
    expect(entryShapeProblem({ ...PARIS, note: 7 })).toEqual({ code: 'not-text', field: 'note' });
    expect(entryShapeProblem({ ...PARIS, inflects: 'yes' })).toEqual({
      code: 'not-boolean',
      field: 'inflects',
    });
    expect(entryShapeProblem({ ...PARIS, type: 'city' })).toEqual({ code: 'unknown-type', value: 'city' });
    expect(entryShapeProblem({ ...PARIS, type: 3 })).toEqual({ code: 'unknown-type', value: '3' });
    expect(entryShapeProblem([])).toEqual({ code: 'not-object' });
  });

  it('lets only extension pages change the glossary, read the history or set another site', () => {
    const origin = 'chrome-extension://abc/';
    const page = { url: 'chrome-extension://abc/options.html#entry=x' };
    const contentScript = {
      url: 'https://www.aljazeera.net/news/1',
      frameId: 0,
      tab: { id: 4, incognito: false },
    };
    for (const request of [
      { type: 'entry/put', entry: PARIS },
      { type: 'entry/delete', id: 'x' },
      { type: 'entries/list' },
      { type: 'glossary/reset' },
      { type: 'history/clear' },
      { type: 'entry/history', entryId: 'x', limit: 5 },
      { type: 'entries/search', query: 'x', limit: 5 },
      { type: 'sites/set', host: 'other.example', mode: 'always' },
    ] as const) {
      expect(mayRequest(request as never, page, origin)).toBe(true);
      expect(mayRequest(request as never, contentScript, origin)).toBe(false);
      expect(mayRequest(request as never, { url: 'chrome-extension://other/options.html' }, origin)).toBe(
        false,
      );
      expect(mayRequest(request as never, {}, origin)).toBe(false);
    }
    expect(mayRequest({ type: 'glossary/get' }, contentScript, origin)).toBe(true);
    expect(mayRequest({ type: 'options/open', entryId: 'x' }, contentScript, origin)).toBe(true);
  });

  it("answers a page's own requests (its site, its history rows, a count) only for a web page in a tab", () => {
    const origin = 'chrome-extension://abc/';
    const contentScript = {
      url: 'https://www.aljazeera.net/news/1',
      frameId: 0,
      tab: { id: 4, incognito: false },
    };
    const requests: BackgroundRequest[] = [
      { type: 'site/get' },
      { type: 'site/set', mode: 'always' },
      { type: 'sightings/record', title: '', visitId: 'v', items: [] },
      { type: 'entry/seen', entryId: 'x' },
    ];
    for (const request of requests) {
      expect(mayRequest(request, contentScript, origin)).toBe(true);
      expect(mayRequest(request, { url: 'chrome-extension://abc/popup.html' }, origin)).toBe(false);
      expect(mayRequest(request, { ...contentScript, url: 'file:///home/a.html' }, origin)).toBe(false);
      expect(mayRequest(request, { url: contentScript.url }, origin)).toBe(false);
    }
    expect(senderPage(contentScript)).toEqual({
      url: contentScript.url,
      tabId: 4,
      frameId: 0,
      topFrame: true,
      incognito: false,
    });
    // The extension's own page open in a tab is no web page.
    expect(
      senderPage({ url: 'chrome-extension://abc/options.html', tab: { id: 4, incognito: false } }),
    ).toBeNull();
    expect(senderPage({ ...contentScript, frameId: 7, tab: { id: 4, incognito: true } })).toMatchObject({
      frameId: 7,
      topFrame: false,
      incognito: true,
    });
  });

  it('parses tab requests for tabs only and background requests for the background only', () => {
    for (const tab of [
      { type: 'page/status' },
      { type: 'page/glossary-changed' },
      { type: 'page/toggle', on: true },
    ]) {
      expect(parseTabRequest(tab)).toEqual(tab);
      expect(parseBackgroundRequest(tab)).toBeNull();
    }
    for (const background of [
      { type: 'glossary/get' },
      { type: 'glossary/reset' },
      { type: 'sites/set', host: 'a.b', mode: 'never' },
    ]) {
      expect(parseBackgroundRequest(background)).toEqual(background);
      expect(parseTabRequest(background)).toBeNull();
    }
  });

  it('trusts only this extension as a sender', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
  });
});
