/**
 * `npm run glossary`: builds assets/glossary.json from seeds/ — the curated files, CLDR's countries and
 * cities as seeds/cldr-review.tsv decides, the nationalities, contexts from seeds/examples.txt, and vowels
 * from CAMeL Morph's proper nouns (seeds/names/camel-morph-msa/) where the seeds give none.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type BuildProblem,
  type BuildResult,
  buildGlossary,
  type GlossaryLayer,
  type SeedFile,
} from '../lib/glossary/build';
import type { EntityType } from '../lib/glossary/schema';
import { serializeGlossary } from '../lib/glossary/serialize';
import { datedPersonProblem } from '../lib/glossary/validate';
import { buildVocalizedLexicon, vocalizeForm } from '../lib/glossary/vocalize';
import { englishProblem } from '../lib/i18n/say-problem';
import { ANERCORP_TRAIN, readAnercorp, splitForDev } from './lib/anercorp';
import { loadCamelLexicon } from './lib/camel-lexicon';
import { camelPlaces } from './lib/camel-places';
import { readCldr, reviewCldr } from './lib/cldr';

const SEEDS = 'seeds';
const OUTPUT = join('assets', 'glossary.json');

/** The curated files: the seed article's entries first, then the news at large (see the layer order below). */
const ENTRIES = 'entries.tsv';
const PLACES = 'places.tsv';
const INSTITUTIONS = 'institutions.tsv';
const SPORTS = 'sports.tsv';
const PEOPLE = 'people.tsv';
const TERMS = 'terms.tsv';
const NATIONALITIES = 'nationalities.tsv';
const CLDR_REVIEW = 'cldr-review.tsv';
const CAMEL_REVIEW = 'camel-review.tsv';
/**
 * Example sentences written for Dalil, one a line: an entry the matcher finds in one has it among its
 * contexts, which its card shows. Not the seed article's sentences: that is a publisher's report, which the
 * extension must not carry.
 */
const EXAMPLES = 'examples.txt';

/** The entries CAMeL's proper nouns may give vowels to. */
const NAME_TYPES = new Set<EntityType>(['person', 'place', 'organisation']);

function seedFile(root: string, name: string): SeedFile {
  return { name: join(SEEDS, name), text: readFileSync(join(root, SEEDS, name), 'utf8') };
}

/** seeds/people.tsv: people in office change, so every row dates its role in the note the card shows. */
export function peopleLayer(file: SeedFile): GlossaryLayer {
  return { kind: 'curated', file, source: 'curated people', check: datedPersonProblem };
}

/**
 * Reads seeds/ (under `root`) and CLDR and builds the glossary. The order of the layers is the order of the
 * entries, and so of the readings of an ambiguous form: CLDR's Tripoli (Libya) before the curated Tripoli
 * (Lebanon), the country Morocco before the sunset prayer.
 */
export function buildFromSeeds(root = '.'): BuildResult & { cldrDropped: number; lexiconOrdinary: number } {
  const articles = [{ name: EXAMPLES, text: readFileSync(join(root, SEEDS, EXAMPLES), 'utf8') }];
  const review = reviewCldr(readCldr(), seedFile(root, CLDR_REVIEW));
  const camel = loadCamelLexicon(root);
  // Vowels for the entries the seeds give none: CAMeL Morph's diacritised proper nouns.
  const lexicon = buildVocalizedLexicon(camel);
  // Its places and organisations, typed by how ANERcorp tags them outside the development split.
  const places = camelPlaces({
    lemmas: camel,
    evidence: splitForDev(readAnercorp(join(root, ANERCORP_TRAIN))).train,
    review: seedFile(root, CAMEL_REVIEW),
  });
  const failed = { cldrDropped: review.dropped, lexiconOrdinary: places.ordinary };
  const problems = [...review.problems, ...places.problems];
  if (problems.length > 0) return { ok: false, problems, ...failed };
  const result = buildGlossary({
    layers: [
      { kind: 'curated', file: seedFile(root, ENTRIES) },
      { kind: 'generated', name: 'CLDR territories', entries: review.territories },
      { kind: 'generated', name: 'CLDR cities', entries: review.cities },
      { kind: 'curated', file: seedFile(root, PLACES) },
      { kind: 'curated', file: seedFile(root, INSTITUTIONS) },
      { kind: 'curated', file: seedFile(root, SPORTS) },
      peopleLayer(seedFile(root, PEOPLE)),
      { kind: 'curated', file: seedFile(root, TERMS) },
      { kind: 'nationalities', file: seedFile(root, NATIONALITIES) },
      { kind: 'lexicon', entries: places.entries },
    ],
    articles,
    // A lexicon of proper nouns: its vowels are a name's, never a title's or a nationality's (كندي is not Kennedy).
    vocalize: (entry) => (NAME_TYPES.has(entry.type) ? vocalizeForm(lexicon, entry) : null),
  });
  return { ...result, ...failed };
}

function printProblems(problems: readonly BuildProblem[]): void {
  for (const problem of problems) {
    const said = 'problem' in problem ? englishProblem(problem.problem) : problem.message;
    console.error(`${problem.file}:${problem.line}: ${said}`);
  }
  console.error(`glossary: ${problems.length} problem(s); nothing was written`);
}

function main(): void {
  const started = performance.now();
  const result = buildFromSeeds();
  if (!result.ok) {
    printProblems(result.problems);
    process.exit(1);
  }
  mkdirSync('assets', { recursive: true });
  const { entries, glossaryVersion } = result.glossary;
  writeFileSync(OUTPUT, serializeGlossary(entries, 'json', { glossaryVersion }));
  const bySource = new Map<string, number>();
  for (const entry of entries) bySource.set(entry.source ?? '', (bySource.get(entry.source ?? '') ?? 0) + 1);
  const withContext = entries.filter((entry) => entry.contexts !== undefined).length;
  console.log(
    `glossary: ${entries.length} entries (${withContext} with example sentences) → ${OUTPUT} ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
  console.log(
    `  by source: ${[...bySource].map(([source, n]) => `${source} ${n}`).join(', ')}; ` +
      `CLDR places left out by the review: ${result.cldrDropped}; ` +
      `forms left to other entries: ${result.stats.yielded.length}; CAMeL Morph's proper nouns: ` +
      `${result.stats.lexicon.spellings} spellings of entries, ${result.stats.lexicon.entries} entries, ` +
      `${result.lexiconOrdinary} left out as ordinary words`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
