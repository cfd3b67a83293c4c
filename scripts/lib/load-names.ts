import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNameSuggester } from '../../lib/names/name-suggester';
import type { NameSuggester } from '../../lib/names/page-suggestions';
import { PROJECT_ROOT } from './bench-inputs';

/** The name finder's models, as `npm run train` writes them. */
export const NAME_MODEL_FILES = {
  tagger: join(PROJECT_ROOT, 'assets', 'name-model.json'),
  spelling: join(PROJECT_ROOT, 'assets', 'spelling-model.json'),
};

/** The name finder as the page reader has it, from the built models; null when `npm run train` has not run. */
export function loadNameSuggester(): NameSuggester | null {
  if (!existsSync(NAME_MODEL_FILES.tagger) || !existsSync(NAME_MODEL_FILES.spelling)) return null;
  const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
  return createNameSuggester({
    tagger: read(NAME_MODEL_FILES.tagger),
    spelling: read(NAME_MODEL_FILES.spelling),
  });
}
