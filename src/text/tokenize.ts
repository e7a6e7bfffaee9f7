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

/** Letters, marks and digits by code ranges (Latin, Greek, Cyrillic, Arabic and its supplements and
 * presentation forms); other scripts fall back to a Unicode-property test. A loop: the regex was the hot spot. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0x0620 && c <= 0x0669) return true; // Arabic letters, harakat, Arabic-Indic digits
  if (c >= 0x066e && c <= 0x06d3) return true;
  if (c >= 0x06d5 && c <= 0x06ff) return c !== 0x06dd && c !== 0x06de && c !== 0x06e9;
  if (c >= 0x0610 && c <= 0x061a) return true;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x0750 && c <= 0x077f) return true;
  if (c >= 0xfb50 && c <= 0xfdff) return c < 0xfd3e || c > 0xfd3f;
  if (c >= 0xfe70 && c <= 0xfefc) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x0600 && c <= 0x06ff) return false; // Arabic punctuation: ، ؛ ؟ ٪ ٫ ٬ ۔
  return /[\p{L}\p{M}\p{Nd}]/u.test(String.fromCharCode(c));
}
/** Invisible controls that occur inside words (ZWNJ, bidi marks, BOM, Arabic letter mark). */
function isJoiner(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c === 0xfeff || c === 0x061c;
}
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
/** A number keeps its inner separators: 6.935, 1,100, ٣٫٥. */
const isNumberSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;

const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const DIGIT_ONLY = /^[\p{Nd}.,٫٬]+$/u;

function kindOf(word: string, norm: string): TokenKind {
  // Most words: a folded Arabic letter first (only Arabic letters fold to one), no digits-only word.
  const first = norm.charCodeAt(0);
  if (first >= 0x0621 && first <= 0x064a) return 'ar';
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
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) { i++; continue; }
    const start = i;
    i++;
    for (;;) {
      if (i >= n) break;
      const d = text.charCodeAt(i);
      if (isWordChar(d)) { i++; continue; }
      if (isJoiner(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) { i++; continue; }
      if (isNumberSeparator(d) && isDigit(text.charCodeAt(i - 1)) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) { i++; continue; }
      break;
    }
    const word = text.slice(start, i);
    const norm = normalize(word);
    if (norm.length === 0) continue; // only marks or controls
    tokens.push({ text: word, norm, start, end: i, kind: kindOf(word, norm) });
  }
  return tokens;
}

/** The folded words of a text, for callers that need no offsets (faster than `tokenize`). */
export function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
