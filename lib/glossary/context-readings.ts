/**
 * Readings a name's context settles after matching: the sunset prayer is not Morocco, the marks a writer put
 * on a form tell its two readings apart, an adverb in -an is not the place it is made from. Each rule is a row
 * with a real sentence (tests/unit/context-readings.test.ts); `npm run eval` counts what each one did.
 */
import { foldArabic } from '../arabic/normalize';
import type { Token } from '../arabic/tokenize';
import type { EntityMatch } from './matcher';
import type { GlossaryEntry } from './schema';

/** A rule that dropped a match or chose one of its readings. */
export type ContextRule = 'prayer' | 'marks' | 'adverb';

/** المغرب after صلاة or أذان, or beside another prayer's name, is the sunset prayer. */
const PRAYER_WORDS = new Set(['صلاه', 'لصلاه', 'وصلاه', 'بصلاه', 'اذان', 'واذان']);
const PRAYERS = new Set(['الفجر', 'الظهر', 'العصر', 'العشاء', 'والفجر', 'والظهر', 'والعصر', 'والعشاء']);
const MOROCCO = foldArabic('المغرب');

/** Marks that choose one reading of a form written with them (عمّان is Amman, عُمان Oman). */
export const MARKED_READINGS: ReadonlyArray<{ folded: string; marked: RegExp; en: string; example: string }> =
  [
    { folded: 'عمان', marked: /مّ/, en: 'Amman', example: 'وصل الوفد إلى عمّان مساء أمس' },
    { folded: 'عمان', marked: /عُ/, en: 'Oman', example: 'وصل الوفد إلى عُمان أمس' },
  ];

/** Fathatan at a word's end (اً or ًا): an adverb, إسبانياً "in Spanish", not Spain. */
const ADVERB_ENDINGS = ['اً', 'ًا'];

export interface ContextOptions {
  text: string;
  tokens: readonly Token[];
  entries: readonly GlossaryEntry[];
  /** Told of each match a rule changed, for `npm run eval`. */
  onRule?: (rule: ContextRule, match: EntityMatch) => void;
}

/** The matches with what their context says applied: some dropped, some down to one reading. */
export function readInContext(matches: readonly EntityMatch[], options: ContextOptions): EntityMatch[] {
  const { text, tokens, entries, onRule } = options;
  const result: EntityMatch[] = [];
  let t = 0;
  for (const match of matches) {
    // Every rule looks at a one-word place or a form with two readings: the rest of a page's matches (most
    // of them) pass without their form folded or their surface cut out.
    const onePlace = match.words === 1 && entries[match.entry]?.type === 'place';
    if (!onePlace && match.alternatives.length === 0) {
      result.push(match);
      continue;
    }
    const stem = foldArabic(match.form);
    if (onePlace && stem === MOROCCO) {
      while (t < tokens.length && (tokens[t] as Token).start < match.start) t++;
      const near = [tokens[t - 1], tokens[t - 2], tokens[t + 1], tokens[t + 2]].map(
        (token) => token?.norm ?? '',
      );
      if (PRAYER_WORDS.has(near[0] ?? '') || near.some((word) => PRAYERS.has(word))) {
        onRule?.('prayer', match);
        continue;
      }
    }
    const endsAsAdverb =
      match.end - match.start >= 2 && ADVERB_ENDINGS.some((ending) => text.endsWith(ending, match.end));
    if (onePlace && endsAsAdverb) {
      onRule?.('adverb', match);
      continue;
    }
    const surface = text.slice(match.start, match.end);
    const marked =
      match.alternatives.length > 0
        ? MARKED_READINGS.find((row) => row.folded === stem && row.marked.test(surface))
        : undefined;
    const chosen =
      marked && [match.entry, ...match.alternatives].find((index) => entries[index]?.en === marked.en);
    if (chosen !== undefined && marked) {
      onRule?.('marks', match);
      result.push({ ...match, entry: chosen, alternatives: [] });
      continue;
    }
    result.push(match);
  }
  return result;
}
