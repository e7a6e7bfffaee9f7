/**
 * A named-entity tagger for names no gazetteer lists: an averaged structured perceptron over BIO tags (PERS, LOC,
 * ORG, MISC), decoded by Viterbi, with word, clitic, affix, context, word-class (data/word-clusters.json),
 * name-lexicon, word-profile (data/word-profiles.json), phrase-dictionary, text-context (name-contexts.ts) and
 * previous-tag features, trained on ANERcorp by
 * scripts/train-ner.ts (npm run train:ner) and saved as data/ner-model.json. Hand-written because no JavaScript
 * library tags Arabic; the model is small enough to run at hundreds of articles a second.
 */
import { loadData } from '../data.ts';
import { normalize, stripClitics } from '../text/index.ts';
import { textContextKinds } from './name-contexts.ts';

const lexicon = loadData<{ words: Record<string, string> }>('name-lexicon');
const clusters = loadData<{ words: Record<string, string> }>('word-clusters');
const skipgramClusters = loadData<{ words: Record<string, string> }>('word-clusters-skipgram');
const profiles = loadData<{ words: Record<string, string> }>('word-profiles');

export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

/** Name words and the kinds of names they occur in (P, L, O, C for sports clubs), from ANERgazet, ANETAC, the
 * gazetteer and data/sports-clubs.json (scripts/build-name-lexicon.ts). The clubs: 5-fold cross-validated micro F1
 * of one model 0.7646 -> 0.7660 (ANERcorp tags clubs ORG, and many are common words: «السد», «الشمال», «العربي»). */
const NAME_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.words));
/** The name-lexicon kinds of a word: of its clitic-stripped form, else of the word as written (the lexicon holds
 * names as written, many with ال: «الأهلي»). Tried and left out: also the stripped form with ال («بالأهلي» ->
 * «الأهلي»), for the word and its neighbours, 5-fold cross-validated micro F1 of one model 0.7660 -> 0.7656. */
function nameKinds(stripped: string, word: string): string | undefined {
  return NAME_WORDS.get(stripped) ?? NAME_WORDS.get(word);
}
/** Word class paths by clitic-stripped word (scripts/build-word-clusters.ts): by the words just around it
 * (data/word-clusters.json), and by its skip-gram vector (data/word-clusters-skipgram.json; own word only). */
const CLUSTERS: ReadonlyMap<string, string> = new Map(Object.entries(clusters.words));
const SKIPGRAM_CLUSTERS: ReadonlyMap<string, string> = new Map(Object.entries(skipgramClusters.words));
/** How often each word follows words announcing a person, an organization, a place, or «في», and goes before a
 * title or a nationality adjective, in the wide news corpus (scripts/build-word-profiles.ts): "Oh" often after
 * «نادي»، «صحيفة»..., "Pm" sometimes after «الرئيس»..., "Nh" often before «الفرنسي»... A name the labelled data
 * lacks is read in its many contexts of 8.7M words. 5-fold cross-validated micro F1 of one model 0.7576 -> 0.7646
 * (0.7638 with the kinds before it only; the neighbours' profiles too: 0.7610; words of a match before it,
 * «مباراة»، «لاعب»، «جماهير», as a kind of their own: 0.7628). */
const PROFILES: ReadonlyMap<string, string> = new Map(Object.entries(profiles.words));
/** Profile features of a clitic-stripped word: one per kind it follows (`tp=Oh`). */
function profileFeatures(stripped: string, out: string[]): void {
  const code = PROFILES.get(stripped);
  if (code) for (let k = 0; k < code.length; k += 2) out.push(`tp=${code.slice(k, k + 2)}`);
}
/** Text-context features of a word: one per kind of name announced around its occurrences in the text, its own
 * and the others within a few sentences (`dk=P`; name-contexts.ts textContextKinds). 5-fold cross-validated micro
 * F1 of one model 0.7680 -> 0.7774. */
export function contextFeatures(kinds: string): string[] {
  return Array.from(kinds, (k) => `dk=${k}`);
}
/** Per token of a text of folded words, its text-context features (`ends`: where sentences end, exclusive). */
export function textContextFeatures(words: string[], ends: number[]): string[][] {
  const stripped = words.map(stripClitics);
  return textContextKinds(words, stripped, ends).map(contextFeatures);
}
/** Class features by name: `c` (the word's context class), `c-1` and `c+1` (its neighbours'), `g` (its skip-gram class). */
const classesOf = (name: string) => (name === 'g' ? SKIPGRAM_CLUSTERS : CLUSTERS);

