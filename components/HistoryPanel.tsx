import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type AskBackground, HISTORY_KEEP_CHOICES, type HistoryStatsView } from '../lib/messages/protocol';
import { StatusLine } from './StatusLine';
import { sayError } from './say-error';
import { useI18n } from './use-i18n';

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
  const i18n = useI18n();
  const { t, plural, number } = i18n;

  const load = () =>
    ask({ type: 'history/stats' }).then(setStats, (error: unknown) =>
      setMessage(t('historyUnavailable', { error: sayError(i18n, error) })),
    );
  useEffect(() => void load(), []);

  const act = async (work: () => Promise<string>) => {
    try {
      setMessage(await work());
      await load();
    } catch (error) {
      setMessage(t('notDone', { error: sayError(i18n, error) }));
    }
  };

  if (stats === null) {
    return (
      <section class="history-panel" aria-labelledby="history-title">
        <h2 id="history-title">{t('historyTitle')}</h2>
        <p class="hint">{message ?? t('historyLoading')}</p>
      </section>
    );
  }
  return (
    <section class="history-panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle')}</h2>
      <p class="hint">{t('historyHint', { seen: t('cardSeenBefore') })}</p>
      <p class="summary">
        {stats.total === 0
          ? t('historyEmpty')
          : t('historySummary', {
              records: plural('records', stats.total),
              sites: plural('sites', stats.sites.length),
            })}
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
                setMessage(t(paused ? 'historyPaused' : 'historyResumed'));
              },
              (error: unknown) => setMessage(t('notDone', { error: sayError(i18n, error) })),
            );
          }}
        />
        {t('historyPause')}
      </label>
      <label class="keep">
        {t('historyKeep')}{' '}
        <select
          name="keep"
          value={String(stats.keepDays)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const days = HISTORY_KEEP_CHOICES.find((choice) => String(choice) === value) ?? null;
            void act(async () => {
              const next = await ask({ type: 'history/keep', days });
              return days === null
                ? t('historyForever')
                : plural('historyKeptFor', stats.total - next.total, { days: plural('days', days) });
            });
          }}
        >
          {HISTORY_KEEP_CHOICES.map((choice) => (
            <option key={String(choice)} value={String(choice)}>
              {choice === null ? t('keepEver') : choice === 365 ? t('keepYear') : plural('days', choice)}
            </option>
          ))}
        </select>
      </label>
      {stats.sites.length > 0 && (
        <table class="sites">
          <thead>
            <tr>
              <th scope="col">{t('historySite')}</th>
              <th scope="col">{t('historyRecords')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('labelActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.sites.map(({ site, count }) => (
              <tr key={site}>
                <td dir="ltr" lang="en">
                  {site}
                </td>
                <td class="number">{number(count)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('historyForgetSite', { site })}
                    onClick={() =>
                      void act(async () => {
                        const { deleted } = await ask({ type: 'history/forget-site', host: site });
                        return t('historyForgot', { site, records: plural('records', deleted) });
                      })
                    }
                  >
                    {t('historyForget')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!confirmClear ? (
        <button type="button" disabled={stats.total === 0} onClick={() => setConfirmClear(true)}>
          {t('historyClearOpen')}
        </button>
      ) : (
        <div class="confirm" role="alertdialog" aria-label={t('historyClear')}>
          <p class="warning">{t('historyClearQuestion', { records: plural('records', stats.total) })}</p>
          <div class="buttons">
            <button
              type="button"
              class="danger"
              onClick={() =>
                void act(async () => {
                  setConfirmClear(false);
                  const { deleted } = await ask({ type: 'history/clear' });
                  return t('historyCleared', { records: plural('records', deleted) });
                })
              }
            >
              {t('historyClear')}
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <StatusLine message={message} />
    </section>
  );
}
