import type { JSX } from 'preact';
import { romanizeArabic } from '../lib/arabic/romanize';

/**
 * An Arabic name isolated from the line around it, with its letter-by-letter romanisation beside it (small
 * and muted, left to right) for a learner checking each letter.
 */
export function ArabicTerm(props: { ar: string }): JSX.Element {
  const roman = romanizeArabic(props.ar);
  return (
    <span class="arabic-term">
      <bdi class="ar" dir="rtl" lang="ar">
        {props.ar}
      </bdi>
      {roman !== '' && (
        <span class="roman" dir="ltr" lang="ar-Latn">
          {roman}
        </span>
      )}
    </span>
  );
}
