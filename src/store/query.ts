/**
 * Search queries as people type them: words, "phrases", OR (or أو), -exclusions. Every word becomes its search
 * key (src/text/stem.ts), so any spelling the normalizer folds, with or without clitics, finds the same articles.
 */
import { searchKey, searchKeys, tokenize } from '../text/index.ts';
import type { SearchQuery } from './types.ts';

/**
 * @example parseQuery('"كوريا الشمالية" لافروف OR بوتين -ترامب')
 *   // clauses: [[['كوريا','شمال']], [['لافروف'],['بوتين']]], not: [['ترامب']]
 */
export function parseQuery(text: string): SearchQuery {
  const parts = text.match(/-?"[^"]*"?|\S+/g) ?? [];
  const clauses: string[][][] = [];
  const not: string[][] = [];
  let orNext = false;
  for (const part of parts) {
    if (part === 'OR' || part === 'أو' || part === '|') { orNext = clauses.length > 0; continue; }
    const negative = part.startsWith('-') && part.length > 1;
    const body = (negative ? part.slice(1) : part).replace(/^"|"$/g, '');
    const keys = searchKeys(body).filter((k) => k.length > 0);
    if (keys.length === 0) { orNext = false; continue; }
    // An unquoted word the tokenizer splits (سون-هوي) is a phrase of its parts.
    if (negative) not.push(keys);
    else if (orNext) clauses[clauses.length - 1].push(keys);
    else clauses.push([keys]);
    orNext = false;
  }
  const keys = [...new Set([...clauses.flat(2)])];
  return { clauses, not, keys };
}

/** The query in folded form, as a user may be shown it («بيونج يانج» -> «بيونج يانج» keys). */
export function describeQuery(q: SearchQuery): string {
  const clause = (alts: string[][]) => alts.map((a) => (a.length > 1 ? `"${a.join(' ')}"` : a[0])).join(' OR ');
  return [...q.clauses.map(clause), ...q.not.map((n) => `-${n.length > 1 ? `"${n.join(' ')}"` : n[0]}`)].join(' ');
}

/** A passage of `text` around the best match, the matched words wrapped in <mark></mark> (the rest unescaped). */
export function snippet(text: string, keys: string[], maxChars = 220): string {
  const wanted = new Set(keys);
  const tokens = tokenize(text);
  // A token's key is its folded form less clitics and a suffix, so it contains the key: test that cheaply first.
  const hits = tokens.filter((t) => keys.some((k) => t.norm.includes(k)) && wanted.has(searchKey(t.text)));
  if (tokens.length === 0) return '';
  // The window of maxChars with the most distinct matched keys.
  let best = { start: tokens[0].start, score: -1 };
  for (const h of hits) {
    const start = Math.max(0, h.start - 60);
    const inWindow = new Set(hits.filter((x) => x.start >= start && x.end <= start + maxChars).map((x) => x.norm));
    if (inWindow.size > best.score) best = { start, score: inWindow.size };
  }
  let start = best.start;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  let end = Math.min(text.length, start + maxChars);
  while (end < text.length && !/\s/.test(text[end])) end++;
  let out = '';
  let at = start;
  for (const h of hits) {
    if (h.start < start || h.end > end) continue;
    out += text.slice(at, h.start) + '<mark>' + h.text + '</mark>';
    at = h.end;
  }
  out += text.slice(at, end);
  return (start > 0 ? '…' : '') + out.replace(/\s+/g, ' ').trim() + (end < text.length ? '…' : '');
}
