/**
 * The protocol's requests for adding a name (the add window's, and the entry itself) and for the settings:
 * their shapes and who may send them.
 */
import { describe, expect, it } from 'vitest';
import { mayRequest, parseBackgroundRequest } from '../../lib/messages/background-request';
import { parseTabRequest } from '../../lib/messages/tab-request';

const NAME = {
  id: '',
  ar: 'محمد عبد العاطي',
  variants: [],
  en: 'Mohammed Abdel Aati',
  type: 'person',
  contexts: ['وقال محمد عبد العاطي إن الوفد وصل'],
};

const ORIGIN = 'chrome-extension://abc/';
const EXTENSION_PAGE = { url: 'chrome-extension://abc/add.html#request=x' };
const DRAFT = {
  ar: 'محمد عبد العاطي',
  en: 'Mohammed Abdel Aati',
  alternatives: ['Mohamed Abdelaty'],
  type: 'person',
  context: 'وقال محمد عبد العاطي إن الوفد وصل',
};
/** A content script in a tab's page, as the browser names its sender. */
const CONTENT_SCRIPT = {
  url: 'https://www.aljazeera.net/news/1',
  tab: { id: 7, incognito: false },
  frameId: 0,
};

describe('parsing entry/add and the settings requests', () => {
  it.each<[unknown, unknown, string]>([
    // message, what the background receives, why
    [{ type: 'entry/add', entry: NAME }, { type: 'entry/add', entry: NAME }, 'a new entry'],
    [
      { type: 'entry/add', entry: { ...NAME, suggestion: { alternatives: ['x'] }, extra: 1 } },
      { type: 'entry/add', entry: NAME },
      'only the fields of an entry cross: never a suggestion',
    ],
    [
      { type: 'add/open', draft: { ...DRAFT, note: 'x' } },
      { type: 'add/open', draft: DRAFT },
      "the card's drafted name, its fields only",
    ],
    [{ type: 'add/take', token: 'f00d' }, { type: 'add/take', token: 'f00d' }, "the add window's token"],
    [{ type: 'settings/get' }, { type: 'settings/get' }, 'no arguments'],
    [
      { type: 'settings/set', settings: { suggestNames: false, other: true } },
      { type: 'settings/set', settings: { suggestNames: false } },
      'only known settings',
    ],
  ])('%j → %j (%s)', (message, expected) => {
    expect(parseBackgroundRequest(message)).toEqual(expected);
    expect(parseTabRequest(message)).toBeNull();
  });

  it.each<[unknown, string]>([
    // message, why it is refused
    [{ type: 'add/open' }, 'no draft'],
    [
      { type: 'add/open', request: { kind: 'selection', text: 'محمد' } },
      'a selection: only the menu opens those',
    ],
    [{ type: 'add/open', draft: { ...DRAFT, type: 'city' } }, 'an unknown type'],
    [{ type: 'add/open', draft: { ...DRAFT, alternatives: 'x' } }, 'spellings not a list'],
    [{ type: 'add/open', draft: { ...DRAFT, ar: 7 } }, 'Arabic not text'],
    [{ type: 'add/open', draft: { ...DRAFT, context: 'و'.repeat(2001) } }, 'a context beyond an entry’s'],
    [{ type: 'add/take', token: 7 }, 'a token not text'],
    [{ type: 'entry/add' }, 'no entry'],
    [{ type: 'entry/add', entry: { ...NAME, ar: 'ب'.repeat(201) } }, 'Arabic longer than the limit'],
    [{ type: 'entry/add', entry: { ...NAME, type: 'city' } }, 'an unknown type'],
    [{ type: 'entry/add', entry: { ...NAME, contexts: 'وقال' } }, 'contexts not a list'],
    [{ type: 'settings/set' }, 'no settings'],
    [{ type: 'settings/set', settings: {} }, 'no known setting'],
    [{ type: 'settings/set', settings: { suggestNames: 'no' } }, 'not true or false'],
  ])('%j is refused (%s)', (message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });
});

describe('who may add names and change settings', () => {
  it('lets content scripts open the add window (the card) and read the settings (the page reader)', () => {
    const open = parseBackgroundRequest({ type: 'add/open', draft: DRAFT });
    const get = parseBackgroundRequest({ type: 'settings/get' });
    if (open === null || get === null) throw new Error('refused');
    expect(mayRequest(open, CONTENT_SCRIPT, ORIGIN)).toBe(true);
    // The popup has a form of its own: only a page's card asks for the window.
    expect(mayRequest(open, EXTENSION_PAGE, ORIGIN)).toBe(false);
    for (const sender of [EXTENSION_PAGE, CONTENT_SCRIPT]) expect(mayRequest(get, sender, ORIGIN)).toBe(true);
  });

  it('lets only extension pages add the entry and read an add request: the form is in the add window', () => {
    const add = parseBackgroundRequest({ type: 'entry/add', entry: NAME });
    const take = parseBackgroundRequest({ type: 'add/take', token: 'f00d' });
    if (add === null || take === null) throw new Error('refused');
    for (const request of [add, take]) {
      expect(mayRequest(request, EXTENSION_PAGE, ORIGIN)).toBe(true);
      expect(mayRequest(request, CONTENT_SCRIPT, ORIGIN)).toBe(false);
    }
  });

  it('lets only extension pages change the settings', () => {
    const set = parseBackgroundRequest({ type: 'settings/set', settings: { suggestNames: false } });
    if (set === null) throw new Error('refused');
    expect(mayRequest(set, EXTENSION_PAGE, ORIGIN)).toBe(true);
    expect(mayRequest(set, CONTENT_SCRIPT, ORIGIN)).toBe(false);
    expect(mayRequest(set, { url: 'chrome-extension://other/options.html' }, ORIGIN)).toBe(false);
    expect(mayRequest(set, {}, ORIGIN)).toBe(false);
  });
});
