/** A sentence of the original text: offsets index the original string. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a period does not end a sentence (Arabic and Latin). Lower-case Latin. */
const ABBREVIATIONS = new Set([
  'د', 'أ', 'م', 'هـ', 'ه', 'ق', 'ص', 'ج', 'ت', 'ع', 'س', 'ش', 'ك', 'ل', 'إلخ', 'الخ', 'مج',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'no', 'inc', 'ltd', 'co', 'gen', 'u.s', 'u.n', 'e.g', 'i.e',
]);
const TERMINAL = new Set(['.', '!', '?', '؟', '…']);
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '}']);
const OPENERS: Record<string, string> = { '«': '»', '“': '”', '(': ')' };

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

/** The word before position `i` (the one a period follows). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && !isSpace(text[j - 1]) && !'(«"'.includes(text[j - 1])) j--;
  return text.slice(j, i);
}

/**
 * Splits text into sentences at . ! ? ؟ … (and runs of them), keeping closing quotes with their sentence,
 * not splitting inside balanced quotes, after abbreviations («د.», «Dr.», initials) or inside numbers (6.935).
 * @example sentences('قال: «نعم. لا». ثم غادر.').length // 2
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const quotesBalanced = balanced(text);
  let depth = 0;
  let asciiOpen = false;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text[s])) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quotesBalanced) {
      if (c in OPENERS) depth++;
      else if (c === '»' || c === '”' || c === ')') depth = Math.max(0, depth - 1);
      else if (c === '"') { asciiOpen = !asciiOpen; depth += asciiOpen ? 1 : -1; }
    }
    // A line break ends a sentence: a dateline («عين اليوم – جدة») or a heading stands on its own line.
    if (c === '\n') { push(i); depth = 0; asciiOpen = false; continue; }
    if (!TERMINAL.has(c) || depth > 0) continue;
    // A period between digits is a decimal or thousands mark.
    if (c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (c === '.') {
      const w = wordBefore(text, i).toLowerCase();
      if (ABBREVIATIONS.has(w) || /^[A-Za-z]$/.test(w)) continue;
    }
    let j = i + 1;
    while (j < text.length && (TERMINAL.has(text[j]) || text[j] === '.')) j++;
    while (j < text.length && CLOSERS.has(text[j])) j++;
    // A sentence end needs what follows to be a space, the end, or a new word glued on (scraped text).
    if (j < text.length && !isSpace(text[j]) && !/[\p{L}«"“(]/u.test(text[j])) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

function balanced(text: string): boolean {
  let guill = 0, ascii = 0, paren = 0;
  for (const c of text) {
    if (c === '«') guill++; else if (c === '»') guill--;
    else if (c === '"') ascii++;
    else if (c === '(') paren++; else if (c === ')') paren--;
  }
  return guill === 0 && ascii % 2 === 0 && paren === 0;
}
