/**
 * Names the glossary lacks, found in a block of text: the tagger's spans (tagger.ts) on the words the
 * glossary's matches leave free, then a second reading that remembers the names found earlier on the same
 * page (a surname met alone after the full name: دونالد ترامب … وقال ترامب).
 */
import { type Clitic, procliticSplits } from '../arabic/clitics';
import { introducesInstitutionName } from '../arabic/institution-nouns';
import { KINSHIP } from '../arabic/kinship';
import { hasNounShape } from '../arabic/noun-shapes';
import { ARTICLE_NISBA, introducesPlaceName, introducesPlaceNameOverPerson } from '../arabic/place-cues';
import { ARABIC_STOPWORDS, PREPOSITION_PRONOUNS } from '../arabic/stopwords';
import { HYPHENS, type Token } from '../arabic/tokenize';
import type { EntityType } from '../glossary/schema';
import { BESIDE_NAME_WORDS } from './beside-names';
import { personClassOf } from './joined-names';
import { CUES_BY_WORD, type CueKind } from './name-cues';
import { REGNAL_ORDINAL_WORDS, TEENS } from './regnal-ordinals';
import { GOD, JOINED_ENDINGS } from './spell-compounds';
import { LETTER_INITIALS } from './spell-initials';
import type { TaggedSpan, Tagger } from './tagger';
import type { NameLexicon, TaggerToken } from './tagger-features';

/**
 * Entity kinds of the tagger → the glossary's types; the tagger's places are suggested only where a noun
 * introduces them (suggestedType), and its other kinds never.
 */
export const SUGGESTED_KINDS: ReadonlyMap<string, EntityType> = new Map([
  ['PERS', 'person'],
  ['ORG', 'organisation'],
]);

/**
 * The type a span of the tagger is suggested as: a person or an organisation, or a place where a noun that
 * introduces a place's name stands just before it (بلدة طلوزة), or the place just before it, joined by و. The
 * tagger's other places are mostly the glossary's, and where they are not, less often right: as suggestions
 * they lowered the 5-fold place F1 (0.872 → 0.869), and after these nouns alone raised it to 0.877. A person
 * the tagger reads after such a noun is a place too (حي المعتصم، منطقة تشن داي): against the final code
 * without it, 12 wrong people fewer on the 5-fold figures and place recall 0.860 → 0.863 (person F1 0.802 →
 * 0.803, place 0.877 → 0.878).
 */
function suggestedType(
  tokens: readonly Token[],
  span: TaggedSpan,
  previous: FoundName | undefined,
): EntityType | undefined {
  const type = SUGGESTED_KINDS.get(span.kind);
  const first = tokens[span.from] as Token;
  const before = tokens[span.from - 1];
  if (type === 'person' && before !== undefined && first.joinsPrevious) {
    return introducesPlaceNameOverPerson(before.norm) ? 'place' : type;
  }
  if (type !== undefined || span.kind !== 'LOC' || before === undefined) return type;
  if (!first.joinsPrevious) return undefined;
  const introduced = introducesPlaceName(before.norm);
  // The next of a list after a noun in the dual or plural (بلدتي الفارعة وطلوزة): no change on the 5-fold
  // figures, and the second town read as the first.
  const listed = previous?.type === 'place' && previous.to === span.from && first.norm.startsWith('و');
  return introduced || listed ? 'place' : undefined;
}

/** A name found in a block: tokens [from, to), the clitics on its first word, its words without them. */
export interface FoundName {
  from: number;
  to: number;
  type: EntityType;
  clitics: Clitic[];
  /** Folded words of the name, the first without its clitics: its key and what its spelling is made from. */
  words: string[];
  /** Letters of clitics taken off the first word (so the name as written starts that far in). */
  stripped: number;
  /** For a short form of a name met earlier on the page (a surname alone), the words of that full name. */
  fullName?: string[];
}

/** A remembered name: its type, and the full name it is a short form of (its own words when it is one). */
interface Remembered {
  type: EntityType;
  fullName: readonly string[];
}

/** The names found so far on one page, so a later mention is read in the light of an earlier one. */
export interface NameMemory {
  /** The keys of names (nameKey) → what they name. */
  readonly names: Map<string, Remembered>;
  /** The first words of those names: most words of a page are none, and are passed over at once. */
  readonly firstWords: Set<string>;
  /**
   * The beginnings of the people's names found (فراس of فراس إلياس, خالد عبد الكريم of خالد عبد الكريم ماسا),
   * by nameKey → that full name, or null where two people share one: a beginning the tagger reads alone
   * later is that person, but the memory never reads one alone of itself (محمد is everyone).
   */
  readonly leadingForms: Map<string, readonly string[] | null>;
}

