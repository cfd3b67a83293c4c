import { normalizeArabic } from './normalize';

export type TokenKind = 'arabic' | 'latin' | 'number';

export interface Token {
  /** The folded form (see normalizeArabic): what glossary keys are compared with. */
  norm: string;
  /** [start, end) in the original text, covering the word as written with its marks. */
  start: number;
  end: number;
  kind: TokenKind;
  /**
   * True when only spaces separate this token from the previous one, so both may belong to one multi-word
   * name. Punctuation or a paragraph break (blank line, U+2029) between them does not join.
   */
  joinsPrevious: boolean;
}

/** Arabic-script letters as they stand after folding (marks are already gone). */
function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x066f) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06ee && code <= 0x06ef) ||
    (code >= 0x06fa && code <= 0x06fc) ||
    code === 0x06ff ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9)
  );
}

function isDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
  );
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isOtherLetter(ch: string, code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  // Surrogate halves (astral letters, lone surrogates) are kept inside words rather than split.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return OTHER_LETTER.test(ch);
}

function kindOf(ch: string): TokenKind | null {
  const code = ch.charCodeAt(0);
  if (isArabicLetter(code)) return 'arabic';
  if (isDigit(code)) return 'number';
  if (isOtherLetter(ch, code)) return 'latin';
  return null;
}

const SPACE = /\s/;

/** Whether the folded characters between two tokens keep them in one phrase. */
function gapJoins(gap: string): boolean {
  let newlines = 0;
  for (const ch of gap) {
    if (ch === '\n') newlines++;
    else if (ch === '\u2029' || !SPACE.test(ch)) return false;
  }
  return newlines < 2;
}

/**
 * Splits text into words with their offsets in the original: Arabic letters (with their marks, tatweel and
 * joiners) form words; Latin (any other script's) words and digit runs are tokens of their own; everything
 * else separates.
 */
export function tokenize(text: string): Token[] {
  const { text: folded, starts, ends } = normalizeArabic(text);
  const tokens: Token[] = [];
  let i = 0;
  let previousEnd = -1;
  while (i < folded.length) {
    const kind = kindOf(folded[i] as string);
    if (kind === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && kindOf(folded[j] as string) === kind) j++;
    tokens.push({
      norm: folded.slice(i, j),
      start: starts[i] as number,
      end: ends[j - 1] as number,
      kind,
      joinsPrevious: previousEnd >= 0 && gapJoins(folded.slice(previousEnd, i)),
    });
    previousEnd = j;
    i = j;
  }
  return tokens;
}
