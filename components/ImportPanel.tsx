import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { changedFields, ENTRY_FIELDS } from '../lib/glossary/entry-fields';
import type { ImportMode } from '../lib/glossary/import-plan';
import { type ImportPreview, type ImportProgress, MAX_IMPORT_CHARS } from '../lib/glossary/import-preview';
import type { GlossaryProblem } from '../lib/glossary/problems';
import type { GlossaryEntry } from '../lib/glossary/schema';
import { sayField } from '../lib/i18n/say-problem';
import type { TextKey, Translator } from '../lib/i18n/translate';
import type { AskBackground, EntryView } from '../lib/messages/protocol';
import { type Previewer, PreviewFailure } from './import-previewer';
import { ProblemText, Quoted } from './ProblemText';
import { sayError } from './say-error';
import { TypeBadge } from './TypeBadge';
import { useI18n } from './use-i18n';

export interface ImportPanelProps {
  ask: AskBackground;
  /** Reads the chosen file and plans its import (in a Worker on the options page). */
  preview: Previewer;
  /** The stored glossary, to preview against. */
  existing: readonly EntryView[];
  /** After a successful import, with a summary for the status line. */
  onImported(summary: string): void;
  /** Saves a backup of the whole glossary (offered before a replace). */
  onBackup(): void;
}

/** Lists longer than this are cut, with a count of the rest: the preview must stay quick to render. */
const SHOWN = 200;

/** The columns a file names, as the import reads them (lib/glossary/entry-fields.ts). */
const COLUMNS = ENTRY_FIELDS.filter((field) => field.column !== null);
const REQUIRED_COLUMNS = COLUMNS.filter((field) => field.required).map((field) => field.column);
const OPTIONAL_COLUMNS = COLUMNS.filter((field) => !field.required).map((field) => field.column);

/** Where a problem is: the file, an entry of a JSON file, a line of a CSV or TSV one. */
function where(line: number, format: string | null, i18n: Translator): string {
  if (line === 0) return i18n.t('importWhereFile');
  return i18n.t(format === 'json' ? 'importWhereEntry' : 'importWhereLine', { line });
}

/** The problems the glossary's checks (lib/glossary) find in a file or its rows. */
function ProblemList(props: { problems: readonly GlossaryProblem[]; format: string | null; label: string }) {
  const { problems, format, label } = props;
  const i18n = useI18n();
  return (
    <ul class="problems" aria-label={label}>
      {problems.slice(0, SHOWN).map((problem, index) => (
        <li key={index}>
          <span class="line">{where(problem.line, format, i18n)}:</span> <ProblemText problem={problem} />
        </li>
      ))}
      <More total={problems.length} />
    </ul>
  );
}

/** The line after the SHOWN first items of a longer list. */
function More(props: { total: number }) {
  const { t } = useI18n();
  return props.total > SHOWN ? <li>{t('andMore', { count: props.total - SHOWN })}</li> : null;
}

function EntryLine(props: { entry: GlossaryEntry }) {
  const { entry } = props;
  return (
    <>
      <bdi class="ar" dir="rtl" lang="ar">
        {entry.ar}
      </bdi>{' '}
      <bdi dir="ltr" lang="en">
        {entry.en}
      </bdi>{' '}
      <TypeBadge type={entry.type} />
    </>
  );
}

/** The fields an import changes in an entry, by their names (the three flags are one: the matching). */
function changedNames(before: GlossaryEntry, after: GlossaryEntry, i18n: Translator): string[] {
  return [...new Set(changedFields(before, after).map((field) => sayField(i18n, field)))];
}

/** What the preview is doing, for the progress line. */
function progressText(progress: ImportProgress, i18n: Translator): string {
  if (progress.step === 'reading') return i18n.t('importReadingFile');
  return i18n.t('importComparing', {
    rows: i18n.plural('rows', progress.rows),
    entries: i18n.plural('entries', progress.entries),
  });
}

/** The import button's words: what it writes, and in replace mode what it removes. */
function importLabel(
  options: { valid: number; rejected: number; removed: number; mode: ImportMode },
  i18n: Translator,
): string {
  const { valid, rejected, removed, mode } = options;
  const what =
    rejected > 0
      ? i18n.plural('importValidOnly', valid)
      : i18n.t('importEntries', { entries: i18n.plural('entries', valid) });
  return mode === 'replace' && removed > 0
    ? i18n.t('importAndRemove', { what, entries: i18n.plural('entries', removed) })
    : what;
}

