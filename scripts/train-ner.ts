/**
 * npm run train:ner — trains the tagger (src/enrich/tagger.ts) on ANERcorp's train split and reports entity-level
 * precision, recall and F1 per type on the last tenth of it, held out; then trains on all of it and saves
 * data/ner-model.json.
 * --folds N instead reports the tagger's micro F1 with each of N contiguous blocks held out (for comparing features);
 * --tenths DIR the whole recognizer's scores with each tenth held out in turn, pooled (the models kept in DIR;
 *   TENTHS=0,1,2 in the environment: those tenths only);
 * NER_DIFF=1 prints what the whole recognizer loses or adds against the tagger alone.
 * The word classes (data/word-clusters.json) come first: scripts/build-word-clusters.ts.
 *   node --import tsx scripts/train-ner.ts [TRAIN_CONLL] [--epochs N] [--ensemble N] [--eval-only] [--folds N] [--tenths DIR]
 *     [--held-out-model FILE | --held-out-from FILE]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createEntityRecognizer } from '../src/enrich/entities.ts';
import { buildPhraseDictionary, loadModel, phraseFeatures, spans, tag, textContextFeatures, train } from '../src/enrich/tagger.ts';
import { stripClitics } from '../src/text/index.ts';
import { readConll, type Sentence } from './conll.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
/** Options that take a value; the one argument that is neither an option nor a value is the CoNLL file. */
const VALUED = new Set(['--epochs', '--ensemble', '--folds', '--held-out-model', '--held-out-from', '--held-out-tenth', '--tenths']);
const path = args.find((a, i) => !a.startsWith('--') && !VALUED.has(args[i - 1])) ?? '../shared/corpora/anercorp/train.conll';
// Epochs, 5-fold cross-validated micro F1 of one structured-perceptron model: 8 -> 0.751, 12 -> 0.753, 16 -> 0.753
// (the greedy tagger it replaced: 8 -> 0.743, 12 -> 0.741).
const epochs = Number(opt('--epochs', '12'));
/** Share of sentences held out, from the end (contiguous, so no article is split across train and test). */
const HELD_OUT = 0.1;

type ModelJson = { weights: Record<string, number[]>; phrases: Record<string, [string, number]> };


/* Tried and left out, 5-fold cross-validated micro F1 of one model against 0.7518: word bigrams (the word before or
 * after joined with the word) 0.7486, the affixes of the neighbours 0.7478, the word classes of the words two away
 * 0.7418. */
/* Tried and left out: four-letter prefixes and suffixes beside the one- to three-letter ones, 0.7660 -> 0.7650. */
/* Tried and left out: taking a margin off O's score when tagging (recall trails precision, 0.68 to 0.79), 5-fold
 * micro F1 0.7494 / 0.7500 / 0.7492 / 0.7490 at margins 0 / 1 / 2 / 3: no gain worth a parameter. */

/** Training sentences get their phrase-dictionary features from a dictionary of the other parts (this many): from
 * one of their own, every name they tag would look certain, and the tagger would learn to trust it blindly. */
const JACKKNIFE = 5;
function withPhraseFeatures(data: Sentence[]): Sentence[] {
  const context = contextOf(data);
  const out: Sentence[] = [];
  for (let k = 0; k < JACKKNIFE; k++) {
    const a = Math.floor((data.length * k) / JACKKNIFE), b = Math.floor((data.length * (k + 1)) / JACKKNIFE);
    const dictionary = buildPhraseDictionary([...data.slice(0, a), ...data.slice(b)]);
    data.slice(a, b).forEach((s, n) => out.push({ ...s, phrases: phraseFeatures(dictionary, s.words.map(stripClitics)).map((p, i) => [...p, ...context[a + n][i]]) }));
  }
  return out;
}

/** The text-context features of consecutive sentences read as one text (ANERcorp keeps its articles' sentences in
 * order), per sentence and word. */
function contextOf(sentences: Sentence[]): string[][][] {
  const words = sentences.flatMap((s) => s.words);
  const ends: number[] = [];
  for (const s of sentences) ends.push((ends.at(-1) ?? 0) + s.words.length);
  const flat = textContextFeatures(words, ends);
  return sentences.map((s, k) => flat.slice(k ? ends[k - 1] : 0, ends[k]));
}

