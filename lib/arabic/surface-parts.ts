/**
 * A word or name as written, cut where the matcher read it: the clitics in front, the stem, the ending
 * behind, with the writer's marks kept. The matcher gives its clitics and suffix folded; which letters of
 * the surface they were, and what the writing dropped (the article's alef in لل), are the proclitic table's
 * rows (clitics.ts), so the card and the look-up show the cut the matcher made.
 */
import { type Clitic, PROCLITIC_TABLE, type ProcliticRow } from './clitics';
import { foldArabic, normalizeArabic } from './normalize';

export interface SurfaceReading {
  /** The Arabic as written (with clitics). */
  surface: string;
  /** The clitics the matcher read off the first word, in order. */
  clitics: readonly Clitic[];
  /** The suffix it read off the last word ('' when none), folded. */
  suffix: string;
  /** The forms of the entry it matched (its Arabic and variants). */
  forms: readonly string[];
}

/** The surface cut into what the reader sees: the stem, and the ending as written. */
export interface SurfaceParts {
  stem: string;
  /** The ending as written ('' when none or when it is not at the end of the surface). */
  ending: string;
}

function sameClitics(row: ProcliticRow, clitics: readonly Clitic[]): boolean {
  return (
    row.clitics.length === clitics.length && row.clitics.every((clitic, i) => clitic.ar === clitics[i]?.ar)
  );
}

/**
 * The stem once the clitics are cut off: of the table's rows for these clitics that the surface starts with
 * (ل alone may be written ل or, before an article, لل), the one whose stem reads as the entry.
 */
function cutClitics(surface: string, clitics: readonly Clitic[], forms: readonly string[]): string {
  if (clitics.length === 0) return surface;
  const folded = normalizeArabic(surface);
  const folds = forms.map(foldArabic).filter((form) => form !== '');
  const stems = PROCLITIC_TABLE.filter(
    (row) => sameClitics(row, clitics) && folded.text.startsWith(row.prefix),
  ).map((row) => row.restore + surface.slice(folded.ends[row.prefix.length - 1]));
  const reads = (stem: string) => folds.some((form) => foldArabic(stem).startsWith(form));
  return stems.find(reads) ?? stems[0] ?? surface;
}

export function splitSurface(reading: SurfaceReading): SurfaceParts {
  const stem = cutClitics(reading.surface, reading.clitics, reading.forms);
  const { suffix } = reading;
  if (suffix === '') return { stem, ending: '' };
  const folded = normalizeArabic(stem);
  const at = folded.text.length - suffix.length;
  const cut = at > 0 && folded.text.endsWith(suffix) ? folded.starts[at] : undefined;
  return cut === undefined ? { stem, ending: '' } : { stem: stem.slice(0, cut), ending: stem.slice(cut) };
}
