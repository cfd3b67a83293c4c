import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type AskBackground, HISTORY_KEEP_CHOICES, type HistoryStatsView } from '../lib/messages/protocol';

export interface HistoryPanelProps {
  ask: AskBackground;
}

/**
 * The reading history's privacy controls: what is recorded (visits per site), a pause, forgetting one site
 * and clearing everything (after a confirmation).
 */
export function HistoryPanel(props: HistoryPanelProps): JSX.Element {
  const { ask } = props;
  const [stats, setStats] = useState<HistoryStatsView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);

  const load = () =>
    ask({ type: 'history/stats' }).then(setStats, (error: Error) =>
      setMessage(`History unavailable: ${error.message}`),
    );
  useEffect(() => void load(), []);

  const act = async (work: () => Promise<string>) => {
    try {
      setMessage(await work());
      await load();
    } catch (error) {
      setMessage(`Not done: ${(error as Error).message}`);
    }
  };

  if (stats === null) {
    return (
      <section class="history-panel" aria-labelledby="history-title">
        <h2 id="history-title">Reading history</h2>
        <p class="hint">{message ?? 'Reading…'}</p>
      </section>
    );
  }
  const plural = (count: number, one: string, many: string) =>
    `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
  return (
    <section class="history-panel" aria-labelledby="history-title">
      <h2 id="history-title">Reading history</h2>
      <p class="hint">
        Dalil remembers on which pages you met each entry (one record per entry per page visit), on this
        machine only, for the popup's history of each entity and the card's "Seen before?"; records older than
        the time chosen below are deleted when the browser starts.
      </p>
      <p class="summary">
        {plural(stats.total, 'record', 'records')} from {plural(stats.sites.length, 'site', 'sites')}.
      </p>
      <label class="check">
        <input
          type="checkbox"
          name="paused"
          checked={stats.paused}
          onChange={(event) => {
            const paused = event.currentTarget.checked;
            void ask({ type: 'history/pause', paused }).then(
              (next) => {
                setStats(next);
                setMessage(paused ? 'History paused: nothing new is recorded.' : 'History recording again.');
              },
              (error: Error) => setMessage(`Not done: ${error.message}`),
            );
          }}
        />
        Pause history (nothing new is recorded)
      </label>
      <label class="keep">
        Keep history for{' '}
        <select
          name="keep"
          value={String(stats.keepDays)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const days = HISTORY_KEEP_CHOICES.find((choice) => String(choice) === value) ?? null;
            void act(async () => {
              const next = await ask({ type: 'history/keep', days });
              return days === null
                ? 'History is kept until you clear it.'
                : `History is kept for ${days} days; ${plural(stats.total - next.total, 'older record', 'older records')} deleted.`;
            });
          }}
        >
          {HISTORY_KEEP_CHOICES.map((choice) => (
            <option key={String(choice)} value={String(choice)}>
              {choice === null ? 'ever' : choice === 365 ? 'a year' : `${choice} days`}
            </option>
          ))}
        </select>
      </label>
      {stats.sites.length > 0 && (
        <table class="sites">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Records</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.sites.map(({ site, count }) => (
              <tr key={site}>
                <td dir="ltr">{site}</td>
                <td class="number">{count.toLocaleString('en')}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Forget ${site}`}
                    onClick={() =>
                      void act(async () => {
                        const { deleted } = await ask({ type: 'history/forget-site', host: site });
                        return `Forgot ${site} (${plural(deleted, 'record', 'records')}).`;
                      })
                    }
                  >
                    Forget
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!confirmClear ? (
        <button type="button" disabled={stats.total === 0} onClick={() => setConfirmClear(true)}>
          Clear all history…
        </button>
      ) : (
        <div class="confirm" role="alertdialog" aria-label="Clear all history">
          <p class="warning">Delete all {plural(stats.total, 'record', 'records')}? This cannot be undone.</p>
          <div class="buttons">
            <button
              type="button"
              class="danger"
              onClick={() =>
                void act(async () => {
                  setConfirmClear(false);
                  const { deleted } = await ask({ type: 'history/clear' });
                  return `History cleared (${plural(deleted, 'record', 'records')}).`;
                })
              }
            >
              Clear all history
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message !== null && (
        <p class="status" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