/** Features whose weights all stay under this (in absolute value) leave the model: half of them, 5-fold
 * cross-validated micro F1 0.7529 -> 0.7518 (at 2: a third left, 0.7518; at 4: 0.744), a model half the size to load
 * and look up. */
const MIN_WEIGHT = 1;

/** Models trained on differently shuffled orders, their weights averaged (ENSEMBLE of them): cross-validated micro
 * F1 0.743 with one, 0.746 with three (better on four folds of five); held out, the whole recognizer 0.775 with
 * three, 0.777 with five (texts of 20 sentences 0.780, 0.782; the tagger alone 0.756, 0.759). */
/* Tried and left out (session 21): a linear-chain CRF over the same features, trained by SGD with L2 (c2 0.3 and 1,
 * 10 epochs; 16 s a model): one model scores as this ensemble, pooled over the ten tenths with the whole recognizer
 * (texts of 20 sentences: micro 0.822-0.823 against 0.823; PERS 0.790-0.792, ORG 0.727-0.730), and the sum of both
 * models' scores 0.823-0.825. Under the CRF, neighbours' affixes, skip-gram classes or profiles as features gave no
 * gain either (5-fold micro F1 0.7796 -> 0.7762 / 0.7804 / 0.7792). The learner is not what limits the figures. */
/* Tried and left out (session 22): word dropout, each occurrence of a rare word losing the features that name it
 * (its own and its neighbours' w and s) in training, so that the model reads unseen names by their context: 5-fold
 * micro F1 of one model 0.7780 -> 0.7770 (share 0.5 of words seen once), 0.7776 (0.2, five times or fewer), 0.7752
 * (0.5, three times or fewer). The jackknifed phrase features and the word classes already teach it that. */
/* Tried and left out (session 33): nine models instead of five, all ten tenths pooled with the whole recognizer
 * (texts of 20 sentences): PERS 0.812 -> 0.813, LOC 0.893, ORG 0.774 (P 0.772 -> 0.773), micro 0.842 -> 0.843, for
 * 80% more training time. */
/* Tried and left out (session 34): a third of the training sentences given the text-context features of the
 * sentence alone, as a caller annotating sentences one by one gives them, so that the tagger does not lean on context
 * a lone sentence lacks. Ten tenths pooled: per sentence PERS 0.788 -> 0.788, LOC 0.891 -> 0.892, ORG 0.764 ->
 * 0.760; texts of 20 sentences PERS 0.814, LOC 0.893 -> 0.894, ORG 0.780 -> 0.777. */
const ENSEMBLE = Number(opt('--ensemble', '5'));
/* Tried and left out (session 22): self-training. The first 2,000 / 6,000 / 15,000 sentences of SaudiNewsNet tagged
 * by the whole recognizer (a model trained on the training part, the gazetteer, the rules) added to the training
 * sentences: the tagger alone, 5-fold micro F1 0.7780 -> 0.7800 / 0.7836 / 0.7818, but the whole recognizer, folds
 * pooled (FOLD_RECOGNIZER=1), PERS 0.778 -> 0.772 / 0.767 and ORG 0.703 -> 0.721 / 0.709, micro 0.810 -> 0.811 /
 * 0.808: the persons it misses in the silver text teach the tagger to miss them.
 * Tried and left out (session 33): the same with partial labels, so that no missed name is taught as none: 6,000
 * silver sentences read by the recognizer with each tenth's held-out model, only the words of the names it found
 * labelled, every other word free (the perceptron learning towards the best reading that keeps those names). Tenths
 * 0 and 8, texts of 20 sentences: PERS 0.922 -> 0.906 and 0.852 -> 0.837, LOC 0.878 -> 0.871 and 0.906 -> 0.910,
 * ORG 0.734 -> 0.733 and 0.841 -> 0.842 (per sentence ORG 0.744 -> 0.758, 0.811 -> 0.821): persons lose still. */
