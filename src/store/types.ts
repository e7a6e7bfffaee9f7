/**
 * The Store: the only way Marsad persists anything. Every engine (SQLite now, PostgreSQL later) implements this
 * interface and passes the same contract tests (test/store/contract.ts). Methods are async so that a networked
 * engine fits; the SQLite engine answers synchronously inside them.
 */
import type { Article } from '../model.ts';

/** A raw input as stored: content-addressed by the SHA-256 of its bytes. */
export interface RawRecord {
  sha256: string;
  bytes: Uint8Array;
  origin: string;
  mediaType: string;
  hints: Record<string, unknown> | null;
}

/** What the pipeline hands the store for one raw document: the article derived from it, or why it failed. */
export interface IngestItem {
  raw: RawRecord;
  result: { article: Article; searchTitle: string; searchBody: string; normHash: string } | { error: string };
}

export interface BatchResult {
  /** New raw documents stored. */
  stored: number;
  /** Raw documents already in the store (the same bytes ingested before): nothing written. */
  duplicates: number;
  /** Of the stored ones, those kept in quarantine with their error. */
  quarantined: number;
  /** Ids of the articles stored by this batch. */
  articleIds: number[];
}

export interface StoredArticle extends Article {
  id: number;
  rawSha256: string;
}

export interface QuarantineEntry {
  id: number;
  rawSha256: string;
  origin: string;
  error: string;
  at: string;
}

export interface SearchOptions {
  limit?: number;
  /** Only articles that mention this entity (its key). */
  entityKey?: string;
  source?: string;
  from?: string;
  to?: string;
  /** 'relevance' (BM25), 'recent' (newest first among matches) or 'blend' (BM25 weighed by age). */
  sort?: 'relevance' | 'recent' | 'blend';
  /** Results to skip (pagination). */
  offset?: number;
}

/** Counts over the articles a query matches (up to FACET_SAMPLE of them, the newest stored), for narrowing a search. */
export interface SearchFacets {
  /** Matching articles counted (at most the sample size). */
  total: number;
  sources: Array<{ value: string; count: number }>;
  /** Publication months, `YYYY-MM`, newest first. */
  months: Array<{ value: string; count: number }>;
  entities: Array<{ id: number; key: string; name: string; type: string; count: number }>;
  stories: Array<{ id: number; title: string; count: number }>;
}

/** How many matching articles facets are counted over: enough to describe a result set, bounded in cost. */
export const FACET_SAMPLE = 2000;

export interface StoryFilter {
  limit?: number;
  offset?: number;
  /** Stories last seen on or after this date (`YYYY-MM-DD`). */
  since?: string;
  /** Stories with an article from this outlet (any spelling that folds the same). */
  source?: string;
  /** Stories with an article that mentions this entity (its key). */
  entityKey?: string;
}

/** A story to write: with an id it replaces that story (description and members), without one it is new. */
export type StoryRecord = Omit<StoredStory, 'id' | 'articles'> & { id?: number; articles: Array<{ id: number; duplicateOf: number | null }> };

export interface SearchHit {
  id: number;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
  file: string;
  snippet: string;
  score: number;
}

/** A parsed query: all `must` keys (and phrases) must match, any `any` group alternative, no `not` key. */
export interface SearchQuery {
  /** Each clause is a list of alternatives (OR); each alternative a phrase of one or more keys. */
  clauses: string[][][];
  not: string[][];
  /** Every key of the query, for marking snippets. */
  keys: string[];
}

export interface EntitySummary {
  id: number;
  key: string;
  name: string;
  type: 'PER' | 'LOC' | 'ORG';
  wikidata: string | null;
  mentions: number;
  articles: number;
}

export interface EntityDetail extends EntitySummary {
  /** Spellings seen, most frequent first. */
  spellings: Array<{ text: string; count: number }>;
  /** Articles that mention it, newest first. */
  articleRefs: Array<{ id: number; title: string; source: string | null; published: string | null; mentions: number }>;
  /** Entities named in the same articles (of its newest 500), by how many articles they share. */
  cooccurring: Array<{ id: number; name: string; type: string; articles: number }>;
  /** Articles that mention it per publication day (`YYYY-MM-DD`), oldest first. */
  byDay: Array<{ day: string; articles: number }>;
  /** Stories with articles that mention it, by how many. */
  stories: Array<{ id: number; title: string; articles: number }>;
}

