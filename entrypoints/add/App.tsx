import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AddEntryForm } from '~/components/AddEntryForm';
import { ArabicName } from '~/components/ArabicName';
import { SelectionRefused } from '~/components/SelectionRefused';
import { useI18n } from '~/components/use-i18n';
import { type DraftResult, draftFromSelection } from '~/lib/glossary/draft-entry';
import type { GlossaryEntry } from '~/lib/glossary/schema';
import type { AddRequest, AskBackground, PutReply } from '~/lib/messages/protocol';
import type { NameSpelling } from '~/lib/names/page-suggestions';

export interface AppProps {
  /** What the window was opened with (the background's `add/take`); null once it has been used. */
  request: AddRequest | null;
  ask: AskBackground;
  /** Closes the page (its window, which the context menu opened). */
  onClose(): void;
  /** A guess at the English of an Arabic name (the name finder's speller); none when it cannot be had. */
  spellName?: (arabic: string) => Promise<NameSpelling | null>;
}

/** The one-time token in the window's address, `#request=…` (lib/background/add-requests.ts); '' for none. */
export function tokenInHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('request') ?? '';
}

/** The form's first values, or why there is none (null: the request was used already). */
function draftOf(request: AddRequest | null): DraftResult {
  if (request === null) return { ok: false, refusal: { code: 'request-used' } };
  return request.kind === 'selection' ? draftFromSelection(request.text) : { ok: true, draft: request.draft };
}

/**
 * The window "Add to Dalil…" opens from a text selection, and the card's "Add to glossary" for a suggested
 * name: the add form prefilled, or why the selection cannot be a name. A saved name is the user's own entry,
 * and open tabs highlight it.
 */
export function App(props: AppProps): JSX.Element {
  const { request, ask, onClose, spellName } = props;
  const { t } = useI18n();
  const [result, setResult] = useState(() => draftOf(request));
  const [saved, setSaved] = useState(false);
  // A selection's form waits for the speller's guess (a moment: it loads the name models), then starts with it.
  const [spelling, setSpelling] = useState(result.ok && result.draft.en === '' && spellName !== undefined);

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
        <SelectionRefused refusal={result.refusal} />
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