function trainEnsemble(data: Sentence[]): ModelJson {
  const phrases = Object.fromEntries(buildPhraseDictionary(data));
  const featured = withPhraseFeatures(data);
  if (ENSEMBLE <= 1) return { weights: Object.fromEntries(Object.entries(train(featured, epochs).weights as Record<string, number[]>).filter(([, w]) => w.some((v) => Math.abs(v) >= MIN_WEIGHT))), phrases };
  const sum = new Map<string, number[]>();
  for (let k = 0; k < ENSEMBLE; k++) {
    const m = train(featured, epochs, k + 1);
    for (const [f, w] of Object.entries(m.weights as Record<string, number[]>)) {
      const acc = sum.get(f) ?? sum.set(f, new Array(w.length).fill(0)).get(f)!;
      for (let t = 0; t < w.length; t++) acc[t] += w[t] / ENSEMBLE;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, w] of sum) if (w.some((v) => Math.abs(v) >= MIN_WEIGHT)) weights[f] = w.map((v) => Math.round(v * 1000) / 1000);
  return { weights, phrases };
}
type Counts = Record<string, { tp: number; fp: number; fn: number }>;
/** The counts of one kind, made empty where missing. */
const countsOf = (counts: Counts) => (k: string) => (counts[k] ??= { tp: 0, fp: 0, fn: 0 });
/** Sentence indices [from, to) of the n-th tenth (0-9) of `length` sentences. */
const tenthBounds = (length: number, n: number): [number, number] => [Math.floor(length * n * HELD_OUT), Math.floor(length * Math.min(1, (n + 1) * HELD_OUT))];
function evaluate(json: ModelJson, test: Sentence[]) {
  const model = loadModel(json);
  const counts: Counts = {};
  const c = countsOf(counts);
  let tokens = 0;
  const t0 = performance.now();
  const context = contextOf(test);
  for (const [n, s] of test.entries()) {
    const predicted = spans(tag(model, s.words, context[n]));
    tokens += s.words.length;
    const gold = spans(s.tags);
    const key = (x: { start: number; end: number; kind: string }) => `${x.start}:${x.end}:${x.kind}`;
    const g = new Set(gold.map(key));
    const p = new Set(predicted.map(key));
    for (const x of predicted) c(x.kind)[g.has(key(x)) ? 'tp' : 'fp']++;
    for (const x of gold) if (!p.has(key(x))) c(x.kind).fn++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return `${scoreTable(c, ['PERS', 'LOC', 'ORG', 'MISC'])}; tagging ${(tokens / seconds / 1000).toFixed(0)}k tokens/s`;
}

/** Per-kind precision, recall and F1 rows, then the PER+LOC+ORG micro F1 (MISC shown, not counted). */
function scoreTable(c: (kind: string) => { tp: number; fp: number; fn: number }, kinds: string[]): string {
  const rows: string[] = [];
  let TP = 0, FP = 0, FN = 0;
  for (const kind of kinds) {
    const { tp, fp, fn } = c(kind);
    if (kind !== 'MISC') { TP += tp; FP += fp; FN += fn; }
    const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
    rows.push(`  ${kind.padEnd(5)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${(2 * p * r / (p + r || 1)).toFixed(3)}  (${tp + fn} gold)`);
  }
  const p = TP / (TP + FP || 1), r = TP / (TP + FN || 1);
  rows.push(`  PER+LOC+ORG micro F1 ${(2 * p * r / (p + r || 1)).toFixed(3)}`);
  return rows.join('\n');
}


/** Entity-level scores of the whole recognizer (gazetteer, tagger, clitics, merging) as `marsad annotate` runs it,
 * on the held-out sentences: each sentence's words as written joined by spaces, mentions mapped back to word spans. */
function evaluateRecognizer(json: ModelJson, test: Sentence[], perDocument = 1): string {
  const counts = recognizerCounts(json, test, perDocument);
  return scoreTable(countsOf(counts), ['PERS', 'LOC', 'ORG']);
}

/** True positives, false positives and false negatives of the whole recognizer by kind (see evaluateRecognizer). */
function recognizerCounts(json: ModelJson, test: Sentence[], perDocument = 1): Counts {
  const model = loadModel(json);
  // Sentences joined into texts of `perDocument` sentences, as a caller annotating whole articles would pass them.
  const joined: Sentence[] = [];
  for (let i = 0; i < test.length; i += perDocument) {
    const part = test.slice(i, i + perDocument);
    joined.push({ words: part.flatMap((s) => s.written ?? s.words), tags: part.flatMap((s) => s.tags) });
  }
  test = joined;
  const recognizer = createEntityRecognizer({ model });
  const kindOf: Record<string, string> = { PER: 'PERS', LOC: 'LOC', ORG: 'ORG' };
  const counts: Counts = {};
  const c = countsOf(counts);
  for (const s of test) {
    const text = s.words.join(' ');
    const starts: number[] = [];
    let at = 0;
    for (const w of s.words) { starts.push(at); at += w.length + 1; }
    const tokenAt = (offset: number) => {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
      return lo;
    };
    const key = (x: { start: number; end: number; kind: string }) => `${x.start}:${x.end}:${x.kind}`;
    const predicted = recognizer.recognize(text).flatMap((e) => e.mentions.map((m) => ({ start: tokenAt(m.start), end: tokenAt(m.end - 1) + 1, kind: kindOf[e.type] })));
    const gold = spans(s.tags).filter((x) => x.kind !== 'MISC');
    const g = new Set(gold.map(key));
    const p = new Set(predicted.map(key));
    for (const x of new Map(predicted.map((x) => [key(x), x])).values()) c(x.kind)[g.has(key(x)) ? 'tp' : 'fp']++;
    for (const x of gold) if (!p.has(key(x))) c(x.kind).fn++;
    if (process.env.NER_DIFF) {
      const t = new Set(spans(tag(model, s.words)).map(key));
      for (const x of gold) if (t.has(key(x)) && !p.has(key(x))) console.log('LOST', x.kind, s.words.slice(x.start, x.end).join(' '), '|', predicted.filter((y) => y.end > x.start && y.start < x.end).map((y) => y.kind + ':' + s.words.slice(y.start, y.end).join(' ')).join(','));
      for (const x of predicted) if (!g.has(key(x)) && !t.has(key(x))) console.log('ADDED-FP', x.kind, s.words.slice(x.start, x.end).join(' '), '|', s.words.slice(Math.max(0, x.start - 3), x.end + 2).join(' '));
    }
  }
  return counts;
}

if (args.includes('--tenths')) {
  // The whole recognizer cross-validated: each tenth of the file held out in turn (a model trained on the other
  // nine, about 3 minutes each, kept in DIR and read from there next time), scores pooled over the ten. The figure
  // to trust: the gazetteer and the rules were written reading some tenths' errors, and each tenth is other news.
  // Empty DIR after changing the tagger's features or the data it reads (lexicon, word classes, profiles).
  const dir = opt('--tenths', 'bench-output/ner-tenths');
  mkdirSync(dir, { recursive: true });
  const all = readConll(path);
  const pooled: Record<string, Counts> = { sentence: {}, text: {} };
  const add = (into: Counts, from: Counts) => { for (const [k, v] of Object.entries(from)) { const t = countsOf(into)(k); t.tp += v.tp; t.fp += v.fp; t.fn += v.fn; } };
  const f1 = (v: { tp: number; fp: number; fn: number } | undefined) => (v ? (2 * v.tp / (2 * v.tp + v.fp + v.fn || 1)).toFixed(3) : '-');
  // TENTHS=0,4,8 (the environment) scores only those tenths: two processes can train the ten into one DIR at once.
  const only = process.env.TENTHS?.split(',').map(Number);
  for (let n = 0; n < 10; n++) {
    if (only && !only.includes(n)) continue;
    const [a, b] = tenthBounds(all.length, n);
    const file = `${dir}/held-out-tenth-${n}.json`;
    let json: ModelJson;
    if (existsSync(file)) json = JSON.parse(readFileSync(file, 'utf8'));
    else { json = trainEnsemble([...all.slice(0, a), ...all.slice(b)]); writeFileSync(file, JSON.stringify(json)); }
    const bySentence = recognizerCounts(json, all.slice(a, b)), byText = recognizerCounts(json, all.slice(a, b), 20);
    add(pooled.sentence, bySentence); add(pooled.text, byText);
    console.log(`tenth ${n}: per sentence PERS ${f1(bySentence.PERS)} LOC ${f1(bySentence.LOC)} ORG ${f1(bySentence.ORG)}; texts of 20 sentences PERS ${f1(byText.PERS)} LOC ${f1(byText.LOC)} ORG ${f1(byText.ORG)}`);
  }
  for (const [name, counts] of Object.entries(pooled)) console.log(`all tenths pooled, ${name === 'text' ? 'texts of 20 sentences' : 'per sentence'}:\n${scoreTable(countsOf(counts), ['PERS', 'LOC', 'ORG'])}`);
  process.exit(0);
}
if (args.includes('--folds')) {
  // Cross-validation for comparing features: the micro F1 of the tagger with each of N contiguous blocks held out;
  // with FOLD_RECOGNIZER=1 also the whole recognizer's scores, folds pooled (texts of 20 sentences).
  const folds = Number(opt('--folds', '5'));
  const all = readConll(path);
  const scores: number[] = [];
  const pooled: Counts = {};
  for (let k = 0; k < folds; k++) {
    const a = Math.floor((all.length * k) / folds), b = Math.floor((all.length * (k + 1)) / folds);
    const m = trainEnsemble([...all.slice(0, a), ...all.slice(b)]);
    const line = evaluate(m, all.slice(a, b)).split('\n').pop()!;
    scores.push(Number(/micro F1 ([\d.]+)/.exec(line)![1]));
    if (process.env.FOLD_RECOGNIZER) {
      const counts = recognizerCounts(m, all.slice(a, b), 20);
      for (const [kind, v] of Object.entries(counts)) { const t = countsOf(pooled)(kind); t.tp += v.tp; t.fp += v.fp; t.fn += v.fn; }
    }
  }
  console.log(`folds ${scores.join(' ')}; mean ${(scores.reduce((x, y) => x + y, 0) / folds).toFixed(4)}`);
  if (process.env.FOLD_RECOGNIZER) console.log(`the whole recognizer, folds pooled, texts of 20 sentences:\n${scoreTable(countsOf(pooled), ['PERS', 'LOC', 'ORG'])}`);
  process.exit(0);
}
const sentences = readConll(path);
// --held-out-tenth N holds out the N-th tenth (0-9) instead of the last: a part whose errors were not studied, to
// check that a rule made while reading the last tenth's errors holds elsewhere.
const tenth = Number(opt('--held-out-tenth', String(Math.round(1 / HELD_OUT) - 1)));
const [from, to] = tenthBounds(sentences.length, tenth);
const heldOut = sentences.slice(from, to);
const training = [...sentences.slice(0, from), ...sentences.slice(to)];
const t0 = performance.now();
// --held-out-from FILE reads a model saved by --held-out-model instead of training one (to measure a change of the
// recognizer alone in seconds).
const heldModel: ModelJson = args.includes('--held-out-from') ? JSON.parse(readFileSync(opt('--held-out-from', ''), 'utf8')) : trainEnsemble(training);
// --held-out-model FILE keeps the model trained without the held-out part, to study its errors without training again.
if (args.includes('--held-out-model')) writeFileSync(opt('--held-out-model', ''), JSON.stringify(heldModel));
console.log(`held-out evaluation: trained on ${training.length} sentences (${epochs} epochs, ${((performance.now() - t0) / 1000).toFixed(0)} s), tested on ${heldOut.length} (tenth ${tenth})`);
console.log(evaluate(heldModel, heldOut));
console.log('the whole recognizer (gazetteer + tagger), as marsad annotate runs it, on the same held-out sentences:');
console.log(evaluateRecognizer(heldModel, heldOut));
console.log('the same, texts of 20 sentences (names read once spread to the rest of the text):');
console.log(evaluateRecognizer(heldModel, heldOut, 20));
console.log('the same, all held-out sentences as one text (a long text annotated in one call):');
console.log(evaluateRecognizer(heldModel, heldOut, sentences.length));
if (!args.includes('--eval-only')) {
  const model = trainEnsemble(sentences);
  writeFileSync('data/ner-model.json', JSON.stringify({ about: `Averaged perceptron NER model (src/enrich/tagger.ts), trained by scripts/train-ner.ts on ANERcorp train.conll, ${epochs} epochs, the mean of ${ENSEMBLE} models trained on different orders; phrases: the names it tags, with their kind and the share of their occurrences tagged so (the phrase dictionary).`, ...model }) + '\n');
  console.log(`saved data/ner-model.json (${Object.keys(model.weights).length} features)`);
}
