/**
 * Many-to-many alignment of Arabic and English name tokens by expectation maximisation (Jiampojamarn,
 * Kondrak & Sherif 2007, "Applying many-to-many alignments and hidden Markov models to letter-to-phoneme
 * conversion"): each pair is cut into units of one or two Arabic letters and the zero to `maxEnglish`
 * English letters they are spelt with (محمد → م:mo ح:ha م:mme د:d), and the unit probabilities are those
 * that make the data most likely. Arabic writes no short vowels, so a unit carries the vowels after it.
 */

export interface AlignInput {
  ar: string;
  en: string;
  /** The pair's share in the counts (its frequency, or 1 to count types). */
  weight: number;
}

export interface AlignOptions {
  /** Longest Arabic chunk of a unit. */
  maxArabic: number;
  /** Longest English chunk of a unit (0 allowed: a letter that is not written in English). */
  maxEnglish: number;
  iterations: number;
  /**
   * Units used by fewer best cuts than this are dropped after the first iterations, and the rest re-estimated
   * for as many again: a unit seen once is mostly a misaligned row, and each unit costs the model space.
   */
  minUnitCount: number;
}

/** A unit as the model stores it: Arabic chunk + TAB + English chunk. */
export const unitKey = (arabic: string, english: string): string => `${arabic}\t${english}`;

/**
 * One pair's lattice: for every cell (i Arabic letters, j English letters read) and every arc into it
 * (l Arabic letters, k English letters), the unit's id, in the order the forward pass visits them.
 */
interface Lattice {
  n: number;
  m: number;
  arcs: Int32Array;
}

/** Room for English chunk ids in a unit's numeric key (the data has a few tens of thousands). */
const ENGLISH_CHUNKS = 2 ** 24;

export function alignPairs(pairs: readonly AlignInput[], options: AlignOptions): (string[] | null)[] {
  const { maxArabic, maxEnglish } = options;
  const arcsPerCell = maxArabic * (maxEnglish + 1);
  const names: string[] = [];
  const ids = new Map<number, number>();
  // Chunks are interned once, so that a unit is found by two small numbers rather than by a new string.
  const arabicIds = new Map<string, number>();
  const englishIds = new Map<string, number>();
  const arabicNames: string[] = [];
  const englishNames: string[] = [];
  const intern = (chunk: string, table: Map<string, number>, list: string[]): number => {
    let id = table.get(chunk);
    if (id === undefined) {
      id = list.length;
      table.set(chunk, id);
      list.push(chunk);
    }
    return id;
  };
  const lattices: Lattice[] = pairs.map(({ ar, en }) => {
    const a = [...ar];
    const e = [...en];
    const n = a.length;
    const m = e.length;
    const arabic = (i: number, l: number): number =>
      intern(a.slice(i - l, i).join(''), arabicIds, arabicNames);
    const english = (j: number, k: number): number => {
      const id = intern(e.slice(j - k, j).join(''), englishIds, englishNames);
      if (id >= ENGLISH_CHUNKS) throw new Error('too many English chunks for a unit key');
      return id;
    };
    const englishChunks = Array.from({ length: m + 1 }, (_, j) =>
      Array.from({ length: Math.min(maxEnglish, j) + 1 }, (_, k) => english(j, k)),
    );
    const arcs = new Int32Array((n + 1) * (m + 1) * arcsPerCell);
    for (let i = 1; i <= n; i++) {
      for (let l = 1; l <= maxArabic && l <= i; l++) {
        const arabicId = arabic(i, l);
        for (let j = 0; j <= m; j++) {
          const chunks = englishChunks[j] as number[];
          for (let k = 0; k < chunks.length; k++) {
            const englishId = chunks[k] as number;
            const key = arabicId * ENGLISH_CHUNKS + englishId;
            let id = ids.get(key);
            if (id === undefined) {
              id = names.length;
              ids.set(key, id);
              names.push(unitKey(arabicNames[arabicId] as string, englishNames[englishId] as string));
            }
            arcs[(i * (m + 1) + j) * arcsPerCell + (l - 1) * (maxEnglish + 1) + k] = id;
          }
        }
      }
    }
    return { n, m, arcs };
  });

  // Uniform at the start: every path through a lattice is as likely as any other with as many units.
  let prob: Float64Array = new Float64Array(names.length).fill(1 / Math.max(1, names.length));
  prob = estimate(pairs, lattices, prob, options);
  const used = new Float64Array(names.length);
  for (const lattice of lattices)
    for (const unit of bestCut(lattice, prob, options) ?? []) used[unit] = (used[unit] as number) + 1;
  prob = estimate(
    pairs,
    lattices,
    prob.map((p, unit) => ((used[unit] as number) >= options.minUnitCount ? p : 0)),
    options,
  );
  return lattices.map(
    (lattice) => bestCut(lattice, prob, options)?.map((unit) => names[unit] as string) ?? null,
  );
}

