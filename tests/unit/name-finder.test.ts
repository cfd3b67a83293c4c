/**
 * How the finder cuts and stretches the spans the tagger reads (lib/names/name-finder.ts): the tagger is
 * stood in for by one that reads a given span, so each rule is seen on its own.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '~/lib/arabic/tokenize';
import {
  createNameMemory,
  findNames,
  leadingForms,
  nameKey,
  shortForms,
  withoutClitics,
} from '~/lib/names/name-finder';
import type { TaggedSpan, Tagger } from '~/lib/names/tagger';
import type { NameLexicon } from '~/lib/names/tagger-features';
import { findWithSpans, type StandInOptions } from './stand-in-tagger';

/**
 * Name tokens as the real lists hold them: particles and titles among them (ام from أم كلثوم, الاميره
 * from الأميرة ديانا), which is why the finder cannot ask the lists whether a word may end a name.
 */
const LEARNT: ReadonlySet<string> = new Set(['مصير', 'تدريبات']);

const NAME_LISTS: NameLexicon = {
  person: new Map([
    ['ام', 2],
    ['الاميره', 2],
    ['الشيخ', 3],
    ['السيد', 1],
    ['محمد', 4],
    ['كلثوم', 2],
    ['الينا', 1],
    ['علي', 4],
    ['كينيدي', 2],
    ['بوصوفه', 1],
    ['البشير', 2],
  ]),
  // The words training met often enough to learn (a foreign name such as لاون's اون is none).
  frequent: (word) => LEARNT.has(word),
};

/** The finder's names when the tagger reads tokens [from, to) of the text as one name of a kind. */
function found(
  text: string,
  from: number,
  to: number,
  kind: string,
  taken: (i: number) => boolean = () => false,
) {
  return readSpans(text, [{ from, to, kind }], { taken }).map((name) => ({
    from: name.from,
    to: name.to,
    words: name.words,
  }));
}

/**
 * The finder's names when the tagger reads these spans of the text: several, where a rule joins or parts
 * them.
 */
function readSpans(text: string, spans: TaggedSpan[], options: StandInOptions = {}) {
  return findWithSpans(text, spans, { ...options, lexicon: options.lexicon ?? NAME_LISTS });
}

describe('a particle at the end of a name', () => {
  it('is left out: it leads the word after it, and there it is "or"', () => {
    expect(found('وهل يفوز العربي أم الأهلي في النهائي', 2, 4, 'ORG')).toEqual([
      { from: 2, to: 3, words: ['العربي'] },
    ]);
    expect(found('وقال البشير ام لا فلن يأتي', 1, 3, 'PERS')).toEqual([
      { from: 1, to: 2, words: ['البشير'] },
    ]);
  });

  it('stays inside a name, where a word follows it', () => {
    expect(found('وغنت أم كلثوم في القاهرة', 1, 3, 'PERS')).toEqual([
      { from: 1, to: 3, words: ['ام', 'كلثوم'] },
    ]);
  });
});

describe('a function word the name lists hold', () => {
  it('is no name with a pronoun written on it', () => {
    expect(found('وقال خالد ماسا الذي تحدث إلينا عن المشهد', 5, 6, 'PERS')).toEqual([]);
    expect(found('وتحدث خالد ماسا إلينا عن المشهد', 1, 4, 'PERS')).toEqual([
      { from: 1, to: 3, words: ['خالد', 'ماسا'] },
    ]);
  });

  it('is a name without one', () => {
    expect(found('وقال علي إن الاتفاق قريب', 1, 2, 'PERS')).toEqual([{ from: 1, to: 2, words: ['علي'] }]);
  });
});

