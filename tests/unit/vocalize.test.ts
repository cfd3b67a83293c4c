import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../lib/glossary/parse';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { buildVocalizedLexicon, vocalizeForm } from '../../lib/glossary/vocalize';
import { buildFromSeeds } from '../../scripts/build-glossary';

const LEXICON = buildVocalizedLexicon([
  { vocalized: 'بَارِيس', glosses: ['Paris'] },
  { vocalized: 'عِرَاق', glosses: ['Iraq'] },
  { vocalized: 'بَحْرَيْنِ', glosses: ['Bahrain'] },
  { vocalized: 'سَعِيد', glosses: ['Said', 'Saeed'] },
  { vocalized: 'قَيْس', glosses: ['Qais', 'Kais'] },
  { vocalized: 'مُحَمَّد', glosses: ['Mohamed', 'Muhammad'] },
  { vocalized: 'بِن', glosses: ['Ibn'] },
  { vocalized: 'سَلْمَان', glosses: ['Salman'] },
  { vocalized: 'يُمْنَى', glosses: ['Yumna'] },
  { vocalized: 'عُمَان', glosses: ['Oman'] },
  { vocalized: 'عَمَّان', glosses: ['Amman'] },
]);

describe('vocalizeForm', () => {
  it.each<[string, string, string | null, string]>([
    ['باريس', 'Paris', 'بَارِيس', 'one word, its gloss the English'],
    ['العراق', 'Iraq', 'العِرَاق', 'the article the lexicon leaves out, kept as written'],
    ['البحرين', 'Bahrain', 'البَحْرَيْن', 'said alone: the case ending goes'],
    ['محمد بن سلمان', 'Mohammed bin Salman', 'مُحَمَّد بِن سَلْمَان', 'Mohammed is Mohamed; بن needs no gloss'],
    ['قيس سعيد', 'Kais Saied', null, 'سَعِيد is Said, not Saied: a name’s vowels are its bearer’s'],
    ['يمني', 'Yemeni', null, 'the same letters as Yumna, not the same word'],
    ['عمان', 'Oman', 'عُمَان', 'two lemmas of one spelling: the gloss chooses'],
    ['عمان', 'Amman', 'عَمَّان', 'the other'],
    ['باريس الشرقية', 'East Paris', null, 'every word must be found, or none is vocalised'],
  ])('%s (%s) → %s (%s)', (ar, en, expected) => {
    expect(vocalizeForm(LEXICON, { ar, en })).toBe(expected);
  });
});

describe('the bundled glossary', () => {
  const built = buildFromSeeds();
  const entries: GlossaryEntry[] = built.ok ? built.glossary.entries : [];
  const find = (en: string) => entries.find((entry) => entry.en === en);

  it('gives names the vowels of CAMeL Morph where it knows them, and only names', () => {
    expect(find('Paris')?.vocalized).toBe('بَارِيس');
    expect(find('Iraq')?.vocalized).toBe('العِرَاق');
    expect(find('Kais Saied')).toBeDefined();
    expect(find('Kais Saied')?.vocalized).toBeUndefined();
    // Titles, terms and nationalities have vowels only where the seeds give them (seeds/entries.tsv).
    const seeded = parseGlossary(readFileSync('seeds/entries.tsv', 'utf8'), { name: 'entries.tsv' });
    const curated = new Set(
      seeded.ok ? seeded.entries.flatMap((entry) => (entry.vocalized === undefined ? [] : [entry.ar])) : [],
    );
    expect(curated.size).toBeGreaterThan(10);
    const others = entries.filter(
      (entry) => entry.vocalized !== undefined && !['person', 'place', 'organisation'].includes(entry.type),
    );
    expect(others.filter((entry) => !curated.has(entry.ar))).toEqual([]);
    expect(entries.filter((entry) => entry.vocalized !== undefined).length).toBeGreaterThan(300);
  });
});
