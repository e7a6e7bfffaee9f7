import { loadData } from '../data.ts';
import { normalize } from './normalize.ts';

const stopwordData = loadData<{ words: string[] }>('stopwords-ar');

const STOPWORDS: ReadonlySet<string> = new Set(stopwordData.words.map(normalize));

/** True for Arabic function words (في، من، التي …), given in any spelling the normalizer folds. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(normalize(word));
}
