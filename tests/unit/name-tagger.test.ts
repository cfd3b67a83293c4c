import { describe, expect, it } from 'vitest';
import { foldArabic } from '~/lib/arabic/normalize';
import { tokenize } from '~/lib/arabic/tokenize';
import { CUE_KINDS, CUES_BY_WORD, NAME_CUES } from '~/lib/names/name-cues';
import { createNameMemory, findNames } from '~/lib/names/name-finder';
import {
  allowedAfter,
  createTagger,
  mayEnd,
  NAME_ENDING,
  type Stretch,
  spansOf,
  stretchedPeople,
  surnameAfterLoneName,
  type Tagger,
  verbBeforeName,
  viterbi,
} from '~/lib/names/tagger';
import { sentenceFeatures } from '~/lib/names/tagger-features';
import { bilouOf, TAGS, trainTagger } from '~/scripts/lib/train-tagger';
import { lexicon, model, TRAINING, tagger } from './name-fixture';

describe('viterbi and spans', () => {
  const at = (tag: string) => TAGS.indexOf(tag);

  it('never starts or continues a name with I- or L- after O, nor leaves one open (BILOU)', () => {
    expect(allowedAfter(TAGS, -1, at('I-PERS'))).toBe(false);
    expect(allowedAfter(TAGS, -1, at('L-PERS'))).toBe(false);
    expect(allowedAfter(TAGS, at('O'), at('I-PERS'))).toBe(false);
    expect(allowedAfter(TAGS, at('B-ORG'), at('L-PERS'))).toBe(false);
    expect(allowedAfter(TAGS, at('B-PERS'), at('I-PERS'))).toBe(true);
    expect(allowedAfter(TAGS, at('I-PERS'), at('L-PERS'))).toBe(true);
    // A name begun must be ended by L-: not left for O, a new name or the end of the sentence.
    expect(allowedAfter(TAGS, at('B-PERS'), at('O'))).toBe(false);
    expect(allowedAfter(TAGS, at('I-PERS'), at('U-LOC'))).toBe(false);
    expect(allowedAfter(TAGS, at('L-PERS'), at('B-PERS'))).toBe(true);
    expect(allowedAfter(TAGS, at('U-PERS'), at('U-PERS'))).toBe(true);
    expect(mayEnd(TAGS, at('B-PERS'))).toBe(false);
    expect(mayEnd(TAGS, at('L-PERS'))).toBe(true);
    // Under BIO (no L- tags) a name may end anywhere.
    const bio = ['O', 'B-PERS', 'I-PERS'];
    expect(allowedAfter(bio, 1, 0)).toBe(true);
    expect(mayEnd(bio, 1)).toBe(true);
  });

  it('takes the best path that BILOU allows, even where a lone token prefers a forbidden tag', () => {
    const n = TAGS.length;
    const scores = new Float64Array(2 * n);
    // Token 0 prefers L-PERS (forbidden at the start), then B-PERS; token 1 prefers I-PERS, which would
    // leave the name open at the end of the sentence, then L-PERS.
    scores[at('L-PERS')] = 5;
    scores[at('B-PERS')] = 2;
    scores[n + at('I-PERS')] = 3;
    scores[n + at('L-PERS')] = 1;
    const path = viterbi({ tags: TAGS, scores, transitions: new Float64Array((n + 1) * n), length: 2 });
    expect(path.map((t) => TAGS[t])).toEqual(['B-PERS', 'L-PERS']);
  });

  it("stretches a person's name over a word beside it that the stretch allows, within its slack", () => {
    const n = TAGS.length;
    const transitions = new Float64Array((n + 1) * n);
    // Four words: the best path reads only word 2 as a name (U-PERS); word 1 as B-PERS with word 2 as L-PERS
    // scores 3 lower, word 3 as its L-PERS 8 lower.
    const scores = new Float64Array(4 * n);
    scores[n + at('O')] = 3;
    scores[2 * n + at('U-PERS')] = 4;
    scores[2 * n + at('L-PERS')] = 4;
    scores[2 * n + at('B-PERS')] = 4;
    scores[2 * n + at('I-PERS')] = 4;
    scores[3 * n + at('O')] = 8;
    const best = viterbi({ tags: TAGS, scores, transitions, length: 4 });
    const read = (path: number[]) => spansOf(path.map((t) => TAGS[t] as string));
    expect(read(best)).toEqual([{ from: 2, to: 3, kind: 'PERS' }]);
    const all: Stretch = { mayTake: () => true, slack: 5 };
    const none: Stretch = { mayTake: () => false, slack: 100 };
    const stretched = (before: Stretch, after: Stretch) =>
      read(stretchedPeople({ tags: TAGS, scores, transitions, path: best, before, after }));
    expect(stretched(all, all)).toEqual([{ from: 1, to: 3, kind: 'PERS' }]);
    expect(stretched(all, { mayTake: () => true, slack: 10 })).toEqual([{ from: 1, to: 4, kind: 'PERS' }]);
    expect(stretched({ mayTake: () => true, slack: 2 }, none)).toEqual([{ from: 2, to: 3, kind: 'PERS' }]);
    expect(stretched({ mayTake: (i) => i !== 1, slack: 5 }, none)).toEqual([
      { from: 2, to: 3, kind: 'PERS' },
    ]);
    expect(stretched(none, { mayTake: () => true, slack: 10 })).toEqual([{ from: 2, to: 4, kind: 'PERS' }]);
  });

  it("reads a name's ending in a nisba or a word in ي, not in a verb of the imperfect", () => {
    for (const word of ['الجنيبي', 'الرمحي', 'داودزي', 'انطوني', 'اماناتي'])
      expect(NAME_ENDING.test(word)).toBe(true);
    for (const word of ['يغني', 'تمشي', 'نرمي', 'الكبير', 'بوين', 'لي'])
      expect(NAME_ENDING.test(word)).toBe(false);
  });

  describe('surnameAfterLoneName', () => {
    const lexicon = {
      person: new Map([
        ['غوستاف', 3],
        ['خالد', 4],
        ['نادر', 1],
      ]),
      frequent: (word: string) => ['قال', 'قناه'].includes(word),
    };
    // Each sentence: a name of its first word (of its first two where it says so), then the word after it.
    it.each([
      ['a rare word after a listed given name', 'غوستاف فوشيه', 1, true],
      ['after a name of two words', 'خالد غوستاف فوشيه', 2, false],
      ['after a name the lists hold as rare', 'نادر فوشيه', 1, false],
      ['a word training learnt', 'غوستاف قال', 1, false],
      ['a clitic on a word training learnt', 'غوستاف لقناة', 1, false],
      ['a verb of the imperfect', 'غوستاف يتهكم', 1, false],
      ['a word past a comma', 'غوستاف، فوشيه', 1, false],
      ['a Latin word', 'غوستاف Fouchet', 1, false],
    ])('%s: %s → %s', (_label, sentence, to, expected) => {
      const tokens = tokenize(sentence);
      expect(surnameAfterLoneName({ tokens, lexicon, i: to, from: 0, to })).toBe(expected);
    });
  });

  it('stretches only people, and never over a word of another name', () => {
    const n = TAGS.length;
    const transitions = new Float64Array((n + 1) * n);
    const scores = new Float64Array(3 * n);
    scores[at('U-LOC')] = 5;
    scores[n + at('U-PERS')] = 5;
    scores[2 * n + at('U-ORG')] = 5;
    const best = viterbi({ tags: TAGS, scores, transitions, length: 3 });
    const all = { mayTake: () => true, slack: 1000 };
    const path = stretchedPeople({ tags: TAGS, scores, transitions, path: best, before: all, after: all });
    expect(path.map((t) => TAGS[t])).toEqual(['U-LOC', 'U-PERS', 'U-ORG']);
  });

  it('reads spans from BIO tags', () => {
    expect(spansOf(['O', 'B-PERS', 'I-PERS', 'B-ORG', 'O', 'I-LOC'])).toEqual([
      { from: 1, to: 3, kind: 'PERS' },
      { from: 3, to: 4, kind: 'ORG' },
      { from: 5, to: 6, kind: 'LOC' },
    ]);
  });

  it('reads spans from BILOU tags: U- and L- close a name, the next word starts another', () => {
    expect(spansOf(['U-PERS', 'U-PERS', 'B-PERS', 'I-PERS', 'L-PERS', 'I-PERS', 'O', 'L-LOC'])).toEqual([
      { from: 0, to: 1, kind: 'PERS' },
      { from: 1, to: 2, kind: 'PERS' },
      { from: 2, to: 5, kind: 'PERS' },
      { from: 5, to: 6, kind: 'PERS' },
      { from: 7, to: 8, kind: 'LOC' },
    ]);
  });

  it('turns gold BIO into BILOU', () => {
    expect(bilouOf(['B-PERS', 'I-PERS', 'I-PERS', 'B-PERS', 'O', 'B-LOC', 'B-LOC', 'I-ORG', 'O'])).toEqual([
      'B-PERS',
      'I-PERS',
      'L-PERS',
      'U-PERS',
      'O',
      'U-LOC',
      'U-LOC',
      'U-ORG',
      'O',
    ]);
    expect(spansOf(bilouOf(['B-PERS', 'I-PERS', 'B-PERS', 'O']))).toEqual(
      spansOf(['B-PERS', 'I-PERS', 'B-PERS', 'O']),
    );
  });
});

