import type { JSX } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { formatDelimitedCell } from '../lib/glossary/delimited';
import type { PageEntity } from '../lib/messages/protocol';
import { usePopup } from './popup-api';
import { useI18n } from './use-i18n';

const CSV_HEADER = ['arabic', 'english', 'type', 'count', 'sentence'];

/**
 * The page's entities as CSV (RFC 4180: CRLF between rows, cells quoted when needed): Arabic, English, type,
 * mentions and the first sentence each stands in.
 */
export function entitiesCsv(entities: readonly PageEntity[]): string {
  const rows = [
    CSV_HEADER,
    ...entities.map(({ entry, count, sentences }) => [
      entry.ar,
      entry.en,
      entry.type,
      String(count),
      sentences[0] ?? '',
    ]),
  ];
  return `${rows.map((cells) => cells.map((cell) => formatDelimitedCell(cell, ',')).join(',')).join('\r\n')}\r\n`;
}

/** The page's entities as plain lines to paste into notes: "Paris — باريس (place, 3)". */
export function entitiesList(entities: readonly PageEntity[]): string {
  return entities.map(({ entry, count }) => `${entry.en} — ${entry.ar} (${entry.type}, ${count})`).join('\n');
}

/** A file name for the CSV: the site and today's date. */
function csvName(host: string): string {
  const site = host.replace(/[^a-z0-9.-]+/gi, '_') || 'page';
  return `dalil-${site}-${new Date().toISOString().slice(0, 10)}.csv`;
}

/** Take the page's entities away: copy them as a list, or save them as a CSV file. */
export function PageExport(props: { entities: readonly PageEntity[]; host: string }): JSX.Element {
  const { entities, host } = props;
  const { copy, announce } = usePopup();
  const { t, plural } = useI18n();
  // The byte order mark makes spreadsheet programs (Excel above all) read the file as UTF-8, not as the
  // system's legacy code page, which would garble the Arabic.
  const href = useMemo(
    () =>
      URL.createObjectURL(new Blob([`\uFEFF${entitiesCsv(entities)}`], { type: 'text/csv;charset=utf-8' })),
    [entities],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);

  const copyList = () =>
    copy(entitiesList(entities)).then(
      () => announce(plural('popupCopiedList', entities.length)),
      () => announce(t('copyRefused')),
    );

  return (
    <div class="export">
      <button type="button" onClick={copyList}>
        {t('popupCopyList')}
      </button>
      <a class="button" href={href} download={csvName(host)}>
        {t('popupSaveCsv')}
      </a>
    </div>
  );
}
