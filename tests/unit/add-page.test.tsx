// @vitest-environment happy-dom
/**
 * The "Add to Dalil" page with the selection the context menu opened it for, and the options page's switch for
 * name suggestions, both over the real background handlers (fake-indexeddb).
 */

import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SelectionRefused } from '../../components/SelectionRefused';
import { I18nContext } from '../../components/use-i18n';
import { App, tokenInHash } from '../../entrypoints/add/App';
import { App as OptionsApp } from '../../entrypoints/options/App';
import type { SelectionRefusal } from '../../lib/glossary/draft-entry';
import { translatorFor } from '../../lib/i18n/catalogues';
import type { AddRequest } from '../../lib/messages/protocol';
import type { NameSpelling } from '../../lib/names/page-suggestions';
import {
  button,
  type FakeBackground,
  fakeBackground,
  fakeDownload,
  fill,
  mount,
  previewHere,
  rendered,
  settle,
  unmount,
} from './options-harness';

let background: FakeBackground;
let root: HTMLElement | undefined;

beforeEach(async () => {
  background = await fakeBackground();
  await background.ask({ type: 'glossary/get' });
});
afterEach(() => {
  if (root !== undefined) unmount(root);
  root = undefined;
  background.close();
});

const selected = (text: string): AddRequest => ({ kind: 'selection', text });

async function storedArabic(): Promise<string[]> {
  return (await background.ask({ type: 'entries/list' })).entries.map((entry) => entry.ar).sort();
}

function openPage(request: AddRequest | null, spellName?: (arabic: string) => Promise<NameSpelling | null>) {
  const onClose = vi.fn();
  const page = mount(
    <App
      request={request}
      ask={background.ask}
      onClose={onClose}
      {...(spellName === undefined ? {} : { spellName })}
    />,
  );
  root = page;
  return { page, onClose };
}