function Summary(props: { preview: ImportPreview<EntryView>; mode: ImportMode }) {
  const { plan, total } = props.preview;
  const { t, plural } = useI18n();
  const parts = [
    t('importToAdd', { count: plan.added.length }),
    t('importToChange', { count: plan.changed.length }),
    t('importUnchanged', { count: plan.unchanged.length }),
    t('importRejectedCount', { count: plan.rejected.length }),
  ];
  if (props.mode === 'replace') parts.push(t('importToRemove', { count: plan.removed.length }));
  return <p class="summary">{plural('importSummary', total, { parts: parts.join(t('listSeparator')) })}</p>;
}

/** A list of the plan's entries (to add, change or remove), open when it is short. */
function PlanList<T>(props: {
  title: TextKey;
  items: readonly T[];
  open?: boolean;
  item(row: T): JSX.Element;
}) {
  const { title, items, open, item } = props;
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <details open={open}>
      <summary>{t('importListCount', { list: t(title), count: items.length })}</summary>
      <ul class="entries" aria-label={t(title)}>
        {items.slice(0, SHOWN).map(item)}
        <More total={items.length} />
      </ul>
    </details>
  );
}

/**
 * Import: choose a file, see what it would add, change and reject, then import. Nothing is written before
 * the user confirms, and then all of it in one transaction. Rows with problems are never imported; when a
 * file has some, the user either fixes the file or explicitly imports the valid rows only.
 */
