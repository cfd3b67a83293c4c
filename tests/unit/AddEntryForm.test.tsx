// @vitest-environment happy-dom

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddEntryForm } from '../../components/AddEntryForm';
import { draftFromSelection, type EntryDraft } from '../../lib/glossary/draft-entry';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { BackgroundFailure, type EntryView, type PutReply } from '../../lib/messages/protocol';
import { inEnglish } from './in-english';
import { button, fill } from './options-harness';

const DRAFT: EntryDraft = {
  ar: 'محمد عبد العاطي',
  en: 'Mohammed Abdel Aati',
  alternatives: ['Muhammad Abd al-Ati', 'Mohamed Abdelaty'],
  type: 'person',
  context: 'وقال محمد عبد العاطي إن الوفد وصل',
};

/** The stored entry the background would answer with. */
function storedAs(entry: GlossaryEntry): EntryView {
  return { ...entry, id: entry.ar, origin: 'user', edited: false, createdAt: 1, updatedAt: 1 };
}

let root: HTMLElement | undefined;
afterEach(() => {
  if (root !== undefined) render(null, root);
  root?.remove();
  root = undefined;
});

async function mount(draft: EntryDraft, reply?: (entry: GlossaryEntry) => PutReply) {
  const onSave = vi.fn(
    async (entry: GlossaryEntry): Promise<PutReply> =>
      reply === undefined ? { ok: true, entry: storedAs(entry) } : reply(entry),
  );
  const onCancel = vi.fn();
  const element = document.createElement('div');
  document.body.append(element);
  root = element;
  await act(() => {
    render(inEnglish(<AddEntryForm draft={draft} onSave={onSave} onCancel={onCancel} />), element);
  });
  const field = <T extends Element>(name: string): T => {
    const found = element.querySelector<T>(`[name="${name}"]`);
    if (found === null) throw new Error(`no field ${name}`);
    return found;
  };
  const save = () =>
    act(async () => {
      button(element, 'Save').click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  return { root: element, onSave, onCancel, field, save };
}

describe('AddEntryForm', () => {
  it('is prefilled with the draft: Arabic, English, type, sentence, and the spellings to choose from', async () => {
    const { root, field } = await mount(DRAFT);
    expect(root.querySelector('form')?.getAttribute('aria-label')).toBe('Add to glossary');
    expect(field<HTMLInputElement>('ar').value).toBe('محمد عبد العاطي');
    expect(field<HTMLInputElement>('ar').getAttribute('dir')).toBe('rtl');
    expect(field<HTMLInputElement>('en').value).toBe('Mohammed Abdel Aati');
    expect(field<HTMLSelectElement>('type').value).toBe('person');
    expect(field<HTMLTextAreaElement>('context').value).toBe('وقال محمد عبد العاطي إن الوفد وصل');
    const choices = [...root.querySelectorAll('.choice')];
    expect(choices.map((choice) => [choice.textContent, choice.getAttribute('aria-pressed')])).toEqual([
      ['Mohammed Abdel Aati', 'true'],
      ['Muhammad Abd al-Ati', 'false'],
      ['Mohamed Abdelaty', 'false'],
    ]);
    expect(document.activeElement).toBe(field('ar'));
  });

  it('saves what the reader chose and edited, as a new entry with the sentence as context', async () => {
    const { root, field, save, onSave } = await mount(DRAFT);
    await act(() => button(root, 'Muhammad Abd al-Ati').click());
    expect(field<HTMLInputElement>('en').value).toBe('Muhammad Abd al-Ati');
    expect(button(root, 'Muhammad Abd al-Ati').getAttribute('aria-pressed')).toBe('true');
    await act(() => fill(field('type'), 'organisation'));
    await act(() => fill(field('context'), '  جملة أخرى عن محمد عبد العاطي '));
    await save();
    expect(onSave).toHaveBeenCalledWith({
      id: '',
      ar: 'محمد عبد العاطي',
      variants: [],
      en: 'Muhammad Abd al-Ati',
      type: 'organisation',
      contexts: ['جملة أخرى عن محمد عبد العاطي'],
    });
    const saved = root.querySelector('[role="status"]');
    expect(saved?.textContent).toBe('Added محمد عبد العاطي (Muhammad Abd al-Ati) to your glossary.');
    expect(root.querySelector('form')).toBeNull();
  });

  it('takes free text for the English, with no spelling pressed', async () => {
    const { root, field, save, onSave } = await mount(DRAFT);
    await act(() => fill(field('en'), 'M. Abdel-Aati'));
    expect(root.querySelectorAll('.choice[aria-pressed="true"]')).toHaveLength(0);
    await save();
    expect(onSave.mock.calls[0]?.[0].en).toBe('M. Abdel-Aati');
  });

  it('shows the glossary rules broken, inline, and sends nothing', async () => {
    const { root, field, save, onSave } = await mount(DRAFT);
    await act(() => fill(field('ar'), 'Mohammed'));
    await act(() => fill(field('en'), '  '));
    await save();
    expect(onSave).not.toHaveBeenCalled();
    const problems = [...root.querySelectorAll('[role="alert"] li')].map((item) => item.textContent);
    expect(problems).toEqual(['the English is missing', '"Mohammed" has no Arabic letters']);
    expect(root.querySelector('form')).not.toBeNull();
  });

  it('shows a message limit broken before the glossary rules', async () => {
    const { root, field, save, onSave } = await mount(DRAFT);
    await act(() => fill(field('context'), 'ب'.repeat(2001)));
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'one of the contexts is longer than 2,000 characters',
    );
  });

  it("shows the store's problems (a colliding form) and stays open for a fix", async () => {
    const refused: PutReply = {
      ok: false,
      problems: [
        {
          line: 1,
          code: 'form-in-glossary',
          form: 'محمد عبد العاطي',
          other: 'محمد عبد العاطى',
          otherEnglish: 'Mohamed Abdel Aaty',
        },
      ],
    };
    // The store refuses the Arabic as drafted (another entry has it) and takes it once changed.
    const { root, field, save, onSave } = await mount(DRAFT, (entry) =>
      entry.ar === DRAFT.ar ? refused : { ok: true, entry: storedAs(entry) },
    );
    await save();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      '"محمد عبد العاطي" is the same after normalisation as "محمد عبد العاطى" (Mohamed Abdel Aaty), already in the glossary',
    );
    expect(field<HTMLInputElement>('ar').value).toBe('محمد عبد العاطي');
    await act(() => fill(field('ar'), 'محمد عبد العاطي الثاني'));
    await save();
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('محمد عبد العاطي الثاني');
  });

  it('says when the request itself failed', async () => {
    const { root, save } = await mount(DRAFT, () => {
      throw new BackgroundFailure({ code: 'no-answer', request: 'entry/add' });
    });
    await save();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Not saved: no answer to entry/add');
  });

  it('offers no spellings for a selection, and cancels', async () => {
    const result = draftFromSelection('عبد العاطي');
    if (!result.ok) throw new Error(result.refusal.code);
    const { root, field, onCancel } = await mount(result.draft);
    expect(root.querySelector('.choice')).toBeNull();
    expect(field<HTMLInputElement>('en').value).toBe('');
    await act(() => button(root, 'Cancel').click());
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
