/**
 * The Store on PostgreSQL 15 (pg): one archive shared by many ingest processes on many machines.
 * - Batches are written with a few array (unnest) statements in one transaction; rows that other writers may
 *   also insert (raw documents, entities) are inserted in sorted key order, so two writers never wait on each
 *   other in a cycle (no deadlock).
 * - Idempotent by content hash: a raw document already stored (by anyone) is a duplicate, never a second row.
 * - Claims are session advisory locks on the document's digest: a killed worker's connection ends and its
 *   claims with it; story updates take one advisory lock.
 * - Search: a tsvector written by Marsad from its own search keys (positions kept for phrases, title weighted),
 *   queried with a tsquery of the same keys; GIN index.
 */
import { deflateRawSync } from 'node:zlib';
import pg from 'pg';
import type { Article } from '../../model.ts';
import { entityKeyOf, isAmbiguousPerson, nameKeys, normalize } from '../../text/index.ts';
import { articleRow, BLEND_CANDIDATES, COOCCURRENCE_ARTICLES, rawFromRow, searchHits, TITLE_WEIGHT, type Row } from '../shared.ts';
import {
  FACET_SAMPLE, StoreError, type BatchResult, type EntityDetail, type EntitySummary, type IngestItem, type QuarantineEntry, type RawRecord,
  type SearchFacets, type SearchHit, type SearchOptions, type SearchQuery, type Store, type StoreStats, type StoredArticle, type StoredStory, type StoryFilter, type StoryRecord,
} from '../types.ts';
import { MIGRATIONS } from './migrations.ts';

/** Advisory lock namespace of Marsad ('MR'), and the keys within it. */
const LOCK_SPACE = 0x4d52;
const MIGRATION_LOCK = 1;
const STORY_LOCK = 2;
/** What marks a schema as a Marsad store (marsad_meta.application). */
const APPLICATION = 'marsad';
/** tsvector positions stop at 16383 (PostgreSQL's limit); positions per lexeme at 256. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_KEY = 256;
const PAGE = 500;

/** The URL without its password, for messages. */
export const redact = (url: string) => url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');

/** bigint (count, ids) as numbers: Marsad's counts and ids stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

const quoteLexeme = (k: string) => `'${k.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The tsvector of an article's search keys: title positions weighted A, then the body after a gap. */
export function tsvectorOf(titleKeys: string[], bodyKeys: string[]): string {
  const positions = new Map<string, string[]>();
  const add = (k: string, p: string) => { if (!k) return; const list = positions.get(k); if (!list) positions.set(k, [p]); else if (list.length < MAX_POSITIONS_PER_KEY) list.push(p); };
  let p = 1;
  for (const k of titleKeys) add(k, `${Math.min(p++, MAX_POSITION)}A`);
  p++; // no phrase spans the title and the body
  for (const k of bodyKeys) add(k, `${Math.min(p++, MAX_POSITION)}`);
  return [...positions].map(([k, ps]) => `${quoteLexeme(k)}:${[...new Set(ps)].join(',')}`).join(' ');
}

/** The tsquery of a parsed query: clauses AND-ed, alternatives OR-ed, phrases as <->, exclusions as & !. */
export function tsqueryOf(q: SearchQuery): string | null {
  if (q.clauses.length === 0) return null;
  const phrase = (keys: string[]) => (keys.length > 1 ? `(${keys.map(quoteLexeme).join(' <-> ')})` : quoteLexeme(keys[0]));
  let expr = q.clauses.map((alts) => (alts.length > 1 ? `(${alts.map(phrase).join(' | ')})` : phrase(alts[0]))).join(' & ');
  for (const n of q.not) expr = `(${expr}) & !${phrase(n)}`;
  return expr;
}

/** Search filters as SQL on `a` (articles), appending their parameters. */
function filterClauses(options: SearchOptions, where: string[], params: unknown[]): void {
  if (options.entityKey) { params.push(options.entityKey); where.push(`a.id IN (SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = $${params.length})`); }
  if (options.source) { params.push(normalize(options.source).trim()); where.push(`a.source_key = $${params.length}`); }
  if (options.from) { params.push(options.from); where.push(`a.published >= $${params.length}`); }
  if (options.to) { params.push(options.to + 'z'); where.push(`a.published <= $${params.length}`); }
}

