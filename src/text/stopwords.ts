import { loadData } from '../data.ts';
import { normalize } from './normalize.ts';

const stopwordData = loadData<{ words: string[] }>('stopwords-ar');

const STOPWORDS: ReadonlySet<string> = new Set(stopwordData.words.map(normalize));

/** True for Arabic function words (في، من، التي …), given in any spelling the normalizer folds. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(normalize(word));
}

/** isStopword of a word already folded (a search key): the same answer without folding it again, for the hot loops
 * of vectors (normalize is idempotent: searchKeys gives folded keys). */
export function isStopwordKey(key: string): boolean {
  return STOPWORDS.has(key);
}
