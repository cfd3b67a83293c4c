import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AskBackground, EntryView } from '../lib/messages/protocol';

export interface ResetPanelProps {
  ask: AskBackground;
  entries: readonly EntryView[];
  /** Saves a backup of the whole glossary before the reset. */
  onBackup(): void;
  onReset(summary: string): void;
}

/** Back to the bundled glossary: only after a confirmation, with a backup offered first. */
export function ResetPanel(props: ResetPanelProps): JSX.Element {
  const { ask, entries, onBackup, onReset } = props;
  const [confirming, setConfirming] = useState(false);
  const [backedUp, setBackedUp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = entries.filter((entry) => entry.origin === 'user').length;
  const edited = entries.filter((entry) => entry.origin === 'bundled' && entry.edited).length;

  const reset = async () => {
    setError(null);
    try {
      const { count } = await ask({ type: 'glossary/reset' });
      setConfirming(false);
      setBackedUp(false);
      onReset(`The glossary is the bundled one again (${count.toLocaleString('en')} entries).`);
    } catch (problem) {
      setError(`The reset failed, nothing was changed: ${(problem as Error).message}`);
    }
  };

  return (
    <section class="reset-panel" aria-labelledby="reset-title">
      <h2 id="reset-title">Reset</h2>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          Reset to the bundled glossary…
        </button>
      ) : (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question" class="warning">
            Reset to the bundled glossary? {mine.toLocaleString('en')} of your own{' '}
            {mine === 1 ? 'entry' : 'entries'} and {edited.toLocaleString('en')}{' '}
            {edited === 1 ? 'edit' : 'edits'} will be lost, and the bundled entries you deleted come back.
          </p>
          <p>Export a backup first: you can import it again later.</p>
          <div class="buttons">
            <button
              type="button"
              class="primary"
              onClick={() => {
                onBackup();
                setBackedUp(true);
              }}
            >
              {backedUp ? 'Backup exported' : 'Export a backup (JSON)'}
            </button>
            <button type="button" class="danger" onClick={() => void reset()}>
              {backedUp ? 'Reset' : 'Reset without a backup'}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
          {error !== null && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
