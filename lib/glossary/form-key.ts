import { tokenize } from '../arabic/tokenize';

/** The folded words of a glossary form: what its place in the matcher, and its identity, are keyed on. */
export function formKey(form: string): string[] {
  return tokenize(form).map((token) => token.norm);
}
