import nameModel from '~/assets/name-model.json?raw';
import spellingModel from '~/assets/spelling-model.json?raw';
import { buildNameSuggester, type NamesModule } from '~/lib/names/name-suggester';
import { createPageSuggestions } from '~/lib/names/page-suggestions';
import { yieldToMain } from '~/lib/page/yield-to-main';

/**
 * The name finder's models (about three megabytes) in a file of their own: the page reader imports it only
 * on a page it highlights, with suggestions switched on; the add page, to guess a selected name's English.
 * The models come as text and are parsed and built step by step (buildNameSuggester), so no step is a long
 * task in the page.
 */
export default defineUnlistedScript(async (): Promise<NamesModule> => {
  const suggester = await buildNameSuggester({ tagger: nameModel, spelling: spellingModel }, { yieldToMain });
  return {
    pageSuggestions: (entries) => createPageSuggestions({ entries, suggester }),
    spell: (words) => suggester.spell(words),
  };
});
