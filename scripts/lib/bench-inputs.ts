/**
 * What `npm run bench` measures on: Arabic texts and glossaries of a chosen size. Real material from
 * ../shared/corpus when it is there (news pages, ANERcorp and AQMAR mentions, name pairs), the project's
 * seeds otherwise, so the bench always runs. Everything is deterministic: the same inputs on every run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formKey } from '../../lib/glossary/form-key';
import { parseGlossary } from '../../lib/glossary/parse';
import type { EntityType, GlossaryEntry } from '../../lib/glossary/schema';
import { visibleBlocks } from './html-document';
import { seededRandom } from './seeded-random';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED_DIR = resolve(PROJECT_ROOT, '..', 'shared');
const CORPUS = join(SHARED_DIR, 'corpus');
export const SEED_ARTICLE = join(PROJECT_ROOT, 'seeds', '000_3b94b23d1bbcb671.txt');

export interface BenchText {
  name: string;
  /** The blocks (paragraphs) as a page gives them to the core, one at a time. */
  blocks: string[];
  /** The blocks joined by blank lines: what the baselines search in one go (their best case). */
  text: string;
}

/**
 * A copy of a block that is a string of its own, as a page's blocks are (a text node's data, or its nodes'
 * text joined, lib/page/text-blocks.ts) and as the text the baselines search is: `split` gives slices of the
 * whole text, which V8 reads through the whole text for every letter.
 */
const ownString = (block: string): string => Buffer.from(block, 'utf16le').toString('utf16le');

export function benchText(name: string, blocks: readonly string[]): BenchText {
  const kept = blocks.filter((block) => block.trim() !== '').map(ownString);
  return { name, blocks: kept, text: kept.join('\n\n') };
}

/** The seed article's paragraphs, repeated until they hold `bytes` of UTF-8. */
export function seedBenchText(bytes: number): BenchText {
  const text = repeatTo(seedArticleText(), bytes);
  return benchText(
    `seed article ×${Math.round(bytes / utf8Bytes(seedArticleText()))}`,
    text.split(/\n\s*\n/),
  );
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** `text` repeated (whole copies, separated by a blank line) until it holds at least `bytes` of UTF-8. */
export function repeatTo(text: string, bytes: number): string {
  const copies = Math.max(1, Math.ceil(bytes / (utf8Bytes(text) + 2)));
  return Array.from({ length: copies }, () => text).join('\n\n');
}

export function seedArticleText(): string {
  return readFileSync(SEED_ARTICLE, 'utf8');
}

export interface CorpusPage {
  file: string;
  label: string;
  path: string;
  bytes: number;
}

/** The pages of ../shared/corpus/pages with their labels, or [] when the corpus is absent. */
export function corpusPages(): CorpusPage[] {
  const dir = join(CORPUS, 'pages');
  const manifest = join(dir, 'MANIFEST.tsv');
  if (!existsSync(manifest)) return [];
  const [header, ...lines] = readFileSync(manifest, 'utf8').split(/\r?\n/);
  const columns = (header ?? '').split('\t');
  const fileAt = columns.indexOf('file');
  const labelAt = columns.indexOf('label');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'))
    .map((cells) => {
      const file = cells[fileAt] ?? '';
      const path = join(dir, file);
      return {
        file,
        label: cells[labelAt] ?? '',
        path,
        bytes: existsSync(path) ? readFileSync(path).length : 0,
      };
    })
    .filter((page) => page.bytes > 0);
}

/** The visible text of every Arabic news page of the corpus, together (null without the corpus). */
export async function corpusNewsText(): Promise<BenchText | null> {
  const pages = corpusPages().filter((page) => page.label === 'ar-news');
  if (pages.length === 0) return null;
  const blocks: string[] = [];
  for (const page of pages) blocks.push(...(await visibleBlocks(readFileSync(page.path, 'utf8'))));
  return benchText(`${pages.length} corpus ar-news pages`, blocks);
}

// --- Glossaries -------------------------------------------------------------------------------------------

interface Candidate {
  ar: string;
  en: string;
  type: EntityType;
}

const NER_TYPES: Readonly<Record<string, EntityType>> = {
  PERS: 'person',
  PER: 'person',
  LOC: 'place',
  ORG: 'organisation',
  MISC: 'other',
};

/** Entity mentions of a BIO file ("token TAG" per line), most frequent first. */
function nerMentions(path: string): Candidate[] {
  const counts = new Map<string, { candidate: Candidate; count: number }>();
  let words: string[] = [];
  let type: EntityType | null = null;
  const close = () => {
    if (type !== null && words.length > 0 && words.length <= 4) {
      const ar = words.join(' ');
      const seen = counts.get(ar);
      if (seen === undefined) counts.set(ar, { candidate: { ar, en: `${type} ${ar}`, type }, count: 1 });
      else seen.count++;
    }
    words = [];
    type = null;
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const [token = '', tag = 'O'] = line.trim().split(/\s+/);
    const [prefix, kind = ''] = tag.split('-');
    if (prefix === 'I' && type !== null) {
      words.push(token);
      continue;
    }
    close();
    const mapped = NER_TYPES[kind];
    if (prefix === 'B' && mapped !== undefined) {
      type = mapped;
      words = [token];
    }
  }
  close();
  return [...counts.values()].sort((a, b) => b.count - a.count).map((item) => item.candidate);
}

/** Single-word names of the transliteration pairs (Wikipedia-mined and Wikidata tokens). */
function pairNames(): Candidate[] {
  const found: Candidate[] = [];
  const google = join(CORPUS, 'pairs', 'google_transliteration_ar2en.sample.tsv');
  if (existsSync(google)) {
    for (const line of readFileSync(google, 'utf8').split(/\r?\n/).slice(1)) {
      const [ar = '', en = ''] = line.split('\t');
      if (ar !== '' && en !== '') found.push({ ar, en, type: 'person' });
    }
  }
  const wikidata = join(CORPUS, 'pairs', 'coling2018_wikidata_wd_arabic_tokens.sample.tsv');
  if (existsSync(wikidata)) {
    for (const line of readFileSync(wikidata, 'utf8').split(/\r?\n/).slice(1)) {
      const [en = '', spaced = ''] = line.split('\t');
      const ar = spaced.replace(/ /g, '');
      if (ar !== '' && en !== '') found.push({ ar, en, type: 'person' });
    }
  }
  return found;
}

function seedEntries(): GlossaryEntry[] {
  const parsed = parseGlossary(readFileSync(join(PROJECT_ROOT, 'seeds', 'entries.tsv'), 'utf8'), {
    name: 'entries.tsv',
  });
  if (!parsed.ok) throw new Error('seeds/entries.tsv does not parse: run npm run glossary for the reason');
  return parsed.entries;
}

/** Words of the seed article and of every candidate, to compose more names from when real ones run out. */
function nameParts(candidates: readonly Candidate[]): string[] {
  const parts = new Set<string>();
  for (const candidate of candidates) for (const word of candidate.ar.split(' ')) parts.add(word);
  return [...parts].filter((word) => /^[\u0621-\u064a]{3,}$/.test(word));
}

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3]/;

