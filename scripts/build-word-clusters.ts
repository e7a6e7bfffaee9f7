/**
 * Builds the word classes of the NER tagger (src/enrich/tagger.ts): classes of words that occur in like contexts,
 * learnt from unlabelled news (SaudiNewsNet and the words of ANERcorp). ANERcorp has 125k labelled tokens; most
 * names of a new article are not among them, but their neighbours in the wide corpus put them in a class with names
 * that are (the role Brown clusters play in English NER). Two descriptions of a word, each its own file; the tagger
 * uses both: the context classes of the word and its neighbours, the skip-gram class of the word (5-fold
 * cross-validated micro F1 of one model: context alone 0.7486, both 0.7576, better on every fold; skip-gram classes
 * in the context classes' place 0.7510; the neighbours' skip-gram classes too 0.7586, better on two folds of five):
 * - `context` (data/word-clusters.json): the words just before and after it (PPMI weights). Good for frequent words.
 * - `skipgram` (data/word-clusters-skipgram.json): a skip-gram vector (word2vec's, trained here) against the words up
 *   to WINDOW away. Its classes keep names apart from common nouns better («ميركل» with «مستشاره», not «فريق»).
 * Spherical k-means splits the words in a tree (LEVELS: 16, then 8 under each, ...). A word's class path reads
 * "a.b.c"; the tagger uses every prefix, as Brown-cluster prefixes are used.
 *   node --import tsx scripts/build-word-clusters.ts [context|skipgram] [CORPUS_DIR] [ANERCORP_TRAIN]
 * The skip-gram vectors take some 12 minutes to train; VECTORS=FILE keeps them in FILE and reads them from it next time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { normalize, stripClitics, tokenize } from '../src/text/index.ts';

const method = process.argv[2] ?? 'context';
if (method !== 'context' && method !== 'skipgram') throw new Error(`build-word-clusters: unknown method "${method}" (context or skipgram)`);
const dir = process.argv[3] ?? '../shared/corpora/saudinewsnet';
const conll = process.argv[4] ?? '../shared/corpora/anercorp/train.conll';
const OUTPUT = method === 'context' ? 'data/word-clusters.json' : 'data/word-clusters-skipgram.json';
/** Words seen fewer times have too few contexts to place. */
const MIN_COUNT = 3;
const MAX_WORDS = 100_000;
/** context: the context words, the most frequent, unstripped (their clitics tell much: «وزير» vs «لوزير»); PPMI
 * dimensions kept as they are (a random projection to fewer blurred the classes: names among verbs). */
const CONTEXT_WORDS = 600;
/** skipgram: dimensions, context window (words either side, at most), negative samples per context, passes over
 * the corpus, starting learning rate, subsampling threshold of frequent contexts (word2vec's defaults). */
const SKIPGRAM_DIMENSIONS = 100;
const WINDOW = 3;
const NEGATIVES = 5;
const EPOCHS = 3;
const LEARNING_RATE = 0.025;
const SUBSAMPLE = 1e-4;
const DIMENSIONS = method === 'context' ? CONTEXT_WORDS * 2 : SKIPGRAM_DIMENSIONS;
const LEVELS = [16, 8, 8, 4];
const ITERATIONS = 12;

async function* texts(): AsyncGenerator<string[]> {
  for (const file of corpusFiles(dir)) {
    for await (const item of readJsonLines(file)) {
      if (!('record' in item)) continue;
      const r = item.record;
      yield tokenize(`${r.title ?? ''}\n${r.content ?? ''}`).map((t) => t.norm);
    }
  }
  // ANERcorp as one text: its words must all be placed (the tagger is trained on them).
  const words = readFileSync(conll, 'utf8').split('\n').map((l) => l.trim().split(/\s+/)[0]).filter(Boolean).map(normalize);
  for (let i = 0; i < words.length; i += 2000) yield words.slice(i, i + 2000);
}

const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(0);
const counts = new Map<string, number>();
const contextCounts = new Map<string, number>();
for await (const words of texts()) {
  for (const w of words) {
    const s = stripClitics(w);
    counts.set(s, (counts.get(s) ?? 0) + 1);
    contextCounts.set(w, (contextCounts.get(w) ?? 0) + 1);
  }
}
const vocabulary = [...counts].filter(([w, n]) => n >= MIN_COUNT && /[\u0621-\u064a]/.test(w)).sort((a, b) => b[1] - a[1]).slice(0, MAX_WORDS).map(([w]) => w);
const wordId = new Map(vocabulary.map((w, i) => [w, i]));
const contexts = [...contextCounts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1]).map(([w]) => w).slice(0, method === 'context' ? CONTEXT_WORDS : undefined);
const contextId = new Map(contexts.map((w, i) => [w, i]));
console.log(`vocabulary ${vocabulary.length}, contexts ${contexts.length} (${seconds()} s)`);