export function createNameMemory(): NameMemory {
  return { names: new Map(), firstWords: new Set(), leadingForms: new Map() };
}

/**
 * A name's key on the page: its folded words joined by spaces, with عبد apart from the name it heads, as
 * news writes it either way (عبدالعاطي and عبد العاطي are one person).
 */
export function nameKey(words: readonly string[]): string {
  return words.join(' ').replace(/(^| )عبد(?=ال)/g, '$1عبد ');
}

/** The first word of a name's key (عبدالعاطي → عبد). */
function firstKeyWord(word: string): string {
  return nameKey([word]).split(' ')[0] as string;
}

function remember(memory: NameMemory, words: readonly string[], name: Remembered): void {
  const key = nameKey(words);
  if (memory.names.has(key)) return;
  memory.names.set(key, name);
  memory.firstWords.add(firstKeyWord(words[0] as string));
}

/**
 * The first word of a name without the clitics written on it: a reading whose stem is a known name token
 * wins (وترامب → ترامب); a word known as it stands is kept whole (وليد، بشار), and so is a cue word, which
 * opens an organisation's name as it is written (وزارة الأمن is no و + زارة); the article is never taken off
 * (الحريري is a surname as written).
 */
export function withoutClitics(
  word: string,
  known: (stem: string) => boolean,
): { stem: string; clitics: Clitic[]; stripped: number } {
  if (known(word) || CUES_BY_WORD.has(word)) return { stem: word, clitics: [], stripped: 0 };
  const splits = procliticSplits(word).filter((split) => !split.clitics.some((clitic) => clitic.ar === 'ال'));
  const named = splits.find((split) => known(split.stem));
  if (named !== undefined) return named;
  // An unknown name after و (and): the conjunction is by far the likelier reading than a name in و.
  const wa = splits.find((split) => split.clitics.length === 1 && split.clitics[0]?.ar === 'و');
  if (wa !== undefined && wa.stem.length >= 3) return wa;
  return { stem: word, clitics: [], stripped: 0 };
}

/**
 * A hyphen, with a space or none on either side: inside a person's name the tagger read across it, it joins
 * the name's parts (كيم جونغ - ايل، جان-إيف لودريان, ميشال أليو-ماري); 5-fold person F1 0.780 → 0.782. Only
 * there: two names read apart are not joined across it, where it may part two people (بايدن - ترامب).
 */
const HYPHEN_GAP = new RegExp(`^ ?[${HYPHENS}] ?$`);

/** What may stand between an initial and the next word of a name: its full stop, and spaces. */
const INITIAL_STOP = /^\.\s*$/;

/**
 * Whether token i of a block's text continues the name of a type that starts at token `first`: only spaces
 * part it from the word before, or, in a person's name, the full stop of an initial (جون إف. كينيدي; not a
 * comma or a colon: نادين بي، سامر خليل are two; and not in an organisation, where letters spell an acronym
 * that may end a sentence: بي بي سي.).
 */
function joinsName(
  text: string,
  tokens: readonly Token[],
  i: number,
  first: number,
  type: EntityType,
): boolean {
  const token = tokens[i] as Token;
  if (token.joinsPrevious) return true;
  const before = tokens[i - 1] as Token;
  return (
    type === 'person' &&
    i - 1 > first &&
    LETTER_INITIALS.has(before.norm) &&
    INITIAL_STOP.test(text.slice(before.end, token.start))
  );
}

/**
 * Whether a person's name ends before token i: a regnal number stands before it (جورج الخامس | المرموق), and
 * it is neither the number's عشر nor a particle going on with the name (عبد الله الثاني بن الحسين).
 */
function endsAtOrdinal(tokens: readonly Token[], i: number): boolean {
  const ordinal = REGNAL_ORDINAL_WORDS.has((tokens[i - 1] as Token).norm) || isTeen(tokens, i - 1);
  return ordinal && !isCue((tokens[i] as Token).norm, 'particle') && !isTeen(tokens, i);
}

/** Whether token i is the عشر of a regnal number before it (لاون الرابع عشر). */
function isTeen(tokens: readonly Token[], i: number): boolean {
  return (
    i > 0 && TEENS.has((tokens[i] as Token).norm) && REGNAL_ORDINAL_WORDS.has((tokens[i - 1] as Token).norm)
  );
}

/**
 * Keeps `value` under `key` in a page's map of what a short form names, or null once two different ones
 * (by `same`) claim it: a short form shared by two people is neither.
 */