export interface GlossarySource {
  entries: GlossaryEntry[];
  /** Where the entries came from, e.g. "47 curated, 5,800 ANERcorp, 3,900 pairs, 90,253 composed". */
  provenance: string;
}

/**
 * `count` valid, mutually distinct entries: the curated seeds first, then real mentions and names from the
 * corpus when present, then two- and three-word names composed from the words of those. The first n of a
 * larger glossary are the glossary of size n, so sizes are comparable.
 */
export function benchGlossary(count: number): GlossarySource {
  const seeds = seedEntries();
  const real: Candidate[] = [];
  const ner = join(CORPUS, 'ner');
  if (existsSync(ner)) {
    // The train split only: the test split is read by `npm run eval` alone, even for speed figures.
    const train = join(ner, 'anercorp_camellab', 'ANERCorp_CamelLab_train.txt');
    if (existsSync(train)) real.push(...nerMentions(train));
    const aqmar = join(ner, 'aqmar');
    if (existsSync(aqmar)) {
      for (const file of readdirSync(aqmar).sort()) real.push(...nerMentions(join(aqmar, file)));
    }
  }
  const fromNer = real.length;
  real.push(...pairNames());

  const entries: GlossaryEntry[] = [];
  const counts = { curated: 0, ner: 0, pairs: 0, composed: 0 };
  const taken = new Set<string>();
  /** Keeps an entry whose forms are all matchable and new (the checks validateEntries makes, cheaply). */
  const accept = (entry: GlossaryEntry, kind: keyof typeof counts) => {
    if (entries.length >= count) return;
    const keys = [entry.ar, ...entry.variants].map((form) => formKey(form).join(' '));
    const letters = (key: string) => key.replace(/ /g, '');
    if (keys.some((key) => taken.has(key) || letters(key).length < 2 || !ARABIC_LETTER.test(key))) return;
    if (new Set(keys).size !== keys.length) return;
    for (const key of keys) taken.add(key);
    entries.push(entry);
    counts[kind]++;
  };
  const plain = (candidate: Candidate): GlossaryEntry => ({
    id: formKey(candidate.ar).join(' '),
    ar: candidate.ar,
    variants: [],
    en: candidate.en,
    type: candidate.type,
  });

  for (const entry of seeds) accept(entry, 'curated');
  for (const [i, candidate] of real.entries()) accept(plain(candidate), i < fromNer ? 'ner' : 'pairs');
  const parts = nameParts([...seeds, ...real]);
  // Seeded, so every run builds the same glossary.
  const next = seededRandom(7);
  const pick = () => parts[Math.floor(next() * parts.length)] as string;
  while (entries.length < count) {
    const words = next() < 0.7 ? [pick(), pick()] : [pick(), pick(), pick()];
    accept(plain({ ar: words.join(' '), en: `composed ${entries.length}`, type: 'person' }), 'composed');
  }
  const provenance = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n.toLocaleString('en')} ${kind}`)
    .join(', ');
  return { entries: entries.slice(0, count), provenance };
}
