/**
 * The Store on SQLite (better-sqlite3): one file, WAL, foreign keys, versioned migrations, FTS5 over Marsad's
 * own search keys (FTS5's tokenizers do not fold Arabic: harakat split words, ی ≠ ي, أ ≠ ا).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Article } from '../../model.ts';
import { entityKeyOf, isAmbiguousPerson, nameKeys, normalize } from '../../text/index.ts';
import { articleRow, BLEND_CANDIDATES, COOCCURRENCE_ARTICLES, rawFromRow, searchHits, TITLE_WEIGHT, type Row } from '../shared.ts';
import {
  StoreError, type BatchResult, type IngestItem, type QuarantineEntry, type RawRecord, type SearchHit, type SearchOptions,
  type SearchQuery, type Store, type StoreStats, type StoredArticle, type EntityDetail, type EntitySummary, type StoredStory,
  type SearchFacets, type StoryFilter, type StoryRecord, FACET_SAMPLE,
} from '../types.ts';
import { APPLICATION_ID, MIGRATIONS } from './migrations.ts';

export interface SqliteOptions {
  /** Caps the database size in pages; the way tests make SQLite meet a full disk. */
  maxPages?: number;
  readonly?: boolean;
}

const RAW_PAGE = 500;



function translate(e: unknown, where: string): never {
  const err = e as { code?: string; message?: string };
  if (err.code === 'SQLITE_FULL') throw new StoreError(`${where}: the disk (or the database's size limit) is full; nothing of this batch was written — free space and run the same command again`);
  if (err.code === 'SQLITE_READONLY' || err.code === 'SQLITE_CANTOPEN') throw new StoreError(`${where}: cannot write the database (${err.message}); check the path and its permissions`);
  throw e;
}

/**
 * Opens (creating when needed) a SQLite store.
 * @example const store = openSqliteStore('./marsad.db')
 */
