import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/glossary/matcher';
import { buildFromSeeds } from '../../scripts/build-glossary';
import type { TaggedSentence } from '../../scripts/lib/anercorp';
import type { CamelLemma } from '../../scripts/lib/camel-lexicon';
import { camelPlaces, evidencedType, ordinaryWord, tallyWords } from '../../scripts/lib/camel-places';

/** A sentence of "word TAG" pairs, as ANERcorp writes them. */
function sentence(...pairs: Array<[string, string]>): TaggedSentence {
  let text = '';
  const tokens = pairs.map(([word, tag]) => {
    if (text !== '') text += ' ';
    const start = text.length;
    text += word;
    return { word, tag, start, end: text.length };
  });
  return { text, tokens };
}

const lemma = (vocalized: string, gloss: string, line: number): CamelLemma => ({
  vocalized,
  glosses: gloss.split(';'),
  person: false,
  inanimate: true,
  line,
});

const LEXICON = [
  lemma('إِنْجِلْتِرا', 'England', 2),
  lemma('كابُل', 'Kabul', 3),
  lemma('عِراق', 'Iraq', 4),
  lemma('فولْكْسْفاغِن', 'Volkswagen', 5),
  lemma('أَنْجِلِيس', 'Angeles', 6),
  lemma('تايْلَنْد', 'Thailand', 7),
];
const EVIDENCE = [
  sentence(['فاز', 'O'], ['منتخب', 'O'], ['انجلترا', 'B-LOC'], ['على', 'O'], ['البرتغال', 'B-LOC']),
  sentence(['في', 'O'], ['إنجلترا', 'B-LOC']),
  sentence(['كابل', 'O'], ['كهربائي', 'O'], ['في', 'O'], ['كابل', 'B-LOC']),
  sentence(['في', 'O'], ['العراق', 'B-LOC'], ['والعراق', 'B-LOC']),
  sentence(['باعت', 'O'], ['فولكسفاغن', 'B-ORG'], ['وفولكسفاغن', 'B-ORG']),
  sentence(['لوس', 'B-LOC'], ['أنجليس', 'I-LOC'], ['لوس', 'B-LOC'], ['أنجليس', 'I-LOC']),
];
const REVIEW_HEADER = 'arabic\tdecision\tenglish\treason\n';
const review = (rows: string) => ({ name: 'seeds/camel-review.tsv', text: REVIEW_HEADER + rows });

describe('tallyWords', () => {
  const tallies = tallyWords(EVIDENCE, new Set(['انجلترا', 'كابل', 'عراق', 'فولكسفاغن', 'انجليس']));

  it.each([
    ['انجلترا', 'place', false, 'a whole place each time it is written'],
    ['عراق', 'place', false, 'with the article and و (والعراق), the lexicon listing it bare'],
    ['فولكسفاغن', 'organisation', false, 'a whole organisation'],
    ['كابل', null, true, 'as often an ordinary word (a cable) as Kabul'],
    ['انجليس', null, false, 'only ever the second word of Los Angeles'],
  ])('reads %s as %s (ordinary word: %s): %s', (word, type, ordinary, _why) => {
    expect(evidencedType(tallies.get(word))).toBe(type);
    expect(ordinaryWord(tallies.get(word))).toBe(ordinary);
  });

  it('counts the article the corpus writes', () => {
    expect(tallies.get('عراق')).toMatchObject({ total: 2, article: 2, untagged: 0 });
  });
});

describe('camelPlaces', () => {
  it('offers places and organisations with their evidence, and leaves out ordinary words', () => {
    const offered = camelPlaces({ lemmas: LEXICON, evidence: EVIDENCE, review: review('') });
    expect(offered.problems).toEqual([]);
    expect(offered.ordinary).toBe(1);
    const rows = offered.entries.map(({ entry, stands, articleKnown }) => [
      entry.ar,
      entry.en,
      entry.type,
      stands,
      articleKnown,
    ]);
    expect(rows).toEqual([
      ['إنجلترا', 'England', 'place', true, true],
      ['العراق', 'Iraq', 'place', true, true],
      ['فولكسفاغن', 'Volkswagen', 'organisation', true, true],
      ['أنجليس', 'Angeles', 'place', false, true],
      ['تايلند', 'Thailand', 'place', false, false],
    ]);
  });

  it('applies the review: a drop leaves the form out, a rename gives it the English', () => {
    const offered = camelPlaces({
      lemmas: LEXICON,
      evidence: EVIDENCE,
      review: review('إنجلترا\trename\tEngland (UK)\tthe gloss as news writes it\nتايلند\tdrop\t\ttest\n'),
    });
    expect(offered.problems).toEqual([]);
    expect(offered.entries.map(({ entry }) => [entry.ar, entry.en])).toEqual([
      ['إنجلترا', 'England (UK)'],
      ['العراق', 'Iraq'],
      ['فولكسفاغن', 'Volkswagen'],
      ['أنجليس', 'Angeles'],
    ]);
  });

  it.each([
    ['تايلند\tkeep\t\tlooks fine\n', 'decision must be one of drop, rename, not "keep"'],
    ['تايلند\trename\t\tno English\n', 'a rename gives the English, a drop none'],
    ['تايلند\tdrop\tThailand\tan English on a drop\n', 'a rename gives the English, a drop none'],
    ['تايلند\tdrop\t\t\n', 'no reason for the decision'],
    ['بغداد\tdrop\t\tno such lemma\n', 'the lexicon offers no "بغداد" any more'],
  ])('rejects the review row %j: %s', (row, message) => {
    const offered = camelPlaces({ lemmas: LEXICON, evidence: EVIDENCE, review: review(row) });
    expect(offered.problems).toEqual([{ file: 'seeds/camel-review.tsv', line: 2, message }]);
  });
});

describe("CAMeL Morph's places in the bundled glossary", () => {
  const built = buildFromSeeds();
  const entries = built.ok ? built.glossary.entries : [];
  const matcher = createMatcher(entries);
  const entryOf = (text: string) => {
    const [match] = matcher.match(text);
    return match === undefined ? null : entries[match.entry];
  };

  it.each([
    ['تفوق انجلترا على البرتغال', 'England', 'place', 'a place of its own, from the evidence'],
    ['في اسكتلندا', 'Scotland', 'place', 'a place of its own, from the evidence'],
    ['في تايلند', 'Thailand', 'place', 'a spelling joins the CLDR entry'],
    ['وصل إلى أسمرا', 'Asmara', 'place', 'a spelling joins the CLDR entry (أسمرة)'],
    ['قرب بيشاور', 'Peshawar', 'place', 'a place of its own, from the evidence'],
  ])('finds %s: %s', (text, en, type, _why) => {
    expect(entryOf(text)).toMatchObject({ en, type });
  });

  it.each([
    ['مد كابل كهربائي', 'كابل: a cable as often as Kabul'],
    ['قال خليل', 'خليل: the given name, reviewed out (Hebron is الخليل)'],
    ['في حال لجأوا الى السلاح', 'لجأوا is no ل + Java'],
  ])('leaves out %s (%s)', (text) => {
    expect(entryOf(text)).toBeNull();
  });
});
