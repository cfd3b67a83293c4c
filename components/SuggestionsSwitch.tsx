import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AskBackground } from '../lib/messages/protocol';

/**
 * The options page's switch for name suggestions: names the glossary lacks, proposed on pages in a style of
 * their own. Open pages highlight anew when it changes (the background tells them).
 */
export function SuggestionsSwitch(props: { ask: AskBackground }): JSX.Element {
  const { ask } = props;
  const [on, setOn] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    ask({ type: 'settings/get' }).then(
      (settings) => setOn(settings.suggestNames),
      (error: Error) => setMessage(`The setting could not be read: ${error.message}`),
    );
  }, [ask]);

  const change = (suggestNames: boolean) =>
    ask({ type: 'settings/set', settings: { suggestNames } }).then(
      (settings) => {
        setOn(settings.suggestNames);
        setMessage(
          settings.suggestNames
            ? 'Names that are not in the glossary are suggested on pages.'
            : 'No more suggestions: only glossary names are highlighted.',
        );
      },
      (error: Error) => setMessage(`Not changed: ${error.message}`),
    );

  return (
    <section class="suggestions-switch" aria-label="Name suggestions">
      <label class="check">
        <input
          type="checkbox"
          name="suggestNames"
          checked={on === true}
          disabled={on === null}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        Suggest names that are not in the glossary
      </label>
      <p class="hint">
        People and organisations Dalil finds on a page but not in your glossary are underlined with dots, with
        a guessed English spelling, until you add them.
      </p>
      {message !== null && (
        <p class="status" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
