import type { Token } from '../arabic/tokenize';
import type { EntityMatch } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/schema';
import type { TaggerToken } from './tagger-features';

/** A block's tokens as the name tagger reads them, knowing what the glossary found. */
export interface GlossaryContext {
  /** The tokens, each with the type of the glossary match covering it (a title before a name is a cue). */
  tokens: Array<Token & TaggerToken>;
  /** 1 where a glossary match covers the token: the glossary wins there. */
  taken: Uint8Array;
  /** Each match's tokens [from, to), in the order of the matches. */
  spans: Array<{ from: number; to: number }>;
}

export function glossaryContext(
  tokens: readonly Token[],
  matches: readonly EntityMatch[],
  entries: readonly GlossaryEntry[],
): GlossaryContext {
  const annotated: Array<Token & TaggerToken> = tokens.map((token) => ({ ...token }));
  const taken = new Uint8Array(tokens.length);
  const spans: Array<{ from: number; to: number }> = [];
  let k = 0;
  for (const match of matches) {
    while (k < tokens.length && (tokens[k] as Token).start < match.start) k++;
    const from = k;
    const type = entries[match.entry]?.type;
    while (k < tokens.length && (tokens[k] as Token).end <= match.end) {
      taken[k] = 1;
      if (type !== undefined) (annotated[k] as TaggerToken).glossary = type;
      k++;
    }
    spans.push({ from, to: k });
  }
  return { tokens: annotated, taken, spans };
}
