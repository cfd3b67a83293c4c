// @vitest-environment happy-dom
/**
 * The popup's names that the glossary lacks: their own section after the glossary's entities, each with an
 * Add to glossary form; and the look-up's "Add …" when nothing is found. The page and the background are
 * the popup's fakes, with adding an entry on top.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AskBackground, AskPage, PopupApi } from '../../components/popup-api';
import { type GlossaryEntry, SUGGESTION_ID_PREFIX } from '../../lib/glossary/schema';
import type { BackgroundRequest, PageEntity, PutReply, TabRequest } from '../../lib/messages/protocol';
import { button, fill } from './options-harness';
import { ENTITIES, type FakeOptions, fakeApi, mountPopup, settle, typeQuery } from './popup-fakes';

const SUGGESTED: GlossaryEntry = {
  id: `${SUGGESTION_ID_PREFIX}محمد عبد العاطي`,
  ar: 'محمد عبد العاطي',
  en: 'Mohammed Abdel Aati',
  type: 'person',
  variants: [],
  suggestion: { alternatives: ['Muhammad Abd al-Ati'] },
};
const SENTENCE = 'وقال محمد عبد العاطي إن الوفد وصل';
const SUGGESTION: PageEntity = {
  entry: SUGGESTED,
  count: 2,
  surfaces: ['محمد عبد العاطي', 'ومحمد عبد العاطي'],
  sentences: [SENTENCE],
};
const OTHER_SUGGESTION: PageEntity = {
  entry: {
    ...SUGGESTED,
    id: `${SUGGESTION_ID_PREFIX}مؤسسة الفجر`,
    ar: 'مؤسسة الفجر',
    en: 'Al-Fajr Foundation',
    type: 'organisation',
    suggestion: { alternatives: [] },
  },
  count: 7,
  surfaces: ['مؤسسة الفجر'],
  sentences: ['أعلنت مؤسسة الفجر'],
};

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

/**
 * The popup over the fakes, where the background also adds entries (refusing the Arabic in `refuse`) and
 * the page, told the glossary changed, lists an added suggestion as a glossary entity.
 */
async function open(options: FakeOptions & { refuse?: string } = {}) {
  const entities = [...(options.entities ?? [...ENTITIES, SUGGESTION, OTHER_SUGGESTION])];
  const fake = fakeApi({ ...options, entities });
  const added: GlossaryEntry[] = [];
  const requests: Array<BackgroundRequest | TabRequest> = [];
  const askBackground = (async (request: BackgroundRequest) => {
    requests.push(request);
    if (request.type !== 'entry/add') return fake.api.askBackground(request);
    const { entry } = request;
    if (entry.ar === options.refuse) {
      return {
        ok: false,
        problems: [
          { line: 1, code: 'id-in-glossary', id: entry.ar, other: entry.ar, otherEnglish: 'Someone' },
        ],
      } satisfies PutReply;
    }
    added.push(entry);
    const stored = {
      ...entry,
      id: entry.ar,
      origin: 'user',
      edited: false,
      createdAt: 1,
      updatedAt: 1,
    } as const;
    return { ok: true, entry: stored } satisfies PutReply;
  }) as AskBackground;
  const askPage = (async (request: TabRequest) => {
    requests.push(request);
    if (request.type !== 'page/glossary-changed') return fake.api.askPage(request);
    // The page highlights anew: each added name is now a glossary entity of the page.
    for (const entry of added) {
      const at = entities.findIndex((entity) => entity.entry.ar === entry.ar && entity.entry.suggestion);
      const was = entities[at];
      if (was !== undefined) entities.splice(at, 1, { ...was, entry: { ...entry, id: entry.ar } });
    }
    return { refreshed: true };
  }) as AskPage;
  const api: PopupApi = { ...fake.api, askBackground, askPage };
  const mounted = await mountPopup(api);
  unmount = mounted.unmount;
  await settle();
  const { root } = mounted;
  const $ = (selector: string) => root.querySelector(selector);
  const $$ = (selector: string) => [...root.querySelectorAll(selector)];
  const saveForm = async () => {
    button(root, 'Save').click();
    await settle(8);
  };
  return { root, $, $$, added, requests, saveForm };
}

