import { describe, expect, it } from 'vitest';
import { tokenTable } from '../../lib/arabic/tokenize';
import { createMatcher, type EntityMatch } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { entry } from './entry-factory';

const ENTRIES: GlossaryEntry[] = [
  entry('العراق', 'العراق', 'Iraq'),
  entry('باريس', 'باريس', 'Paris'),
  entry('بغداد', 'بغداد', 'Baghdad'),
  entry('غداد', 'غداد', 'a made-up place that only a wrong cut of بغداد would find'),
  entry('لبنان', 'لبنان', 'Lebanon'),
  entry('بنان', 'بنان', 'a made-up name that only a wrong cut of لبنان would find'),
  entry('وليد', 'وليد', 'Walid', { type: 'person' }),
  entry('ليد', 'ليد', 'a made-up name that only a wrong cut of وليد would find'),
  entry('فلسطين', 'فلسطين', 'Palestine'),
  entry('لسطين', 'لسطين', 'a made-up name that only a wrong cut of فلسطين would find'),
  entry('بيروت', 'بيروت', 'Beirut'),
  entry('يروت', 'يروت', 'a made-up name that only a wrong cut of بيروت would find'),
  entry('كابول', 'كابول', 'Kabul'),
  entry('ابول', 'ابول', 'a made-up name that only a wrong cut of كابول would find'),
  entry('ليبيا', 'ليبيا', 'Libya'),
  entry('اللاذقية', 'اللاذقية', 'Latakia'),
  entry('علي', 'علي', 'Ali', { type: 'person' }),
  entry('علي خامنئي', 'علي خامنئي', 'Ali Khamenei', { type: 'person', variants: ['خامنئي'] }),
  entry('احد', 'احد', 'Ahad (a name)', { type: 'person' }),
  entry('ان', 'ان', 'An (a two-letter name)', { type: 'person' }),
  entry('آشتون كارتر', 'آشتون كارتر', 'Ashton Carter', { type: 'person', variants: ['كارتر'] }),
  entry('وزير', 'وزير', 'minister', { type: 'title', inflects: true }),
  entry('وزير الدفاع', 'وزير الدفاع', 'Defence Minister', { type: 'title', inflects: true }),
  entry('وزير الدفاع الأميركي', 'وزير الدفاع الأميركي', 'US Secretary of Defense', { type: 'title' }),
  entry('الأميركي', 'الأميركي', 'American', { type: 'nationality' }),
  entry('تنظيم الدولة', 'تنظيم الدولة', 'the Islamic State group', { type: 'organisation' }),
  entry('تنظيم الدولة الإسلامية', 'تنظيم الدولة الإسلامية', 'the Islamic State group (full name)', {
    type: 'organisation',
  }),
  entry('وزارة', 'وزارة', 'ministry', { type: 'term', inflects: true }),
  entry('مدير مكتب', 'مدير مكتب', 'chief of staff', { type: 'title', inflects: true }),
  entry('ليل', 'ليل', 'night', { type: 'term' }),
  entry('تونس', 'تونس', 'Tunisia'),
  entry('تونس', 'تونس', 'Tunis'),
];
const matcher = createMatcher(ENTRIES);

function found(text: string): Array<[string, string]> {
  return matcher
    .match(text)
    .map((match) => [text.slice(match.start, match.end), ENTRIES[match.entry]?.en ?? '']);
}

function only(text: string): EntityMatch {
  const matches = matcher.match(text);
  expect(matches).toHaveLength(1);
  return matches[0] as EntityMatch;
}