describe('a title at either end of a person', () => {
  it('is left out, and a title alone is no name', () => {
    expect(found('وقال الأمير محمد بن سلمان إن', 1, 5, 'PERS')).toEqual([
      { from: 2, to: 5, words: ['محمد', 'بن', 'سلمان'] },
    ]);
    expect(found('وحضر الأمير الحفل في القصر', 1, 2, 'PERS')).toEqual([]);
    expect(found('وحضرت الملكة الحفل في القصر', 1, 2, 'PERS')).toEqual([]);
  });

  it('is left out with a clitic written on it', () => {
    expect(found('وقال والرئيس محمد إن الاتفاق', 1, 3, 'PERS')).toEqual([
      { from: 2, to: 3, words: ['محمد'] },
    ]);
    expect(found('ومرر الكرة للاعب محمد في المنطقة', 2, 4, 'PERS')).toEqual([
      { from: 3, to: 4, words: ['محمد'] },
    ]);
    expect(found('وتسلم الجائزة للرئيس محمد في القصر', 2, 4, 'PERS')).toEqual([
      { from: 3, to: 4, words: ['محمد'] },
    ]);
  });

  it('stays after a name where the name lists hold it: a surname', () => {
    expect(found('وقال أحمد السيد رئيس الجمعية إن', 1, 3, 'PERS')).toEqual([
      { from: 1, to: 3, words: ['احمد', 'السيد'] },
    ]);
    expect(found('وقال محمد الأمير إن الاتفاق', 1, 3, 'PERS')).toEqual([{ from: 1, to: 2, words: ['محمد'] }]);
  });

  it('stays after a particle, where it is a surname', () => {
    expect(found('وقال محمد آل الشيخ إن', 1, 4, 'PERS')).toEqual([
      { from: 1, to: 4, words: ['محمد', 'ال', 'الشيخ'] },
    ]);
  });

  it('stays in an organisation, where a title word is part of the name', () => {
    expect(found('وقال الاتحاد العام للشغل إن', 1, 3, 'ORG')).toEqual([
      { from: 1, to: 3, words: ['الاتحاد', 'العام'] },
    ]);
  });
});

describe('a word news writes beside a person (beside-names.ts)', () => {
  it('is left out before the name, with a clitic written on it too', () => {
    expect(found('سدد الكرة في الزاوية البعيدة للحارس هيلتون في الدقيقة', 5, 7, 'PERS')).toEqual([
      { from: 6, to: 7, words: ['هيلتون'] },
    ]);
    expect(found('وحضر الوزير الأول ومعالي محمد بن عيسى وزير الخارجية', 3, 7, 'PERS')).toEqual([
      { from: 4, to: 7, words: ['محمد', 'بن', 'عيسي'] },
    ]);
    expect(found('وأضاف الصحابي الجليل سعد بن أبي وقاص الذي', 2, 7, 'PERS')).toEqual([
      { from: 3, to: 7, words: ['سعد', 'بن', 'ابي', 'وقاص'] },
    ]);
  });

  it('is left out after the name, unless the name lists hold it', () => {
    expect(found('وحضر عثمان محمد عثمان السكرتير العام للاتحاد', 1, 6, 'PERS')).toEqual([
      { from: 1, to: 4, words: ['عثمان', 'محمد', 'عثمان'] },
    ]);
    expect(found('وقال علي جمعة مفتي الديار المصرية إن', 1, 4, 'PERS')).toEqual([
      { from: 1, to: 3, words: ['علي', 'جمعه'] },
    ]);
  });
});

describe('a word after the first of a person name', () => {
  it('ends the name where it is a preposition written on a word, not a name', () => {
    expect(found('وعاد عماد ناصر لتدريبات الفريق أمس', 1, 4, 'PERS')).toEqual([
      { from: 1, to: 3, words: ['عماد', 'ناصر'] },
    ]);
  });

  it('is no first word of a name either', () => {
    expect(found('وقال إن الحكومة تهتم بمصير البشير بعد الحكم', 4, 6, 'PERS')).toEqual([
      { from: 5, to: 6, words: ['البشير'] },
    ]);
    expect(found('ضم الفريق بوصوفة إلى صفوفه', 2, 3, 'PERS')).toEqual([
      { from: 2, to: 3, words: ['بوصوفه'] },
    ]);
  });

  it('is no first word of a name where it is a verb of the future after و or ف', () => {
    expect(found('وسيغيب إيتو عن المباراة', 0, 2, 'PERS')).toEqual([{ from: 1, to: 2, words: ['ايتو'] }]);
    expect(found('فستبقى ميناوي في منصبها', 0, 2, 'PERS')).toEqual([{ from: 1, to: 2, words: ['ميناوي'] }]);
    // A listed name after و stays (وسيف الإسلام); the verb alone is no name.
    const withSaif = { person: new Map([...NAME_LISTS.person, ['سيف', 3]]), frequent: NAME_LISTS.frequent };
    const saif = readSpans('وسيف الإسلام القذافي', [{ from: 0, to: 3, kind: 'PERS' }], { lexicon: withSaif });
    expect(saif.map(({ from, to, words }) => ({ from, to, words }))).toEqual([
      { from: 0, to: 3, words: ['سيف', 'الاسلام', 'القذافي'] },
    ]);
    expect(found('وسيغيب عن المباراة', 0, 1, 'PERS')).toEqual([]);
  });

  it('stays where the name lists hold it as written (بوصوفة: its ب is its own)', () => {
    expect(found('ضم النجم المغربي مبارك بوصوفة إلى الفريق', 3, 5, 'PERS')).toEqual([
      { from: 3, to: 5, words: ['مبارك', 'بوصوفه'] },
    ]);
  });

  it('ends the name where it is written with و and is no listed name, with its و or without', () => {
    expect(found('وسدد المدافع أندرسون وسكنت الكرة الشباك', 2, 4, 'PERS')).toEqual([
      { from: 2, to: 3, words: ['اندرسون'] },
    ]);
    // A listed name after و is the next person (its own rule), and a listed word with و stays: ولي.
    const withWali = { person: new Map([...NAME_LISTS.person, ['ولي', 2]]), frequent: NAME_LISTS.frequent };
    const wali = readSpans('قال محمد ولي الدين إن', [{ from: 1, to: 4, kind: 'PERS' }], {
      lexicon: withWali,
    });
    expect(wali.map(({ from, to, words }) => ({ from, to, words }))).toEqual([
      { from: 1, to: 4, words: ['محمد', 'ولي', 'الدين'] },
    ]);
  });

  it('parts two names where it is a function word inside', () => {
    expect(found('جاء به وقال إبراهيم ليت إسماعيل يعيش', 3, 6, 'PERS')).toEqual([
      { from: 3, to: 4, words: ['ابراهيم'] },
      { from: 5, to: 6, words: ['اسماعيل'] },
    ]);
  });

  it('stays inside where it is the لا of a foreign name', () => {
    expect(found('وقال سفير فرنسا جان مارك دو لا سابليير إن', 3, 8, 'PERS')).toEqual([
      { from: 3, to: 8, words: ['جان', 'مارك', 'دو', 'لا', 'سابليير'] },
    ]);
  });
});

