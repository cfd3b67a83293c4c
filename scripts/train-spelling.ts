/**
 * Trains the English speller's model from seeds/names/ (train and dev splits, CAMeL's people and the given
 * names' table) and writes
 * assets/spelling-model.json. Reads nothing else, and writes the same bytes on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readGivenNamesSeed, readNameSeeds } from './lib/spelling-data';
import { trainSpellingModel } from './lib/spelling-train';

export const SPELLING_MODEL_PATH = join('assets', 'spelling-model.json');

function main(): void {
  const started = performance.now();
  const model = trainSpellingModel(readNameSeeds('.', ['train', 'dev']), undefined, readGivenNamesSeed('.'));
  const json = JSON.stringify(model);
  mkdirSync(dirname(SPELLING_MODEL_PATH), { recursive: true });
  writeFileSync(SPELLING_MODEL_PATH, json);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const kb = (Buffer.byteLength(json) / 1024).toFixed(0);
  console.log(
    `${SPELLING_MODEL_PATH}: ${Object.keys(model.lexicon).length} known tokens, ${model.chars.units.length} units, ${kb} KB, ${seconds} s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
