import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { toGlossaryEntry } from '../lib/glossary/entry-fields';
import { serializeGlossary } from '../lib/glossary/serialize';
import type { EntryView } from '../lib/messages/protocol';
import { useI18n } from './use-i18n';

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
  const { t, plural } = useI18n();
  return (
    <section class="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <fieldset>
        <legend>{t('exportWhich')}</legend>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {t('exportAll', { count: entries.length })}
        </label>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'mine'} onChange={() => setScope('mine')} />
          {t('exportMine', { count: mine })}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('exportFormat')}</legend>
        <label class="check">
          <input type="radio" name="format" checked={format === 'json'} onChange={() => setFormat('json')} />
          {t('exportJson')}
        </label>
        <label class="check">
          <input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} />
          {t('exportCsv')}
        </label>
      </fieldset>
      <div class="buttons">
        <button
          type="button"
          class="primary"
          disabled={count === 0}
          onClick={() => download(exportGlossary(entries, { scope, format }))}
        >
          {plural('exportButton', count)}
        </button>
      </div>
    </section>
  );
}