describe('a Persian ending written apart', () => {
  it('joins the person the tagger read before it', () => {
    expect(found('اغتيل العالم محسن فخري زاده في هجوم', 2, 4, 'PERS')).toEqual([
      { from: 2, to: 5, words: ['محسن', 'فخري', 'زاده'] },
    ]);
    expect(found('وقال محمود أحمدي نجاد إن', 1, 3, 'PERS')).toEqual([
      { from: 1, to: 4, words: ['محمود', 'احمدي', 'نجاد'] },
    ]);
  });

  it('is not taken from a name the tagger read after it: no word is in two names', () => {
    const text = 'اغتيل العالم محسن فخري زاده نجل الوزير أمس';
    const reading: Tagger = {
      lexicon: NAME_LISTS,
      tag: () => [],
      spans: () => [
        { from: 2, to: 4, kind: 'PERS' },
        { from: 4, to: 6, kind: 'ORG' },
      ],
    };
    const names = findNames({
      text,
      tokens: tokenize(text),
      tagger: reading,
      taken: () => false,
      yields: () => false,
      memory: createNameMemory(),
    });
    expect(names.map(({ from, to }) => [from, to])).toEqual([
      [2, 4],
      [4, 6],
    ]);
  });

  it('stays apart after punctuation, after an organisation, and where the glossary took it', () => {
    expect(found('اغتيل محسن فخري، زاده في هجوم', 1, 3, 'PERS')).toEqual([
      { from: 1, to: 3, words: ['محسن', 'فخري'] },
    ]);
    expect(found('وقالت شركة فخري زاده إن', 1, 3, 'ORG')).toEqual([
      { from: 1, to: 3, words: ['شركه', 'فخري'] },
    ]);
    expect(found('اغتيل العالم محسن فخري زاده في هجوم', 2, 4, 'PERS', (i) => i === 4)).toEqual([
      { from: 2, to: 4, words: ['محسن', 'فخري'] },
    ]);
  });
});

