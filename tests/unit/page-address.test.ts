import { describe, expect, it } from 'vitest';
import { MAX_ADDRESS, pageAddress } from '../../lib/background/page-address';

describe('pageAddress', () => {
  it.each<[string, string | undefined, string, string]>([
    // the page's address, its canonical link, what the history keeps, why
    [
      'https://news.example/a/1?utm_source=x&fbclid=y#top',
      undefined,
      'https://news.example/a/1',
      'tracking parameters and fragment go',
    ],
    [
      'https://news.example/a/1?token=secret',
      undefined,
      'https://news.example/a/1',
      'a token in the query goes',
    ],
    [
      'https://news.example/a/1?amp=1',
      'https://news.example/a/1',
      'https://news.example/a/1',
      'the canonical link of the same site',
    ],
    [
      'https://www.news.example/a?id=7',
      'https://news.example/article.php?id=7#x',
      'https://news.example/article.php?id=7',
      "the canonical's own query stays, its fragment goes",
    ],
    [
      'https://news.example/a',
      '/a/canonical',
      'https://news.example/a/canonical',
      'a relative canonical link',
    ],
    [
      'https://news.example/a?x=1',
      'https://other.example/a',
      'https://news.example/a',
      'a canonical link to another site is ignored',
    ],
    [
      'https://news.example/a',
      'javascript:alert(1)',
      'https://news.example/a',
      'a canonical link that is no web address is ignored',
    ],
    ['http://127.0.0.1:8080/a?b', undefined, 'http://127.0.0.1:8080/a', 'a port stays'],
  ])('%s (canonical %s) → %s: %s', (url, canonical, kept) => {
    expect(pageAddress(url, { canonical })).toBe(kept);
  });

  it.each([
    ['https://app.example/story/2?ref=x', 'https://app.example/story/2', 'pushState to the next article'],
    ['https://evil.example/story/2', 'https://app.example/story/1', 'another origin is not believed'],
    ['http://app.example/story/2', 'https://app.example/story/1', 'nor another scheme'],
  ])("believes the document's current address %s → %s (%s)", (current, kept) => {
    expect(pageAddress('https://app.example/story/1', { current })).toBe(kept);
  });

  it('keeps no address for what is not a web page', () => {
    expect(pageAddress('file:///home/a.html')).toBeNull();
    expect(pageAddress('not an address')).toBeNull();
  });

  it('cuts an overlong address instead of dropping it', () => {
    const long = `https://news.example/${'a'.repeat(3000)}`;
    expect(pageAddress(long)).toBe(long.slice(0, MAX_ADDRESS));
  });
});
