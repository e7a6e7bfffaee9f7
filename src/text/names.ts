/**
 * Name folding for matching names across transliterations (entity linking, entity look-up): the normalizer's
 * folding plus the consonant variation of foreign names — غ and ج are one letter for g, and a final g after n
 * is dropped (بيونغ = بيونج = بيون, سونج = سون). For names only: ordinary words are matched by search keys.
 */
import { normalize } from './normalize.ts';
import { tokenize } from './tokenize.ts';

/** @example nameKey('بیونغ') === nameKey('بيونج') */
export function nameKey(word: string): string {
  return foldedNameKey(normalize(word));
}

/** `nameKey` of a word that is already normalized (hot paths that hold folded tokens). */
export function foldedNameKey(folded: string): string {
  // Most words hold neither letter: no new string for them (the entity recognizer calls this for every token).
  if (!folded.includes('غ') && !folded.includes('ج')) return folded;
  return folded.replace(/[غج]/g, 'G').replace(/نG$/, 'ن');
}

/** Name keys of every word of a name. */
export function nameKeys(text: string): string[] {
  return tokenize(text).map((t) => nameKey(t.text));
}

/** The key that identifies an entity across articles: its Wikidata id, else its type and folded name. */
export function entityKeyOf(e: { name: string; type: string; wikidata: string | null }): string {
  return e.wikidata ?? `${e.type}:${nameKeys(e.name).join(' ')}`;
}
