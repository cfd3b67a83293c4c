import { type ComponentChildren, Fragment, type JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { About } from '~/components/About';
import { ArabicName } from '~/components/ArabicName';
import { EntryForm } from '~/components/EntryForm';
import { EntryTable } from '~/components/EntryTable';
import { type Download, ExportPanel, exportGlossary } from '~/components/ExportPanel';
import { HistoryPanel } from '~/components/HistoryPanel';
import { HoverDelaySetting } from '~/components/HoverDelaySetting';
import { ImportPanel } from '~/components/ImportPanel';
import type { Previewer } from '~/components/import-previewer';
import { LanguageSetting } from '~/components/LanguageSetting';
import { ProblemText } from '~/components/ProblemText';
import { ResetPanel } from '~/components/ResetPanel';
import { StatusLine } from '~/components/StatusLine';
import { SuggestionsSwitch } from '~/components/SuggestionsSwitch';
import { sayError } from '~/components/say-error';
import { useI18n } from '~/components/use-i18n';
import { draftFromQuery, type EntryDraft } from '~/lib/glossary/draft-entry';
import type { GlossaryEntry } from '~/lib/glossary/schema';
import type { AskBackground, EntryView, PutReply } from '~/lib/messages/protocol';

export interface AppProps {
  /** Sends a request to the background (askBackground; a fake over the real handlers in tests). */
  ask: AskBackground;
  download: Download;
  /** Reads an import file and plans it (a Worker on the page; in place in the unit tests). */
  preview: Previewer;
}

const VIEWS = ['glossary', 'files', 'history'] as const;
type View = (typeof VIEWS)[number];

const collator = new Intl.Collator('ar');
function sorted(entries: EntryView[]): EntryView[] {
  return entries.sort((a, b) => collator.compare(a.ar, b.ar) || a.id.localeCompare(b.id));
}

/** The entry id in `#entry=<id>`, which the card's "Edit entry" button opens the page with. */
function entryInHash(hash: string): string | null {
  const match = /^#entry=(.+)$/.exec(hash);
  if (match?.[1] === undefined) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

function label(entry: GlossaryEntry): string {
  return `${entry.ar} (${entry.en})`;
}

/** The options page: the glossary (browse, add, edit, delete), its files (import, export, reset), history. */
export function App(props: AppProps): JSX.Element {
  const { ask, download, preview } = props;
  const [entries, setEntries] = useState<EntryView[] | null>(null);
  const [view, setView] = useState<View>('glossary');
  const [editing, setEditing] = useState<EntryView | 'new' | null>(null);
  /** What a new entry starts with, when the search's "Add …" opened the form. */
  const [draft, setDraft] = useState<EntryDraft | undefined>(undefined);
  const [status, setStatus] = useState<string | null>(null);
  const [undo, setUndo] = useState<EntryView | null>(null);
  // Text, or a problem's parts with what the entry wrote set apart in its own direction (ProblemText).
  const [error, setError] = useState<ComponentChildren | null>(null);
  /** The entries as last read, for the hashchange listener (registered once). */
  const latest = useRef<EntryView[]>([]);
  const i18n = useI18n();
  const { t } = i18n;
  /**
   * The translator of the latest render, for the callbacks made once (the hashchange listener and the
   * reload it starts): a language chosen on this page since then is the one they speak.
   */
  const said = useRef(i18n);
  said.current = i18n;

  const reload = useCallback(async (): Promise<EntryView[]> => {
    try {
      const list = sorted((await ask({ type: 'entries/list' })).entries);
      latest.current = list;
      setEntries(list);
      return list;
    } catch (problem) {
      setError(said.current.t('optionsUnreadable', { error: sayError(said.current, problem) }));
      return [];
    }
  }, [ask]);

  const openFromHash = useCallback((list: readonly EntryView[]) => {
    const id = entryInHash(location.hash);
    if (id === null) return;
    const entry = list.find((candidate) => candidate.id === id);
    setView('glossary');
    if (entry === undefined) {
      setStatus(said.current.t('optionsNoEntry', { id }));
      return;
    }
    setEditing(entry);
  }, []);

  useEffect(() => {
    void reload().then(openFromHash);
    const onHash = () => openFromHash(latest.current);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [reload, openFromHash]);

  const report = (message: string, undoable: EntryView | null = null) => {
    setStatus(message);
    setUndo(undoable);
    setError(null);
  };

  const closeForm = () => {
    setEditing(null);
    if (entryInHash(location.hash) !== null) history.replaceState(null, '', location.pathname);
  };

  const save = async (entry: GlossaryEntry): Promise<PutReply> => {
    const reply = await ask({ type: 'entry/put', entry });
    if (reply.ok) {
      const done = t(editing === 'new' ? 'optionsAdded' : 'optionsSaved', { entry: label(reply.entry) });
      closeForm();
      await reload();
      report(done);
    }
    return reply;
  };

  const remove = async (entry: EntryView) => {
    try {
      const { deleted } = await ask({ type: 'entry/delete', id: entry.id });
      if (editing !== null && editing !== 'new' && editing.id === entry.id) closeForm();
      report(
        t(deleted === null ? 'optionsAlreadyDeleted' : 'optionsDeleted', { entry: label(entry) }),
        deleted,
      );
      await reload();
    } catch (problem) {
      setError(t('optionsNotDeleted', { error: sayError(i18n, problem) }));
    }
  };

  const restore = async (entry: EntryView) => {
    try {
      const reply = await ask({ type: 'entry/restore', entry });
      if (reply.ok) report(t('optionsRestored', { entry: label(entry) }));
      else
        setError(
          reply.problems.map((problem, i) => (
            <Fragment key={i}>
              {i > 0 && ' '}
              <ProblemText problem={problem} />
            </Fragment>
          )),
        );
      setUndo(null);
      await reload();
    } catch (problem) {
      setError(t('optionsNotRestored', { error: sayError(i18n, problem) }));
    }
  };

  const backup = () => {
    if (entries !== null) download(exportGlossary(entries, { scope: 'all', format: 'json' }));
  };

  return (
    <div class="options">
      <header>
        <h1>
          {t('appName')}
          <ArabicName />
        </h1>
        <nav aria-label={t('optionsSections')}>
          {VIEWS.map((id) => (
            <button
              key={id}
              type="button"
              class="tab"
              aria-current={view === id ? 'page' : undefined}
              onClick={() => setView(id)}
            >
              {t(`view_${id}`)}
            </button>
          ))}
        </nav>
      </header>
      {(status !== null || error !== null) && (
        <div class="status-bar">
          <StatusLine message={status}>
            {undo !== null && (
              <>
                {' '}
                <button type="button" onClick={() => void restore(undo)}>
                  {t('optionsUndo')}
                </button>
              </>
            )}
          </StatusLine>
          {error !== null && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      {entries === null ? (
        <p class="hint">{error === null ? t('optionsReading') : ''}</p>
      ) : (
        <main>
          {view === 'glossary' && (
            <>
              <LanguageSetting ask={ask} />
              <SuggestionsSwitch ask={ask} />
              <HoverDelaySetting ask={ask} />
              {editing === null ? (
                <div class="buttons">
                  <button
                    type="button"
                    class="primary"
                    onClick={() => {
                      setDraft(undefined);
                      setEditing('new');
                    }}
                  >
                    {t('addEntry')}
                  </button>
                </div>
              ) : (
                <EntryForm
                  key={editing === 'new' ? `new:${draft?.ar ?? ''}|${draft?.en ?? ''}` : editing.id}
                  entry={editing === 'new' ? null : editing}
                  draft={editing === 'new' ? draft : undefined}
                  onSave={save}
                  onCancel={closeForm}
                />
              )}
              <EntryTable
                entries={entries}
                onEdit={setEditing}
                onDelete={(entry) => void remove(entry)}
                onAdd={(query) => {
                  setDraft(draftFromQuery(query));
                  setEditing('new');
                  window.scrollTo({ top: 0 });
                }}
              />
            </>
          )}
          {view === 'files' && (
            <>
              <ImportPanel
                ask={ask}
                preview={preview}
                existing={entries}
                onBackup={backup}
                onImported={(summary) => {
                  report(summary);
                  void reload();
                }}
              />
              <ExportPanel entries={entries} download={download} />
              <ResetPanel
                ask={ask}
                entries={entries}
                onBackup={backup}
                onReset={(summary) => {
                  report(summary);
                  void reload();
                }}
              />
            </>
          )}
          {view === 'history' && <HistoryPanel ask={ask} />}
        </main>
      )}
      <About />
    </div>
  );
}
