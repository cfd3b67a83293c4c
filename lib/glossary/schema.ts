/**
 * The glossary's shape: one source of types for the seed build, the matcher, the importers, the store and
 * every page of the extension.
 */

export const ENTITY_TYPES = [
  'person',
  'place',
  'organisation',
  'title',
  'nationality',
  'term',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export interface GlossaryEntry {
  /** Stable identity across glossary versions (the store keys user edits on it). */
  id: string;
  /** The canonical Arabic form. */
  ar: string;
  /**
   * The canonical form with its short vowels written (مُحَمَّد عَبْد العاطِي), where a source gives them: the
   * romanisation is made from it. Absent where none is known; nothing guesses it.
   */
  vocalized?: string;
  /** Other spellings and short forms that refer to the same thing (e.g. a surname alone). */
  variants: string[];
  en: string;
  /** Other English names a reader may look the entry up by: acronyms (US, ISIS) and other spellings. */
  enVariants?: string[];
  type: EntityType;
  note?: string;
  /** English Wikipedia article title, for cross-checking. */
  wikipedia?: string;
  /** Whether inflectional suffixes may follow (terms and titles such as وزير); never for names by default. */
  inflects?: boolean;
  /**
   * A one-word name that is also an ordinary word (مالي "financial" / Mali): highlighted only where the
   * context supports a name (after في، من، إلى… or next to another place).
   */
  contextual?: boolean;
  /** May share a form with other ambiguous entries (عمان: Oman or Amman); all readings are shown. */
  ambiguous?: boolean;
  /** Where the entry comes from (e.g. "curated", "CLDR"), for the bundled glossary. */
  source?: string;
  /** Sentences of the seed articles in which the entry occurs. */
  contexts?: string[];
  /**
   * Only on a name the name finder (lib/names) proposed because the glossary lacks it: a suggestion until
   * the user adds it, never stored, exported or recorded in history. Its `en` is the guessed English
   * spelling, `id` starts with SUGGESTION_ID_PREFIX, `type` is person or organisation.
   */
  suggestion?: NameSuggestion;
  /**
   * Only in the page reader's copy of the glossary (glossary/get): the reader added or imported this entry
   * (it is not bundled), so it is painted where the page's scripts cannot see it. Never stored or exported.
   */
  own?: true;
}

export interface NameSuggestion {
  /** Up to two other plausible English spellings, best first. */
  alternatives: string[];
}

/** Ids of suggested names, so they can never collide with a glossary entry's id. */
export const SUGGESTION_ID_PREFIX = 'suggested:';

/** Where a stored entry comes from: the glossary bundled with the extension, or the user (added or imported). */
export type EntryOrigin = 'bundled' | 'user';

/** An entry with where it comes from, as the store keeps it and the import preview and the filters read it. */
export interface OwnedEntry extends GlossaryEntry {
  origin: EntryOrigin;
  /** A bundled entry the user changed: glossary updates leave it alone. Always false for user entries. */
  edited: boolean;
}

/** Yes/no properties of an entry, read and written the same way in every format. */
export const ENTRY_FLAGS = ['inflects', 'contextual', 'ambiguous'] as const;
export type EntryFlag = (typeof ENTRY_FLAGS)[number];

/** The glossary file format shared by the bundled glossary, import and export. */
export const GLOSSARY_FORMAT = 'dalil-glossary';
export const GLOSSARY_SCHEMA_VERSION = 1;

export interface GlossaryFile {
  format: typeof GLOSSARY_FORMAT;
  schemaVersion: typeof GLOSSARY_SCHEMA_VERSION;
  /** Content version of a bundled glossary (a hash of its entries), so an update can be detected. */
  glossaryVersion?: string;
  entries: GlossaryEntry[];
}
