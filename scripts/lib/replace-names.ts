/**
 * Training sentences with their people renamed: each word of a person's name that the name lists know is
 * replaced by another token of the lists in the same frequency class, drawn at random (seeded), with the
 * clitics it was written with (وترامب → وكوناري). The tagger trained on both readings meets names it has
 * never seen in the places names stand, so it learns to read a name from the lists, its letters and its
 * context rather than from having met the very word: most of the names it misses on new pages are such.
 */
import { lexiconOf } from '../../lib/names/tagger';
import { viewOf } from '../../lib/names/tagger-features';
import { seededRandom } from './seeded-random';
import type { TrainingSentence } from './train-tagger';

export function withNamesReplaced(
  sentences: readonly TrainingSentence[],
  personTokens: readonly string[],
  seed: number,
): TrainingSentence[] {
  const lexicon = lexiconOf({ personTokens: [...personTokens] });
  const classes = personTokens.map((tokens) => tokens.split(' ').filter((token) => token !== ''));
  const random = seededRandom(seed);
  return sentences.map((sentence) => {
    if (!sentence.tags.some((tag) => tag.endsWith('-PERS'))) return sentence;
    const tokens = sentence.tokens.map((token, i) => {
      if (!(sentence.tags[i] as string).endsWith('-PERS') || token.kind !== 'arabic') return token;
      const view = viewOf(token, lexicon);
      const pool = classes[view.person - 1];
      if (pool === undefined || pool.length === 0 || !token.norm.endsWith(view.stem)) return token;
      const other = pool[Math.floor(random() * pool.length)] as string;
      return { ...token, norm: token.norm.slice(0, token.norm.length - view.stem.length) + other };
    });
    return { tokens, tags: sentence.tags };
  });
}
