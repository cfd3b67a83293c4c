// @vitest-environment happy-dom
/**
 * The card for a name the glossary lacks, through the card host as the page shows it: marked as a
 * suggestion, with its other spellings and romanisation, and an "Add to glossary" form that pins the card,
 * sends the entry and shows the outcome (the problems, or a note that outlives the card).
 */

import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGlossCardHost } from '../../components/gloss-card-host';
import { type GlossaryEntry, SUGGESTION_ID_PREFIX } from '../../lib/glossary/schema';
import { CATALOGUES } from '../../lib/i18n/catalogues';
import type { PutReply } from '../../lib/messages/protocol';
import type { CardData, CardHost } from '../../lib/page/card-host';
import { withShadowRoot } from './closed-shadow';
import { button, fill } from './options-harness';

const SUGGESTED: GlossaryEntry = {
  id: `${SUGGESTION_ID_PREFIX}محمد عبد العاطي`,
  ar: 'محمد عبد العاطي',
  en: 'Mohammed Abdel Aati',
  type: 'person',
  variants: [],
  suggestion: { alternatives: ['Muhammad Abd al-Ati', 'Mohamed Abdelaty'] },
};
const SENTENCE = 'وقال محمد عبد العاطي إن الوفد وصل';

const DATA: CardData = {
  surface: 'ومحمد عبد العاطي',
  clitics: [{ ar: 'و', en: 'and' }],
  suffix: '',
  entry: SUGGESTED,
  alternatives: [],
  context: SENTENCE,
  mentions: 1,
};

const ANCHOR = new DOMRect(100, 100, 60, 20);

let current: CardHost | null = null;
afterEach(() => {
  current?.destroy();
  current = null;
  vi.useRealTimers();
});

function setup(reply: (entry: GlossaryEntry) => PutReply) {
  const callbacks = {
    onCopy: vi.fn(async () => {}),
    onEdit: vi.fn(),
    onClose: vi.fn(),
    onAdd: vi.fn(async (entry: GlossaryEntry) => reply(entry)),
    seenElsewhere: vi.fn(async () => 0),
  };
  const { made, shadow } = withShadowRoot(() =>
    createGlossCardHost(document, callbacks, { lang: 'en', catalogue: CATALOGUES.en }),
  );
  current = made;
  const card = () => {
    const found = shadow.querySelector<HTMLElement>('.card');
    if (found === null) throw new Error('no card');
    return found;
  };
  const field = (name: string) => shadow.querySelector(`[name="${name}"]`);
  return { host: current, shadow, card, field, ...callbacks };
}

function added(entry: GlossaryEntry): PutReply {
  return {
    ok: true,
    entry: { ...entry, id: entry.ar, origin: 'user', edited: false, createdAt: 1, updatedAt: 1 },
  };
}

