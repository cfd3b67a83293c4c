/**
 * The first values of the "add to glossary" form, from what the reader has in hand: a suggested name, a
 * text selection, or a look-up that found nothing. The form edits a draft; `entryFromDraft` turns it into
 * the entry the store validates.
 */
import { hasArabicLetter } from '../arabic/script';
import { limitOf } from './entry-fields';
import type { EntityType, GlossaryEntry } from './schema';

export interface EntryDraft {
  /** The Arabic as written, without clitics ('' when the reader must type it). */
  ar: string;
  /** The English to start with ('' when there is none). */
  en: string;
  /** Other English spellings to choose from, best first (the guess itself is `en`). */
  alternatives: string[];
  type: EntityType;
  /** The sentence the name stands in, kept as the entry's context ('' for none). */
  context: string;
}

/**
 * Why a selection cannot be a name, for the Add to Dalil… window to say in the reader's language; or why the
 * window has none to take (its one-time request was used already).
 */
export type SelectionRefusal =
  | { code: 'request-used' }
  | { code: 'nothing-selected' }
  | { code: 'too-long'; length: number; max: number }
  | { code: 'no-arabic' };

export type DraftResult = { ok: true; draft: EntryDraft } | { ok: false; refusal: SelectionRefusal };

/** The longest selection taken as a name: the most a message may carry of an entry's Arabic. */
export const MAX_SELECTION = limitOf('ar');

/** Space, punctuation and symbols a selection drags in around a name («محمد»، "Paris."). */
const EDGES = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** One line, single-spaced, without the punctuation around it: a selection across lines is one name. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(EDGES, '');
}

/**
 * The most of a page's sentence a drafted name keeps as its context. A page's "sentence" can be a whole
 * paragraph strung together with commas; a context is a line to remember the name by (and the history keeps
 * as much).
 */
export const MAX_DRAFT_CONTEXT = 500;

/** Cut marks where a context was shortened. */
const ELLIPSIS = '…';

/**
 * The words of `sentence` around `name`, at most `max` characters: the sentence itself when it fits, else a
 * stretch centred on the name (from the start when the name is not in it as written), cut between words.
 */
export function contextAround(sentence: string, name: string, max = MAX_DRAFT_CONTEXT): string {
  const text = sentence.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  const room = max - 2 * (ELLIPSIS.length + 1);
  const found = text.indexOf(name);
  const at = Math.max(0, found);
  const nameEnd = found < 0 ? 0 : at + name.length;
  let start = Math.max(0, Math.min(Math.round((at + nameEnd - room) / 2), text.length - room));
  let end = Math.min(text.length, start + room);
  const space = text.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < at) start = space + 1;
  const lastSpace = text.lastIndexOf(' ', end);
  if (end < text.length && lastSpace > Math.max(start, nameEnd)) end = lastSpace;
  return `${start > 0 ? `${ELLIPSIS} ` : ''}${text.slice(start, end).trim()}${end < text.length ? ` ${ELLIPSIS}` : ''}`;
}

/** The form for a name the finder suggested, with the sentence it stands in on the page. */
export function draftFromSuggestion(entry: GlossaryEntry, sentence = ''): EntryDraft {
  return {
    ar: entry.ar,
    en: entry.en,
    alternatives: (entry.suggestion?.alternatives ?? []).filter((spelling) => spelling !== entry.en),
    type: entry.type,
    context: contextAround(sentence, entry.ar),
  };
}

/**
 * The form for text the reader selected on a page, or the reason it cannot be a name: nothing selected,
 * more than a name's length, or no Arabic in it. A person is the likeliest thing a reader adds.
 */
export function draftFromSelection(text: string): DraftResult {
  const name = tidy(text);
  if (name === '') return { ok: false, refusal: { code: 'nothing-selected' } };
  if (name.length > MAX_SELECTION) {
    return { ok: false, refusal: { code: 'too-long', length: name.length, max: MAX_SELECTION } };
  }
  if (!hasArabicLetter(name)) return { ok: false, refusal: { code: 'no-arabic' } };
  return { ok: true, draft: { ar: name, en: '', alternatives: [], type: 'person', context: '' } };
}

/** The form for a look-up that found nothing: an Arabic query is the Arabic, anything else the English. */
export function draftFromQuery(query: string): EntryDraft {
  const text = tidy(query);
  const arabic = hasArabicLetter(text);
  return { ar: arabic ? text : '', en: arabic ? '' : text, alternatives: [], type: 'person', context: '' };
}

/** The new entry a draft describes (an empty id: the store derives one); the store checks everything. */
export function entryFromDraft(draft: EntryDraft): GlossaryEntry {
  const entry: GlossaryEntry = {
    id: '',
    ar: draft.ar.trim(),
    variants: [],
    en: draft.en.trim(),
    type: draft.type,
  };
  const context = draft.context.trim();
  if (context !== '') entry.contexts = [context];
  return entry;
}