/** Features of a word's class: every prefix of its path ("3", "3.1", "3.1.7"), named with `name`. */
function clusterFeatures(name: string, stripped: string, out: string[], from = 0): void {
  const path = classesOf(name).get(stripped);
  if (!path) { out.push(`${name}=?`); return; }
  const parts = path.split('.');
  for (let k = from; k < parts.length; k++) out.push(`${name}${k}=${parts.slice(0, k + 1).join('.')}`);
}

/** Names the training data tags, by their clitic-stripped words joined by spaces: the kind they are tagged most
 * and the share of their occurrences tagged so («بنك تجاري» -> ORG, 0.9; «عربي» -> ORG, 0.1). */
export type PhraseDictionary = Map<string, [kind: string, rate: number]>;
/** Longest name looked up in the phrase dictionary, in words. */
const MAX_PHRASE_WORDS = 6;

export interface Model {
  /** feature -> weights per tag (index in TAGS): a Map when loaded for tagging (faster look-ups), an object in JSON. */
  weights: Record<string, number[]> | Map<string, number[]>;
  phrases?: PhraseDictionary;
}

/** A model as read from JSON, made ready for fast tagging. */
export function loadModel(json: { weights: Record<string, number[]>; phrases?: Record<string, [string, number]> }): Model {
  return { weights: new Map(Object.entries(json.weights)), phrases: json.phrases ? new Map(Object.entries(json.phrases)) : undefined };
}

/**
 * The phrase dictionary of tagged sentences: every name they tag (up to MAX_PHRASE_WORDS words), with its most
 * frequent kind and how often its words, wherever they occur, are tagged as that name. A tagger that remembers
 * the names it was taught and how reliably they are names (the perceptron alone missed «البنك التجاري» and
 * «الناتو» seen in training): 5-fold cross-validated micro F1 of one model 0.740 -> 0.748, of the ensemble of three
 * 0.746 -> 0.749.
 */
export function buildPhraseDictionary(sentences: Array<{ words: string[]; tags: Tag[] }>): PhraseDictionary {
  const kinds = new Map<string, Map<string, number>>();
  const stripped = sentences.map((s) => s.words.map(stripClitics));
  sentences.forEach((s, n) => {
    for (const x of spans(s.tags)) {
      if (x.end - x.start > MAX_PHRASE_WORDS) continue;
      const key = stripped[n].slice(x.start, x.end).join(' ');
      const byKind = kinds.get(key) ?? kinds.set(key, new Map()).get(key)!;
      byKind.set(x.kind, (byKind.get(x.kind) ?? 0) + 1);
    }
  });
  const occurrences = new Map<string, number>();
  for (const st of stripped) {
    for (let i = 0; i < st.length; i++) {
      let key = '';
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= st.length; n++) {
        key = n === 1 ? st[i] : `${key} ${st[i + n - 1]}`;
        if (kinds.has(key)) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
      }
    }
  }
  const dictionary: PhraseDictionary = new Map();
  for (const [key, byKind] of kinds) {
    const [kind, count] = [...byKind].sort((a, b) => b[1] - a[1])[0];
    dictionary.set(key, [kind, Math.round((count / Math.max(count, occurrences.get(key) ?? 0)) * 100) / 100]);
  }
  return dictionary;
}

const rateBucket = (rate: number) => (rate >= 0.9 ? 'h' : rate >= 0.6 ? 'm' : rate >= 0.3 ? 'l' : 'v');

/** First words of a dictionary's names -> the lengths of the names starting with it, as bits (bit n-1: a name of n
 * words). Most words start none and are passed over with one look-up; the others are looked up at the lengths
 * names have, not at every length up to the longest (each look-up joins and hashes a new string). */
const phraseStarts = new WeakMap<PhraseDictionary, Map<string, number>>();
function startsOf(dictionary: PhraseDictionary): Map<string, number> {
  let starts = phraseStarts.get(dictionary);
  if (!starts) {
    starts = new Map();
    for (const key of dictionary.keys()) {
      const words = key.split(' ');
      starts.set(words[0], (starts.get(words[0]) ?? 0) | (1 << (words.length - 1)));
    }
    phraseStarts.set(dictionary, starts);
  }
  return starts;
}

