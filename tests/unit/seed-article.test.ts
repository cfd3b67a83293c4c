import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGlossary, type GlossaryLayer } from '../../lib/glossary/build';
import { createMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { buildFromSeeds } from '../../scripts/build-glossary';

const ARTICLE = readFileSync('seeds/000_3b94b23d1bbcb671.txt', 'utf8');
/** Example sentences written for Dalil, from which the glossary's contexts come. */
const EXAMPLES = readFileSync('seeds/examples.txt', 'utf8');

/** Every mention in the seed article, in order, as a reader marks them by hand. */
const GOLD: Array<[string, string]> = [
  ['التحالف', 'coalition, alliance'],
  ['بباريس', 'Paris'],
  ['تنظيم الدولة', 'the Islamic State group (IS)'],
  ['وزير الدفاع الفرنسي', 'French Defence Minister'],
  ['جون إيف لودريان', 'Jean-Yves Le Drian'],
  ['الأميركي', 'American'],
  ['آشتون كارتر', 'Ashton Carter'],
  ['الأوروبية', 'European'],
  ['التحالف الدولي', 'the international coalition (against IS)'],
  ['باريس', 'Paris'],
  ['تنظيم الدولة الإسلامية', 'the Islamic State group (IS)'],
  ['العراق', 'Iraq'],
  ['وسوريا', 'Syria'],
  ['وزراء دفاع', 'defence ministers'],
  ['الحملة العسكرية', 'the military campaign'],
  ['العراق', 'Iraq'],
  ['وسوريا', 'Syria'],
  ['القوات العراقية', 'the Iraqi forces'],
  ['الولايات المتحدة', 'the United States'],
  ['وفرنسا', 'France'],
  ['وأستراليا', 'Australia'],
  ['وبريطانيا', 'Britain'],
  ['وألمانيا', 'Germany'],
  ['وإيطاليا', 'Italy'],
  ['وهولندا', 'the Netherlands'],
  ['وزارة الدفاع الفرنسية', 'French Ministry of Defence'],
  ['وزير الدفاع البريطاني', 'British Defence Secretary'],
  ['مايكل فالون', 'Michael Fallon'],
  ['الغارات', 'air strike, raid'],
  ['الروسية', 'Russian'],
  ['المعارضة السورية', 'the Syrian opposition'],
  ['المدنيين', 'civilian'],
  ['الغارات', 'air strike, raid'],
  ['وزير الدفاع الأميركي', 'US Secretary of Defense'],
  ['آشتون كارتر', 'Ashton Carter'],
  ['التحالف', 'coalition, alliance'],
  ['الولايات المتحدة', 'the United States'],
  ['ألمانيا', 'Germany'],
  ['وإيطاليا', 'Italy'],
  ['وأستراليا', 'Australia'],
  ['وهولندا', 'the Netherlands'],
  ['وزير الدفاع الأميركي', 'US Secretary of Defense'],
  ['آشتون كارتر', 'Ashton Carter'],
  ['كارتر', 'Ashton Carter'],
  ['تنظيم الدولة الإسلامية', 'the Islamic State group (IS)'],
  ['الدول العربية', 'the Arab states'],
  ['ودول الخليج', 'the Gulf states'],
  ['آشتون كارتر', 'Ashton Carter'],
  ['الوزراء', 'ministers'],
  ['البشمركة الكردية', 'the Kurdish Peshmerga'],
  ['والجيش العراقي', 'the Iraqi Army'],
  ['باريس', 'Paris'],
  ['هولندا', 'the Netherlands'],
  ['الحملة الجوية', 'the air campaign'],
  ['سوريا', 'Syria'],
  ['أستراليا', 'Australia'],
  ['أميركي', 'American'],
  ['الوزراء', 'ministers'],
  ['ليبيا', 'Libya'],
  ['تنظيم الدولة', 'the Islamic State group (IS)'],
  ['الجزيرة', 'Al Jazeera'],
];

// The whole bundled glossary (curated files, CLDR places, nationalities): what the extension ships.
const built = buildFromSeeds();

const curated = (name: string, text: string): GlossaryLayer[] => [{ kind: 'curated', file: { name, text } }];

describe('the seed article end to end', () => {
  it('builds the bundled glossary from the seeds without problems', () => {
    expect(built.ok ? [] : built.problems).toEqual([]);
  });

  const entries: GlossaryEntry[] = built.ok ? built.glossary.entries : [];
  const matches = createMatcher(entries).match(ARTICLE);

  it('finds every curated mention, in order, with the right English, and nothing else', () => {
    expect(matches.map((match) => [ARTICLE.slice(match.start, match.end), entries[match.entry]?.en])).toEqual(
      GOLD,
    );
  });

  it('matches whole words only', () => {
    const letter = /[\p{L}\p{M}]/u;
    for (const match of matches) {
      expect(letter.test(ARTICLE[match.start - 1] ?? ' ')).toBe(false);
      expect(letter.test(ARTICLE[match.end] ?? ' ')).toBe(false);
    }
  });

  it("gives every entry the article names an example sentence of Dalil's own, never one of the article's", () => {
    const examples = EXAMPLES.split('\n').filter((line) => line !== '');
    const matcher = createMatcher(entries);
    for (const en of new Set(GOLD.map(([, english]) => english))) {
      const index = entries.findIndex((candidate) => candidate.en === en);
      const contexts = entries[index]?.contexts ?? [];
      expect(contexts.length, en).toBeGreaterThan(0);
      for (const sentence of contexts) {
        expect(examples, en).toContain(sentence);
        // The sentence names the entry (or the entry is a reading of a form it names).
        const found = matcher.match(sentence).flatMap((match) => [match.entry, ...match.alternatives]);
        expect(found, `${en}: ${sentence}`).toContain(index);
      }
    }
    // The article is a publisher's report: none of its sentences is in the glossary the extension ships.
    const quoted = entries
      .flatMap((entry) => entry.contexts ?? [])
      .filter((sentence) => ARTICLE.includes(sentence));
    expect(quoted).toEqual([]);
  });
});

describe('buildGlossary stops on a bad curated file', () => {
  it('returns the problems with their lines and no glossary', () => {
    const result = buildGlossary({
      layers: curated(
        'entries.tsv',
        'arabic\tenglish\ttype\nباريس\tParis\tplace\nباريس\tParis again\tplace\nلندن\t\tplace\n',
      ),
      articles: [],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: 'entries.tsv',
          line: 3,
          problem: { code: 'form-twice', form: 'باريس', first: 2, second: 3 },
        },
        { file: 'entries.tsv', line: 4, problem: { code: 'missing-field', field: 'en' } },
      ],
    });
  });

  it('changes the glossary version when an entry changes', () => {
    const one = buildGlossary({
      layers: curated('a.csv', 'arabic,english,type\nباريس,Paris,place\n'),
      articles: [],
    });
    const two = buildGlossary({
      layers: curated('a.csv', 'arabic,english,type\nباريس,Paris!,place\n'),
      articles: [],
    });
    expect(one.ok && two.ok && one.glossary.glossaryVersion !== two.glossary.glossaryVersion).toBe(true);
  });
});
