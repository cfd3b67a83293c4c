import type { GlossaryEntry } from '../glossary/schema';
import type { NameSpelling, NameSuggester, PageSuggestions } from './page-suggestions';
import { buildSpeller, createSpeller } from './spell-english';
import type { SpellingModel } from './spell-model';
import { checkModelFile, createTagger } from './tagger';

/** What the page reader imports (entrypoints/page-names.ts): the finder with its models, for one page. */
export interface NamesModule {
  pageSuggestions(entries: readonly GlossaryEntry[]): PageSuggestions;
  /** The English of a name from its folded words (the add page's guess for a selected name). */
  spell(words: readonly string[]): NameSpelling;
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

/**
 * `createNameSuggester` for a page, from the two files as JSON text: each step (parsing a file, building the
 * tagger, building the speller's character model in slices) runs in a task of its own, so loading the
 * finder never holds the page's main thread for long.
 */
export async function buildNameSuggester(
  files: { tagger: string; spelling: string },
  options: { yieldToMain: () => Promise<void> },
): Promise<NameSuggester> {
  // Each step in a task of its own, the first too: the module that holds the models has just been evaluated
  // (its text alone is tens of milliseconds), and parsing the tagger's 1.9 MB in the same task made it a long one.
  await options.yieldToMain();
  const taggerFile = checkModelFile(JSON.parse(files.tagger));
  await options.yieldToMain();
  const tagger = createTagger(taggerFile);
  await options.yieldToMain();
  const spelling = JSON.parse(files.spelling) as SpellingModel;
  await options.yieldToMain();
  const speller = await buildSpeller(spelling, options);
  return { tagger, spell: (words) => speller.spell(words) };
}
