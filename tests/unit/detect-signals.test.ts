// @vitest-environment happy-dom

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageVerdict } from '../../lib/messages/protocol';
import type { PageSignals } from '../../lib/page/detect';
import { gatherSignals } from '../../lib/page/detect-signals';
import { detectPage } from '../../lib/page/news-evidence';
import { englishReasons } from '../../lib/page/say-reason';
import { type LoadedDocument, loadHtmlDocument } from '../../scripts/lib/html-document';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');

// Fixtures load as the eval and the scanner load pages: scripts off, and at about:blank, because a
// DOMParser document would inherit the test window's http://localhost URL and hide the canonical link.
const open: LoadedDocument[] = [];
function parseFixture(name: string): Document {
  const loaded = loadHtmlDocument(readFileSync(join(FIXTURES, name), 'utf8'), 'about:blank');
  open.push(loaded);
  return loaded.document;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((loaded) => loaded.close()));
});

const ARABIC_LETTER = /[\u0620-\u064a]/;

describe('gatherSignals on fixture pages', () => {
  const cases: { fixture: string; expected: Partial<PageSignals>; why: string }[] = [
    {
      fixture: 'ar-news-article.html',
      expected: {
        url: 'https://news.example.com/culture/library-opening',
        lang: 'ar',
        dir: 'rtl',
        ogType: 'article',
        hasArticleElement: true,
        hasPublishedTime: true,
        hasTimeElement: true,
      },
      why: 'a parsed document has no URL of its own, so the canonical link stands in',
    },
    {
      fixture: 'ar-news-lang-en.html',
      expected: {
        url: 'https://observer.example.org/2024/02/18/budget/',
        lang: 'en-US',
        dir: 'rtl',
        ogType: 'website',
        hasArticleElement: false,
        hasPublishedTime: true,
        microdataTypes: ['NewsArticle'],
      },
      why: 'microdata itemtype and itemprop="datePublished" are read even without JSON-LD',
    },
    {
      fixture: 'ar-other-recipe.html',
      expected: {
        lang: 'ar',
        ogType: 'website',
        hasArticleElement: true,
        hasPublishedTime: false,
        hasTimeElement: true,
      },
      why: 'a <time> in an <article> is only a time element, not a publication time',
    },
    {
      fixture: 'rtl-latin.html',
      expected: { url: undefined, lang: undefined, dir: 'rtl', ogType: undefined, jsonLdTypes: [] },
      why: 'absent attributes stay undefined rather than becoming empty strings',
    },
  ];
  it.each(cases)('$fixture: $why', ({ fixture, expected }) => {
    expect(gatherSignals(parseFixture(fixture))).toMatchObject(expected);
  });

  it('collects JSON-LD types from @graph and nested objects, and survives a malformed block', () => {
    const { jsonLdTypes } = gatherSignals(parseFixture('ar-news-article.html'));
    expect(jsonLdTypes).toEqual(expect.arrayContaining(['WebPage', 'NewsArticle', 'Person']));
  });

  it("reads the live document of the window it runs in, as the content script does, with that page's URL", () => {
    document.documentElement.setAttribute('lang', 'ar');
    document.body.innerHTML =
      '<article><p>أقر مجلس الوزراء مشروع قانون الموازنة العامة للعام المقبل.</p></article>';
    const signals = gatherSignals(document);
    expect(signals).toMatchObject({ url: document.URL, lang: 'ar', hasArticleElement: true });
    expect(signals.visibleText).toBe('أقر مجلس الوزراء مشروع قانون الموازنة العامة للعام المقبل.');
  });

  it('prefers the URL it is given over the canonical link', () => {
    const url = 'https://www.aljazeera.net/news/2024/3/12/library';
    expect(gatherSignals(parseFixture('ar-news-article.html'), { url }).url).toBe(url);
  });
});

