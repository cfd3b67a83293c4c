import { nisbaForms, nisbaOf } from '../arabic/nisba';
import { splitSentences } from '../arabic/sentences';
import { parseDelimited } from './delimited';
import { nameWithin } from './descriptors';
import { formKey } from './form-key';
import { createMatcher } from './matcher';
import { parseGlossary } from './parse';
import type { Problem } from './problems';
import { GLOSSARY_FORMAT, GLOSSARY_SCHEMA_VERSION, type GlossaryEntry, type GlossaryFile } from './schema';
import { toSourced, validateEntries } from './validate';

/** How many example sentences an entry carries into the bundled glossary. */
export const MAX_CONTEXTS = 3;

export interface SeedArticle {
  name: string;
  text: string;
}

/** A text file of seeds/ with the name its problems are reported under. */
export interface SeedFile {
  name: string;
  text: string;
}

/**
 * A problem in one of the seed files, for `file:line: message`: one that any glossary file can have (said
 * from the catalogue, lib/i18n/say-problem.ts), or one only the seed build finds, which its maintainer reads
 * in English.
 */
export type BuildProblem = { file: string; line: number } & ({ problem: Problem } | { message: string });

/** An entry made by a generator (CLDR after review), with the file and line that decided it. */
export interface GeneratedEntry {
  file: string;
  line: number;
  entry: GlossaryEntry;
}

/** A rule the rows of one curated file must keep beyond the format's own: why an entry breaks it, or null. */
export type RowCheck = (entry: GlossaryEntry) => string | null;

/**
 * The glossary's layers, in the order its entries are listed. Order matters where a form is ambiguous: the
 * reading listed first is the one the card shows first.
 *  - curated: a glossary file (seeds/entries.tsv, seeds/places.tsv…), the same format as an import; its
 *    entries record `source` ("curated" unless named) and must pass `check` where one is given;
 *  - generated: entries from a generator; one that is not ambiguous and shares a form with a curated entry of
 *    its type joins that entry (its forms become variants) instead of standing apart;
 *  - nationalities: seeds/nationalities.tsv, expanded into every written form of each nisba.
 */
export type GlossaryLayer =
  | { kind: 'curated'; file: SeedFile; source?: string; check?: RowCheck }
  | { kind: 'generated'; name: string; entries: readonly GeneratedEntry[] }
  | { kind: 'nationalities'; file: SeedFile }
  | { kind: 'lexicon'; entries: readonly LexiconEntry[] };

/**
 * An entry a lexicon offers (CAMeL Morph's proper nouns), added after every other layer and yielding to all
 * of them: its forms that another entry has are left to it. It joins the one entry of its type with its
 * English, as another spelling (تايلند of Thailand, تايلاند); with none, it stands alone only where `stands`
 * (the evidence says what it is). Where nothing says whether news writes it with the article, it is written
 * without, and so joins only an entry written without (تايلند joins تايلاند; a bare كامرون never joins
 * الكاميرون).
 */
export interface LexiconEntry extends GeneratedEntry {
  stands: boolean;
  articleKnown: boolean;
}

/** A form a generated entry did not take because another entry already has it (the nisba سورية is Syria). */
export interface YieldedForm {
  form: string;
  /** English of the entry that wanted it. */
  wanted: string;
  /** English of the entry that has it. */
  owner: string;
}

export interface BuildStats {
  /** Generated entries that joined a curated entry. */
  merged: number;
  yielded: YieldedForm[];
  /** Lexicon entries that joined an entry as another spelling, and that stand as entries of their own. */
  lexicon: { spellings: number; entries: number };
}

/** Attaches to each entry the sentences of the articles where the matcher finds it. */
export function attachContexts(
  entries: readonly GlossaryEntry[],
  articles: readonly SeedArticle[],
): GlossaryEntry[] {
  const matcher = createMatcher(entries);
  const contexts = entries.map(() => new Set<string>());
  for (const article of articles) {
    for (const sentence of splitSentences(article.text)) {
      for (const match of matcher.match(sentence.text)) {
        for (const index of [match.entry, ...match.alternatives]) {
          const set = contexts[index] as Set<string>;
          if (set.size < MAX_CONTEXTS) set.add(sentence.text);
        }
      }
    }
  }
  return entries.map((entry, index) => {
    const found = [...(contexts[index] as Set<string>)];
    return found.length > 0 ? { ...entry, contexts: found } : entry;
  });
}

