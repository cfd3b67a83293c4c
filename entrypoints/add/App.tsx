import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AddEntryForm } from '~/components/AddEntryForm';
import { ArabicName } from '~/components/ArabicName';
import { useI18n } from '~/components/use-i18n';
import { draftFromSelection } from '~/lib/glossary/draft-entry';
import type { GlossaryEntry } from '~/lib/glossary/schema';
import type { AskBackground, PutReply } from '~/lib/messages/protocol';
import type { NameSpelling } from '~/lib/names/page-suggestions';

export interface AppProps {
  /** The text selected when "Add to Dalil…" was chosen ('' when none came). */
  selection: string;
  ask: AskBackground;
  /** Closes the page (its window, which the context menu opened). */
  onClose(): void;
  /** A guess at the English of an Arabic name (the name finder's speller); none when it cannot be had. */
  spellName?: (arabic: string) => Promise<NameSpelling | null>;
}

/**
 * The page "Add to Dalil…" opens from a text selection: the add form prefilled from the selection, or why
 * the selection cannot be a name. A saved name is the user's own entry, and open tabs highlight it.
 */
export function App(props: AppProps): JSX.Element {
  const { selection, ask, onClose, spellName } = props;
  const [result, setResult] = useState(() => draftFromSelection(selection));
  const [saved, setSaved] = useState(false);
  const { t } = useI18n();
  // The form waits for the speller's guess (a moment: it loads the name models), then starts with it.
  const [spelling, setSpelling] = useState(result.ok && spellName !== undefined);

  useEffect(() => {
    if (!spelling || !result.ok || spellName === undefined) return;
    const { draft } = result;
    spellName(draft.ar)
      .then((guess) => {
        if (guess !== null && guess.en !== '') {
          setResult({ ok: true, draft: { ...draft, en: guess.en, alternatives: guess.alternatives } });
        }
      })
      .catch((error: unknown) => console.error('Dalil: spelling the selection', error))
      .finally(() => setSpelling(false));
  }, []);

  const save = async (entry: GlossaryEntry): Promise<PutReply> => {
    const reply = await ask({ type: 'entry/add', entry });
    if (reply.ok) setSaved(true);
    return reply;
  };

  return (
    <main class="add-page">
      <h1>
        {t('addPageTitle')}
        <ArabicName />
      </h1>
      {spelling ? (
        <p class="muted">{t('addPageGuessing')}</p>
      ) : result.ok ? (
        <AddEntryForm draft={result.draft} onSave={save} onCancel={onClose} />
      ) : (
        // Said by lib/glossary/draft-entry.ts, in English.
        <p class="refused" role="alert" dir="ltr" lang="en">
          {result.message}
        </p>
      )}
      {(saved || !result.ok) && (
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      )}
    </main>
  );
}