describe('proclitics are removed only where the glossary holds the stem', () => {
  it.each([
    ['العراق', 'Iraq', [], 'the entry as written'],
    ['والعراق', 'Iraq', ['و'], 'and'],
    ['فالعراق', 'Iraq', ['ف'], 'so'],
    ['بالعراق', 'Iraq', ['ب'], 'in'],
    ['كالعراق', 'Iraq', ['ك'], 'like'],
    ['للعراق', 'Iraq', ['ل'], 'لل is ل + the article, whose alef is dropped'],
    ['وللعراق', 'Iraq', ['و', 'ل'], 'and for'],
    ['فللعراق', 'Iraq', ['ف', 'ل'], 'so for'],
    ['وبالعراق', 'Iraq', ['و', 'ب'], 'and in'],
    ['باريس', 'Paris', [], 'a name without the article'],
    ['بباريس', 'Paris', ['ب'], 'in Paris'],
    ['وباريس', 'Paris', ['و'], 'and Paris'],
    ['لباريس', 'Paris', ['ل'], 'to Paris'],
    ['فباريس', 'Paris', ['ف'], 'so Paris'],
    ['كباريس', 'Paris', ['ك'], 'like Paris'],
    ['وبباريس', 'Paris', ['و', 'ب'], 'and in Paris'],
    ['فلباريس', 'Paris', ['ف', 'ل'], 'so to Paris'],
    ['ولباريس', 'Paris', ['و', 'ل'], 'and to Paris'],
    ['وكباريس', 'Paris', ['و', 'ك'], 'and like Paris'],
    ['لليبيا', 'Libya', ['ل'], 'a name that begins with ل takes ل'],
    ['للاذقية', 'Latakia', ['ل'], 'ل + ال before ل: three lams written two'],
    ['وللاذقية', 'Latakia', ['و', 'ل'], 'and to Latakia'],
    ['والوزير', 'minister', ['و', 'ال'], 'the article before a term written without it'],
    ['للوزير', 'minister', ['ل', 'ال'], 'لل before a term written without the article'],
    ['وبالوزير', 'minister', ['و', 'ب', 'ال'], 'and with the'],
  ])('%s → %s %j (%s)', (text, en, clitics) => {
    const match = only(text);
    expect(ENTRIES[match.entry]?.en).toBe(en);
    expect(match.clitics.map((clitic) => clitic.ar)).toEqual(clitics);
    expect([match.start, match.end]).toEqual([0, text.length]);
  });

  it.each([
    ['بغداد', 'Baghdad'],
    ['لبنان', 'Lebanon'],
    ['وليد', 'Walid'],
    ['فلسطين', 'Palestine'],
    ['بيروت', 'Beirut'],
    ['كابول', 'Kabul'],
  ])('%s is never cut, even when the cut stem is in the glossary', (text, en) => {
    const match = only(text);
    expect(ENTRIES[match.entry]?.en).toBe(en);
    expect(match.clitics).toEqual([]);
  });

  it.each([
    ['وبغداد', 'Baghdad', ['و']],
    ['ولبنان', 'Lebanon', ['و']],
    ['لوليد', 'Walid', ['ل']],
    ['بفلسطين', 'Palestine', ['ب']],
  ])('%s keeps the name whole under a clitic', (text, en, clitics) => {
    const match = only(text);
    expect(ENTRIES[match.entry]?.en).toBe(en);
    expect(match.clitics.map((clitic) => clitic.ar)).toEqual(clitics);
  });

  it.each([
    ['لليل', [['لليل', 'night']], 'for a night (ل + ليل), or for the night with the lams merged'],
    ['بالليل', [['بالليل', 'night']], 'by night: the article before ل is written whole'],
    ['للليل', [], 'لل before ل is no ل + ال: ل + الليل is written لليل'],
  ])('%s → %j (%s)', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives each clitic a meaning for the learner', () => {
    expect(only('بباريس').clitics).toEqual([{ ar: 'ب', en: 'in, with, by' }]);
  });

  it('never matches inside a longer word', () => {
    expect(found('العراقي والعراقيون وباريسية')).toEqual([]);
  });
});

