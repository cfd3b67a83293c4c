/**
 * The character model of the English speller: a joint-sequence n-gram model (Bisani & Ney 2008, "Joint-
 * sequence models for grapheme-to-phoneme conversion") read from its JSON form, and a beam search that
 * spells one folded Arabic word with it. Pure code: no DOM, no Node API.
 */
import type { JointModelData } from './spell-model';
import { unpackInts } from './spell-pack';

/** One English spelling the model proposes, with the log probability of all its derivations found. */
export interface CharSpelling {
  en: string;
  logProb: number;
}

export interface CharSpeller {
  /** Up to `k` spellings of one folded Arabic word, most probable first; none for a word it cannot read. */
  spell(word: string, k: number): CharSpelling[];
}

/** Hypotheses kept at each position of the word; more find no better spellings on the dev splits. */
const DEFAULT_BEAM = 24;

/** Expansions looked at per kept hypothesis, so that derivations of a kept spelling add up. */
const MERGE_FACTOR = 4;

/** Expansions this far (in log probability) below the best one into the same column are never kept. */
const PRUNE_MARGIN = 12;

/** Cost of skipping a character no unit reads (a stray mark or symbol): far below any real reading. */
const SKIP_LOG_PROB = -20;

const BOUNDARY = 0;

/** An n-gram model in backoff form, keyed by a trie of contexts read from the latest unit backwards. */
interface BackoffModel {
  order: number;
  /** Number of units: keys are `node * size + unit`. */
  size: number;
  children: Map<number, number>;
  probs: Map<number, number>;
  backoff: number[];
}

/** N-grams read between two chances for the caller to yield (see `buildCharSpeller`). */
const STEP = 4096;

/**
 * The model built step by step: the generator pauses every STEP n-grams, so a page can build it between
 * other work (it takes tens of milliseconds); `createCharSpeller` runs it through at once.
 */
function* buildBackoffModel(data: JointModelData): Generator<void, BackoffModel> {
  const size = data.units.length;
  const model: BackoffModel = {
    order: data.order,
    size,
    children: new Map(),
    probs: new Map(),
    backoff: [0],
  };
  unpackInts(data.unigrams).forEach((value, unit) => {
    model.probs.set(unit, value / data.scale);
  });
  // The context u1…uk is the path root → uk → … → u1, so every shorter context on the way is one too.
  const contextNode = (flat: readonly number[], start: number, length: number): number => {
    let node = 0;
    for (let i = start + length - 1; i >= start; i--) {
      const key = node * size + (flat[i] as number);
      let child = model.children.get(key);
      if (child === undefined) {
        child = model.backoff.length;
        model.backoff.push(0);
        model.children.set(key, child);
      }
      node = child;
    }
    return node;
  };
  for (const [index, packed] of data.contexts.entries()) {
    const flat = unpackInts(packed);
    yield;
    const length = index + 1;
    let at = 0;
    let read = 0;
    while (at < flat.length) {
      if (++read % STEP === 0) yield;
      const node = contextNode(flat, at, length);
      at += length;
      model.backoff[node] = (flat[at] as number) / data.scale;
      const count = flat[at + 1] as number;
      at += 2;
      let unit = 0;
      for (let i = 0; i < count; i++, at += 2) {
        unit += flat[at] as number;
        model.probs.set(node * size + unit, (flat[at + 1] as number) / data.scale);
      }
    }
  }
  return model;
}

function runThrough<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * The contexts of a history the model holds, longest first, each with the sum of the backoff weights of the
 * longer ones: what scoring every unit after that history needs, found once.
 */
interface Contexts {
  nodes: number[];
  weights: number[];
}

function contextsOf(model: BackoffModel, history: readonly number[]): Contexts {
  const found = [0];
  let node = 0;
  for (let back = 1; back < model.order && back <= history.length; back++) {
    const child = model.children.get(node * model.size + (history[history.length - back] as number));
    if (child === undefined) break;
    node = child;
    found.push(node);
  }
  const nodes = found.reverse();
  const weights: number[] = [];
  let weight = 0;
  for (const at of nodes) {
    weights.push(weight);
    weight += model.backoff[at] as number;
  }
  return { nodes, weights };
}

/** log P(unit | history), backing off from the longest context the model holds. */
function logProb(model: BackoffModel, contexts: Contexts, unit: number): number {
  for (let depth = 0; depth < contexts.nodes.length; depth++) {
    const p = model.probs.get((contexts.nodes[depth] as number) * model.size + unit);
    if (p !== undefined) return (contexts.weights[depth] as number) + p;
  }
  return Number.NEGATIVE_INFINITY;
}

/** A hypothesis extended by one unit, not yet made a hypothesis itself (most never are). */
interface Expansion {
  from: Hypothesis;
  unit: number;
  score: number;
}

interface Hypothesis {
  score: number;
  en: string;
  /** The last `order - 1` units, oldest first. */
  history: number[];
}

