import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../lib/arabic/normalize';
import {
  AGENCY_CREDITS,
  AGENCY_NAMES,
  CLUB_CITIES,
  CLUB_WORD_CLITICS,
  CLUB_WORDS,
  COMPOUND_NAMES,
  GROUP_WORDS,
  MARKED_READINGS,
  MEDIA_WORDS,
  PAPER_PLACES,
  PAPER_QUOTES,
  SHARED_PLACE_NAMES,
} from '../../lib/glossary/context-readings';
import { createMatcher, type EntityMatch } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/schema';
import { createPageSuggestions } from '../../lib/names/page-suggestions';
import { buildFromSeeds } from '../../scripts/build-glossary';

// The bundled glossary as `npm run glossary` builds it.
const built = buildFromSeeds();
const entries: GlossaryEntry[] = built.ok ? built.glossary.entries : [];
const matcher = createMatcher(entries);

/**
 * The page's two readings: the glossary alone, and once the name finder has loaded, the glossary with it
 * (here a finder that finds no name, so that only the glossary's readings are left to compare).
 */
const noNames = createPageSuggestions({
  entries,
  suggester: {
    tagger: { lexicon: { person: new Map() }, tag: () => [], spans: () => [] },
    spell: () => ({ en: '', alternatives: [] }),
  },
});
const READERS: ReadonlyArray<readonly [string, (text: string) => EntityMatch[]]> = [
  ['the glossary alone', (text) => matcher.match(text)],
  ['the glossary with the name finder', (text) => noNames.match(matcher, text)],
];

