import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SightingView } from '../lib/messages/protocol';
import { usePopup } from './popup-api';
import { scriptLang } from './text-lang';
import { useI18n } from './use-i18n';

/** Rows asked of the history: enough to fill the list once this page's own visits are left out. */
const HISTORY_LIMIT = 50;
/** Other pages listed. */
const SHOWN = 8;

/** Dates as the interface's language writes them, with Western digits as its numbers. */
const DATES = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
  ar: new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric' }),
};

type HistoryState =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'ready'; visits: number; others: SightingView[] };

/** The other pages, newest first, each once: this page's own visits are not "elsewhere". */
function otherPages(sightings: readonly SightingView[], pageUrl: string): SightingView[] {
  const seen = new Set<string>([pageUrl]);
  const others: SightingView[] = [];
  for (const sighting of sightings) {
    if (seen.has(sighting.url)) continue;
    seen.add(sighting.url);
    others.push(sighting);
  }
  return others;
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function Sighting(props: { sighting: SightingView }): JSX.Element {
  const { url, title, site, at } = props.sighting;
  const name = title.trim() === '' ? url : title;
  const lang = scriptLang(name);
  const i18n = useI18n();
  const text = (
    <bdi dir="auto" lang={lang}>
      {name}
    </bdi>
  );
  return (
    <li class="sighting">
      {/* A link from the popup opens in a new tab; only web addresses are made links. */}
      {isWebUrl(url) ? (
        <a href={url} target="_blank" rel="noreferrer">
          {text}
        </a>
      ) : (
        text
      )}
      <span class="sighting-meta">
        <bdi dir="ltr" lang="en">
          {site}
        </bdi>
        {' · '}
        <time dateTime={new Date(at).toISOString()}>{DATES[i18n.lang].format(at)}</time>
      </span>
    </li>
  );
}

/** Where else the reader met an entry: the other pages of its history, with title, site and date. */
export function EntryHistory(props: { entryId: string; pageUrl: string }): JSX.Element {
  const { entryId, pageUrl } = props;
  const { askBackground } = usePopup();
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });
  const { t, plural } = useI18n();

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    askBackground({ type: 'entry/history', entryId, limit: HISTORY_LIMIT }).then(
      (reply) => {
        if (current)
          setState({ kind: 'ready', visits: reply.count, others: otherPages(reply.sightings, pageUrl) });
      },
      (error: unknown) => {
        console.error('Dalil: entry history', entryId, error);
        if (current) setState({ kind: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [askBackground, entryId, pageUrl]);

  return (
    <div class="history">
      <h4 class="label">{t('historySeenElsewhere')}</h4>
      {state.kind === 'loading' && <p class="muted">{t('historyReadingYours')}</p>}
      {state.kind === 'failed' && <p class="muted">{t('historyUnreadable')}</p>}
      {state.kind === 'ready' &&
        (state.others.length === 0 ? (
          <p class="muted">{t('historyNoOther')}</p>
        ) : (
          <>
            <ul class="sightings">
              {state.others.slice(0, SHOWN).map((sighting) => (
                <Sighting key={sighting.url} sighting={sighting} />
              ))}
            </ul>
            <p class="muted small">{plural('historyVisits', state.visits)}</p>
          </>
        ))}
    </div>
  );
}
