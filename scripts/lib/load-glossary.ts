import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher, type Matcher } from '../../lib/glossary/matcher';
import { parseGlossary } from '../../lib/glossary/parse';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { englishProblem } from '../../lib/i18n/say-problem';
import { PROJECT_ROOT } from './bench-inputs';

export interface LoadedGlossary {
  entries: GlossaryEntry[];
  matcher: Matcher;
}

/** The bundled glossary, as `npm run glossary` writes it. */
export const BUNDLED_GLOSSARY_FILE = join(PROJECT_ROOT, 'assets', 'glossary.json');

/** A glossary file (the bundled one by default) with its matcher, for the command-line tools. */
export function loadGlossary(path: string = BUNDLED_GLOSSARY_FILE): LoadedGlossary {
  const parsed = parseGlossary(readFileSync(path, 'utf8'), { name: path });
  if (!parsed.ok) {
    const [first] = parsed.problems;
    const said = first === undefined ? 'unreadable' : englishProblem(first);
    throw new Error(`${path} does not parse: ${said} (run npm run glossary)`);
  }
  return { entries: parsed.entries, matcher: createMatcher(parsed.entries) };
}
