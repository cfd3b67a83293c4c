import type { JSX } from 'preact';
import { useI18n } from './use-i18n';

/**
 * Dalil's name in Arabic beside a heading in English, as the icon writes it; an Arabic interface names it
 * in its own words already.
 */
export function ArabicName(): JSX.Element | null {
  const { lang } = useI18n();
  if (lang === 'ar') return null;
  return (
    <>
      {' '}
      <span class="ar" dir="rtl" lang="ar">
        دليل
      </span>
    </>
  );
}
