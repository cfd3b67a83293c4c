/** Sentence ends: Latin and Arabic full stops, question and exclamation marks, and line breaks. */
const SENTENCE_END = /[.!?؟۔\n]+/g;

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Splits text into trimmed sentences with their offsets (for the context shown beside an entity). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '')
      sentences.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
  };
  for (const found of text.matchAll(SENTENCE_END)) {
    const end = (found.index ?? 0) + found[0].replace(/\n/g, '').length;
    push(end);
    from = (found.index ?? 0) + found[0].length;
  }
  push(text.length);
  return sentences;
}
