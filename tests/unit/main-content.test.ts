import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { outsideArticle } from '../../lib/page/article-scope';
import { findMainContent } from '../../lib/page/main-content';
import { collectTextBlocks } from '../../lib/page/text-blocks';

function load(name: string): Document {
  const window = new Window();
  window.document.write(readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8'));
  return window.document as unknown as Document;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('findMainContent', () => {
  it('keeps the headline, standfirst, caption and body; leaves menus, ticker, related links, sidebar, comments and footer', async () => {
    const doc = load('ar-news-furniture.html');
    const before = doc.body.innerHTML;
    const scope = await findMainContent(doc.body);
    expect(scope.wholePage).toBeUndefined();
    const texts = collectTextBlocks(doc.body, { skipElement: (el) => outsideArticle(scope, el) }).map(
      (block) => squash(block.text),
    );
    expect(texts).toEqual([
      'وزراء التحالف يبحثون في باريس تكثيف الحملة ضد تنظيم الدولة',
      expect.stringMatching(/^يبحث وزراء دفاع سبع دول/),
      expect.stringMatching(/^وزير الدفاع الفرنسي جون إيف لودريان/),
      expect.stringMatching(/^وقال وزير الدفاع البريطاني/),
      expect.stringMatching(/^ووصف وزير الدفاع الأميركي/),
      expect.stringMatching(/^ومن المنتظر أن تعزز هولندا/),
    ]);
    // Read only: the page is as it was.
    expect(doc.body.innerHTML).toBe(before);
  });

  it('falls back to the whole page on a front page of headlines', async () => {
    const doc = load('ar-front-page.html');
    const scope = await findMainContent(doc.body);
    expect(scope).toMatchObject({ roots: [], wholePage: 'no-article' });
    expect(outsideArticle(scope, doc.querySelector('nav') as Element)).toBe(false);
  });

  it('gives the main thread back while it reads, when asked to', async () => {
    const doc = load('ar-news-furniture.html');
    let yields = 0;
    let clock = 0;
    const scope = await findMainContent(doc.body, {
      yieldToMain: async () => {
        yields++;
      },
      // Every block takes 5 ms on this clock: a 8 ms slice holds fewer than two.
      now: () => (clock += 5),
    });
    expect(yields).toBeGreaterThan(3);
    expect(scope.roots.length).toBeGreaterThan(0);
  });
});