describe('where a person name ends', () => {
  it('before a word that opens with لل, "for the"', () => {
    expect(found('في مركز كينيدي للفنون المسرحية أمس', 2, 5, 'PERS')).toEqual([
      { from: 2, to: 3, words: ['كينيدي'] },
    ]);
    expect(found('وقال محمد للصحفيين إن', 1, 3, 'PERS')).toEqual([{ from: 1, to: 2, words: ['محمد'] }]);
  });

  it('not before a word with لل inside it, nor in an organisation', () => {
    expect(found('وقالت شركة الخليج للتأمين إن', 1, 4, 'ORG')).toEqual([
      { from: 1, to: 4, words: ['شركه', 'الخليج', 'للتامين'] },
    ]);
  });

  it("not at an initial's full stop, read as one name or as two", () => {
    const kennedy = { from: 2, to: 5, words: ['جون', 'اف', 'كينيدي'] };
    expect(found('في مركز جون إف. كينيدي أمس', 2, 5, 'PERS')).toEqual([kennedy]);
    const names = readSpans('في مركز جون إف. كينيدي أمس', [
      { from: 2, to: 4, kind: 'PERS' },
      { from: 4, to: 5, kind: 'PERS' },
    ]);
    expect(names.map(({ from, to, words }) => ({ from, to, words }))).toEqual([kennedy]);
  });

  it('at a comma or a colon after an initial', () => {
    const two = [
      [2, 4],
      [4, 6],
    ];
    expect(
      found('وقال النواب نادين بي، سامر خليل إن', 2, 6, 'PERS').map(({ from, to }) => [from, to]),
    ).toEqual(two);
    expect(
      found('وقال النواب نادين بي: سامر خليل إن', 2, 6, 'PERS').map(({ from, to }) => [from, to]),
    ).toEqual(two);
  });

  it('at any other full stop, after an initial first in the name, and in an organisation', () => {
    expect(found('وقال جون. كينيدي إن', 1, 3, 'PERS')).toEqual([
      { from: 1, to: 2, words: ['جون'] },
      { from: 2, to: 3, words: ['كينيدي'] },
    ]);
    expect(found('وقال إف. كينيدي إن', 1, 3, 'PERS').map(({ from, to }) => [from, to])).toEqual([[2, 3]]);
    expect(found('وقال بنك سي. الخليج إن', 1, 4, 'ORG').map(({ from, to }) => [from, to])).toEqual([
      [1, 3],
      [3, 4],
    ]);
  });
});

describe('a person the tagger reads as one word', () => {
  // المسلمون and محمد are words training learnt; محمد and نابليون are in the name lists.
  const lexicon: NameLexicon = {
    person: new Map([...NAME_LISTS.person, ['نابليون', 2]]),
    frequent: (word) => word === 'المسلمون' || word === 'محمد',
  };
  const read = (text: string, from: number, to: number): string[] =>
    readSpans(text, [{ from, to, kind: 'PERS' }], { lexicon }).map((name) => name.words.join(' '));

  it('is none where training learnt the word and no name list holds it: a group, a common word', () => {
    expect(read('وقال المسلمون إن الصيام فرض', 1, 2)).toEqual([]);
  });

  it('is kept where it is a compound written as one word whose halves the lists hold', () => {
    const joined: NameLexicon = {
      person: new Map([
        ['عبد', 4],
        ['الله', 2],
      ]),
      frequent: (word) => word === 'عبدالله' || word === 'عبدالحق',
    };
    const readJoined = (text: string, from: number) =>
      readSpans(text, [{ from, to: from + 1, kind: 'PERS' }], { lexicon: joined }).map((name) =>
        name.words.join(' '),
      );
    expect(readJoined('من الملك عبدالله والرئيس بشار', 2)).toEqual(['عبدالله']);
    // The lists hold no حق: a learnt word, no name.
    expect(readJoined('من الملك عبدالحق والرئيس بشار', 2)).toEqual([]);
  });

  it('is none where it is a word with the article that is no nisba and that no list holds: a noun', () => {
    expect(read('وقال الأطباء إن الأمعاء سليمة', 3, 4)).toEqual([]);
    expect(read('وقال الحريري إن الاتفاق هش', 1, 2)).toEqual(['الحريري']);
    expect(read('وقال البشير إن الاتفاق هش', 1, 2)).toEqual(['البشير']);
    // Listed in the lists' rarest class only (fewer than five times a name), the shape still wins.
    const rarelyListed: NameLexicon = { ...lexicon, person: new Map([['الامعاء', 1]]) };
    expect(
      readSpans('وقال الأطباء إن الأمعاء سليمة', [{ from: 3, to: 4, kind: 'PERS' }], {
        lexicon: rarelyListed,
      }),
    ).toEqual([]);
    expect(read('وقال أحمد الطيب إن الاتفاق هش', 1, 3)).toEqual(['احمد الطيب']);
    // A verbal noun (تفعيل) opening what the tagger read: "taming a generation".
    expect(read('لم يستطع تدجين جيل الشباب', 2, 4)).toEqual([]);
    expect(read('وقال تامر حسني إن الحفل', 1, 3)).toEqual(['تامر حسني']);
    // A verb in the plural anywhere in what the tagger read: "diplomats said".
    expect(read('لكن دبلوماسيين قالوا إنها لم تصل', 1, 3)).toEqual([]);
  });

  it('is none where it is one word twice that no list holds: an adjective repeated', () => {
    expect(read('دخل الجنوب في صراع جنوبي جنوبي مع المعارضة', 4, 6)).toEqual([]);
    expect(read('وقال محمد محمد إن الاتفاق هش', 1, 3)).toEqual(['محمد محمد']);
  });

  it("is none where it is a nisba's plural, a group, unless the lists hold it", () => {
    expect(read('وقال دبلوماسيون إن الاتفاق هش', 1, 2)).toEqual([]);
    expect(read('وطالب البرلمانيون بالتحقيق في الصفقة', 1, 2)).toEqual([]);
    expect(read('ودعا الاسكتلنديين إلى التصويت في الاستفتاء', 1, 2)).toEqual([]);
    expect(read('وقال كلينتون إن الاتفاق هش', 1, 2)).toEqual(['كلينتون']);
    expect(read('وقال نابليون إن الاتفاق هش', 1, 2)).toEqual(['نابليون']);
  });

  it('is none where it is an ordinal, "the first", listed or not; a king\'s number stays in his name', () => {
    expect(read('وقال الوزير الأول إن الاتفاق هش', 2, 3)).toEqual([]);
    expect(read('وبسبب انتهاء عقد الأول وانتقاله', 3, 4)).toEqual([]);
    expect(read('وحكم فيصل الأول العراق', 1, 3)).toEqual(['فيصل الاول']);
  });

  it('is none where it is a nisba after a noun with the article: an adjective', () => {
    expect(read('وندد بالكيان الصهيوني القائم', 2, 3)).toEqual([]);
    expect(read('وعقدت في الديوان الأميري مباحثات', 3, 4)).toEqual([]);
  });

  it('is one where the nisba follows a title, another nisba, a comma or a verb', () => {
    expect(read('وقال الرئيس الحريري إن الاتفاق هش', 2, 3)).toEqual(['الحريري']);
    expect(read('وقال المرجع الشيعي السيستاني إن الاتفاق هش', 3, 4)).toEqual(['السيستاني']);
    expect(read('وفي الديوان، الأميري يتحدث', 2, 3)).toEqual(['الاميري']);
    expect(read('وقال الحريري إن الاتفاق هش', 1, 2)).toEqual(['الحريري']);
  });

  it('is one where the lists hold it, where training never met it, or in a longer name', () => {
    expect(read('وقال محمد إن الصيام فرض', 1, 2)).toEqual(['محمد']);
    expect(read('وقال كوناري إن الصيام فرض', 1, 2)).toEqual(['كوناري']);
    expect(read('وقال أحمد المسلمون إن الصيام فرض', 1, 3)).toEqual(['احمد المسلمون']);
  });
});

