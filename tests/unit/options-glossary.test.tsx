// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../components/EntryTable';
import { App } from '../../entrypoints/options/App';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { importEntries } from '../../lib/store/entries';
import { entry } from './entry-factory';
import {
  bundledGlossary,
  button,
  type FakeBackground,
  fakeDownload,
  fill,
  mount,
  PARIS,
  previewHere,
  rendered,
  settle,
  unmount,
  useOptionsBackground,
} from './options-harness';

const optionsBackground = useOptionsBackground();
let background: FakeBackground;
let root: HTMLElement;
beforeEach(() => {
  background = optionsBackground();
});
afterEach(() => unmount(root));

async function open(): Promise<HTMLElement> {
  root = mount(<App ask={background.ask} download={fakeDownload().download} preview={previewHere} />);
  await settle(() => expect(root.querySelector('tbody tr')).not.toBeNull());
  return root;
}

function rows(): string[][] {
  return [...root.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('td')]
      .slice(0, 4)
      .map((cell) => cell.firstElementChild?.textContent ?? cell.textContent ?? ''),
  );
}

function englishShown(): string[] {
  return rows().map((row) => row[1] ?? '');
}

function form(): HTMLFormElement {
  const found = root.querySelector('form.entry-form');
  if (!(found instanceof HTMLFormElement)) throw new Error('no form open');
  return found;
}

function field(name: string): Element | null {
  return form().querySelector(`[name="${name}"]`);
}

