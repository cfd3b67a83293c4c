/**
 * Build-time reading of CLDR (the dev dependencies cldr-localenames-full and cldr-dates-full): the Arabic
 * and English names of countries and territories, and of the cities CLDR names for time zones. Nothing
 * here runs in the extension; the seed build turns what it returns, filtered by seeds/cldr-review.tsv, into
 * glossary entries.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type BuildProblem,
  type GeneratedEntry,
  readTable,
  type SeedFile,
  splitList,
} from '../../lib/glossary/build';
import type { GlossaryEntry } from '../../lib/glossary/schema';

/** One named place as CLDR has it, before review. */
export interface CldrPlace {
  /** A region code ("SY") or a time-zone id ("Asia/Damascus"): what the review rows are keyed on. */
  key: string;
  kind: 'territory' | 'city';
  /** The Arabic name (CLDR's main form). */
  ar: string;
  /** Further Arabic names CLDR gives (the -alt-short and -alt-variant forms). */
  arAlt: string[];
  /** CLDR's -alt-short Arabic name, where it has one (هونغ كونغ). */
  arShort?: string;
  /** The English name (CLDR's main form). */
  en: string;
  /** CLDR's English short or variant names ("Turkey" beside "Türkiye"), for the reviewer. */
  enAlt: string[];
}

export interface CldrData {
  /** "48", from the packages' cldrVersion. */
  version: string;
  places: CldrPlace[];
}

const require = createRequire(import.meta.url);

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(require.resolve(path), 'utf8'));
}

type Json = { [key: string]: Json } | string;

function at(value: unknown, path: readonly string[]): Json | undefined {
  let node = value as Json | undefined;
  for (const step of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[step];
  }
  return node;
}

function territories(locale: 'ar' | 'en'): Record<string, string> {
  const data = readJson(`cldr-localenames-full/main/${locale}/territories.json`);
  const node = at(data, ['main', locale, 'localeDisplayNames', 'territories']);
  if (node === undefined || typeof node === 'string') throw new Error(`no territories in CLDR ${locale}`);
  return node as Record<string, string>;
}

/** Two-letter region codes only: the numeric codes are continents and groupings (001 World, 145 Western Asia). */
const REGION_CODE = /^[A-Z]{2}$/;
const ALT_SUFFIXES = ['-alt-short', '-alt-variant'];

function readTerritories(): CldrPlace[] {
  const ar = territories('ar');
  const en = territories('en');
  const places: CldrPlace[] = [];
  for (const [code, arName] of Object.entries(ar)) {
    const enName = en[code];
    if (!REGION_CODE.test(code) || enName === undefined) continue;
    const alts = (names: Record<string, string>) =>
      ALT_SUFFIXES.map((suffix) => names[code + suffix]).filter((name): name is string => name !== undefined);
    const place: CldrPlace = {
      key: code,
      kind: 'territory',
      ar: arName,
      arAlt: alts(ar),
      en: enName,
      enAlt: alts(en),
    };
    const short = ar[`${code}-alt-short`];
    if (short !== undefined) place.arShort = short;
    places.push(place);
  }
  return places;
}

interface ZoneCity {
  key: string;
  city: string;
}

/** Every zone under `node` with an exemplar city, keyed by its time-zone id. */
function zoneCities(node: Json | undefined, path: string[], out: ZoneCity[]): ZoneCity[] {
  if (node === undefined || typeof node === 'string') return out;
  const city = node.exemplarCity;
  if (typeof city === 'string') out.push({ key: path.join('/'), city });
  for (const [name, child] of Object.entries(node)) {
    if (typeof child !== 'string') zoneCities(child, [...path, name], out);
  }
  return out;
}

