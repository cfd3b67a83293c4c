/**
 * A glossary that knows fewer of a text's people and organisations, for `npm run train:names -- --folds k
 * --thin`. The bundled glossary's people and organisations were partly filled from the train split's misses, so
 * on the folds it knows more of the names than it will on a page it has never met (alone it finds 24 % of the
 * people in the train split's first nine tenths, 17 % in the dev split, which no row was chosen from). Scoring
 * the folds with it thinned shows how the finder copes where the glossary is silent, which the plain folds hide.
 */
import { createMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import type { LoadedGlossary } from './load-glossary';

/** Of each type, how many entries in four are kept (the rest: all). */
const KEPT_IN_FOUR: Readonly<Record<string, number>> = { person: 2, organisation: 3 };

/** Which quarter an entry falls in: a hash of its id, so the same entries go on every run. */
function quarterOf(entry: GlossaryEntry): number {
  let hash = 7;
  for (const char of entry.id) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 4;
}

export function thinnedGlossary(glossary: LoadedGlossary): LoadedGlossary {
  const entries = glossary.entries.filter((entry) => quarterOf(entry) < (KEPT_IN_FOUR[entry.type] ?? 4));
  return { entries, matcher: createMatcher(entries) };
}
