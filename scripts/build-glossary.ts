/** `npm run glossary`: builds assets/glossary.json from seeds/ (curated entries + seed articles). */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGlossary } from '../lib/glossary/build';
import { serializeGlossary } from '../lib/glossary/serialize';

const SEEDS = 'seeds';
const ENTRIES = join(SEEDS, 'entries.tsv');
const OUTPUT = join('assets', 'glossary.json');

const articles = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));

const result = buildGlossary({ entriesText: readFileSync(ENTRIES, 'utf8'), entriesName: ENTRIES, articles });
if (!result.ok) {
  for (const problem of result.problems) console.error(`${ENTRIES}:${problem.line}: ${problem.message}`);
  console.error(`glossary: ${result.problems.length} problem(s); nothing was written`);
  process.exit(1);
}
mkdirSync('assets', { recursive: true });
const { entries, glossaryVersion } = result.glossary;
writeFileSync(OUTPUT, serializeGlossary(entries, 'json', { glossaryVersion }));
const withContext = entries.filter((entry) => entry.contexts !== undefined).length;
console.log(
  `glossary: ${entries.length} entries (${withContext} seen in ${articles.length} seed article(s)) → ${OUTPUT}`,
);