describe.each(READERS)('readings from context, in real sentences, read by %s', (_, read) => {
  /** What a reader sees highlighted in a sentence: [as written, English, the other readings…]. */
  function marked(sentence: string): string[][] {
    return read(sentence).map((match) => [
      sentence.slice(match.start, match.end),
      entries[match.entry]?.en ?? '',
      ...match.alternatives.map((index) => entries[index]?.en ?? ''),
    ]);
  }

  it.each([
    {
      sentence: 'وأدى المصلون صلاة المغرب في المسجد الأقصى',
      expected: [
        ['صلاة المغرب', 'the sunset prayer (maghrib)'],
        ['المسجد الأقصى', 'al-Aqsa Mosque'],
      ],
      why: 'after صلاة it is the sunset prayer',
    },
    {
      sentence: 'تقام صلوات الفجر والظهر والعصر والمغرب والعشاء في مواعيدها',
      expected: [],
      why: 'among the other prayers it is no country',
    },
    {
      sentence: 'وصل وزير خارجية المغرب إلى الرياض',
      expected: [
        ['وزير', 'minister'],
        ['المغرب', 'Morocco', 'the sunset prayer, sunset'],
        ['الرياض', 'Riyadh'],
      ],
      why: 'elsewhere both readings stay',
    },
    {
      sentence: 'وصل الوفد إلى عمّان مساء أمس',
      expected: [['عمّان', 'Amman']],
      why: 'shadda on the meem: Amman',
    },
    {
      sentence: 'وصل الوفد إلى عُمان أمس',
      expected: [['عُمان', 'Oman']],
      why: 'damma on the ain: Oman',
    },
    {
      sentence: 'يتحدث اللاعب إسبانياً بطلاقة',
      expected: [],
      why: 'إسبانياً is "in Spanish", an adverb, not Spain',
    },
    {
      sentence: 'فاز باريس سان جيرمان على مرسيليا',
      expected: [
        ['باريس سان جيرمان', 'Paris Saint-Germain (PSG)'],
        ['مرسيليا', 'Olympique de Marseille'],
      ],
      why: 'the club, not Paris; and in a match report مرسيليا is its club',
    },
    {
      sentence: 'تخرج من جامعة القاهرة عام 1990',
      expected: [['جامعة القاهرة', 'Cairo University']],
      why: 'the university, not Cairo',
    },
    {
      sentence: 'هبطت الطائرة في مطار عمّان الدولي',
      expected: [['مطار عمّان الدولي', 'Queen Alia International Airport']],
      why: 'the airport, not Amman',
    },
    {
      sentence: 'الرياض.. أعلنت وزارة الصحة تسجيل حالات جديدة',
      expected: [
        ['الرياض', 'Riyadh'],
        ['وزارة الصحة', expect.any(String)],
      ],
      why: 'a dateline is a place cue for a place that is also a word',
    },
    {
      sentence: 'تزينت الرياض بالأزهار في الربيع',
      expected: [],
      why: 'الرياض "the gardens" elsewhere is no place',
    },
  ])('$why: $sentence', ({ sentence, expected }) => {
    expect(marked(sentence)).toEqual(expected);
  });

  it.each(MARKED_READINGS.map((row) => [row.en, row]))(
    'the marked reading of %s is found in its example',
    (_, row) => {
      expect(marked(row.example).some((found) => found[1] === row.en && found.length === 2)).toBe(true);
    },
  );

  it.each(CLUB_CITIES.map((row) => [row.city, row.club, row.example]))(
    'reads %s as %s in a match report: %s',
    (city, club, example) => {
      expect(marked(example).find(([written]) => written?.endsWith(city))?.[1]).toBe(club);
    },
  );

  /** The English of the organisations that hold `word` as a form: its readings as a club. */
  const clubsOf = (word: string) =>
    entries
      .filter((entry) => entry.type === 'organisation')
      .filter((entry) => [entry.ar, ...entry.variants].some((form) => foldArabic(form) === foldArabic(word)))
      .map((entry) => entry.en);

  it.each(CLUB_WORDS.map((row) => [row.word, row.club]))('reads %s as its club in: %s', (word, sentence) => {
    const found = marked(sentence).find(([written]) => written?.endsWith(word));
    expect(found?.slice(1).sort()).toEqual(clubsOf(word).sort());
    expect(clubsOf(word).length).toBeGreaterThan(0);
  });

  it.each(CLUB_WORDS.flatMap((row) => row.countries.map((country) => [row.word, country, row.en] as const)))(
    "reads %s before its club's country %s as the club",
    (word, country, en) => {
      // No match report around it: only the country makes the club.
      const found = marked(`أعلن ${word} ${country} في بيان`).find(([written]) => written?.startsWith(word));
      expect(en).toContain(found?.[1]);
    },
  );

  it.each([
    ['تقدمت القوات في الشمال السوري', 'الشمال', 'northern Syria: Al-Shamal is a club of Qatar'],
    ['سيطرت القوات على الشمال السوري بعد معارك', 'الشمال', 'the same after على'],
    [
      'احتفل العراقيون بالنصر العراقي على التنظيم',
      'بالنصر',
      'the Iraqi victory: Al Nassr is Saudi, Al-Nasr Emirati',
    ],
  ])('does not read the club word before another country in: %s (%s)', (sentence, word) => {
    expect(marked(sentence).filter(([written]) => written === word)).toEqual([]);
  });

  it.each(CLUB_WORD_CLITICS.map((row) => [row.clitic, row.example]))(
    'reads a club word with %s after a definite word as the club in: %s',
    (_, sentence) => {
      // As written: للأهلي drops the article's alef.
      const found = marked(sentence).find(([, en]) => clubsOf('الأهلي').includes(en ?? ''));
      expect(found?.slice(1).sort()).toEqual(clubsOf('الأهلي').sort());
    },
  );

  it.each(CLUB_WORDS.map((row) => [row.word, row.not]))('leaves %s unmarked in: %s', (word, sentence) => {
    expect(marked(sentence).filter(([written]) => written?.endsWith(word))).toEqual([]);
  });

  it.each(MEDIA_WORDS.map((row) => [row.word, row.named]))(
    'reads %s as the paper or channel after its head in: %s',
    (word, sentence) => {
      const found = marked(sentence).find(([written]) => written?.endsWith(word));
      expect(found).toEqual([word, ...clubsOf(word)]);
      expect(clubsOf(word).length).toBe(1);
    },
  );

  it.each(GROUP_WORDS.flatMap((row) => [row.named, row.listed].map((sentence) => [row.word, sentence])))(
    'reads %s as the armed group after a word for its people or beside its partner in: %s',
    (word, sentence) => {
      const found = marked(sentence).find(([written]) => written?.endsWith(word));
      expect(found?.slice(1)).toEqual(GROUP_WORDS.find((row) => row.word === word)?.en);
    },
  );

  it.each([
    'قال قائد القاعدة الجوية إن الطائرات عادت',
    'أكد أعضاء القاعدة الشعبية للحزب دعمهم',
    'علاقة القاعدة بالاستثناء في القانون',
  ])(
    'leaves القاعدة "the base, the rule" unmarked before a definite word or after a bare علاقة: %s',
    (sentence) => {
      expect(marked(sentence).filter(([written]) => written?.endsWith('القاعدة'))).toEqual([]);
    },
  );

  it.each(GROUP_WORDS.map((row) => [row.word, row.not]))('leaves %s unmarked in: %s', (word, sentence) => {
    expect(marked(sentence).filter(([written]) => written?.endsWith(word))).toEqual([]);
  });

  it.each(PAPER_PLACES.map((row) => [row.place, row.paper, row.named]))(
    'reads %s as the paper %s, alone, in: %s',
    (place, paper, sentence) => {
      expect(marked(sentence).find(([written]) => written?.endsWith(place))).toEqual([place, paper]);
    },
  );

  it.each(PAPER_QUOTES.map((row) => [row.open, row.close, row.example]))(
    'reads the place-name of a paper within %s %s as the paper in: %s',
    (_, __, sentence) => {
      expect(marked(sentence).find(([written]) => written === 'الشرق الأوسط')).toEqual([
        'الشرق الأوسط',
        'Asharq Al-Awsat',
      ]);
    },
  );

  it.each([
    ['وقال قائد فيلق «القدس» إن القوات جاهزة', 'the Quds Force, named after the city'],
    ['وقال إن «القدس» خط أحمر', 'the city, quoted for itself'],
    ['وقال إن "القدس" ستبقى عاصمة', 'the same, within straight quotes'],
  ])('reads a quoted القدس as Jerusalem, not the paper Al-Quds: %s (%s)', (sentence) => {
    const found = marked(sentence).find(([written]) => written === 'القدس');
    expect(found?.[1]).toBe('Jerusalem');
    expect(found?.includes('Al-Quds (newspaper)')).toBe(false);
  });

  it("reads a quotation that only begins with a paper's place-name as the place: «الشرق الأوسط الجديد»", () => {
    const found = marked('وتحدث الوزير عن «الشرق الأوسط الجديد» في خطابه').find(
      ([written]) => written === 'الشرق الأوسط',
    );
    expect(found?.[1]).toBe('the Middle East');
    expect(found?.includes('Asharq Al-Awsat')).toBe(false);
  });

  it.each(PAPER_PLACES.map((row) => [row.place, row.paper, row.not]))(
    'reads %s as the place, without the paper %s, in: %s',
    (place, paper, sentence) => {
      const found = marked(sentence).find(([written]) => written?.endsWith(place));
      expect(found?.[1]).not.toBe(paper);
      expect(found?.includes(paper)).toBe(false);
      expect(entries.find((entry) => entry.en === found?.[1])?.type).toBe('place');
    },
  );

  it.each(AGENCY_NAMES.map((row) => [row.name, row.agency, row.credited]))(
    'reads %s as %s where a report is credited to it: %s',
    (name, agency, sentence) => {
      expect(marked(sentence).find(([written]) => written === name)).toEqual([name, agency]);
    },
  );

  it.each(AGENCY_NAMES.map((row) => [row.name, row.agency, row.not]))(
    'reads %s without %s elsewhere: %s',
    (_, agency, sentence) => {
      for (const found of marked(sentence)) expect(found.includes(agency), found.join()).toBe(false);
    },
  );

  it.each(AGENCY_CREDITS.map((row) => [row.open, row.close, row.example]))(
    "reads an agency's short name within %s %s as the agency in: %s",
    (_, __, sentence) => {
      const agencies = new Set(AGENCY_NAMES.map((row) => row.agency));
      const found = marked(sentence).filter(([, en]) => agencies.has(en ?? ''));
      expect(found.length).toBe(1);
      expect(found[0]?.length).toBe(2);
    },
  );

  it.each(MEDIA_WORDS.map((row) => [row.word, row.not]))('leaves %s unmarked in: %s', (word, sentence) => {
    // A longer name that ends with the word (رئيس الجمهورية, المنطقة الشرقية) is another entry.
    expect(
      marked(sentence).filter(([written]) => !written?.includes(' ') && written?.endsWith(word)),
    ).toEqual([]);
  });

  it.each([
    ['فاز الزمالك والأهلي في الجولة الأولى من الدوري', 'والأهلي', 'a list after a club, joined by و'],
    ['قالت جماهير الوداد إن الفريق سيعود', 'الوداد', "the club's supporters before it"],
    ['فاز السد القطري على ضيفه', 'السد', "the club's country after it"],
    ['قال لاعب الأهلي إن الفريق جاهز', 'الأهلي', 'a player of the club'],
  ])('reads the club word in %s (%s)', (sentence, written) => {
    expect(marked(sentence).find(([w]) => w === written)?.[1]).toBeTruthy();
  });

  it.each([
    ['دعا الاتحاد المصري لكرة القدم إلى تعديل الدوري الأهلي', 'الأهلي', 'an adjective after a noun'],
    ['أعلن الهلال الأحمر وصول المساعدات', 'الهلال', 'part of a longer name'],
    ['قال مدرب المنتخب العربي إن المباراة صعبة', 'العربي', "the team's adjective, in a match report"],
    [
      'بثت القنوات الفضائية العربية الخبر',
      'العربية',
      'after a channel word with the article: "the Arab channels"',
    ],
  ])('does not read a club in %s', (sentence, word) => {
    expect(marked(sentence).filter(([written]) => written === word)).toEqual([]);
  });

  it.each([
    ['صعبا على هامبورغ الألماني في الذهاب', 'هامبورغ', 'Hamburger SV', 'a masculine country after the city'],
    ['وتعادل أرسنال وموناكو الفرنسي', 'وموناكو', 'AS Monaco', "the club's country after a list"],
    ['أنهى روما اللقاء 2 - 1 لصالحه', 'روما', 'AS Roma', 'a score near it'],
    ['خسر بورتو صفر - 2', 'بورتو', 'FC Porto', 'a score with صفر'],
  ])('reads the club in %s', (sentence, city, club) => {
    expect(marked(sentence).find(([written]) => written === city)?.[1]).toBe(club);
  });

  it.each([
    ['زار الوفد روما الإيطالية أمس', 'روما', 'Rome', "the feminine country is the city's"],
    ['عاش في روما من 1997 - 2000', 'روما', 'Rome', 'years are no score'],
  ])('reads the city in %s', (sentence, city, en) => {
    expect(marked(sentence).find(([written]) => written === city)?.[1]).toBe(en);
  });

  it.each([
    ['زار الرئيس برشلونة ثم مدريد', 'برشلونة', 'Barcelona'],
    ['وصل الوفد إلى روما أمس', 'روما', 'Rome'],
    ['ميناء ليفربول من أقدم موانئ إنجلترا', 'ليفربول', 'Liverpool'],
    ['تظاهر آلاف ضد الحرب في روما', 'روما', 'Rome'],
    ['عقد لقاء بين الوزيرين في برشلونة', 'برشلونة', 'Barcelona'],
    ['وصل الفريق أول إلى روما', 'روما', 'Rome'],
    ['فاز الحزب بالانتخابات في روما', 'روما', 'Rome'],
    ['انتقل السفير إلى فالنسيا في صفقة', 'فالنسيا', 'Valencia'],
  ])('reads the city with no match report around it: %s', (sentence, city, en) => {
    expect(marked(sentence).find(([written]) => written === city)?.[1]).toBe(en);
  });
});

