import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AskBackground, EntryView } from '../lib/messages/protocol';
import { sayError } from './say-error';
import { useI18n } from './use-i18n';

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
  const i18n = useI18n();
  const { t, plural } = i18n;

  const reset = async () => {
    setError(null);
    try {
      const { count } = await ask({ type: 'glossary/reset' });
      setConfirming(false);
      setBackedUp(false);
      onReset(t('resetDone', { entries: plural('entries', count) }));
    } catch (problem) {
      setError(t('resetFailed', { error: sayError(i18n, problem) }));
    }
  };

  return (
    <section class="reset-panel" aria-labelledby="reset-title">
      <h2 id="reset-title">{t('resetTitle')}</h2>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('resetOpen')}
        </button>
      ) : (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question" class="warning">
            {t('resetQuestion', { own: plural('resetOwn', mine), edits: plural('resetEdits', edited) })}
          </p>
          <p>{t('resetBackupHint')}</p>
          <div class="buttons">
            <button
              type="button"
              class="primary"
              onClick={() => {
                onBackup();
                setBackedUp(true);
              }}
            >
              {t(backedUp ? 'resetBackedUp' : 'resetBackup')}
            </button>
            <button type="button" class="danger" onClick={() => void reset()}>
              {t(backedUp ? 'resetNow' : 'resetWithout')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
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
