/**
 * Integer arrays packed into JSON strings for the spelling model: zigzag (small negatives stay small) then
 * base-64 variable-length digits, five bits each, the sixth bit saying another digit follows. A model's
 * numbers are mostly small (unit ids ordered by frequency, deltas, rounded log probabilities), so most take
 * one or two characters where decimal JSON spends four or five with the comma.
 */

/** URL-safe base 64, none of which JSON has to escape. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF: ReadonlyMap<string, number> = new Map([...DIGITS].map((digit, value) => [digit, value]));
const MORE = 32;

export function packInts(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    if (!Number.isSafeInteger(value) || Math.abs(value) > 2 ** 30) throw new Error(`cannot pack ${value}`);
    let rest = value < 0 ? -2 * value - 1 : 2 * value;
    do {
      const digit = rest % MORE;
      rest = Math.floor(rest / MORE);
      out += DIGITS[rest > 0 ? digit + MORE : digit];
    } while (rest > 0);
  }
  return out;
}

export function unpackInts(text: string): number[] {
  const values: number[] = [];
  let rest = 0;
  let scale = 1;
  for (const digit of text) {
    const value = VALUE_OF.get(digit);
    if (value === undefined) throw new Error(`not a packed digit: ${digit}`);
    rest += (value % MORE) * scale;
    if (value >= MORE) {
      scale *= MORE;
      continue;
    }
    values.push(rest % 2 === 0 ? rest / 2 : -(rest + 1) / 2);
    rest = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error('packed integers end inside a number');
  return values;
}
