import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '~/lib/arabic/tokenize';
import { createMatcher } from '~/lib/glossary/matcher';
import type { EntityType } from '~/lib/glossary/schema';
import { glossaryContext, matchesOutside, YIELDS } from '~/lib/names/glossary-context';
import { entry } from './entry-factory';

/** The context of a text whose glossary holds one entity of the given type. */
function contextOf(text: string, inside: string, type: EntityType, variants: string[] = []) {
  const entries = [entry('e', inside, 'E', { type, variants })];
  const tokens = tokenize(text);
  const names = new Set(['تشارلز', 'دونالد', 'كيني', 'كلاوس', 'فيصل']);
  return {
    tokens,
    context: glossaryContext(tokens, createMatcher(entries).matchTokens(tokens), entries, names),
  };
}

describe('glossary matches inside a longer name', () => {
  it.each(YIELDS)('$inside gives way inside $example ($why)', (row) => {
    const { tokens, context } = contextOf(row.example, row.inside, row.type as EntityType);
    expect(context.spans).toHaveLength(1);
    expect(context.yields(0, tokens.length, 'person')).toBe(true);
  });

  it('keeps a nationality after a name the lists hold where the name read is no person', () => {
    const { tokens, context } = contextOf('فيصل السويدي', 'السويدي', 'nationality');
    expect(context.yields(0, tokens.length, 'person')).toBe(true);
    expect(context.yields(0, tokens.length, 'organisation')).toBe(false);
  });

  it('reads "like" + a place that opens a name as the given name the lists hold (Klaus, not "like Laos")', () => {
    const { tokens, context } = contextOf('كلاوس بيكارد', 'لاوس', 'place');
    expect(context.spans).toEqual([{ from: 0, to: 1 }]);
    expect(context.yields(0, tokens.length, 'person')).toBe(true);
  });

  it.each([
    {
      text: 'بلاوس بيكارد',
      inside: 'لاوس',
      type: 'place',
      from: 0,
      to: 2,
      why: '"in Laos": only "like" before a place can be a given name\'s letters',
    },
    {
      text: 'كفرنسا بيكارد',
      inside: 'فرنسا',
      type: 'place',
      from: 0,
      to: 2,
      why: 'no name list holds the word as written: "like France"',
    },
    {
      text: 'بيكارد كلاوس',
      inside: 'لاوس',
      type: 'place',
      from: 0,
      to: 2,
      why: '"like Laos" that does not open the name',
    },
    {
      text: 'دونالد جون ترامب',
      inside: 'ترامب',
      type: 'person',
      from: 0,
      to: 3,
      why: 'still the person: the name starts as his entry does',
      variants: ['دونالد ترامب'],
    },
    {
      text: 'ودونالد جون ترامب',
      inside: 'ترامب',
      type: 'person',
      from: 0,
      to: 3,
      why: 'still the person, his given name written with "and"',
      variants: ['دونالد ترامب'],
    },
    {
      text: 'بمصير البشير',
      inside: 'البشير',
      type: 'person',
      from: 0,
      to: 2,
      why: 'a word no name list holds before the surname: "the fate of Bashir"',
      variants: ['عمر البشير'],
    },
    {
      text: 'جاريد كوشنر',
      inside: 'جاريد كوشنر',
      type: 'person',
      from: 0,
      to: 2,
      why: 'the whole entry, no word of its own',
      variants: [],
    },
    {
      text: 'وزير الخارجية سامح شكري',
      inside: 'وزير الخارجية',
      type: 'title',
      from: 0,
      to: 4,
      why: 'a title',
    },
    {
      text: 'حزب الله اللبناني',
      inside: 'حزب الله',
      type: 'organisation',
      from: 0,
      to: 3,
      why: 'the same body',
    },
    { text: 'ريال مدريد', inside: 'مدريد', type: 'place', from: 1, to: 2, why: 'no words of its own' },
    {
      text: 'أمام مدريد اليوم',
      inside: 'أمام مدريد',
      type: 'place',
      from: 1,
      to: 3,
      why: 'the match starts before',
    },
    {
      text: 'وصل بأفغانستان هانز غروندبرغ',
      inside: 'أفغانستان',
      type: 'place',
      from: 1,
      to: 4,
      why: 'written with a preposition: "in Afghanistan", no word of a name',
    },
    {
      text: 'العداء الكيني ميلر',
      inside: 'كيني',
      type: 'nationality',
      from: 1,
      to: 3,
      why: 'with the article, the nationality: "the Kenyan runner"',
    },
    {
      text: 'لاعب كيني ميلر',
      inside: 'كيني',
      type: 'nationality',
      from: 0,
      to: 3,
      why: 'the nationality after a word of the name: "a Kenyan player"',
    },
    {
      text: 'اللاعب السويدي',
      inside: 'السويدي',
      type: 'nationality',
      from: 0,
      to: 2,
      why: 'after a word no name list holds: "the Swedish player"',
    },
    {
      text: 'ألماني ميلر',
      inside: 'ألماني',
      type: 'nationality',
      from: 0,
      to: 2,
      why: 'no name list holds the word: "a German"',
    },
    {
      text: 'فاز وريال مدريد',
      inside: 'ريال',
      type: 'place',
      from: 1,
      to: 3,
      why: 'written with "and"',
    },
  ] as const)('$inside holds in "$text": $why', (row) => {
    const { text, inside, type, from, to } = row;
    const { context } = contextOf(text, inside, type, 'variants' in row ? [...(row.variants ?? [])] : []);
    expect(context.spans).toHaveLength(1);
    expect(context.yields(from, to, 'person')).toBe(false);
  });

  it('keeps the matches no name covers whole', () => {
    const entries = [entry('m', 'مدريد', 'Madrid'), entry('p', 'باريس', 'Paris')];
    const tokens = tokenize('ريال مدريد يلعب في باريس');
    const context = glossaryContext(tokens, createMatcher(entries).matchTokens(tokens), entries);
    expect(matchesOutside(context, [{ from: 0, to: 2 }])).toEqual([false, true]);
    expect(matchesOutside(context, [])).toEqual([true, true]);
  });
});

describe('matchesOutside', () => {
  it('keeps exactly the matches no one name covers whole, on any names and matches', () => {
    const layout = fc.integer({ min: 1, max: 40 }).chain((length) =>
      fc.record({
        length: fc.constant(length),
        cuts: fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 12 }),
        spans: fc.array(
          fc
            .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: 4 }))
            .map(([from, size]) => ({
              from,
              to: Math.min(length, from + size),
            })),
          { maxLength: 12 },
        ),
      }),
    );
    fc.assert(
      fc.property(layout, ({ length, cuts, spans }) => {
        // Names that do not overlap: every other stretch between sorted cuts.
        const sorted = [...cuts].sort((a, b) => a - b);
        const names = sorted.flatMap((from, i) =>
          i % 2 === 0 && i + 1 < sorted.length ? [{ from, to: sorted[i + 1] as number }] : [],
        );
        const context = { tokens: new Array(length), spans } as unknown as Parameters<
          typeof matchesOutside
        >[0];
        const expected = spans.map(
          (span) => !names.some((name) => name.from <= span.from && span.to <= name.to),
        );
        expect(matchesOutside(context, names)).toEqual(expected);
      }),
      { numRuns: 500, seed: 16 },
    );
  });
});