/** context: PPMI of the context words just before and after (left and right apart). */
async function contextVectors(): Promise<Float32Array> {
// Co-occurrence: target x (left context | right context).
const C = CONTEXT_WORDS * 2;
const pairs = new Map<number, number>();
const rowTotal = new Float64Array(vocabulary.length);
const columnTotal = new Float64Array(C);
let total = 0;
for await (const words of texts()) {
  for (let i = 0; i < words.length; i++) {
    const id = wordId.get(stripClitics(words[i]));
    if (id === undefined) continue;
    const add = (c: number | undefined, offset: number) => {
      if (c === undefined) return;
      const key = id * C + c + offset;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      rowTotal[id]++; columnTotal[c + offset]++; total++;
    };
    add(i > 0 ? contextId.get(words[i - 1]) : undefined, 0);
    add(i + 1 < words.length ? contextId.get(words[i + 1]) : undefined, CONTEXT_WORDS);
  }
}
console.log(`${pairs.size} pairs (${seconds()} s)`);

const vectors = new Float32Array(vocabulary.length * DIMENSIONS);
for (const [key, n] of pairs) {
  const id = Math.floor(key / C), c = key % C;
  const pmi = Math.log((n * total) / (rowTotal[id] * columnTotal[c]));
  if (pmi <= 0) continue;
  vectors[id * DIMENSIONS + c] = pmi;
}
for (let id = 0; id < vocabulary.length; id++) {
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += vectors[id * DIMENSIONS + d] ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) vectors[id * DIMENSIONS + d] /= norm;
}

  return vectors;
}

/**
 * skipgram: skip-gram with negative sampling (Mikolov et al. 2013), written here for its one use (no maintained
 * JavaScript library trains it): each word's vector is trained to tell the words around it (up to WINDOW away,
 * unstripped) from words drawn at random.
 */
async function skipgramVectors(): Promise<Float32Array> {
/** A deterministic random number generator (xorshift32), so that the classes are rebuilt the same. */
let seed = 2463534242;
const random = () => { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed / 4294967296; };

// The corpus as ids, once: each token's word (clitic-stripped, -1 outside the vocabulary) and context (unstripped).
const targetIds: Int32Array[] = [], contextIds: Int32Array[] = [];
for await (const words of texts()) {
  targetIds.push(Int32Array.from(words, (w) => wordId.get(stripClitics(w)) ?? -1));
  contextIds.push(Int32Array.from(words, (w) => contextId.get(w) ?? -1));
}


const contextTotal = contexts.reduce((n, w) => n + contextCounts.get(w)!, 0);
const NEGATIVE_TABLE = 1 << 24;
const negatives = new Int32Array(NEGATIVE_TABLE);
{
  let sum = 0;
  for (const w of contexts) sum += contextCounts.get(w)! ** 0.75;
  let at = 0, acc = 0;
  contexts.forEach((w, i) => {
    acc += contextCounts.get(w)! ** 0.75 / sum;
    const upTo = Math.min(NEGATIVE_TABLE, Math.round(acc * NEGATIVE_TABLE));
    while (at < upTo) negatives[at++] = i;
  });
  while (at < NEGATIVE_TABLE) negatives[at++] = contexts.length - 1;
}
/** Keep probability of each context token (frequent words subsampled, as word2vec does). */
const keep = Float32Array.from(contexts, (w) => { const f = contextCounts.get(w)! / contextTotal; return Math.min(1, Math.sqrt(SUBSAMPLE / f) + SUBSAMPLE / f); });
const D = DIMENSIONS;
/** VECTORS=FILE keeps the trained vectors in FILE and reads them from it on the next run (to try class settings
 * without training again). */
const cache = process.env.VECTORS;
const cached = cache && existsSync(cache) ? new Float32Array(readFileSync(cache).buffer.slice(0)) : null;
const input = cached ?? Float32Array.from({ length: vocabulary.length * D }, () => (random() - 0.5) / D);
const output = new Float32Array(contexts.length * D);
const gradient = new Float32Array(D);
let tokensTotal = 0;
for (const t of targetIds) tokensTotal += t.length;
let processed = 0;
for (let epoch = 0; epoch < (cached ? 0 : EPOCHS); epoch++) {
  for (let n = 0; n < targetIds.length; n++) {
    const targets = targetIds[n], ctx = contextIds[n];
    for (let i = 0; i < targets.length; i++) {
      processed++;
      const w = targets[i];
      if (w < 0) continue;
      const rate = LEARNING_RATE * Math.max(0.0001, 1 - processed / (EPOCHS * tokensTotal));
      const reach = 1 + Math.floor(random() * WINDOW);
      const wo = w * D;
      for (let j = Math.max(0, i - reach); j <= Math.min(targets.length - 1, i + reach); j++) {
        const c = ctx[j];
        if (j === i || c < 0 || random() > keep[c]) continue;
        gradient.fill(0);
        for (let k = 0; k <= NEGATIVES; k++) {
          const o = k === 0 ? c : negatives[Math.floor(random() * NEGATIVE_TABLE)];
          if (k > 0 && o === c) continue;
          const oo = o * D;
          let dot = 0;
          for (let d = 0; d < D; d++) dot += input[wo + d] * output[oo + d];
          const g = ((k === 0 ? 1 : 0) - 1 / (1 + Math.exp(-Math.max(-6, Math.min(6, dot))))) * rate;
          for (let d = 0; d < D; d++) { gradient[d] += g * output[oo + d]; output[oo + d] += g * input[wo + d]; }
        }
        for (let d = 0; d < D; d++) input[wo + d] += gradient[d];
      }
    }
  }
  console.log(`epoch ${epoch + 1} of ${EPOCHS} (${seconds()} s)`);
}
if (cache && !cached) writeFileSync(cache, Buffer.from(input.buffer));
  return input;
}