describe('a hyphen inside a name', () => {
  it("joins the parts of a person's name the tagger read across it, with spaces or without", () => {
    expect(found('وكان كيم جونغ - ايل قد زار الصين', 1, 4, 'PERS')).toEqual([
      { from: 1, to: 4, words: ['كيم', 'جونغ', 'ايل'] },
    ]);
    expect(found('والتقى جان-إيف لودريان نظيره', 1, 4, 'PERS')).toEqual([
      { from: 1, to: 4, words: ['جان', 'ايف', 'لودريان'] },
    ]);
  });

  it('is a cut in an organisation, and does not join two names read apart', () => {
    expect(found('وقالت حركة فتح - المجلس الثوري إن', 1, 5, 'ORG').map(({ from, to }) => [from, to])).toEqual(
      [
        [1, 3],
        [3, 5],
      ],
    );
    const names = readSpans('وعن المناظرة بايدن - ترامب قال', [
      { from: 2, to: 3, kind: 'PERS' },
      { from: 3, to: 4, kind: 'PERS' },
    ]);
    expect(names.map(({ from, to }) => [from, to])).toEqual([
      [2, 3],
      [3, 4],
    ]);
  });
});

describe('a regnal number', () => {
  it('ends a person name', () => {
    expect(found('في شارع جورج الخامس المرموق في باريس', 2, 5, 'PERS')).toEqual([
      { from: 2, to: 4, words: ['جورج', 'الخامس'] },
    ]);
    expect(found('وحضرت الملكة إليزابيث الثانية الراحلة الحفل', 2, 5, 'PERS')).toEqual([
      { from: 2, to: 4, words: ['اليزابيث', 'الثانيه'] },
    ]);
    expect(found('وزار البابا لاون الرابع عشر الجديد لبنان', 2, 6, 'PERS')).toEqual([
      { from: 2, to: 5, words: ['لاون', 'الرابع', 'عشر'] },
    ]);
  });

  it('goes on with a "son of" chain, and is a word like any other in an organisation', () => {
    expect(found('واستقبل عبد الله الثاني بن الحسين الوفد', 1, 6, 'PERS')).toEqual([
      { from: 1, to: 6, words: ['عبد', 'الله', 'الثاني', 'بن', 'الحسين'] },
    ]);
    expect(found('وقال المؤتمر الثاني للحزب إن', 1, 4, 'ORG')).toEqual([
      { from: 1, to: 4, words: ['المؤتمر', 'الثاني', 'للحزب'] },
    ]);
  });
});