describe('function words are not names', () => {
  it.each([
    ['جلس على الكرسي', [], 'على (on) folds to علي but is a function word'],
    ['على', [], 'even alone'],
    ['وعلى هذا', [], 'and with a clitic'],
    ['بين البلدين', [], 'بين must not become ب + "ين"'],
    ['قال بأن الوزير', [['الوزير', 'minister']], 'بأن must not become ب + "ان"'],
    ['فإن الأمر', [], 'فإن must not become ف + "ان"'],
    ['واحد من', [], 'واحد must not become و + احد'],
    [
      'التقى علي خامنئي',
      [['علي خامنئي', 'Ali Khamenei']],
      'a multi-word name that starts with one still matches',
    ],
    ['قال خامنئي', [['خامنئي', 'Ali Khamenei']], 'a surname variant alone'],
  ])('%s (%s)', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('suffixes only where the entry inflects', () => {
  it.each([
    ['وزيرا', 'minister', 'ا', 'accusative'],
    ['وزيران', 'minister', 'ان', 'dual'],
    ['وزيرين', 'minister', 'ين', 'dual/plural oblique'],
    ['الوزيرين', 'minister', 'ين', 'with the article'],
    ['وزيره', 'minister', 'ه', 'with a pronoun'],
    ['وزارته', 'ministry', 'ه', 'ة is written ت before a pronoun'],
    ['وزارتها', 'ministry', 'ها', 'ة is written ت before a pronoun'],
    ['وزارات', 'ministry', 'ات', 'feminine plural replaces ة'],
    ['وزيرا الدفاع', 'Defence Minister', 'ا', 'dual in construct before the rest of a title'],
    ['للوزارات', 'ministry', 'ات', 'after ل + ال written لل'],
    ['مدير مكتبه', 'chief of staff', 'ه', 'on a later word'],
  ])('%s → %s + %s (%s)', (text, en, suffix) => {
    const match = only(text);
    expect(ENTRIES[match.entry]?.en).toBe(en);
    expect(match.suffix).toBe(suffix);
  });

  it.each([
    ['العراقي', 'a nisba is not the country'],
    ['باريسي', 'a name takes no suffix'],
    ['العراقين', 'nor a plural ending'],
  ])('%s is not matched (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('multi-word names, leftmost-longest', () => {
  it.each([
    ['قال وزير الدفاع الأميركي', [['وزير الدفاع الأميركي', 'US Secretary of Defense']], 'longest title'],
    ['قال وزير الدفاع', [['وزير الدفاع', 'Defence Minister']], 'shorter title'],
    ['قال وزير الخارجية', [['وزير', 'minister']], 'falls back to the one-word term'],
    [
      'ضد تنظيم الدولة الإسلامية في',
      [['تنظيم الدولة الإسلامية', 'the Islamic State group (full name)']],
      'longest organisation',
    ],
    ['ضد تنظيم الدولة منذ', [['تنظيم الدولة', 'the Islamic State group']], 'shorter organisation'],
    ['ويتوقع كارتر زيادة', [['كارتر', 'Ashton Carter']], 'a surname listed as a variant'],
    ['يستقبل آشتون كارتر', [['آشتون كارتر', 'Ashton Carter']], 'the full name, not the surname'],
    [
      'وزير الدفاع، الأميركي',
      [
        ['وزير الدفاع', 'Defence Minister'],
        ['الأميركي', 'American'],
      ],
      'punctuation breaks a phrase',
    ],
    [
      'وزير الدفاع\n\nالأميركي',
      [
        ['وزير الدفاع', 'Defence Minister'],
        ['الأميركي', 'American'],
      ],
      'so does a paragraph break',
    ],
    [
      'لوزير الدفاع الأميركي',
      [['لوزير الدفاع الأميركي', 'US Secretary of Defense']],
      'a clitic on the first word of a phrase',
    ],
    ['يستقبل آشتون-كارتر', [['آشتون-كارتر', 'Ashton Carter']], "a hyphen between a name's words"],
    [
      'وزير الدفاع - الأميركي',
      [
        ['وزير الدفاع', 'Defence Minister'],
        ['الأميركي', 'American'],
      ],
      'a hyphen with spaces around it is a dash between phrases',
    ],
    [
      'وزير الدفاع—الأميركي',
      [
        ['وزير الدفاع', 'Defence Minister'],
        ['الأميركي', 'American'],
      ],
      'so is a dash written without spaces',
    ],
    ['وَزِيرُ الدِّفَاعِ الأَمِيرْكِيُّ', [['وَزِيرُ الدِّفَاعِ الأَمِيرْكِيُّ', 'US Secretary of Defense']], 'fully vowelled text'],
  ])('%s (%s)', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports every entry of an ambiguous form', () => {
    const match = only('في تونس');
    expect([match.entry, ...match.alternatives].map((index) => ENTRIES[index]?.en)).toEqual([
      'Tunisia',
      'Tunis',
    ]);
  });

  it('covers every mention in order without overlaps', () => {
    const text = 'وصل وزير الدفاع الأميركي آشتون كارتر إلى باريس وبغداد والعراق';
    const matches = matcher.match(text);
    expect(matches.map((match) => text.slice(match.start, match.end))).toEqual([
      'وزير الدفاع الأميركي',
      'آشتون كارتر',
      'باريس',
      'وبغداد',
      'والعراق',
    ]);
    for (let i = 1; i < matches.length; i++) {
      expect(matches[i]?.start).toBeGreaterThanOrEqual(matches[i - 1]?.end ?? 0);
    }
  });
});

describe('lookup', () => {
  it.each([
    ['بباريس', 'Paris'],
    ['للعراق', 'Iraq'],
    ['وزير الدفاع', 'Defence Minister'],
  ])('%s finds %s', (query, en) => {
    expect(matcher.lookup(query).map((match) => ENTRIES[match.entry]?.en)).toEqual([en]);
  });

  it('finds nothing for a phrase longer than any entry', () => {
    expect(matcher.lookup('باريس اليوم')).toEqual([]);
  });
});

describe('contextual names (also ordinary words) need a context that supports a place', () => {
  const places: GlossaryEntry[] = [
    { id: 'mali', ar: 'مالي', en: 'Mali', type: 'place', variants: [], contextual: true },
    { id: 'tyre', ar: 'صور', en: 'Tyre', type: 'place', variants: [], contextual: true },
    { id: 'niger', ar: 'النيجر', en: 'Niger', type: 'place', variants: [] },
    { id: 'ministry', ar: 'وزارة', en: 'ministry', type: 'term', variants: [] },
  ];
  const contextual = createMatcher(places);
  const names = (text: string) => contextual.match(text).map((match) => places[match.entry]?.en);

  it.each([
    ['أعلن دعم مالي للمشروع', [], 'financial support: no cue'],
    ['نشر صور الحادث', [], 'pictures of the accident'],
    ['وصل الجنود إلى مالي', ['Mali'], 'after a preposition of place'],
    ['في مالي', ['Mali'], 'after في'],
    ['هجوم في مدينة صور', ['Tyre'], 'after مدينة'],
    ['بمالي', ['Mali'], 'with the preposition written on it'],
    ['مالي والنيجر', ['Mali', 'Niger'], 'next to a confirmed place'],
    ['أزمة مالي، النيجر', ['Mali', 'Niger'], 'next to a place across a comma'],
    ['صور ومالي', [], 'two unconfirmed names do not confirm each other'],
    ['عن مالي ، وقال', ['Mali'], 'the cue must be right before it'],
    ['وزارة مالي', ['ministry'], 'a neighbour that is not a place does not confirm it'],
  ])('%s (%s)', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an article and a possessive suffix', () => {
  it.each([
    ['لوزيرها', [['لوزيرها', 'minister']]],
    ['بالوزيرين', [['بالوزيرين', 'minister']]],
    ['بالوزيرها', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('match gives its tokens room back', () => {
  it('leaves the shared arenas as it found them, so a page of blocks takes no new arena', () => {
    const matcher = createMatcher([entry('paris', 'باريس', 'Paris', { type: 'place' })]);
    const from = tokenTable('كلمة').foldedEnd(0);
    expect(matcher.match('وصل الوزير إلى باريس').map((match) => match.start)).toEqual([15]);
    expect(tokenTable('لندن').foldedStart(0)).toBe(from);
  });
});