describe('features', () => {
  it('sees a title before a word, known name tokens and clitic-free stems', () => {
    const [, , , trump] = sentenceFeatures(tokenize('قال الرئيس الأمريكي وترامب'), lexicon);
    expect(trump).toContain('s=ترامب');
    expect(trump).toContain('pt=2');
    expect(trump).toContain('w-2=الرئيس');
    const [, president] = sentenceFeatures(tokenize('قال الرئيس ترامب'), lexicon);
    expect(president).toContain('c=title');
    expect(president).toContain('c-1=report');
  });

  it('says which clitics were taken off to make the stem, and the class of the stem in the name lists', () => {
    const [, withAnd, like, said] = sentenceFeatures(tokenize('قال وترامب كترامب وقال'), lexicon);
    expect(withAnd).toContain('cl=و|2');
    // ك ("like") before a name is rare: كثيرون "many" is no ك + a name, and the tagger learns it apart.
    expect(like).toContain('cl=ك|2');
    expect(said).toContain('cl=و|0');
    const [plain] = sentenceFeatures(tokenize('ترامب'), lexicon);
    expect(plain?.some((feature) => feature.startsWith('cl='))).toBe(false);
    // Its neighbours see them too: a listed name after ك or ال is less a name than one written bare.
    expect(withAnd).toContain('pt-1=0|');
    expect(withAnd).toContain('pt+1=2|ك');
    expect(like).toContain('pt-1=2|و');
  });

  it('sees a cue written with ل or ل + ال, as news writes for the bank, for the party, and to the president', () => {
    const [forTheBank, commercial, forParty, andToThePresident] = sentenceFeatures(
      tokenize('للبنك التجاري لحزب وللرئيس'),
      lexicon,
    );
    expect(forTheBank).toContain('c=org');
    expect(commercial).toContain('c-1=org');
    expect(forParty).toContain('c=org');
    expect(andToThePresident).toContain('c=title');
  });

  it('marks breaks and the glossary types around a word', () => {
    const tokens = tokenize('باريس: ماكرون').map((token, i) =>
      i === 0 ? { ...token, glossary: 'place' } : token,
    );
    const [, macron] = sentenceFeatures(tokens, lexicon);
    expect(macron).toContain('brk');
    expect(macron).toContain('g-1=place');
  });

  it("does not see the glossary's people and organisations, which it knows better in training than on a page", () => {
    const tokens = tokenize('قال ماكرون لليونسكو').map((token, i) =>
      i === 1 ? { ...token, glossary: 'person' } : i === 2 ? { ...token, glossary: 'organisation' } : token,
    );
    const seen = sentenceFeatures(tokens, lexicon).flat();
    expect(seen.filter((feature) => /^g[-+]?\d?=/.test(feature))).toEqual([]);
  });
});

