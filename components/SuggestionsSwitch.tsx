import type { JSX } from 'preact';
import type { AskBackground } from '../lib/messages/protocol';
import { StatusLine } from './StatusLine';
import { useI18n } from './use-i18n';
import { useSetting } from './use-setting';

/**
 * The options page's switch for name suggestions: names the glossary lacks, proposed on pages in a style of
 * their own. Open pages highlight anew when it changes (the background tells them).
 */
export function SuggestionsSwitch(props: { ask: AskBackground }): JSX.Element {
  const { t } = useI18n();
  const {
    value: on,
    message,
    change,
  } = useSetting(props.ask, 'suggestNames', (settings) =>
    t(settings.suggestNames ? 'suggestOn' : 'suggestOff'),
  );

  return (
    <section class="suggestions-switch" aria-label={t('suggestLabel')}>
      <label class="check">
        <input
          type="checkbox"
          name="suggestNames"
          checked={on === true}
          disabled={on === null}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        {t('suggestSwitch')}
      </label>
      <p class="hint">{t('suggestHint')}</p>
      <StatusLine message={message} />
    </section>
  );
}
