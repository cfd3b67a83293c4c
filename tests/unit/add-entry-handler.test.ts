/**
 * The background's answers to adding a name (entry/add), to the settings, and to sightings of suggested
 * names, over the real store (fake-indexeddb). Requests pass parseBackgroundRequest and replies
 * structuredClone, as messages do.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, type Mock } from 'vitest';
import type { ProblemCode } from '../../lib/glossary/problems';
import { type GlossaryEntry, type GlossaryFile, SUGGESTION_ID_PREFIX } from '../../lib/glossary/schema';
import type { DalilDb } from '../../lib/store/schema';
import { useBackground } from './background-harness';
import { fromPage } from './options-harness';

const OBAMA: GlossaryEntry = {
  id: 'باراك اوباما',
  ar: 'باراك أوباما',
  variants: ['أوباما'],
  en: 'Barack Obama',
  type: 'person',
};
const BUNDLED: GlossaryFile = {
  format: 'dalil-glossary',
  schemaVersion: 1,
  glossaryVersion: 'v1',
  entries: [OBAMA],
};

/** What the add form sends for a suggested name: a new entry, the sentence as its context. */
const NAME: GlossaryEntry = {
  id: '',
  ar: 'محمد عبد العاطي',
  variants: [],
  en: 'Mohammed Abdel Aati',
  type: 'person',
  contexts: ['وقال محمد عبد العاطي إن الوفد وصل'],
};

const { background, send } = useBackground(BUNDLED);
let db: DalilDb;
let changes: Mock<() => void>;
beforeEach(async () => {
  ({ db, changes } = background());
  await send({ type: 'glossary/get' });
});

async function stored(): Promise<string[]> {
  return (await send({ type: 'entries/list' })).entries.map((entry) => `${entry.ar}: ${entry.en}`).sort();
}

describe('entry/add', () => {
  it("stores a new entry of the user's own, with its context, and tells open pages", async () => {
    const reply = await send({ type: 'entry/add', entry: NAME });
    expect(reply).toMatchObject({
      ok: true,
      entry: {
        id: 'محمد عبد العاطي',
        ar: 'محمد عبد العاطي',
        en: 'Mohammed Abdel Aati',
        type: 'person',
        origin: 'user',
        edited: false,
        contexts: ['وقال محمد عبد العاطي إن الوفد وصل'],
      },
    });
    expect(changes).toHaveBeenCalledTimes(1);
    const glossary = (await send({ type: 'glossary/get' })).entries;
    expect(glossary.find((entry) => entry.ar === NAME.ar)?.en).toBe('Mohammed Abdel Aati');
    // The page reader is told which entries are the reader's own (painted out of the page's sight).
    expect(glossary.filter((entry) => entry.own === true).map((entry) => entry.ar)).toEqual([NAME.ar]);
  });

  it('refuses a name whose form another entry has, naming it, and writes nothing', async () => {
    const before = await stored();
    const reply = await send({ type: 'entry/add', entry: { ...NAME, ar: 'اوباما', en: 'Obama' } });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.problems[0]).toMatchObject({ other: 'باراك أوباما', otherEnglish: 'Barack Obama' });
    }
    expect(await stored()).toEqual(before);
    expect(changes).not.toHaveBeenCalled();
  });

  it('never overwrites: an id that is taken is refused, where entry/put would edit', async () => {
    const reply = await send({ type: 'entry/add', entry: { ...OBAMA, en: 'Someone else', variants: [] } });
    expect(reply).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          code: 'id-in-glossary',
          id: 'باراك اوباما',
          other: 'باراك أوباما',
          otherEnglish: 'Barack Obama',
        },
      ],
    });
    expect(await stored()).toContain('باراك أوباما: Barack Obama');
    expect(changes).not.toHaveBeenCalled();
  });

  it('adding the same name twice is refused the second time', async () => {
    expect((await send({ type: 'entry/add', entry: NAME })).ok).toBe(true);
    const again = await send({ type: 'entry/add', entry: { ...NAME, en: 'Muhammad Abd al-Ati' } });
    expect(again.ok).toBe(false);
    expect(await stored()).toContain('محمد عبد العاطي: Mohammed Abdel Aati');
    expect(await stored()).not.toContain('محمد عبد العاطي: Muhammad Abd al-Ati');
  });

  it.each<[GlossaryEntry, ProblemCode, string]>([
    // the entry, the problem, why
    [{ ...NAME, en: '' }, 'missing-field', 'no English'],
    [{ ...NAME, ar: 'Mohammed' }, 'form-no-arabic', 'Latin in the Arabic field'],
    [{ ...NAME, ar: 'م' }, 'form-single-letter', 'too short to match'],
    [{ ...NAME, id: `${SUGGESTION_ID_PREFIX}محمد` }, 'suggestion-id', 'a suggested id is never stored'],
  ])('refuses %j: %s (%s)', async (entry, code) => {
    const reply = await send({ type: 'entry/add', entry });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.problems.map((problem) => problem.code)).toContain(code);
    expect(await stored()).toEqual(['باراك أوباما: Barack Obama']);
  });
});

