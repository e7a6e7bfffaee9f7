/**
 * A named-entity tagger for names no gazetteer lists: a greedy averaged perceptron over BIO tags (PERS, LOC, ORG,
 * MISC) with word, clitic, affix, context, name-lexicon and previous-tag features, trained on ANERcorp by
 * scripts/train-ner.ts (npm run train:ner) and saved as data/ner-model.json. Hand-written because no JavaScript
 * library tags Arabic; the model is small enough to run at hundreds of articles a second.
 */
import { loadData } from '../data.ts';
import { normalize, stripClitics } from '../text/index.ts';

const lexicon = loadData<{ words: Record<string, string> }>('name-lexicon');

export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

/** Name words and the kinds of names they occur in (P, L, O), from ANERgazet, ANETAC and the gazetteer. */
const NAME_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.words));

export interface Model {
  /** feature -> weights per tag (index in TAGS): a Map when loaded for tagging (faster look-ups), an object in JSON. */
  weights: Record<string, number[]> | Map<string, number[]>;
}

/** A model as read from JSON, made ready for fast tagging. */
export function loadModel(json: { weights: Record<string, number[]> }): Model {
  return { weights: new Map(Object.entries(json.weights)) };
}

const shape = (w: string) => (/^\d+$/.test(w) ? 'num' : /[a-z]/i.test(w) ? 'latin' : /\d/.test(w) ? 'mixed' : 'ar');

/** Features of token i that do not depend on tags (computed once per token). `stripped` holds each word
 * without its clitics. */
export function staticFeatures(words: string[], stripped: string[], i: number): string[] {
  const n = words[i];
  const s = stripped[i];
  const at = (k: number) => (k >= 0 && k < words.length ? words[k] : k < 0 ? '<s>' : '</s>');
  const st = (k: number) => (k >= 0 && k < words.length ? stripped[k] : k < 0 ? '<s>' : '</s>');
  const f = [
    'b', `w=${n}`, `s=${s}`, `p1=${s.slice(0, 1)}`, `p2=${s.slice(0, 2)}`, `p3=${s.slice(0, 3)}`, `x1=${s.slice(-1)}`, `x2=${s.slice(-2)}`, `x3=${s.slice(-3)}`,
    `sh=${shape(n)}`, `len=${Math.min(s.length, 8)}`, `al=${n.startsWith('ال') || /^[وفبلك]ال/.test(n)}`, `cl=${n !== s ? n.slice(0, n.length - s.length) : ''}`,
    `w-1=${at(i - 1)}`, `w+1=${at(i + 1)}`, `w-2=${at(i - 2)}`, `w+2=${at(i + 2)}`, `s-1=${st(i - 1)}`, `s+1=${st(i + 1)}`,
  ];
  const kinds = NAME_WORDS.get(s) ?? NAME_WORDS.get(n);
  if (kinds) for (const k of kinds) f.push(`lex=${k}`);
  const next = NAME_WORDS.get(st(i + 1));
  if (next) for (const k of next) f.push(`lex+1=${k}`);
  const before = NAME_WORDS.get(st(i - 1));
  if (before) for (const k of before) f.push(`lex-1=${k}`);
  return f;
}

/** Features of token i that depend on the tags chosen before it. */
export function dynamicFeatures(words: string[], stripped: string[], i: number, prev: string, prev2: string): string[] {
  const f = [`t-1=${prev}`, `t-2=${prev2}|${prev}`, `t-1w=${prev}|${stripped[i]}`];
  const kinds = NAME_WORDS.get(stripped[i]) ?? NAME_WORDS.get(words[i]);
  if (kinds) for (const k of kinds) f.push(`lex=${k}|t-1=${prev}`);
  return f;
}

/** All features of token i (training and tests). */
export function features(words: string[], i: number, prev: string, prev2: string, stripped = words.map(stripClitics)): string[] {
  return [...staticFeatures(words, stripped, i), ...dynamicFeatures(words, stripped, i, prev, prev2)];
}

function addScores(model: Model, feats: string[], scores: number[]): void {
  const weights = model.weights;
  const get = weights instanceof Map ? (f: string) => weights.get(f) : (f: string) => weights[f];
  for (const f of feats) {
    const w = get(f);
    if (w) for (let t = 0; t < TAGS.length; t++) scores[t] += w[t];
  }
}

/** Word types whose weights the fast tagger keeps (about 100 bytes each per cache): a day of news has some
 * 60,000; past the limit the caches start again. */
const VOCABULARY_LIMIT = 200_000;

