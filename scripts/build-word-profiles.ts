/**
 * Builds data/word-profiles.json: for each word of the wide news corpus (SaudiNewsNet and the words of ANERcorp),
 * how often it follows words that announce a person («الرئيس»، «اللاعب»), an organization («نادي»، «صحيفة») or a
 * place («مدينة»، «محافظة»), or stands after «في»; how often a title or a nationality adjective follows it. A feature of the NER tagger (src/enrich/tagger.ts): a name not in
 * the 125k labelled tokens is still read in many contexts of the 8.7M words of news, and a club such as «السد» that
 * follows «نادي» and «فريق» there is an organization in a sentence whose neighbours say nothing.
 * The triggers are a linguist's lists, in data/name-contexts.json; rebuild after editing them, then retrain (npm run train:ner).
 *   node --import tsx scripts/build-word-profiles.ts [CORPUS_DIR] [ANERCORP_TRAIN]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { CONTEXT_KINDS, contextKinds } from '../src/enrich/name-contexts.ts';
import { normalize, stripClitics, tokenize } from '../src/text/index.ts';

const dir = process.argv[2] ?? '../shared/corpora/saudinewsnet';
const conll = process.argv[3] ?? '../shared/corpora/anercorp/train.conll';

/** The kinds of context counted (data/name-contexts.json): P, O, L, F before the word, T and N after it, B «بن» next
 * to it. Left out: V (a verb of saying before it), 5-fold cross-validated micro F1 of one model 0.7680 -> 0.7650;
 * the B kind came in at 0.7660 -> 0.7680. */
const kinds = CONTEXT_KINDS.filter((k) => k !== 'V');
/** Words seen fewer times get no profile (too few contexts to count on). */
const MIN_COUNT = 4;
/** Shares bucketed: a profile says a word follows a kind's triggers often (h), sometimes (m) or now and then (l). */
const BUCKETS: Array<[string, number]> = [['h', 0.25], ['m', 0.08], ['l', 0.02]];

async function* texts(): AsyncGenerator<string[]> {
  for (const file of corpusFiles(dir)) {
    for await (const item of readJsonLines(file)) {
      if (!('record' in item)) continue;
      yield tokenize(`${item.record.title ?? ''}\n${item.record.content ?? ''}`).map((t) => t.norm);
    }
  }
  const words = readFileSync(conll, 'utf8').split('\n').map((l) => l.trim().split(/\s+/)[0]).filter(Boolean).map(normalize);
  for (let i = 0; i < words.length; i += 2000) yield words.slice(i, i + 2000);
}

const counts = new Map<string, Int32Array>();
for await (const words of texts()) {
  for (let i = 0; i < words.length; i++) {
    const s = stripClitics(words[i]);
    const c = counts.get(s) ?? counts.set(s, new Int32Array(kinds.length + 1)).get(s)!;
    c[kinds.length]++;
    for (const kind of contextKinds(words, i)) { const k = kinds.indexOf(kind); if (k >= 0) c[k]++; }
  }
}
const profiles: Record<string, string> = {};
for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const n = c[kinds.length];
  if (n < MIN_COUNT || !/[\u0621-\u064a]/.test(w)) continue;
  let code = '';
  kinds.forEach((k, i) => { const b = BUCKETS.find(([, min]) => c[i] / n >= min); if (b) code += k + b[0]; });
  if (code) profiles[w] = code;
}
writeFileSync('data/word-profiles.json', JSON.stringify({ about: 'Folded clitic-stripped words -> how often they follow triggers of persons (P), organizations (O), places (L) and «في» (F), and before titles (T) and nationality adjectives (N), and stand next to «بن» (B), in SaudiNewsNet and ANERcorp: h often, m sometimes, l now and then. Built by scripts/build-word-profiles.ts.', words: profiles }) + '\n');
console.log(`${Object.keys(profiles).length} word profiles of ${counts.size} words`);