/** Calls `visit` with the features of each token inside the longest dictionary name it is part of (matched left to
 * right, not overlapping): its place in the name, the name's kind, how reliably it is a name, its length.
 * `lengthsAt(i)`, if given, is startsOf's entry for token i (0 for none), looked up once per word type by the
 * fast tagger. */
function visitPhrases(dictionary: PhraseDictionary, stripped: string[], from: number, to: number, visit: (index: number, feats: string[]) => void, lengthsAt?: (index: number) => number): void {
  const starts = startsOf(dictionary);
  for (let i = from; i < to;) {
    const lengths = lengthsAt ? lengthsAt(i) : (starts.get(stripped[i]) ?? 0);
    if (lengths === 0) { i++; continue; }
    let key = '', matched = 0, entry: [string, number] | undefined;
    for (let n = 1; lengths >> (n - 1) !== 0 && i + n <= to; n++) {
      key = n === 1 ? stripped[i] : `${key} ${stripped[i + n - 1]}`;
      if (!(lengths & (1 << (n - 1)))) continue;
      const e = dictionary.get(key);
      if (e) { matched = n; entry = e; }
    }
    if (!entry) { i++; continue; }
    const [kind, rate] = entry;
    for (let k = 0; k < matched; k++) {
      const place = k === 0 ? 'B' : 'I';
      visit(i + k, [`pd=${place}-${kind}|${rateBucket(rate)}`, `pd=${place}-${kind}`, `pdn=${Math.min(matched, 3)}|${kind}`]);
    }
    i += matched;
  }
}

/** Per token of stripped[from, to), its phrase-dictionary features (none outside names). */
export function phraseFeatures(dictionary: PhraseDictionary | undefined, stripped: string[], from = 0, to = stripped.length): string[][] {
  const out: string[][] = [];
  for (let i = from; i < to; i++) out.push([]);
  if (dictionary) visitPhrases(dictionary, stripped, from, to, (i, feats) => { out[i - from] = feats; });
  return out;
}

const shape = (w: string) => (/^\d+$/.test(w) ? 'num' : /[a-z]/i.test(w) ? 'latin' : /\d/.test(w) ? 'mixed' : 'ar');

/** Features of token i that do not depend on tags (computed once per token). `stripped` holds each word
 * without its clitics; `phrase`, the token's phrase-dictionary features. */
export function staticFeatures(words: string[], stripped: string[], i: number, phrase: string[] = []): string[] {
  const n = words[i];
  const s = stripped[i];
  const at = (k: number) => (k >= 0 && k < words.length ? words[k] : k < 0 ? '<s>' : '</s>');
  const st = (k: number) => (k >= 0 && k < words.length ? stripped[k] : k < 0 ? '<s>' : '</s>');
  const f = [
    'b', `w=${n}`, `s=${s}`, `p1=${s.slice(0, 1)}`, `p2=${s.slice(0, 2)}`, `p3=${s.slice(0, 3)}`, `x1=${s.slice(-1)}`, `x2=${s.slice(-2)}`, `x3=${s.slice(-3)}`,
    `sh=${shape(n)}`, `len=${Math.min(s.length, 8)}`, `al=${n.startsWith('ال') || /^[وفبلك]ال/.test(n)}`, `cl=${n !== s ? n.slice(0, n.length - s.length) : ''}`,
    `w-1=${at(i - 1)}`, `w+1=${at(i + 1)}`, `w-2=${at(i - 2)}`, `w+2=${at(i + 2)}`, `s-1=${st(i - 1)}`, `s+1=${st(i + 1)}`,
  ];
  const kinds = nameKinds(s, n);
  if (kinds) for (const k of kinds) f.push(`lex=${k}`);
  profileFeatures(s, f);
  clusterFeatures('c', s, f);
  clusterFeatures('g', s, f);
  if (i - 1 >= 0) clusterFeatures('c-1', st(i - 1), f, 1);
  if (i + 1 < words.length) clusterFeatures('c+1', st(i + 1), f, 1);
  const next = NAME_WORDS.get(st(i + 1));
  if (next) for (const k of next) f.push(`lex+1=${k}`);
  const before = NAME_WORDS.get(st(i - 1));
  if (before) for (const k of before) f.push(`lex-1=${k}`);
  for (const p of phrase) f.push(p);
  return f;
}

/** Features of token i that depend on the tag before it (first order: Viterbi decodes exactly). The transition
 * has two features, `t-1` and `tr`: each update moves its score twice as far as a word feature's (5-fold
 * cross-validated micro F1 0.745 with one, 0.753 with two, 0.750 with three). */
