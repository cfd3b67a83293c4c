import type { JSX } from 'preact';
import { type Pronunciation, pronounce } from '../lib/glossary/pronounce';
import type { GlossaryEntry } from '../lib/glossary/schema';

/**
 * How to say it, under the Arabic: the romanisation of its vocalised form, or, where none is known, a plain
 * "vowels unknown" with the English as the guide (the letters alone, dmshq or wzīr, cannot be said).
 */
export function Pronounced(props: { pronunciation: Pronunciation }): JSX.Element {
  const { pronunciation } = props;
  return pronunciation.kind === 'vocalized' ? (
    <span class="roman" dir="ltr" lang="ar-Latn" title="Romanisation of the vocalised form">
      {pronunciation.roman}
    </span>
  ) : (
    <span
      class="roman unknown"
      dir="ltr"
      lang="en"
      title={`Dalil knows no vocalised form of this name: say it as its English, ${pronunciation.english}`}
    >
      vowels unknown
    </span>
  );
}

/** An Arabic name isolated from the line around it, with how to say it under it (small, muted). */
export function ArabicTerm(props: { entry: Pick<GlossaryEntry, 'ar' | 'en' | 'vocalized'> }): JSX.Element {
  const { entry } = props;
  return (
    <span class="arabic-term">
      <bdi class="ar" dir="rtl" lang="ar">
        {entry.ar}
      </bdi>
      <Pronounced pronunciation={pronounce(entry)} />
    </span>
  );
}
