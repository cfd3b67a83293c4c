import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { TextKey } from '../lib/i18n/translate';
import type { PageStatus, SiteMode, PageVerdict as Verdict } from '../lib/messages/protocol';
import { sayReason } from '../lib/page/say-reason';
import { MixedText } from './MixedText';
import { useI18n } from './use-i18n';

/** What detection made of the page, as the popup says it (a message of the catalogue). */
const VERDICTS = {
  'arabic-news': 'verdict_arabic_news',
  'arabic-other': 'verdict_arabic_other',
  persian: 'verdict_persian',
  urdu: 'verdict_urdu',
  sindhi: 'verdict_sindhi',
  pashto: 'verdict_pashto',
  kurdish: 'verdict_kurdish',
  uyghur: 'verdict_uyghur',
  hebrew: 'verdict_hebrew',
  'not-arabic': 'verdict_not_arabic',
} as const satisfies Record<Verdict, TextKey>;

const MODES: readonly SiteMode[] = ['auto', 'always', 'never'];

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

/**
 * A reason in words, or null for one this popup cannot say. The status is the page's content script's reply,
 * from the page's process: were that compromised, it could send a reason of no known code or with values no
 * message has (a script, a language), and one such reason must not blank the popup.
 */
function sayable<T>(
  i18n: ReturnType<typeof useI18n>,
  reason: unknown,
  code: (text: string) => T,
): Array<string | T> | null {
  try {
    const said = sayReason(i18n, reason as Parameters<typeof sayReason>[1], code);
    return Array.isArray(said) ? said : null;
  } catch {
    return null;
  }
}

/** Why highlighting is off, when detection alone does not say it. */
function offReason(status: PageStatus): TextKey {
  if (status.siteMode === 'never') return 'verdictOffNever';
  if (status.detection.verdict === 'arabic-news') return 'verdictOffPage';
  return 'verdictOffAlone';
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
  const i18n = useI18n();
  const { t, parts } = i18n;
  // A verdict of no known kind (see sayable) reads as not Arabic.
  const label = t(VERDICTS[detection.verdict] ?? VERDICTS['not-arabic']);
  const reasons = detection.reasons
    .map((reason) => ({
      key: JSON.stringify(reason),
      said: sayable(i18n, reason, (text) => (
        <code dir="ltr" lang="en">
          {text}
        </code>
      )),
    }))
    .filter((reason) => reason.said !== null)
    .slice(0, MAX_REASONS);
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
          <strong>{t('verdict_arabic_news')}</strong>
        ) : (
          <>
            <strong>{t('verdictNotNews')}</strong>
            {detection.verdict !== 'not-arabic' && <span class="verdict-kind">{` · ${label}`}</span>}
          </>
        )}
        <span class="verdict-state">{t(active ? 'verdictOn' : 'verdictOff')}</span>
      </summary>
      {!active && <p class="verdict-off">{t(offReason(status))}</p>}
      {reasons.length > 0 && (
        <ul class="reasons" aria-label={t('verdictWhy')}>
          {reasons.map(({ key, said }) => (
            <li key={key}>
              {said?.map((part) => (typeof part === 'string' ? <MixedText key={part} text={part} /> : part))}
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
        {t(active ? 'verdictStop' : news ? 'verdictStart' : 'verdictAnyway')}
      </button>
      {active && (
        <label class="whole-page">
          <input
            type="checkbox"
            checked={status.wholePage}
            disabled={busy}
            onChange={(event) => onWholePage(event.currentTarget.checked)}
          />
          {t('verdictWholePage')} <span class="muted">{t('verdictWholePageHint')}</span>
        </label>
      )}
      {status.reading === 'no-article' && <p class="verdict-reading">{t('verdictNoArticle')}</p>}
      <fieldset class="site-mode" disabled={busy}>
        <legend>
          {parts('verdictSite', {
            site:
              host === '' ? (
                t('verdictThisSite')
              ) : (
                <bdi class="host" dir="ltr" lang="en">
                  {host}
                </bdi>
              ),
          })}
        </legend>
        {MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="site-mode"
              value={mode}
              checked={status.siteMode === mode}
              onChange={() => onSiteMode(mode)}
            />
            {t(`mode_${mode}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