/** A story as stored: its description and its articles (copies marked with the article they copy). */
export interface StoredStory {
  id: number;
  title: string;
  importance: number;
  first: string | null;
  last: string | null;
  /** Summary, outlets, entities, reasons (see src/stories/cluster.ts StorySummary). */
  detail: Record<string, unknown>;
  articles: Array<{ id: number; title: string; source: string | null; published: string | null; url: string | null; file: string; duplicateOf: number | null }>;
}

/** What a stored story's `detail` holds (the description src/stories/cluster.ts makes); read it with storyDetail. */
export interface StoryDetail {
  reasons?: string;
  summary?: Array<{ sentence: string; articleId: number }>;
  outlets?: Array<{ source: string; articles: number }>;
  entities?: Array<{ name: string; type: string; wikidata: string | null; articles: number }>;
}

export const storyDetail = (s: Pick<StoredStory, 'detail'>): StoryDetail => s.detail as StoryDetail;

export interface StoreStats {
  rawDocs: number;
  articles: number;
  quarantined: number;
  schemaVersion: number;
}

export interface Store {
  /** Which engine and where (for messages). */
  readonly description: string;
  /** SHA-256 digests among `digests` that are already stored. */
  knownDigests(digests: string[]): Promise<Set<string>>;
  /** Stores a batch atomically: raw documents first, then their articles or quarantine entries. */
  ingestBatch(items: IngestItem[]): Promise<BatchResult>;
  getArticle(id: number): Promise<StoredArticle | null>;
  /** Articles, newest first. */
  listArticles(options?: { limit?: number; offset?: number }): Promise<StoredArticle[]>;
  /** Every raw document, for reprocessing, in storage order. */
  rawDocuments(): AsyncIterable<RawRecord>;
  /** Replaces the article derived from a raw document (reprocess); clears its quarantine entry. */
  replaceDerived(item: IngestItem): Promise<void>;
  listQuarantine(): Promise<QuarantineEntry[]>;
  search(query: SearchQuery, options?: SearchOptions): Promise<SearchHit[]>;
  /** Facet counts of a query's matches under the same filters (sort, limit and offset do not apply). */
  searchFacets(query: SearchQuery, options?: SearchOptions): Promise<SearchFacets>;
  /** A stored raw document by its digest (to show what extraction dropped and why). */
  rawDocument(sha256: string): Promise<RawRecord | null>;
  /** Entities by number of articles that mention them. */
  listEntities(options?: { limit?: number; offset?: number; type?: string }): Promise<EntitySummary[]>;
  /** One entity by id or key. */
  getEntity(idOrKey: number | string): Promise<EntityDetail | null>;
  /** Entities whose name or a mention's spelling folds to `folded` (the folded text of the name asked for). */
  findEntities(folded: string): Promise<EntitySummary[]>;
  /** Replaces every story (reclustering): one transaction. */
  replaceStories(stories: StoryRecord[]): Promise<void>;
  /** Writes one story (new, or replacing the one with its id) and returns its id; one transaction. */
  saveStory(story: StoryRecord): Promise<number>;
  /** The story of each of these articles that has one. */
  storyIdsOf(articleIds: number[]): Promise<Map<number, number>>;
  /** Stories, most important first. */
  listStories(options?: StoryFilter): Promise<StoredStory[]>;
  getStory(id: number): Promise<StoredStory | null>;
  /** Every article, oldest first, in pages (for reclustering). */
  allArticles(): AsyncIterable<StoredArticle>;
  /** Articles published on or after `day` (`YYYY-MM-DD`), oldest first, in pages (the recent days that incremental
   * story placement starts from). Undated articles are not among them. */
  articlesPublishedFrom(day: string): AsyncIterable<StoredArticle>;
  /** Articles without a publication date, the most recently stored first, at most `limit` (their day, if any, is
   * read from the dates they mention: incremental story placement looks among the recent ones). */
  recentUndatedArticles(limit: number): Promise<StoredArticle[]>;
  stats(): Promise<StoreStats>;
  /**
   * Claims raw documents for this process to derive (distributed ingest): returns the digests claimed; the others
   * are being derived by another process. A claim lasts until `release`, or until this process's connection ends
   * (a killed worker's claims free themselves). An engine with a single writer claims everything.
   */
  claim(digests: string[]): Promise<Set<string>>;
  release(digests: string[]): Promise<void>;
  /** Runs `fn` while no other process updates stories (story updates read, then write, many stories). */
  withStoryLock<T>(fn: () => Promise<T>): Promise<T>;
  /** Checks the store's own consistency: every article has its raw document and its search entry. */
  check(): Promise<string[]>;
  close(): Promise<void>;
}

/** A store that cannot be opened or used: the message says what and how to fix it. */
export class StoreError extends Error {
  override name = 'StoreError';
}
