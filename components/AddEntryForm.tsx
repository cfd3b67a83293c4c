import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { type EntryDraft, entryFromDraft } from '../lib/glossary/draft-entry';
import type { Problem } from '../lib/glossary/problems';
import type { EntityType, GlossaryEntry } from '../lib/glossary/schema';
import { toSourced, validateEntries } from '../lib/glossary/validate';
import { entryShapeProblem } from '../lib/messages/entry-shape';
import type { PutReply } from '../lib/messages/protocol';
import { ProblemText } from './ProblemText';
import { sayError } from './say-error';
import { TypeOptions } from './TypeOptions';
import { useI18n } from './use-i18n';

export interface AddEntryFormProps {
  /** The first values: a suggested name, a selection, a look-up (lib/glossary/draft-entry.ts). */
  draft: EntryDraft;
  /** Adds the entry; the form shows the problems of a refused one and stays open. */
  onSave(entry: GlossaryEntry): Promise<PutReply>;
  onCancel(): void;
}

type Fields = Omit<EntryDraft, 'alternatives'>;

/** What is wrong with the entry before it is sent: the message limits, then the glossary's own rules. */
function localProblems(entry: GlossaryEntry): Problem[] {
  const shape = entryShapeProblem(entry);
  if (shape !== null) return [shape];
  return validateEntries([toSourced(entry, 1)]).problems;
}

/**
 * The small "add to glossary" form of the card, the popup and the add page: the Arabic, the English (the
 * guess, one of its other spellings, or typed), the type and the sentence kept as context. Once saved it
 * says so in place of the fields.
 */
export function AddEntryForm(props: AddEntryFormProps): JSX.Element {
  const { draft, onSave, onCancel } = props;
  const [fields, setFields] = useState<Fields>(() => ({
    ar: draft.ar,
    en: draft.en,
    type: draft.type,
    context: draft.context,
  }));
  /** The glossary's problems with the entry, or (as text) why it could not be sent. */
  const [problems, setProblems] = useState<Array<Problem | string>>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<GlossaryEntry | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const choicesId = useId();
  const i18n = useI18n();
  const { t, parts, lang, dir } = i18n;
  useEffect(() => first.current?.focus({ preventScroll: true }), []);
  const set = (change: Partial<Fields>) => setFields((previous) => ({ ...previous, ...change }));
  const choices = draft.alternatives.length > 0 ? [draft.en, ...draft.alternatives] : [];

  const submit = async (event: Event) => {
    event.preventDefault();
    const entry = entryFromDraft({ ...fields, alternatives: [] });
    const local = localProblems(entry);
    setProblems(local);
    if (local.length > 0) return;
    setSaving(true);
    try {
      const reply = await onSave(entry);
      if (reply.ok) setSaved(reply.entry);
      else setProblems(reply.problems);
    } catch (error) {
      setProblems([t('notSaved', { error: sayError(i18n, error) })]);
    } finally {
      setSaving(false);
    }
  };

  if (saved !== null) {
    return (
      <p class="add-saved" role="status">
        {parts('addSaved', {
          arabic: (
            <bdi dir="rtl" lang="ar">
              {saved.ar}
            </bdi>
          ),
          english: (
            <bdi dir="ltr" lang="en">
              {saved.en}
            </bdi>
          ),
        })}
      </p>
    );
  }
  return (
    <form class="add-form" aria-label={t('addToGlossary')} dir={dir} lang={lang} noValidate onSubmit={submit}>
      <label>
        <span class="label">{t('labelArabic')}</span>
        <input
          ref={first}
          name="ar"
          dir="rtl"
          lang="ar"
          autocomplete="off"
          value={fields.ar}
          onInput={(event) => set({ ar: event.currentTarget.value })}
        />
      </label>
      <label>
        <span class="label">{t('labelEnglish')}</span>
        <input
          name="en"
          dir="ltr"
          lang="en"
          autocomplete="off"
          aria-describedby={choices.length > 0 ? choicesId : undefined}
          value={fields.en}
          onInput={(event) => set({ en: event.currentTarget.value })}
        />
      </label>
      {choices.length > 0 && (
        <p class="add-choices" id={choicesId}>
          <span class="label">{t('addSpellings')}</span>
          {choices.map((choice) => (
            <button
              key={choice}
              type="button"
              class="choice"
              dir="ltr"
              lang="en"
              aria-pressed={fields.en === choice}
              onClick={() => set({ en: choice })}
            >
              {choice}
            </button>
          ))}
        </p>
      )}
      <label>
        <span class="label">{t('labelType')}</span>
        <select
          name="type"
          value={fields.type}
          onChange={(event) => set({ type: event.currentTarget.value as EntityType })}
        >
          <TypeOptions />
        </select>
      </label>
      <label>
        <span class="label">{t('addSentence')}</span>
        <textarea
          name="context"
          dir="rtl"
          lang="ar"
          rows={2}
          value={fields.context}
          onInput={(event) => set({ context: event.currentTarget.value })}
        />
      </label>
      {problems.length > 0 && (
        <ul class="add-problems" role="alert">
          {problems.map((problem, index) => (
            <li key={index}>{typeof problem === 'string' ? problem : <ProblemText problem={problem} />}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
