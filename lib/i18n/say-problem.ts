/**
 * The glossary's problems (lib/glossary/problems.ts) in words: the catalogue's `problem_…` messages, in the
 * reader's language on the options page and in the add window, in English for the command line (`scan
 * --glossary`, the seed build). What a file or a program wrote (a form, a type, an id, a column) is given
 * to `quote`, which the pages show apart, in its own direction and language.
 */
import type { FieldKey } from '../glossary/entry-fields';
import type { Problem } from '../glossary/problems';
import { ENTITY_TYPES } from '../glossary/schema';
import { translatorFor } from './catalogues';
import type { Translator } from './translate';

/** A field by its name in the interface's language (the flags all by what they change: the matching). */
export function sayField(i18n: Translator, field: FieldKey): string {
  return i18n.t(`field_${field}`);
}

export function sayProblem<T>(
  i18n: Translator,
  problem: Problem,
  quote: (text: string) => T,
): Array<string | T> {
  const list = (items: readonly string[]) => quote(items.join(', '));
  switch (problem.code) {
    case 'missing-field':
      return i18n.parts('problem_missing_field', { field: sayField(i18n, problem.field) });
    case 'unknown-type':
      return i18n.parts('problem_unknown_type', { value: quote(problem.value), types: list(ENTITY_TYPES) });
    case 'form-empty':
      return i18n.parts('problem_form_empty', { form: quote(problem.form) });
    case 'form-single-letter':
      return i18n.parts('problem_form_single_letter', { form: quote(problem.form) });
    case 'form-no-arabic':
      return i18n.parts('problem_form_no_arabic', { form: quote(problem.form) });
    case 'form-twice':
      return i18n.parts('problem_form_twice', {
        form: quote(problem.form),
        first: problem.first,
        second: problem.second,
      });
    case 'form-same-as':
      return i18n.parts('problem_form_same_as', {
        form: quote(problem.form),
        other: quote(problem.other),
        english: quote(problem.otherEnglish),
        line: problem.otherLine,
      });
    case 'form-in-glossary':
      return i18n.parts('problem_form_in_glossary', {
        form: quote(problem.form),
        other: quote(problem.other),
        english: quote(problem.otherEnglish),
      });
    case 'vocalized-mismatch':
      return i18n.parts('problem_vocalized_mismatch', {
        vocalized: quote(problem.vocalized),
        ar: quote(problem.ar),
      });
    case 'id-reserved':
      return i18n.parts('problem_id_reserved', { id: quote(problem.id), prefix: quote(problem.prefix) });
    case 'id-twice':
      return i18n.parts('problem_id_twice', { id: quote(problem.id), line: problem.otherLine });
    case 'id-in-glossary':
      return i18n.parts('problem_id_in_glossary', {
        id: quote(problem.id),
        other: quote(problem.other),
        english: quote(problem.otherEnglish),
      });
    case 'suggestion-id':
      return i18n.parts('problem_suggestion_id', { id: quote(problem.id) });
    case 'restore-taken':
      return i18n.parts('problem_restore_taken', {
        ar: quote(problem.ar),
        other: quote(problem.other),
        english: quote(problem.otherEnglish),
      });
    case 'not-object':
      return i18n.parts('problem_not_object');
    case 'not-text':
      return i18n.parts('problem_not_text', { field: quote(problem.field) });
    case 'not-list':
      return i18n.parts('problem_not_list', { field: quote(problem.field) });
    case 'not-boolean':
      return i18n.parts('problem_not_boolean', {
        field: quote(problem.field),
        true: quote('true'),
        false: quote('false'),
      });
    case 'text-too-long':
      return i18n.parts('problem_text_too_long', {
        field: sayField(i18n, problem.field),
        characters: i18n.plural('characters', problem.limit),
      });
    case 'list-too-long':
      return i18n.parts('problem_list_too_long', {
        field: sayField(i18n, problem.field),
        items: problem.items,
      });
    case 'list-item-too-long':
      return i18n.parts('problem_list_item_too_long', {
        field: sayField(i18n, problem.field),
        characters: i18n.plural('characters', problem.limit),
      });
    case 'markup':
      return i18n.parts('problem_markup', { field: sayField(i18n, problem.field) });
    case 'file-empty':
      return i18n.parts('problem_file_empty');
    case 'quote-unclosed':
      return i18n.parts('problem_quote_unclosed');
    case 'header-missing':
      return i18n.parts('problem_header_missing', {
        required: list(problem.required),
        missing: list(problem.missing),
      });
    case 'row-extra-cells':
      return i18n.parts(`problem_row_extra_cells_${problem.separator}`, {
        cells: i18n.plural('cells', problem.cells),
        columns: i18n.plural('columns', problem.columns),
      });
    case 'flag-not-yes-no':
      return i18n.parts('problem_flag_not_yes_no', {
        field: quote(problem.field),
        value: quote(problem.value),
        yes: quote('yes'),
        no: quote('no'),
      });
    case 'json-invalid':
      return i18n.parts('problem_json_invalid', { detail: quote(problem.detail) });
    case 'not-dalil-glossary':
      return i18n.parts('problem_not_dalil_glossary', {
        markup: quote(`"format": "${problem.format}"`),
      });
    case 'schema-version':
      return i18n.parts('problem_schema_version', {
        field: quote('schemaVersion'),
        found: quote(problem.found),
        supported: problem.supported,
      });
    case 'entries-not-array':
      return i18n.parts('problem_entries_not_array', { field: quote('entries') });
    case 'too-many':
      return i18n.parts('problem_too_many', {
        what: i18n.plural(problem.unit, problem.count),
        max: problem.max,
      });
    case 'too-large':
      return i18n.parts('problem_too_large', { size: problem.size, limit: problem.limit });
    case 'replace-needs-clean-file':
      return i18n.parts('problem_replace_needs_clean_file');
  }
  // Only a bug gets here (the worker and the background are built with the page): said loudly, not as nothing.
  throw new Error(`Dalil: no words for the problem ${JSON.stringify(problem)}`);
}

let english: Translator | null = null;

/** A problem as one English line, as the command-line tools print it. */
export function englishProblem(problem: Problem): string {
  english ??= translatorFor('en');
  return sayProblem(english, problem, (text) => text).join('');
}