describe('a name written with عبد joined or apart', () => {
  it.each([
    [['عبد', 'العاطي'], 'عبد العاطي'],
    [['عبدالعاطي'], 'عبد العاطي'],
    [['محمد', 'عبدالله'], 'محمد عبد الله'],
    [['عبد'], 'عبد'],
    [['عبده'], 'عبده'],
    [['محمد', 'العبدالي'], 'محمد العبدالي'],
  ])('%j has the key %s', (words, key) => {
    expect(nameKey(words)).toBe(key);
  });

  it('is the same name later on the page, whichever way the tagger or the memory reads it', () => {
    const memory = createNameMemory();
    const full: Tagger = {
      lexicon: NAME_LISTS,
      tag: () => [],
      spans: () => [{ from: 2, to: 5, kind: 'PERS' }],
    };
    const none = () => false;
    const read = (text: string, tagger: Tagger) =>
      findNames({ text, tokens: tokenize(text), tagger, taken: none, yields: none, memory });
    read('وقال الدكتور محمد عبد العاطي إن مصر ترحب', full);
    // The tagger reads the joined surname as a name of its own, or leaves it to the memory.
    const alone: Tagger = {
      lexicon: NAME_LISTS,
      tag: () => [],
      spans: () => [{ from: 1, to: 2, kind: 'PERS' }],
    };
    const silent: Tagger = { lexicon: NAME_LISTS, tag: () => [], spans: () => [] };
    for (const tagger of [alone, silent]) {
      expect(read('وأضاف عبدالعاطي أن القاهرة مستعدة', tagger)).toEqual([
        expect.objectContaining({ from: 1, to: 2, fullName: ['محمد', 'عبد', 'العاطي'] }),
      ]);
    }
  });
});

describe('a given name the tagger reads alone', () => {
  const none = () => false;
  const reader = () => {
    const memory = createNameMemory();
    return (text: string, from: number, to: number) =>
      findNames({
        text,
        tokens: tokenize(text),
        tagger: { lexicon: NAME_LISTS, tag: () => [], spans: () => [{ from, to, kind: 'PERS' }] },
        taken: none,
        yields: none,
        memory,
      });
  };

  it('is the one person of the page with that given name', () => {
    const read = reader();
    read('وقال الباحث فراس إلياس إن الاتفاق', 2, 4);
    expect(read('وأضاف فراس أن الاتفاق هش', 1, 2)).toEqual([
      expect.objectContaining({ words: ['فراس'], fullName: ['فراس', 'الياس'] }),
    ]);
  });

  it("is the page's one person whose name begins with those words, the given name or more", () => {
    const read = reader();
    read('وقال الناشط خالد عبد الكريم ماسا إن الشروط متوفرة', 2, 6);
    expect(read('مع الناشط خالد عبد الكريم على هامش الندوة', 2, 5)).toEqual([
      expect.objectContaining({
        words: ['خالد', 'عبد', 'الكريم'],
        fullName: ['خالد', 'عبد', 'الكريم', 'ماسا'],
      }),
    ]);
  });

  it('is a name of its own where two people of the page share it, and the memory never reads it untagged', () => {
    const read = reader();
    read('وقال الباحث فراس إلياس إن الاتفاق', 2, 4);
    read('ورد النائب فراس الجبوري على الاتفاق', 2, 4);
    expect(read('وأضاف فراس أن الاتفاق هش', 1, 2)).toEqual([
      expect.not.objectContaining({ fullName: expect.anything() }),
    ]);
    const untagged = reader();
    untagged('وقال الباحث فراس إلياس إن الاتفاق', 2, 4);
    expect(untagged('وأضاف فراس أن الاتفاق هش', 0, 0)).toEqual([]);
  });
});

