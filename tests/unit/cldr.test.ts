import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CldrData, readCldr, reviewCldr } from '../../scripts/lib/cldr';

const cldr = readCldr();
const REVIEW = { name: 'seeds/cldr-review.tsv', text: readFileSync('seeds/cldr-review.tsv', 'utf8') };

describe('readCldr', () => {
  it('reads CLDR 48 from the dev dependencies', () => {
    expect(cldr.version).toBe('48');
  });

  it('reads countries with their Arabic and English names, two-letter region codes only', () => {
    const territories = cldr.places.filter((place) => place.kind === 'territory');
    expect(territories.every((place) => /^[A-Z]{2}$/.test(place.key))).toBe(true);
    expect(territories.find((place) => place.key === 'SY')).toMatchObject({ ar: 'سوريا', en: 'Syria' });
    expect(territories.find((place) => place.key === 'TR')).toMatchObject({
      en: 'Türkiye',
      enAlt: ['Turkey'],
    });
    expect(territories.find((place) => place.key === 'PS')?.arAlt).toEqual(['فلسطين']);
  });

  it('reads exemplar cities, with the English from the zone id where CLDR gives none', () => {
    const cities = cldr.places.filter((place) => place.kind === 'city');
    expect(cities.find((place) => place.key === 'Asia/Damascus')).toMatchObject({
      ar: 'دمشق',
      en: 'Damascus',
    });
    expect(cities.find((place) => place.key === 'America/New_York')).toMatchObject({ en: 'New York' });
    expect(cities.find((place) => place.key === 'Europe/Kiev')).toMatchObject({ en: 'Kyiv' });
    expect(cities.some((place) => place.key.startsWith('Etc/'))).toBe(false);
  });
});

describe('reviewCldr on seeds/cldr-review.tsv', () => {
  const reviewed = reviewCldr(cldr, REVIEW);
  const all = [...reviewed.territories, ...reviewed.cities].map((generated) => generated.entry);
  const byAr = (ar: string) => all.find((entry) => entry.ar === ar);

  it('has a decision, with a reason, for every CLDR place', () => {
    expect(reviewed.problems).toEqual([]);
    expect(all.length + reviewed.dropped).toBe(cldr.places.length);
  });

  it.each([
    ['HK', 'هونغ كونغ', "CLDR's short form"],
    ['MM', 'ميانمار', 'the name before the parenthesis'],
  ])('gives %s the name news writes, %s (%s), with the formal name in the note', (key, ar) => {
    const place = cldr.places.find((candidate) => candidate.key === key);
    const entry = byAr(ar);
    expect(entry?.note).toContain(`in full ${place?.ar}`);
    expect(place?.ar).toContain('(');
    expect(all.filter((candidate) => candidate.ar.includes('('))).toEqual([]);
  });

  it.each([
    // Arabic, why it is left out
    ['ترك', '"left" (verb) or "Turks", never Chuuk'],
    ['ديلي', '"Daily" (ديلي ميل), not Dili'],
    ['واليس', 'a surname before it is Wallis & Futuna'],
    ['العيون', '"the eyes"; curated as مدينة العيون'],
    ['نوم', '"sleep", not Nome'],
    ['كريسماس', '"Christmas", not Christmas Island'],
  ])('leaves %s out (%s)', (ar) => {
    expect(byAr(ar)).toBeUndefined();
  });

  it.each([
    ['مالي', 'Mali'],
    ['بنين', 'Benin'],
    ['الرياض', 'Riyadh'],
    ['مسقط', 'Muscat'],
  ])('keeps %s (%s) only where the context supports a place', (ar, en) => {
    expect(byAr(ar)).toMatchObject({ en, contextual: true });
  });

  it('gives the common English name, with the official one in the note', () => {
    expect(byAr('تركيا')).toMatchObject({ en: 'Turkey' });
    expect(byAr('تركيا')?.note).toContain('Türkiye');
    expect(byAr('الصين')?.note).toContain("People's Republic of China");
    expect(byAr('الفاتيكان')).toMatchObject({ en: 'Vatican City' });
    expect(byAr('المملكة العربية السعودية')).toMatchObject({ en: 'Saudi Arabia' });
    expect(byAr('المملكة العربية السعودية')?.variants).toContain('السعودية');
    expect(byAr('البوسنة والهرسك')).toMatchObject({ en: 'Bosnia and Herzegovina' });
  });

  it('records where each entry comes from', () => {
    expect(byAr('مالي')?.source).toBe('CLDR 48 territories');
    expect(byAr('دمشق')?.source).toBe('CLDR 48 exemplar cities');
  });

  it('marks ambiguous the forms that name two places', () => {
    const tunis = all.filter((entry) => entry.ar === 'تونس');
    expect(tunis.map((entry) => [entry.en, entry.ambiguous])).toEqual([
      ['Tunisia', true],
      ['Tunis', true],
    ]);
  });
});