export function claimShortForm<T>(
  map: Map<string, T | null>,
  key: string,
  value: T,
  same: (a: T, b: T) => boolean,
): void {
  const had = map.get(key);
  map.set(key, had === undefined || (had !== null && same(had, value)) ? value : null);
}

/** Whether a word is, in the cue table, of a kind (a title, a name particle…). */
function isCue(word: string, kind: CueKind): boolean {
  return CUES_BY_WORD.get(word)?.includes(kind) === true;
}

/**
 * Whether a word is a title, as written or with a clitic on it (والرئيس "and the president", للحارس "for
 * the goalkeeper", للاعب "for the player"): a title of the cue table or a word beside a name
 * (beside-names.ts: ومعالي، المقدم، الجليل، السكرتير).
 */
function isTitle(word: string): boolean {
  const title = (stem: string) => isCue(stem, 'title') || BESIDE_NAME_WORDS.has(stem);
  if (title(word)) return true;
  return procliticSplits(word).some(({ stem }) => title(stem));
}

/** Function words a foreign name holds between its words (folded): جان مارك دو لا سابليير. */
const INNER_PARTICLES: ReadonlySet<string> = new Set(['لا']);

/** Clitics that make a word "in", "for" or "like" + a word: ب، ل، ك, with the article or without. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['ب', 'ل', 'ك']);

/**
 * Whether a word is a preposition written on a word the tagger learnt and the name lists do not hold, the
 * word as written no name token either (لتدريبات "for the training of": وعماد ناصر | لتدريبات الفريق): no word
 * of a name is written with one, its first neither (بمصير البشير). A foreign name the lists lack whose first letter is ب, ل or
 * ك (بوصوفة, لندنشتراوس) has no learnt word after it; without that test, 31 more people of the 5-fold were
 * cut short (README).
 */
function prepositionWritten(
  word: string,
  known: (stem: string) => boolean,
  frequent: (word: string) => boolean,
): boolean {
  if (known(word)) return false;
  return procliticSplits(word).some(
    ({ stem, clitics }) =>
      PREPOSITIONS.has(clitics[0]?.ar as string) &&
      clitics.every((clitic) => PREPOSITIONS.has(clitic.ar) || clitic.ar === 'ال') &&
      stem.length >= 3 &&
      frequent(stem) &&
      !known(stem),
  );
}

/**
 * A name as the tagger read it, cut into the names it really holds: never across punctuation or a new
 * paragraph (سعيد: باسيل; نيسان «أورفان»), nor, for a person, where a word is "and" + a known name (محمد خميس
 * وعباس عثمان: no part of one name is written with و); function words and lone letters at its ends are not
 * part of it (خالد عبد الكريم على، … لـ; المنظمة الدولية أي), though a particle that is one (أم "or") leads
 * a name when it comes first (أم كلثوم) and never ends one (العربي أم: "or" there); nor is a title before
 * a person's name (الأميرة alone is "the princess", no one's name), nor after it unless the name lists hold
 * it as a name (أحمد السيد, محمود الشيخ: surnames) or a particle leads it (آل الشيخ). A person's name ends
 * before a word that opens with لل, "for the" (كينيدي للفنون: "Kennedy for the arts"), or with another
 * preposition on a word that is no name (عماد ناصر | لتدريبات), and a function word inside it parts two
 * names (إبراهيم | ليت | إسماعيل); an initial's full stop does not cut it (جون إف. كينيدي), nor a hyphen
 * (HYPHEN_GAP).
 */