describe('the glossary table', () => {
  it('lists every entry: Arabic right to left, English left to right, type and origin', async () => {
    await open();
    expect(englishShown().sort()).toEqual(['Barack Obama', 'Cairo', 'NATO', 'Paris']);
    const arabic = root.querySelector('tbody td.ar');
    expect(arabic?.getAttribute('dir')).toBe('rtl');
    expect(arabic?.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('tbody td.en')?.getAttribute('dir')).toBe('ltr');
    expect(rows().find((row) => row[1] === 'Paris')).toEqual(['باريس', 'Paris', 'place', 'Bundled']);
  });

  it.each<[string, string[]]>([
    ['بباريس', ['Paris']],
    ['وأوباما', ['Barack Obama']],
    ['للناتو', ['NATO']],
    ['حلف شمال', ['NATO']],
    ['القاهره', ['Cairo']],
    ['obama', ['Barack Obama']],
    ['capital of', ['Paris']],
    ['لندن', []],
  ])('finds %s (normalised, clitic-aware Arabic; English)', async (query, expected) => {
    await open();
    fill(root.querySelector('input[name="query"]'), query);
    await settle(() => expect(englishShown()).toEqual(expected));
  });

  it.each<[string, string[]]>([
    ['Obamma', ['Barack Obama']],
    ['اوباما', ['Barack Obama']],
    ['اوبامى', ['Barack Obama']],
    ['Pari', ['Paris']],
  ])('forgives %s (near misses, word starts)', async (query, expected) => {
    await open();
    fill(root.querySelector('input[name="query"]'), query);
    await settle(() => expect(englishShown()).toEqual(expected));
  });

  it('offers to add what the search found nothing for, with the form filled in', async () => {
    await open();
    fill(root.querySelector('input[name="query"]'), 'لندن');
    await settle(() => expect(root.querySelector('.count')?.textContent).toContain('Add “لندن”…'));
    button(root, 'Add “لندن”…').click();
    await settle(() => expect((field('ar') as HTMLInputElement).value).toBe('لندن'));
    expect((field('en') as HTMLInputElement).value).toBe('');
    fill(root.querySelector('input[name="query"]'), 'London');
    await settle(() => expect(root.querySelector('.count')?.textContent).toContain('Add “London”…'));
    button(root, 'Add “London”…').click();
    await settle(() => expect((field('en') as HTMLInputElement).value).toBe('London'));
    expect((field('ar') as HTMLInputElement).value).toBe('');
  });

  it('filters by type and by origin', async () => {
    await open();
    await background.ask({ type: 'entry/put', entry: entry('', 'لندن', 'London') });
    await background.ask({ type: 'entry/put', entry: { ...PARIS, en: 'Paris, France' } });
    unmount(root);
    await open();
    fill(root.querySelector('select[name="type"]'), 'person');
    await settle(() => expect(englishShown()).toEqual(['Barack Obama']));
    fill(root.querySelector('select[name="type"]'), 'all');
    fill(root.querySelector('select[name="origin"]'), 'mine');
    await settle(() => expect(englishShown()).toEqual(['London']));
    fill(root.querySelector('select[name="origin"]'), 'edited');
    await settle(() => expect(englishShown()).toEqual(['Paris, France']));
    fill(root.querySelector('select[name="origin"]'), 'bundled');
    await settle(() => expect(englishShown().sort()).toEqual(['Barack Obama', 'Cairo', 'NATO']));
  });

  it('shows 10,000+ entries a page at a time', { timeout: 60_000 }, async () => {
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
    const word = (n: number) =>
      [0, 1, 2, 3].map((digit) => letters[Math.floor(n / letters.length ** digit) % letters.length]).join('');
    const many: GlossaryEntry[] = Array.from({ length: 10_000 }, (_, i) =>
      entry('', `${word(i)}ستان`, `Word ${i}`),
    );
    const result = await importEntries(background.db, many, 'merge');
    expect(result.ok).toBe(true);
    await open();
    await settle(() => expect(root.querySelector('.count')?.textContent).toBe('1–50 of 10,004 entries'));
    expect(root.querySelectorAll('tbody tr')).toHaveLength(PAGE_SIZE);
    button(root, 'Next').click();
    await settle(() => expect(root.querySelector('.count')?.textContent).toBe('51–100 of 10,004 entries'));
    fill(root.querySelector('input[name="query"]'), `و${word(1234)}ستان`);
    await settle(() => expect(englishShown()).toEqual(['Word 1234']));
    fill(root.querySelector('input[name="query"]'), 'word 99');
    await settle(() => expect(root.querySelector('.count')?.textContent).toMatch(/^1–50 of 111 matching/));
  });

  it('shows text as text, never as HTML', async () => {
    await background.ask({
      type: 'entry/put',
      entry: entry('', 'لندن', '<img src=x onerror="window.hacked=1">London', {
        note: '<script>window.hacked=2</script>',
      }),
    });
    await open();
    await settle(() => expect(englishShown()).toContain('<img src=x onerror="window.hacked=1">London'));
    expect(root.querySelector('img, script')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('adding, editing and deleting', () => {
  it('adds an entry, and pages are told the glossary changed', async () => {
    await open();
    button(root, 'Add an entry').click();
    await settle(() => form());
    fill(field('ar'), 'لندن');
    fill(field('en'), 'London');
    fill(field('type'), 'place');
    fill(field('variants'), 'لوندن\n\n  لندرة  \n');
    await rendered();
    button(form(), 'Add').click();
    await settle(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Added لندن \(London\)/),
    );
    expect(root.querySelector('form.entry-form')).toBeNull();
    await settle(() => expect(englishShown()).toContain('London'));
    const stored = (await background.ask({ type: 'entries/list' })).entries.find(
      (value) => value.en === 'London',
    );
    expect(stored).toMatchObject({ origin: 'user', variants: ['لوندن', 'لندرة'], type: 'place' });
    expect(background.changes).toHaveBeenCalledTimes(1);
  });

  it('says what is required before asking the store', async () => {
    await open();
    button(root, 'Add an entry').click();
    await settle(() => form());
    button(form(), 'Add').click();
    await settle(() =>
      expect(form().querySelector('[role="alert"]')?.textContent).toBe(
        'The Arabic is required.The English is required.Choose a type.',
      ),
    );
    expect(background.sent.some((request) => request.type === 'entry/put')).toBe(false);
  });

  it('refuses a duplicate after normalisation and names the entry it collides with', async () => {
    await open();
    button(root, 'Add an entry').click();
    await settle(() => form());
    fill(field('ar'), 'أُوبَاما');
    fill(field('en'), 'Obama');
    fill(field('type'), 'person');
    await rendered();
    button(form(), 'Add').click();
    await settle(() =>
      expect(form().querySelector('[role="alert"]')?.textContent).toBe(
        '"أُوبَاما" is the same after normalisation as "باراك أوباما" (Barack Obama), already in the glossary',
      ),
    );
    expect(background.changes).not.toHaveBeenCalled();
  });

  it('edits an entry: a bundled one becomes "Edited"', async () => {
    await open();
    const row = root.querySelector(`tr[data-entry-id="${PARIS.id}"]`);
    button(row as Element, 'Edit').click();
    await settle(() => expect((field('en') as HTMLInputElement).value).toBe('Paris'));
    expect((field('ar') as HTMLInputElement).getAttribute('dir')).toBe('rtl');
    fill(field('en'), 'Paris, France');
    await rendered();
    button(form(), 'Save').click();
    await settle(() =>
      expect(rows().find((cells) => cells[0] === 'باريس')).toEqual([
        'باريس',
        'Paris, France',
        'place',
        'Edited',
      ]),
    );
    const stored = (await background.ask({ type: 'entries/list' })).entries.find(
      (value) => value.id === PARIS.id,
    );
    // What the form does not show (the example sentences) is kept.
    expect(stored).toMatchObject({ en: 'Paris, France', edited: true, contexts: PARIS.contexts });
  });

  it('edits the vocalised form and the English variants, and keeps them through an edit of another field', async () => {
    await background.ask({
      type: 'entry/put',
      entry: entry('', 'لندن', 'London', { vocalized: 'لَنْدَن', enVariants: ['Londres'] }),
    });
    await open();
    button(root.querySelector('tr[data-entry-id="لندن"]') as Element, 'Edit').click();
    await settle(() => expect((field('vocalized') as HTMLInputElement).value).toBe('لَنْدَن'));
    expect((field('enVariants') as HTMLTextAreaElement).value).toBe('Londres');
    fill(field('en'), 'London, UK');
    fill(field('enVariants'), 'Londres\nLDN');
    await rendered();
    button(form(), 'Save').click();
    await settle(() => expect(englishShown()).toContain('London, UK'));
    const stored = (await background.ask({ type: 'entries/list' })).entries.find(
      (value) => value.id === 'لندن',
    );
    expect(stored).toMatchObject({ en: 'London, UK', vocalized: 'لَنْدَن', enVariants: ['Londres', 'LDN'] });
  });

  it('deletes an entry, and Undo brings it back', async () => {
    await open();
    button(root.querySelector(`tr[data-entry-id="${PARIS.id}"]`) as Element, 'Delete').click();
    await settle(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Deleted باريس \(Paris\)/),
    );
    await settle(() => expect(englishShown()).not.toContain('Paris'));
    button(root, 'Undo').click();
    await settle(() => expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Restored/));
    await settle(() => expect(englishShown()).toContain('Paris'));
    const stored = (await background.ask({ type: 'entries/list' })).entries.find(
      (value) => value.id === PARIS.id,
    );
    expect(stored).toMatchObject({ origin: 'bundled', edited: false, contexts: PARIS.contexts });
    expect(await background.db.count('tombstones')).toBe(0);
  });

  it('says why Undo cannot bring an entry back, with the English that took its place set apart', async () => {
    await open();
    button(root.querySelector(`tr[data-entry-id="${PARIS.id}"]`) as Element, 'Delete').click();
    await settle(() => expect(englishShown()).not.toContain('Paris'));
    const added = await background.ask({ type: 'entry/put', entry: entry('', PARIS.ar, 'Paris, Texas') });
    expect(added).toMatchObject({ ok: true });
    button(root, 'Undo').click();
    await settle(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('Paris, Texas'));
    const quoted = [...root.querySelectorAll('[role="alert"] bdi.quoted')];
    expect(quoted.map((part) => [part.textContent, part.getAttribute('lang')])).toContainEqual([
      'Paris, Texas',
      'en',
    ]);
  });

  it('opens the form of the entry named in #entry=<id> (the card\'s "Edit entry")', async () => {
    history.replaceState(null, '', `/options.html#entry=${encodeURIComponent(PARIS.id)}`);
    await open();
    await settle(() => expect((field('en') as HTMLInputElement).value).toBe('Paris'));
    expect(form().querySelector('h2')?.textContent).toBe('Edit entry');
  });

  it('opens the form when the hash changes on an open page', async () => {
    await open();
    history.replaceState(null, '', `/options.html#entry=${encodeURIComponent(PARIS.id)}`);
    window.dispatchEvent(new Event('hashchange'));
    await settle(() => expect((field('en') as HTMLInputElement).value).toBe('Paris'));
  });

  it('says so when #entry=<id> names no entry', async () => {
    history.replaceState(null, '', '/options.html#entry=nothing');
    await open();
    await settle(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toMatch(/no entry "nothing"/),
    );
    expect(root.querySelector('form.entry-form')).toBeNull();
  });
});

it('the bundled glossary used here is valid', () => {
  expect(bundledGlossary().entries).toHaveLength(4);
});
