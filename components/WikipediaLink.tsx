import type { JSX } from 'preact';
import { useI18n } from './use-i18n';

/**
 * The English Wikipedia article of an entry's title, opened by the reader's click in a tab of its own (the
 * extension itself requests nothing); null without a title.
 */
export function wikipediaUrl(title: string | undefined): string | null {
  const trimmed = title?.trim() ?? '';
  if (trimmed === '') return null;
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(trimmed.replaceAll(' ', '_'))}`;
}

/** A link to the entry's English Wikipedia article, for cross-checking who or what it is; none without a title. */
export function WikipediaLink(props: { title: string | undefined }): JSX.Element | null {
  const { t } = useI18n();
  const url = wikipediaUrl(props.title);
  if (url === null) return null;
  return (
    <a class="wikipedia" href={url} target="_blank" rel="noopener noreferrer">
      {t('wikipedia')}
    </a>
  );
}