function nameParts(
  text: string,
  tokens: readonly Token[],
  span: { from: number; to: number; type: EntityType },
  known: (stem: string) => boolean,
  frequent: (word: string) => boolean,
): Array<{ from: number; to: number }> {
  const outside = (i: number) => {
    const word = (tokens[i] as Token).norm;
    // An initial is a name's word after its first (جون إف), though the lists of function words hold أف.
    if (span.type === 'person' && i > span.from && LETTER_INITIALS.has(word)) return false;
    // So is a regnal number, and its عشر: function words too (إليزابيث الثانية، لاون الرابع عشر).
    if (span.type === 'person' && i > span.from && REGNAL_ORDINAL_WORDS.has(word)) return false;
    if (i > span.from && isTeen(tokens, i)) return false;
    // A function word the lists hold as a name is one (علي, لي "Lee"), unless a pronoun is written on it
    // (الينا "to us", not Alina).
    return (
      word.length < 2 || (ARABIC_STOPWORDS.has(word) && (!known(word) || PREPOSITION_PRONOUNS.has(word)))
    );
  };
  const parts: Array<{ from: number; to: number }> = [];
  let from = span.from;
  let to = span.to;
  for (let i = span.from + 1; i < span.to; i++) {
    const token = tokens[i] as Token;
    const word = token.norm;
    if (span.type === 'person' && word.length > 3 && word.startsWith('لل')) {
      to = i;
      break;
    }
    if (span.type === 'person' && prepositionWritten(word, known, frequent)) {
      to = i;
      break;
    }
    // A word written with و that is no listed name as written: "and" + the next name where the lists hold
    // its stem (it parts two names, below), else no word of a name, which ends there unless a particle
    // leads it (اندرسون | وسكنت "and it settled"; سعد بن أبي وقاص; 5-fold: one wrong name fewer on two
    // seeds, one found more on one).
    const andWritten = span.type === 'person' && word.startsWith('و') && !known(word);
    const and = andWritten && known(word.slice(1));
    if (andWritten && !and && word.length > 2 && !isCue((tokens[i - 1] as Token).norm, 'particle')) {
      to = i;
      break;
    }
    if (span.type === 'person' && endsAtOrdinal(tokens, i)) {
      to = i;
      break;
    }
    // A function word inside a person's name parts two names (إبراهيم | ليت | إسماعيل "Abraham: would that
    // Ishmael"), save the لا of a foreign name (جان مارك دو لا سابليير).
    const inner =
      span.type === 'person' && outside(i) && !isCue(word, 'particle') && !INNER_PARTICLES.has(word);
    const hyphen =
      span.type === 'person' && HYPHEN_GAP.test(text.slice((tokens[i - 1] as Token).end, token.start));
    if (and || inner || (!hyphen && !joinsName(text, tokens, i, span.from, span.type))) {
      parts.push({ from, to: i });
      from = i;
    }
  }
  if (from < to) parts.push({ from, to });
  const particle = (i: number) => isCue((tokens[i] as Token).norm, 'particle');
  const title = (i: number) => span.type === 'person' && isTitle((tokens[i] as Token).norm);
  // Name lists hold titles as tokens (الأميرة, from labels such as الأميرة ديانا): before a name a title is
  // left out whether or not they know it, after one only where they do not (السيد, الشيخ are surnames too).
  const lastTitle = (i: number) => title(i) && !known((tokens[i] as Token).norm) && !particle(i - 1);
  // Nor does one begin with a preposition on a word that is no name (بمصير البشير "the fate of Bashir").
  const preposition = (i: number) =>
    span.type === 'person' && prepositionWritten((tokens[i] as Token).norm, known, frequent);
  // Nor with a verb of the future after و or ف (وسيغيب | إيتو "and Eto'o will miss", وسيترأس | ميناوي), where
  // the word is no listed name after و or ف either (وسيف الإسلام); alone, it is no name at all.
  const verb = (i: number) => {
    const word = (tokens[i] as Token).norm;
    return span.type === 'person' && FUTURE_AFTER_AND.test(word) && !known(word) && !known(word.slice(1));
  };
  return parts.flatMap((part) => {
    let { from: start, to: end } = part;
    while (
      start < end &&
      ((outside(start) && !particle(start)) || title(start) || preposition(start) || verb(start))
    )
      start++;
    while (end > start && (outside(end - 1) || particle(end - 1) || lastTitle(end - 1))) end--;
    return start < end ? [{ from: start, to: end }] : [];
  });
}

/**
 * A person's name with the Persian ending news writes apart after it (محسن فخري | زاده): the tagger,
 * which seldom met one, may stop before it, but the ending is never a word of its own. `free`: whether a
 * token is neither the glossary's nor in a name the tagger read.
 */
function withJoinedEnding(
  tokens: readonly Token[],
  span: { from: number; to: number },
  free: (i: number) => boolean,
): { from: number; to: number } {
  let to = span.to;
  while (
    to < tokens.length &&
    tokens[to]?.joinsPrevious === true &&
    free(to) &&
    JOINED_ENDINGS.has(tokens[to]?.norm as string)
  )
    to++;
  return to === span.to ? span : { from: span.from, to };
}

/** Words that begin a compound surname: عبد العاطي، أبو الغيط (folded). */
const SURNAME_HEADS: ReadonlySet<string> = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ال']);

/**
 * The short forms news uses for a person after the full name (folded words): the surname (ترامب) and a
 * compound one (عبد العاطي، بن سلمان) — none from after "son of", which names the father (سلمان of محمد بن
 * سلمان is the king) or the family every one of its members bears (آل ثاني), and none that is the second
 * half of a compound: the word after عبد، أبو or آل (العاطي of عبد العاطي, مازن of أبو مازن) or the name of
 * God that closes one (الله of عبد الله or نصر الله, which read alone made God a person: against the final
 * code without it, 11 wrong names fewer on the 5-fold figures, the same recall; person F1 0.802 → 0.803).
 */
