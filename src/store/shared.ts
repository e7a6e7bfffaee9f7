/**
 * What every engine does the same way in JavaScript: the row an article is stored as, raw documents back from
 * their stored bytes, search hits with their snippets and the blended ranking. One place, so that SQLite and
 * PostgreSQL cannot drift apart.
 */
import { inflateRawSync } from 'node:zlib';
import type { Article } from '../model.ts';
import { normalize } from '../text/index.ts';
import { snippet } from './query.ts';
import type { IngestItem, RawRecord, SearchHit, SearchQuery } from './types.ts';

/** Half-life, in days, of a match's weight in the blended ranking (news loses half its interest in a week). */
export const BLEND_HALF_LIFE_DAYS = 7;
/** How many candidates the blended ranking re-scores per result wanted. */
export const BLEND_CANDIDATES = 5;
/** Title matches weigh this much more than body matches. */
export const TITLE_WEIGHT = 3;

/** Co-occurring entities are counted over an entity's newest articles: what it appears with now, at a bounded
 * cost (over all 20,000 articles of «السعودية» the count took 40 ms). */
export const COOCCURRENCE_ARTICLES = 500;

export type Row = Record<string, unknown>;

export function articleRow(rawId: number, item: IngestItem, now: string) {
  if ('error' in item.result) throw new Error('articleRow of a failed item');
  const a = item.result.article;
  return {
    raw_id: rawId, file: a.file, url: a.url, title: a.title, published: a.published, source: a.source,
    source_key: a.source ? normalize(a.source).trim() : null, lang: a.lang,
    article_json: JSON.stringify(a), norm_hash: item.result.normHash, extracted_at: now,
  };
}

export function rawFromRow(r: Row): RawRecord {
  const stored = r.bytes as Buffer;
  return {
    sha256: r.sha256 as string,
    bytes: r.compression === 'deflate-raw' ? inflateRawSync(stored) : stored,
    origin: r.origin as string,
    mediaType: r.media_type as string,
    hints: r.hints ? (JSON.parse(r.hints as string) as Record<string, unknown>) : null,
  };
}

/** Search hits from rows (id, title, source, published, url, file, article_json) with scores; blended when asked. */
export function searchHits(rows: Array<{ row: Row; score: number }>, query: SearchQuery, options: { sort?: string; limit: number; offset: number }): SearchHit[] {
  let hits = rows;
  if (options.sort === 'blend') {
    const newest = Math.max(...rows.map((h) => Date.parse((h.row.published as string | null) ?? '') || 0));
    hits = hits.map((h) => {
      const t = Date.parse((h.row.published as string | null) ?? '');
      const ageDays = Number.isFinite(t) && newest ? (newest - t) / 86400000 : 30;
      return { row: h.row, score: h.score * Math.pow(0.5, ageDays / BLEND_HALF_LIFE_DAYS) };
    }).sort((a, b) => b.score - a.score).slice(options.offset, options.offset + options.limit);
  }
  return hits.map(({ row, score }) => ({
    id: Number(row.id), title: row.title as string, source: (row.source as string | null) ?? null, published: (row.published as string | null) ?? null,
    url: (row.url as string | null) ?? null, file: row.file as string,
    snippet: snippet((JSON.parse(row.article_json as string) as Article).body.map((b) => b.text).join('\n'), query.keys), score: Number(score.toPrecision(4)),
  }));
}
