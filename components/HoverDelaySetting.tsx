import type { JSX } from 'preact';
import { type AskBackground, MAX_HOVER_DELAY_MS } from '../lib/messages/protocol';
import { StatusLine } from './StatusLine';
import { useI18n } from './use-i18n';
import { useSetting } from './use-setting';

/**
 * The options page's setting for how long the pointer rests on an entity before its card opens, so that a
 * mouse left lying on a page opens nothing. Open pages take it up when they highlight anew.
 */
export function HoverDelaySetting(props: { ask: AskBackground }): JSX.Element {
  const { t } = useI18n();
  const {
    value: delay,
    message,
    setMessage,
    change,
  } = useSetting(props.ask, 'hoverDelayMs', (settings) =>
    // As the field writes it, without a thousands separator.
    t('delayDone', { ms: String(settings.hoverDelayMs) }),
  );

  return (
    <section class="hover-delay" aria-label={t('delayLabel')}>
      <label>
        {t('delayBefore')}{' '}
        <input
          type="number"
          name="hoverDelayMs"
          min={0}
          max={MAX_HOVER_DELAY_MS}
          step={50}
          value={delay ?? ''}
          disabled={delay === null}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (Number.isInteger(value) && value >= 0 && value <= MAX_HOVER_DELAY_MS) void change(value);
            else setMessage(t('delayRange', { max: String(MAX_HOVER_DELAY_MS) }));
          }}
        />{' '}
        {t('delayUnit')}
      </label>
      <StatusLine message={message} />
    </section>
  );
}
