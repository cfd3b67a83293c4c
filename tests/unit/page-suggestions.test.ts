import { describe, expect, it } from 'vitest';
import { createMatcher } from '~/lib/glossary/matcher';
import type { GlossaryEntry } from '~/lib/glossary/schema';
import { createPageSuggestions } from '~/lib/names/page-suggestions';
import type { Tagger } from '~/lib/names/tagger';
import { entry } from './entry-factory';

/**
 * A tagger that reads the same span (tokens [from, to) of the given kind) in every block, with `names` in the
 * name lists' frequency class `listed`.
 */
function fixedTagger(from: number, to: number, kind: string, names: string[] = [], listed = 1): Tagger {
  return {
    lexicon: { person: new Map(names.map((name) => [name, listed])) },
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

describe('a surname of the glossary after another given name', () => {
  const SCHUMACHER = [
    entry('schumacher', 'مايكل شوماخر', 'Michael Schumacher', { type: 'person', variants: ['شوماخر'] }),
    entry('paris', 'باريس', 'Paris'),
  ];
  const read = (text: string) => {
    const page = createPageSuggestions({
      entries: SCHUMACHER,
      suggester: { tagger: fixedTagger(6, 8, 'PERS', ['ميك', 'مايكل']), spell },
    });
    const matches = page.match(createMatcher(SCHUMACHER), text);
    return matches.map((match) => [text.slice(match.start, match.end), page.entries[match.entry]?.en]);
  };

  it('is a relative or a namesake, spelt with the surname alone of the entry', () => {
    expect(read('وقال المتحدث باسم الفريق في باريس ميك شوماخر إن السباق صعب')).toEqual([
      ['باريس', 'Paris'],
      ['ميك شوماخر', 'ميك Schumacher'],
    ]);
  });

  it('is the person where the name starts as the entry does', () => {
    expect(read('وقال المتحدث باسم الفريق في باريس مايكل شوماخر إن السباق صعب')).toEqual([
      ['باريس', 'Paris'],
      ['مايكل شوماخر', 'Michael Schumacher'],
    ]);
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

describe('a glossary person met again by a short form', () => {
  const BASHIR = entry('bashir', 'عمر البشير', 'Omar al-Bashir', { type: 'person' });
  const FULL = 'قال الرئيس السوداني عمر البشير أمس في الخرطوم';
  const SHORT = 'وأكد البشير أن الحكومة ستواصل العمل';
  // The tagger reads the second word of every block: a title in the first, the surname in the second, a
  // name the lists hold five times or more (as the real ones do).
  const read = (glossary: GlossaryEntry[], blocks: string[]) => {
    const page = createPageSuggestions({
      entries: glossary,
      suggester: { tagger: fixedTagger(1, 2, 'PERS', ['البشير'], 2), spell },
    });
    const matcher = createMatcher(glossary);
    return blocks.flatMap((text) =>
      page
        .match(matcher, text)
        .map((match) => [text.slice(match.start, match.end), page.entries[match.entry]?.id]),
    );
  };

  it('is that person after the full name on the page, not a suggestion', () => {
    expect(read([BASHIR], [FULL, SHORT])).toEqual([
      ['عمر البشير', 'bashir'],
      ['البشير', 'bashir'],
    ]);
  });

  it('is that person where the tagger does not read it, once the page gave the full name', () => {
    const page = createPageSuggestions({
      entries: [BASHIR],
      suggester: { tagger: fixedTagger(0, 0, 'PERS'), spell },
    });
    const matcher = createMatcher([BASHIR]);
    const ids = (text: string) =>
      page
        .match(matcher, text)
        .map((match) => [text.slice(match.start, match.end), page.entries[match.entry]?.id]);
    expect(ids(SHORT)).toEqual([]);
    expect(ids(FULL)).toEqual([['عمر البشير', 'bashir']]);
    expect(ids(SHORT)).toEqual([['البشير', 'bashir']]);
  });

  it('is a suggestion where the page never gave the full name', () => {
    expect(read([BASHIR], [SHORT])).toEqual([['البشير', 'suggested:البشير']]);
  });

  it('is never the father of a "son of" chain, nor the family', () => {
    const mbs = entry('mbs', 'محمد بن سلمان', 'Mohammed bin Salman', { type: 'person' });
    const full = 'وقال ولي العهد محمد بن سلمان أمس في الرياض';
    // The tagger reads the fourth word in both: سلمان in the full name (the glossary's), and later alone.
    const page = createPageSuggestions({
      entries: [mbs],
      suggester: { tagger: fixedTagger(3, 4, 'PERS'), spell },
    });
    const matcher = createMatcher([mbs]);
    page.match(matcher, full);
    const later = 'واستقبل خادم الحرمين سلمان ضيوفه في القصر';
    expect(page.match(matcher, later).map((match) => page.entries[match.entry]?.id)).toEqual([
      'suggested:سلمان',
    ]);
  });

  it('is a suggestion where two people of the glossary on the page share it', () => {
    const other = entry('issam', 'عصام البشير', 'Issam al-Bashir', { type: 'person' });
    const both = 'قال عصام البشير وعمر البشير أمس في الخرطوم';
    expect(read([BASHIR, other], [both, SHORT]).at(-1)).toEqual(['البشير', 'suggested:البشير']);
  });
});

describe('a surname of the page that the glossary holds as a nationality', () => {
  it('is the person met earlier on the page, alone too, not the nationality', () => {
    const nationality = entry('kenyans', 'كينيون', 'Kenyans', { type: 'nationality' });
    const readings = [[{ from: 1, to: 3, kind: 'PERS' }], []];
    const tagger: Tagger = {
      // No word learnt, so كينيون is no ك + a word.
      lexicon: { person: new Map([['بيتر', 3]]), frequent: () => false },
      tag: () => [],
      spans: () => readings.shift() ?? [],
    };
    const page = createPageSuggestions({ entries: [nationality], suggester: { tagger, spell } });
    const shown = (text: string) =>
      page
        .match(createMatcher([nationality]), text)
        .map((match) => [text.slice(match.start, match.end), page.entries[match.entry]?.id]);
    expect(shown('وقال بيتر كينيون رئيس الشركة إن الأرباح ارتفعت')).toEqual([
      ['بيتر كينيون', 'suggested:بيتر كينيون'],
    ]);
    expect(shown('وأضاف كينيون أن الشركة تتوقع نموا كبيرا')).toEqual([['كينيون', 'suggested:بيتر كينيون']]);
    // On a page that never named him, the word is the nationality.
    const fresh = createPageSuggestions({ entries: [nationality], suggester: { tagger, spell } });
    const text = 'وقال العداؤون الكينيون أن السباق كان صعبا جدا';
    expect(
      fresh.match(createMatcher([nationality]), text).map((match) => fresh.entries[match.entry]?.id),
    ).toEqual(['kenyans']);
  });
});