describe('a club named by a common word in an entry the reader changed', () => {
  // A bundled entry the reader edited (its note, say) reaches the page marked own (lib/background/reader-glossary.ts).
  const changed: GlossaryEntry = {
    id: 'النادي الاهلي',
    ar: 'النادي الأهلي',
    en: 'Al Ahly',
    type: 'organisation',
    variants: ['الأهلي'],
    note: 'My note',
    own: true,
  };
  const read = (text: string) =>
    createMatcher([changed])
      .match(text)
      .map((match) => text.slice(match.start, match.end));

  it('is still no club where the word means "civil"', () => {
    expect(read('دعا الرئيس إلى حماية السلم الأهلي')).toEqual([]);
  });

  it('and still the club in a match report', () => {
    expect(read('فاز الأهلي على الزمالك بهدفين')).toEqual(['الأهلي']);
  });

  it('while an entry of the same form with another English is read as it is written', () => {
    const delegation: GlossaryEntry = {
      id: 'wafd',
      ar: 'الوفد',
      en: 'the delegation',
      type: 'organisation',
      variants: [],
      own: true,
    };
    const text = 'وصل الوفد إلى القاهرة أمس';
    expect(
      createMatcher([delegation])
        .match(text)
        .map((match) => text.slice(match.start, match.end)),
    ).toEqual(['الوفد']);
  });
});

