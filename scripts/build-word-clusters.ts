/**
 * Builds data/word-clusters.json: classes of words that occur in like contexts, learnt from unlabelled news
 * (SaudiNewsNet and the words of ANERcorp), for the NER tagger (src/enrich/tagger.ts). ANERcorp has 125k labelled
 * tokens; most names of a new article are not among them, but their neighbours in the wide corpus put them in a
 * class with names that are (the role Brown clusters play in English NER).
 *
 * How: each word (without its clitics) is described by the words just before and after it (PPMI weights), the
 * description is projected to a few dense dimensions, and spherical k-means splits the words in a tree
 * (LEVELS: 16, then 8 under each, then 8 under each: 16 / 128 / 1024 classes). A word's class path reads
 * "a.b.c"; the tagger uses every prefix, as Brown-cluster prefixes are used.
 *   node --import tsx scripts/build-word-clusters.ts [CORPUS_DIR] [ANERCORP_TRAIN]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { normalize, stripClitics, tokenize } from '../src/text/index.ts';

const dir = process.argv[2] ?? '../shared/corpora/saudinewsnet';
const conll = process.argv[3] ?? '../shared/corpora/anercorp/train.conll';
/** Words seen fewer times have too few contexts to place. */
const MIN_COUNT = 3;
const MAX_WORDS = 100_000;
/** Context words: the most frequent, unstripped (their clitics tell much: «وزير» vs «لوزير»). */
const CONTEXT_WORDS = 600;
/** PPMI dimensions, kept as they are (a random projection to fewer blurred the classes: names among verbs). */
const DIMENSIONS = CONTEXT_WORDS * 2;
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
const contexts = [...contextCounts].sort((a, b) => b[1] - a[1]).slice(0, CONTEXT_WORDS).map(([w]) => w);
const contextId = new Map(contexts.map((w, i) => [w, i]));
console.log(`vocabulary ${vocabulary.length}, contexts ${contexts.length} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

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
console.log(`${pairs.size} pairs (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

// PPMI vectors.
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
console.log(`clustered (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

const words: Record<string, string> = {};
vocabulary.forEach((w, i) => { words[w] = paths[i]; });
writeFileSync('data/word-clusters.json', JSON.stringify({
  about: `Word classes by context (scripts/build-word-clusters.ts): ${vocabulary.length} clitic-stripped words of SaudiNewsNet and ANERcorp seen at least ${MIN_COUNT} times, PPMI of the ${CONTEXT_WORDS} most frequent words just before and after, spherical k-means in a tree of ${LEVELS.join(' x ')}. Paths read "a.b.c".`,
  levels: LEVELS, words,
}) + '\n');
// A look at a few classes, for a human to judge.
const byPath = new Map<string, string[]>();
vocabulary.forEach((w, i) => (byPath.get(paths[i]) ?? byPath.set(paths[i], []).get(paths[i])!).push(w));
for (const probe of ['لافروف', 'موسكو', 'الرياض', 'وزاره', 'محمد', 'قال', 'يونايتد']) {
  const p = paths[wordId.get(stripClitics(normalize(probe))) ?? -1];
  if (p) console.log(probe, p, (byPath.get(p) ?? []).slice(0, 15).join(' '));
}
