import { normalize } from './normalize.ts';

export type TokenKind = 'ar' | 'latin' | 'num' | 'other';

/** A word of the original text: `start`/`end` index the original string, `norm` is its folded form. */
export interface Token {
  text: string;
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/**
 * Letters, marks, digits and the invisible controls that occur inside words (ZWNJ, bidi marks, tatweel);
 * a number keeps its inner separators (6.935, 1,100, ٣٫٥).
 */
const WORD = /(?:[\p{L}\p{M}\p{Nd}\u0640]|[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c](?=[\p{L}\p{M}\p{Nd}]))+(?:[.,٫٬](?=\p{Nd})[\p{Nd}]+)*/gu;
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const DIGIT_ONLY = /^[\p{Nd}.,٫٬]+$/u;

function kindOf(word: string, norm: string): TokenKind {
  if (DIGIT_ONLY.test(norm)) return 'num';
  if (ARABIC_LETTER.test(word)) return 'ar';
  if (LATIN_LETTER.test(word)) return 'latin';
  if (DIGIT_ONLY.test(word)) return 'num';
  return 'other';
}

/**
 * Splits text into words with offsets into the original string.
 * @example tokenize('قال لافروف، الخميس')[1] // {text: 'لافروف', norm: 'لافروف', start: 4, end: 10, kind: 'ar'}
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    const norm = normalize(word);
    if (norm.length === 0) continue; // only marks or controls
    tokens.push({ text: word, norm, start: m.index, end: m.index + word.length, kind: kindOf(word, norm) });
  }
  return tokens;
}

/** The folded words of a text, for callers that need no offsets (faster than `tokenize`). */
export function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