describe('the add page', () => {
  it('reads the one-time token from the address, as the background writes it', () => {
    expect(tokenInHash('#request=0f1e-2d3c')).toBe('0f1e-2d3c');
    expect(tokenInHash('')).toBe('');
    expect(tokenInHash('#text=محمد')).toBe('');
  });

  it("starts from the card's draft as it is: its English and spellings, the sentence, no guessing", async () => {
    const spell = vi.fn(async () => ({ en: 'Wrong', alternatives: [] }));
    const draft = {
      ar: 'محمد عبد العاطي',
      en: 'Mohammed Abdel Aati',
      alternatives: ['Mohamed Abdelaty'],
      type: 'person' as const,
      context: 'وقال محمد عبد العاطي إن الوفد وصل',
    };
    const { page } = openPage({ kind: 'draft', draft }, spell);
    await rendered();
    expect(page.querySelector<HTMLInputElement>('[name="en"]')?.value).toBe('Mohammed Abdel Aati');
    expect(page.querySelector<HTMLTextAreaElement>('[name="context"]')?.value).toBe(draft.context);
    expect(page.textContent).toContain('Mohamed Abdelaty');
    expect(spell).not.toHaveBeenCalled();
  });

  it('says there is nothing to add when the request was used already, and shows no form', async () => {
    const { page } = openPage(null);
    await rendered();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Nothing to add here');
    expect(page.querySelector('form')).toBeNull();
  });

  it("adds the selected name as a new person of the user's own, and offers to close", async () => {
    const before = await storedArabic();
    const { page, onClose } = openPage(selected(' «محمد عبد العاطي» '));
    await rendered();
    expect(page.querySelector('h1')?.textContent).toContain('Add to Dalil');
    const ar = page.querySelector<HTMLInputElement>('[name="ar"]');
    expect(ar?.value).toBe('محمد عبد العاطي');
    expect(page.querySelector<HTMLSelectElement>('[name="type"]')?.value).toBe('person');
    fill(page.querySelector('[name="en"]'), 'Mohammed Abdel Aati');
    await rendered();
    button(page, 'Save').click();
    await settle(() =>
      expect(page.querySelector('[role="status"]')?.textContent).toBe(
        'Added محمد عبد العاطي (Mohammed Abdel Aati) to your glossary.',
      ),
    );
    expect(await storedArabic()).toEqual([...before, 'محمد عبد العاطي'].sort());
    const added = (await background.ask({ type: 'entries/list' })).entries.find(
      (entry) => entry.ar === 'محمد عبد العاطي',
    );
    expect(added).toMatchObject({ en: 'Mohammed Abdel Aati', type: 'person', origin: 'user' });
    expect(background.changes).toHaveBeenCalledTimes(1);
    button(page, 'Close').click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("starts the English with the speller's guess and offers its other spellings", async () => {
    const asked: string[] = [];
    const { page } = openPage(selected('محمد عبد العاطي'), async (arabic) => {
      asked.push(arabic);
      return { en: 'Mohammed Abdel-Aati', alternatives: ['Mohammed Abdel-Ati'] };
    });
    await settle(() =>
      expect(page.querySelector<HTMLInputElement>('[name="en"]')?.value).toBe('Mohammed Abdel-Aati'),
    );
    expect(asked).toEqual(['محمد عبد العاطي']);
    expect(page.textContent).toContain('Mohammed Abdel-Ati');
  });

  it('starts with an empty English when the speller cannot be had', async () => {
    const { page } = openPage(selected('محمد عبد العاطي'), async () => {
      throw new Error('no models');
    });
    await settle(() => expect(page.querySelector<HTMLInputElement>('[name="en"]')?.value).toBe(''));
    expect(page.querySelector<HTMLInputElement>('[name="ar"]')?.value).toBe('محمد عبد العاطي');
  });

  it('shows the problems of a name already in the glossary and saves nothing', async () => {
    const before = await storedArabic();
    const { page } = openPage(selected('باراك أوباما'));
    await rendered();
    fill(page.querySelector('[name="en"]'), 'Obama again');
    await rendered();
    button(page, 'Save').click();
    await settle(() => expect(page.querySelector('[role="alert"]')?.textContent).toContain('Barack Obama'));
    expect(await storedArabic()).toEqual(before);
    expect(page.querySelector('form')).not.toBeNull();
  });

  it.each([
    // the selection, what the page says, why
    ['', 'Nothing is selected', 'an empty selection'],
    ['   \n ', 'Nothing is selected', 'white space only'],
    ['ب'.repeat(5000), 'The selection is 5,000 characters long', 'a whole article selected'],
    ['Barack Obama', 'no Arabic letters', 'no Arabic'],
  ])('%# refuses %s: says so, shows no form and saves nothing (%s)', async (text, message) => {
    const before = await storedArabic();
    const { page, onClose } = openPage(selected(text));
    await rendered();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(message);
    expect(page.querySelector('form')).toBeNull();
    expect(background.sent.map((request) => request.type)).not.toContain('entry/add');
    expect(await storedArabic()).toEqual(before);
    button(page, 'Close').click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('the Add to Dalil… window in Arabic', () => {
  it.each<[SelectionRefusal, string]>([
    [{ code: 'nothing-selected' }, 'لم يُحدَّد شيء: حدّد اسمًا في الصفحة أولًا.'],
    [{ code: 'no-arabic' }, 'لا حروف عربية في التحديد: حدّد الاسم كما يُكتب بالعربية.'],
    // The length in the form its number takes: 203 few, 211 many, 5,000 other.
    [
      { code: 'too-long', length: 203, max: 200 },
      'طول التحديد 203 أحرف: حدّد الاسم وحده (والحد الأقصى للاسم 200).',
    ],
    [
      { code: 'too-long', length: 211, max: 200 },
      'طول التحديد 211 حرفًا: حدّد الاسم وحده (والحد الأقصى للاسم 200).',
    ],
    [
      { code: 'too-long', length: 5000, max: 200 },
      'طول التحديد 5,000 حرف: حدّد الاسم وحده (والحد الأقصى للاسم 200).',
    ],
  ])('says why it refuses %o in Arabic', (refusal, words) => {
    const root = document.createElement('div');
    render(h(I18nContext.Provider, { value: translatorFor('ar') }, h(SelectionRefused, { refusal })), root);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(words);
    expect(root.querySelector('[lang="en"]')).toBeNull();
    render(null, root);
  });
});

describe('the options page: name suggestions', () => {
  it('has the switch on by default, and turning it off is stored and told to open pages', async () => {
    const { download } = fakeDownload();
    const page = mount(<OptionsApp ask={background.ask} download={download} preview={previewHere} />);
    root = page;
    const toggle = () => page.querySelector<HTMLInputElement>('input[name="suggestNames"]');
    await settle(() => expect(toggle()?.disabled).toBe(false));
    expect(toggle()?.checked).toBe(true);
    expect(toggle()?.parentElement?.textContent).toBe('Suggest names that are not in the glossary');

    toggle()?.click();
    await settle(() => expect(page.querySelector('.suggestions-switch [role="status"]')).not.toBeNull());
    expect(await background.ask({ type: 'settings/get' })).toEqual({
      suggestNames: false,
      hoverDelayMs: 150,
      uiLanguage: 'auto',
    });
    expect(toggle()?.checked).toBe(false);
    expect(background.changes).toHaveBeenCalledTimes(1);

    toggle()?.click();
    await settle(() => expect(toggle()?.checked).toBe(true));
    expect(await background.ask({ type: 'settings/get' })).toEqual({
      suggestNames: true,
      hoverDelayMs: 150,
      uiLanguage: 'auto',
    });
  });
});