describe('the common words that name a club, a paper or a channel', () => {
  const words = [...CLUB_WORDS, ...MEDIA_WORDS, ...GROUP_WORDS].map((row) => row.word);
  const named = new Set(words.map(foldArabic));
  const isName = (form: string) => named.has(foldArabic(form));
  // The bundled glossary without these words as forms of the organisations they name.
  const others = entries.map((entry) => {
    const forms = [entry.ar, ...entry.variants];
    if (entry.type !== 'organisation' || !forms.some(isName)) return entry;
    const kept = forms.filter((form) => !isName(form));
    return { ...entry, ar: kept[0] ?? 'ـــ', variants: kept.slice(1) };
  });
  const withoutThem = createMatcher(others);

  it.each([...CLUB_WORDS, ...MEDIA_WORDS, ...GROUP_WORDS].map((row) => [row.word, row.en]))(
    'name %s for the entries that hold it, by their English',
    (word, en) => {
      const holders = entries
        .filter((entry) => entry.type === 'organisation')
        .filter((entry) =>
          [entry.ar, ...entry.variants].some((form) => foldArabic(form) === foldArabic(word)),
        )
        .map((entry) => entry.en);
      expect([...en].sort()).toEqual(holders.sort());
    },
  );

  it.each(words)('hide no other reading of %s (it would be lost where the word names nothing)', (word) => {
    for (const text of [word, `و${word}`, `في ${word}`]) expect(withoutThem.match(text), text).toEqual([]);
  });
});

