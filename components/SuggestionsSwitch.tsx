import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AskBackground } from '../lib/messages/protocol';
import { useI18n } from './Localised';

/**
 * The options page's switch for name suggestions: names the glossary lacks, proposed on pages in a style of
 * their own. Open pages highlight anew when it changes (the background tells them).
 */
export function SuggestionsSwitch(props: { ask: AskBackground }): JSX.Element {
  const { ask } = props;
  const [on, setOn] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { t } = useI18n();

  useEffect(() => {
    ask({ type: 'settings/get' }).then(
      (settings) => setOn(settings.suggestNames),
      (error: Error) => setMessage(t('settingUnreadable', { error: error.message })),
    );
  }, [ask]);

  const change = (suggestNames: boolean) =>
    ask({ type: 'settings/set', settings: { suggestNames } }).then(
      (settings) => {
        setOn(settings.suggestNames);
        setMessage(t(settings.suggestNames ? 'suggestOn' : 'suggestOff'));
      },
      (error: Error) => setMessage(t('notChanged', { error: error.message })),
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
      {message !== null && (
        <p class="status" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