export interface FastTagger {
  /** Tags words; `ends` (optional) are the indices where sentences end (exclusive), so that one call tags a whole
   * text with each sentence seen as in training. */
  tag(words: string[], ends?: number[]): Tag[];
}

/**
 * A tagger that gives exactly `tag`'s results, faster.
 * @example createTagger(loadModel(json)).tag(['قال', 'الرئيس', 'فلاديمير', 'بوتين'])
 */
export function createTagger(model: Model): FastTagger {
  const vec = (feats: string[]) => { const v = new Float64Array(TAGS.length); addScores(model, feats, v as unknown as number[]); return v; };
  const HISTORY: readonly string[] = ['<s>', ...TAGS];
  // Word types get small ids (one Map look-up per token); what a type contributes is cached in arrays by id:
  // its own features, its features as a neighbour at -2, -1, +1, +2, its stripped form and its features joined
  // with the previous tag. Bounded: past VOCABULARY_LIMIT types, everything starts again (frequent words return).
  let ids = new Map<string, number>();
  let types: string[] = [];
  let strippedOf: string[] = [];
  let own: Array<Float64Array | undefined> = [];
  let neighbour: Array<Array<Float64Array | undefined>> = [[], [], [], []];
  let withHistory: Array<Array<Float64Array | undefined> | undefined> = [];
  const reset = () => { ids = new Map(); types = []; strippedOf = []; own = []; neighbour = [[], [], [], []]; withHistory = []; };
  const idOf = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) {
      if (types.length >= VOCABULARY_LIMIT) reset();
      id = types.length;
      ids.set(w, id);
      types.push(w);
      strippedOf.push(stripClitics(w));
    }
    return id;
  };
  const ownOf = (id: number) => {
    let v = own[id];
    if (!v) {
      const n = types[id], s = strippedOf[id];
      const f = [
        'b', `w=${n}`, `s=${s}`, `p1=${s.slice(0, 1)}`, `p2=${s.slice(0, 2)}`, `p3=${s.slice(0, 3)}`, `x1=${s.slice(-1)}`, `x2=${s.slice(-2)}`, `x3=${s.slice(-3)}`,
        `sh=${shape(n)}`, `len=${Math.min(s.length, 8)}`, `al=${n.startsWith('ال') || /^[وفبلك]ال/.test(n)}`, `cl=${n !== s ? n.slice(0, n.length - s.length) : ''}`,
      ];
      const kinds = NAME_WORDS.get(s) ?? NAME_WORDS.get(n);
      if (kinds) for (const k of kinds) f.push(`lex=${k}`);
      v = own[id] = vec(f);
    }
    return v;
  };
  /** Features a word gives the token at offset -2, -1, +1, +2 from it (slot 0..3). */
  const neighbourFeatures = (slot: number, w: string, s: string) => {
    const f: string[] = [];
    if (slot === 0) f.push(`w-2=${w}`);
    if (slot === 1) { f.push(`w-1=${w}`, `s-1=${s}`); const k = NAME_WORDS.get(s); if (k) for (const x of k) f.push(`lex-1=${x}`); }
    if (slot === 2) { f.push(`w+1=${w}`, `s+1=${s}`); const k = NAME_WORDS.get(s); if (k) for (const x of k) f.push(`lex+1=${x}`); }
    if (slot === 3) f.push(`w+2=${w}`);
    return vec(f);
  };
  const asNeighbour = (slot: number, id: number) => (neighbour[slot][id] ??= neighbourFeatures(slot, types[id], strippedOf[id]));
  /** Sentence boundaries as neighbours, per slot. */
  const boundary = [neighbourFeatures(0, '<s>', '<s>'), neighbourFeatures(1, '<s>', '<s>'), neighbourFeatures(2, '</s>', '</s>'), neighbourFeatures(3, '</s>', '</s>')];
  /** Weights of the tag-history features (t-1, t-2|t-1), by history index: the same for every word. */
  const historyVec: Float64Array[] = [];
  const byHistory = (h2: number, h1: number) => (historyVec[h2 * HISTORY.length + h1] ??= vec([`t-1=${HISTORY[h1]}`, `t-2=${HISTORY[h2]}|${HISTORY[h1]}`]));
  /** Weights of the features joining the previous tag and the word (t-1w, lex|t-1), per word type and tag. */
  const byWordHistory = (id: number, h1: number) => {
    const row = (withHistory[id] ??= new Array(HISTORY.length));
    let v = row[h1];
    if (!v) {
      const prev = HISTORY[h1], n = types[id], s = strippedOf[id];
      const f = [`t-1w=${prev}|${s}`];
      const kinds = NAME_WORDS.get(s) ?? NAME_WORDS.get(n);
      if (kinds) for (const k of kinds) f.push(`lex=${k}|t-1=${prev}`);
      v = row[h1] = vec(f);
    }
    return v;
  };
  /** The repaired tag index (I- after a different kind becomes B-), by history index of the previous tag. */
  const repaired = TAGS.map((t, i) => HISTORY.map((p) => TAGS.indexOf(repair(t, p)) === -1 ? i : TAGS.indexOf(repair(t, p))));
  return {
    tag(words: string[], ends: number[] = [words.length]): Tag[] {
      const count = words.length;
      // A text longer than the vocabulary limit could see its ids reset mid-way: ids are taken per call anyway.
      if (types.length + count > VOCABULARY_LIMIT) reset();
      const wordId = new Int32Array(count);
      for (let i = 0; i < count; i++) wordId[i] = idOf(words[i]);
      const result = new Array<Tag>(count);
      const idx = new Int8Array(count); // tag index of each token
      let from = 0, to = ends[0] ?? count, sentence = 0;
      for (let i = 0; i < count; i++) {
        while (i >= to) { from = to; sentence++; to = ends[sentence] ?? count; }
        const o = ownOf(wordId[i]);
        const a = i - 2 >= from ? asNeighbour(0, wordId[i - 2]) : boundary[0];
        const b = i - 1 >= from ? asNeighbour(1, wordId[i - 1]) : boundary[1];
        const c = i + 1 < to ? asNeighbour(2, wordId[i + 1]) : boundary[2];
        const d = i + 2 < to ? asNeighbour(3, wordId[i + 2]) : boundary[3];
        const h1 = i - 1 >= from ? idx[i - 1] + 1 : 0;
        const h2 = i - 2 >= from ? idx[i - 2] + 1 : 0;
        const h = byHistory(h2, h1);
        const wh = byWordHistory(wordId[i], h1);
        let best = 0, bestScore = -Infinity;
        for (let t = 0; t < TAGS.length; t++) {
          const score = o[t] + a[t] + b[t] + c[t] + d[t] + h[t] + wh[t];
          if (score > bestScore) { bestScore = score; best = t; }
        }
        const chosen = repaired[best][h1];
        idx[i] = chosen;
        result[i] = TAGS[chosen];
      }
      return result;
    },
  };
}