describe('a place suggested after a noun that introduces its name (place-cues.ts)', () => {
  // الشعب "the people" is a word training learnt; طلوزة no word it met.
  const lexicon: NameLexicon = { person: new Map(), frequent: (word) => word === 'الشعب' };
  const reader = () => {
    const memory = createNameMemory();
    return (text: string, from: number, to: number) =>
      readSpans(text, [{ from, to, kind: 'LOC' }], { lexicon, memory }).map((name) => ({
        type: name.type,
        words: name.words,
      }));
  };

  it('is a place, and a place the tagger reads elsewhere is none', () => {
    const read = reader();
    expect(read('وقعت مواجهات في بلدة طلوزة جنوب نابلس', 4, 5)).toEqual([
      { type: 'place', words: ['طلوزه'] },
    ]);
    expect(read('وقعت مواجهات في نابلس أمس', 3, 4)).toEqual([]);
  });

  it('is a place where the tagger reads a person after the noun, save after a term of office', () => {
    const read = (text: string, from: number, to: number) =>
      readSpans(text, [{ from, to, kind: 'PERS' }], { lexicon }).map((name) => ({
        type: name.type,
        words: name.words,
      }));
    expect(read('وسقطت قذيفة على حي المعتصم بسامراء', 4, 5)).toEqual([{ type: 'place', words: ['المعتصم'] }]);
    expect(read('واستقروا في منطقة تشن داي جنوبا', 3, 5)).toEqual([{ type: 'place', words: ['تشن', 'داي'] }]);
    expect(read('وفي ولاية أوباما الثانية', 2, 3)).toEqual([{ type: 'person', words: ['اوباما'] }]);
    expect(read('وقال حي أوباما إن', 2, 3)).toEqual([{ type: 'place', words: ['اوباما'] }]);
  });

  it('is followed by the next place of a list, joined by و, and not by one after a comma', () => {
    const spans = [
      { from: 4, to: 5, kind: 'LOC' },
      { from: 5, to: 6, kind: 'LOC' },
    ];
    const read = (text: string) => readSpans(text, spans, { lexicon }).map((name) => name.words.join(' '));
    expect(read('وقعت مواجهات في بلدتي الفارعة وطلوزة جنوب نابلس')).toEqual(['الفارعه', 'طلوزه']);
    expect(read('وقعت مواجهات في بلدة الفارعة، وطلوزة جنوب نابلس')).toEqual(['الفارعه']);
  });

  it('is read again later on the page alone, where training learnt none of its words', () => {
    const read = reader();
    read('وقعت مواجهات في بلدة طلوزة جنوب نابلس', 4, 5);
    expect(read('وعاد الهدوء إلى طلوزة صباح أمس', 0, 0)).toEqual([{ type: 'place', words: ['طلوزه'] }]);
    read('وانفجرت عبوة في منطقة الشعب شمال بغداد', 4, 5);
    expect(read('وطالب الشعب بالإصلاح في البلاد', 0, 0)).toEqual([]);
  });
});

describe("the beginnings of a person's name", () => {
  it.each([
    [['فراس', 'الياس'], [['فراس']]],
    [
      ['خالد', 'عبد', 'الكريم', 'ماسا'],
      [['خالد'], ['خالد', 'عبد', 'الكريم']],
    ],
    [['محمد', 'بن', 'سلمان'], [['محمد']]],
    [['عبد', 'العاطي'], []],
  ])('%j: %j, none ending on a word that needs the next', (words, forms) => {
    expect(leadingForms(words)).toEqual(forms);
  });
});

describe("a person's short forms", () => {
  it.each([
    [['دونالد', 'ترامب'], [['ترامب']]],
    [['محمد', 'عبد', 'العاطي'], [['عبد', 'العاطي']]],
    [['محمد', 'بن', 'سلمان'], [['بن', 'سلمان']]],
    [['تميم', 'بن', 'حمد', 'ال', 'ثاني'], [['بن', 'حمد', 'ال', 'ثاني']]],
    [['حسن', 'نصر', 'الله'], [['نصر', 'الله']]],
    [['محمود', 'ابو', 'مازن'], [['ابو', 'مازن']]],
    [
      ['علي', 'عبد', 'الله', 'صالح'],
      [['عبد', 'الله', 'صالح'], ['صالح']],
    ],
  ])('%j: %j, none from after "son of", none the second half of a compound', (words, forms) => {
    expect(shortForms(words)).toEqual(forms);
  });
});