export function ImportPanel(props: ImportPanelProps): JSX.Element {
  const { ask, preview: runPreview, existing, onImported, onBackup } = props;
  const [mode, setMode] = useState<ImportMode>('merge');
  const [emptyCellsClear, setEmptyCellsClear] = useState(false);
  const [preview, setPreview] = useState<ImportPreview<EntryView> | null>(null);
  const [progress, setProgress] = useState<{ done: number; text: string } | null>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<GlossaryProblem[]>([]);
  /** A new key empties the file input (after an import or a cancel). */
  const [inputKey, setInputKey] = useState(0);
  const i18n = useI18n();
  const { t, plural } = i18n;

  useEffect(() => {
    setPreview(null);
    if (file === null) return;
    const aborted = new AbortController();
    setProgress({ done: 0, text: t('importReadingFile') });
    runPreview(
      { text: file.text, name: file.name, existing, mode, emptyCellsClear },
      {
        onProgress: (step) => setProgress({ done: step.done, text: progressText(step, i18n) }),
        signal: aborted.signal,
      },
    ).then(
      (planned) => {
        setPreview(planned);
        setProgress(null);
      },
      (problem: unknown) => {
        if (aborted.signal.aborted) return;
        setProgress(null);
        if (problem instanceof PreviewFailure) {
          console.error('Dalil: the import preview stopped', problem);
          setError(t('importPreviewStopped', { file: file.name }));
        } else setError(t('importUnreadable', { file: file.name, error: sayError(i18n, problem) }));
      },
    );
    return () => aborted.abort();
  }, [runPreview, file, existing, mode, emptyCellsClear]);
  const cancel = () => {
    setFile(null);
    setRefused([]);
    setInputKey(inputKey + 1);
  };

  const choose = async (input: HTMLInputElement) => {
    setError(null);
    setRefused([]);
    setFile(null);
    const chosen = input.files?.[0];
    if (chosen === undefined) return;
    // Refused before reading: a file this large is no glossary, and reading it would stall the page.
    if (chosen.size > MAX_IMPORT_CHARS * 4) {
      setError(t('importTooLarge', { file: chosen.name, mb: Math.round(chosen.size / 1_000_000) }));
      return;
    }
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch (problem) {
      setError(t('importUnreadable', { file: chosen.name, error: sayError(i18n, problem) }));
    }
  };

  const run = async () => {
    if (preview === null) return;
    setBusy(true);
    setProgress({
      done: 0,
      text: t('importImporting', { entries: plural('entries', preview.entries.length) }),
    });
    setRefused([]);
    try {
      const reply = await ask({ type: 'glossary/import', entries: preview.entries, mode });
      if (!reply.ok) {
        setRefused(reply.problems);
        return;
      }
      const removed = mode === 'replace' ? t('importDoneRemoved', { count: reply.removed }) : '';
      const { added, changed, unchanged } = reply;
      const name = file?.name ?? t('importTheFile');
      onImported(t('importDone', { file: name, added, changed, unchanged, removed }));
      cancel();
    } catch (problem) {
      setError(t('importFailed', { error: sayError(i18n, problem) }));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const plan = preview?.plan;
  const writes = plan === undefined ? 0 : plan.added.length + plan.changed.length + plan.removed.length;
  const valid = preview?.entries.length ?? 0;

  return (
    <section class="import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p class="hint">
        {i18n.parts('importHint', {
          columns: (
            <code dir="ltr" lang="en">
              {REQUIRED_COLUMNS.join(', ')}
            </code>
          ),
          optional: (
            <code dir="ltr" lang="en">
              {OPTIONAL_COLUMNS.join(', ')}
            </code>
          ),
        })}
      </p>
      <fieldset class="modes">
        <legend>{t('importHow')}</legend>
        <label class="check">
          <input
            type="checkbox"
            name="emptyCellsClear"
            checked={emptyCellsClear}
            onChange={(event) => setEmptyCellsClear(event.currentTarget.checked)}
          />
          {t('importEmptyCells')}
        </label>
        <label class="check">
          <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          {t('importMerge')}
        </label>
        <label class="check">
          <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          {t('importReplace')}
        </label>
      </fieldset>
      <label class="file">
        <span class="label">{t('importFile')}</span>
        <input
          key={inputKey}
          type="file"
          name="file"
          accept=".json,.csv,.tsv,.tab,.txt,application/json,text/csv,text/tab-separated-values"
          onChange={(event) => void choose(event.currentTarget)}
        />
      </label>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {progress !== null && (
        <p class="progress" role="status">
          <progress
            max={1}
            // Writing the import is one transaction: how far it is cannot be told, only that it runs.
            {...(busy ? {} : { value: progress.done })}
            aria-label={t('importProgress')}
          />{' '}
          {progress.text}
        </p>
      )}
      {preview !== null && preview.fatal !== null && (
        <div class="preview" role="alert">
          <p class="error">
            {i18n.parts('importNothingFrom', {
              file: file === null ? t('importTheFile') : <Quoted text={file.name} />,
            })}
          </p>
          <ProblemList problems={preview.fatal} format={preview.format} label={t('importFileProblems')} />
        </div>
      )}
      {preview !== null && plan !== undefined && preview.fatal === null && (
        <section class="preview" aria-label={t('importPreview')}>
          <Summary preview={preview} mode={mode} />
          {plan.rejected.length > 0 && (
            <>
              <h3>{t('importRejected')}</h3>
              <ProblemList problems={plan.rejected} format={preview.format} label={t('importRejectedRows')} />
            </>
          )}
          {preview.warnings.length > 0 && (
            <>
              <h3>{t('importToCheck')}</h3>
              <ProblemList problems={preview.warnings} format={preview.format} label={t('importWarnings')} />
            </>
          )}
          <PlanList
            title="importAddList"
            items={plan.added}
            open={plan.added.length <= 20}
            item={(row) => (
              <li key={row.line}>
                <EntryLine entry={row.entry} />
              </li>
            )}
          />
          <PlanList
            title="importChangeList"
            items={plan.changed}
            open={plan.changed.length <= 20}
            item={(change) => (
              <li key={change.line}>
                <EntryLine entry={change.after} />{' '}
                <span class="muted">
                  ({changedNames(change.before, change.after, i18n).join(t('listSeparator'))})
                </span>
              </li>
            )}
          />
          <PlanList
            title="importRemoveList"
            items={plan.removed}
            item={(entry) => (
              <li key={entry.id}>
                <EntryLine entry={entry} />
              </li>
            )}
          />
          {refused.length > 0 && (
            <div role="alert">
              <p class="error">{t('importChangedSince')}</p>
              <ul class="problems" aria-label={t('importRefused')}>
                {refused.map((problem, index) => (
                  <li key={index}>
                    <ProblemText problem={problem} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {plan.rejected.length > 0 && valid > 0 && <p class="hint">{t('importRejectedHint')}</p>}
          {mode === 'replace' && plan.removed.length > 0 && (
            <p class="warning">
              {plural('importWillRemove', plan.removed.length)}{' '}
              <button type="button" onClick={onBackup}>
                {t('backupFirst')}
              </button>
            </p>
          )}
          <div class="buttons">
            <button type="button" class="primary" disabled={busy || writes === 0} onClick={() => void run()}>
              {writes === 0
                ? t('importNothing')
                : importLabel(
                    { valid, rejected: plan.rejected.length, removed: plan.removed.length, mode },
                    i18n,
                  )}
            </button>
            <button type="button" onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