export function shortForms(words: readonly string[]): string[][] {
  const forms: string[][] = [];
  for (let k = 1; k < words.length; k++) {
    if (KINSHIP.has(words[k - 1] as string)) break;
    const rest = words.slice(k);
    if (rest[0] === GOD || SURNAME_HEADS.has(words[k - 1] as string)) continue;
    if (rememberable(rest[0] as string) || (rest.length > 1 && SURNAME_HEADS.has(rest[0] as string))) {
      forms.push(rest);
    }
  }
  return forms;
}

/**
 * Keeps the short form of a glossary person met on the page (البشير of عمر البشير) as a name of its own, so
 * that the memory reads it later where the tagger does not, as it reads the short forms of the names it found
 * (the page's suggestions then give it the glossary's entry).
 */
export function rememberShortForm(memory: NameMemory, words: readonly string[]): void {
  remember(memory, words, { type: 'person', fullName: words });
}

/** Keeps a found name, and a person's short forms, for the page. */
function rememberName(memory: NameMemory, name: FoundName): void {
  const full = { type: name.type, fullName: name.fullName ?? name.words };
  remember(memory, name.words, full);
  if (name.type !== 'person') return;
  for (const rest of shortForms(name.words)) remember(memory, rest, full);
  if (name.fullName !== undefined) return;
  for (const lead of leadingForms(name.words)) {
    claimShortForm(memory.leadingForms, nameKey(lead), full.fullName, (a, b) => nameKey(a) === nameKey(b));
  }
}

/**
 * The beginnings of a person's name that news writes for the person too: the given name (فراس of فراس
 * إلياس) and, in a longer name, its first words up to any but the last (خالد عبد الكريم of خالد عبد الكريم
 * ماسا) — never one that ends on a word that needs the next (محمد بن، خالد عبد).
 */
export function leadingForms(words: readonly string[]): string[][] {
  const forms: string[][] = [];
  for (let k = 1; k < words.length; k++) {
    const last = words[k - 1] as string;
    if (SURNAME_HEADS.has(last) || KINSHIP.has(last) || (k === 1 && !rememberable(last))) continue;
    forms.push(words.slice(0, k));
  }
  return forms;
}

/** A name the tagger found that is the short form of one found earlier on the page is that person. */
function asRemembered(name: FoundName, memory: NameMemory): FoundName {
  const remembered = memory.names.get(nameKey(name.words));
  if (remembered === undefined) {
    const lead = name.type === 'person' ? memory.leadingForms.get(nameKey(name.words)) : undefined;
    return lead === undefined || lead === null ? name : { ...name, fullName: [...lead] };
  }
  if (nameKey(remembered.fullName) === nameKey(name.words)) return name;
  return { ...name, fullName: [...remembered.fullName] };
}

/** Whether a word may stand alone as a remembered surname: not a function word, a cue or a short word. */
function rememberable(word: string): boolean {
  return word.length >= 3 && !ARABIC_STOPWORDS.has(word) && !CUES_BY_WORD.has(word);
}

export interface FindNamesOptions {
  /** The block's text, which the tokens index. */
  text: string;
  /** The block's tokens, with the glossary's types on the words it matched (glossary-context.ts). */
  tokens: ReadonlyArray<Token & TaggerToken>;
  tagger: Tagger;
  /** Whether token i is already part of a glossary match (the glossary wins). */
  taken: (i: number) => boolean;
  /**
   * Whether the matches on tokens [from, to) give way to a name read over them (glossary-context.ts); the
   * caller then drops those matches (matchesOutside).
   */
  yields: (from: number, to: number, type: EntityType) => boolean;
  memory: NameMemory;
}

function nameAt(
  tokens: readonly Token[],
  span: { from: number; to: number },
  type: EntityType,
  known: (stem: string) => boolean,
): FoundName {
  const first = withoutClitics((tokens[span.from] as Token).norm, known);
  const rest = tokens.slice(span.from + 1, span.to).map((token) => token.norm);
  return { ...span, type, clitics: first.clitics, stripped: first.stripped, words: [first.stem, ...rest] };
}

/**
 * Whether a person the tagger read is none, for one of the reasons below, or a noun by its shape that neither
 * the lists (`knownOften`) nor the page know as a name (noun-shapes.ts).
 */
function noPersonHere(
  tokens: readonly Token[],
  name: FoundName,
  known: (stem: string) => boolean,
  frequent: ((word: string) => boolean) | undefined,
  knownOften: (stem: string) => boolean,
): boolean {
  return (
    ordinaryWordAlone(tokens, name, known, frequent) ||
    hasNounShape(name.words, knownOften) ||
    (sameWordTwice(name.words) && !known(name.words[0] as string)) ||
    adjectiveAfterNoun(tokens, name) ||
    namesInstitution(tokens, name.from)
  );
}