export function openSqliteStore(path: string, options: SqliteOptions = {}): Store {
  if (path !== ':memory:') {
    const dir = dirname(path);
    if (!existsSync(dir)) throw new StoreError(`cannot open ${path}: the folder ${dir} does not exist`);
    if (existsSync(path) && statSync(path).isDirectory()) throw new StoreError(`cannot open ${path}: it is a folder, not a database file`);
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new StoreError(`cannot open ${path}: ${(e as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw new StoreError(`${path} is not a Marsad database (not an SQLite file); give another --db path`);
    throw new StoreError(`cannot open ${path}: ${(e as Error).message}`);
  }
  migrate(db, path, options.readonly ?? false);
  if (options.maxPages) db.pragma(`max_page_count = ${options.maxPages}`);
  return new SqliteStore(db, path);
}

function migrate(db: Database.Database, path: string, readonly: boolean): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  if (appId !== APPLICATION_ID && (tables > 0 || version > 0)) {
    db.close();
    throw new StoreError(`${path} is an SQLite database of another program, not a Marsad store; give another --db path`);
  }
  if (version > MIGRATIONS.length) {
    db.close();
    throw new StoreError(`${path} was written by a newer Marsad (schema ${version}, this one knows ${MIGRATIONS.length}); upgrade Marsad to open it`);
  }
  if (version === MIGRATIONS.length) return;
  if (readonly) { db.close(); throw new StoreError(`${path} needs migrating to schema ${MIGRATIONS.length}; open it writable once`); }
  const apply = db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  });
  try {
    apply();
  } catch (e) {
    translate(e, `migrating ${path}`);
  }
}

class SqliteStore implements Store {
  readonly description: string;
  private readonly stmts;

  constructor(private readonly db: Database.Database, path: string) {
    this.description = `SQLite ${path}`;
    this.stmts = {
      insertRaw: db.prepare('INSERT INTO raw_docs (sha256, bytes, compression, origin, media_type, hints, acquired_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING RETURNING id'),
      rawId: db.prepare('SELECT id FROM raw_docs WHERE sha256 = ?'),
      insertArticle: db.prepare(`INSERT INTO articles (raw_id, file, url, title, published, source, source_key, lang, article_json, norm_hash, extracted_at)
        VALUES (@raw_id, @file, @url, @title, @published, @source, @source_key, @lang, @article_json, @norm_hash, @extracted_at) RETURNING id`),
      updateArticle: db.prepare(`UPDATE articles SET file = @file, url = @url, title = @title, published = @published, source = @source, source_key = @source_key, lang = @lang,
        article_json = @article_json, norm_hash = @norm_hash, extracted_at = @extracted_at WHERE raw_id = @raw_id RETURNING id`),
      deleteArticle: db.prepare('DELETE FROM articles WHERE raw_id = ? RETURNING id'),
      insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)'),
      deleteFts: db.prepare('DELETE FROM articles_fts WHERE rowid = ?'),
      insertQuarantine: db.prepare('INSERT INTO quarantine (raw_id, origin, error, at) VALUES (?, ?, ?, ?) ON CONFLICT(raw_id) DO UPDATE SET error = excluded.error, at = excluded.at'),
      deleteQuarantine: db.prepare('DELETE FROM quarantine WHERE raw_id = ?'),
      getArticle: db.prepare('SELECT a.id, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id WHERE a.id = ?'),
      listArticles: db.prepare('SELECT a.id, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?'),
      rawPage: db.prepare('SELECT id, sha256, bytes, compression, origin, media_type, hints FROM raw_docs WHERE id > ? ORDER BY id LIMIT ?'),
      quarantine: db.prepare('SELECT q.id, r.sha256, q.origin, q.error, q.at FROM quarantine q JOIN raw_docs r ON r.id = q.raw_id ORDER BY q.id'),
      upsertEntity: db.prepare('INSERT INTO entities (key, name, folded, type, wikidata) VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING id'),
      insertMention: db.prepare('INSERT OR IGNORE INTO mentions (article_id, entity_id, text, folded, start, end) VALUES (?, ?, ?, ?, ?, ?)'),
      deleteMentions: db.prepare('DELETE FROM mentions WHERE article_id = ?'),
      entitySummary: db.prepare(`SELECT e.id, e.key, e.name, e.type, e.wikidata, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
        FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.id = ? GROUP BY e.id`),
    };
  }

  async knownDigests(digests: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (let i = 0; i < digests.length; i += 500) {
      const chunk = digests.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT sha256 FROM raw_docs WHERE sha256 IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Array<{ sha256: string }>;
      for (const r of rows) known.add(r.sha256);
    }
    return known;
  }

  /** The entities of an article and their mentions, linked by entity key. */
  private writeMentions(articleId: number, article: Article): void {
    for (const e of article.entities) {
      if (isAmbiguousPerson(e)) continue; // a person named by one common word names no one across articles
      const { id } = this.stmts.upsertEntity.get(entityKeyOf(e), e.name, nameKeys(e.name).join(' '), e.type, e.wikidata) as { id: number };
      for (const m of e.mentions) this.stmts.insertMention.run(articleId, id, m.text, nameKeys(m.text).join(' '), m.start, m.end);
    }
  }

  async ingestBatch(items: IngestItem[]): Promise<BatchResult> {
    const now = new Date().toISOString();
    const run = this.db.transaction(() => {
      const result: BatchResult = { stored: 0, duplicates: 0, quarantined: 0, articleIds: [] };
      for (const item of items) {
        const raw = item.raw;
        const bytes = deflateRawSync(raw.bytes, { level: 1 });
        const inserted = this.stmts.insertRaw.get(raw.sha256, bytes, 'deflate-raw', raw.origin, raw.mediaType, raw.hints ? JSON.stringify(raw.hints) : null, now) as { id: number } | undefined;
        if (!inserted) { result.duplicates++; continue; }
        result.stored++;
        if ('error' in item.result) {
          this.stmts.insertQuarantine.run(inserted.id, raw.origin, item.result.error, now);
          result.quarantined++;
          continue;
        }
        const { id } = this.stmts.insertArticle.get(articleRow(inserted.id, item, now)) as { id: number };
        this.stmts.insertFts.run(id, item.result.searchTitle, item.result.searchBody);
        this.writeMentions(id, item.result.article);
        result.articleIds.push(id);
      }
      return result;
    });
    try {
      return run();
    } catch (e) {
      translate(e, 'storing a batch');
    }
  }

  async replaceDerived(item: IngestItem): Promise<void> {
    const now = new Date().toISOString();
    const run = this.db.transaction(() => {
      const raw = this.stmts.rawId.get(item.raw.sha256) as { id: number } | undefined;
      if (!raw) throw new StoreError(`no raw document ${item.raw.sha256} to reprocess`);
      if ('error' in item.result) {
        const gone = this.stmts.deleteArticle.get(raw.id) as { id: number } | undefined;
        if (gone) this.stmts.deleteFts.run(gone.id);
        this.stmts.insertQuarantine.run(raw.id, item.raw.origin, item.result.error, now);
        return;
      }
      const row = articleRow(raw.id, item, now);
      const updated = this.stmts.updateArticle.get(row) as { id: number } | undefined;
      const id = updated?.id ?? (this.stmts.insertArticle.get(row) as { id: number }).id;
      if (updated) { this.stmts.deleteFts.run(id); this.stmts.deleteMentions.run(id); }
      this.stmts.insertFts.run(id, item.result.searchTitle, item.result.searchBody);
      this.writeMentions(id, item.result.article);
      this.stmts.deleteQuarantine.run(raw.id);
    });
    try {
      run();
    } catch (e) {
      translate(e, `reprocessing ${item.raw.origin}`);
    }
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const row = this.stmts.getArticle.get(id) as Row | undefined;
    return row ? { ...(JSON.parse(row.article_json as string) as Article), id: row.id as number, rawSha256: row.sha256 as string } : null;
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<StoredArticle[]> {
    const rows = this.stmts.listArticles.all(options.limit ?? 50, options.offset ?? 0) as Row[];
    return rows.map((row) => ({ ...(JSON.parse(row.article_json as string) as Article), id: row.id as number, rawSha256: row.sha256 as string }));
  }

  async *rawDocuments(): AsyncIterable<RawRecord> {
    let after = 0;
    for (;;) {
      const rows = this.stmts.rawPage.all(after, RAW_PAGE) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) yield rawFromRow(r);
      after = rows[rows.length - 1].id as number;
    }
  }

  async listQuarantine(): Promise<QuarantineEntry[]> {
    return (this.stmts.quarantine.all() as Row[]).map((r) => ({ id: r.id as number, rawSha256: r.sha256 as string, origin: r.origin as string, error: r.error as string, at: r.at as string }));
  }

  async search(query: SearchQuery, options: SearchOptions = {}): Promise<SearchHit[]> {
    const match = ftsExpression(query);
    if (!match) return [];
    const limit = options.limit ?? 20;
    const where: string[] = ['articles_fts MATCH @match'];
    const offset = options.offset ?? 0;
    const params: Record<string, unknown> = { match, limit: options.sort === 'blend' ? (limit + offset) * BLEND_CANDIDATES : limit, offset: options.sort === 'blend' ? 0 : offset };
    filterClauses(options, where, params);
    const filtered = where.length > 1;
    let rows: Row[];
    if (!filtered && options.sort !== 'recent') {
      // FTS5 orders by rank itself, fastest when nothing else is joined in.
      rows = this.db.prepare(`SELECT a.id, a.title, a.source, a.published, a.url, a.file, a.article_json, m.rank FROM
        (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH @match AND rank MATCH 'bm25(${TITLE_WEIGHT}, 1.0)' ORDER BY rank LIMIT @limit OFFSET @offset) m
        JOIN articles a ON a.id = m.rowid ORDER BY m.rank`).all(params) as Row[];
    } else {
      const order = options.sort === 'recent' ? 'a.published DESC NULLS LAST, rank' : 'rank';
      rows = this.db.prepare(`SELECT a.id, a.title, a.source, a.published, a.url, a.file, a.article_json, bm25(articles_fts, ${TITLE_WEIGHT}, 1.0) AS rank
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(params) as Row[];
    }
    return searchHits(rows.map((r) => ({ row: r, score: -(r.rank as number) })), query, { sort: options.sort, limit, offset });
  }

  async searchFacets(query: SearchQuery, options: SearchOptions = {}): Promise<SearchFacets> {
    const match = ftsExpression(query);
    if (!match) return { total: 0, sources: [], months: [], entities: [], stories: [] };
    const where: string[] = ['articles_fts MATCH @match'];
    const params: Record<string, unknown> = { match, sample: FACET_SAMPLE };
    filterClauses(options, where, params);
    // The newest matches (by id, the order of storage), capped: ranking every match by BM25 first cost 70 ms a
    // query on SaudiNewsNet, for counts that barely change.
    const ids = `(SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE ${where.join(' AND ')} ORDER BY articles_fts.rowid DESC LIMIT @sample)`;
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS facet_ids (id INTEGER PRIMARY KEY)');
    const run = this.db.transaction(() => {
      this.db.exec('DELETE FROM temp.facet_ids');
      this.db.prepare(`INSERT INTO temp.facet_ids SELECT id FROM ${ids}`).run(params);
      const total = (this.db.prepare('SELECT count(*) AS n FROM temp.facet_ids').get() as { n: number }).n;
      // CROSS JOIN keeps SQLite on the matches first (it otherwise walked a whole index of articles: 30 ms).
      const sources = this.db.prepare(`SELECT a.source AS value, count(*) AS count FROM temp.facet_ids f CROSS JOIN articles a ON a.id = f.id
        WHERE a.source IS NOT NULL GROUP BY a.source_key ORDER BY count DESC, value LIMIT 15`).all() as SearchFacets['sources'];
      const months = this.db.prepare(`SELECT substr(a.published, 1, 7) AS value, count(*) AS count FROM temp.facet_ids f CROSS JOIN articles a ON a.id = f.id
        WHERE a.published IS NOT NULL GROUP BY value ORDER BY value DESC LIMIT 24`).all() as SearchFacets['months'];
      const entities = this.db.prepare(`SELECT e.id, e.key, e.name, e.type, count(DISTINCT m.article_id) AS count FROM temp.facet_ids f CROSS JOIN mentions m ON m.article_id = f.id
        CROSS JOIN entities e ON e.id = m.entity_id GROUP BY e.id ORDER BY count DESC, e.id LIMIT 15`).all() as SearchFacets['entities'];
      const stories = this.db.prepare(`SELECT s.id, s.title, count(*) AS count FROM temp.facet_ids f CROSS JOIN story_articles sa ON sa.article_id = f.id
        CROSS JOIN stories s ON s.id = sa.story_id GROUP BY s.id ORDER BY count DESC, s.id LIMIT 10`).all() as SearchFacets['stories'];
      return { total, sources, months, entities, stories };
    });
    return run();
  }

  async rawDocument(sha256: string): Promise<RawRecord | null> {
    const r = this.db.prepare('SELECT sha256, bytes, compression, origin, media_type, hints FROM raw_docs WHERE sha256 = ?').get(sha256) as Row | undefined;
    return r ? rawFromRow(r) : null;
  }

  async listEntities(options: { limit?: number; offset?: number; type?: string } = {}): Promise<EntitySummary[]> {
    const rows = this.db.prepare(`SELECT e.id, e.key, e.name, e.type, e.wikidata, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
      FROM entities e JOIN mentions m ON m.entity_id = e.id ${options.type ? 'WHERE e.type = @type' : ''}
      GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.id LIMIT @limit OFFSET @offset`).all({ type: options.type, limit: options.limit ?? 50, offset: options.offset ?? 0 }) as EntitySummary[];
    return rows;
  }

  async findEntities(folded: string): Promise<EntitySummary[]> {
    const ids = this.db.prepare(`SELECT id FROM entities WHERE folded = @f UNION SELECT DISTINCT entity_id FROM mentions WHERE folded = @f`).all({ f: folded }) as Array<{ id: number }>;
    const found = ids.map((r) => this.stmts.entitySummary.get(r.id) as EntitySummary | undefined).filter((e): e is EntitySummary => e !== undefined);
    return found.sort((a, b) => b.articles - a.articles);
  }

  async getEntity(idOrKey: number | string): Promise<EntityDetail | null> {
    const row = (typeof idOrKey === 'number' ? this.db.prepare('SELECT id FROM entities WHERE id = ?').get(idOrKey) : this.db.prepare('SELECT id FROM entities WHERE key = ?').get(idOrKey)) as { id: number } | undefined;
    if (!row) return null;
    const summary = this.stmts.entitySummary.get(row.id) as EntitySummary | undefined;
    if (!summary) return null;
    const spellings = this.db.prepare('SELECT text, count(*) AS count FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY count DESC, text').all(row.id) as Array<{ text: string; count: number }>;
    const articleRefs = this.db.prepare(`SELECT a.id, a.title, a.source, a.published, count(*) AS mentions FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.entity_id = ? GROUP BY a.id ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 200`).all(row.id) as EntityDetail['articleRefs'];
    const cooccurring = this.db.prepare(`WITH recent AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = @id ORDER BY article_id DESC LIMIT @n)
      SELECT e.id, e.name, e.type, count(DISTINCT m2.article_id) AS articles FROM recent r
      JOIN mentions m2 ON m2.article_id = r.article_id AND m2.entity_id != @id JOIN entities e ON e.id = m2.entity_id
      GROUP BY e.id ORDER BY articles DESC, e.id LIMIT 20`).all({ id: row.id, n: COOCCURRENCE_ARTICLES }) as EntityDetail['cooccurring'];
    const byDay = this.db.prepare(`SELECT substr(a.published, 1, 10) AS day, count(DISTINCT a.id) AS articles FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.entity_id = ? AND a.published IS NOT NULL GROUP BY day ORDER BY day`).all(row.id) as EntityDetail['byDay'];
    const stories = this.db.prepare(`SELECT s.id, s.title, count(DISTINCT sa.article_id) AS articles FROM mentions m JOIN story_articles sa ON sa.article_id = m.article_id
      JOIN stories s ON s.id = sa.story_id WHERE m.entity_id = ? GROUP BY s.id ORDER BY articles DESC, s.importance DESC, s.id LIMIT 20`).all(row.id) as EntityDetail['stories'];
    return { ...summary, spellings, articleRefs, cooccurring, byDay, stories };
  }

  async replaceStories(stories: StoryRecord[]): Promise<void> {
    const run = this.db.transaction(() => {
      this.db.exec('DELETE FROM story_articles; DELETE FROM stories;');
      for (const s of stories) this.writeStory({ ...s, id: undefined });
    });
    try {
      run();
    } catch (e) {
      translate(e, 'storing stories');
    }
  }

  private writeStory(s: StoryRecord): number {
    let id = s.id;
    if (id === undefined) {
      id = (this.db.prepare('INSERT INTO stories (title, importance, first, last, story_json) VALUES (?, ?, ?, ?, ?) RETURNING id').get(s.title, s.importance, s.first, s.last, JSON.stringify(s.detail)) as { id: number }).id;
    } else {
      const changed = this.db.prepare('UPDATE stories SET title = ?, importance = ?, first = ?, last = ?, story_json = ? WHERE id = ?').run(s.title, s.importance, s.first, s.last, JSON.stringify(s.detail), id).changes;
      if (!changed) throw new StoreError(`no story #${id} to update`);
      this.db.prepare('DELETE FROM story_articles WHERE story_id = ?').run(id);
    }
    // An article belongs to one story: joining this one takes it out of any other, and a story left without
    // articles (merged into this one) is removed.
    const previousStory = this.db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck();
    const emptied = new Set<number>();
    for (const a of s.articles) { const was = previousStory.get(a.id) as number | undefined; if (was !== undefined && was !== id) emptied.add(was); }
    const insertMember = this.db.prepare('INSERT INTO story_articles (story_id, article_id, duplicate_of) VALUES (?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, duplicate_of = excluded.duplicate_of');
    for (const a of s.articles) insertMember.run(id, a.id, a.duplicateOf);
    const removeIfEmpty = this.db.prepare('DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM story_articles WHERE story_id = ?)');
    for (const was of emptied) removeIfEmpty.run(was, was);
    return id;
  }

  async saveStory(story: StoryRecord): Promise<number> {
    try {
      return this.db.transaction(() => this.writeStory(story))();
    } catch (e) {
      translate(e, 'storing a story');
    }
  }

  async storyIdsOf(articleIds: number[]): Promise<Map<number, number>> {
    const found = new Map<number, number>();
    for (let i = 0; i < articleIds.length; i += 500) {
      const chunk = articleIds.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT article_id, story_id FROM story_articles WHERE article_id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Array<{ article_id: number; story_id: number }>;
      for (const r of rows) found.set(r.article_id, r.story_id);
    }
    return found;
  }

  private storyFromRow(row: Row): StoredStory {
    const articles = this.db.prepare(`SELECT a.id, a.title, a.source, a.published, a.url, a.file, sa.duplicate_of AS duplicateOf FROM story_articles sa
      JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY a.published NULLS LAST, a.id`).all(row.id) as StoredStory['articles'];
    return { id: row.id as number, title: row.title as string, importance: row.importance as number, first: (row.first as string | null) ?? null, last: (row.last as string | null) ?? null, detail: JSON.parse(row.story_json as string) as Record<string, unknown>, articles };
  }

  async listStories(options: StoryFilter = {}): Promise<StoredStory[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: options.limit ?? 50, offset: options.offset ?? 0 };
    if (options.since) { where.push('s.last >= @since'); params.since = options.since; }
    if (options.source) { where.push('EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id AND a.source_key = @source)'); params.source = normalize(options.source).trim(); }
    if (options.entityKey) { where.push('EXISTS (SELECT 1 FROM story_articles sa JOIN mentions m ON m.article_id = sa.article_id JOIN entities e ON e.id = m.entity_id WHERE sa.story_id = s.id AND e.key = @entity)'); params.entity = options.entityKey; }
    const rows = this.db.prepare(`SELECT * FROM stories s ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY importance DESC, last DESC NULLS LAST, id LIMIT @limit OFFSET @offset`).all(params) as Row[];
    return rows.map((r) => this.storyFromRow(r));
  }

  async getStory(id: number): Promise<StoredStory | null> {
    const row = this.db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as Row | undefined;
    return row ? this.storyFromRow(row) : null;
  }

  async *articlesPublishedFrom(day: string): AsyncIterable<StoredArticle> {
    // Paged on (published, id): the index on published serves it, and equal dates do not repeat across pages.
    const page = this.db.prepare(`SELECT a.id, a.published, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id
      WHERE a.published > ? OR (a.published = ? AND a.id > ?) ORDER BY a.published, a.id LIMIT 500`);
    let after: [string, number] = [day, 0];
    for (;;) {
      const rows = page.all(after[0], after[0], after[1]) as Row[];
      if (rows.length === 0) return;
      for (const row of rows) yield { ...(JSON.parse(row.article_json as string) as Article), id: row.id as number, rawSha256: row.sha256 as string };
      const last = rows[rows.length - 1];
      after = [last.published as string, last.id as number];
    }
  }

  async recentUndatedArticles(limit: number): Promise<StoredArticle[]> {
    const rows = this.db.prepare('SELECT a.id, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id WHERE a.published IS NULL ORDER BY a.id DESC LIMIT ?').all(limit) as Row[];
    return rows.map((row) => ({ ...(JSON.parse(row.article_json as string) as Article), id: row.id as number, rawSha256: row.sha256 as string }));
  }

  async *allArticles(): AsyncIterable<StoredArticle> {
    let after = 0;
    const page = this.db.prepare('SELECT a.id, a.article_json, r.sha256 FROM articles a JOIN raw_docs r ON r.id = a.raw_id WHERE a.id > ? ORDER BY a.id LIMIT 500');
    for (;;) {
      const rows = page.all(after) as Row[];
      if (rows.length === 0) return;
      for (const row of rows) yield { ...(JSON.parse(row.article_json as string) as Article), id: row.id as number, rawSha256: row.sha256 as string };
      after = rows[rows.length - 1].id as number;
    }
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      rawDocs: n('SELECT count(*) AS n FROM raw_docs'),
      articles: n('SELECT count(*) AS n FROM articles'),
      quarantined: n('SELECT count(*) AS n FROM quarantine'),
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
    };
  }

  // One writer at a time per SQLite file (its own lock): every document is this process's to derive.
  async claim(digests: string[]): Promise<Set<string>> {
    return new Set(digests);
  }

  async release(): Promise<void> {}

  async withStoryLock<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  async check(): Promise<string[]> {
    const problems: string[] = [];
    const integrity = this.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    const orphans = n('SELECT count(*) AS n FROM articles a LEFT JOIN raw_docs r ON r.id = a.raw_id WHERE r.id IS NULL');
    if (orphans) problems.push(`${orphans} articles without their raw document`);
    const fts = n('SELECT count(*) AS n FROM articles_fts');
    const articles = n('SELECT count(*) AS n FROM articles');
    if (fts !== articles) problems.push(`${articles} articles but ${fts} search entries`);
    const underived = n('SELECT count(*) AS n FROM raw_docs r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.raw_id = r.id) AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.raw_id = r.id)');
    if (underived) problems.push(`${underived} raw documents with neither an article nor a quarantine entry`);
    return problems;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** The filters of a search (entity, outlet, dates) as SQL conditions on `a` (articles). */
function filterClauses(options: SearchOptions, where: string[], params: Record<string, unknown>): void {
  if (options.entityKey) { where.push('a.id IN (SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = @entity)'); params.entity = options.entityKey; }
  if (options.source) { where.push('a.source_key = @source'); params.source = normalize(options.source).trim(); }
  if (options.from) { where.push('a.published >= @from'); params.from = options.from; }
  if (options.to) { where.push("a.published <= @to || 'z'"); params.to = options.to; }
}

/** The FTS5 MATCH expression of a parsed query; keys are letters and digits only, so quoting is safe. */
export function ftsExpression(q: SearchQuery): string | null {
  if (q.clauses.length === 0) return null;
  const phrase = (keys: string[]) => `"${keys.map((k) => k.replace(/"/g, '')).join(' ')}"`;
  let expr = q.clauses.map((alts) => (alts.length > 1 ? `(${alts.map(phrase).join(' OR ')})` : phrase(alts[0]))).join(' AND ');
  for (const n of q.not) expr = `(${expr}) NOT ${phrase(n)}`;
  return expr;
}
