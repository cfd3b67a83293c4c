import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryDraft } from '../lib/glossary/draft-entry';
import type { Problem } from '../lib/glossary/problems';
import { ENTRY_FLAGS, type EntityType, type EntryFlag, type GlossaryEntry } from '../lib/glossary/schema';
import type { TextKey } from '../lib/i18n/translate';
import type { EntryView, PutReply } from '../lib/messages/protocol';
import { ProblemText } from './ProblemText';
import { sayError } from './say-error';
import { TypeOptions } from './TypeOptions';
import { useI18n } from './use-i18n';

export interface EntryFormProps {
  /** The entry to edit, or null to add one. */
  entry: EntryView | null;
  /** What a new entry starts with (a look-up that found nothing: what was typed). */
  draft?: EntryDraft;
  /** Stores the entry; the form shows the problems of a refused one and stays open. */
  onSave(entry: GlossaryEntry): Promise<PutReply>;
  onCancel(): void;
}

interface Fields {
  ar: string;
  vocalized: string;
  en: string;
  enVariants: string;
  type: EntityType | '';
  variants: string;
  note: string;
  wikipedia: string;
  flags: Record<EntryFlag, boolean>;
}

function fieldsOf(entry: EntryView | null, draft: EntryDraft | undefined): Fields {
  return {
    ar: entry?.ar ?? draft?.ar ?? '',
    vocalized: entry?.vocalized ?? '',
    en: entry?.en ?? draft?.en ?? '',
    enVariants: entry?.enVariants?.join('\n') ?? '',
    type: entry?.type ?? '',
    variants: entry?.variants.join('\n') ?? '',
    note: entry?.note ?? '',
    wikipedia: entry?.wikipedia ?? '',
    flags: {
      inflects: entry?.inflects ?? false,
      contextual: entry?.contextual ?? false,
      ambiguous: entry?.ambiguous ?? false,
    },
  };
}

/** One per line; an Arabic comma or a bar also separates, as people paste lists. */
function lines(text: string): string[] {
  return text
    .split(/[\n|،]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The entry the fields describe; the store checks it (required fields, forms, collisions). */
function entryOf(fields: Fields, original: EntryView | null): GlossaryEntry {
  const entry: GlossaryEntry = {
    id: original?.id ?? '',
    ar: fields.ar.trim(),
    variants: lines(fields.variants),
    en: fields.en.trim(),
    type: fields.type as EntityType,
  };
  if (fields.vocalized.trim() !== '') entry.vocalized = fields.vocalized.trim();
  const enVariants = lines(fields.enVariants);
  if (enVariants.length > 0) entry.enVariants = enVariants;
  if (fields.note.trim() !== '') entry.note = fields.note.trim();
  if (fields.wikipedia.trim() !== '') entry.wikipedia = fields.wikipedia.trim();
  for (const flag of ENTRY_FLAGS) if (fields.flags[flag]) entry[flag] = true;
  // What the form does not show is kept as it was.
  if (original?.source !== undefined) entry.source = original.source;
  if (original?.contexts !== undefined) entry.contexts = original.contexts;
  return entry;
}

/** Checks the form can make before asking the store (which checks everything again). */
function formProblems(fields: Fields): TextKey[] {
  const problems: TextKey[] = [];
  if (fields.ar.trim() === '') problems.push('formArabicRequired');
  if (fields.en.trim() === '') problems.push('formEnglishRequired');
  if (fields.type === '') problems.push('formChooseType');
  return problems;
}

/** Adds or edits one entry. */
export function EntryForm(props: EntryFormProps): JSX.Element {
  const { entry, draft, onSave, onCancel } = props;
  const [fields, setFields] = useState<Fields>(() => fieldsOf(entry, draft));
  /** The form's own problems and why it could not be sent (as text), or the glossary's problems with it. */
  const [problems, setProblems] = useState<Array<Problem | string>>([]);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const i18n = useI18n();
  const { t, parts } = i18n;
  useEffect(() => first.current?.focus(), []);
  const set = (change: Partial<Fields>) => setFields((previous) => ({ ...previous, ...change }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const local = formProblems(fields).map((key) => t(key));
    setProblems(local);
    if (local.length > 0) return;
    setSaving(true);
    try {
      const reply = await onSave(entryOf(fields, entry));
      if (!reply.ok) setProblems(reply.problems);
    } catch (error) {
      setProblems([t('notSaved', { error: sayError(i18n, error) })]);
    } finally {
      setSaving(false);
    }
  };

  const title = t(entry === null ? 'addEntry' : 'formEditEntry');
  return (
    <form class="entry-form" onSubmit={submit} aria-label={title} noValidate>
      <h2>{title}</h2>
      {entry !== null && entry.origin === 'bundled' && <p class="hint">{t('formBundled')}</p>}
      <div class="grid">
        <label>
          <span class="label">{t('formArabic')}</span>
          <input
            ref={first}
            name="ar"
            dir="rtl"
            lang="ar"
            required
            value={fields.ar}
            onInput={(event) => set({ ar: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">{t('formVocalized')}</span>
          <input
            name="vocalized"
            dir="rtl"
            lang="ar"
            value={fields.vocalized}
            onInput={(event) => set({ vocalized: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">{t('formEnglish')}</span>
          <input
            name="en"
            dir="ltr"
            lang="en"
            required
            value={fields.en}
            onInput={(event) => set({ en: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">{t('formType')}</span>
          <select
            name="type"
            required
            value={fields.type}
            onChange={(event) => set({ type: event.currentTarget.value as EntityType | '' })}
          >
            <option value="">{t('formChoose')}</option>
            <TypeOptions />
          </select>
        </label>
        <label>
          <span class="label">{t('formVariants')}</span>
          <textarea
            name="variants"
            dir="rtl"
            lang="ar"
            rows={3}
            value={fields.variants}
            onInput={(event) => set({ variants: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">
            {parts('formEnVariants', {
              examples: (
                <bdi dir="ltr" lang="en">
                  US, ISIS
                </bdi>
              ),
            })}
          </span>
          <textarea
            name="enVariants"
            dir="ltr"
            lang="en"
            rows={2}
            value={fields.enVariants}
            onInput={(event) => set({ enVariants: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">{t('formNote')}</span>
          <input
            name="note"
            dir="ltr"
            lang="en"
            value={fields.note}
            onInput={(event) => set({ note: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">{t('formWikipedia')}</span>
          <input
            name="wikipedia"
            dir="ltr"
            lang="en"
            value={fields.wikipedia}
            onInput={(event) => set({ wikipedia: event.currentTarget.value })}
          />
        </label>
      </div>
      <fieldset class="flags">
        <legend>{t('formMatching')}</legend>
        {ENTRY_FLAGS.map((flag) => (
          <label key={flag} class="check">
            <input
              type="checkbox"
              name={flag}
              checked={fields.flags[flag]}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setFields((previous) => ({ ...previous, flags: { ...previous.flags, [flag]: checked } }));
              }}
            />
            {t(`flag_${flag}`)}
          </label>
        ))}
      </fieldset>
      {problems.length > 0 && (
        <ul class="problems" role="alert">
          {problems.map((problem, index) => (
            <li key={index}>{typeof problem === 'string' ? problem : <ProblemText problem={problem} />}</li>
          ))}
        </ul>
      )}
      <div class="buttons">
        <button type="submit" class="primary" disabled={saving}>
          {t(entry === null ? 'add' : 'save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
