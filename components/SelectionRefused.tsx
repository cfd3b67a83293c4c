import type { JSX } from 'preact';
import type { SelectionRefusal } from '../lib/glossary/draft-entry';
import type { TextKey } from '../lib/i18n/translate';
import { useI18n } from './use-i18n';

const WORDS = {
  'request-used': 'addPageNothing',
  'nothing-selected': 'selectionNothing',
  'no-arabic': 'selectionNoArabic',
} as const satisfies Record<Exclude<SelectionRefusal['code'], 'too-long'>, TextKey>;

/** Why the Add to Dalil… window cannot take the selection (lib/glossary/draft-entry.ts), in the reader's words. */
export function SelectionRefused(props: { refusal: SelectionRefusal }): JSX.Element {
  const { t, plural } = useI18n();
  const { refusal } = props;
  const text =
    refusal.code === 'too-long'
      ? plural('selectionTooLong', refusal.length, { max: refusal.max })
      : t(WORDS[refusal.code]);
  return (
    <p class="refused" role="alert">
      {text}
    </p>
  );
}