/** An I- tag may only follow its B- or I- tag; otherwise it is read as B-. */
function repair(tag: Tag, prev: string): Tag {
  if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) return `B-${tag.slice(2)}` as Tag;
  return tag;
}

/**
 * Tags folded words.
 * @example tag(model, ['قال', 'الرئيس', 'فلاديمير', 'بوتين']) // ['O', 'O', 'B-PERS', 'I-PERS']
 */
export function tag(model: Model, words: string[]): Tag[] {
  const stripped = words.map(stripClitics);
  const tags: Tag[] = [];
  for (let i = 0; i < words.length; i++) {
    const prev = tags[i - 1] ?? '<s>';
    const s = new Array<number>(TAGS.length).fill(0);
    addScores(model, staticFeatures(words, stripped, i), s);
    addScores(model, dynamicFeatures(words, stripped, i, prev, tags[i - 2] ?? '<s>'), s);
    let best = 0;
    for (let t = 1; t < TAGS.length; t++) if (s[t] > s[best]) best = t;
    tags.push(repair(TAGS[best], prev));
  }
  return tags;
}

/** Training: the averaged perceptron (Collins 2002), greedy decoding with gold history. */
export function train(sentences: Array<{ words: string[]; tags: Tag[] }>, epochs: number, seed = 1): Model {
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
      const { words, tags } = sentences[k];
      const stripped = words.map(stripClitics);
      // Gold history (measured against the tagger's own guesses as history: 0.710 vs 0.723 held-out F1).
      for (let i = 0; i < words.length; i++) {
        step++;
        const feats = features(words, i, tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>', stripped);
        const scores = new Array<number>(TAGS.length).fill(0);
        for (const f of feats) { const wf = w.get(f); if (wf) for (let t = 0; t < TAGS.length; t++) scores[t] += wf[t]; }
        let guess = 0;
        for (let t = 1; t < TAGS.length; t++) if (scores[t] > scores[guess]) guess = t;
        const truth = TAGS.indexOf(tags[i]);
        if (guess !== truth) for (const f of feats) { update(f, truth, 1); update(f, guess, -1); }
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
