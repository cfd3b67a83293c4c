import nameModel from '~/assets/name-model.json';
import spellingModel from '~/assets/spelling-model.json';
import { createNameSuggester, type NamesModule } from '~/lib/names/name-suggester';
import { createPageSuggestions } from '~/lib/names/page-suggestions';

/**
 * The name finder's models (about a megabyte) in a file of their own: the page reader imports it only on a
 * page it highlights, with suggestions switched on.
 */
export default defineUnlistedScript((): NamesModule => {
  const suggester = createNameSuggester({ tagger: nameModel, spelling: spellingModel });
  return { pageSuggestions: (entries) => createPageSuggestions({ entries, suggester }) };
});
