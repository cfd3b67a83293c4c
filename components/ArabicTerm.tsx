import type { JSX } from 'preact';
import { type Pronunciation, pronounce } from '../lib/glossary/pronounce';
import type { GlossaryEntry } from '../lib/glossary/schema';
import { useI18n } from './use-i18n';

/**
 * How to say it, under the Arabic: the romanisation of its vocalised form, or, where none is known, a plain
 * "vowels unknown" with the English as the guide (the letters alone, dmshq or wzīr, cannot be said).
 */
export function Pronounced(props: { pronunciation: Pronunciation }): JSX.Element {
  const { pronunciation } = props;
  const { t, lang } = useI18n();
  return pronunciation.kind === 'vocalized' ? (
    <span class="roman" dir="ltr" lang="ar-Latn" title={t('romanTitle')}>
      {pronunciation.roman}
    </span>
  ) : (
    <span
      class="roman unknown"
      lang={lang}
      title={t('vowelsUnknownTitle', { english: pronunciation.english })}
    >
      {t('vowelsUnknown')}
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
