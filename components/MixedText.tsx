import type { JSX } from 'preact';
import { arabicScriptClass } from '../lib/arabic/script';

/**
 * A run of Arabic-script letters (Arabic, Persian, Urdu), with the spaces and marks between them: enough to
 * keep "(پ چ ژ گ ک ی)" whole, so its brackets stay with the English around it.
 */
const ARABIC_RUN = new RegExp(`${arabicScriptClass()}+(?:\\s+${arabicScriptClass()}+)*`, 'g');

/**
 * A line that quotes Arabic-script text (a detection reason): each Arabic run is isolated in a right-to-left
 * <bdi>, so an English line's punctuation is not reordered around it.
 */
export function MixedText(props: { text: string }): JSX.Element {
  const { text } = props;
  const parts: Array<string | JSX.Element> = [];
  let last = 0;
  for (const match of text.matchAll(ARABIC_RUN)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <bdi key={start} dir="rtl" lang="ar">
        {match[0]}
      </bdi>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
