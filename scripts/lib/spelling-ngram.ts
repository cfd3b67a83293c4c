/**
 * An n-gram model over unit ids, estimated with interpolated Kneser-Ney smoothing (Chen & Goodman 1998,
 * "An empirical study of smoothing techniques for language modeling", one discount per order), pruned by
 * count and written in backoff form, the way SRILM and KenLM write an ARPA file: a stored n-gram keeps its
 * interpolated probability and every context's backoff weight makes its distribution sum to one again.
 */

export interface UnitSequence {
  /** Unit ids, 1 and up (0 is the word boundary, added at both ends here). */
  units: readonly number[];
  /** An integer: how many times the sequence counts (Kneser-Ney's discounts need integer counts). */
  weight: number;
}

export interface NgramOptions {
  order: number;
  /** Number of unit ids, boundary included: the lowest order falls back on a uniform distribution over them. */
  unitCount: number;
  /** `minCounts[k - 1]`: fewest occurrences for a k-gram to be kept (k ≥ 2; unigrams are always kept). */
  minCounts: readonly number[];
  /** Least count × log-probability gain for a k-gram (k ≥ 2) to be kept over backing off. */
  minGain: number;
}

/** Natural log probabilities and backoff weights, keyed by unit ids joined with spaces (oldest first). */
export interface BackoffTables {
  /** `probs[k - 1]`: the kept k-grams. */
  probs: Map<string, number>[];
  /** `backoffs[k - 1]`: the contexts of k units whose weight is not 1. */
  backoffs: Map<string, number>[];
}

const BOUNDARY = 0;
const join = (ids: readonly number[]): string => ids.join(' ');
const parse = (key: string): number[] => (key === '' ? [] : key.split(' ').map(Number));
/** Keeps a probability or weight away from zero when rounding leaves nothing to share. */
const FLOOR = 1e-12;

function add(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const contextOf = (key: string): string => {
  const space = key.lastIndexOf(' ');
  return space < 0 ? '' : key.slice(0, space);
};
const lowerOf = (key: string): string => {
  const space = key.indexOf(' ');
  return space < 0 ? '' : key.slice(space + 1);
};

function rawCounts(sequences: readonly UnitSequence[], order: number): Map<string, number>[] {
  const raw = Array.from({ length: order }, () => new Map<string, number>());
  for (const { units, weight } of sequences) {
    const s = [BOUNDARY, ...units, BOUNDARY];
    for (let t = 1; t < s.length; t++) {
      for (let k = 1; k <= order && t - k + 1 >= 0; k++)
        add(raw[k - 1] as Map<string, number>, join(s.slice(t - k + 1, t + 1)), weight);
    }
  }
  return raw;
}

/**
 * Kneser-Ney's counts: raw at the highest order and for n-grams that open the word; elsewhere the number of
 * different units seen before the n-gram, so a unit that only ever follows one other gets little weight alone.
 */
function adjustedCounts(raw: Map<string, number>[]): Map<string, number>[] {
  return raw.map((counts, index) => {
    const higher = raw[index + 1];
    if (higher === undefined) return counts;
    const adjusted = new Map<string, number>();
    for (const key of higher.keys()) add(adjusted, lowerOf(key), 1);
    // Nothing comes before the word's start, so n-grams that open it keep their raw count.
    if (index > 0)
      for (const [key, count] of counts) if (key.startsWith(`${BOUNDARY} `)) adjusted.set(key, count);
    return adjusted;
  });
}

function discount(counts: Map<string, number>): number {
  let n1 = 0;
  let n2 = 0;
  for (const count of counts.values()) {
    if (count === 1) n1++;
    else if (count === 2) n2++;
  }
  return n1 + n2 === 0 ? 0.5 : Math.min(0.95, Math.max(0.05, n1 / (n1 + 2 * n2)));
}

/** Interpolated Kneser-Ney probability of every n-gram seen, at every order. */
interface Interpolated {
  /** P(unit | context) of every n-gram seen. */
  probs: Map<string, number>;
  /** Each context's interpolation weight: the share it leaves to the lower order. */
  lowerShares: Map<string, number>;
}

function interpolated(adjusted: Map<string, number>[], unitCount: number): Interpolated[] {
  const full: Interpolated[] = [];
  adjusted.forEach((counts, index) => {
    const d = discount(counts);
    const total = new Map<string, number>();
    const types = new Map<string, number>();
    for (const [key, count] of counts) {
      add(total, contextOf(key), count);
      add(types, contextOf(key), 1);
    }
    const lowerShares = new Map<string, number>();
    for (const [context, c] of total) lowerShares.set(context, (d * (types.get(context) as number)) / c);
    const probs = new Map<string, number>();
    for (const [key, count] of counts) {
      const context = contextOf(key);
      const lower = index === 0 ? 1 / unitCount : full[index - 1]?.probs.get(lowerOf(key));
      if (lower === undefined) throw new Error(`n-gram ${key} has no lower-order n-gram`);
      probs.set(
        key,
        Math.max(count - d, 0) / (total.get(context) as number) +
          (lowerShares.get(context) as number) * lower,
      );
    }
    full.push({ probs, lowerShares });
  });
  return full;
}

/**
 * Prunes and turns the interpolated model into backoff form. An n-gram is kept when it occurs often enough
 * and when what it adds is worth its place (Seymore & Rosenfeld 1996, "Scalable backoff language models"):
 * its count times the log ratio of its probability to what backing off would give it instead.
 */
export function estimateKneserNey(sequences: readonly UnitSequence[], options: NgramOptions): BackoffTables {
  const raw = rawCounts(sequences, options.order);
  const full = interpolated(adjustedCounts(raw), options.unitCount);
  const tables: BackoffTables = { probs: [], backoffs: [] };
  const backoffProb = (context: number[], unit: number): number => {
    let weight = 1;
    for (let start = 0; start <= context.length; start++) {
      const tail = context.slice(start);
      const stored = tables.probs[tail.length]?.get(join([...tail, unit]));
      if (stored !== undefined) return weight * Math.exp(stored);
      weight *= Math.exp(tables.backoffs[tail.length - 1]?.get(join(tail)) ?? 0);
    }
    return weight / options.unitCount;
  };
  full.forEach(({ probs, lowerShares }, index) => {
    const min = index === 0 ? 0 : (options.minCounts[index] ?? 1);
    const kept = new Map<string, number>();
    const byContext = new Map<string, string[]>();
    for (const [key, p] of probs) {
      const count = raw[index]?.get(key) ?? 0;
      if (count < min) continue;
      if (index > 0) {
        const backedOff =
          (lowerShares.get(contextOf(key)) as number) * (full[index - 1]?.probs.get(lowerOf(key)) as number);
        if (count * Math.log(p / backedOff) < options.minGain) continue;
      }
      kept.set(key, Math.log(p));
      const context = contextOf(key);
      const siblings = byContext.get(context);
      if (siblings === undefined) byContext.set(context, [key]);
      else siblings.push(key);
    }
    if (index > 0) {
      const weights = new Map<string, number>();
      for (const [context, keys] of byContext) {
        const ids = parse(context);
        let left = 1;
        let lowerLeft = 1;
        for (const key of keys) {
          left -= probs.get(key) as number;
          lowerLeft -= backoffProb(ids.slice(1), parse(key).at(-1) as number);
        }
        weights.set(context, Math.log(Math.max(left, FLOOR) / Math.max(lowerLeft, FLOOR)));
      }
      tables.backoffs.push(weights);
    }
    tables.probs.push(kept);
  });
  return tables;
}