function translate(e: unknown, where: string): never {
  const err = e as { code?: string; message?: string };
  if (err.code === '53100') throw new StoreError(`${where}: the database server's disk is full; nothing of this batch was written — free space and run the same command again`);
  if (err.code === 'ECONNREFUSED' || err.code === '57P01' || err.code === '08006') throw new StoreError(`${where}: the database server went away (${err.message}); nothing of this batch was written`);
  throw e;
}

/**
 * Opens a PostgreSQL store, migrating it (under an advisory lock, so that many workers may start at once).
 * `?schema=NAME` in the URL keeps the archive in that schema (created when missing).
 * @example const store = await openPostgresStore('postgres://marsad@localhost/news')
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new StoreError(`schema «${schema}» in ${redact(url)}: use lower-case letters, digits and _`);
  parsed.searchParams.delete('schema');
  // The schema is set when each connection starts (a startup option), so no query can run before it.
  const pool = new pg.Pool({ connectionString: parsed.toString(), max: 6, types, application_name: 'marsad', connectionTimeoutMillis: 10000, options: `-c search_path=${schema}` });
  pool.on('error', () => { /* an idle client lost: the pool replaces it */ });
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end().catch(() => {});
    throw new StoreError(`cannot connect to ${redact(url)}: ${(e as Error).message}`);
  }
  try {
    await migrate(client, schema, redact(url));
  } catch (e) {
    client.release();
    await pool.end().catch(() => {});
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot open ${redact(url)}: ${(e as Error).message}`);
  }
  client.release();
  return new PostgresStore(pool, `PostgreSQL ${redact(url)}`, schema);
}

async function migrate(client: pg.PoolClient, schema: string, where: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, MIGRATION_LOCK]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const tables = (await client.query<{ table_name: string }>('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [schema])).rows.map((r) => r.table_name);
    if (tables.length > 0 && !tables.includes('marsad_meta')) throw new StoreError(`${where}: schema «${schema}» holds tables of another program, not a Marsad store; give another database or ?schema=`);
    await client.query('CREATE TABLE IF NOT EXISTS marsad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const meta = new Map((await client.query<{ key: string; value: string }>('SELECT key, value FROM marsad_meta')).rows.map((r) => [r.key, r.value]));
    if (meta.size && meta.get('application') !== APPLICATION) throw new StoreError(`${where}: not a Marsad store`);
    const version = Number(meta.get('schema_version') ?? 0);
    if (version > MIGRATIONS.length) throw new StoreError(`${where} was written by a newer Marsad (schema ${version}, this one knows ${MIGRATIONS.length}); upgrade Marsad to open it`);
    for (let v = version; v < MIGRATIONS.length; v++) await client.query(MIGRATIONS[v]);
    await client.query(`INSERT INTO marsad_meta (key, value) VALUES ('application', $1), ('schema_version', $2)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [APPLICATION, String(MIGRATIONS.length)]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
}

class PostgresStore implements Store {
  /** The session that holds this process's claims (advisory locks live as long as it). */
  private claimSession: pg.PoolClient | null = null;

  constructor(private readonly pool: pg.Pool, readonly description: string, private readonly schema: string) {}

