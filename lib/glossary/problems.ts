/**
 * What the glossary's checks find wrong in an entry, an import row or a file, as a code with what it found
 * (`{ code: 'missing-field', field: 'en' }`), never as a sentence: the options page and the add window say
 * it in the reader's language and the command line in English, both from the message catalogue
 * (lib/i18n/say-problem.ts, a `problem_…` message for each code). So lib/glossary holds no words.
 */
import type { FieldKey, ListKey, TextKey } from './entry-fields';

/** A field whose value is too long: a text, or one item of a list. */
type SizedKey = TextKey | ListKey;

export type Problem =
  /** A required field is empty. */
  | { code: 'missing-field'; field: FieldKey }
  /** The type is none of ENTITY_TYPES (`value` as written; what a message held that is not text, its JSON). */
  | { code: 'unknown-type'; value: string }
  /** Forms that cannot be matched once normalised. */
  | { code: 'form-empty'; form: string }
  | { code: 'form-single-letter'; form: string }
  | { code: 'form-no-arabic'; form: string }
  /** The same form written twice in a file, on the lines (JSON: positions) `first` and `second`. */
  | { code: 'form-twice'; form: string; first: number; second: number }
  /** A form that normalises as another entry's does, that entry being on `otherLine` of the same file. */
  | { code: 'form-same-as'; form: string; other: string; otherEnglish: string; otherLine: number }
  /** A form that normalises as a stored entry's does. */
  | { code: 'form-in-glossary'; form: string; other: string; otherEnglish: string }
  | { code: 'vocalized-mismatch'; vocalized: string; ar: string }
  /** An id starting with `prefix`, which names the name finder's suggestions. */
  | { code: 'id-reserved'; id: string; prefix: string }
  | { code: 'id-twice'; id: string; otherLine: number }
  /** Adding a new entry under an id the glossary has. */
  | { code: 'id-in-glossary'; id: string; other: string; otherEnglish: string }
  /** Storing a suggested name under its provisional id. */
  | { code: 'suggestion-id'; id: string }
  /** Undoing a deletion whose id another entry has taken since. */
  | { code: 'restore-taken'; ar: string; other: string; otherEnglish: string }
  /** A field of the wrong kind, in a JSON file or a message. */
  | { code: 'not-object' }
  | { code: 'not-text'; field: FieldKey }
  | { code: 'not-list'; field: FieldKey }
  | { code: 'not-boolean'; field: FieldKey }
  /** Sizes a message may carry (entry-fields.ts). */
  | { code: 'text-too-long'; field: SizedKey; limit: number }
  | { code: 'list-too-long'; field: ListKey; items: number }
  | { code: 'list-item-too-long'; field: ListKey; limit: number }
  /** A warning, not a rejection: text that looks like HTML is kept as text. */
  | { code: 'markup'; field: FieldKey }
  /** Files. */
  | { code: 'file-empty' }
  | { code: 'quote-unclosed' }
  /** The header lacks required columns (`required` all of them, `missing` those it lacks). */
  | { code: 'header-missing'; required: string[]; missing: string[] }
  /** More cells than the header has columns: an unquoted comma (CSV) or tab (TSV). */
  | { code: 'row-extra-cells'; cells: number; columns: number; separator: 'comma' | 'tab' }
  /** A CSV/TSV flag column (`field`, its column name) holding neither yes nor no. */
  | { code: 'flag-not-yes-no'; field: FieldKey; value: string }
  /** JSON.parse's own words (the engine's, in English) in `detail`. */
  | { code: 'json-invalid'; detail: string }
  | { code: 'not-dalil-glossary'; format: string }
  /** `found` as the file wrote it (its JSON). */
  | { code: 'schema-version'; found: string; supported: number }
  | { code: 'entries-not-array' }
  | { code: 'too-many'; count: number; unit: 'rows' | 'entries'; max: number }
  /** `size` and `limit` in millions of characters. */
  | { code: 'too-large'; size: number; limit: number }
  /** A replace with rejected rows, which would remove the entries those rows name. */
  | { code: 'replace-needs-clean-file' };

export type ProblemCode = Problem['code'];

/** A problem a user can fix, tied to the line (or entry position) it comes from; 0 for the whole file. */
export type GlossaryProblem = Problem & { line: number };
