/**
 * Search queries as people type them: words, "phrases", OR (or أو), -exclusions. Every word becomes its search
 * key (src/text/stem.ts), so any spelling the normalizer folds, with or without clitics, finds the same articles.
 */
import { loadData } from '../data.ts';
import { nameKeys, searchKey, searchKeys, tokenize } from '../text/index.ts';
import type { SearchQuery } from './types.ts';

/** Longest name, in words, looked up in the gazetteer when a query is read. */
const MAX_NAME_WORDS = 4;

let spellingsByName: Map<string, string[]> | null = null;
/** Every spelling of every gazetteer entity, by the name key of each (غ/ج folded): «بيونج يانج» -> all spellings
 * of Pyongyang. Search keys keep غ and ج apart (غرب is not جرب); names are where they are one letter. */
function spellingsOf(words: string[]): string[] | null {
  if (!spellingsByName) {
    spellingsByName = new Map();
    for (const e of loadData<{ entities: Array<{ name: string; variants?: string[] }> }>('gazetteer').entities) {
      const all = [e.name, ...(e.variants ?? [])];
      for (const s of all) spellingsByName.set(nameKeys(s).join(' '), all);
    }
  }
  return spellingsByName.get(nameKeys(words.join(' ')).join(' ')) ?? null;
}

/**
 * @example parseQuery('"كوريا الشمالية" لافروف OR بوتين -ترامب')
 *   // clauses: [[['كوريا','شمال']], [['لافروف'],['بوتين']]], not: [['ترامب']]
 */
export function parseQuery(text: string): SearchQuery {
  const parts = text.match(/-?"[^"]*"?|\S+/g) ?? [];
  const clauses: string[][][] = [];
  const not: string[][] = [];
  let orNext = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    // A known name, in one of its spellings (quoted or not): any of its spellings matches.
    const plain = (p: string) => !/^-|^OR$|^أو$|^\|$/.test(p);
    let named: { spellings: string[]; words: number } | null = null;
    for (let n = Math.min(MAX_NAME_WORDS, parts.length - i); n >= 1 && !named; n--) {
      const run = parts.slice(i, i + n);
      if (!run.every(plain) || (n > 1 && run.some((p) => p.includes('"')))) continue;
      const spellings = spellingsOf(run.map((p) => p.replace(/^"|"$/g, '')));
      if (spellings) named = { spellings, words: n };
    }
    if (named) {
      const alternatives = [...new Map(named.spellings.map((s) => searchKeys(s)).filter((k) => k.length).map((k) => [k.join(' '), k])).values()];
      if (orNext) clauses[clauses.length - 1].push(...alternatives); else clauses.push(alternatives);
      orNext = false;
      i += named.words - 1;
      continue;
    }
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

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
/** The plain text of a snippet (marks dropped, entities decoded), for terminals. */
export const snippetText = (s: string, open = '', close = '') => s.replace(/<mark>/g, open).replace(/<\/mark>/g, close).replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

/** A passage of `text` around the best match as HTML: the text escaped, the matched words in <mark></mark>
 * (scraped text may hold markup: a snippet is safe to put in a page as it is). */
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
    out += escapeHtml(text.slice(at, h.start)) + '<mark>' + escapeHtml(h.text) + '</mark>';
    at = h.end;
  }
  out += escapeHtml(text.slice(at, end));
  return (start > 0 ? '…' : '') + out.replace(/\s+/g, ' ').trim() + (end < text.length ? '…' : '');
}
