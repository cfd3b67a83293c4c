import type { JSX } from 'preact';
import { foldArabic, normalizeArabic } from '../lib/arabic/normalize';

/** Where `needle` stands in `sentence`: exactly as written, else ignoring marks and spelling variants. */
function findIn(sentence: string, needle: string): [number, number] | null {
  if (needle === '') return null;
  const exact = sentence.indexOf(needle);
  if (exact >= 0) return [exact, exact + needle.length];
  const key = foldArabic(needle);
  if (key === '') return null;
  const folded = normalizeArabic(sentence);
  const at = folded.text.indexOf(key);
  if (at < 0) return null;
  const start = folded.starts[at];
  const end = folded.ends[at + key.length - 1];
  return start === undefined || end === undefined ? null : [start, end];
}

/**
 * An Arabic sentence with the entity emphasised (the first of `needles` found in it), as text nodes: glossary
 * and page text is never parsed as HTML. Shared by the card and the popup.
 */
export function ContextSentence(props: { sentence: string; needles: readonly string[] }): JSX.Element {
  const { sentence, needles } = props;
  let span: [number, number] | null = null;
  for (const needle of needles) {
    span = findIn(sentence, needle);
    if (span !== null) break;
  }
  return (
    <p class="context" dir="rtl" lang="ar">
      {span === null ? (
        sentence
      ) : (
        <>
          {sentence.slice(0, span[0])}
          <mark class="hit">{sentence.slice(span[0], span[1])}</mark>
          {sentence.slice(span[1])}
        </>
      )}
    </p>
  );
}
