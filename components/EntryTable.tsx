import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  type EntryFilter,
  filterEntries,
  ORIGIN_FILTERS,
  type OriginFilter,
  originOf,
} from '../lib/glossary/entry-filter';
import type { EntityType } from '../lib/glossary/schema';
import type { EntryView } from '../lib/messages/protocol';
import { TypeBadge } from './TypeBadge';
import { TypeOptions } from './TypeOptions';
import { scriptLang } from './text-lang';
import { useI18n } from './use-i18n';

/** Rows per page: the glossary can hold 10,000+ entries, and only one page of them is ever in the DOM. */
export const PAGE_SIZE = 50;

export interface EntryTableProps {
  entries: readonly EntryView[];
  onEdit(entry: EntryView): void;
  onDelete(entry: EntryView): void;
  /** Opens the form for a new entry starting from what the search found nothing for. */
  onAdd(query: string): void;
}

/** The glossary as a searchable, filterable table, one page at a time. */
export function EntryTable(props: EntryTableProps): JSX.Element {
  const { entries, onEdit, onDelete, onAdd } = props;
  const [filter, setFilter] = useState<EntryFilter>({ query: '', type: 'all', origin: 'all' });
  const [page, setPage] = useState(0);
  const shown = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const update = (change: Partial<EntryFilter>) => {
    setFilter((previous) => ({ ...previous, ...change }));
    setPage(0);
  };
  const first = shown.length === 0 ? 0 : current * PAGE_SIZE + 1;
  const last = current * PAGE_SIZE + rows.length;
  const { t, plural, parts } = useI18n();

  return (
    <div class="entry-table">
      <div class="filters">
        <label class="grow">
          <span class="label">{t('tableSearch')}</span>
          <input
            type="search"
            name="query"
            placeholder={t('tableSearchPlaceholder')}
            value={filter.query}
            onInput={(event) => update({ query: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">{t('labelType')}</span>
          <select
            name="type"
            value={filter.type}
            onChange={(event) => update({ type: event.currentTarget.value as EntityType | 'all' })}
          >
            <option value="all">{t('tableAnyType')}</option>
            <TypeOptions />
          </select>
        </label>
        <label>
          <span class="label">{t('tableOrigin')}</span>
          <select
            name="origin"
            value={filter.origin}
            onChange={(event) => update({ origin: event.currentTarget.value as OriginFilter })}
          >
            {ORIGIN_FILTERS.map((origin) => (
              <option key={origin} value={origin}>
                {t(`origin_${origin}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="count" aria-live="polite">
        {shown.length === 0
          ? t('tableNoMatch', { total: entries.length })
          : shown.length === entries.length
            ? plural('tableRange', shown.length, { first, last })
            : t('tableRangeMatching', { first, last, shown: shown.length, total: entries.length })}
        {shown.length === 0 && filter.query.trim() !== '' && (
          <button type="button" onClick={() => onAdd(filter.query.trim())}>
            {/* One piece: the query keeps its own direction inside the label. */}
            <span>
              {parts('addQuery', {
                query: (
                  <bdi dir="auto" lang={scriptLang(filter.query)}>
                    {filter.query.trim()}
                  </bdi>
                ),
              })}
            </span>
          </button>
        )}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('labelArabic')}</th>
            <th scope="col">{t('labelEnglish')}</th>
            <th scope="col">{t('labelType')}</th>
            <th scope="col">{t('tableOrigin')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('labelActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <tr key={entry.id} data-entry-id={entry.id}>
              <td class="ar" dir="rtl" lang="ar">
                <span class="canonical">{entry.ar}</span>
                {entry.variants.length > 0 && <span class="variants">{entry.variants.join('، ')}</span>}
              </td>
              <td class="en" dir="ltr" lang="en">
                <span>{entry.en}</span>
                {entry.note !== undefined && <span class="note">{entry.note}</span>}
              </td>
              <td>
                <TypeBadge type={entry.type} />
              </td>
              <td class="origin">{t(`origin_${originOf(entry)}`)}</td>
              <td class="actions">
                <button
                  type="button"
                  onClick={() => onEdit(entry)}
                  aria-label={t('tableEditName', { name: entry.en })}
                >
                  {t('tableEdit')}
                </button>
                <button
                  type="button"
                  onClick={() => onDelete(entry)}
                  aria-label={t('tableDeleteName', { name: entry.en })}
                >
                  {t('tableDelete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav class="pager" aria-label={t('tablePages')}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('tablePrevious')}
          </button>
          <span>{t('tablePage', { page: current + 1, pages })}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('tableNext')}
          </button>
        </nav>
      )}
    </div>
  );
}
