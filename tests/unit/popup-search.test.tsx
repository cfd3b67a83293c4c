// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { typedClitics } from '../../components/GlossarySearch';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import {
  CARTER,
  type FakeOptions,
  fakeApi,
  mountPopup,
  PARIS,
  settle,
  typeInto,
  typeQuery,
} from './popup-fakes';

const PRESIDENT: GlossaryEntry = {
  id: 'الرئيس',
  ar: 'الرئيس',
  variants: [],
  en: 'the president',
  type: 'title',
};

let unmount: (() => void) | undefined;

afterEach(() => {
  unmount?.();
  unmount = undefined;
});

/** A search as the background answers it: the entries are those the test says match. */
async function open(search: FakeOptions['search']) {
  const fake = fakeApi({ search });
  const mounted = await mountPopup(fake.api);
  unmount = mounted.unmount;
  await settle();
  const input = mounted.root.querySelector<HTMLInputElement>('input[type="search"]');
  if (input === null) throw new Error('no search box');
  const type = (text: string) => typeQuery(input, text, fake.backgroundRequests);
  return { ...fake, root: mounted.root, input, type };
}

describe('the popup: look-up', () => {
  it('has a labelled search box that follows the direction of what is typed', async () => {
    const { root, input } = await open(() => []);
    expect(root.querySelector('search')).not.toBeNull();
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Look up');
    expect(input.getAttribute('dir')).toBe('auto');
  });

  it('asks the background once typing pauses, and shows each entry with its prefix read off', async () => {
    const { type, root, backgroundRequests } = await open((query) => (query === 'بباريس' ? [PARIS] : []));
    await type('  بباريس ');
    expect(backgroundRequests.filter((request) => request.type === 'entries/search')).toEqual([
      { type: 'entries/search', query: 'بباريس', limit: 20 },
    ]);
    const result = root.querySelector('.result');
    expect(result?.querySelector('.badge')?.textContent).toBe('place');
    expect(result?.querySelector('.en')?.textContent).toBe('Paris');
    expect(result?.querySelector('.ar')?.textContent).toBe('باريس');
    expect(result?.querySelector('.breakdown')?.textContent?.replace(/\s+/g, ' ')).toBe(
      'بـ in, with, by + باريس Paris',
    );
    expect(result?.querySelector('.note')?.textContent).toBe('Capital of France');
  });

  it('finds by English, without a breakdown', async () => {
    const { type, root } = await open((query) => (query === 'carter' ? [CARTER] : []));
    await type('carter');
    expect([...root.querySelectorAll('.result .en')].map((en) => en.textContent)).toEqual(['Ashton Carter']);
    expect(root.querySelector('.result .breakdown')).toBeNull();
  });

  it('says when nothing matches, with the query isolated', async () => {
    const { type, root } = await open(() => []);
    await type('زززز');
    const none = root.querySelector('.search > p');
    expect(none?.textContent).toBe('Nothing in the glossary for زززز.');
    expect(none?.querySelector('bdi')?.getAttribute('dir')).toBe('auto');
  });

  it('asks only for the last of quick keystrokes, and clears with the box', async () => {
    const { input, type, root, backgroundRequests } = await open((query) =>
      query.startsWith('Pa') ? [PARIS] : [],
    );
    typeInto(input, 'P');
    typeInto(input, 'Pa');
    await type('Par');
    expect(backgroundRequests.filter((request) => request.type === 'entries/search')).toEqual([
      { type: 'entries/search', query: 'Par', limit: 20 },
    ]);
    expect(root.querySelectorAll('.result')).toHaveLength(1);
    await type('');
    expect(root.querySelectorAll('.result')).toHaveLength(0);
  });

  it('copies the English and opens the entry in the glossary editor', async () => {
    const { type, root, copied, backgroundRequests } = await open(() => [PARIS]);
    await type('Paris');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.result button')];
    buttons.find((button) => button.textContent === 'Copy English')?.click();
    buttons.find((button) => button.textContent === 'Edit in glossary')?.click();
    await settle();
    expect(copied).toEqual(['Paris']);
    expect(backgroundRequests).toContainEqual({ type: 'options/open', entryId: PARIS.id });
  });
});

describe('typedClitics', () => {
  it.each<[string, GlossaryEntry, string[] | null, string]>([
    // query, entry, the clitics read off, why
    ['بباريس', PARIS, ['ب'], 'a preposition joined to the name'],
    ['وبباريس', PARIS, ['و', 'ب'], 'two clitics'],
    ['باريس', PARIS, null, 'the name as written: nothing to explain'],
    ['Paris', PARIS, null, 'English'],
    ['لكارتر', CARTER, ['ل'], 'a variant (the surname alone) with a clitic'],
    ['للرئيس', PRESIDENT, ['ل'], 'لل is ل + ال'],
    ['بغداد', PARIS, null, 'another word altogether'],
  ])('reads %s as %s (%s)', (query, entry, expected) => {
    expect(typedClitics(query, entry)?.map((clitic) => clitic.ar) ?? null).toEqual(expected);
  });
});
