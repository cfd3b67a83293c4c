import { describe, expect, it } from 'vitest';
import {
  contextAround,
  draftFromQuery,
  draftFromSelection,
  draftFromSuggestion,
  entryFromDraft,
  MAX_DRAFT_CONTEXT,
  MAX_SELECTION,
  type SelectionRefusal,
} from '../../lib/glossary/draft-entry';
import { type GlossaryEntry, SUGGESTION_ID_PREFIX } from '../../lib/glossary/schema';

/** A name as the finder proposes it: a suggestion with its guessed English and other spellings. */
const SUGGESTED: GlossaryEntry = {
  id: `${SUGGESTION_ID_PREFIX}محمد عبد العاطي`,
  ar: 'محمد عبد العاطي',
  en: 'Mohammed Abdel Aati',
  type: 'person',
  variants: [],
  suggestion: { alternatives: ['Muhammad Abd al-Ati', 'Mohamed Abdelaty'] },
};

describe('draftFromSuggestion', () => {
  it('starts from the name as the finder gives it, with its other spellings and the sentence', () => {
    expect(draftFromSuggestion(SUGGESTED, '  وقال محمد عبد العاطي إن الوفد وصل. ')).toEqual({
      ar: 'محمد عبد العاطي',
      en: 'Mohammed Abdel Aati',
      alternatives: ['Muhammad Abd al-Ati', 'Mohamed Abdelaty'],
      type: 'person',
      context: 'وقال محمد عبد العاطي إن الوفد وصل.',
    });
  });

  it('keeps the type, drops an alternative that repeats the guess, and has no context without a sentence', () => {
    const organisation: GlossaryEntry = {
      ...SUGGESTED,
      ar: 'مؤسسة الفجر',
      en: 'Al-Fajr Foundation',
      type: 'organisation',
      suggestion: { alternatives: ['Al-Fajr Foundation', 'Fajr Foundation'] },
    };
    const draft = draftFromSuggestion(organisation);
    expect(draft.type).toBe('organisation');
    expect(draft.alternatives).toEqual(['Fajr Foundation']);
    expect(draft.context).toBe('');
  });
});

describe('contextAround', () => {
  const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
  const NAME = 'محمد عبد العاطي';

  it('keeps a sentence that fits as it is, spaces tidied', () => {
    expect(contextAround(`  وقال  ${NAME} إن الوفد وصل `, NAME)).toBe(`وقال ${NAME} إن الوفد وصل`);
  });

  it('cuts a paragraph strung with commas to the words around the name, between words', () => {
    const paragraph = `${words(300, 'وأضاف،')} وقال ${NAME} إن الوفد وصل، ${words(300, 'وتابع،')}`;
    const context = contextAround(paragraph, NAME);
    expect(context.length).toBeLessThanOrEqual(MAX_DRAFT_CONTEXT);
    expect(context).toContain(`وقال ${NAME} إن الوفد وصل`);
    expect(context.startsWith('… وأضاف،')).toBe(true);
    expect(context.endsWith('وتابع، …')).toBe(true);
  });

  it('cuts from the start when the name is not in the sentence as written', () => {
    const context = contextAround(words(400, 'كلمة'), NAME, 100);
    expect(context.length).toBeLessThanOrEqual(100);
    expect(context.startsWith('كلمة')).toBe(true);
    expect(context.endsWith(' …')).toBe(true);
  });

  it('keeps the name whole at the end of a long sentence', () => {
    const context = contextAround(`${words(500, 'ثم')} ${NAME}`, NAME, 60);
    expect(context.endsWith(NAME)).toBe(true);
    expect(context.length).toBeLessThanOrEqual(60);
  });
});

describe('draftFromSelection', () => {
  it.each([
    // input, expected Arabic, why
    ['محمد عبد العاطي', 'محمد عبد العاطي', 'a name as selected'],
    ['  «محمد عبد العاطي»، ', 'محمد عبد العاطي', 'quotes, commas and spaces around it are dropped'],
    ['محمد\n  عبد العاطي', 'محمد عبد العاطي', 'a selection across a line break is one line'],
    ['مُحَمَّد', 'مُحَمَّد', 'marks are kept as written (the glossary folds them)'],
    ['ﻣﺤﻤﺪ', 'ﻣﺤﻤﺪ', 'presentation forms are Arabic letters'],
  ])('%j → %j (%s)', (input, ar) => {
    expect(draftFromSelection(input)).toEqual({
      ok: true,
      draft: { ar, en: '', alternatives: [], type: 'person', context: '' },
    });
  });

  it.each<[string, SelectionRefusal['code'], string]>([
    // input, why it is refused, why
    ['', 'nothing-selected', 'an empty selection'],
    [' \n\t ', 'nothing-selected', 'only white space'],
    ['«»،.', 'nothing-selected', 'only punctuation'],
    ['Barack Obama', 'no-arabic', 'Latin only'],
    ['2016 - 123', 'no-arabic', 'digits and a dash'],
    ['٢٠١٦', 'no-arabic', 'Arabic-Indic digits are not letters'],
  ])('%j is refused: %s (%s)', (input, code) => {
    expect(draftFromSelection(input)).toEqual({ ok: false, refusal: { code } });
  });

  it('refuses a selection longer than a name, saying how long it is and what the limit is', () => {
    const result = draftFromSelection('ب'.repeat(5000));
    expect(result).toEqual({ ok: false, refusal: { code: 'too-long', length: 5000, max: MAX_SELECTION } });
  });

  it('measures the length after trimming: a name padded with spaces still fits', () => {
    const name = 'ب'.repeat(MAX_SELECTION);
    expect(draftFromSelection(`   ${name}   `)).toMatchObject({ ok: true, draft: { ar: name } });
    expect(draftFromSelection(`${name}ب`).ok).toBe(false);
  });
});

describe('draftFromQuery', () => {
  it.each([
    // query, Arabic, English, why
    ['  عبد العاطي ', 'عبد العاطي', '', 'Arabic goes into the Arabic field'],
    ['Abdel Aati', '', 'Abdel Aati', 'Latin goes into the English field'],
    ['عبد Aati', 'عبد Aati', '', 'any Arabic letter makes it Arabic'],
  ])('%j → ar %j, en %j (%s)', (query, ar, en) => {
    expect(draftFromQuery(query)).toEqual({ ar, en, alternatives: [], type: 'person', context: '' });
  });
});

describe('entryFromDraft', () => {
  it('makes a new entry (empty id) with the sentence as its one context', () => {
    const draft = { ...draftFromSuggestion(SUGGESTED, 'وقال محمد عبد العاطي'), en: ' Muhammad Abd al-Ati ' };
    expect(entryFromDraft(draft)).toEqual({
      id: '',
      ar: 'محمد عبد العاطي',
      variants: [],
      en: 'Muhammad Abd al-Ati',
      type: 'person',
      contexts: ['وقال محمد عبد العاطي'],
    });
  });

  it('leaves contexts out when there is no sentence, and never carries the suggestion', () => {
    const entry = entryFromDraft(draftFromSuggestion(SUGGESTED, '   '));
    expect(entry).not.toHaveProperty('contexts');
    expect(entry).not.toHaveProperty('suggestion');
  });
});