/** A short, stable content hash (FNV-1a) so an installed glossary can tell that the bundled one changed. */
function contentVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The rows of a TSV with named columns (lower-cased header), each with its line. */
export function readTable(
  file: SeedFile,
  required: readonly string[],
): { rows: Array<{ line: number; cells: Record<string, string> }>; problems: BuildProblem[] } {
  const parsed = parseDelimited(file.text.replace(/^\uFEFF/, ''), '\t');
  if (!parsed.ok)
    return { rows: [], problems: [{ file: file.name, line: parsed.line, problem: parsed.problem }] };
  const [header, ...body] = parsed.rows;
  const names = (header?.cells ?? []).map((name) => name.trim().toLowerCase());
  const missing = required.filter((name) => !names.includes(name));
  if (header === undefined || missing.length > 0) {
    const problem: Problem = { code: 'header-missing', required: [...required], missing };
    return { rows: [], problems: [{ file: file.name, line: header?.line ?? 1, problem }] };
  }
  const rows = body.map((row) => {
    const cells: Record<string, string> = {};
    names.forEach((name, i) => {
      cells[name] = (row.cells[i] ?? '').trim();
    });
    return { line: row.line, cells };
  });
  return { rows, problems: [] };
}

/** Splits a `|`-separated cell. */
export function splitList(cell: string): string[] {
  return cell
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** One entry while the layers are put together, with where it was defined. */
interface Slot {
  entry: GlossaryEntry;
  file: string;
  line: number;
  /** Index of the layer it is listed with. */
  layer: number;
  /** Whether generated entries may join it (the entries of curated glossary files). */
  joinable: boolean;
}

const keyOf = (form: string): string => formKey(form).join(' ');

function formsOf(entry: GlossaryEntry): string[] {
  return [entry.ar, ...entry.variants];
}

function describe(slot: Slot): string {
  return `"${slot.entry.ar}" (${slot.entry.en}) at ${slot.file}:${slot.line}`;
}

function joinSources(a: string | undefined, b: string | undefined): string | undefined {
  const parts = [...(a ?? '').split(' + '), ...(b ?? '').split(' + ')].filter((part) => part !== '');
  return parts.length === 0 ? undefined : [...new Set(parts)].join(' + ');
}

/** Puts the layers together: ownership of every normalised form, merges, and collisions as problems. */
class Assembly {
  readonly slots: Slot[] = [];
  readonly problems: BuildProblem[] = [];
  readonly stats: BuildStats = { merged: 0, yielded: [], lexicon: { spellings: 0, entries: 0 } };
  private readonly owners = new Map<string, Slot[]>();

  ownersOf(form: string): Slot[] {
    return this.owners.get(keyOf(form)) ?? [];
  }

  /** Adds an entry on its own; a form another entry has is a problem unless both are ambiguous. */
  add(slot: Slot): void {
    for (const form of formsOf(slot.entry)) {
      const clash = this.ownersOf(form).find(
        (owner) => owner !== slot && !(owner.entry.ambiguous === true && slot.entry.ambiguous === true),
      );
      if (clash !== undefined) {
        this.report(slot, `"${form}" is the same after normalisation as ${describe(clash)}`);
        return;
      }
    }
    this.slots.push(slot);
    for (const form of formsOf(slot.entry)) this.own(form, slot);
  }

  /** Gives `target` the forms of `entry` it lacks; fills its empty note and article; records the source. */
  merge(target: Slot, entry: GlossaryEntry): void {
    const known = new Set(formsOf(target.entry).map(keyOf));
    for (const form of formsOf(entry)) {
      const key = keyOf(form);
      if (known.has(key)) continue;
      known.add(key);
      target.entry.variants.push(form);
      this.own(form, target);
    }
    target.entry.note ??= entry.note;
    target.entry.wikipedia ??= entry.wikipedia;
    target.entry.source = joinSources(target.entry.source, entry.source);
    this.stats.merged++;
  }

  report(slot: { file: string; line: number }, said: Problem | string): void {
    const { file, line } = slot;
    this.problems.push(
      typeof said === 'string' ? { file, line, message: said } : { file, line, problem: said },
    );
  }

  private own(form: string, slot: Slot): void {
    const key = keyOf(form);
    const list = this.owners.get(key);
    if (list === undefined) this.owners.set(key, [slot]);
    else if (!list.includes(slot)) list.push(slot);
  }
}

/** Reads a curated glossary file; its entries keep the line they come from. */
function addCurated(
  assembly: Assembly,
  { file, source, check }: Extract<GlossaryLayer, { kind: 'curated' }>,
  layer: number,
): void {
  const parsed = parseGlossary(file.text, { name: file.name });
  if (!parsed.ok) {
    for (const { line, ...problem } of parsed.problems) assembly.report({ file: file.name, line }, problem);
    return;
  }
  // parseGlossary keeps the rows' order and, when it succeeds, makes one entry of every data row.
  const rows = parseDelimited(file.text.replace(/^\uFEFF/, ''), file.name.endsWith('.csv') ? ',' : '\t');
  const lines = rows.ok ? rows.rows.slice(1).map((row) => row.line) : [];
  parsed.entries.forEach((entry, i) => {
    const at = { file: file.name, line: lines[i] ?? 0 };
    const problem = check?.(entry) ?? null;
    if (problem !== null) {
      assembly.report(at, problem);
      return;
    }
    entry.source ??= source ?? 'curated';
    assembly.add({ entry, ...at, layer, joinable: true });
  });
}

/**
 * A generated entry joins the one curated entry of its type that has one of its forms (CLDR's المملكة العربية
 * السعودية joins the curated السعودية), unless the review marked it ambiguous: then it is another reading.
 */
function addGenerated(assembly: Assembly, generated: GeneratedEntry, layer: number): void {
  const { entry } = generated;
  const slot: Slot = { entry, file: generated.file, line: generated.line, layer, joinable: false };
  if (entry.ambiguous !== true) {
    const targets = new Set(
      formsOf(entry)
        .flatMap((form) => assembly.ownersOf(form))
        .filter((owner) => owner.joinable && owner.entry.type === entry.type),
    );
    if (targets.size > 1) {
      const names = [...targets].map(describe).join(' and ');
      assembly.report(slot, `"${entry.ar}" shares forms with ${names}: drop it or mark it ambiguous`);
      return;
    }
    const [target] = targets;
    if (target !== undefined) {
      const clash = formsOf(entry)
        .flatMap((form) => assembly.ownersOf(form).map((owner) => ({ form, owner })))
        .find(({ owner }) => owner !== target && owner.entry.ambiguous !== true);
      if (clash !== undefined) {
        assembly.report(slot, `"${clash.form}" is the same after normalisation as ${describe(clash.owner)}`);
        return;
      }
      assembly.merge(target, entry);
      return;
    }
  }
  assembly.add(slot);
}

/**
 * Expands seeds/nationalities.tsv: every row is a nationality adjective with its English, its base made from
 * the country by the nisba rule (or given in `arabic` where the rule does not make it), and all its written
 * forms. A form that another kind of entry already has is left to it (the accusative سوريا is Syria), unless
 * the row lists it as `shared`: then both readings are shown (سورية: Syria, or the feminine "Syrian").
 */
function addNationalities(assembly: Assembly, file: SeedFile, layer: number): void {
  const table = readTable(file, ['country', 'english', 'arabic', 'variants', 'shared', 'note']);
  assembly.problems.push(...table.problems);
  for (const { line, cells } of table.rows) {
    const at = { file: file.name, line, layer };
    if (cells.english === '') {
      assembly.report(at, { code: 'missing-field', field: 'en' });
      continue;
    }
    const country = assembly.ownersOf(cells.country ?? '').find((owner) => owner.entry.type === 'place');
    if (country === undefined) {
      assembly.report(at, `the country "${cells.country}" is no place of the glossary`);
      continue;
    }
    const given = splitList(cells.arabic ?? '');
    const ruled = nisbaOf(cells.country ?? '');
    const bases = given.length > 0 ? given : ruled === null ? [] : [ruled];
    if (bases.length === 0) {
      assembly.report(
        at,
        `the nisba rule makes no adjective of "${cells.country}": give it in the arabic column`,
      );
      continue;
    }
    const forms: string[] = [];
    for (const base of bases) {
      const expanded = nisbaForms(base);
      if (expanded.length === 0) assembly.report(at, `"${base}" is not a nisba (every word must end in ي)`);
      forms.push(...expanded);
    }
    forms.push(...splitList(cells.variants ?? ''));
    const english = cells.english as string;
    const note = [`Of or from ${country.entry.en}`, cells.note].filter((part) => part !== '').join('; ');
    const shared = new Set(splitList(cells.shared ?? '').map(keyOf));
    for (const form of shared) if (!forms.map(keyOf).includes(form)) forms.push(form);
    const source = given.length > 0 ? 'curated' : 'curated + nisba rule';
    addNationality(assembly, at, { forms, english, note, source, shared });
  }
}

function addNationality(
  assembly: Assembly,
  at: { file: string; line: number; layer: number },
  made: { forms: string[]; english: string; note: string; source: string; shared: ReadonlySet<string> },
): void {
  const kept: string[] = [];
  let target: Slot | undefined;
  let shared = false;
  for (const form of made.forms) {
    const owners = assembly.ownersOf(form);
    const others = owners.filter((owner) => owner.entry.type !== 'nationality');
    if (others.length > 0 && made.shared.has(keyOf(form))) {
      if (!others.every((owner) => owner.entry.ambiguous === true)) {
        assembly.report(
          at,
          `"${form}" is shared, so ${describe(others[0] as Slot)} must be marked ambiguous`,
        );
        return;
      }
      // A reading of its own beside an ambiguous place (سورية: Syria, or the feminine "Syrian").
      shared = true;
    } else if (others.length > 0) {
      assembly.stats.yielded.push({ form, wanted: made.english, owner: (others[0] as Slot).entry.en });
      continue;
    }
    const nationality = owners.find((owner) => owner.entry.type === 'nationality');
    if (nationality?.joinable && (target ?? nationality) === nationality) {
      target = nationality;
    } else if (nationality !== undefined) {
      assembly.report(at, `"${form}" is the same after normalisation as ${describe(nationality)}`);
      return;
    }
    kept.push(form);
  }
  const [ar, ...variants] = [...new Set(kept)];
  if (ar === undefined) {
    assembly.report(at, `every form of "${made.english}" belongs to another entry`);
    return;
  }
  const entry: GlossaryEntry = {
    id: '',
    ar,
    variants,
    en: made.english,
    type: 'nationality',
    note: made.note,
    source: made.source,
  };
  if (shared) entry.ambiguous = true;
  if (target === undefined) {
    assembly.add({ entry, ...at, joinable: false });
    return;
  }
  if (shared) target.entry.ambiguous = true;
  assembly.merge(target, entry);
}

/** English as entries are compared by it: "the Gaza Strip" and "Gaza Strip" are one name. */
const englishKey = (english: string): string => english.replace(/^the /i, '').toLowerCase();

/** The entries by type and English, for the lexicon's entries to find the one they join. */
function byEnglish(assembly: Assembly): Map<string, Slot[]> {
  const index = new Map<string, Slot[]>();
  for (const slot of assembly.slots) {
    const key = `${slot.entry.type} ${englishKey(slot.entry.en)}`;
    index.set(key, [...(index.get(key) ?? []), slot]);
  }
  return index;
}

/** See LexiconEntry. */
function addFromLexicon(
  assembly: Assembly,
  offered: LexiconEntry,
  options: { layer: number; index: Map<string, Slot[]> },
): void {
  const { entry } = offered;
  const { layer } = options;
  const targets = options.index.get(`${entry.type} ${englishKey(entry.en)}`) ?? [];
  if (targets.length > 1 || (targets.length === 0 && !offered.stands)) return;
  const [target] = targets;
  if (target !== undefined && !offered.articleKnown && keyOf(target.entry.ar).startsWith('ال')) return;
  const forms = formsOf(entry).filter((form) => {
    const [owner] = assembly.ownersOf(form);
    if (owner !== undefined && owner !== target)
      assembly.stats.yielded.push({ form, wanted: entry.en, owner: owner.entry.en });
    return owner === undefined;
  });
  const [ar, ...variants] = forms;
  if (ar === undefined) return;
  if (target !== undefined) {
    assembly.merge(target, { ...entry, ar, variants });
    assembly.stats.lexicon.spellings++;
    return;
  }
  const slot: Slot = {
    entry: { ...entry, ar, variants },
    file: offered.file,
    line: offered.line,
    layer,
    joinable: false,
  };
  assembly.add(slot);
  // A later lemma with the same English is another spelling of this one (انكلترا of انجلترا).
  options.index.set(`${entry.type} ${englishKey(entry.en)}`, [slot]);
  assembly.stats.lexicon.entries++;
}

/**
 * Leaves out the forms of a place or organisation made of a descriptor and another of its forms (دولة قطر
 * beside قطر, حركة حماس beside حماس) or, for an organisation, of another of its forms and a nationality
 * (حزب الله اللبناني; see descriptors.ts), unless that form alone is another entry's too or read only in
 * context: then the descriptor is what tells the readings apart.
 */
function dropDescriptorForms(assembly: Assembly): void {
  for (const slot of assembly.slots) {
    const { entry } = slot;
    if (entry.contextual === true || entry.ambiguous === true) continue;
    const ownName = (name: string | null) => {
      if (name === null || name === '') return false;
      const owners = assembly.ownersOf(name);
      return owners.length === 1 && owners[0] === slot;
    };
    entry.variants = entry.variants.filter((form) => {
      if (ownName(nameWithin(form, entry.type))) return false;
      // A place's nationality word is part of its name: الولايات المتحدة الأمريكية, the United States of America.
      if (entry.type !== 'organisation') return true;
      const words = form.split(/\s+/);
      const last = words.at(-1) ?? '';
      const nationality = assembly.ownersOf(last).some((owner) => owner.entry.type === 'nationality');
      return !(words.length > 1 && nationality && ownName(words.slice(0, -1).join(' ')));
    });
  }
}

/**
 * Ids: as the importer derives them (the canonical form's key) and kept as they are, so that the edits a user
 * made to an entry stay attached to it; only a second entry with the same id, which happens where a form is
 * ambiguous, carries its English too (عمان for Oman, then "عمان (Amman)").
 */
function assignIds(entries: readonly GlossaryEntry[]): void {
  const taken = new Set<string>();
  for (const entry of entries) {
    if (entry.id === '') entry.id = keyOf(entry.ar);
    if (taken.has(entry.id)) entry.id = `${keyOf(entry.ar)} (${entry.en})`;
    taken.add(entry.id);
  }
}

export type BuildResult =
  | { ok: true; glossary: GlossaryFile; stats: BuildStats }
  | { ok: false; problems: BuildProblem[] };

/** Validates and merges the seed layers and makes the bundled glossary, with contexts from the seed articles. */
export function buildGlossary(options: {
  layers: readonly GlossaryLayer[];
  articles: readonly SeedArticle[];
  /** The vocalised form of an entry the seeds give none, where a lexicon knows it (vocalize.ts). */
  vocalize?(entry: GlossaryEntry): string | null;
}): BuildResult {
  const assembly = new Assembly();
  // Curated files first, so that generated entries can join them, whatever the order of listing.
  const { layers } = options;
  layers.forEach((layer, i) => {
    if (layer.kind === 'curated') addCurated(assembly, layer, i);
  });
  layers.forEach((layer, i) => {
    if (layer.kind === 'generated')
      for (const generated of layer.entries) addGenerated(assembly, generated, i);
  });
  layers.forEach((layer, i) => {
    if (layer.kind === 'nationalities') addNationalities(assembly, layer.file, i);
  });
  layers.forEach((layer, i) => {
    if (layer.kind !== 'lexicon') return;
    const index = byEnglish(assembly);
    for (const offered of layer.entries) addFromLexicon(assembly, offered, { layer: i, index });
  });
  if (assembly.problems.length > 0) return { ok: false, problems: assembly.problems };
  dropDescriptorForms(assembly);

  const ordered = assembly.slots
    .map((slot, index) => ({ slot, index }))
    .sort((a, b) => a.slot.layer - b.slot.layer || a.index - b.index)
    .map(({ slot }) => slot);
  assignIds(ordered.map((slot) => slot.entry));
  const checked = validateEntries(ordered.map((slot, index) => toSourced(slot.entry, index)));
  if (checked.problems.length > 0) {
    return {
      ok: false,
      // The problems' lines are the slots' positions in this list.
      problems: checked.problems.map(({ line, ...problem }) => {
        const slot = ordered[line] as Slot;
        return { file: slot.file, line: slot.line, problem };
      }),
    };
  }
  const { vocalize } = options;
  const vocalized =
    vocalize === undefined
      ? checked.entries
      : checked.entries.map((entry) => {
          if (entry.vocalized !== undefined) return entry;
          const form = vocalize(entry);
          return form === null ? entry : { ...entry, vocalized: form };
        });
  const entries = attachContexts(vocalized, options.articles);
  return {
    ok: true,
    stats: assembly.stats,
    glossary: {
      format: GLOSSARY_FORMAT,
      schemaVersion: GLOSSARY_SCHEMA_VERSION,
      glossaryVersion: contentVersion(JSON.stringify(entries)),
      entries,
    },
  };
}
