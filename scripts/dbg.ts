import { readFileSync } from 'node:fs';
import { tokenize } from '../lib/arabic/tokenize';
import { createTagger } from '../lib/names/tagger';
import { viewOf } from '../lib/names/tagger-features';
const tagger = createTagger(JSON.parse(readFileSync('assets/name-model.json', 'utf8')));
for (const text of readFileSync(process.argv[2] as string, 'utf8').split('\n').filter(Boolean)) {
  const tokens = tokenize(text).map((t) => ({ norm: t.norm, kind: t.kind, joinsPrevious: true }));
  const tags = tagger.tag(tokens);
  console.log(tokens.map((t, i) => { const v = viewOf(t, tagger.lexicon); return `${t.norm}/${tags[i]}${v.rare ? '/r' : ''}${v.person ? '/p' + v.person : ''}`; }).join(' '));
}