/** EM iterations from `start`: expected unit counts over all cuts of every pair, normalised. */
function estimate(
  pairs: readonly AlignInput[],
  lattices: readonly Lattice[],
  start: Float64Array,
  options: AlignOptions,
): Float64Array {
  let prob: Float64Array = start;
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const counts = new Float64Array(prob.length);
    lattices.forEach((lattice, index) => {
      const cells = (lattice.n + 1) * (lattice.m + 1);
      const alpha = new Float64Array(cells);
      alpha[0] = 1;
      eachArc(lattice, options, false, (from, to, unit) => {
        alpha[to] = (alpha[to] as number) + (alpha[from] as number) * (prob[unit] as number);
      });
      const total = alpha[cells - 1] as number;
      if (!(total > 0)) return;
      // Backwards, a cell's beta is complete before any arc into it is visited: counts are taken on the way.
      const beta = new Float64Array(cells);
      beta[cells - 1] = 1;
      const scale = (pairs[index] as AlignInput).weight / total;
      eachArc(lattice, options, true, (from, to, unit) => {
        const through = (prob[unit] as number) * (beta[to] as number);
        beta[from] = (beta[from] as number) + through;
        counts[unit] = (counts[unit] as number) + scale * (alpha[from] as number) * through;
      });
    });
    const sum = counts.reduce((a, b) => a + b, 0);
    prob = counts.map((count) => count / sum);
  }
  return prob;
}

/**
 * Calls `visit(fromCell, toCell, unit)` for every arc, by increasing cell reached, or with `backwards` by
 * decreasing cell reached.
 */
function eachArc(
  { n, m, arcs }: Lattice,
  { maxArabic, maxEnglish }: AlignOptions,
  backwards: boolean,
  visit: (from: number, to: number, unit: number) => void,
): void {
  const arcsPerCell = maxArabic * (maxEnglish + 1);
  const width = m + 1;
  const first = width;
  const last = (n + 1) * width - 1;
  for (let to = backwards ? last : first; backwards ? to >= first : to <= last; to += backwards ? -1 : 1) {
    const i = Math.floor(to / width);
    const j = to - i * width;
    for (let l = 1; l <= maxArabic && l <= i; l++) {
      for (let k = 0; k <= maxEnglish && k <= j; k++) {
        visit(to - l * width - k, to, arcs[to * arcsPerCell + (l - 1) * (maxEnglish + 1) + k] as number);
      }
    }
  }
}

/** The most probable cut of one pair into units, or null when no cut within the limits exists. */
function bestCut(lattice: Lattice, prob: Float64Array, options: AlignOptions): number[] | null {
  const cells = (lattice.n + 1) * (lattice.m + 1);
  const best = new Float64Array(cells);
  const from = new Int32Array(cells).fill(-1);
  const via = new Int32Array(cells).fill(-1);
  best[0] = 1;
  eachArc(lattice, options, false, (start, to, unit) => {
    const score = (best[start] as number) * (prob[unit] as number);
    if (score > (best[to] as number)) {
      best[to] = score;
      from[to] = start;
      via[to] = unit;
    }
  });
  if (!((best[cells - 1] as number) > 0)) return null;
  const units: number[] = [];
  for (let cell = cells - 1; cell > 0; cell = from[cell] as number) units.push(via[cell] as number);
  return units.reverse();
}