describe('reviewCldr keeps CLDR honest', () => {
  const data: CldrData = {
    version: '99',
    places: [
      { key: 'AA', kind: 'territory', ar: 'ألفا', arAlt: [], en: 'Alpha & Beta', enAlt: [] },
      { key: 'BB', kind: 'territory', ar: 'بيتا', arAlt: ['بيتا الكبرى'], en: 'Beta', enAlt: [] },
      { key: 'Zone/City', kind: 'city', ar: 'مدينة', arAlt: [], en: 'City', enAlt: [] },
    ],
  };
  const header = 'key\tcldr_arabic\tcldr_english\tdecision\tambiguous\tenglish\tvariants\tnote\treason\n';
  const review = (rows: string[]) => reviewCldr(data, { name: 'review.tsv', text: header + rows.join('\n') });

  it('applies the decisions, the English, the variants and the note', () => {
    const result = review([
      'AA\tألفا\tAlpha & Beta\tkeep\t\t\t\t\tno clash',
      'BB\tبيتا\tBeta\tcontextual\tyes\tthe Beta\tبيتة\tA note\t"beta" is a word',
      'Zone/City\tمدينة\tCity\tdrop\t\t\t\t\t"city"',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dropped).toBe(1);
    expect(result.territories.map((generated) => generated.entry)).toEqual([
      {
        id: '',
        ar: 'ألفا',
        variants: [],
        en: 'Alpha and Beta',
        type: 'place',
        source: 'CLDR 99 territories',
      },
      {
        id: '',
        ar: 'بيتا',
        variants: ['بيتا الكبرى', 'بيتة'],
        en: 'the Beta',
        type: 'place',
        note: 'A note',
        contextual: true,
        ambiguous: true,
        source: 'CLDR 99 territories',
      },
    ]);
    expect(result.territories[1]?.line).toBe(3);
  });

  it('asks for a row for every place, and for a reason for every decision', () => {
    const result = review([
      'AA\tألفا\tAlpha\tkeep\t\t\t\t\t',
      'Zone/City\tمدينة\tCity\tmaybe\t\t\t\t\tunsure',
    ]);
    expect(result.problems.map((problem) => [problem.line, 'message' in problem && problem.message])).toEqual(
      [
        [2, '"AA" has no reason for its decision'],
        [3, 'decision must be one of keep, contextual, drop, not "maybe"'],
        [0, 'CLDR 99 names BB "بيتا" (Beta): add a review row for it'],
      ],
    );
  });

  it('notices when CLDR changes a name, and rows for places CLDR does not have', () => {
    const result = review([
      'AA\tألفاء\tAlpha\tkeep\t\t\t\t\tok',
      'BB\tبيتا\tBeta\tkeep\t\t\t\t\tok',
      'Zone/City\tمدينة\tCity\tkeep\t\t\t\t\tok',
      'CC\tغاما\tGamma\tkeep\t\t\t\t\tok',
    ]);
    expect(result.problems.map((problem) => [problem.line, 'message' in problem && problem.message])).toEqual(
      [
        [2, 'CLDR now writes AA as "ألفا", not "ألفاء": review the row again'],
        [5, 'CLDR 99 has no place "CC"'],
      ],
    );
  });
});