export function dynamicFeatures(words: string[], stripped: string[], i: number, prev: string): string[] {
  const f = [`t-1=${prev}`, `tr=${prev}`, `t-1w=${prev}|${stripped[i]}`];
  const kinds = nameKinds(stripped[i], words[i]);
  if (kinds) for (const k of kinds) f.push(`lex=${k}|t-1=${prev}`);
  return f;
}

/** What a tag is scored after: the start of the sentence, or each tag. */
const HISTORY: readonly string[] = ['<s>', ...TAGS];
/** Whether tag t may follow history h (indices into TAGS and HISTORY): I-X only after B-X or I-X. */
const ALLOWED: readonly boolean[][] = TAGS.map((t) => HISTORY.map((h) => !t.startsWith('I-') || h.slice(2) === t.slice(2)));
/** By tag, the histories past the start it may follow, as a range [FIRST_HISTORY, LAST_HISTORY) of HISTORY: TAGS
 * lists each B-X right before its I-X, so the range of an I- tag is those two. */
const FIRST_HISTORY = ALLOWED.map((row) => row.indexOf(true, 1));
const LAST_HISTORY = ALLOWED.map((row) => row.lastIndexOf(true) + 1);
if (ALLOWED.some((row, t) => row.slice(FIRST_HISTORY[t], LAST_HISTORY[t]).includes(false))) throw new Error('tagger: allowed histories are not contiguous');

/**
 * The best tag sequence (Viterbi, first order): `emission(i, out)` adds each tag's score that does not depend on
 * the previous tag, `transition(i, h, out)` each tag's score after history h. Illegal I- tags are never chosen.
 */
function viterbi(count: number, emission: (i: number, out: Float64Array) => void, transition: (i: number, h: number, out: Float64Array) => void): Int8Array {
  const T = TAGS.length;
  const best = new Int8Array(count);
  if (count === 0) return best;
  const back = new Int8Array(count * T);
  let delta = new Float64Array(T), next = new Float64Array(T);
  const e = new Float64Array(T), tr = new Float64Array(T);
  for (let i = 0; i < count; i++) {
    e.fill(0);
    emission(i, e);
    next.fill(-Infinity);
    const histories = i === 0 ? 1 : T + 1;
    for (let h = i === 0 ? 0 : 1; h < histories; h++) {
      const base = i === 0 ? 0 : delta[h - 1];
      if (base === -Infinity) continue;
      tr.fill(0);
      transition(i, h, tr);
      for (let t = 0; t < T; t++) {
        if (!ALLOWED[t][h]) continue;
        const v = base + e[t] + tr[t];
        if (v > next[t]) { next[t] = v; back[i * T + t] = h - 1; }
      }
    }
    [delta, next] = [next, delta];
  }
  let t = 0;
  for (let k = 1; k < T; k++) if (delta[k] > delta[t]) t = k;
  for (let i = count - 1; i >= 0; i--) { best[i] = t; t = back[i * T + t]; }
  return best;
}

/** Feature look-up of a model's weights, loaded (Map) or in training (object). */
function weightsOf(model: Model): (f: string) => number[] | undefined {
  const weights = model.weights;
  return weights instanceof Map ? (f: string) => weights.get(f) : (f: string) => weights[f];
}

/** Tags one sentence of folded words with a weight look-up (training and the reference tagger). */
function decode(get: (f: string) => number[] | undefined, words: string[], stripped: string[], phrases: string[][]): Tag[] {
  const add = (feats: string[], out: Float64Array) => { for (const f of feats) { const w = get(f); if (w) for (let t = 0; t < w.length; t++) out[t] += w[t]; } };
  const path = viterbi(words.length,
    (i, out) => add(staticFeatures(words, stripped, i, phrases[i] ?? []), out),
    (i, h, out) => add(dynamicFeatures(words, stripped, i, HISTORY[h]), out));
  return Array.from(path, (t) => TAGS[t]);
}

/** Word types whose weights the fast tagger keeps (a row of 5 × 9 single-precision floats, 180 bytes, in its table;
 * 36 MB at the limit): a day of news has some 60,000; past the limit the caches start again. Single precision: the
 * same tags as double over the ten held-out tenths and 4,000 SaudiNewsNet articles, half the memory. */
const VOCABULARY_LIMIT = 200_000;

