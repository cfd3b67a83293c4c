/** The protocol's requests for adding a name and for the settings: their shapes and who may send them. */
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
const EXTENSION_PAGE = { url: 'chrome-extension://abc/add.html#token' };
const CONTENT_SCRIPT = { url: 'https://www.aljazeera.net/news/1' };

describe('parsing entry/add and the settings requests', () => {
  it.each<[unknown, unknown, string]>([
    // message, what the background receives, why
    [{ type: 'entry/add', entry: NAME }, { type: 'entry/add', entry: NAME }, 'a new entry'],
    [
      { type: 'entry/add', entry: { ...NAME, suggestion: { alternatives: ['x'] }, extra: 1 } },
      { type: 'entry/add', entry: NAME },
      'only the fields of an entry cross: never a suggestion',
    ],
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
  it('lets content scripts add an entry (the card) and read the settings (the page reader)', () => {
    const add = parseBackgroundRequest({ type: 'entry/add', entry: NAME });
    const get = parseBackgroundRequest({ type: 'settings/get' });
    if (add === null || get === null) throw new Error('refused');
    for (const sender of [EXTENSION_PAGE, CONTENT_SCRIPT]) {
      expect(mayRequest(add, sender, ORIGIN)).toBe(true);
      expect(mayRequest(get, sender, ORIGIN)).toBe(true);
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
