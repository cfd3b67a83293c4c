/**
 * seeds/names/camel-morph-msa/MSA-Noun-Prop-LEX.csv (CAMeL Morph's MSA proper nouns, CC BY 4.0): each row's
 * diacritised lemma in Arabic script (from Buckwalter), its English glosses and whether it is a person. The
 * English speller reads the people's spellings, the glossary build the lemmas' vowels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromBuckwalter } from '../../lib/arabic/buckwalter';
import { parseDelimited } from '../../lib/glossary/delimited';
import { englishProblem } from '../../lib/i18n/say-problem';

export const CAMEL_PROPER_NOUNS = join('seeds', 'names', 'camel-morph-msa', 'MSA-Noun-Prop-LEX.csv');

export interface CamelLemma {
  /** The lemma with its diacritics (بَارِيس). */
  vocalized: string;
  /** English spellings (GLOSS split on ';', '_' read as a space). */
  glosses: string[];
  /** FEAT rat:r (people). */
  person: boolean;
  /**
   * FEAT rat:i: places and organisations, but also brands, months and the parts of longer names (Viagra,
   * April, the Angeles of Los Angeles), so the type is never taken from it alone (camel-places.ts).
   */
  inanimate: boolean;
  /** The row's line in the file, for a build problem or an entry's provenance. */
  line: number;
}

const PERSON = /(?:^| )rat:r(?: |$)/;
const INANIMATE = /(?:^| )rat:i(?: |$)/;

export function readCamelLexicon(text: string): CamelLemma[] {
  const parsed = parseDelimited(text, ',');
  if (!parsed.ok) throw new Error(`CAMeL lexicon, line ${parsed.line}: ${englishProblem(parsed.problem)}`);
  const [header, ...rows] = parsed.rows;
  const column = (name: string): number => header?.cells.indexOf(name) ?? -1;
  const lemma = column('LEMMA');
  const gloss = column('GLOSS');
  const feat = column('FEAT');
  if (lemma < 0 || gloss < 0 || feat < 0) throw new Error('CAMeL lexicon: no LEMMA, GLOSS or FEAT column');
  return rows.map(({ cells, line }) => ({
    vocalized: fromBuckwalter(cells[lemma] ?? ''),
    glosses: (cells[gloss] ?? '').split(';').map((spelling) => spelling.replace(/_/g, ' ')),
    person: PERSON.test(cells[feat] ?? ''),
    inanimate: INANIMATE.test(cells[feat] ?? ''),
    line,
  }));
}

/** The lexicon under the project root `root`. */
export function loadCamelLexicon(root = '.'): CamelLemma[] {
  return readCamelLexicon(readFileSync(join(root, CAMEL_PROPER_NOUNS), 'utf8'));
}
