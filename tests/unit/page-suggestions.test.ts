import { describe, expect, it } from 'vitest';
import { createMatcher } from '~/lib/glossary/matcher';
import { createPageSuggestions } from '~/lib/names/page-suggestions';
import type { Tagger } from '~/lib/names/tagger';
import { entry } from './entry-factory';

/** A tagger that reads the same span (tokens [from, to) of the given kind) in every block. */
function fixedTagger(from: number, to: number, kind: string): Tagger {
  return {
    lexicon: { person: new Map() },
    tag: () => [],
    spans: () => [{ from, to, kind }],
  };
}

const spell = (words: readonly string[]) => ({ en: words.join('-'), alternatives: [] });
const GLOSSARY = [entry('madrid', 'مدريد', 'Madrid'), entry('egypt', 'مصر', 'Egypt')];

describe('page suggestions', () => {
  it('drops the glossary place inside a longer name, and keeps it where no name covers it', () => {
    const text = 'فاز فريق ريال مدريد على ضيفه في مصر أمس';
    const page = createPageSuggestions({
      entries: GLOSSARY,
      suggester: { tagger: fixedTagger(2, 4, 'ORG'), spell },
    });
    const matches = page.match(createMatcher(GLOSSARY), text);
    expect(
      matches.map((match) => [text.slice(match.start, match.end), page.entries[match.entry]?.id]),
    ).toEqual([
      ['ريال مدريد', 'suggested:ريال مدريد'],
      ['مصر', 'egypt'],
    ]);
    // Its English keeps the glossary's for the place it holds.
    expect(page.entries.at(-1)).toMatchObject({
      en: 'ريال Madrid',
      suggestion: { alternatives: ['ريال-مدريد'] },
    });
  });

  it('keeps the glossary match where the name would only cover it', () => {
    const text = 'فاز فريق ريال مدريد على ضيفه في مصر أمس';
    const page = createPageSuggestions({
      entries: GLOSSARY,
      suggester: { tagger: fixedTagger(3, 4, 'ORG'), spell },
    });
    const ids = page.match(createMatcher(GLOSSARY), text).map((match) => page.entries[match.entry]?.id);
    expect(ids).toEqual(['madrid', 'egypt']);
  });
});

describe('one suggestion per name', () => {
  it('whether the page writes عبد joined to the name or apart', () => {
    const page = createPageSuggestions({
      entries: GLOSSARY,
      suggester: { tagger: fixedTagger(1, 2, 'PERS'), spell },
    });
    const matcher = createMatcher(GLOSSARY);
    const first = page.match(matcher, 'وقال عبدالعاطي إن مصر ترحب بالاتفاق');
    const later = page.match(matcher, 'وأضاف عبد العاطي أن مصر مستعدة للمساعدة');
    const ids = [...first, ...later].map((match) => page.entries[match.entry]?.id);
    expect(ids).toEqual(['suggested:عبد العاطي', 'egypt', 'suggested:عبد العاطي', 'egypt']);
    expect(page.entries.filter((entry) => entry.suggestion !== undefined)).toHaveLength(1);
  });
});
