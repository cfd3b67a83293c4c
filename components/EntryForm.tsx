import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryDraft } from '../lib/glossary/draft-entry';
import { ENTRY_FLAGS, type EntityType, type EntryFlag, type GlossaryEntry } from '../lib/glossary/schema';
import type { GlossaryProblem } from '../lib/glossary/validate';
import type { EntryView, PutReply } from '../lib/messages/protocol';
import { TypeOptions } from './TypeOptions';

export interface EntryFormProps {
  /** The entry to edit, or null to add one. */
  entry: EntryView | null;
  /** What a new entry starts with (a look-up that found nothing: what was typed). */
  draft?: EntryDraft;
  /** Stores the entry; the form shows the problems of a refused one and stays open. */
  onSave(entry: GlossaryEntry): Promise<PutReply>;
  onCancel(): void;
}

const FLAG_LABELS: Record<EntryFlag, string> = {
  inflects: 'Takes suffixes (وزير → وزيرا، وزارته): never for names',
  contextual: 'Also an ordinary word: highlight only where the context says it is a name',
  ambiguous: 'Ambiguous: may share a form with other ambiguous entries (عمان: Oman, Amman)',
};

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
function formProblems(fields: Fields): string[] {
  const problems: string[] = [];
  if (fields.ar.trim() === '') problems.push('The Arabic is required.');
  if (fields.en.trim() === '') problems.push('The English is required.');
  if (fields.type === '') problems.push('Choose a type.');
  return problems;
}

/** Adds or edits one entry. */
export function EntryForm(props: EntryFormProps): JSX.Element {
  const { entry, draft, onSave, onCancel } = props;
  const [fields, setFields] = useState<Fields>(() => fieldsOf(entry, draft));
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (change: Partial<Fields>) => setFields((previous) => ({ ...previous, ...change }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const local = formProblems(fields);
    setProblems(local);
    if (local.length > 0) return;
    setSaving(true);
    try {
      const reply = await onSave(entryOf(fields, entry));
      if (!reply.ok) setProblems(reply.problems.map((problem: GlossaryProblem) => problem.message));
    } catch (error) {
      setProblems([`Not saved: ${(error as Error).message}`]);
    } finally {
      setSaving(false);
    }
  };

  const title = entry === null ? 'Add an entry' : 'Edit entry';
  return (
    <form class="entry-form" onSubmit={submit} aria-label={title} noValidate>
      <h2>{title}</h2>
      {entry !== null && entry.origin === 'bundled' && (
        <p class="hint">
          This entry comes with Dalil. Once you change it, glossary updates leave your version alone.
        </p>
      )}
      <div class="grid">
        <label>
          <span class="label">Arabic (required)</span>
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
          <span class="label">With its vowels (مُحَمَّد), for the romanisation</span>
          <input
            name="vocalized"
            dir="rtl"
            lang="ar"
            value={fields.vocalized}
            onInput={(event) => set({ vocalized: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">English (required)</span>
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
          <span class="label">Type (required)</span>
          <select
            name="type"
            required
            value={fields.type}
            onChange={(event) => set({ type: event.currentTarget.value as EntityType | '' })}
          >
            <option value="">Choose…</option>
            <TypeOptions />
          </select>
        </label>
        <label>
          <span class="label">Other spellings and short forms, one per line</span>
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
          <span class="label">Other English names and acronyms (US, ISIS), one per line</span>
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
          <span class="label">Note</span>
          <input
            name="note"
            dir="ltr"
            lang="en"
            value={fields.note}
            onInput={(event) => set({ note: event.currentTarget.value })}
          />
        </label>
        <label>
          <span class="label">English Wikipedia article</span>
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
        <legend>Matching</legend>
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
            {FLAG_LABELS[flag]}
          </label>
        ))}
      </fieldset>
      {problems.length > 0 && (
        <ul class="problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div class="buttons">
        <button type="submit" class="primary" disabled={saving}>
          {entry === null ? 'Add' : 'Save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
