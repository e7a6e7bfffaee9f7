/**
 * Marsad's own scoring of extracted articles against gold, with the same token folding and F1 as the shared
 * scorer (`../shared/eval/score.mjs`), so that tests and benchmarks can gate on it anywhere.
 */
import type { Article } from '../src/model.ts';

export function fold(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .toLowerCase();
}
export const scoreTokens = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

export function tokenF1(sys: string[], gold: string[]): { p: number; r: number; f: number } {
  const g = new Map<string, number>();
  for (const t of gold) g.set(t, (g.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of sys) {
    const n = g.get(t) ?? 0;
    if (n > 0) { hit++; g.set(t, n - 1); }
  }
  const p = sys.length ? hit / sys.length : 0;
  const r = gold.length ? hit / gold.length : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface GoldPage {
  file: string;
  title: string;
  published: string | null;
  source: string | null;
  source_aliases?: string[];
  body: Array<{ type: string; text: string }>;
  boilerplate_probes: string[];
  temporal?: Array<{ text: string; value: string }>;
}

export interface PageScore {
  file: string;
  f1: number;
  leaks: string[];
  title: boolean;
  published: boolean;
  source: boolean;
}

const bodyText = (body: Array<{ text: string }>) => body.map((b) => b.text).join('\n');

export function scorePage(a: Pick<Article, 'title' | 'published' | 'source' | 'body'>, g: GoldPage): PageScore {
  const body = bodyText(a.body);
  return {
    file: g.file,
    f1: tokenF1(scoreTokens(body), scoreTokens(bodyText(g.body))).f,
    leaks: g.boilerplate_probes.filter((p) => fold(body).includes(fold(p))),
    title: fold(a.title).trim() === fold(g.title).trim(),
    published: g.published == null ? a.published == null : typeof a.published === 'string' && a.published.startsWith(g.published),
    source: g.source == null ? true : [g.source, ...(g.source_aliases ?? [])].some((n) => fold(a.source).includes(fold(n))),
  };
}