/**
 * Whether a person the tagger read is one word twice (صراع جنوبي جنوبي "a south–south conflict", حوار
 * فلسطيني فلسطيني "an intra-Palestinian dialogue"): news repeats an adjective so, and a name that repeats
 * its word (محمد محمد) is one the lists hold.
 */
function sameWordTwice(words: readonly string[]): boolean {
  return words.length === 2 && words[0] === words[1];
}

/**
 * Whether a person the tagger read is one word that no name list holds and that training learnt, or that is a
 * nisba's plural (GROUP_PLURAL): a group of people (المسلمون، الرومان، العرب) or another common word, seldom
 * a name. The learnt ones were right 12 times in 58 on the 5-fold figures; leaving them out raised person F1
 * 0.782 → 0.784 (precision 0.771 → 0.782). An ordinal alone is none either, listed or not (الوزير الأول "the
 * first minister": 4 wrong names fewer on the 5-fold figures, the same recall).
 */
function ordinaryWordAlone(
  tokens: readonly Token[],
  name: FoundName,
  known: (stem: string) => boolean,
  frequent: ((word: string) => boolean) | undefined,
): boolean {
  const word = name.words[0] as string;
  if (name.to - name.from !== 1) return false;
  if (REGNAL_ORDINAL_WORDS.has(word)) return true;
  // Without the words training learnt (a lexicon made by hand) nothing is known of the word.
  if (frequent === undefined || known(word)) return false;
  return frequent((tokens[name.from] as Token).norm) || GROUP_PLURAL.test(word);
}

/**
 * Whether a person the tagger read is one word, a nisba with the article (الصهيوني، الأميري), right after a
 * word with the article that is neither a title nor a nisba: an adjective agreeing with its noun (الكيان
 * الصهيوني "the Zionist entity", الديوان الأميري "the Emir's court"). After a title the nisba is a surname
 * (الرئيس الحريري), and after another nisba mostly a cleric's or a leader's (المرجع الشيعي السيستاني). Against
 * the final code without it: 12 wrong names fewer on the 5-fold figures, the same recall (to three places);
 * person F1 0.802 → 0.803.
 */
function adjectiveAfterNoun(tokens: readonly Token[], name: FoundName): boolean {
  const word = tokens[name.from] as Token;
  const noun = tokens[name.from - 1];
  if (name.to - name.from !== 1 || noun === undefined || !word.joinsPrevious) return false;
  const definite = (written: string) =>
    written.startsWith('ال') ||
    procliticSplits(written).some(({ clitics }) => clitics.some((clitic) => clitic.ar === 'ال'));
  return (
    ARTICLE_NISBA.test(word.norm) &&
    noun.kind === 'arabic' &&
    definite(noun.norm) &&
    // Longer than a function word written with the article's letters (الا "except", الى "to").
    noun.norm.length > 3 &&
    !ARTICLE_NISBA.test(noun.norm) &&
    !isTitle(noun.norm) &&
    !CUES_BY_WORD.has(noun.norm)
  );
}

/**
 * Whether the name at token `from` follows a noun that introduces an institution's name, titles between
 * them or none (مطار محمد الخامس، مستشفى الملك فيصل: institution-nouns.ts): the airport's and the hospital's
 * names, not mentions of the king. Against the final code without it: 29 wrong names fewer on the
 * 5-fold figures, the same recall (to three places); person F1 0.799 → 0.803.
 */
function namesInstitution(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && (tokens[k + 1] as Token).joinsPrevious && isTitle((tokens[k] as Token).norm)) k--;
  const noun = tokens[k];
  return noun !== undefined && (tokens[k + 1] as Token).joinsPrevious && introducesInstitutionName(noun.norm);
}

/**
 * The plural of a nisba, folded (دبلوماسيون، الاسكتلنديين، البرلمانيون): a group of people, never one
 * person's name, though the tagger reads one alone as a person where training never met the word (5-fold: 20
 * of its 93 wrong readings of rare words no list holds, none of its 78 right ones). A name the lists hold
 * (نابليون) is kept. Person F1 0.784 → 0.786 (precision 0.782 → 0.787).
 */
const GROUP_PLURAL = /^.{3,}ي(ون|ين)$/;

/**
 * A verb of the future after و or ف, folded (وسيغيب، فستبقى، وسنرى): ANERcorp's train split holds 115 such
 * words, two of them a person's first word (وستيفن، وسين), both of which the lists know.
 */
