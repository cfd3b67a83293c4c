import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../lib/glossary/schema';
import type { PageEntity, PageStatus, PutReply, SiteMode } from '../lib/messages/protocol';
import { ArabicName } from './ArabicName';
import { EntityList, SuggestedNames } from './EntityList';
import { GlossarySearch } from './GlossarySearch';
import { PageExport } from './PageExport';
import { PageVerdict } from './PageVerdict';
import { type PopupApi, PopupContext, type PopupServices } from './popup-api';
import { scriptLang } from './text-lang';
import { useI18n } from './use-i18n';

type PageState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, a store, or a tab opened before Dalil was installed. */
  | { kind: 'unreachable' }
  | { kind: 'ready'; status: PageStatus; entities: PageEntity[]; url: string; title: string };

/** How long a short message stays in the live region. */
const MESSAGE_MS = 4000;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** The language of the page's title: the one detection found, else guessed from its letters. */
function titleLang(status: PageStatus, title: string): string {
  const verdict = status.detection.verdict;
  if (verdict === 'persian') return 'fa';
  if (verdict === 'urdu') return 'ur';
  if (verdict === 'hebrew') return 'he';
  return scriptLang(title);
}

function ThisPage(props: {
  page: Extract<PageState, { kind: 'ready' }>;
  busy: boolean;
  onToggle(on: boolean): void;
  onSiteMode(mode: SiteMode): void;
  onWholePage(on: boolean): void;
  onAdd(entry: GlossaryEntry): Promise<PutReply>;
}): JSX.Element {
  const { page, busy, onToggle, onSiteMode, onWholePage, onAdd } = props;
  const { status, url, title } = page;
  const host = hostOf(url);
  // Names the finder suggested are listed apart, and are neither counted nor exported as glossary entities.
  const entities = page.entities.filter((entity) => entity.entry.suggestion === undefined);
  const suggested = page.entities.filter((entity) => entity.entry.suggestion !== undefined);
  const mentions = entities.reduce((sum, entity) => sum + entity.count, 0);
  const { t, plural } = useI18n();
  return (
    <>
      {title.trim() !== '' && (
        <p class="page-title" dir="auto" lang={titleLang(status, title)}>
          {title}
        </p>
      )}
      <PageVerdict
        status={status}
        host={host}
        busy={busy}
        onToggle={onToggle}
        onSiteMode={onSiteMode}
        onWholePage={onWholePage}
      />
      {status.active && (
        <section class="page-entities" aria-labelledby="entities-title">
          <div class="entities-head">
            <h2 id="entities-title" class="section-title">
              {entities.length === 0
                ? t('popupNoNames')
                : t('popupCounts', {
                    entities: plural('entities', entities.length),
                    mentions: plural('mentions', mentions),
                  })}
            </h2>
            {entities.length > 0 && <PageExport entities={entities} host={host} />}
          </div>
          {entities.length > 0 && <EntityList entities={entities} pageUrl={url} />}
        </section>
      )}
      {status.active && suggested.length > 0 && <SuggestedNames entities={suggested} onAdd={onAdd} />}
    </>
  );
}

/**
 * The toolbar popup: this page (verdict, switches, every entity with its sentences and history, export)
 * and a look-up over the whole glossary. Everything it knows comes through `api`.
 */
export function Popup(props: { api: PopupApi }): JSX.Element {
  const { api } = props;
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const messageTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { t } = useI18n();

  const announce = useCallback((text: string) => {
    clearTimeout(messageTimer.current);
    setMessage(text);
    messageTimer.current = setTimeout(() => setMessage(''), MESSAGE_MS);
  }, []);
  useEffect(() => () => clearTimeout(messageTimer.current), []);
  const services = useMemo<PopupServices>(() => ({ ...api, announce }), [api, announce]);

  /** Reads the page's entities after its status (the content script answers status once highlighting settled). */
  const load = useCallback(
    async (known?: PageStatus) => {
      try {
        const status = known ?? (await api.askPage({ type: 'page/status' }));
        const found = await api.askPage({ type: 'page/entities' });
        setPage({ kind: 'ready', status, ...found });
      } catch (error) {
        console.error('Dalil: the page did not answer', error);
        setPage({ kind: 'unreachable' });
      }
    },
    [api],
  );
  useEffect(() => {
    void load();
  }, [load]);

  /**
   * Adds a name to the glossary. The background then tells every tab to highlight anew; this page is asked
   * too, and answers once it has, so the list read after it shows the name among the glossary's.
   */
  const add = async (entry: GlossaryEntry): Promise<PutReply> => {
    const reply = await api.askBackground({ type: 'entry/add', entry });
    if (!reply.ok) return reply;
    announce(t('popupAdded', { name: reply.entry.en }));
    if (page.kind === 'ready') {
      const refreshed = await api.askPage({ type: 'page/glossary-changed' }).catch(() => undefined);
      if (refreshed !== undefined) await load();
    }
    return reply;
  };

  const change = (request: Promise<PageStatus>) => {
    setBusy(true);
    request
      .then((status) => load(status))
      .catch(() => announce(t('pageNoAnswer')))
      .finally(() => setBusy(false));
  };

  return (
    <PopupContext.Provider value={services}>
      <div class="popup">
        <header class="top-bar">
          <h1>
            {t('appName')}
            <ArabicName />
          </h1>
        </header>
        <section class="this-page" aria-label={t('popupThisPage')}>
          {page.kind === 'loading' && <p class="muted">{t('popupReading')}</p>}
          {page.kind === 'unreachable' && <p class="muted">{t('popupUnreachable')}</p>}
          {page.kind === 'ready' && (
            <ThisPage
              page={page}
              busy={busy}
              onToggle={(on) => change(api.askPage({ type: 'page/toggle', on }))}
              onSiteMode={(mode) => change(api.askPage({ type: 'page/site-mode', mode }))}
              onWholePage={(on) => change(api.askPage({ type: 'page/whole-page', on }))}
              onAdd={add}
            />
          )}
        </section>
        {/* After the page: the entities are what the reader opened the popup for. */}
        <GlossarySearch onAdd={add} />
        <p class="live" role="status">
          {message}
        </p>
      </div>
    </PopupContext.Provider>
  );
}
