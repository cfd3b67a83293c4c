import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { AddEntryForm } from '~/components/AddEntryForm';
import { draftFromSelection } from '~/lib/glossary/draft-entry';
import type { GlossaryEntry } from '~/lib/glossary/schema';
import type { AskBackground, PutReply } from '~/lib/messages/protocol';

export interface AppProps {
  /** The page's address fragment: `#text=<the selected text, URI-encoded>`, as the context menu opens it. */
  hash: string;
  ask: AskBackground;
  /** Closes the page (its window, which the context menu opened). */
  onClose(): void;
}

/** The selected text in `#text=…`; '' when there is none. */
export function textInHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('text') ?? '';
}

/**
 * The page "Add to Dalil…" opens from a text selection: the add form prefilled from the selection, or why
 * the selection cannot be a name. A saved name is the user's own entry, and open tabs highlight it.
 */
export function App(props: AppProps): JSX.Element {
  const { hash, ask, onClose } = props;
  const [result] = useState(() => draftFromSelection(textInHash(hash)));
  const [saved, setSaved] = useState(false);

  const save = async (entry: GlossaryEntry): Promise<PutReply> => {
    const reply = await ask({ type: 'entry/add', entry });
    if (reply.ok) setSaved(true);
    return reply;
  };

  return (
    <main class="add-page">
      <h1>
        Add to Dalil{' '}
        <span class="ar" dir="rtl" lang="ar">
          دليل
        </span>
      </h1>
      {result.ok ? (
        <AddEntryForm draft={result.draft} onSave={save} onCancel={onClose} />
      ) : (
        <p class="refused" role="alert">
          {result.message}
        </p>
      )}
      {(saved || !result.ok) && (
        <div class="actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </main>
  );
}
