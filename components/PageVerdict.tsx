import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { PageStatus, SiteMode, PageVerdict as Verdict } from '../lib/messages/protocol';
import { MixedText } from './MixedText';

/** What detection made of the page, as the popup says it. */
const VERDICTS: Record<Verdict, string> = {
  'arabic-news': 'Arabic news',
  'arabic-other': 'Arabic, but not a news article',
  persian: 'Persian',
  urdu: 'Urdu',
  sindhi: 'Sindhi',
  pashto: 'Pashto',
  kurdish: 'Kurdish',
  uyghur: 'Uyghur',
  hebrew: 'Hebrew',
  'not-arabic': 'Not Arabic',
};

const MODES: ReadonlyArray<[SiteMode, string]> = [
  ['auto', 'When it is Arabic news'],
  ['always', 'Always'],
  ['never', 'Never'],
];

/** Reasons shown: the most telling come first. */
const MAX_REASONS = 4;

export interface PageVerdictProps {
  status: PageStatus;
  /** The page's host, for the site switch's label; '' when unknown. */
  host: string;
  /** A switch is being applied: the controls wait. */
  busy: boolean;
  onToggle(on: boolean): void;
  onSiteMode(mode: SiteMode): void;
  /** Highlight the whole page (on) or only its article. */
  onWholePage(on: boolean): void;
}

/** Why highlighting is off, when detection alone does not say it. */
function offReason(status: PageStatus): string {
  if (status.siteMode === 'never') return 'Highlighting is set to never on this site.';
  if (status.detection.verdict === 'arabic-news') return 'Highlighting is turned off for this page.';
  return 'So Dalil leaves it alone.';
}

/**
 * The detection verdict folded into one plain line ("Arabic news — highlighting on"), which opens onto its
 * reasons, the switch for this page ("highlight anyway" when the page was not taken for Arabic news) and
 * the choice for the whole site. Open from the start where highlighting is off: the switch is then what the
 * reader needs.
 */
export function PageVerdict(props: PageVerdictProps): JSX.Element {
  const { status, host, busy, onToggle, onSiteMode, onWholePage } = props;
  const { detection, active } = status;
  const news = detection.verdict === 'arabic-news';
  const label = VERDICTS[detection.verdict] ?? detection.verdict;
  // Opened or closed by the reader from then on: a switch turned on inside it does not fold it away.
  const [open, setOpen] = useState(!active);
  return (
    <details
      class={`verdict ${news ? 'is-news' : 'not-news'}`}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary class="verdict-line">
        {news ? (
          <strong>Arabic news</strong>
        ) : (
          <>
            <strong>Not Arabic news</strong>
            {detection.verdict !== 'not-arabic' && <span class="verdict-kind">{` · ${label}`}</span>}
          </>
        )}
        <span class="verdict-state">{active ? ' — highlighting on' : ' — highlighting off'}</span>
      </summary>
      {!active && <p class="verdict-off">{offReason(status)}</p>}
      {detection.reasons.length > 0 && (
        <ul class="reasons" aria-label="Why">
          {detection.reasons.slice(0, MAX_REASONS).map((reason) => (
            <li key={reason}>
              <MixedText text={reason} />
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class={active ? 'toggle' : 'toggle primary'}
        disabled={busy}
        onClick={() => onToggle(!active)}
      >
        {active ? 'Stop highlighting this page' : news ? 'Highlight this page' : 'Highlight anyway'}
      </button>
      {active && (
        <label class="whole-page">
          <input
            type="checkbox"
            checked={status.wholePage}
            disabled={busy}
            onChange={(event) => onWholePage(event.currentTarget.checked)}
          />
          Whole page <span class="muted">(menus, sidebars and links too, not only the article)</span>
        </label>
      )}
      {status.reading === 'no-article' && (
        <p class="verdict-reading">No article stands out on this page, so the whole page is highlighted.</p>
      )}
      <fieldset class="site-mode" disabled={busy}>
        <legend>
          Highlight on{' '}
          {host === '' ? (
            'this site'
          ) : (
            <bdi class="host" dir="ltr">
              {host}
            </bdi>
          )}
        </legend>
        {MODES.map(([mode, text]) => (
          <label key={mode}>
            <input
              type="radio"
              name="site-mode"
              value={mode}
              checked={status.siteMode === mode}
              onChange={() => onSiteMode(mode)}
            />
            {text}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
