/** A name tagger trained on five hand-tagged sentences: enough to test decoding, the finder and the page. */
import { tokenize } from '~/lib/arabic/tokenize';
import { createTagger } from '~/lib/names/tagger';
import type { NameLexicon } from '~/lib/names/tagger-features';
import { trainTagger } from '~/scripts/lib/train-tagger';

export const lexicon: NameLexicon = {
  person: new Map([
    ['محمد', 4],
    ['ترامب', 2],
    ['دونالد', 2],
  ]),
};

/** Tokens of a sentence with BIO tags written after each word ("قال/O ترامب/B-PERS"). */
function tagged(line: string): { tokens: ReturnType<typeof tokenize>; tags: string[] } {
  const pairs = line.split(' ').map((pair) => pair.split('/') as [string, string]);
  const tokens = tokenize(pairs.map(([word]) => word).join(' '));
  return { tokens, tags: pairs.map(([, tag]) => tag) };
}

export const TRAINING = [
  'قال/O الرئيس/O دونالد/B-PERS ترامب/I-PERS إن/O بلاده/O',
  'وقال/O الرئيس/O محمد/B-PERS سليم/I-PERS إن/O الحكومة/O',
  'أكد/O الوزير/O محمد/B-PERS كريم/I-PERS أن/O الاتفاق/O',
  'أعلنت/O شركة/B-ORG سامسونغ/I-ORG عن/O هاتف/O جديد/O',
  'قال/O الرئيس/O سمير/B-PERS نادر/I-PERS إن/O بلاده/O',
].map(tagged);

export const model = {
  ...trainTagger(TRAINING, lexicon, { epochs: 5, minCount: 1, minWeight: 0, seed: 1 }),
  personTokens: ['', 'ترامب دونالد', '', 'محمد'],
};
export const tagger = createTagger(model);