describe('the names a page remembers', () => {
  it('are not read as people after a noun that introduces an institution’s name', () => {
    const memory = createNameMemory();
    const read = (text: string, spans: TaggedSpan[]) =>
      readSpans(text, spans, { memory }).map((name) => name.words.join(' '));
    expect(read('وقال جون كينيدي إن الاتفاق قريب', [{ from: 1, to: 3, kind: 'PERS' }])).toEqual([
      'جون كينيدي',
    ]);
    expect(read('وأغلق مطار جون كينيدي أمس', [])).toEqual([]);
    expect(read('وأضاف جون كينيدي أن الاتفاق', [])).toEqual(['جون كينيدي']);
  });

  it('are not read through a clitic on a word training learnt as it stands', () => {
    // لصالح "in favour of" is a word training learnt; لصالح is no ل + Saleh, though وصالح is و + Saleh.
    const lexicon: NameLexicon = { person: new Map([['صالح', 3]]), frequent: (word) => word === 'لصالح' };
    const memory = createNameMemory();
    const read = (text: string, spans: TaggedSpan[]) =>
      readSpans(text, spans, { memory, lexicon }).map((name) => name.words.join(' '));
    expect(read('وقال صالح إن الاتفاق قريب', [{ from: 1, to: 2, kind: 'PERS' }])).toEqual(['صالح']);
    expect(read('وصوت المجلس لصالح القرار أمس', [])).toEqual([]);
    expect(read('والتقى الوفد وصالح في صنعاء', [])).toEqual(['صالح']);
  });

  it('are the names as joined, not the parts the tagger read apart', () => {
    const memory = createNameMemory();
    const none = () => false;
    const read = (text: string, spans: Array<{ from: number; to: number; kind: string }>) =>
      findNames({
        text,
        tokens: tokenize(text),
        tagger: { lexicon: NAME_LISTS, tag: () => [], spans: () => spans },
        taken: none,
        yields: none,
        memory,
      });
    const whole = read('وقال عبد الرحيم محمد حسين إن الاتفاق', [
      { from: 1, to: 3, kind: 'PERS' },
      { from: 3, to: 5, kind: 'PERS' },
    ]);
    expect(whole.map(({ from, to }) => [from, to])).toEqual([[1, 5]]);
    expect(read('وأضاف حسين أن الاتفاق قريب', [])).toEqual([
      expect.objectContaining({
        from: 1,
        to: 2,
        words: ['حسين'],
        fullName: ['عبد', 'الرحيم', 'محمد', 'حسين'],
      }),
    ]);
  });
});

describe("the clitics on a name's first word", () => {
  const known = (word: string) => word === 'ترامب';
  it.each([
    ['وترامب', 'ترامب', 'و', 'a known name after و'],
    ['وسليم', 'سليم', 'و', 'an unknown name after و: the conjunction'],
    ['وزارة', 'وزارة', '', 'a cue word that opens an organisation (وزارة الأمن, not و + زارة)'],
    ['وكالة', 'وكالة', '', 'another: وكالة الأنباء'],
    ['الحريري', 'الحريري', '', 'the article stays'],
  ])('%s → %s (%s)', (word, stem, clitics, _why) => {
    const read = withoutClitics(tokenize(word)[0]?.norm ?? '', known);
    expect(read.stem).toBe(tokenize(stem)[0]?.norm);
    expect(read.clitics.map((clitic) => clitic.ar).join('+')).toBe(clitics);
  });
});

describe("a list's next person, written with و after a person the tagger read", () => {
  const lists: NameLexicon = {
    person: new Map([...NAME_LISTS.person, ['صبري', 2], ['هاني', 2], ['العجيزي', 2], ['متعب', 1]]),
    frequent: NAME_LISTS.frequent,
  };
  const names = (text: string, from: number, to: number) =>
    readSpans(text, [{ from, to, kind: 'PERS' }], { lexicon: lists }).map(({ from, to, words }) => ({
      from,
      to,
      words,
    }));

  it('is a person where the name lists know the word well, with the next word where they know it too', () => {
    expect(names('ووصف عنان وصبري المحادثات بأنها جيدة', 1, 2)).toEqual([
      { from: 1, to: 2, words: ['عنان'] },
      { from: 2, to: 3, words: ['صبري'] },
    ]);
    expect(names('وشارك علي وهاني العجيزي في التدريب أمس', 1, 2)).toEqual([
      { from: 1, to: 2, words: ['علي'] },
      { from: 2, to: 4, words: ['هاني', 'العجيزي'] },
    ]);
  });

  it('is none where the lists hold the word rarely or not at all, or the word is not written with و', () => {
    expect(names('بين عنان ومتعب في المباراة أمس', 1, 2)).toEqual([{ from: 1, to: 2, words: ['عنان'] }]);
    expect(names('ووصف عنان والمحادثات بأنها جيدة جدا', 1, 2)).toEqual([{ from: 1, to: 2, words: ['عنان'] }]);
    expect(names('ووصف عنان صبري المحادثات بأنها جيدة', 1, 2)).toEqual([{ from: 1, to: 2, words: ['عنان'] }]);
  });
});