describe('the rules, told which entries they may read once per glossary', () => {
  const place = (ar: string, en: string, variants: string[] = []): GlossaryEntry => ({
    id: ar,
    ar,
    variants,
    en,
    type: 'place',
  });
  const prayer = 'وأدى المصلون صلاة المغرب في المسجد';

  it('read an entry by any of its forms, not only the one matched first', () => {
    // The entry is first matched by a form no rule reads, then by the one the prayer rule reads.
    const morocco = createMatcher([place('المملكة المغربية', 'Morocco', ['المغرب'])]);
    expect(morocco.match('زار المملكة المغربية').map((match) => match.form)).toEqual(['المملكة المغربية']);
    expect(morocco.match(prayer)).toEqual([]);
  });

  it('tell apart two glossaries with different entries at the same place', () => {
    const other = createMatcher([place('المسجد', 'the mosque')]);
    expect(other.match(prayer).map((match) => match.form)).toEqual(['المسجد']);
    const morocco = createMatcher([place('المغرب', 'Morocco')]);
    expect(morocco.match(prayer)).toEqual([]);
    expect(morocco.match('وصل الوزير إلى المغرب').map((match) => match.form)).toEqual(['المغرب']);
  });

  it('still drop an adverb of a place no other rule reads', () => {
    const spain = createMatcher([place('إسبانيا', 'Spain')]);
    expect(spain.match('تحدث إسبانياً بطلاقة')).toEqual([]);
    expect(spain.match('زار إسبانيا').map((match) => match.form)).toEqual(['إسبانيا']);
  });
});

