/**
 * ANERcorp's (and AQMAR's) files (one "token TAG" a line, a blank line between sentences) read two ways: as the corpus
 * writes it (for span scoring in `eval`) and as Dalil's tokenizer cuts the same text (for the tagger, which
 * must learn on the tokens it will meet in pages: punctuation is no token, only a break between words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Token, tokenize } from '../../lib/arabic/tokenize';

/** ANERcorp's train split under the project root (the test split stays in ../shared, read only by eval). */
export const ANERCORP_TRAIN = join('seeds', 'ner', 'anercorp', 'ANERCorp_CamelLab_train.txt');

/** AQMAR's articles under the project root, one file each. */
export const AQMAR_DIR = join('seeds', 'ner', 'aqmar');

/** AQMAR's sentences, its articles in the order of their file names (`root`: the project's root). */
export function readAqmar(root: string): TaggedSentence[] {
  const dir = join(root, AQMAR_DIR);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt') && file !== 'PROVENANCE.txt' && file !== 'LICENSE.txt')
    .sort()
    .flatMap((file) => readAnercorp(join(dir, file)));
}

/**
 * The train split cut as `npm run train:names -- --dev` cuts it: the last tenth is the development split, on
 * which choices are measured, so nothing chosen from the data (the glossary's evidence) may read it.
 */
export function splitForDev<T>(sentences: readonly T[]): { train: T[]; dev: T[] } {
  const cut = devCut(sentences.length);
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

/** Where the development split starts in a train split of `count` sentences (the one definition of it). */
export function devCut(count: number): number {
  return Math.floor(count * 0.9);
}

/** A sentence of ANERcorp: tokens with their BIO tags, and the text they make joined by spaces. */
export interface TaggedSentence {
  text: string;
  tokens: Array<{ word: string; tag: string; start: number; end: number }>;
}

export function readAnercorp(path: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence = { text: '', tokens: [] };
  const flush = () => {
    if (current.tokens.length > 0) sentences.push(current);
    current = { text: '', tokens: [] };
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cut = line.lastIndexOf(' ');
    if (line.trim() === '' || cut < 0) {
      flush();
      continue;
    }
    const word = line.slice(0, cut);
    if (current.text !== '') current.text += ' ';
    const start = current.text.length;
    current.text += word;
    current.tokens.push({
      word,
      tag: normalizeTag(line.slice(cut + 1).trim()),
      start,
      end: current.text.length,
    });
  }
  flush();
  return sentences;
}

/**
 * Entity kinds as the corpora write them → the tagger's: ANERcorp's as they are, AQMAR's PER and its
 * article-specific MIS0…MIS3. Any other tag (AQMAR has a few typos: OO, B-MIS-1, I--ORG) is outside a name.
 */
const KIND_ALIASES: ReadonlyMap<string, string> = new Map([
  ['PERS', 'PERS'], // ANERcorp: B-PERS
  ['PER', 'PERS'], // AQMAR: B-PER
  ['LOC', 'LOC'],
  ['ORG', 'ORG'],
  ['MISC', 'MISC'], // ANERcorp: B-MISC
  ['MIS', 'MISC'], // AQMAR: B-MIS (a typo for a numbered one)
  ['MIS0', 'MISC'], // AQMAR: B-MIS0 … B-MIS3, miscellaneous kinds chosen per article
  ['MIS1', 'MISC'],
  ['MIS2', 'MISC'],
  ['MIS3', 'MISC'],
]);

function normalizeTag(tag: string): string {
  const kind = /^[BI]-/.test(tag) ? KIND_ALIASES.get(tag.slice(2)) : undefined;
  return kind === undefined ? 'O' : `${tag[0]}-${kind}`;
}

/** Spans of B-X I-X… over the corpus's own tokens, as token index ranges [from, to). */
export function mentionsOf(sentence: TaggedSentence, kind: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  sentence.tokens.forEach((token, i) => {
    if (token.tag === `B-${kind}`) spans.push([i, i + 1]);
    else if (token.tag === `I-${kind}` && spans.length > 0 && (spans.at(-1) as [number, number])[1] === i) {
      (spans.at(-1) as [number, number])[1] = i + 1;
    }
  });
  return spans;
}

/** The corpus tokens that a [start, end) range of the sentence's text touches. */
export function corpusTokensIn(sentence: TaggedSentence, start: number, end: number): number[] {
  return sentence.tokens.flatMap((token, i) => (token.start < end && token.end > start ? [i] : []));
}

/** A sentence as Dalil's tokenizer reads it, each token with the tag of the corpus token it comes from. */
export interface TokenizedSentence {
  tokens: Token[];
  tags: string[];
}

export function tokenizeSentence(sentence: TaggedSentence): TokenizedSentence {
  const tokens = tokenize(sentence.text);
  let k = 0;
  const tags = tokens.map((token) => {
    while (k < sentence.tokens.length && (sentence.tokens[k]?.end as number) <= token.start) k++;
    return sentence.tokens[k]?.tag ?? 'O';
  });
  // A corpus token cut in two (a word with a digit in it) must not start two names.
  for (let i = 1; i < tags.length; i++) {
    const tag = tags[i] as string;
    if (tag.startsWith('B-') && tags[i - 1] !== 'O' && sameCorpusToken(sentence, tokens, i)) {
      tags[i] = `I-${tag.slice(2)}`;
    }
  }
  return { tokens, tags };
}

function sameCorpusToken(sentence: TaggedSentence, tokens: readonly Token[], i: number): boolean {
  const [a] = corpusTokensIn(sentence, (tokens[i - 1] as Token).start, (tokens[i - 1] as Token).end);
  const [b] = corpusTokensIn(sentence, (tokens[i] as Token).start, (tokens[i] as Token).end);
  return a !== undefined && a === b;
}
