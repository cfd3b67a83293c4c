import { describe, expect, it } from 'vitest';
import { buildLookup, editDistance, foldLatin, lookUp } from '../../lib/glossary/lookup';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { buildFromSeeds } from '../../scripts/build-glossary';
import { entry } from './entry-factory';

// The bundled glossary as `npm run glossary` builds it: the look-ups a reader types, against what they find.
const built = buildFromSeeds();
const bundled: GlossaryEntry[] = built.ok ? built.glossary.entries : [];
const lookup = buildLookup(bundled);
const first = (query: string, limit = 3) => lookUp(lookup, query, { limit }).map((found) => found.en);

describe('lookUp on the bundled glossary', () => {
  it.each([
    ['US', 'the United States', 'an English variant, not Australia or Austria'],
    ['us', 'the United States', 'in any case'],
    ['USA', 'the United States', 'an English variant'],
    ['UN', 'the United Nations (UN)', 'a parenthesised acronym, not Asunción'],
    ['IS', 'the Islamic State group (IS)', 'a parenthesised acronym, not Addis Ababa'],
    ['ISIS', 'the Islamic State group (IS)', 'an English variant'],
    ['EU', 'the European Union (EU)', 'a parenthesised acronym'],
    ['NATO', 'NATO', 'the English itself'],
    ['north atlantic', 'NATO', 'the start of an English variant'],
    ['united nations', 'the United Nations (UN)', 'the English without "the" and the acronym'],
    ['Cartr', 'Ashton Carter', 'a letter missing'],
    ['Lebanno', 'Lebanon', 'two letters swapped'],
    ['Ledrian', 'Jean-Yves Le Drian', 'two words run together'],
    ['كارتير', 'Ashton Carter', 'an Arabic letter too many'],
    ['بباريس', 'Paris', 'a prefix taken off'],
    ['لودريان', 'Jean-Yves Le Drian', 'an Arabic variant'],
  ])('%s → %s first (%s)', (query, english) => {
    expect(first(query)[0]).toBe(english);
  });

  it('puts the exact entry, then variants, then word starts; near misses only when nothing else answers', () => {
    const glossary = [
      entry('a', 'سايدا', 'Sayda'),
      entry('b', 'محافظة صيدا', 'Saida Governorate'),
      entry('c', 'صيدون', 'Sidon', { enVariants: ['Saida'] }),
      entry('d', 'صيدا', 'Saida'),
      entry('e', 'سيدني', 'Sydney, Australia'),
    ];
    const ranked = lookUp(buildLookup(glossary), 'saida').map((found) => found.id);
    expect(ranked).toEqual(['d', 'c', 'b']);
    expect(lookUp(buildLookup(glossary), 'sayida').map((found) => found.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(lookUp(buildLookup(glossary), 'austr').map((found) => found.id)).toEqual(['e']);
  });

  it('leaves short queries without near misses, and ranks the typed word above a prefix reading', () => {
    expect(first('UK', 20)).not.toContain('Uganda');
    const glossary = [entry('w', 'وليد', 'Walid', { type: 'person' }), entry('l', 'ليد', 'Leeds')];
    expect(lookUp(buildLookup(glossary), 'وليد').map((found) => found.id)).toEqual(['w', 'l']);
  });

  it('lists an entry once when its note holds the word and its name is a near miss of it', () => {
    const glossary = [
      entry('h', 'حزب الله', 'Hezbollah', { type: 'organisation', note: 'also spelt Hizbullah' }),
      entry('x', 'حزب', 'party', { type: 'term' }),
    ];
    expect(lookUp(buildLookup(glossary), 'Hizbullah').map((found) => found.id)).toEqual(['h']);
  });

  it('finds nothing for nonsense', () => {
    expect(first('zzzzqqq')).toEqual([]);
    expect(first('ززززققق')).toEqual([]);
    expect(first('   ')).toEqual([]);
  });

  it('keeps only what passes a filter, and at most the limit', () => {
    const places = lookUp(lookup, 'Paris', { passes: (found) => found.type !== 'place' });
    expect(places.every((found) => found.type !== 'place')).toBe(true);
    expect(lookUp(lookup, 'a', { limit: 5 })).toHaveLength(5);
  });
});

describe('the pieces', () => {
  it.each([
    ['carter', 'cartr', 1],
    ['lebanon', 'lebanno', 1],
    ['abc', 'abc', 0],
    ['abc', 'xyz', 3],
    ['kitten', 'sitting', 3],
  ])('editDistance(%s, %s) = %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('stops at the bound', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });

  it.each([
    ['Le Drian', 'le drian'],
    ['Jean-Yves', 'jean yves'],
    ['Asunción', 'asuncion'],
    ['ʿAbd al-ʿĀṭī', 'abd al ati'],
  ])('foldLatin(%s) = %s', (text, folded) => {
    expect(foldLatin(text)).toBe(folded);
  });
});