  private async rows<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>, where: string): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const result = await fn(c);
      await c.query('COMMIT');
      return result;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      if (e instanceof StoreError) throw e;
      translate(e, where);
    } finally {
      c.release();
    }
  }

  async knownDigests(digests: string[]): Promise<Set<string>> {
    if (digests.length === 0) return new Set();
    const rows = await this.rows<{ sha256: string }>('SELECT sha256 FROM raw_docs WHERE sha256 = ANY($1::text[])', [digests]);
    return new Set(rows.map((r) => r.sha256));
  }

  /** Entities and mentions of newly stored articles; entities upserted in key order. */
  private async writeMentions(c: pg.PoolClient, articles: Array<{ id: number; article: Article }>): Promise<void> {
    const entities = new Map<string, { name: string; type: string; wikidata: string | null }>();
    // A person named by one common word names no one across articles (isAmbiguousPerson): not linked.
    const linked = (a: Article) => a.entities.filter((e) => !isAmbiguousPerson(e));
    for (const { article } of articles) for (const e of linked(article)) if (!entities.has(entityKeyOf(e))) entities.set(entityKeyOf(e), e);
    if (entities.size === 0) return;
    const keys = [...entities.keys()].sort();
    const ids = new Map((await c.query<{ id: number; key: string }>(`INSERT INTO entities (key, name, folded, type, wikidata)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) ORDER BY 1
      ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id, key`,
    [keys, keys.map((k) => entities.get(k)!.name), keys.map((k) => nameKeys(entities.get(k)!.name).join(' ')), keys.map((k) => entities.get(k)!.type), keys.map((k) => entities.get(k)!.wikidata)])).rows.map((r) => [r.key, r.id]));
    const cols: [number[], number[], string[], string[], number[], number[]] = [[], [], [], [], [], []];
    for (const { id, article } of articles) for (const e of linked(article)) for (const m of e.mentions) {
      cols[0].push(id); cols[1].push(ids.get(entityKeyOf(e))!); cols[2].push(m.text); cols[3].push(nameKeys(m.text).join(' ')); cols[4].push(m.start); cols[5].push(m.end);
    }
    await c.query(`INSERT INTO mentions (article_id, entity_id, text, folded, start, "end")
      SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[]) ON CONFLICT DO NOTHING`, cols);
  }

  private async insertArticles(c: pg.PoolClient, rows: Array<{ rawId: number; item: IngestItem }>, now: string): Promise<number[]> {
    if (rows.length === 0) return [];
    const r = rows.map(({ rawId, item }) => articleRow(rawId, item, now));
    const search = rows.map(({ item }) => { const res = item.result as { searchTitle: string; searchBody: string }; return tsvectorOf(res.searchTitle.split(' '), res.searchBody.split(' ')); });
    const inserted = (await c.query<{ id: number; raw_id: number }>(`INSERT INTO articles (raw_id, file, url, title, published, source, source_key, lang, article_json, norm_hash, extracted_at, search)
      SELECT raw_id, file, url, title, published, source, source_key, lang, article_json, norm_hash, extracted_at, search::tsvector FROM
      unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
        AS t(raw_id, file, url, title, published, source, source_key, lang, article_json, norm_hash, extracted_at, search)
      RETURNING id, raw_id`,
    [r.map((x) => x.raw_id), r.map((x) => x.file), r.map((x) => x.url), r.map((x) => x.title), r.map((x) => x.published), r.map((x) => x.source), r.map((x) => x.source_key), r.map((x) => x.lang), r.map((x) => x.article_json), r.map((x) => x.norm_hash), r.map((x) => x.extracted_at), search])).rows;
    const idOfRaw = new Map(inserted.map((x) => [x.raw_id, x.id]));
    const ids = rows.map(({ rawId }) => idOfRaw.get(rawId)!);
    await this.writeMentions(c, rows.map(({ item }, i) => ({ id: ids[i], article: (item.result as { article: Article }).article })));
    return ids;
  }

  async ingestBatch(items: IngestItem[]): Promise<BatchResult> {
    const now = new Date().toISOString();
    // Sorted by digest: every writer takes the unique-index locks of raw documents in the same order.
    const sorted = [...new Map(items.map((i) => [i.raw.sha256, i])).values()].sort((a, b) => (a.raw.sha256 < b.raw.sha256 ? -1 : 1));
    const inBatchDuplicates = items.length - sorted.length;
    return this.transaction(async (c) => {
      const result: BatchResult = { stored: 0, duplicates: inBatchDuplicates, quarantined: 0, articleIds: [] };
      if (sorted.length === 0) return result;
      const inserted = (await c.query<{ id: number; sha256: string }>(`INSERT INTO raw_docs (sha256, bytes, compression, origin, media_type, hints, acquired_at)
        SELECT * FROM unnest($1::text[], $2::bytea[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) ORDER BY 1
        ON CONFLICT (sha256) DO NOTHING RETURNING id, sha256`,
      [sorted.map((i) => i.raw.sha256), sorted.map((i) => deflateRawSync(i.raw.bytes, { level: 1 })), sorted.map(() => 'deflate-raw'), sorted.map((i) => i.raw.origin), sorted.map((i) => i.raw.mediaType), sorted.map((i) => (i.raw.hints ? JSON.stringify(i.raw.hints) : null)), sorted.map(() => now)])).rows;
      const rawIdOf = new Map(inserted.map((r) => [r.sha256, r.id]));
      result.stored = inserted.length;
      result.duplicates += sorted.length - inserted.length;
      const taken = new Set<string>();
      const fresh = items.filter((i) => rawIdOf.has(i.raw.sha256) && !taken.has(i.raw.sha256) && taken.add(i.raw.sha256));
      const failed = fresh.filter((i) => 'error' in i.result);
      if (failed.length) {
        await c.query(`INSERT INTO quarantine (raw_id, origin, error, at) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])
          ON CONFLICT (raw_id) DO UPDATE SET error = excluded.error, at = excluded.at`,
        [failed.map((i) => rawIdOf.get(i.raw.sha256)), failed.map((i) => i.raw.origin), failed.map((i) => (i.result as { error: string }).error), failed.map(() => now)]);
        result.quarantined = failed.length;
      }
      // Articles in input order, so that ids follow the order of the inputs as on SQLite.
      result.articleIds = await this.insertArticles(c, fresh.filter((i) => !('error' in i.result)).map((item) => ({ rawId: rawIdOf.get(item.raw.sha256)!, item })), now);
      return result;
    }, 'storing a batch');
  }

  async replaceDerived(item: IngestItem): Promise<void> {
    const now = new Date().toISOString();
    await this.transaction(async (c) => {
      const raw = (await c.query<{ id: number }>('SELECT id FROM raw_docs WHERE sha256 = $1', [item.raw.sha256])).rows[0];
      if (!raw) throw new StoreError(`no raw document ${item.raw.sha256} to reprocess`);
      if ('error' in item.result) {
        await c.query('DELETE FROM articles WHERE raw_id = $1', [raw.id]);
        await c.query(`INSERT INTO quarantine (raw_id, origin, error, at) VALUES ($1, $2, $3, $4) ON CONFLICT (raw_id) DO UPDATE SET error = excluded.error, at = excluded.at`, [raw.id, item.raw.origin, item.result.error, now]);
        return;
      }
      const row = articleRow(raw.id, item, now);
      const search = tsvectorOf(item.result.searchTitle.split(' '), item.result.searchBody.split(' '));
      const updated = (await c.query<{ id: number }>(`UPDATE articles SET file = $2, url = $3, title = $4, published = $5, source = $6, source_key = $7, lang = $8,
        article_json = $9, norm_hash = $10, extracted_at = $11, search = $12::tsvector WHERE raw_id = $1 RETURNING id`,
      [raw.id, row.file, row.url, row.title, row.published, row.source, row.source_key, row.lang, row.article_json, row.norm_hash, row.extracted_at, search])).rows[0];
      if (updated) {
        await c.query('DELETE FROM mentions WHERE article_id = $1', [updated.id]);
        await this.writeMentions(c, [{ id: updated.id, article: item.result.article }]);
      } else {
        await this.insertArticles(c, [{ rawId: raw.id, item }], now);
      }
      await c.query('DELETE FROM quarantine WHERE raw_id = $1', [raw.id]);
    }, `reprocessing ${item.raw.origin}`);
  }

  private articleOf(row: Row): StoredArticle {
    return { ...(JSON.parse(row.article_json as string) as Article), id: Number(row.id), rawSha256: row.sha256 as string };
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const [row] = await this.rows('SELECT a.id, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id WHERE a.id = $1', [id]);
    return row ? this.articleOf(row) : null;
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<StoredArticle[]> {
    return (await this.rows('SELECT a.id, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT $1 OFFSET $2', [options.limit ?? 50, options.offset ?? 0])).map((r) => this.articleOf(r));
  }

  async *rawDocuments(): AsyncIterable<RawRecord> {
    let after = 0;
    for (;;) {
      const rows = await this.rows('SELECT id, sha256, bytes, compression, origin, media_type, hints FROM raw_docs WHERE id > $1 ORDER BY id LIMIT $2', [after, PAGE]);
      if (rows.length === 0) return;
      for (const r of rows) yield rawFromRow(r);
      after = Number(rows[rows.length - 1].id);
    }
  }

  async rawDocument(sha256: string): Promise<RawRecord | null> {
    const [r] = await this.rows('SELECT sha256, bytes, compression, origin, media_type, hints FROM raw_docs WHERE sha256 = $1', [sha256]);
    return r ? rawFromRow(r) : null;
  }

  async listQuarantine(): Promise<QuarantineEntry[]> {
    return (await this.rows('SELECT q.id, r.sha256, q.origin, q.error, q.at FROM quarantine q JOIN raw_docs r ON r.id = q.raw_id ORDER BY q.id'))
      .map((r) => ({ id: Number(r.id), rawSha256: r.sha256 as string, origin: r.origin as string, error: r.error as string, at: r.at as string }));
  }

  async search(query: SearchQuery, options: SearchOptions = {}): Promise<SearchHit[]> {
    const tsquery = tsqueryOf(query);
    if (!tsquery) return [];
    const limit = options.limit ?? 20;
    const offset = options.offset ?? 0;
    const params: unknown[] = [tsquery];
    const where = ['a.search @@ $1::tsquery'];
    filterClauses(options, where, params);
    const rank = `ts_rank('{${(1 / TITLE_WEIGHT).toFixed(3)}, ${(1 / TITLE_WEIGHT).toFixed(3)}, ${(1 / TITLE_WEIGHT).toFixed(3)}, 1}', a.search, $1::tsquery)`;
    const order = options.sort === 'recent' ? 'a.published DESC NULLS LAST, rank DESC, a.id' : 'rank DESC, a.id';
    params.push(options.sort === 'blend' ? (limit + offset) * BLEND_CANDIDATES : limit, options.sort === 'blend' ? 0 : offset);
    const rows = await this.rows(`SELECT a.id, a.title, a.source, a.published, a.url, a.file, a.article_json, ${rank} AS rank FROM articles a
      WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`, params);
    return searchHits(rows.map((r) => ({ row: r, score: Number(r.rank) * 10 })), query, { sort: options.sort, limit, offset });
  }

  async searchFacets(query: SearchQuery, options: SearchOptions = {}): Promise<SearchFacets> {
    const tsquery = tsqueryOf(query);
    if (!tsquery) return { total: 0, sources: [], months: [], entities: [], stories: [] };
    const params: unknown[] = [tsquery];
    const where = ['a.search @@ $1::tsquery'];
    filterClauses(options, where, params);
    params.push(FACET_SAMPLE);
    const [row] = await this.rows<{ total: number; sources: SearchFacets['sources'] | null; months: SearchFacets['months'] | null; entities: SearchFacets['entities'] | null; stories: SearchFacets['stories'] | null }>(`
      WITH f AS MATERIALIZED (SELECT a.id FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT $${params.length})
      SELECT (SELECT count(*) FROM f) AS total,
        (SELECT json_agg(x) FROM (SELECT min(a.source) AS value, count(*) AS count FROM f JOIN articles a ON a.id = f.id WHERE a.source IS NOT NULL GROUP BY a.source_key ORDER BY count DESC, value LIMIT 15) x) AS sources,
        (SELECT json_agg(x) FROM (SELECT substr(a.published, 1, 7) AS value, count(*) AS count FROM f JOIN articles a ON a.id = f.id WHERE a.published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 24) x) AS months,
        (SELECT json_agg(x) FROM (SELECT e.id, e.key, e.name, e.type, count(DISTINCT m.article_id) AS count FROM f JOIN mentions m ON m.article_id = f.id JOIN entities e ON e.id = m.entity_id GROUP BY e.id ORDER BY count DESC, e.id LIMIT 15) x) AS entities,
        (SELECT json_agg(x) FROM (SELECT s.id, s.title, count(*) AS count FROM f JOIN story_articles sa ON sa.article_id = f.id JOIN stories s ON s.id = sa.story_id GROUP BY s.id ORDER BY count DESC, s.id LIMIT 10) x) AS stories`, params);
    return { total: row.total, sources: row.sources ?? [], months: row.months ?? [], entities: row.entities ?? [], stories: row.stories ?? [] };
  }

  async listEntities(options: { limit?: number; offset?: number; type?: string } = {}): Promise<EntitySummary[]> {
    return this.rows<EntitySummary>(`SELECT e.id, e.key, e.name, e.type, e.wikidata, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
      FROM entities e JOIN mentions m ON m.entity_id = e.id ${options.type ? 'WHERE e.type = $3' : ''}
      GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.id LIMIT $1 OFFSET $2`, options.type ? [options.limit ?? 50, options.offset ?? 0, options.type] : [options.limit ?? 50, options.offset ?? 0]);
  }

  private async entitySummary(id: number): Promise<EntitySummary | null> {
    const [row] = await this.rows<EntitySummary>(`SELECT e.id, e.key, e.name, e.type, e.wikidata, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
      FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.id = $1 GROUP BY e.id`, [id]);
    return row ?? null;
  }

  async findEntities(folded: string): Promise<EntitySummary[]> {
    const ids = await this.rows<{ id: number }>('SELECT id FROM entities WHERE folded = $1 UNION SELECT DISTINCT entity_id FROM mentions WHERE folded = $1', [folded]);
    const found = (await Promise.all(ids.map((r) => this.entitySummary(r.id)))).filter((e): e is EntitySummary => e !== null);
    return found.sort((a, b) => b.articles - a.articles);
  }

  async getEntity(idOrKey: number | string): Promise<EntityDetail | null> {
    const [row] = await this.rows<{ id: number }>(typeof idOrKey === 'number' ? 'SELECT id FROM entities WHERE id = $1' : 'SELECT id FROM entities WHERE key = $1', [idOrKey]);
    if (!row) return null;
    const summary = await this.entitySummary(row.id);
    if (!summary) return null;
    const [spellings, articleRefs, cooccurring, byDay, stories] = await Promise.all([
      this.rows<EntityDetail['spellings'][number]>('SELECT text, count(*) AS count FROM mentions WHERE entity_id = $1 GROUP BY text ORDER BY count DESC, text', [row.id]),
      this.rows<EntityDetail['articleRefs'][number]>(`SELECT a.id, a.title, a.source, a.published, count(*) AS mentions FROM mentions m JOIN articles a ON a.id = m.article_id
        WHERE m.entity_id = $1 GROUP BY a.id ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 200`, [row.id]),
      this.rows<EntityDetail['cooccurring'][number]>(`WITH recent AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = $1 ORDER BY article_id DESC LIMIT $2)
        SELECT e.id, e.name, e.type, count(DISTINCT m2.article_id) AS articles FROM recent r
        JOIN mentions m2 ON m2.article_id = r.article_id AND m2.entity_id != $1 JOIN entities e ON e.id = m2.entity_id
        GROUP BY e.id ORDER BY articles DESC, e.id LIMIT 20`, [row.id, COOCCURRENCE_ARTICLES]),
      this.rows<EntityDetail['byDay'][number]>(`SELECT substr(a.published, 1, 10) AS day, count(DISTINCT a.id) AS articles FROM mentions m JOIN articles a ON a.id = m.article_id
        WHERE m.entity_id = $1 AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1`, [row.id]),
      this.rows<EntityDetail['stories'][number]>(`SELECT s.id, s.title, count(DISTINCT sa.article_id) AS articles FROM mentions m JOIN story_articles sa ON sa.article_id = m.article_id
        JOIN stories s ON s.id = sa.story_id WHERE m.entity_id = $1 GROUP BY s.id ORDER BY articles DESC, s.importance DESC, s.id LIMIT 20`, [row.id]),
    ]);
    return { ...summary, spellings, articleRefs, cooccurring, byDay, stories };
  }

  private async writeStory(c: pg.PoolClient, s: StoryRecord): Promise<number> {
    let id = s.id;
    if (id === undefined) {
      id = (await c.query<{ id: number }>('INSERT INTO stories (title, importance, first, last, story_json) VALUES ($1, $2, $3, $4, $5) RETURNING id', [s.title, s.importance, s.first, s.last, JSON.stringify(s.detail)])).rows[0].id;
    } else {
      const changed = (await c.query('UPDATE stories SET title = $1, importance = $2, first = $3, last = $4, story_json = $5 WHERE id = $6', [s.title, s.importance, s.first, s.last, JSON.stringify(s.detail), id])).rowCount;
      if (!changed) throw new StoreError(`no story #${id} to update`);
      await c.query('DELETE FROM story_articles WHERE story_id = $1', [id]);
    }
    // An article belongs to one story: joining this one takes it out of any other, and a story left without
    // articles (merged into this one) is removed.
    const ids = s.articles.map((a) => a.id);
    const emptied = (await c.query<{ story_id: string }>('SELECT DISTINCT story_id FROM story_articles WHERE article_id = ANY($1::bigint[]) AND story_id <> $2', [ids, id])).rows.map((r) => Number(r.story_id));
    await c.query(`INSERT INTO story_articles (story_id, article_id, duplicate_of) SELECT $1, * FROM unnest($2::bigint[], $3::bigint[])
      ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, duplicate_of = excluded.duplicate_of`, [id, ids, s.articles.map((a) => a.duplicateOf)]);
    if (emptied.length) await c.query('DELETE FROM stories s WHERE s.id = ANY($1::bigint[]) AND NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id)', [emptied]);
    return id;
  }

  async replaceStories(stories: StoryRecord[]): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('DELETE FROM story_articles');
      await c.query('DELETE FROM stories');
      for (const s of stories) await this.writeStory(c, { ...s, id: undefined });
    }, 'storing stories');
  }

  async saveStory(story: StoryRecord): Promise<number> {
    return this.transaction((c) => this.writeStory(c, story), 'storing a story');
  }

  async storyIdsOf(articleIds: number[]): Promise<Map<number, number>> {
    if (articleIds.length === 0) return new Map();
    const rows = await this.rows<{ article_id: number; story_id: number }>('SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1::bigint[])', [articleIds]);
    return new Map(rows.map((r) => [r.article_id, r.story_id]));
  }

  private async storiesFromRows(rows: Row[]): Promise<StoredStory[]> {
    if (rows.length === 0) return [];
    const members = await this.rows<StoredStory['articles'][number] & { story_id: number }>(`SELECT sa.story_id, a.id, a.title, a.source, a.published, a.url, a.file, sa.duplicate_of AS "duplicateOf"
      FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ANY($1::bigint[]) ORDER BY a.published NULLS LAST, a.id`, [rows.map((r) => r.id)]);
    const byStory = new Map<number, StoredStory['articles']>();
    for (const { story_id, ...m } of members) (byStory.get(story_id) ?? byStory.set(story_id, []).get(story_id)!).push(m);
    return rows.map((row) => ({ id: Number(row.id), title: row.title as string, importance: Number(row.importance), first: (row.first as string | null) ?? null, last: (row.last as string | null) ?? null, detail: JSON.parse(row.story_json as string) as Record<string, unknown>, articles: byStory.get(Number(row.id)) ?? [] }));
  }

  async listStories(options: StoryFilter = {}): Promise<StoredStory[]> {
    const where: string[] = [];
    const params: unknown[] = [options.limit ?? 50, options.offset ?? 0];
    if (options.since) { params.push(options.since); where.push(`s.last >= $${params.length}`); }
    if (options.source) { params.push(normalize(options.source).trim()); where.push(`EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id AND a.source_key = $${params.length})`); }
    if (options.entityKey) { params.push(options.entityKey); where.push(`EXISTS (SELECT 1 FROM story_articles sa JOIN mentions m ON m.article_id = sa.article_id JOIN entities e ON e.id = m.entity_id WHERE sa.story_id = s.id AND e.key = $${params.length})`); }
    return this.storiesFromRows(await this.rows(`SELECT * FROM stories s ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY importance DESC, last DESC NULLS LAST, id LIMIT $1 OFFSET $2`, params));
  }

  async getStory(id: number): Promise<StoredStory | null> {
    return (await this.storiesFromRows(await this.rows('SELECT * FROM stories WHERE id = $1', [id])))[0] ?? null;
  }

  async *articlesPublishedFrom(day: string): AsyncIterable<StoredArticle> {
    // Paged on (published, id): the index on published serves it, and equal dates do not repeat across pages.
    let after: [string, number] = [day, 0];
    for (;;) {
      const rows = await this.rows(`SELECT a.id, a.published, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id
        WHERE a.published > $1 OR (a.published = $1 AND a.id > $2) ORDER BY a.published, a.id LIMIT $3`, [after[0], after[1], PAGE]);
      if (rows.length === 0) return;
      for (const row of rows) yield this.articleOf(row);
      const last = rows[rows.length - 1];
      after = [last.published as string, Number(last.id)];
    }
  }

  async recentUndatedArticles(limit: number): Promise<StoredArticle[]> {
    const rows = await this.rows('SELECT a.id, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id WHERE a.published IS NULL ORDER BY a.id DESC LIMIT $1', [limit]);
    return rows.map((row) => this.articleOf(row));
  }

  async *allArticles(): AsyncIterable<StoredArticle> {
    let after = 0;
    for (;;) {
      const rows = await this.rows('SELECT a.id, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id WHERE a.id > $1 ORDER BY a.id LIMIT $2', [after, PAGE]);
      if (rows.length === 0) return;
      for (const row of rows) yield this.articleOf(row);
      after = Number(rows[rows.length - 1].id);
    }
  }

  async stats(): Promise<StoreStats> {
    const [r] = await this.rows<StoreStats>(`SELECT (SELECT count(*) FROM raw_docs) AS "rawDocs", (SELECT count(*) FROM articles) AS articles,
      (SELECT count(*) FROM quarantine) AS quarantined, (SELECT value::int FROM marsad_meta WHERE key = 'schema_version') AS "schemaVersion"`);
    return r;
  }

  async claim(digests: string[]): Promise<Set<string>> {
    if (digests.length === 0) return new Set();
    this.claimSession ??= await this.pool.connect();
    const rows = (await this.claimSession.query<{ d: string }>(`SELECT d FROM unnest($1::text[]) d WHERE pg_try_advisory_lock($2, ('x' || substr(d, 1, 8))::bit(32)::int)`, [digests, LOCK_SPACE])).rows;
    return new Set(rows.map((r) => r.d));
  }

  async release(digests: string[]): Promise<void> {
    if (!this.claimSession || digests.length === 0) return;
    await this.claimSession.query(`SELECT pg_advisory_unlock($2, ('x' || substr(d, 1, 8))::bit(32)::int) FROM unnest($1::text[]) d`, [digests, LOCK_SPACE]);
  }

  async withStoryLock<T>(fn: () => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock($1, $2)', [LOCK_SPACE, STORY_LOCK]);
      try {
        return await fn();
      } finally {
        await c.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, STORY_LOCK]);
      }
    } finally {
      c.release();
    }
  }

  async check(): Promise<string[]> {
    const problems: string[] = [];
    const [r] = await this.rows<{ orphans: number; underived: number; unsearchable: number }>(`SELECT
      (SELECT count(*) FROM articles a LEFT JOIN raw_docs r ON r.id = a.raw_id WHERE r.id IS NULL) AS orphans,
      (SELECT count(*) FROM raw_docs r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.raw_id = r.id) AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.raw_id = r.id)) AS underived,
      (SELECT count(*) FROM articles WHERE search = ''::tsvector AND title <> '') AS unsearchable`);
    if (r.orphans) problems.push(`${r.orphans} articles without their raw document`);
    if (r.underived) problems.push(`${r.underived} raw documents with neither an article nor a quarantine entry`);
    if (r.unsearchable) problems.push(`${r.unsearchable} articles with an empty search entry`);
    return problems;
  }

  async close(): Promise<void> {
    this.claimSession?.release();
    this.claimSession = null;
    await this.pool.end();
  }

  /** Drops this store's schema and everything in it (tests' throw-away archives). */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA "${this.schema}" CASCADE`);
  }
}