describe('the popup: names not in the glossary', () => {
  it('lists suggestions in a section of their own after the glossary entities, most mentioned first', async () => {
    const { $, $$ } = await open();
    const section = $('.suggested-names');
    expect(section?.querySelector('h2')?.textContent).toBe('Names not in your glossary');
    expect(section?.getAttribute('aria-labelledby')).toBe(section?.querySelector('h2')?.id);
    expect([...(section?.querySelectorAll('.entity-row .en') ?? [])].map((en) => en.textContent)).toEqual([
      'Al-Fajr Foundation',
      'Mohammed Abdel Aati',
    ]);
    // After the glossary's entities, which neither count nor group them.
    const glossaryList = $('.page-entities');
    expect(glossaryList?.compareDocumentPosition(section as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect($('.entities-head h2')?.textContent).toBe('5 entities · 16 mentions');
    expect($$('.page-entities .entity-row .en').map((en) => en.textContent)).not.toContain(
      'Mohammed Abdel Aati',
    );
  });

  it('has no such section when every name on the page is in the glossary', async () => {
    const { $ } = await open({ entities: ENTITIES });
    expect($('.suggested-names')).toBeNull();
  });

  it('shows only the suggestions when the page has no glossary entity', async () => {
    const { $ } = await open({ entities: [SUGGESTION] });
    expect($('.entities-head h2')?.textContent).toBe('No glossary names here');
    expect($('.suggested-names .entity-row .en')?.textContent).toBe('Mohammed Abdel Aati');
  });

  it('opens a suggestion on its other spellings and sentences, and adds it with the prefilled form', async () => {
    const { root, $, $$, added, requests, saveForm } = await open();
    button(root, /Mohammed Abdel Aati/).click();
    await settle();
    expect($('.suggested-names .details')?.textContent).toContain('or: Muhammad Abd al-Ati');
    expect($$('.suggested-names .details .context').map((p) => p.textContent)).toEqual([SENTENCE]);
    expect($('.suggested-names .details .actions button[aria-expanded]')?.textContent).toBe(
      'Add to glossary',
    );
    button(root, 'Add to glossary').click();
    await settle();
    const field = (name: string) => $(`.suggested-names [name="${name}"]`) as HTMLInputElement;
    expect(field('ar').value).toBe('محمد عبد العاطي');
    expect(field('en').value).toBe('Mohammed Abdel Aati');
    expect(field('context').value).toBe(SENTENCE);
    button(root, 'Muhammad Abd al-Ati').click();
    await settle();
    await saveForm();

    expect(added).toEqual([
      {
        id: '',
        ar: 'محمد عبد العاطي',
        variants: [],
        en: 'Muhammad Abd al-Ati',
        type: 'person',
        contexts: [SENTENCE],
      },
    ]);
    // The page highlights anew before the list is read again: the name is now the glossary's.
    const afterAdd = requests.slice(requests.findIndex((request) => request.type === 'entry/add'));
    expect(afterAdd.map((request) => request.type)).toEqual([
      'entry/add',
      'page/glossary-changed',
      'page/status',
      'page/entities',
    ]);
    expect($('.live')?.textContent).toBe('Added “Muhammad Abd al-Ati” to your glossary.');
    expect($$('.suggested-names .entity-row .en').map((en) => en.textContent)).toEqual([
      'Al-Fajr Foundation',
    ]);
    expect($$('.page-entities .entity-row .en').map((en) => en.textContent)).toContain('Muhammad Abd al-Ati');
    expect($('.entities-head h2')?.textContent).toBe('6 entities · 18 mentions');
  });

  it('shows why an add was refused, and leaves the page alone', async () => {
    const { root, $, requests, saveForm } = await open({ refuse: 'محمد عبد العاطي' });
    button(root, /Mohammed Abdel Aati/).click();
    await settle();
    button(root, 'Add to glossary').click();
    await settle();
    await saveForm();
    expect($('.suggested-names [role="alert"]')?.textContent).toBe(
      'the id "محمد عبد العاطي" is already in the glossary: "محمد عبد العاطي" (Someone)',
    );
    expect(requests.map((request) => request.type)).not.toContain('page/glossary-changed');
  });
});

describe('the popup: adding from the look-up', () => {
  /** Types into the look-up and waits for its (empty) answer. */
  async function lookUp(opened: { root: HTMLElement; requests: readonly { type: string }[] }, text: string) {
    const input = opened.root.querySelector<HTMLInputElement>('input[type="search"]');
    if (input === null) throw new Error('no search box');
    await typeQuery(input, text, opened.requests);
  }

  it('offers to add an Arabic query that found nothing, with the Arabic filled in', async () => {
    const opened = await open({ search: () => [] });
    const { root, $, added, saveForm } = opened;
    await lookUp(opened, 'عبد العاطي');
    const offer = button(root, /^Add “/);
    expect(offer.textContent).toBe('Add “عبد العاطي”…');
    expect(offer.querySelector('bdi')?.getAttribute('dir')).toBe('auto');
    offer.click();
    await settle();
    const field = (name: string) => $(`.search form [name="${name}"]`) as HTMLInputElement;
    expect(field('ar').value).toBe('عبد العاطي');
    expect(field('en').value).toBe('');
    fill(field('en'), 'Abdel Aati');
    await settle();
    await saveForm();
    expect(added).toEqual([{ id: '', ar: 'عبد العاطي', variants: [], en: 'Abdel Aati', type: 'person' }]);
    expect($('.search [role="status"]')?.textContent).toBe('Added عبد العاطي (Abdel Aati) to your glossary.');
  });

  it('puts a Latin query into the English field, and a new query closes the form', async () => {
    const opened = await open({ search: () => [] });
    const { root, $ } = opened;
    await lookUp(opened, 'Abdel Aati');
    button(root, 'Add “Abdel Aati”…').click();
    await settle();
    expect(($('.search [name="en"]') as HTMLInputElement).value).toBe('Abdel Aati');
    expect(($('.search [name="ar"]') as HTMLInputElement).value).toBe('');
    await lookUp(opened, 'Abdel');
    expect($('.search form')).toBeNull();
    expect(button(root, 'Add “Abdel”…').getAttribute('aria-expanded')).toBe('false');
  });

  it('offers no add when the glossary has the name', async () => {
    const opened = await open({ search: () => [SUGGESTED] });
    const { root, $ } = opened;
    await lookUp(opened, 'محمد');
    expect($('.search .result')).not.toBeNull();
    expect([...root.querySelectorAll('.search button')].map((b) => b.textContent)).not.toContain(
      'Add “محمد”…',
    );
  });
});