describe('rare words', () => {
  it('marks a word training met too seldom as rare, with its name-list class and its neighbour', () => {
    const frequent = (word: string) => word === 'قال';
    const [said, trump] = sentenceFeatures(tokenize('قال ترامب'), { ...lexicon, frequent });
    expect(trump).toContain('r=2');
    expect(trump).toContain('r-1r=false|true|true');
    expect(said?.some((feature) => feature.startsWith('r='))).toBe(false);
    // A lexicon that does not say which words training learnt makes none rare.
    const [, plain] = sentenceFeatures(tokenize('قال ترامب'), lexicon);
    expect(plain?.some((feature) => feature.startsWith('r='))).toBe(false);
  });

  it('takes the words training learnt from the model: those with a w= feature and those listed as learnt', () => {
    const options = { epochs: 2, minCount: 2, minWeight: 1000, seed: 1 };
    const trained = trainTagger(TRAINING, lexicon, options);
    // With no weight left, the learnt words are listed apart, not as w= features with nothing in them.
    expect(Object.values(trained.weights).filter((pairs) => pairs.length === 0)).toEqual([]);
    expect(trained.learnt.split(' ')).toContain('الرئيس');
    const pruned = createTagger({ ...trained, personTokens: [] });
    // Met three times in training; سامسونغ once, under minCount; كوناري never.
    expect(pruned.lexicon.frequent?.('الرئيس')).toBe(true);
    expect(pruned.lexicon.frequent?.('سامسونغ')).toBe(false);
    expect(pruned.lexicon.frequent?.('كوناري')).toBe(false);
    expect(tagger.lexicon.frequent?.('سامسونغ')).toBe(true);
  });

  it('counts words and features over the sentences as written, not over the made-up readings after them', () => {
    const madeUp = Array(3).fill({ ...TRAINING[0], tokens: tokenize('قال الرئيس كوناري نادر إن بلاده') });
    const options = { epochs: 2, minCount: 2, minWeight: 0, seed: 1 };
    const counted = trainTagger([...TRAINING, ...madeUp], lexicon, { ...options, counted: TRAINING.length });
    expect(Object.hasOwn(counted.weights, 'w=كوناري')).toBe(false);
    const all = trainTagger([...TRAINING, ...madeUp], lexicon, options);
    expect(Object.hasOwn(all.weights, 'w=كوناري')).toBe(true);
  });
});

