import type { JSX } from 'preact';
import type { Clitic } from '../lib/arabic/clitics';
import type { SurfaceParts } from '../lib/arabic/surface-parts';
import { useI18n } from './use-i18n';

/**
 * "بـ in + باريس Paris": each clitic with its meaning, then the stem with its gloss. Shared by the card (the
 * word under the pointer) and the popup's look-up (the word typed).
 */
export function CliticBreakdown(props: {
  clitics: readonly Clitic[];
  parts: SurfaceParts;
  english: string;
}): JSX.Element {
  const { clitics, parts, english } = props;
  const { t, lang } = useI18n();
  return (
    <p class="breakdown" dir="ltr" lang="en">
      {clitics.map((clitic, index) => (
        <span class="part" key={index}>
          <bdi class="ar" dir="rtl" lang="ar">{`${clitic.ar}ـ`}</bdi> <span lang="en">{clitic.en}</span>
          <span class="plus" aria-hidden="true">
            {' + '}
          </span>
        </span>
      ))}
      <span class="part">
        <bdi class="ar" dir="rtl" lang="ar">
          {parts.stem}
        </bdi>{' '}
        <span lang="en">{english}</span>
      </span>
      {parts.ending !== '' && (
        <span class="part">
          <span class="plus" aria-hidden="true">
            {' + '}
          </span>
          <bdi class="ar" dir="rtl" lang="ar">{`ـ${parts.ending}`}</bdi>{' '}
          <span lang={lang}>{t('cliticEnding')}</span>
        </span>
      )}
    </p>
  );
}