export interface FastTagger {
  /** Tags words; `ends` (optional) are the indices where sentences end (exclusive), so that one call tags a whole
   * text with each sentence seen as in training. */
  tag(words: string[], ends?: number[]): Tag[];
}

/**
 * A tagger that gives exactly `tag`'s results, faster.
 *
 * Word types get small ids; everything a type contributes that does not depend on the tags is computed once, when
 * the type is first seen, into one flat table: its own features and its features as a neighbour at -2, -1, +1, +2
 * (ROW floats a type). Tagging a token then adds five rows of that table, the tag-history row and the word's
 * history row. Bounded: past VOCABULARY_LIMIT types, everything starts again (frequent words return).
 * @example createTagger(loadModel(json)).tag(['قال', 'الرئيس', 'فلاديمير', 'بوتين'])
 */
export function createTagger(model: Model): FastTagger {
  const T = TAGS.length;
  const weights = model.weights;
  const get = weights instanceof Map ? (f: string) => weights.get(f) : (f: string) => weights[f];
  const addTo = (out: Float64Array | Float32Array, at: number, feats: string[]) => {
    for (const f of feats) { const w = get(f); if (w) for (let t = 0; t < T; t++) out[at + t] += w[t]; }
  };
  const vec = (feats: string[]) => { const v = new Float64Array(T); addTo(v, 0, feats); return v; };
  const ZERO = new Float64Array(T);
  /** Words that have a feature joined with the previous tag in the model. */
  const wordsWithHistory = new Set<string>();
  for (const f of weights instanceof Map ? weights.keys() : Object.keys(weights)) if (f.startsWith('t-1w=')) wordsWithHistory.add(f.slice(f.indexOf('|') + 1));
  /** What a word class contributes, by path and role (its own class, or the class of the word before or after):
   * the same for every word of the class, so computed once per class. */
  const byClass = new Map<string, Float64Array>();
  const classVec = (name: string, stripped: string, from: number) => {
    const key = `${name} ${classesOf(name).get(stripped) ?? '?'}`;
    let v = byClass.get(key);
    if (!v) { const f: string[] = []; clusterFeatures(name, stripped, f, from); v = vec(f); byClass.set(key, v); }
    return v;
  };
  const add = (out: Float64Array | Float32Array, at: number, v: Float64Array) => { for (let t = 0; t < T; t++) out[at + t] += v[t]; };
  /** What a word's affixes and shape contribute, as three parts each shared by many words: its first three
   * letters, its last three, and its form (shape, length, article, clitics). Cached by part, not by the whole:
   * nearly every new type has a combination of its own (150,000 in 10,000 articles), a few thousand of each part. */
  const byPrefix = new Map<string, Float64Array>();
  const bySuffix = new Map<string, Float64Array>();
  const byForm = new Map<string, Float64Array>();
  const shapeVecs = (n: string, s: string, out: Float64Array | Float32Array, at: number) => {
    const p3 = s.slice(0, 3), x3 = s.slice(-3);
    let v = byPrefix.get(p3);
    if (!v) { v = vec([`p1=${p3.slice(0, 1)}`, `p2=${p3.slice(0, 2)}`, `p3=${p3}`]); byPrefix.set(p3, v); }
    add(out, at, v);
    v = bySuffix.get(x3);
    if (!v) { v = vec([`x1=${x3.slice(-1)}`, `x2=${x3.slice(-2)}`, `x3=${x3}`]); bySuffix.set(x3, v); }
    add(out, at, v);
    const sh = shape(n), len = Math.min(s.length, 8), al = n.startsWith('ال') || /^[وفبلك]ال/.test(n);
    const cl = n !== s ? n.slice(0, n.length - s.length) : '';
    const key = `${sh}|${len}|${al}|${cl}`;
    v = byForm.get(key);
    if (!v) { v = vec(['b', `sh=${sh}`, `len=${len}`, `al=${al}`, `cl=${cl}`]); byForm.set(key, v); }
    add(out, at, v);
  };

  /** Floats a type takes in the table: own, then as neighbour at -2, -1, +1, +2. */
  const ROW = 5 * T;
  let ids = new Map<string, number>();
  let strippedOf: string[] = [];
  /** By type id, the lengths of the dictionary names starting with the type (startsOf; 0: it starts none). */
  let phraseLengthsOf: number[] = [];
  const phraseStarts = model.phrases ? startsOf(model.phrases) : null;
  let table = new Float32Array(1024 * ROW);
  let transitionsById: Array<Float64Array | undefined> = [];
  /** Words (as written or clitic-stripped) that some word feature of the model names: the training data's
   * vocabulary. Most new types of a day of news are not in it, and skip the look-ups of their word features. */
  const modelWords = new Set<string>();
  const WORD_FEATURE = /^(?:w|s|w-1|w\+1|w-2|w\+2|s-1|s\+1)=(.*)$/s;
  for (const f of weights instanceof Map ? weights.keys() : Object.keys(weights)) { const m = WORD_FEATURE.exec(f); if (m) modelWords.add(m[1]); }
  /** Fills the table row of a new type. */
  const fill = (id: number, n: string, s: string, boundary: boolean) => {
    // Doubled as types come, up to the vocabulary's limit (not the power of two past it: 11 MB less a thread).
    if ((id + 1) * ROW > table.length) { const bigger = new Float32Array(Math.min(table.length * 2, VOCABULARY_LIMIT * ROW)); bigger.set(table); table = bigger; }
    const at = id * ROW;
    table.fill(0, at, at + ROW);
    const known = (w: string) => modelWords.has(w);
    if (!boundary) {
      const f: string[] = [];
      if (known(n)) f.push(`w=${n}`);
      if (known(s)) f.push(`s=${s}`);
      const kinds = nameKinds(s, n);
      if (kinds) for (const k of kinds) f.push(`lex=${k}`);
      profileFeatures(s, f);
      addTo(table, at, f);
      add(table, at, classVec('c', s, 0));
      add(table, at, classVec('g', s, 0));
      shapeVecs(n, s, table, at);
    }
    const before = boundary ? '<s>' : n, after = boundary ? '</s>' : n;
    const sb = boundary ? '<s>' : s, sa = boundary ? '</s>' : s;
    const f1: string[] = [], f2: string[] = [];
    if (known(before)) { addTo(table, at + T, [`w-2=${before}`]); f1.push(`w-1=${before}`); }
    if (known(sb)) f1.push(`s-1=${sb}`);
    if (known(after)) { f2.push(`w+1=${after}`); addTo(table, at + 4 * T, [`w+2=${after}`]); }
    if (known(sa)) f2.push(`s+1=${sa}`);
    const k1 = NAME_WORDS.get(sb), k2 = NAME_WORDS.get(sa);
    if (k1) for (const x of k1) f1.push(`lex-1=${x}`);
    if (k2) for (const x of k2) f2.push(`lex+1=${x}`);
    addTo(table, at + 2 * T, f1);
    addTo(table, at + 3 * T, f2);
    if (!boundary) { add(table, at + 2 * T, classVec('c-1', s, 1)); add(table, at + 3 * T, classVec('c+1', s, 1)); }
  };
  /** Id 0 is the sentence boundary, as a neighbour. */
  const reset = () => { ids = new Map(); strippedOf = ['']; phraseLengthsOf = [0]; transitionsById = []; fill(0, '', '', true); };
  reset();
  const idOf = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) {
      if (strippedOf.length >= VOCABULARY_LIMIT) reset();
      id = strippedOf.length;
      ids.set(w, id);
      const s = stripClitics(w);
      strippedOf.push(s);
      phraseLengthsOf.push(phraseStarts?.get(s) ?? 0);
      fill(id, w, s, false);
    }
    return id;
  };
  /** Weights of the transition features (t-1, tr), by history index: the same for every word. */
  const historyVec: Float64Array[] = HISTORY.map((h) => vec([`t-1=${h}`, `tr=${h}`]));
  /** The transition scores of a word: for each history h (row h of HISTORY.length), each tag's score from the
   * transition features and those joining the previous tag and the word (t-1w, lex|t-1). Most words have none of
   * the latter and share one matrix. */
  const H = HISTORY.length;
  const TRANSITIONS = new Float64Array(H * T);
  for (let h = 0; h < H; h++) for (let t = 0; t < T; t++) TRANSITIONS[h * T + t] = ALLOWED[t][h] ? historyVec[h][t] : -Infinity;
  /** The transition matrix of words of the given name-lexicon kinds (a dozen combinations): lex|t-1 added. */
  const byKinds = new Map<string, Float64Array>();
  const kindsMatrix = (kinds: string): Float64Array => {
    let m = byKinds.get(kinds);
    if (!m) {
      m = new Float64Array(TRANSITIONS);
      for (let h = 0; h < H; h++) addTo(m, h * T, [...kinds].map((k) => `lex=${k}|t-1=${HISTORY[h]}`));
      byKinds.set(kinds, m);
    }
    return m;
  };
  const transitionsOf = (id: number, word: string): Float64Array => {
    let m = transitionsById[id];
    if (!m) {
      const s = strippedOf[id];
      const kinds = nameKinds(s, word);
      m = kinds ? kindsMatrix(kinds) : TRANSITIONS;
      if (wordsWithHistory.has(s)) {
        m = new Float64Array(m);
        for (let h = 0; h < H; h++) addTo(m, h * T, [`t-1w=${HISTORY[h]}|${s}`]);
      }
      transitionsById[id] = m;
    }
    return m;
  };
  /** Back-pointers of the Viterbi search, grown as needed. */
  let back = new Int8Array(256 * T);
  /** What a token's phrase-dictionary features contribute, by the features (a few hundred combinations). */
  const byPhrase = new Map<string, Float64Array>();
  const phraseVec = (feats: string[]) => {
    const key = feats.join(' ');
    let v = byPhrase.get(key);
    if (!v) { v = vec(feats); byPhrase.set(key, v); }
    return v;
  };
  /** What a token's text-context kinds contribute, by the kinds (a few dozen combinations). */
  const byContext = new Map<string, Float64Array>();
  const contextVec = (kinds: string) => {
    let v = byContext.get(kinds);
    if (!v) { v = vec(contextFeatures(kinds)); byContext.set(kinds, v); }
    return v;
  };
  return {
    tag(words: string[], ends: number[] = [words.length]): Tag[] {
      const count = words.length;
      // Ids are taken per call: a text must not see them reset mid-way.
      if (strippedOf.length + count > VOCABULARY_LIMIT) reset();
      const wordId = new Int32Array(count);
      for (let i = 0; i < count; i++) wordId[i] = idOf(words[i]);
      const tab = table;
      const result = new Array<Tag>(count);
      const strippedWords = Array.from(wordId, (id) => strippedOf[id]);
      const contextKinds = textContextKinds(words, strippedWords, ends);
      let delta = new Float64Array(T), next = new Float64Array(T);
      const emission = new Float64Array(T);
      // Sentence by sentence, as in training.
      for (let from = 0, sentence = 0; from < count; sentence++) {
        const to = Math.min(Math.max(ends[sentence] ?? count, from + 1), count);
        // What each token's place in a dictionary name contributes (ZERO outside names).
        const phrase = new Array<Float64Array>(to - from).fill(ZERO);
        if (model.phrases) visitPhrases(model.phrases, strippedWords, from, to, (i, feats) => { phrase[i - from] = phraseVec(feats); }, (i) => phraseLengthsOf[wordId[i]]);
        // Viterbi (as `viterbi` below, inlined: this is the inner loop of enrichment).
        const n = to - from;
        if (back.length < n * T) back = new Int8Array(n * T * 2);
        for (let k = 0; k < n; k++) {
          const i = from + k;
          const o = wordId[i] * ROW;
          const a = (i - 2 >= from ? wordId[i - 2] : 0) * ROW + T;
          const b = (i - 1 >= from ? wordId[i - 1] : 0) * ROW + 2 * T;
          const c = (i + 1 < to ? wordId[i + 1] : 0) * ROW + 3 * T;
          const d = (i + 2 < to ? wordId[i + 2] : 0) * ROW + 4 * T;
          const ph = phrase[k], cx = contextKinds[i] ? contextVec(contextKinds[i]) : ZERO;
          for (let t = 0; t < T; t++) emission[t] = tab[o + t] + tab[a + t] + tab[b + t] + tab[c + t] + tab[d + t] + ph[t] + cx[t];
          // Disallowed transitions are -Infinity in the matrix: never chosen.
          const tr = transitionsOf(wordId[i], words[i]);
          if (k === 0) {
            for (let t = 0; t < T; t++) { delta[t] = emission[t] + tr[t]; back[t] = -1; }
            continue;
          }
          for (let t = 0; t < T; t++) {
            let best = -Infinity, from = 0;
            // Only the histories the tag may follow (an I- tag two, not nine).
            const first = FIRST_HISTORY[t], last = LAST_HISTORY[t];
            for (let h = first; h < last; h++) {
              const v = delta[h - 1] + tr[h * T + t];
              if (v > best) { best = v; from = h - 1; }
            }
            next[t] = best + emission[t];
            back[k * T + t] = from;
          }
          const swap = delta; delta = next; next = swap;
        }
        let last = 0;
        for (let t = 1; t < T; t++) if (delta[t] > delta[last]) last = t;
        const path = new Int8Array(n);
        for (let k = n - 1; k >= 0; k--) { path[k] = last; last = back[k * T + last]; }
        for (let k = 0; k < path.length; k++) result[from + k] = TAGS[path[k]];
        from = to;
      }
      return result;
    },
  };
}

