import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type AskBackground, MAX_HOVER_DELAY_MS } from '../lib/messages/protocol';

/**
 * The options page's setting for how long the pointer rests on an entity before its card opens, so that a
 * mouse left lying on a page opens nothing. Open pages take it up when they highlight anew.
 */
export function HoverDelaySetting(props: { ask: AskBackground }): JSX.Element {
  const { ask } = props;
  const [delay, setDelay] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    ask({ type: 'settings/get' }).then(
      (settings) => setDelay(settings.hoverDelayMs),
      (error: Error) => setMessage(`The setting could not be read: ${error.message}`),
    );
  }, [ask]);

  const change = (hoverDelayMs: number) =>
    ask({ type: 'settings/set', settings: { hoverDelayMs } }).then(
      (settings) => {
        setDelay(settings.hoverDelayMs);
        setMessage(`A card opens after the pointer rests ${settings.hoverDelayMs} ms on a name.`);
      },
      (error: Error) => setMessage(`Not changed: ${error.message}`),
    );

  return (
    <section class="hover-delay" aria-label="Card delay">
      <label>
        Open a card after hovering for{' '}
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
            else setMessage(`Choose 0 to ${MAX_HOVER_DELAY_MS} ms.`);
          }}
        />{' '}
        ms
      </label>
      {message !== null && (
        <p class="status" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
