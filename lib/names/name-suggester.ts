import type { GlossaryEntry } from '../glossary/schema';
import type { NameSuggester, PageSuggestions } from './page-suggestions';
import { createSpeller } from './spell-english';
import type { SpellingModel } from './spell-model';
import { checkModelFile, createTagger } from './tagger';

/** What the page reader imports (entrypoints/page-names.ts): the finder with its models, for one page. */
export interface NamesModule {
  pageSuggestions(entries: readonly GlossaryEntry[]): PageSuggestions;
}

/**
 * The name finder and speller from the two model files the build writes (assets/name-model.json and
 * assets/spelling-model.json); each refuses a file that is not its format and version.
 */
export function createNameSuggester(files: { tagger: unknown; spelling: unknown }): NameSuggester {
  const tagger = createTagger(checkModelFile(files.tagger));
  const speller = createSpeller(files.spelling as SpellingModel);
  return { tagger, spell: (words) => speller.spell(words) };
}
