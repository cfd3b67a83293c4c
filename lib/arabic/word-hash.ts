/**
 * A polynomial hash of a folded word's code units, h = h·B + unit (mod 2^32), made as the tokenizer reads
 * the word (TokenTable.hash) so the matcher never reads a word's letters again to hash them. Unlike a hash
 * read from the end, it is known when the word ends, and what a clitic split asks follows by arithmetic:
 *   hash(p + t) = hash(p)·B^|t| + hash(t), so hash(r + t) = hash(p + t) + (hash(r) − hash(p))·B^|t|
 * (a word's first letters p taken off, and letters r, perhaps none, put back in front of the stem t).
 * A table picks slots by `mixed(hash)`: the low bits of a polynomial hash alone spread words poorly.
 */
export const HASH_BASE = 0x01000193;

/**
 * Hashes are kept to their low 30 bits (the arithmetic above holds modulo 2^30 as it does modulo 2^32): a
 * number of 31 bits or more is boxed on the heap when it leaves an optimised function, and these are asked
 * for every word of a page.
 */
export const HASH_MASK = 0x3fffffff;

/** B^e mod 2^32 for the exponents most words need; longer ones are multiplied out. */
const POWERS: Int32Array = (() => {
  const powers = new Int32Array(64);
  let power = 1;
  for (let e = 0; e < powers.length; e++) {
    powers[e] = power & HASH_MASK;
    power = Math.imul(power, HASH_BASE);
  }
  return powers;
})();

export function hashPower(exponent: number): number {
  if (exponent < POWERS.length) return POWERS[exponent] as number;
  let power = POWERS[POWERS.length - 1] as number;
  for (let e = POWERS.length - 1; e < exponent; e++) power = Math.imul(power, HASH_BASE);
  return power & HASH_MASK;
}

/** The hash of units[from, to). */
export function hashUnits(units: ArrayLike<number>, from: number, to: number): number {
  let hash = 0;
  for (let k = from; k < to; k++) hash = (Math.imul(hash, HASH_BASE) + (units[k] as number)) | 0;
  return hash & HASH_MASK;
}

/** The hash of a word. */
export function hashWord(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, HASH_BASE) + word.charCodeAt(k)) | 0;
  return hash & HASH_MASK;
}

/**
 * What putting `restore` in place of a word's first letters `prefix` adds to its hash, before it is
 * multiplied by B^(the letters after them): a number for each clitic row, made once (./clitics.ts).
 */
export function prefixSwap(prefix: string, restore: string): number {
  return (hashWord(restore) - hashWord(prefix)) & HASH_MASK;
}

/**
 * The hash of a word whose hash is `wordHash` with the prefix of `swap` (`prefixSwap`) replaced, `rest`
 * letters after it. Three numbers, not an options object: the matcher asks this for every clitic reading of
 * every word of a page.
 */
export function withPrefixSwapped(wordHash: number, swap: number, rest: number): number {
  return (wordHash + Math.imul(swap, hashPower(rest))) & HASH_MASK;
}

/** A hash's bits mixed (MurmurHash3's finalizer), for choosing a slot by its low bits; 30 bits too. */
export function mixed(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & HASH_MASK;
}