describe("a person of the glossary inside a longer name: a compound given name, or a child's chain", () => {
  const person = (ar: string): GlossaryEntry => ({ id: ar, ar, variants: [], en: ar, type: 'person' });
  const people = (text: string, glossary: readonly GlossaryEntry[], read = createMatcher(glossary)) =>
    read
      .match(text)
      .filter((match) => glossary[match.entry]?.type === 'person')
      .map((match) => text.slice(match.start, match.end));

  it.each(COMPOUND_NAMES)('makes $longer someone other than $person', (row) => {
    const glossary = [person(row.person)];
    expect(people(`التقى ${row.longer} بالوزير`, glossary)).toEqual([]);
    expect(people(`التقى ${row.person} بالوزير`, glossary)).toEqual([row.person]);
    // A comma ends the name: the word after it is no part of it.
    expect(people(`التقى ${row.person}، ${row.closer} بالوزير`, glossary)).toEqual([row.person]);
    // Joined to a clitic, the word is another word (والدين "and the parents").
    expect(people(`التقى ${row.person} و${row.closer}`, glossary)).toEqual([row.person]);
  });

  it.each(COMPOUND_NAMES)('leaves a person whose last word opens no compound before $closer', (row) => {
    // Verb, subject, object: the closer is the object, the person the subject.
    const glossary = [person('دونالد ترامب')];
    expect(people(`وشكر دونالد ترامب ${row.closer} على ما جرى`, glossary)).toEqual(['دونالد ترامب']);
  });

  it.each([
    ['وشكر محمد صلاح الله على الفوز', ['محمد صلاح']],
    ['ربط دونالد ترامب الإسلام بالإرهاب', ['دونالد ترامب']],
    ['وقال المهندس محمد صلاح الدين إن المشروع تأخر', []],
    ['وسجل محمد صلاح هدفين في المباراة', ['محمد صلاح']],
  ])("reads the bundled glossary's people in «%s» as %j", (sentence, expected) => {
    expect(people(sentence, entries, matcher)).toEqual(expected);
  });

  it.each([
    ['وحضر الشيخ مكتوم بن محمد بن راشد آل مكتوم الحفل', 'the son of Mohammed bin Rashid'],
    ['واستقبل الشيخ ذياب بن محمد بن زايد الوفد', 'the son of Mohamed bin Zayed'],
    ['وشاركت الأميرة سلمى بنت عبد الله الثاني في السباق', 'the daughter of Abdullah II'],
  ])("leaves out the father named in a child's chain: %s (%s)", (sentence) => {
    expect(people(sentence, entries, matcher)).toEqual([]);
  });
});

describe('a place of one name in two countries, read by the country the block names', () => {
  /** The readings of the shared name in a sentence, first the one shown. */
  const readingsOf = (sentence: string, name: string) =>
    matcher
      .match(sentence)
      .filter((match) => foldArabic(match.form) === foldArabic(name))
      .map((match) => [match.entry, ...match.alternatives].map((index) => entries[index]?.en));

  const rows = SHARED_PLACE_NAMES.flatMap((row) =>
    row.readings.map((reading) => ({ name: row.name, ...reading, others: row.readings.length - 1 })),
  );

  it.each(rows)('reads $name as $en first in «$example», the other reading kept', (row) => {
    const [readings] = readingsOf(row.example, row.name);
    expect(readings?.[0]).toBe(row.en);
    expect(readings).toHaveLength(row.others + 1);
  });

  it.each(SHARED_PLACE_NAMES)(
    'keeps the glossary order of $name where no country is named, or both are',
    (row) => {
      const plain = readingsOf(`وصل الوفد إلى ${row.name} أمس`, row.name)[0];
      expect(plain).toHaveLength(row.readings.length);
      const both = row.readings.map((reading) => reading.cues[0]).join(' و');
      expect(readingsOf(`وصل وفد ${both} إلى ${row.name} أمس`, row.name)[0]).toEqual(plain);
    },
  );

  it('reads a cue with a clitic on it, and no ordinary word as a cue', () => {
    expect(readingsOf('وصل الوزير إلى عمان في زيارة رسمية للأردن', 'عمان')[0]?.[0]).toBe('Amman');
    const obstacle =
      'استضافت عمان جولة جديدة من المحادثات، لكن العقبة الرئيسية ما زالت قائمة ورفعوا الراية الزرقاء';
    expect(readingsOf(obstacle, 'عمان')[0]).toEqual(readingsOf('وصل الوفد إلى عمان أمس', 'عمان')[0]);
  });

  it('lets the marks a writer put on عُمان win over the block naming Jordan', () => {
    expect(readingsOf('غادر الوفد الأردني إلى عُمان', 'عمان')).toEqual([['Oman']]);
    expect(readingsOf('غادر الوفد العماني إلى عمّان', 'عمان')).toEqual([['Amman']]);
  });
});