const FUTURE_AFTER_AND = /^[وف]س[يتن]/;

/** The names of one block, in order, none overlapping a glossary match. */
export function findNames(options: FindNamesOptions): FoundName[] {
  const { text, tokens, tagger, taken, yields, memory } = options;
  /** A name the lists hold in frequency class `least` or above, or one the page has met. */
  const listedFrom = (least: number) => (stem: string) =>
    personClassOf(tagger.lexicon.person, stem) >= least || memory.names.has(nameKey([stem]));
  const known = listedFrom(1);
  const frequent = tagger.lexicon.frequent ?? (() => true);
  // A noun's shape outweighs the name lists' rarest class, met fewer than five times as a name: Wikidata's
  // labels put ordinary words there too (الأمعاء "the intestines", الفردان). 5-fold, against any listed word
  // kept: wrong people 528 → 512 and 562 → 543 on two seeds, recall 0.800 → 0.798 and 0.803 → 0.801.
  const knownOften = listedFrom(2);
  const spans = tagger.spans(tokens);
  const tagged = new Uint8Array(tokens.length);
  for (const span of spans) tagged.fill(1, span.from, span.to);
  const read: FoundName[] = [];
  const used = new Uint8Array(tokens.length);
  for (const span of spans) {
    const type = suggestedType(tokens, span, read.at(-1));
    if (type === undefined) continue;
    // A person read as a place is cut as a person (شارع جورج الخامس | المرموق: the street's name ends at the
    // king's number).
    const cutAs = SUGGESTED_KINDS.get(span.kind) ?? type;
    for (const part of nameParts(text, tokens, { ...span, type: cutAs }, known, frequent)) {
      const name =
        type === 'person' ? withJoinedEnding(tokens, part, (i) => tagged[i] !== 1 && !taken(i)) : part;
      let free = true;
      let covered = false;
      for (let i = name.from; i < name.to; i++) {
        free &&= tokens[i]?.kind === 'arabic';
        covered ||= taken(i);
      }
      if (!free || (covered && !yields(name.from, name.to, type))) continue;
      const found = nameAt(tokens, name, type, known);
      if (type === 'person' && noPersonHere(tokens, found, known, tagger.lexicon.frequent, knownOften))
        continue;
      read.push(found);
      used.fill(1, name.from, name.to);
    }
  }
  const nextInList = (i: number) =>
    i < tokens.length && tokens[i]?.kind === 'arabic' && used[i] !== 1 && tagged[i] !== 1 && !taken(i);
  const listed = listedAfterPeople({ tokens, read, free: nextInList, lexicon: tagger.lexicon });
  for (const name of listed) {
    const found = nameAt(tokens, name, 'person', known);
    if (noPersonHere(tokens, found, known, tagger.lexicon.frequent, knownOften)) continue;
    read.push(found);
    used.fill(1, name.from, name.to);
  }
  if (listed.length > 0) read.sort((x, y) => x.from - y.from);
  // Names are remembered whole, once the parts the tagger read apart are joined (عبد الرحيم | محمد حسين):
  // a part remembered alone would make its surname another person's (حسين → محمد حسين).
  const found: FoundName[] = [];
  for (const name of mergeAdjacent(text, tokens, read)) {
    const remembered = asRemembered(name, memory);
    found.push(remembered);
    rememberName(memory, remembered);
  }
  // Second reading: earlier names of the page, and the surname of a full person name, where the tagger
  // left the words untagged.
  // A surname of the page is read over a glossary nationality of one word too (كينيون after بيتر كينيون,
  // not "Kenyans"; 5-fold: two and five people found more on two seeds, two wrong names more, F1 as it was).
  const nationalityAt = (i: number) =>
    tokens[i]?.glossary === 'nationality' &&
    tokens[i - 1]?.glossary !== 'nationality' &&
    tokens[i + 1]?.glossary !== 'nationality';
  for (let i = 0; i < tokens.length; i++) {
    const nationality = taken(i) && nationalityAt(i);
    if (used[i] === 1 || (taken(i) && !nationality) || tokens[i]?.kind !== 'arabic') continue;
    const remembered = rememberedAt(tokens, i, memory, known, frequent);
    if (remembered === null) continue;
    if (nationality) {
      const surname =
        remembered.type === 'person' && remembered.to === i + 1 && remembered.fullName !== undefined;
      if (surname) {
        found.push(remembered);
        used[i] = 1;
      }
      continue;
    }
    if (remembered.type === 'person' && namesInstitution(tokens, i)) {
      i = remembered.to - 1;
      continue;
    }
    let free = true;
    for (let k = remembered.from; k < remembered.to; k++) free &&= used[k] !== 1 && !taken(k);
    if (!free) continue;
    found.push(remembered);
    used.fill(1, remembered.from, remembered.to);
    i = remembered.to - 1;
  }
  const names = mergeAdjacent(
    text,
    tokens,
    found.sort((a, b) => a.from - b.from),
  );
  for (const name of names) rememberName(memory, name);
  return names;
}

