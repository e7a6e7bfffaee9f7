/**
 * The one normalizer for matching (ARCHITECTURE.md): extraction, entity matching, dedup and search all fold
 * Arabic text through `normalize`. It is for comparison only — what Marsad shows is always the original text.
 *
 * Hand-written because no library folds Arabic orthography the way matching needs it (Lucene's
 * ArabicNormalizationFilter and PersianNormalizationFilter are the reference; the test vectors are theirs).
 *
 * @example normalize('بیونغ یانغ') // 'بيونغ يانغ'
 */

/** Code points that are removed outright: harakat, Quranic marks, tatweel, bidi and zero-width controls. */
const REMOVED: ReadonlyArray<[number, number]> = [
  [0x0610, 0x061a], // Quranic honorifics and small marks
  [0x061c, 0x061c], // Arabic letter mark (bidi)
  [0x0640, 0x0640], // tatweel
  [0x064b, 0x065f], // harakat: fathatan .. wavy hamza below
  [0x0670, 0x0670], // superscript alef
  [0x06d6, 0x06dc], // Quranic annotation signs
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
  [0x00ad, 0x00ad], // soft hyphen
  [0x200b, 0x200f], // zero-width space, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
];

/** Letters folded to one representative, so that spelling variants match. */
const FOLDED: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ٵ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ێ': 'ي', 'ے': 'ي', 'ئ': 'ي', 'ٸ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه', 'ۃ': 'ه',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  'ؤ': 'و', 'ٶ': 'و', 'ۆ': 'و', 'ۇ': 'و', 'ۈ': 'و', 'ۋ': 'و',
  'ڤ': 'ف', 'ڥ': 'ف', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڨ': 'ق',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ',
};

/** Lookup table over the BMP: 0 = keep, 0xffff = remove, anything else = replacement code unit. */
const REMOVE = 0xffff;
const TABLE: Uint16Array = buildTable();

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of REMOVED) for (let c = from; c <= to; c++) table[c] = REMOVE;
  for (const [from, to] of Object.entries(FOLDED)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32; // ASCII lowercase, the common case of toLowerCase
  return table;
}

/**
 * Characters that need Unicode compatibility decomposition first (`needsNfkc`): presentation forms (ﺑﻴﻮﻧﻎ),
 * ligatures, full-width Latin, non-ASCII Latin and Greek/Cyrillic (for case folding). Checked by code ranges so
 * that ordinary Arabic text skips the much slower String.prototype.normalize.
 */

/** True for code units that need compatibility decomposition or case folding beyond ASCII (see NEEDS_NFKC). */
function needsNfkc(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x5ff) || (c >= 0xfb00 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)
    || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200a) || (c >= 0x2070 && c <= 0x209f)
    || (c >= 0x2460 && c <= 0x24ff) || (c >= 0xd800 && c <= 0xdfff);
}

/** Folds `text` for matching. Length may change; use `tokenize` when offsets into the original are needed. */
export function normalize(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (needsNfkc(text.charCodeAt(i))) return fold(text.normalize('NFKC').toLowerCase());
  }
  return fold(text);
}

/** The table-driven pass: copies unchanged runs, replaces or drops the rest. */
function fold(s: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const m = TABLE[s.charCodeAt(i)];
    if (m === 0) continue;
    if (i > runStart) out += s.slice(runStart, i);
    if (m !== REMOVE) out += String.fromCharCode(m);
    runStart = i + 1;
  }
  if (runStart === 0) return s;
  if (runStart < s.length) out += s.slice(runStart);
  return out;
}

/** True when the code unit is removed by `normalize` (a mark, tatweel or an invisible control). */
export function isIgnorable(code: number): boolean {
  return TABLE[code] === REMOVE;
}

/**
 * `normalize` with a map back to the original: `offsets[i]` is the index in `text` of the character that
 * produced folded character `i` (plus one final entry, `text.length`). For finding things in folded text and
 * cutting the original at the same place.
 */
export function normalizeWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const m = TABLE[code];
    if (m === REMOVE) continue;
    if (m !== 0) { folded += String.fromCharCode(m); offsets.push(i); continue; }
    if (!needsNfkc(code)) { folded += text[i]; offsets.push(i); continue; }
    // Rare: a compatibility character (or a surrogate pair) folds through the full normalizer.
    const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i];
    const n = normalize(ch);
    for (let k = 0; k < n.length; k++) offsets.push(i);
    folded += n;
    if (ch.length === 2) i++;
  }
  offsets.push(text.length);
  return { folded, offsets };
}
