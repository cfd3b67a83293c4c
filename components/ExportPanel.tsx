import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toGlossaryEntry } from '../lib/glossary/entry-fields';
import { serializeGlossary } from '../lib/glossary/serialize';
import type { EntryView } from '../lib/messages/protocol';

export type ExportScope = 'all' | 'mine';
export type ExportFormat = 'json' | 'csv';

/** A file for the user to save. */
export interface ExportedFile {
  name: string;
  text: string;
  mime: string;
}

/** Saves a file on the user's machine (a download in the browser, a fake in tests). */
export type Download = (file: ExportedFile) => void;

/** The user's own entries and their edits of bundled ones: what a reset would lose. */
export function isUsersWork(entry: Pick<EntryView, 'origin' | 'edited'>): boolean {
  return entry.origin === 'user' || entry.edited;
}

/**
 * The glossary (or only the user's own and edited entries) as a file that an import reads back without
 * loss: entries only, without the store's bookkeeping. JSON keeps the contexts as well; CSV does not, and an
 * import of it keeps the stored contexts of the entries it names.
 */
export function exportGlossary(
  entries: readonly EntryView[],
  options: { scope: ExportScope; format: ExportFormat; date?: Date },
): ExportedFile {
  const chosen = options.scope === 'all' ? entries : entries.filter(isUsersWork);
  const day = (options.date ?? new Date()).toISOString().slice(0, 10);
  const what = options.scope === 'all' ? 'glossary' : 'my-entries';
  return {
    name: `dalil-${what}-${day}.${options.format}`,
    // The byte-order mark makes Excel read the CSV as UTF-8 (the Arabic), as the popup's page CSV does.
    text: `${options.format === 'csv' ? '\uFEFF' : ''}${serializeGlossary(chosen.map(toGlossaryEntry), options.format)}`,
    mime: options.format === 'json' ? 'application/json' : 'text/csv',
  };
}

export interface ExportPanelProps {
  entries: readonly EntryView[];
  download: Download;
}

export function ExportPanel(props: ExportPanelProps): JSX.Element {
  const { entries, download } = props;
  const [scope, setScope] = useState<ExportScope>('all');
  const [format, setFormat] = useState<ExportFormat>('json');
  const mine = entries.filter(isUsersWork).length;
  const count = scope === 'all' ? entries.length : mine;
  return (
    <section class="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <fieldset>
        <legend>Which entries</legend>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          Everything ({entries.length.toLocaleString('en')})
        </label>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'mine'} onChange={() => setScope('mine')} />
          Only my own and edited entries ({mine.toLocaleString('en')})
        </label>
      </fieldset>
      <fieldset>
        <legend>Format</legend>
        <label class="check">
          <input type="radio" name="format" checked={format === 'json'} onChange={() => setFormat('json')} />
          JSON (everything, including example sentences)
        </label>
        <label class="check">
          <input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} />
          CSV (for a spreadsheet)
        </label>
      </fieldset>
      <div class="buttons">
        <button
          type="button"
          class="primary"
          disabled={count === 0}
          onClick={() => download(exportGlossary(entries, { scope, format }))}
        >
          Export {count.toLocaleString('en')} {count === 1 ? 'entry' : 'entries'}
        </button>
      </div>
    </section>
  );
}