/** The tagger's scores made the slow way, from `sentenceFeatures`: what its per-word caches must equal. */
function tagFromFeatureLists(tokens: ReturnType<typeof tokenize>): string[] {
  const n = TAGS.length;
  const scores = new Float64Array(tokens.length * n);
  sentenceFeatures(tokens, tagger.lexicon).forEach((features, i) => {
    for (const feature of features) {
      const pairs = model.weights[feature] ?? [];
      for (let k = 0; k < pairs.length; k += 2) {
        const at = i * n + (pairs[k] as number);
        scores[at] = (scores[at] as number) + (pairs[k + 1] as number) / model.scale;
      }
    }
  });
  const transitions = Float64Array.from(model.transitions, (w) => w / model.scale);
  return viterbi({ tags: TAGS, scores, transitions, length: tokens.length }).map((t) => TAGS[t] as string);
}

describe('the trained tagger', () => {
  it('scores exactly the features sentenceFeatures lists (its caches change nothing)', () => {
    const texts = [
      'قال الرئيس سمير كريم إن بلاده، وأكد محمد سليم أن الحكومة',
      'أعلنت شركة سامسونغ عن هاتف جديد. قال الرئيس دونالد ترامب',
      'قال الرئيس سمير كريم إن بلاده، وأكد محمد سليم أن الحكومة',
    ];
    for (const text of texts) {
      const tokens = tokenize(text);
      expect(tagger.tag(tokens)).toEqual(tagFromFeatureLists(tokens));
      expect(tagger.tag(tokens)).toContain('B-PERS');
    }
  });

  it('trained with a margin, makes the gold tags of its training words win by more', () => {
    // The smallest lead, over all training words, of the gold tag's score over the best other tag's.
    const smallestLead = (trained: ReturnType<typeof trainTagger>) => {
      let smallest = Number.POSITIVE_INFINITY;
      for (const sentence of TRAINING) {
        const gold = bilouOf(sentence.tags);
        sentenceFeatures(sentence.tokens, lexicon).forEach((features, i) => {
          const scores = TAGS.map((tag) =>
            features.reduce((sum, feature) => {
              const pairs = trained.weights[feature] ?? [];
              for (let k = 0; k < pairs.length; k += 2)
                if (TAGS[pairs[k] as number] === tag) sum += pairs[k + 1] as number;
              return sum;
            }, 0),
          );
          const goldAt = TAGS.indexOf(gold[i] as string);
          const best = Math.max(...scores.filter((_, t) => t !== goldAt));
          smallest = Math.min(smallest, (scores[goldAt] as number) - best);
        });
      }
      return smallest;
    };
    const options = { epochs: 5, minCount: 1, minWeight: 0, seed: 1 };
    const plain = smallestLead(trainTagger(TRAINING, lexicon, options));
    const withMargin = smallestLead(trainTagger(TRAINING, lexicon, { ...options, margin: 5 }));
    expect(withMargin).toBeGreaterThan(plain);
  });

  it('is trained deterministically: the same sentences give the same bytes, whatever ran before', () => {
    const options = { epochs: 5, minCount: 1, minWeight: 0, seed: 1 };
    const again = JSON.stringify(trainTagger(TRAINING, lexicon, options));
    expect(again).toBe(JSON.stringify(trainTagger(TRAINING, lexicon, options)));
    expect(again).toBe(JSON.stringify({ ...model, personTokens: [] }));
  });

  it('tags the names of its training sentences', () => {
    for (const sentence of TRAINING) expect(tagger.tag(sentence.tokens)).toEqual(bilouOf(sentence.tags));
  });

  it('finds an unseen name after a title, with و taken off and a remembered surname later on', () => {
    const memory = createNameMemory();
    const firstText = 'قال الرئيس سمير كريم إن بلاده';
    const none = () => false;
    const [found] = findNames({
      text: firstText,
      tokens: tokenize(firstText),
      tagger,
      taken: none,
      yields: none,
      memory,
    });
    expect(found).toMatchObject({ from: 2, to: 4, type: 'person', words: ['سمير', 'كريم'] });
    const later = 'ورد عليه وكريم في المساء أمام الجميع';
    const again = findNames({
      text: later,
      tokens: tokenize(later),
      tagger,
      taken: none,
      yields: none,
      memory,
    });
    expect(again).toContainEqual(expect.objectContaining({ from: 2, to: 3, words: ['كريم'], stripped: 1 }));
  });

  it('cuts an organisation the tagger read across punctuation, and drops a function word at its end', () => {
    const reading = (from: number, to: number): Tagger => ({
      lexicon: tagger.lexicon,
      tag: () => [],
      spans: () => [{ from, to, kind: 'ORG' }],
    });
    const none = () => false;
    const find = (text: string, from: number, to: number) =>
      findNames({
        text,
        tokens: tokenize(text),
        tagger: reading(from, to),
        taken: none,
        yields: none,
        memory: createNameMemory(),
      });
    // ANERcorp: نيسان (the carmaker) and «أورفان» (its model) are two names, never one.
    expect(find('تقدم نيسان «أورفان» الجديد', 1, 3).map(({ from, to }) => [from, to])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(find('فستخسر المنظمة الدولية أي شرعية', 1, 4)).toEqual([
      expect.objectContaining({ from: 1, to: 3, type: 'organisation', words: ['المنظمه', 'الدوليه'] }),
    ]);
  });

  it('leaves words the glossary took', () => {
    const text = 'قال الرئيس دونالد ترامب إن بلاده';
    const taken = (i: number) => i === 3;
    const found = findNames({
      text,
      tokens: tokenize(text),
      tagger,
      taken,
      yields: () => false,
      memory: createNameMemory(),
    });
    expect(found.every((name) => name.to <= 3 || name.from > 3)).toBe(true);
  });

  it('reads a name over words the glossary took where their match gives way to it', () => {
    const text = 'قال الرئيس دونالد ترامب إن بلاده';
    const asked: Array<[number, number]> = [];
    const yields = (from: number, to: number) => asked.push([from, to]) > 0;
    const tokens = tokenize(text);
    const found = findNames({
      text,
      tokens,
      tagger,
      taken: (i) => i === 3,
      yields,
      memory: createNameMemory(),
    });
    expect(found).toContainEqual(expect.objectContaining({ from: 2, to: 4, words: ['دونالد', 'ترامب'] }));
    expect(asked).toContainEqual([2, 4]);
  });
});

describe('name cues', () => {
  it.each(NAME_CUES)('$ar ($kind) stands in its example', (row) => {
    expect(CUE_KINDS).toContain(row.kind);
    expect(foldArabic(row.example).split(/[\s.]+/)).toContain(foldArabic(row.ar));
  });

  it('keys every cue by its folded form', () => {
    expect(CUES_BY_WORD.get(foldArabic('الأمين'))).toEqual(['title']);
    expect(CUES_BY_WORD.get('الرئيس')).toEqual(['title']);
    expect(CUES_BY_WORD.has('باريس')).toBe(false);
  });
});

describe('a verb before a name', () => {
  it.each([
    ['وسيترأس', 'Minawi will head (و + the future + a verb)'],
    ['ستبعد', 'will keep away'],
    ['ويقول', 'and says'],
    ['نرى', 'we see'],
  ])('reads %s (%s) as a verb where no name list holds it', (word) => {
    expect(verbBeforeName(word, 0)).toBe(true);
  });
  it.each([
    ['يوسف', 3, 'a listed name that opens as a verb does'],
    ['تدجين', 1, 'a listed word'],
    ['غواو', 0, 'a foreign first name'],
    ['الرئيس', 0, 'a noun'],
  ])('does not read %s as one (%s)', (word, person) => {
    expect(verbBeforeName(word, person)).toBe(false);
  });
});
