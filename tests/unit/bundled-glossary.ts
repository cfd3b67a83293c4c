/** The bundled glossary as `npm run glossary` builds it (curated seeds, CLDR places, nationalities), for tests that read sentences with it. */
import { createMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { buildFromSeeds } from '../../scripts/build-glossary';

export const built = buildFromSeeds();
export const entries: GlossaryEntry[] = built.ok ? built.glossary.entries : [];
export const matcher = createMatcher(entries);

/** What a reader sees highlighted in a sentence: [as written, English, the other readings…]. */
export function marked(sentence: string): Array<[string, string, ...string[]]> {
  return matcher
    .match(sentence)
    .map((match) => [
      sentence.slice(match.start, match.end),
      entries[match.entry]?.en ?? '',
      ...match.alternatives.map((index) => entries[index]?.en ?? ''),
    ]);
}
