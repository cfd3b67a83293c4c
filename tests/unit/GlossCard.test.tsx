// @vitest-environment happy-dom

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { elsewhereWords, GlossCard } from '../../components/GlossCard';
import { I18nContext } from '../../components/use-i18n';
import { wikipediaUrl } from '../../components/WikipediaLink';
import { ENTITY_TYPES, type GlossaryEntry } from '../../lib/glossary/schema';
import { translatorFor } from '../../lib/i18n/catalogues';
import type { CardData, CardProps } from '../../lib/page/card-host';
import { inEnglish } from './in-english';

const PARIS: GlossaryEntry = {
  id: 'place-paris',
  ar: 'باريس',
  vocalized: 'بَارِيس',
  variants: [],
  en: 'Paris',
  type: 'place',
  note: 'Capital of France',
  contexts: ['وصل الوفد إلى باريس صباح اليوم.'],
};

const TUNIS: GlossaryEntry = { id: 'place-tunis', ar: 'تونس', variants: [], en: 'Tunis', type: 'place' };
const TUNISIA: GlossaryEntry = {
  id: 'place-tunisia',
  ar: 'تونس',
  variants: [],
  en: 'Tunisia',
  type: 'place',
};

const OBAMA: GlossaryEntry = {
  id: 'person-obama',
  ar: 'باراك أوباما',
  variants: ['أوباما'],
  en: 'Barack Obama',
  type: 'person',
};

const MINISTER: GlossaryEntry = {
  id: 'title-minister',
  ar: 'وزير',
  vocalized: 'وَزِير',
  variants: [],
  en: 'minister',
  type: 'title',
  inflects: true,
};

const PRESIDENT: GlossaryEntry = {
  id: 'title-president',
  ar: 'الرئيس',
  vocalized: 'الرَّئِيس',
  variants: [],
  en: 'the president',
  type: 'title',
};

const PRESIDENT_BARE: GlossaryEntry = {
  ...PRESIDENT,
  id: 'title-president-bare',
  ar: 'رئيس',
  en: 'president',
};
const LEBANON: GlossaryEntry = {
  id: 'place-lebanon',
  ar: 'لبنان',
  variants: [],
  en: 'Lebanon',
  type: 'place',
};

function data(overrides: Partial<CardData> = {}): CardData {
  return {
    surface: 'باريس',
    clitics: [],
    suffix: '',
    entry: PARIS,
    alternatives: [],
    mentions: 1,
    ...overrides,
  };
}

let root: HTMLElement;

/** The card's callbacks as spies; the history says the entity was seen on `otherPages` other pages. */
function cardHandlers(otherPages = 0) {
  return {
    onClose: vi.fn(),
    onCopy: vi.fn(async () => {}),
    onEdit: vi.fn(),
    onAdd: vi.fn(async () => {}),
    onSeenElsewhere: vi.fn(async () => otherPages),
  };
}

function mount(cardData: CardData, props: Partial<CardProps> = {}) {
  const handlers = cardHandlers();
  render(inEnglish(<GlossCard data={cardData} pinned={false} {...handlers} {...props} />), root);
  const card = root.querySelector('[role="dialog"]');
  if (card === null) throw new Error('no card rendered');
  return { card, ...handlers };
}

