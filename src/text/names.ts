/**
 * Name folding for matching names across transliterations (entity linking, entity look-up): the normalizer's
 * folding plus the consonant variation of foreign names — غ and ج are one letter for g, and a final g after n
 * is dropped (بيونغ = بيونج = بيون, سونج = سون). For names only: ordinary words are matched by search keys.
 */
import { normalize } from './normalize.ts';
import { searchKey } from './stem.ts';
import { tokenize } from './tokenize.ts';
import { idf } from './vector.ts';

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

/** A person's one-word name is ambiguous when news writes the word this often (IDF over SaudiNewsNet; 4.6 = in 1%
 * of articles or more): «محمد», «فهد», «الزهراني» alone name thousands of people. The same bar as the one a
 * one-word name must pass to spread in a text (enrich/entities.ts). */
export const AMBIGUOUS_NAME_MAX_IDF = 4.6;

/**
 * Whether an entity is a person named by one common word and nothing else: no Wikidata id, no fuller name in its
 * text. The article keeps it (it is a person's mention), but it names no one across articles: the store links no
 * mentions to it and stories do not count it as shared.
 * @example isAmbiguousPerson({ name: 'محمد', type: 'PER', wikidata: null }) === true
 */
export function isAmbiguousPerson(e: { name: string; type: string; wikidata: string | null }): boolean {
  if (e.type !== 'PER' || e.wikidata) return false;
  const words = tokenize(e.name);
  return words.length === 1 && idf(searchKey(normalize(words[0].text))) < AMBIGUOUS_NAME_MAX_IDF;
}