function logAdd(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  const high = Math.max(a, b);
  return high + Math.log(Math.exp(a - high) + Math.exp(b - high));
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders spellings best first, and equal scores by their English, so output is stable. */
const byScore = (a: { score: number; en: string }, b: { score: number; en: string }): number =>
  b.score - a.score || compareText(a.en, b.en);

export function createCharSpeller(data: JointModelData, options: { beam?: number } = {}): CharSpeller {
  return charSpellerOver(runThrough(buildBackoffModel(data)), data, options);
}

/** `createCharSpeller` in slices of about `sliceMs`, giving the main thread back between them. */
export async function buildCharSpeller(
  data: JointModelData,
  options: { yieldToMain: () => Promise<void>; sliceMs?: number; now?: () => number },
): Promise<CharSpeller> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const steps = buildBackoffModel(data);
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return charSpellerOver(step.value, data, {});
    if (now() - sliceStart > sliceMs) {
      await options.yieldToMain();
      sliceStart = now();
    }
  }
}

function charSpellerOver(model: BackoffModel, data: JointModelData, options: { beam?: number }): CharSpeller {
  const beam = options.beam ?? DEFAULT_BEAM;
  const english: string[] = [];
  let longestChunk = 1;
  const byChunk = new Map<string, number[]>();
  data.units.forEach((unit, id) => {
    const tab = unit.indexOf('\t');
    english.push(unit.slice(tab + 1));
    if (id === BOUNDARY) return;
    const chunk = unit.slice(0, tab);
    longestChunk = Math.max(longestChunk, chunk.length);
    const list = byChunk.get(chunk) ?? [];
    list.push(id);
    byChunk.set(chunk, list);
  });

  /**
   * Turns the best expansions into a column's hypotheses. Expansions are cheap records; only the best few
   * become hypotheses, and two derivations of one spelling with the same recent units become one, summed.
   */
  const hypotheses = (expansions: Expansion[]): Hypothesis[] => {
    // A stable sort: equal scores keep the order they were made in, which is the same on every run.
    expansions.sort((a, b) => b.score - a.score);
    const merged = new Map<string, Hypothesis>();
    for (const expansion of expansions.slice(0, beam * MERGE_FACTOR)) {
      const { from, unit, score } = expansion;
      const history = unit === BOUNDARY ? from.history : [...from.history, unit].slice(-(model.order - 1));
      const en = spelled(expansion);
      const key = `${en}\u0000${history.join(',')}`;
      const known = merged.get(key);
      if (known !== undefined) known.score = logAdd(known.score, score);
      else if (merged.size < beam) merged.set(key, { score, en, history });
    }
    return [...merged.values()];
  };
  const spelled = ({ from, unit }: Expansion): string => from.en + (english[unit] as string);

  const expand = (kept: Hypothesis[], chars: string[], i: number, columns: Expansion[][]): void => {
    const contexts = kept.map((hypothesis) => contextsOf(model, hypothesis.history));
    let read = false;
    for (let length = 1; length <= longestChunk && i + length <= chars.length; length++) {
      const units = byChunk.get(chars.slice(i, i + length).join(''));
      if (units === undefined) continue;
      read = true;
      const into = columns[i + length] as Expansion[];
      let best = into.reduce((high, { score }) => Math.max(high, score), Number.NEGATIVE_INFINITY);
      kept.forEach((from, h) => {
        for (const unit of units) {
          const score = from.score + logProb(model, contexts[h] as Contexts, unit);
          if (!(score > best - PRUNE_MARGIN)) continue;
          best = Math.max(best, score);
          into.push({ from, unit, score });
        }
      });
    }
    if (!read) {
      const into = columns[i + 1] as Expansion[];
      for (const from of kept) into.push({ from, unit: BOUNDARY, score: from.score + SKIP_LOG_PROB });
    }
  };

  return {
    spell(word, k) {
      const chars = [...word];
      const columns: Expansion[][] = [...chars.map(() => []), []];
      let kept: Hypothesis[] = [{ score: 0, en: '', history: [BOUNDARY] }];
      for (let i = 0; i < chars.length; i++) {
        if (i > 0) kept = hypotheses(columns[i] as Expansion[]);
        expand(kept, chars, i, columns);
      }
      const spellings = new Map<string, number>();
      for (const hypothesis of hypotheses(columns[chars.length] as Expansion[])) {
        if (hypothesis.en === '') continue;
        const score = hypothesis.score + logProb(model, contextsOf(model, hypothesis.history), BOUNDARY);
        spellings.set(hypothesis.en, logAdd(spellings.get(hypothesis.en) ?? Number.NEGATIVE_INFINITY, score));
      }
      return [...spellings]
        .map(([en, score]) => ({ en, score }))
        .sort(byScore)
        .slice(0, k)
        .map(({ en, score }) => ({ en, logProb: score }));
    },
  };
}