function text(selector: string): string | null {
  return root.querySelector(selector)?.textContent ?? null;
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('GlossCard', () => {
  it('shows the English prominently and the Arabic as written, with direction and language', () => {
    const { card } = mount(data({ surface: 'بباريس', clitics: [{ ar: 'ب', en: 'in, with, by' }] }));
    expect(card.getAttribute('aria-label')).toBe('Dalil: Paris');
    const english = root.querySelector('.english');
    expect(english?.textContent).toBe('Paris');
    expect(english?.getAttribute('dir')).toBe('ltr');
    expect(english?.getAttribute('lang')).toBe('en');
    const surface = root.querySelector('.surface');
    expect(surface?.textContent).toBe('بباريس');
    expect(surface?.getAttribute('dir')).toBe('rtl');
    expect(surface?.getAttribute('lang')).toBe('ar');
  });

  it('shows the type as a badge', () => {
    mount(data());
    expect(root.querySelector('.badge.badge-place')?.textContent).toBe('place');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('data-type')).toBe('place');
  });

  it('breaks بباريس into the clitic with its meaning and the stem with its gloss', () => {
    mount(data({ surface: 'بباريس', clitics: [{ ar: 'ب', en: 'in, with, by' }] }));
    const breakdown = root.querySelector('.breakdown');
    expect(breakdown?.textContent?.replace(/\s+/g, ' ')).toBe('بـ in, with, by + باريس Paris');
    const arabic = [...(breakdown?.querySelectorAll('bdi') ?? [])];
    expect(arabic.map((el) => el.textContent)).toEqual(['بـ', 'باريس']);
    for (const el of arabic) {
      expect(el.getAttribute('dir')).toBe('rtl');
      expect(el.getAttribute('lang')).toBe('ar');
    }
    expect(breakdown?.querySelector('bdi + span')?.getAttribute('lang')).toBe('en');
  });

  it.each([
    // surface, clitics, suffix, entry, expected breakdown, why
    ['وبباريس', ['و', 'ب'], '', PARIS, 'وـ and + بـ in + باريس Paris', 'two clitics, in order'],
    ['بِباريس', ['ب'], '', PARIS, 'بـ in + باريس Paris', 'the mark on the clitic goes with it'],
    ['للرئيس', ['ل'], '', PRESIDENT, 'لـ for + الرئيس the president', 'لل restores the alef of ال'],
    ['للبنان', ['ل'], '', LEBANON, 'لـ for + لبنان Lebanon', 'no alef restored when the stem reads as is'],
    ['للرئيس', ['ل', 'ال'], '', PRESIDENT_BARE, 'لـ for + الـ the + رئيس president', 'ل + ال written لل'],
    [
      'لوزيرها',
      ['ل'],
      'ها',
      MINISTER,
      'لـ for + وزير minister + ـها ending',
      'a suffix is split off the end',
    ],
  ])('breaks down %s (%s: %s)', (surface, clitics, suffix, entry, expected) => {
    const meanings: Record<string, string> = { و: 'and', ب: 'in', ل: 'for', ال: 'the' };
    mount(data({ surface, suffix, entry, clitics: clitics.map((ar) => ({ ar, en: meanings[ar] ?? '' })) }));
    expect(text('.breakdown')?.replace(/\s+/g, ' ')).toBe(expected);
  });

  it('shows no breakdown without clitics or suffix', () => {
    mount(data());
    expect(root.querySelector('.breakdown')).toBeNull();
  });

  it('shows the canonical Arabic only when it differs from what is written', () => {
    mount(data({ surface: 'بباريس', clitics: [{ ar: 'ب', en: 'in' }] }));
    expect(root.querySelector('.canonical')).toBeNull();
    mount(data({ surface: 'باريسَ' }));
    expect(root.querySelector('.canonical')).toBeNull();
    mount(data({ surface: 'أوباما', entry: OBAMA }));
    const canonical = root.querySelector('.canonical bdi');
    expect(canonical?.textContent).toBe('باراك أوباما');
    expect(canonical?.getAttribute('dir')).toBe('rtl');
    expect(canonical?.getAttribute('lang')).toBe('ar');
  });

  it('shows the other readings of an ambiguous form', () => {
    mount(data({ surface: 'تونس', entry: TUNISIA, alternatives: [TUNIS, OBAMA] }));
    expect(text('.also')).toBe('also: Tunis (place); Barack Obama (person)');
  });

  it('shows no alternatives line when there are none', () => {
    mount(data());
    expect(root.querySelector('.also')).toBeNull();
  });

  it('shows the note, or nothing without one', () => {
    mount(data());
    expect(text('.note')).toBe('Capital of France');
    mount(data({ surface: 'تونس', entry: TUNIS }));
    expect(root.querySelector('.note')).toBeNull();
  });

  it('shows the page sentence with the surface emphasised, in preference to the glossary context', () => {
    mount(data({ surface: 'بباريس', clitics: [{ ar: 'ب', en: 'in' }], context: 'عقد الاجتماع بباريس أمس.' }));
    const context = root.querySelector('.context');
    expect(context?.getAttribute('dir')).toBe('rtl');
    expect(context?.getAttribute('lang')).toBe('ar');
    expect(context?.textContent).toBe('عقد الاجتماع بباريس أمس.');
    expect(context?.querySelector('mark')?.textContent).toBe('بباريس');
  });

  it('falls back to the glossary context and finds the entity there despite marks', () => {
    mount(data({ surface: 'بباريس', clitics: [{ ar: 'ب', en: 'in' }] }));
    expect(text('.context')).toBe('وصل الوفد إلى باريس صباح اليوم.');
    expect(text('.context mark')).toBe('باريس');
    mount(data({ context: 'زار بارِيسَ أمس.' }));
    expect(text('.context mark')).toBe('بارِيسَ');
  });

  it('shows the sentence without emphasis when the entity is not in it', () => {
    mount(data({ context: 'جملة أخرى.' }));
    expect(text('.context')).toBe('جملة أخرى.');
    expect(root.querySelector('.context mark')).toBeNull();
  });

  it('counts the mentions on this page, and asks the history only when the reader presses its button', async () => {
    const onSeenElsewhere = vi.fn(async () => 1);
    mount(data({ mentions: 5 }), { onSeenElsewhere });
    expect(text('.seen')).toBe('5 mentions hereSeen before?');
    expect(onSeenElsewhere).not.toHaveBeenCalled();
    root.querySelector<HTMLButtonElement>('.seen button')?.click();
    await vi.waitFor(() => expect(text('.seen')).toBe('5 mentions here · on 1 other page'));
    expect(onSeenElsewhere).toHaveBeenCalledWith('place-paris');
  });

  it.each([
    [0, 'first time'],
    [1, 'on 1 other page'],
    [4, 'on 4 other pages'],
  ])('says %i other pages as "%s"', (pages, words) => {
    expect(elsewhereWords(pages, translatorFor('en'))).toBe(words);
  });

  it('says one mention in the singular', () => {
    mount(data({ mentions: 1 }));
    expect(text('.seen')).toMatch(/^1 mention here/);
  });

  it('renders markup in glossary text as literal text', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const entry: GlossaryEntry = { ...PARIS, en: hostile, note: hostile };
    const { card } = mount(data({ entry, context: hostile, alternatives: [{ ...TUNIS, en: hostile }] }));
    expect(root.querySelector('img')).toBeNull();
    expect(text('.english')).toBe(hostile);
    expect(text('.note')).toBe(hostile);
    expect(text('.context')).toBe(hostile);
    expect(card.getAttribute('aria-label')).toBe(`Dalil: ${hostile}`);
  });

  it('copies the English and edits the entry through real buttons', () => {
    const { onCopy, onEdit } = mount(data());
    const buttons = [...root.querySelectorAll('button')];
    const copy = buttons.find((b) => b.textContent === 'Copy English');
    const edit = buttons.find((b) => b.textContent === 'Edit entry');
    expect(copy?.getAttribute('type')).toBe('button');
    copy?.click();
    edit?.click();
    expect(onCopy).toHaveBeenCalledWith('Paris');
    expect(onEdit).toHaveBeenCalledWith('place-paris');
  });

  it('says "Copied" once the English is on the clipboard, and "Not copied" when it could not be', async () => {
    mount(data());
    root.querySelector<HTMLButtonElement>('button.copy')?.click();
    await vi.waitFor(() => expect(text('button.copy')).toBe('Copied'));
    mount(data({ entry: { ...PARIS, id: 'other' } }), {
      onCopy: vi.fn(async () => Promise.reject(new Error('denied'))),
    });
    root.querySelector<HTMLButtonElement>('button.copy')?.click();
    await vi.waitFor(() => expect(text('button.copy')).toBe('Not copied'));
  });

  it('links to the English Wikipedia article of an entry with a title, in a new tab', () => {
    mount(data({ entry: { ...PARIS, wikipedia: 'Paris (France) & Co' } }));
    const link = root.querySelector<HTMLAnchorElement>('a.wikipedia');
    expect(link?.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Paris_(France)_%26_Co');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    mount(data({ entry: { ...PARIS, id: 'x', wikipedia: undefined } }));
    expect(root.querySelector('a.wikipedia')).toBeNull();
  });

  it.each([
    ['Paris', 'https://en.wikipedia.org/wiki/Paris'],
    ['Jean-Yves Le Drian', 'https://en.wikipedia.org/wiki/Jean-Yves_Le_Drian'],
    ['AT&T', 'https://en.wikipedia.org/wiki/AT%26T'],
    ['"><script>', 'https://en.wikipedia.org/wiki/%22%3E%3Cscript%3E'],
    ['  ', null],
  ])('builds the Wikipedia address of %j as %s', (title, url) => {
    expect(wikipediaUrl(title)).toBe(url);
  });

  it('has a close button only when pinned', () => {
    mount(data(), { pinned: false });
    expect(root.querySelector('button[aria-label="Close"]')).toBeNull();
    const { onClose } = mount(data(), { pinned: true });
    const close = root.querySelector<HTMLButtonElement>('button[aria-label="Close"]');
    expect(close).not.toBeNull();
    close?.click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('GlossCard romanisation', () => {
  it('romanises from the vocalised form, clitics included, beside the Arabic, below the English in weight', () => {
    mount(
      data({
        surface: 'وبباريس',
        clitics: [
          { ar: 'و', en: 'and' },
          { ar: 'ب', en: 'in' },
        ],
      }),
    );
    const roman = root.querySelector('.roman');
    expect(roman?.textContent).toBe('wa-bi-bārīs');
    expect(roman?.getAttribute('lang')).toBe('ar-Latn');
    expect(text('.english')).toBe('Paris');
  });

  it.each([
    { surface: 'باريس', clitics: [], suffix: '', entry: PARIS, expected: 'bārīs', why: 'a name alone' },
    {
      surface: 'للرئيس',
      clitics: ['ل'],
      suffix: '',
      entry: PRESIDENT,
      expected: 'li-r-raʾīs',
      why: 'لل: ل with the article elided and assimilated',
    },
    {
      surface: 'لوزيرها',
      clitics: ['ل'],
      suffix: 'ها',
      entry: MINISTER,
      expected: 'li-wazīrhā',
      why: 'the ending stays on the word',
    },
    {
      surface: 'أوباما',
      clitics: [],
      suffix: '',
      entry: { ...OBAMA, vocalized: 'بَارَاك أُوبَامَا' },
      expected: 'vowels unknown',
      why: 'a variant: the vowels of the canonical form are not its',
    },
    {
      surface: 'تونس',
      clitics: [],
      suffix: '',
      entry: TUNISIA,
      expected: 'vowels unknown',
      why: 'no vocalised form: nothing is guessed',
    },
  ])('romanises $surface as $expected ($why)', ({ surface, clitics, suffix, entry, expected }) => {
    mount(data({ surface, suffix, entry, clitics: clitics.map((ar) => ({ ar, en: '' })) }));
    expect(text('.roman')).toBe(expected);
    if (expected === 'vowels unknown') {
      expect(root.querySelector('.roman')?.getAttribute('title')).toContain(
        `say it as its English, ${entry.en}`,
      );
    }
  });
});

/** A stand-in for the browser's speechSynthesis (happy-dom has none), with voices that can arrive later. */
class FakeSynth extends EventTarget {
  voices: Array<{ lang: string; name: string; localService: boolean }> = [];
  speak = vi.fn();
  cancel = vi.fn();
  getVoices() {
    return this.voices;
  }
}

class FakeUtterance {
  lang = '';
  voice: unknown = null;
  constructor(readonly text: string) {}
}

describe('GlossCard audio', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function mountWithSynth(synth: FakeSynth | undefined) {
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    let mounted: ReturnType<typeof mount> | undefined;
    act(() => {
      mounted = mount(data({ surface: 'بباريس', clitics: [{ ar: 'ب', en: 'in' }] }));
    });
    return mounted;
  }

  const listen = () => root.querySelector<HTMLButtonElement>('button.speak');

  it('has no listen button where the browser has no speech synthesis', () => {
    mountWithSynth(undefined);
    expect(listen()).toBeNull();
    expect(text('.roman')).toBe('bi-bārīs');
  });

  it('has no listen button where the browser has no Arabic voice', () => {
    const synth = new FakeSynth();
    synth.voices = [{ lang: 'en-US', name: 'English', localService: true }];
    mountWithSynth(synth);
    expect(listen()).toBeNull();
  });

  it('never speaks with a remote voice: the Arabic would leave the machine', () => {
    const synth = new FakeSynth();
    synth.voices = [{ lang: 'ar-SA', name: 'Google العربية', localService: false }];
    mountWithSynth(synth);
    expect(listen()).toBeNull();
    const local = { lang: 'ar-EG', name: 'Hoda', localService: true };
    act(() => {
      synth.voices = [{ lang: 'ar-SA', name: 'Google العربية', localService: false }, local];
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    listen()?.click();
    expect((synth.speak.mock.calls[0]?.[0] as FakeUtterance | undefined)?.voice).toBe(local);
  });

  it('shows the button once an Arabic voice arrives with voiceschanged, and speaks the Arabic as written', () => {
    const synth = new FakeSynth();
    mountWithSynth(synth);
    expect(listen()).toBeNull();
    const arabic = { lang: 'ar-SA', name: 'Maged', localService: true };
    act(() => {
      synth.voices = [{ lang: 'en-GB', name: 'Daniel', localService: true }, arabic];
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    const button = listen();
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.getAttribute('aria-label')).toBe('Listen to the Arabic');
    button?.click();
    expect(synth.cancel).toHaveBeenCalledOnce();
    expect(synth.speak).toHaveBeenCalledOnce();
    const utterance = synth.speak.mock.calls[0]?.[0] as FakeUtterance;
    expect(utterance.text).toBe('بباريس');
    expect(utterance.lang).toBe('ar-SA');
    expect(utterance.voice).toBe(arabic);
  });

  it('hides the button again when the Arabic voice goes away', () => {
    const synth = new FakeSynth();
    synth.voices = [{ lang: 'ar', name: 'Arabic', localService: true }];
    mountWithSynth(synth);
    expect(listen()).not.toBeNull();
    act(() => {
      synth.voices = [];
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    expect(listen()).toBeNull();
  });

  it('stops listening for voices once the card is gone', () => {
    const synth = new FakeSynth();
    const remove = vi.spyOn(synth, 'removeEventListener');
    mountWithSynth(synth);
    act(() => {
      render(null, root);
    });
    expect(remove).toHaveBeenCalledWith('voiceschanged', expect.any(Function));
  });
});

// Vitest serves CSS imports as empty strings, so the stylesheet is read as a file.
describe('card.css', () => {
  const read = (file: string) =>
    readFileSync(join(import.meta.dirname, '..', '..', 'components', file), 'utf8');
  const css = read('card.css');
  /** The type colours and badges the card shares with the popup and options (before card.css in its root). */
  const typeColors = read('type-colors.css');

  it('resets the host before anything else', () => {
    expect(css.replace(/\/\*[\s\S]*?\*\//g, '').trim()).toMatch(/^:host\s*{\s*all: initial;\s*}/);
  });

  it('has a dark scheme', () => {
    expect(css).toContain('@media (prefers-color-scheme: dark)');
  });

  it.each(ENTITY_TYPES)('colours the %s badge and accent', (type) => {
    expect(typeColors).toContain(`.badge-${type} {`);
    expect(typeColors).toMatch(new RegExp(`:host \\{[^}]*--${type}:`));
    expect(css).toContain(`.card[data-type="${type}"] {`);
  });
});

describe('GlossCard in Arabic', () => {
  function mountArabic(cardData: CardData) {
    const i18n = translatorFor('ar');
    const handlers = cardHandlers(3);
    render(
      <I18nContext.Provider value={i18n}>
        <GlossCard data={cardData} pinned={false} {...handlers} />
      </I18nContext.Provider>,
      root,
    );
    return root.querySelector<HTMLElement>('[role="dialog"]');
  }

  it('is right to left in Arabic words, its English glosses left to right', async () => {
    const card = mountArabic(data({ mentions: 11, alternatives: [LEBANON] }));
    expect(card?.getAttribute('dir')).toBe('rtl');
    expect(card?.getAttribute('lang')).toBe('ar');
    expect(text('.badge')).toBe('مكان');
    expect(text('.seen')).toBe('ذُكر هنا 11 مرةهل مرّ بك من قبل؟');
    expect(text('.also')).toBe('وقد يكون أيضًا: Lebanon (مكان)');
    expect(root.querySelector('.also bdi')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.english')?.getAttribute('dir')).toBe('ltr');
    expect(text('.copy')).toBe('نسخ الإنجليزية');
    root.querySelector<HTMLButtonElement>('.seen button')?.click();
    await vi.waitFor(() => expect(text('.seen')).toBe('ذُكر هنا 11 مرة · في 3 صفحات أخرى'));
  });
});
