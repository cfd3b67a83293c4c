/** The sentence the card, the popup and the history show for an entity (sentenceOf in page-session.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_CONTEXT } from '../../lib/glossary/draft-entry';
import type { PaintedMatch } from '../../lib/page/page-highlighter';
import { sentenceOf } from '../../lib/page/page-session';

/** A match of `name` at its first place in a block of `text`. */
function itemIn(text: string, name: string): PaintedMatch {
  const start = text.indexOf(name);
  return { block: { text }, match: { start, end: start + name.length } } as unknown as PaintedMatch;
}

describe('sentenceOf', () => {
  it('is the sentence the match stands in', () => {
    const text = 'وصل الوفد أمس. وقال كارتر إنه سيستطلع آراء زملائه. ثم غادر.';
    expect(sentenceOf(itemIn(text, 'كارتر'))).toBe('وقال كارتر إنه سيستطلع آراء زملائه.');
  });

  it('is the words around the match in a run-on sentence, the name kept', () => {
    const clause = 'وأضاف المتحدث أن الاجتماع تناول الأوضاع في المنطقة، ';
    const text = `${clause.repeat(30)}وقال كارتر إنه سيستطلع آراء زملائه، ${clause.repeat(30)}`;
    expect(text.length).toBeGreaterThan(3000);
    const sentence = sentenceOf(itemIn(text, 'كارتر'));
    expect(sentence.length).toBeLessThanOrEqual(MAX_DRAFT_CONTEXT);
    expect(sentence).toContain('وقال كارتر إنه');
  });
});