describe('history of suggested names', () => {
  it('records a suggested name only once it is added, under its glossary id', async () => {
    const page = fromPage('https://www.aljazeera.net/news/1');
    const visit = {
      type: 'sightings/record' as const,
      title: 'خبر',
      visitId: 'visit-1',
      items: [
        { entryId: `${SUGGESTION_ID_PREFIX}محمد عبد العاطي`, sentence: 'وقال محمد عبد العاطي' },
        { entryId: OBAMA.id, sentence: 'وقال أوباما' },
      ],
    };
    expect(await send(visit, page)).toEqual({ written: 1 });
    expect(
      (await send({ type: 'entry/history', entryId: visit.items[0]?.entryId ?? '', limit: 5 })).count,
    ).toBe(0);

    const added = await send({ type: 'entry/add', entry: NAME });
    if (!added.ok) throw new Error('not added');
    const items = [{ entryId: added.entry.id, sentence: 'وقال محمد عبد العاطي' }];
    expect(await send({ ...visit, visitId: 'visit-2', items }, page)).toEqual({ written: 1 });
    expect((await send({ type: 'entry/history', entryId: added.entry.id, limit: 5 })).count).toBe(1);
  });
});

describe('settings', () => {
  it('suggests names until the switch is turned off, and tells open pages when it changes', async () => {
    expect(await send({ type: 'settings/get' })).toEqual({
      suggestNames: true,
      hoverDelayMs: 150,
      uiLanguage: 'auto',
    });
    expect(await send({ type: 'settings/set', settings: { suggestNames: false } })).toEqual({
      suggestNames: false,
      hoverDelayMs: 150,
      uiLanguage: 'auto',
    });
    expect(changes).toHaveBeenCalledTimes(1);
    expect(await send({ type: 'settings/get' })).toEqual({
      suggestNames: false,
      hoverDelayMs: 150,
      uiLanguage: 'auto',
    });
    expect(await send({ type: 'settings/set', settings: { suggestNames: true } })).toEqual({
      suggestNames: true,
      hoverDelayMs: 150,
      uiLanguage: 'auto',
    });
  });

  it('keeps the hover delay apart from the other settings, within 0 to 2 seconds', async () => {
    expect(await send({ type: 'settings/set', settings: { hoverDelayMs: 600 } })).toEqual({
      suggestNames: true,
      hoverDelayMs: 600,
      uiLanguage: 'auto',
    });
    await expect(send({ type: 'settings/set', settings: { hoverDelayMs: 5000 } })).rejects.toThrow(/refused/);
    await expect(send({ type: 'settings/set', settings: { hoverDelayMs: 1.5 } })).rejects.toThrow(/refused/);
    expect((await send({ type: 'settings/get' })).hoverDelayMs).toBe(600);
  });

  it('keeps the interface language chosen (auto, English or Arabic), refusing any other', async () => {
    expect((await send({ type: 'settings/set', settings: { uiLanguage: 'ar' } })).uiLanguage).toBe('ar');
    await expect(send({ type: 'settings/set', settings: { uiLanguage: 'fr' as never } })).rejects.toThrow(
      /refused/,
    );
    expect(await send({ type: 'settings/get' })).toEqual({
      suggestNames: true,
      hoverDelayMs: 150,
      uiLanguage: 'ar',
    });
    expect((await send({ type: 'settings/set', settings: { uiLanguage: 'auto' } })).uiLanguage).toBe('auto');
  });

  it('reads a stored value of the wrong kind as the default', async () => {
    // As an older or damaged row might be: meta values are checked before they are trusted.
    await db.put('meta', 'no' as never, 'suggestNames');
    expect(await send({ type: 'settings/get' })).toEqual({
      suggestNames: true,
      hoverDelayMs: 150,
      uiLanguage: 'auto',
    });
  });
});
