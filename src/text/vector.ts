/**
 * TF-IDF vectors of search keys and their cosine similarity: "are these two texts about the same thing?",
 * for extraction (does this paragraph continue the article?), dedup and story clustering.
 * IDF comes from a news corpus (data/idf.json, scripts/build-idf.ts); stop words weigh nothing.
 */
import { loadData } from '../data.ts';
import { searchKeys } from './stem.ts';
import { isStopwordKey } from './stopwords.ts';

const idfData = loadData<{ docs: number; idf: Record<string, number> }>('idf');

const IDF: ReadonlyMap<string, number> = new Map(Object.entries(idfData.idf));
/** Keys never seen in the corpus are rare: they get the IDF of a key seen in MIN_DF documents. */
const UNSEEN_IDF = Math.log(idfData.docs / 5);

export type TermVector = Map<string, number>;

export function idf(key: string): number {
  return IDF.get(key) ?? UNSEEN_IDF;
}

/** Whether the corpus has the key (it is in 5 documents or more). */
export function isSeenKey(key: string): boolean {
  return IDF.has(key);
}

/**
 * Adds the TF-IDF weights of a text's keys to `into` (a new vector by default).
 * @example cosineSimilarity(termVector('زيارة لافروف'), termVector('وزار لافروف')) > 0
 */
export function termVector(text: string, into: TermVector = new Map()): TermVector {
  return termVectorOfKeys(searchKeys(text), into);
}

/** termVector of search keys already computed; `weightAt` (optional) scales the key at each position. */
export function termVectorOfKeys(keys: string[], into: TermVector = new Map(), weightAt?: (i: number) => number): TermVector {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k.length < 2 || isStopwordKey(k)) continue;
    into.set(k, (into.get(k) ?? 0) + idf(k) * (weightAt ? weightAt(i) : 1));
  }
  return into;
}

export function cosineSimilarity(a: TermVector, b: TermVector): number {
  let dot = 0, na = 0, nb = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [k, v] of small) { const w = large.get(k); if (w !== undefined) dot += v * w; }
  for (const v of a.values()) na += v * v;
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