/**
 * Tags folded words (the reference implementation: createTagger gives the same tags, faster). `context`: each
 * word's text-context features, by default from the words themselves as one sentence.
 * @example tag(model, ['قال', 'الرئيس', 'فلاديمير', 'بوتين']) // ['O', 'O', 'B-PERS', 'I-PERS']
 */
export function tag(model: Model, words: string[], context: string[][] = textContextFeatures(words, [words.length])): Tag[] {
  const stripped = words.map(stripClitics);
  const extra = phraseFeatures(model.phrases, stripped).map((p, i) => (context[i]?.length ? [...p, ...context[i]] : p));
  return decode(weightsOf(model), words, stripped, extra);
}

/** Training: the averaged structured perceptron (Collins 2002): each sentence decoded by Viterbi with the current
 * weights; where it differs from the truth, the truth's features gain and the guess's lose. Against the greedy
 * tagger it replaced (one tag at a time, trained with the true history), 5-fold cross-validated micro F1 0.747 ->
 * 0.753 (at 12 epochs): it stopped cutting first names off persons («صامويل ايتو» -> «ايتو»). */
export function train(sentences: Array<{ words: string[]; tags: Tag[]; phrases?: string[][] }>, epochs: number, seed = 1): Model {
  const w = new Map<string, number[]>();
  const totals = new Map<string, number[]>();
  const stamps = new Map<string, number[]>();
  let step = 0;
  const update = (f: string, t: number, v: number) => {
    let wf = w.get(f);
    if (!wf) { wf = new Array(TAGS.length).fill(0); w.set(f, wf); totals.set(f, new Array(TAGS.length).fill(0)); stamps.set(f, new Array(TAGS.length).fill(0)); }
    const tot = totals.get(f)!, st = stamps.get(f)!;
    tot[t] += (step - st[t]) * wf[t];
    st[t] = step;
    wf[t] += v;
  };
  const order = sentences.map((_, i) => i);
  let rnd = seed;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { rnd = (rnd * 1103515245 + 12345) % 2147483648; const j = rnd % (i + 1); [order[i], order[j]] = [order[j], order[i]]; }
    for (const k of order) {
      const { words, tags, phrases } = sentences[k];
      const stripped = words.map(stripClitics);
      const guess = decode((f) => w.get(f), words, stripped, phrases ?? []);
      for (let i = 0; i < words.length; i++) {
        step++;
        const truePrev = tags[i - 1] ?? '<s>', guessPrev = guess[i - 1] ?? '<s>';
        if (guess[i] === tags[i] && truePrev === guessPrev) continue;
        const truth = TAGS.indexOf(tags[i]), wrong = TAGS.indexOf(guess[i]);
        if (truth !== wrong) for (const f of staticFeatures(words, stripped, i, phrases?.[i])) { update(f, truth, 1); update(f, wrong, -1); }
        for (const f of dynamicFeatures(words, stripped, i, truePrev)) update(f, truth, 1);
        for (const f of dynamicFeatures(words, stripped, i, guessPrev)) update(f, wrong, -1);
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wf] of w) {
    const tot = totals.get(f)!, st = stamps.get(f)!;
    const avg = wf.map((v, t) => (tot[t] + (step - st[t]) * v) / step);
    if (avg.some((v) => Math.abs(v) >= 0.005)) weights[f] = avg.map((v) => Math.round(v * 1000) / 1000);
  }
  return { weights };
}

/** Entity spans of a tag sequence: [start, end) token indices and the kind. */
export function spans(tags: Tag[]): Array<{ start: number; end: number; kind: string }> {
  const out: Array<{ start: number; end: number; kind: string }> = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'O') continue;
    const kind = tags[i].slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${kind}`) j++;
    out.push({ start: i, end: j, kind });
    i = j - 1;
  }
  return out;
}

export const foldWord = (w: string) => normalize(w);

