// @vitest-environment happy-dom
/**
 * The card for a name the glossary lacks, through the card host as the page shows it: marked as a
 * suggestion, with its other spellings and romanisation, and an "Add to glossary" button that asks for the add
 * window with the drafted name (the form is there, out of the page's hearing).
 */

import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGlossCardHost } from '../../components/gloss-card-host';
import type { EntryDraft } from '../../lib/glossary/draft-entry';
import { type GlossaryEntry, SUGGESTION_ID_PREFIX } from '../../lib/glossary/schema';
import { CATALOGUES } from '../../lib/i18n/catalogues';
import type { CardData, CardHost } from '../../lib/page/card-host';
import { withShadowRoot } from './closed-shadow';
import { button } from './options-harness';

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
});

function setup() {
  const callbacks = {
    onCopy: vi.fn(async () => {}),
    onEdit: vi.fn(),
    onClose: vi.fn(),
    onAdd: vi.fn(async (_draft: EntryDraft) => {}),
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
  return { host: current, card, ...callbacks };
}

describe('the card of a suggested name', () => {
  it('says the name is not in the glossary and shows the guess, its spellings and the romanisation', async () => {
    const { host, card } = setup();
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
    expect(button(card(), 'Add to glossary')).not.toBeNull();
  });

  it('shows a glossary entry as before: no suggestion line, an Edit button', async () => {
    const { host, card } = setup();
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

  it('asks for the add window with the name without clitics, its spellings and the sentence, holding no field', async () => {
    const { host, card, onAdd } = setup();
    await act(() => host.show(DATA, ANCHOR, { pinned: false }));
    await act(() => button(card(), 'Add to glossary').click());
    expect(onAdd).toHaveBeenCalledWith({
      ar: 'محمد عبد العاطي',
      en: 'Mohammed Abdel Aati',
      alternatives: ['Muhammad Abd al-Ati', 'Mohamed Abdelaty'],
      type: 'person',
      context: SENTENCE,
    });
    // Nothing to type into on the page: keys typed in its document reach the page's capture listeners first.
    expect(card().querySelector('input, textarea, select, [contenteditable]')).toBeNull();
  });

  it('says so on the button when the add window could not be opened, and tries again on the next press', async () => {
    const { host, card, onAdd } = setup();
    onAdd.mockRejectedValueOnce(new Error('no answer'));
    await act(() => host.show(DATA, ANCHOR, { pinned: false }));
    await act(async () => button(card(), 'Add to glossary').click());
    expect(card().querySelector('button.add')?.textContent).toBe('Could not open the add window — try again');
    await act(async () => (card().querySelector('button.add') as HTMLButtonElement).click());
    expect(onAdd).toHaveBeenCalledTimes(2);
    expect(card().querySelector('button.add')?.textContent).toBe('Add to glossary');
  });
});
