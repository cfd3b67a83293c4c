import { useEffect, useState } from 'preact/hooks';
import type { PageStatus, SiteMode } from '~/lib/messages';
import { askTab } from '~/lib/runtime-messages';

const VERDICTS: Record<string, string> = {
  'arabic-news': 'Arabic news',
  'arabic-other': 'Arabic, but not a news article',
  persian: 'Persian',
  urdu: 'Urdu',
  hebrew: 'Hebrew',
  'not-arabic': 'Not Arabic',
};

const MODES: Array<[SiteMode, string]> = [
  ['auto', 'When it is Arabic news'],
  ['always', 'Always'],
  ['never', 'Never'],
];

/** The toolbar popup: this page's verdict and the switches for the page and the site. */
export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(async ([tab]) => {
        if (tab?.id === undefined) throw new Error('no tab');
        setTabId(tab.id);
        setStatus(await askTab(tab.id, { type: 'page/status' }));
      })
      .catch(() => setError('Dalil does not run on this page (browser pages and stores are off limits).'));
  }, []);

  if (error !== null) return <p class="note">{error}</p>;
  if (status === null || tabId === null) return <p class="note">Reading the page…</p>;
  const entities = Object.values(status.counts);
  return (
    <main>
      <h1>Dalil</h1>
      <p>
        This page: <strong>{VERDICTS[status.detection.verdict] ?? status.detection.verdict}</strong>
      </p>
      <ul class="reasons">
        {status.detection.reasons.slice(0, 4).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {status.active && (
        <p>
          {entities.length} entities, {entities.reduce((sum, count) => sum + count, 0)} mentions highlighted.
        </p>
      )}
      <button
        type="button"
        onClick={() => askTab(tabId, { type: 'page/toggle', on: !status.active }).then(setStatus)}
      >
        {status.active ? 'Stop highlighting this page' : 'Highlight this page anyway'}
      </button>
      <fieldset>
        <legend>Highlight on this site</legend>
        {MODES.map(([mode, label]) => (
          <label key={mode}>
            <input
              type="radio"
              name="site-mode"
              checked={status.siteMode === mode}
              onChange={() => askTab(tabId, { type: 'page/site-mode', mode }).then(setStatus)}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </main>
  );
}