const vectors = method === 'context' ? await contextVectors() : await skipgramVectors();
for (let id = 0; id < vocabulary.length; id++) {
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += vectors[id * DIMENSIONS + d] ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) vectors[id * DIMENSIONS + d] /= norm;
}

/** Spherical k-means of the given words into k classes; returns each word's class. Seeds: k words spread by
 * frequency rank (frequent words first), deterministic. */
function kmeans(members: number[], k: number): number[] {
  if (members.length <= k) return members.map((_, i) => i);
  const centres = new Float32Array(k * DIMENSIONS);
  for (let j = 0; j < k; j++) {
    const m = members[Math.floor((j * members.length) / k / 4)];
    centres.set(vectors.subarray(m * DIMENSIONS, (m + 1) * DIMENSIONS), j * DIMENSIONS);
  }
  const assignment = new Array<number>(members.length).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < members.length; i++) {
      const v = members[i] * DIMENSIONS;
      let best = 0, bestScore = -Infinity;
      for (let j = 0; j < k; j++) {
        let s = 0;
        for (let d = 0; d < DIMENSIONS; d++) s += vectors[v + d] * centres[j * DIMENSIONS + d];
        if (s > bestScore) { bestScore = s; best = j; }
      }
      assignment[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < members.length; i++) {
      const v = members[i] * DIMENSIONS, c = assignment[i] * DIMENSIONS;
      for (let d = 0; d < DIMENSIONS; d++) centres[c + d] += vectors[v + d];
    }
    for (let j = 0; j < k; j++) {
      let norm = 0;
      for (let d = 0; d < DIMENSIONS; d++) norm += centres[j * DIMENSIONS + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMENSIONS; d++) centres[j * DIMENSIONS + d] /= norm;
    }
  }
  return assignment;
}

const paths = new Array<string>(vocabulary.length).fill('');
function split(members: number[], level: number): void {
  if (level >= LEVELS.length || members.length === 0) return;
  const assignment = kmeans(members, LEVELS[level]);
  const groups = new Map<number, number[]>();
  members.forEach((m, i) => { paths[m] += (level ? '.' : '') + assignment[i]; (groups.get(assignment[i]) ?? groups.set(assignment[i], []).get(assignment[i])!).push(m); });
  for (const g of groups.values()) split(g, level + 1);
}
split(vocabulary.map((_, i) => i), 0);
console.log(`clustered (${seconds()} s)`);

const words: Record<string, string> = {};
vocabulary.forEach((w, i) => { words[w] = paths[i]; });
writeFileSync(OUTPUT, JSON.stringify({
  about: `Word classes by context (scripts/build-word-clusters.ts): ${vocabulary.length} clitic-stripped words of SaudiNewsNet and ANERcorp seen at least ${MIN_COUNT} times, ${method === 'context' ? `PPMI of the ${CONTEXT_WORDS} most frequent words just before and after` : `skip-gram vectors (${DIMENSIONS} dimensions, window ${WINDOW}, ${EPOCHS} passes) against the unstripped words around them`}, spherical k-means in a tree of ${LEVELS.join(' x ')}. Paths read "a.b.c".`,
  levels: LEVELS, words,
}) + '\n');
// A look at a few classes, for a human to judge.
const byPath = new Map<string, string[]>();
vocabulary.forEach((w, i) => (byPath.get(paths[i]) ?? byPath.set(paths[i], []).get(paths[i])!).push(w));
for (const probe of ['لافروف', 'موسكو', 'الرياض', 'وزاره', 'محمد', 'قال', 'يونايتد']) {
  const p = paths[wordId.get(stripClitics(normalize(probe))) ?? -1];
  if (p) console.log(probe, p, (byPath.get(p) ?? []).slice(0, 15).join(' '));
}