describe('visible text sample', () => {
  it('leaves out script, style, noscript, template, textarea and [hidden] text', () => {
    const { visibleText } = gatherSignals(parseFixture('en-arabic-only-in-hidden.html'));
    expect(visibleText).toContain('Negotiators met again');
    expect(visibleText).not.toMatch(ARABIC_LETTER);
  });

  it('leaves out head text (title, JSON-LD) and the scripts after the article', () => {
    const { visibleText } = gatherSignals(parseFixture('ar-news-article.html'));
    expect(visibleText.startsWith('الرئيسية')).toBe(true);
    expect(visibleText).not.toContain('analytics');
    expect(visibleText).not.toContain('Breaking');
  });

  it('collapses whitespace', () => {
    const { visibleText } = gatherSignals(parseFixture('rtl-latin.html'));
    expect(visibleText).not.toMatch(/\s{2}|\n/);
    expect(visibleText.startsWith('Lorem ipsum Lorem ipsum dolor')).toBe(true);
  });

  const budgets: { maxChars: number; why: string }[] = [
    { maxChars: 50, why: 'stops inside the first paragraph' },
    { maxChars: 1, why: 'a tiny budget still returns a prefix' },
    { maxChars: 0, why: 'a zero budget reads no text at all' },
  ];
  it.each(budgets)('maxChars $maxChars: $why', ({ maxChars }) => {
    const { visibleText } = gatherSignals(parseFixture('ar-news-article.html'), { maxChars });
    expect(visibleText.length).toBeLessThanOrEqual(maxChars);
    const full = gatherSignals(parseFixture('ar-news-article.html')).visibleText;
    expect(full.startsWith(visibleText)).toBe(true);
  });

  it('reads a document that has no body', () => {
    const doc = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml');
    expect(gatherSignals(doc).visibleText).toBe('');
  });
});

describe('fixture pages end to end (gatherSignals → detectPage)', () => {
  const cases: { fixture: string; verdict: PageVerdict; reason?: string; why: string }[] = [
    {
      fixture: 'ar-news-article.html',
      verdict: 'arabic-news',
      reason: 'JSON-LD NewsArticle',
      why: 'Arabic text with NewsArticle, og:type=article and a publication time',
    },
    {
      fixture: 'ar-news-lang-en.html',
      verdict: 'arabic-news',
      reason: 'lang="en-US" disagrees with the text; ignored',
      why: 'the text outweighs a wrong lang; microdata makes up for og:type=website',
    },
    {
      fixture: 'ar-other-recipe.html',
      verdict: 'arabic-other',
      reason: '<article> element',
      why: 'layout hints alone (<article>, <time>) are not enough for news',
    },
    {
      fixture: 'fa-news.html',
      verdict: 'persian',
      reason: 'lang="fa" agrees with the text',
      why: 'پ چ ژ گ ک ی mark Persian, even on a news article',
    },
    { fixture: 'ur-news.html', verdict: 'urdu', why: 'ٹ ڈ ڑ ں ے ھ mark Urdu' },
    { fixture: 'he-news.html', verdict: 'hebrew', why: 'Hebrew letters' },
    {
      fixture: 'en-arabic-only-in-hidden.html',
      verdict: 'not-arabic',
      reason: '0% of letters are Arabic script',
      why: 'Arabic that no reader sees does not count',
    },
    { fixture: 'en-single-arabic-word.html', verdict: 'not-arabic', why: 'one Arabic word in English prose' },
    {
      fixture: 'rtl-latin.html',
      verdict: 'not-arabic',
      reason: 'dir="rtl" disagrees with the text; ignored',
      why: 'right-to-left layout with Latin text',
    },
  ];
  it.each(cases)('$fixture → $verdict: $why', ({ fixture, verdict, reason }) => {
    const detection = detectPage(gatherSignals(parseFixture(fixture)));
    expect(detection.verdict).toBe(verdict);
    if (reason) expect(englishReasons(detection.reasons)).toContain(reason);
  });
});
