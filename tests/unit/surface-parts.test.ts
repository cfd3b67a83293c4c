/** Cutting a word as written where the matcher read it: clitics off the front, the ending off the back. */
import { describe, expect, it } from 'vitest';
import { type Clitic, PROCLITIC_TABLE } from '../../lib/arabic/clitics';
import { splitSurface } from '../../lib/arabic/surface-parts';

/** The table's clitics by their letters, as the matcher hands them over. */
function clitics(...letters: string[]): Clitic[] {
  return letters.map((ar) => {
    const found = PROCLITIC_TABLE.flatMap((row) => row.clitics).find((clitic) => clitic.ar === ar);
    if (found === undefined) throw new Error(`no clitic ${ar}`);
    return found;
  });
}

describe('splitSurface', () => {
  it.each<[string, string[], string, string[], string, string, string]>([
    // surface, clitics, suffix, entry forms → stem, ending, why
    ['بباريس', ['ب'], '', ['باريس'], 'باريس', '', 'one preposition'],
    ['وبالقاهرة', ['و', 'ب', 'ال'], '', ['قاهرة'], 'قاهرة', '', 'three clitics, the article among them'],
    [
      'للرئيس',
      ['ل'],
      '',
      ['الرئيس'],
      'الرئيس',
      '',
      'لل for ل + an entry with the article: its alef comes back',
    ],
    ['للرئيس', ['ل', 'ال'], '', ['رئيس'], 'رئيس', '', 'لل for ل + ال, the entry without it'],
    ['لليبيا', ['ل'], '', ['ليبيا'], 'ليبيا', '', 'ل before a name that starts with ل: no alef to restore'],
    [
      'للاذقية',
      ['ل'],
      '',
      ['اللاذقية'],
      'اللاذقية',
      '',
      'ل + اللاذقية, three lams written two: ال comes back',
    ],
    ['وَبِبَغْدادَ', ['و', 'ب'], '', ['بغداد'], 'بَغْدادَ', '', 'the marks as written stay on the stem'],
    ['وَبَغْدادُ', ['و'], '', ['بغداد'], 'بَغْدادُ', '', 'a name that starts like a clitic keeps it'],
    ['وزيرها', [], 'ها', ['وزير'], 'وزير', 'ها', 'an ending, no clitics'],
    ['ووزيرها', ['و'], 'ها', ['وزير'], 'وزير', 'ها', 'a clitic and an ending'],
    ['باريس', [], '', ['باريس'], 'باريس', '', 'nothing to cut'],
  ])(
    '%s, clitics %j, suffix %j, forms %j → stem %s, ending %j (%s)',
    (surface, letters, suffix, forms, stem, ending) => {
      expect(splitSurface({ surface, clitics: clitics(...letters), suffix, forms })).toEqual({
        stem,
        ending,
      });
    },
  );

  it('keeps the surface whole when no row of the table has the clitics it was given', () => {
    expect(splitSurface({ surface: 'باريس', clitics: clitics('و'), suffix: '', forms: ['باريس'] })).toEqual({
      stem: 'باريس',
      ending: '',
    });
  });

  it('leaves an ending that is not at the end of the surface alone', () => {
    expect(splitSurface({ surface: 'وزير', clitics: [], suffix: 'ها', forms: ['وزير'] })).toEqual({
      stem: 'وزير',
      ending: '',
    });
  });
});
