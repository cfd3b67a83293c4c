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
  const taggerFile = checkModelFile(await parseTaggerText(files.tagger, options));
  await options.yieldToMain();
  const tagger = createTagger(taggerFile);
  await options.yieldToMain();
  const spelling = JSON.parse(files.spelling) as SpellingModel;
  await options.yieldToMain();
  const speller = await buildSpeller(spelling, options);
  return { tagger, spell: (words) => speller.spell(words) };
}

/** Pieces the tagger's weights are parsed in (parseTaggerText). */
const WEIGHT_PARTS = 4;
const WEIGHTS_KEY = ',"weights":{';
const AFTER_WEIGHTS = '},"personTokens":';

/**
 * JSON.parse of the tagger's file (1.3 MB of text, three quarters of it the weights), in a task per piece:
 * one parse of it all was the 2 MB page's longest task once the page's own work was sliced (45–60 ms,
 * `longest_task_ms`). The file is the train script's JSON.stringify of a TaggerModelFile, its weights an
 * object of arrays of numbers right before personTokens. The weights' text is cut where one entry's array
 * ends and the next key starts (`],"`: inside a key a quote is always escaped), each piece parsed as an
 * object of its own and the pieces put together; the rest of the file is parsed without them. A text that
 * is not laid out so is parsed whole, as before.
 */
export async function parseTaggerText(
  text: string,
  options: { yieldToMain: () => Promise<void> },
): Promise<unknown> {
  const at = text.indexOf(WEIGHTS_KEY);
  const end = text.lastIndexOf(AFTER_WEIGHTS);
  if (at < 0 || end < at) return JSON.parse(text);
  // The weights' entries, without their braces: text[from, end).
  const from = at + WEIGHTS_KEY.length;
  const rest = JSON.parse(text.slice(0, at) + text.slice(end + 1)) as Record<string, unknown>;
  const weights: Record<string, unknown> = {};
  let start = from;
  for (let part = 1; part <= WEIGHT_PARTS && start < end; part++) {
    const cut =
      part === WEIGHT_PARTS
        ? -1
        : text.indexOf('],"', from + Math.floor(((end - from) * part) / WEIGHT_PARTS));
    const stop = cut < 0 || cut >= end ? end : cut + 1;
    await options.yieldToMain();
    Object.assign(weights, JSON.parse(`{${text.slice(start, stop)}}`));
    start = stop + 1;
  }
  return { ...rest, weights };
}
