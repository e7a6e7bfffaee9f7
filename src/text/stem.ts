/**
 * Search keys: one key per word, normalized and clitic-aware, for full-text search and similarity.
 *
 * Hand-written light stemming (in the manner of Larkey's Light10) rather than `@orama/stemmers/arabic`:
 * measured on the reference cases, that Snowball stemmer strips a word's own first letter (وزير -> زير,
 * بيونغ -> يونغ) and stems one word two ways (المحادثات -> محادث but محادثات -> محادثا), so a query and the
 * text it should find get different keys. Here, whether a leading و/ف/ب/ك/ل is a clitic is decided by
 * word counts from a news corpus (data/clitics.json, scripts/build-clitic-lexicon.ts), and names
 * (data/name-tokens.json) lose clitics only, never suffixes.
 */
import { loadData } from '../data.ts';
import { normalize } from './normalize.ts';

const clitics = loadData<{ keepWhole: string[]; stripLetter: string[] }>('clitics');
const nameTokens = loadData<{ tokens: string[] }>('name-tokens');

const KEEP_WHOLE: ReadonlySet<string> = new Set(clitics.keepWhole);
const STRIP_LETTER: ReadonlySet<string> = new Set(clitics.stripLetter);
const NAMES: ReadonlySet<string> = new Set(nameTokens.tokens);

/** Article-bearing prefixes, longest first: conjunction/preposition + ال, and لل (ل + ال). */
const ARTICLE_PREFIXES = ['وبال', 'وكال', 'فبال', 'فكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال'];
/** Suffixes, longest first; at most one is stripped (Light10 strips each in turn, which folds ولايات to ولا,
 * a stop word: one suffix keeps keys recognisable and is as consistent). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
/** A stem keeps at least this many letters: shorter remainders are roots' fragments, not words (Light10 uses 2;
 * 3 keeps بيان، ابن، شان whole, checked on the reference cases and 50 common words). */
const MIN_STEM = 3;
/** Whether a letter (code) can begin a proclitic or an article-bearing prefix: و ف ب ك ل ا. */
const isCliticInitial = (c: number) => c === 0x648 || c === 0x641 || c === 0x628 || c === 0x643 || c === 0x644 || c === 0x627;
const ARABIC_WORD = /^[\u0621-\u064a]+$/;

/** Strips the proclitics of a folded Arabic word: و/ف, then ب/ك/ل, or an article-bearing prefix. */
export function stripClitics(word: string): string {
  // Most words begin with no clitic letter: they are passed over before the twelve prefixes are tried.
  if (!isCliticInitial(word.charCodeAt(0))) return word;
  let w = word;
  for (const p of ARTICLE_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  if ((w[0] === 'و' || w[0] === 'ف') && w.length - 1 >= MIN_STEM && !KEEP_WHOLE.has(w) && !NAMES.has(w)) {
    w = w.slice(1);
    for (const p of ARTICLE_PREFIXES) if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  if ((w[0] === 'ب' || w[0] === 'ك' || w[0] === 'ل') && w.length - 1 >= MIN_STEM) {
    const rest = w.slice(1);
    if (!NAMES.has(w) && (STRIP_LETTER.has(w) || NAMES.has(rest))) return rest;
  }
  return w;
}

/** The search key of one word (folds, strips clitics, then light suffixes unless the word is a name). */
export function searchKey(word: string): string {
  return keyOfFolded(normalize(word));
}

/** `searchKey` of a word that is already normalized. */
function keyOfFolded(n: string): string {
  if (n.length <= 2) return n;
  const first = n.charCodeAt(0);
  if (first < 0x0621 || first > 0x064a || !ARABIC_WORD.test(n)) return n;
  const w = stripClitics(n);
  if (NAMES.has(w) || w.length <= MIN_STEM) return w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) return w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * Search keys of every word of a text, in order.
 * @example searchKeys('والمحادثات بالخارجية') // ['محادث', 'خارج']
 */
export function searchKeys(text: string): string[] {
  return foldedWords(text).map(keyOfFolded);
}

/** The words of a text, normalized, as written (clitics kept): `searchKeys` gives one key for each, in order. */
export function foldedWords(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a text as written (foldedWords) with their search keys, normalizing the text once. */
export function keyedWords(text: string): { words: string[]; keys: string[] } {
  const words = foldedWords(text);
  return { words, keys: words.map(keyOfFolded) };
}
