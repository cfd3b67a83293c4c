import { describe, expect, it } from 'vitest';
import { isBackgroundRequest, isOwnSender, parseRequest } from '../../lib/messages';

describe('parseRequest accepts only known messages in the expected shape', () => {
  it.each([
    [{ type: 'glossary/get' }, { type: 'glossary/get' }],
    [{ type: 'glossary/get', extra: 1 }, { type: 'glossary/get' }],
    [
      { type: 'site/get', host: 'www.aljazeera.net' },
      { type: 'site/get', host: 'www.aljazeera.net' },
    ],
    [
      { type: 'site/set', host: 'localhost:8080', mode: 'never' },
      { type: 'site/set', host: 'localhost:8080', mode: 'never' },
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
  ])('%j', (message, expected) => {
    expect(parseRequest(message)).toEqual(expected);
  });

  it.each([
    [null, 'null'],
    ['glossary/get', 'a bare string'],
    [[{ type: 'glossary/get' }], 'an array'],
    [{}, 'no type'],
    [{ type: 'glossary/delete-all' }, 'an unknown type'],
    [{ type: 'site/get' }, 'a missing host'],
    [{ type: 'site/get', host: 'evil.com/<script>' }, 'a host with a path'],
    [{ type: 'site/get', host: 'a'.repeat(300) }, 'an overlong host'],
    [{ type: 'site/set', host: 'example.com', mode: 'sometimes' }, 'an unknown mode'],
    [{ type: 'options/open', entryId: 42 }, 'a non-string entry id'],
    [{ type: 'page/toggle', on: 'yes' }, 'a non-boolean switch'],
    [{ type: 'page/site-mode' }, 'a missing mode'],
  ] as Array<[unknown, string]>)('rejects %j (%s)', (message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it('routes page/ requests to tabs and the rest to the background', () => {
    expect(isBackgroundRequest({ type: 'glossary/get' })).toBe(true);
    expect(isBackgroundRequest({ type: 'page/status' })).toBe(false);
  });

  it('trusts only this extension as a sender', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
  });
});
