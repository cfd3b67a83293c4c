import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { type Clitic, proclitics } from '../lib/arabic/clitics';
import { splitSurface } from '../lib/arabic/surface-parts';
import { draftFromQuery } from '../lib/glossary/draft-entry';
import { formKey } from '../lib/glossary/form-key';
import type { GlossaryEntry } from '../lib/glossary/schema';
import type { PutReply } from '../lib/messages/protocol';
import { AddEntryForm } from './AddEntryForm';
import { ArabicTerm } from './ArabicTerm';
import { CliticBreakdown } from './CliticBreakdown';
import { usePopup } from './popup-api';
import { TypeBadge } from './TypeBadge';
import { scriptLang } from './text-lang';
import { useI18n } from './use-i18n';

/** Results asked for. */
const SEARCH_LIMIT = 20;
/** The protocol's limit on a query. */
const MAX_QUERY = 200;
/** Typing pauses this long before the glossary is asked. */
const DEBOUNCE_MS = 150;

type SearchState =
  | { kind: 'idle' }
  | { kind: 'failed'; query: string }
  | { kind: 'done'; query: string; entries: GlossaryEntry[] };

/**
 * The clitics the typed word carries when it reads as the entry only once they are taken off (بباريس →
 * ب + باريس), as the background's search reads it; null when it reads as typed, or not at all.
 */
export function typedClitics(query: string, entry: GlossaryEntry): Clitic[] | null {
  const [first, ...rest] = formKey(query);
  if (first === undefined) return null;
  const forms = new Set([entry.ar, ...entry.variants].map((form) => formKey(form).join(' ')));
  for (const reading of proclitics(first)) {
    if (forms.has([reading.stem, ...rest].join(' '))) {
      return reading.clitics.length > 0 ? reading.clitics : null;
    }
  }
  return null;
}

function Result(props: { entry: GlossaryEntry; query: string }): JSX.Element {
  const { entry, query } = props;
  const { copy, askBackground, announce } = usePopup();
  const { t } = useI18n();
  const clitics = typedClitics(query, entry);
  return (
    <li class="result" data-type={entry.type}>
      <div class="result-head">
        <TypeBadge type={entry.type} />
        <span class="en" dir="ltr" lang="en">
          {entry.en}
        </span>
        <ArabicTerm entry={entry} />
      </div>
      {clitics !== null && (
        <CliticBreakdown
          clitics={clitics}
          parts={splitSurface({ surface: query, clitics, suffix: '', forms: [entry.ar, ...entry.variants] })}
          english={entry.en}
        />
      )}
      {entry.note !== undefined && entry.note !== '' && (
        <p class="note" dir="ltr" lang="en">
          {entry.note}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            copy(entry.en).then(
              () => announce(t('copiedName', { name: entry.en })),
              () => announce(t('copyRefused')),
            )
          }
        >
          {t('copyEnglish')}
        </button>
        <button
          type="button"
          onClick={() =>
            askBackground({ type: 'options/open', entryId: entry.id }).catch(() =>
              announce(t('editorNotOpened')),
            )
          }
        >
          {t('editInGlossary')}
        </button>
      </div>
    </li>
  );
}

/** A look-up that found nothing: says so, and offers to add what was looked for. */
function NotFound(props: { query: string; onAdd(entry: GlossaryEntry): Promise<PutReply> }): JSX.Element {
  const { query, onAdd } = props;
  const [adding, setAdding] = useState(false);
  const { parts } = useI18n();
  const typed = (
    <bdi dir="auto" lang={scriptLang(query)}>
      {query}
    </bdi>
  );
  return (
    <>
      <p class="muted">{parts('lookUpNothing', { query: typed })}</p>
      <div class="actions">
        <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {/* One piece: the popup's buttons are flex boxes, which would lay the query out apart. */}
          <span>{parts('addQuery', { query: typed })}</span>
        </button>
      </div>
      {adding && (
        <AddEntryForm draft={draftFromQuery(query)} onSave={onAdd} onCancel={() => setAdding(false)} />
      )}
    </>
  );
}

/**
 * Look-up over the whole glossary, by Arabic (normalised, prefixes understood: بباريس finds Paris) or by
 * English; the background does the searching. When nothing is found, what was typed can be added.
 */
export function GlossarySearch(props: { onAdd(entry: GlossaryEntry): Promise<PutReply> }): JSX.Element {
  const { onAdd } = props;
  const { askBackground } = usePopup();
  const [text, setText] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const inputId = useId();
  const { t } = useI18n();

  useEffect(() => {
    const query = text.trim().slice(0, MAX_QUERY);
    if (query === '') {
      setState({ kind: 'idle' });
      return;
    }
    // A later keystroke cancels this one's timer, and a reply that comes after it is dropped.
    let current = true;
    const timer = setTimeout(() => {
      askBackground({ type: 'entries/search', query, limit: SEARCH_LIMIT }).then(
        (reply) => {
          if (current) setState({ kind: 'done', query, entries: reply.entries });
        },
        (error: unknown) => {
          console.error('Dalil: glossary search', error);
          if (current) setState({ kind: 'failed', query });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [askBackground, text]);

  return (
    <search class="search">
      <label class="section-title" for={inputId}>
        {t('lookUp')}
      </label>
      <input
        id={inputId}
        type="search"
        dir="auto"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('lookUpPlaceholder')}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      {state.kind === 'failed' && <p class="muted">{t('lookUpFailed')}</p>}
      {state.kind === 'done' &&
        (state.entries.length === 0 ? (
          // Keyed: another query starts without a form.
          <NotFound key={state.query} query={state.query} onAdd={onAdd} />
        ) : (
          <ul class="results" aria-label={t('lookUpResults', { query: state.query })}>
            {state.entries.map((entry) => (
              <Result key={entry.id} entry={entry} query={state.query} />
            ))}
          </ul>
        ))}
    </search>
  );
}