function zones(locale: 'ar' | 'en'): Json | undefined {
  const data = readJson(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
  return at(data, ['main', locale, 'dates', 'timeZoneNames', 'zone']);
}

/**
 * Cities: CLDR gives an Arabic exemplar city for every zone, but an English one only where it differs from
 * the zone id ("Asia/Damascus" → Damascus), so the English falls back on the id with _ read as a space.
 */
function readCities(): CldrPlace[] {
  const english = new Map(zoneCities(zones('en'), [], []).map((zone) => [zone.key, zone.city]));
  return zoneCities(zones('ar'), [], [])
    .filter((zone) => !zone.key.startsWith('Etc/'))
    .map((zone) => ({
      key: zone.key,
      kind: 'city' as const,
      ar: zone.city,
      arAlt: [],
      en: english.get(zone.key) ?? (zone.key.split('/').at(-1) as string).replace(/_/g, ' '),
      enAlt: [],
    }));
}

/** The places of the installed CLDR packages, territories first, in CLDR's order. */
export function readCldr(): CldrData {
  const pkg = readJson('cldr-localenames-full/package.json') as { cldrVersion?: string; version: string };
  const version = pkg.cldrVersion ?? pkg.version.split('.')[0] ?? '';
  return { version, places: [...readTerritories(), ...readCities()] };
}

/** What the review decided for a CLDR place. */
export const REVIEW_DECISIONS = ['keep', 'contextual', 'drop'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

const REVIEW_COLUMNS = [
  'key',
  'cldr_arabic',
  'cldr_english',
  'decision',
  'ambiguous',
  'english',
  'variants',
  'note',
  'reason',
];

export interface ReviewedCldr {
  territories: GeneratedEntry[];
  cities: GeneratedEntry[];
  problems: BuildProblem[];
  /** How many places the review left out. */
  dropped: number;
}

/** CLDR's English as a gloss: "Bosnia & Herzegovina" → "Bosnia and Herzegovina". */
function glossOf(english: string): string {
  return english.replace(/\s*&\s*/g, ' and ');
}

/**
 * The name news writes for a place. CLDR's formal names with a parenthesis (هونغ كونغ الصينية (منطقة إدارية
 * خاصة), ميانمار (بورما)) are not it: CLDR's short form (هونغ كونغ), or else the name before the parenthesis
 * (ميانمار), is the entry's Arabic, and the formal name goes into its note.
 */
function newsName(place: CldrPlace): { ar: string; formal?: string } {
  if (!place.ar.includes('(')) return { ar: place.ar };
  return { ar: place.arShort ?? place.ar.slice(0, place.ar.indexOf('(')).trim(), formal: place.ar };
}

/**
 * Applies seeds/cldr-review.tsv to CLDR's places: every place must have a row (so that a new CLDR release
 * is reviewed before its names reach the glossary), and the row's cldr_arabic must still be what CLDR
 * writes. Kept places become glossary entries; `contextual` ones are marked so; the review's English, note
 * and variants take precedence over CLDR's.
 */
export function reviewCldr(data: CldrData, review: SeedFile): ReviewedCldr {
  const table = readTable(review, REVIEW_COLUMNS);
  const problems = [...table.problems];
  const rows = new Map<string, { line: number; cells: Record<string, string> }>();
  for (const row of table.rows) {
    const key = row.cells.key ?? '';
    const report = (message: string) => problems.push({ file: review.name, line: row.line, message });
    if (rows.has(key)) report(`"${key}" is reviewed twice`);
    else rows.set(key, row);
    if (!(REVIEW_DECISIONS as readonly string[]).includes(row.cells.decision ?? '')) {
      report(`decision must be one of ${REVIEW_DECISIONS.join(', ')}, not "${row.cells.decision}"`);
    }
    if (!['', 'yes'].includes(row.cells.ambiguous ?? '')) report('ambiguous must be yes or empty');
    if ((row.cells.reason ?? '') === '') report(`"${key}" has no reason for its decision`);
  }
  const result: ReviewedCldr = { territories: [], cities: [], problems, dropped: 0 };
  const known = new Set<string>();
  for (const place of data.places) {
    known.add(place.key);
    const row = rows.get(place.key);
    if (row === undefined) {
      problems.push({
        file: review.name,
        line: 0,
        message: `CLDR ${data.version} names ${place.key} "${place.ar}" (${place.en}): add a review row for it`,
      });
      continue;
    }
    const { cells, line } = row;
    if (cells.cldr_arabic !== place.ar) {
      problems.push({
        file: review.name,
        line,
        message: `CLDR now writes ${place.key} as "${place.ar}", not "${cells.cldr_arabic}": review the row again`,
      });
      continue;
    }
    if (cells.decision === 'drop') {
      result.dropped++;
      continue;
    }
    const name = newsName(place);
    const entry: GlossaryEntry = {
      id: '',
      ar: name.ar,
      variants: [...place.arAlt, ...splitList(cells.variants ?? '')].filter((form) => form !== name.ar),
      en: cells.english !== '' ? (cells.english as string) : glossOf(place.en),
      type: 'place',
      source: `CLDR ${data.version} ${place.kind === 'territory' ? 'territories' : 'exemplar cities'}`,
    };
    const note = [cells.note ?? '', name.formal === undefined ? '' : `in full ${name.formal}`].filter(
      (part) => part !== '',
    );
    if (note.length > 0) entry.note = note.join('; ');
    if (cells.decision === 'contextual') entry.contextual = true;
    if (cells.ambiguous === 'yes') entry.ambiguous = true;
    const generated = { file: review.name, line, entry };
    if (place.kind === 'territory') result.territories.push(generated);
    else result.cities.push(generated);
  }
  for (const [key, row] of rows) {
    if (!known.has(key)) {
      problems.push({
        file: review.name,
        line: row.line,
        message: `CLDR ${data.version} has no place "${key}"`,
      });
    }
  }
  return result;
}
