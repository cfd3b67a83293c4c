import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { changedFields } from '../lib/glossary/entry-fields';
import type { ImportMode } from '../lib/glossary/import-plan';
import { type ImportPreview, type ImportProgress, MAX_IMPORT_CHARS } from '../lib/glossary/import-preview';
import type { GlossaryEntry } from '../lib/glossary/schema';
import type { GlossaryProblem } from '../lib/glossary/validate';
import type { AskBackground, EntryView } from '../lib/messages/protocol';
import type { Previewer } from './import-previewer';

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

function where(line: number, format: string | null): string {
  if (line === 0) return 'File';
  return format === 'json' ? `Entry ${line}` : `Line ${line}`;
}

function ProblemList(props: { problems: readonly GlossaryProblem[]; format: string | null; label: string }) {
  const { problems, format, label } = props;
  return (
    <ul class="problems" aria-label={label}>
      {problems.slice(0, SHOWN).map((problem, index) => (
        <li key={index}>
          <span class="line">{where(problem.line, format)}:</span> {problem.message}
        </li>
      ))}
      {problems.length > SHOWN && <li>…and {(problems.length - SHOWN).toLocaleString('en')} more</li>}
    </ul>
  );
}

function EntryLine(props: { entry: GlossaryEntry }) {
  const { entry } = props;
  return (
    <>
      <bdi class="ar" dir="rtl" lang="ar">
        {entry.ar}
      </bdi>{' '}
      <span lang="en">{entry.en}</span> <span class={`badge badge-${entry.type}`}>{entry.type}</span>
    </>
  );
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The import button's words: what it writes, and in replace mode what it removes. */
function importLabel(options: {
  valid: number;
  rejected: number;
  removed: number;
  mode: ImportMode;
}): string {
  const { valid, rejected, removed, mode } = options;
  const what =
    rejected > 0
      ? valid === 1
        ? 'Import the valid row only'
        : `Import the ${valid.toLocaleString('en')} valid rows only`
      : `Import ${count(valid, 'entry', 'entries')}`;
  return mode === 'replace' && removed > 0
    ? `${what} and remove ${count(removed, 'entry', 'entries')}`
    : what;
}

function Summary(props: { preview: ImportPreview<EntryView>; mode: ImportMode }) {
  const { plan, total } = props.preview;
  const parts = [
    `${plan.added.length.toLocaleString('en')} to add`,
    `${plan.changed.length.toLocaleString('en')} to change`,
    `${plan.unchanged.length.toLocaleString('en')} unchanged`,
    `${plan.rejected.length.toLocaleString('en')} rejected`,
  ];
  if (props.mode === 'replace') parts.push(`${plan.removed.length.toLocaleString('en')} to remove`);
  return (
    <p class="summary">
      {total.toLocaleString('en')} {total === 1 ? 'entry' : 'entries'} in the file: {parts.join(', ')}.
    </p>
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
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<GlossaryProblem[]>([]);
  /** A new key empties the file input (after an import or a cancel). */
  const [inputKey, setInputKey] = useState(0);

  useEffect(() => {
    setPreview(null);
    if (file === null) return;
    const aborted = new AbortController();
    setProgress({ done: 0, message: 'Reading the file…' });
    runPreview(
      { text: file.text, name: file.name, existing, mode, emptyCellsClear },
      { onProgress: setProgress, signal: aborted.signal },
    ).then(
      (planned) => {
        setPreview(planned);
        setProgress(null);
      },
      (problem: unknown) => {
        if (aborted.signal.aborted) return;
        setProgress(null);
        setError(`${file.name} could not be read: ${(problem as Error).message}`);
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
      setError(`${chosen.name} is too large to be a glossary (${Math.round(chosen.size / 1_000_000)} MB).`);
      return;
    }
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch (problem) {
      setError(`${chosen.name} could not be read: ${(problem as Error).message}`);
    }
  };

  const run = async () => {
    if (preview === null) return;
    setBusy(true);
    setProgress({ done: 0, message: `Importing ${count(preview.entries.length, 'entry', 'entries')}…` });
    setRefused([]);
    try {
      const reply = await ask({ type: 'glossary/import', entries: preview.entries, mode });
      if (!reply.ok) {
        setRefused(reply.problems);
        return;
      }
      const removed = mode === 'replace' ? `, ${reply.removed} removed` : '';
      onImported(
        `Imported ${file?.name ?? 'the file'}: ${reply.added} added, ${reply.changed} changed, ${reply.unchanged} unchanged${removed}.`,
      );
      cancel();
    } catch (problem) {
      setError(`The import failed, nothing was changed: ${(problem as Error).message}`);
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
      <h2 id="import-title">Import</h2>
      <p class="hint">
        JSON, CSV or TSV in Dalil's glossary format (columns arabic, english, type; optionally vocalized,
        variants, english_variants, note, wikipedia, inflects, contextual, ambiguous, id). You see what would
        change before anything is written.
      </p>
      <fieldset class="modes">
        <legend>How</legend>
        <label class="check">
          <input
            type="checkbox"
            name="emptyCellsClear"
            checked={emptyCellsClear}
            onChange={(event) => setEmptyCellsClear(event.currentTarget.checked)}
          />
          Empty cells clear fields (otherwise an empty CSV or TSV cell leaves the field as it is)
        </label>
        <label class="check">
          <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          Add to my glossary (entries with the same id are updated)
        </label>
        <label class="check">
          <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          Replace my glossary with the file (entries not in it are removed)
        </label>
      </fieldset>
      <label class="file">
        <span class="label">File</span>
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
            aria-label="Import progress"
          />{' '}
          {progress.message}
        </p>
      )}
      {preview !== null && preview.fatal !== null && (
        <div class="preview" role="alert">
          <p class="error">Nothing can be imported from {file?.name}:</p>
          <ProblemList problems={preview.fatal} format={preview.format} label="Problems with the file" />
        </div>
      )}
      {preview !== null && plan !== undefined && preview.fatal === null && (
        <section class="preview" aria-label="Import preview">
          <Summary preview={preview} mode={mode} />
          {plan.rejected.length > 0 && (
            <>
              <h3>Rejected</h3>
              <ProblemList problems={plan.rejected} format={preview.format} label="Rejected rows" />
            </>
          )}
          {preview.warnings.length > 0 && (
            <>
              <h3>To check</h3>
              <ProblemList problems={preview.warnings} format={preview.format} label="Warnings" />
            </>
          )}
          {plan.added.length > 0 && (
            <details open={plan.added.length <= 20}>
              <summary>To add ({plan.added.length.toLocaleString('en')})</summary>
              <ul class="entries" aria-label="To add">
                {plan.added.slice(0, SHOWN).map((row) => (
                  <li key={row.line}>
                    <EntryLine entry={row.entry} />
                  </li>
                ))}
                {plan.added.length > SHOWN && (
                  <li>…and {(plan.added.length - SHOWN).toLocaleString('en')} more</li>
                )}
              </ul>
            </details>
          )}
          {plan.changed.length > 0 && (
            <details open={plan.changed.length <= 20}>
              <summary>To change ({plan.changed.length.toLocaleString('en')})</summary>
              <ul class="entries" aria-label="To change">
                {plan.changed.slice(0, SHOWN).map((change) => (
                  <li key={change.line}>
                    <EntryLine entry={change.after} />{' '}
                    <span class="muted">({changedFields(change.before, change.after).join(', ')})</span>
                  </li>
                ))}
                {plan.changed.length > SHOWN && (
                  <li>…and {(plan.changed.length - SHOWN).toLocaleString('en')} more</li>
                )}
              </ul>
            </details>
          )}
          {plan.removed.length > 0 && (
            <details>
              <summary>To remove ({plan.removed.length.toLocaleString('en')})</summary>
              <ul class="entries" aria-label="To remove">
                {plan.removed.slice(0, SHOWN).map((entry) => (
                  <li key={entry.id}>
                    <EntryLine entry={entry} />
                  </li>
                ))}
                {plan.removed.length > SHOWN && (
                  <li>…and {(plan.removed.length - SHOWN).toLocaleString('en')} more</li>
                )}
              </ul>
            </details>
          )}
          {refused.length > 0 && (
            <div role="alert">
              <p class="error">The glossary changed since the preview; nothing was imported:</p>
              <ul class="problems" aria-label="Refused">
                {refused.map((problem, index) => (
                  <li key={index}>{problem.message}</li>
                ))}
              </ul>
            </div>
          )}
          {plan.rejected.length > 0 && valid > 0 && (
            <p class="hint">
              The rejected rows will not be imported. Fix them in the file and choose it again, or import the
              valid rows only.
            </p>
          )}
          {mode === 'replace' && plan.removed.length > 0 && (
            <p class="warning">
              {plan.removed.length.toLocaleString('en')} entries not in the file will be removed.{' '}
              <button type="button" onClick={onBackup}>
                Export a backup first
              </button>
            </p>
          )}
          <div class="buttons">
            <button type="button" class="primary" disabled={busy || writes === 0} onClick={() => void run()}>
              {writes === 0
                ? 'Nothing to import'
                : importLabel({ valid, rejected: plan.rejected.length, removed: plan.removed.length, mode })}
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