/** A word of a list's next person (listedAfterPeople): a name the lists know well, no function word or cue. */
function wellListed(word: string, lexicon: NameLexicon): boolean {
  return (
    word.length >= 3 &&
    !ARABIC_STOPWORDS.has(word) &&
    !CUES_BY_WORD.has(word) &&
    personClassOf(lexicon.person, word) >= 2
  );
}

/**
 * The next person of a list that the tagger left untagged: a word written with و right after a person it
 * read, whose stem the name lists know well (ووصف عنان وصبري "Annan and Sabri described"), with the word after
 * it where the lists know that as well. 5-fold on three seeds: person recall 0.798 → 0.800, 0.801 → 0.803,
 * 0.800 → 0.802, two to five wrong names more, F1 as it was (0.805, 0.802, 0.803).
 */
export function listedAfterPeople(options: {
  tokens: readonly Token[];
  read: readonly FoundName[];
  /** Whether token i is free for a name: Arabic, untagged, outside names read and glossary matches. */
  free: (i: number) => boolean;
  lexicon: NameLexicon;
}): Array<{ from: number; to: number }> {
  const { tokens, read, free, lexicon } = options;
  const names: Array<{ from: number; to: number }> = [];
  for (const person of read) {
    const i = person.to;
    const word = tokens[i]?.norm ?? '';
    if (person.type !== 'person' || !free(i) || !tokens[i]?.joinsPrevious) continue;
    if (!word.startsWith('و') || !wellListed(word.slice(1), lexicon)) continue;
    const next = tokens[i + 1];
    const two =
      free(i + 1) &&
      next?.joinsPrevious === true &&
      !next.norm.startsWith('و') &&
      wellListed(next.norm, lexicon);
    names.push({ from: i, to: two ? i + 2 : i + 1 });
  }
  return names;
}

/**
 * One name from two found back to back with only a space (or an initial's full stop) between (عبد الرحيم |
 * محمد حسين): a name's parts are never written side by side as two names, unless و joins them (وطارق: "and
 * Tariq").
 */
function mergeAdjacent(text: string, tokens: readonly Token[], found: readonly FoundName[]): FoundName[] {
  const merged: FoundName[] = [];
  for (const name of found) {
    const last = merged.at(-1);
    if (
      last !== undefined &&
      last.type === name.type &&
      last.to === name.from &&
      joinsName(text, tokens, name.from, last.from, name.type) &&
      name.clitics.length === 0
    ) {
      const { fullName: _short, ...rest } = last;
      merged[merged.length - 1] = { ...rest, to: name.to, words: [...last.words, ...name.words] };
    } else {
      merged.push(name);
    }
  }
  return merged;
}

/** The longest remembered name starting at token i (up to four words), or null. */
function rememberedAt(
  tokens: readonly Token[],
  i: number,
  memory: NameMemory,
  known: (stem: string) => boolean,
  frequent: (word: string) => boolean,
): FoundName | null {
  const first = withoutClitics((tokens[i] as Token).norm, known);
  if (!memory.firstWords.has(firstKeyWord(first.stem))) return null;
  for (let length = Math.min(4, tokens.length - i); length >= 1; length--) {
    let joined = true;
    for (let k = i + 1; k < i + length; k++) joined &&= tokens[k]?.joinsPrevious === true;
    if (!joined) continue;
    const candidate = nameAt(tokens, { from: i, to: i + length }, 'person', known);
    const remembered = memory.names.get(nameKey(candidate.words));
    if (remembered === undefined) continue;
    const { type, fullName } = remembered;
    // A place is read again alone only where none of its words is one training learnt: after منطقة الشعب
    // "the Shaab district", الشعب is still "the people".
    if (type === 'place' && candidate.words.some(frequent)) continue;
    // Nor is a person of one word read again through a clitic where the word as written is one training
    // learnt: لصالح is "in favour of", not ل + Saleh (5-fold: 2 wrong names fewer, the same recall).
    if (type === 'person' && length === 1 && candidate.stripped > 0 && frequent((tokens[i] as Token).norm))
      continue;
    const same = nameKey(fullName) === nameKey(candidate.words);
    return same ? { ...candidate, type } : { ...candidate, type, fullName: [...fullName] };
  }
  return null;
}
