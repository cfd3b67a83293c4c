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
import { TypeOptions } from './TypeOptions';

/** Rows per page: the glossary can hold 10,000+ entries, and only one page of them is ever in the DOM. */
export const PAGE_SIZE = 50;

const ORIGIN_LABELS: Record<OriginFilter, string> = {
  all: 'Any origin',
  bundled: 'Bundled',
  mine: 'Mine',
  edited: 'Edited',
};

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

  return (
    <div class="entry-table">
      <div class="filters">
        <label class="grow">
          <span class="label">Search</span>
          <input
            type="search"
            name="query"
            placeholder="Arabic (any spelling, with prefixes) or English"
            value={filter.query}
            onInput={(event) => update({ query: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">Type</span>
          <select
            name="type"
            value={filter.type}
            onChange={(event) => update({ type: event.currentTarget.value as EntityType | 'all' })}
          >
            <option value="all">Any type</option>
            <TypeOptions />
          </select>
        </label>
        <label>
          <span class="label">Origin</span>
          <select
            name="origin"
            value={filter.origin}
            onChange={(event) => update({ origin: event.currentTarget.value as OriginFilter })}
          >
            {ORIGIN_FILTERS.map((origin) => (
              <option key={origin} value={origin}>
                {ORIGIN_LABELS[origin]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="count" aria-live="polite">
        {shown.length === 0
          ? `No entries match (of ${entries.length.toLocaleString('en')}). `
          : `${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${shown.length.toLocaleString('en')}` +
            (shown.length === entries.length
              ? ' entries'
              : ` matching (${entries.length.toLocaleString('en')} in all)`)}
        {shown.length === 0 && filter.query.trim() !== '' && (
          <button type="button" onClick={() => onAdd(filter.query.trim())}>
            {/* One piece: the query keeps its own direction inside the label. */}
            <span>
              {'Add “'}
              <bdi dir="auto">{filter.query.trim()}</bdi>
              {'”…'}
            </span>
          </button>
        )}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Arabic</th>
            <th scope="col">English</th>
            <th scope="col">Type</th>
            <th scope="col">Origin</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
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
                <span class={`badge badge-${entry.type}`}>{entry.type}</span>
              </td>
              <td class="origin">{ORIGIN_LABELS[originOf(entry)]}</td>
              <td class="actions">
                <button type="button" onClick={() => onEdit(entry)} aria-label={`Edit ${entry.en}`}>
                  Edit
                </button>
                <button type="button" onClick={() => onDelete(entry)} aria-label={`Delete ${entry.en}`}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav class="pager" aria-label="Pages">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
