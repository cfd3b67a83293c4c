import { splitSentences } from '../arabic/sentences';
import { createMatcher } from './matcher';
import { parseGlossary } from './parse';
import { GLOSSARY_FORMAT, GLOSSARY_SCHEMA_VERSION, type GlossaryEntry, type GlossaryFile } from './schema';
import type { GlossaryProblem } from './validate';

/** How many example sentences an entry carries into the bundled glossary. */
export const MAX_CONTEXTS = 3;

export interface SeedArticle {
  name: string;
  text: string;
}

/** Attaches to each entry the sentences of the articles where the matcher finds it. */
export function attachContexts(
  entries: readonly GlossaryEntry[],
  articles: readonly SeedArticle[],
): GlossaryEntry[] {
  const matcher = createMatcher(entries);
  const contexts = entries.map(() => new Set<string>());
  for (const article of articles) {
    for (const sentence of splitSentences(article.text)) {
      for (const match of matcher.match(sentence.text)) {
        for (const index of [match.entry, ...match.alternatives]) {
          const set = contexts[index] as Set<string>;
          if (set.size < MAX_CONTEXTS) set.add(sentence.text);
        }
      }
    }
  }
  return entries.map((entry, index) => {
    const found = [...(contexts[index] as Set<string>)];
    return found.length > 0 ? { ...entry, contexts: found } : entry;
  });
}

/** A short, stable content hash (FNV-1a) so an installed glossary can tell that the bundled one changed. */
function contentVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export type BuildResult = { ok: true; glossary: GlossaryFile } | { ok: false; problems: GlossaryProblem[] };

/** Validates the curated entries and makes the bundled glossary, with contexts from the seed articles. */
export function buildGlossary(options: {
  entriesText: string;
  entriesName: string;
  articles: readonly SeedArticle[];
}): BuildResult {
  const parsed = parseGlossary(options.entriesText, { name: options.entriesName });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const entries = attachContexts(parsed.entries, options.articles);
  return {
    ok: true,
    glossary: {
      format: GLOSSARY_FORMAT,
      schemaVersion: GLOSSARY_SCHEMA_VERSION,
      glossaryVersion: contentVersion(JSON.stringify(entries)),
      entries,
    },
  };
}