async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('the card of a suggested name', () => {
  it('says the name is not in the glossary and shows the guess, its spellings and the romanisation', async () => {
    const { host, card } = setup(added);
    await act(() => host.show(DATA, ANCHOR, { pinned: false }));
    expect(card().hasAttribute('data-suggested')).toBe(true);
    expect(card().querySelector('.suggested')?.textContent).toBe('Not in your glossary — suggested name');
    expect(card().querySelector('.english')?.textContent).toBe('Mohammed Abdel Aati');
    expect(card().querySelector('.spellings')?.textContent).toBe('or: Muhammad Abd al-Ati; Mohamed Abdelaty');
    // A suggested name has no vocalised form: the guessed English is the guide, no vowels are guessed.
    expect(card().querySelector('.roman')?.textContent).toBe('vowels unknown');
    // No history is kept for a suggestion, and there is no entry to edit.
    expect(card().querySelector('.seen')).toBeNull();
    expect(card().querySelector('button.edit')).toBeNull();
    expect(button(card(), 'Add to glossary').getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a glossary entry as before: no suggestion line, an Edit button', async () => {
    const { host, card } = setup(added);
    const { suggestion: _, ...glossaryEntry } = SUGGESTED;
    await act(() =>
      host.show({ ...DATA, entry: { ...glossaryEntry, id: 'محمد' } }, ANCHOR, { pinned: false }),
    );
    expect(card().hasAttribute('data-suggested')).toBe(false);
    expect(card().querySelector('.suggested')).toBeNull();
    expect(card().querySelector('.spellings')).toBeNull();
    expect(card().querySelector('button.edit')).not.toBeNull();
    expect(card().querySelector('button.add')).toBeNull();
  });

  it('opens the form prefilled with the name without clitics and the sentence, and pins the card', async () => {
    const { host, card, field } = setup(added);
    await act(() => host.show(DATA, ANCHOR, { pinned: false }));
    expect(host.isPinned).toBe(false);
    await act(() => button(card(), 'Add to glossary').click());
    expect(host.isPinned).toBe(true);
    expect(card().querySelector('button.close')).not.toBeNull();
    expect((field('ar') as HTMLInputElement).value).toBe('محمد عبد العاطي');
    expect((field('en') as HTMLInputElement).value).toBe('Mohammed Abdel Aati');
    expect((field('type') as HTMLSelectElement).value).toBe('person');
    expect((field('context') as HTMLTextAreaElement).value).toBe(SENTENCE);
  });

  it('keeps keys typed in the form from the page, but lets them reach the window capture listeners', async () => {
    const { host, card, field } = setup(added);
    await act(() => host.show(DATA, ANCHOR, { pinned: false }));
    await act(() => button(card(), 'Add to glossary').click());
    const seenByPage = vi.fn();
    const seenByDalil = vi.fn();
    document.addEventListener('keydown', seenByPage);
    window.addEventListener('keydown', seenByDalil, { capture: true });
    field('en')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    document.removeEventListener('keydown', seenByPage);
    window.removeEventListener('keydown', seenByDalil, { capture: true });
    expect(seenByDalil).toHaveBeenCalledTimes(1);
    expect(seenByPage).not.toHaveBeenCalled();
  });

  it('sends the entry, says it was added, and leaves a note where the card was once it closes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { host, card, field, shadow, onAdd } = setup(added);
    await act(() => host.show(DATA, ANCHOR, { pinned: false }));
    await act(() => button(card(), 'Add to glossary').click());
    await act(() => button(card(), 'Muhammad Abd al-Ati').click());
    await act(async () => {
      button(card(), 'Save').click();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(onAdd).toHaveBeenCalledWith({
      id: '',
      ar: 'محمد عبد العاطي',
      variants: [],
      en: 'Muhammad Abd al-Ati',
      type: 'person',
      contexts: [SENTENCE],
    });
    // While the card is open it says so itself.
    expect(field('ar')).toBeNull();
    expect(card().querySelector('[role="status"]')?.textContent).toBe(
      'Added محمد عبد العاطي (Muhammad Abd al-Ati) to your glossary.',
    );
    const note = shadow.querySelector('.notice');
    expect(note?.getAttribute('role')).toBe('status');
    expect(note?.textContent).toBe('');
    // The page highlights anew with the new glossary, which closes the card: the note takes over a while.
    host.hide();
    expect(shadow.querySelector('.card')).toBeNull();
    expect(note?.textContent).toBe('Added محمد عبد العاطي (Muhammad Abd al-Ati) to your glossary.');
    await vi.advanceTimersByTimeAsync(5000);
    expect(note?.textContent).toBe('');
  });

  it('shows the problems of a refused entry in the card, and no note', async () => {
    const problem = { line: 1, message: '"محمد عبد العاطي" is the same after normalisation as …' };
    const { host, card, shadow } = setup(() => ({ ok: false, problems: [problem] }));
    await act(() => host.show(DATA, ANCHOR, { pinned: false }));
    await act(() => button(card(), 'Add to glossary').click());
    await act(() => button(card(), 'Save').click());
    await flush();
    expect(card().querySelector('[role="alert"]')?.textContent).toBe(problem.message);
    host.hide();
    expect(shadow.querySelector('.notice')?.textContent).toBe('');
  });

  it('starts afresh for another entity: a half-filled form belongs to its own name', async () => {
    const { host, card, field } = setup(added);
    await act(() => host.show(DATA, ANCHOR, { pinned: false }));
    await act(() => button(card(), 'Add to glossary').click());
    await act(() => fill(field('en'), 'typed for the first name'));
    const other = { ...SUGGESTED, id: `${SUGGESTION_ID_PREFIX}علي`, ar: 'علي حسن', en: 'Ali Hassan' };
    await act(() =>
      host.show({ ...DATA, surface: 'علي حسن', clitics: [], entry: other }, ANCHOR, { pinned: true }),
    );
    expect(field('en')).toBeNull();
    await act(() => button(card(), 'Add to glossary').click());
    expect((field('en') as HTMLInputElement).value).toBe('Ali Hassan');
  });
});
