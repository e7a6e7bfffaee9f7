/**
 * The pipeline: acquire -> extract -> (search keys) -> store, in batches. Stages are named and listed; the
 * stages themselves are pure, this module wires them to the store.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { acquire } from './acquire/files.ts';
import { createEnricher } from './enrich/index.ts';
import { createExtractor, ExtractError, type Extraction } from './extract/index.ts';
import type { Article, RawDoc } from './model.ts';
import type { IngestItem, RawRecord, Store } from './store/types.ts';
import { articleDay, createClusterer, DEFAULT_SETTINGS, describeStory, lookupTerms, type StoryInput } from './stories/cluster.ts';
import { normalize, searchKeys } from './text/index.ts';

/** The stages an article goes through, in order (`marsad pipeline` lists them). */
export const STAGES = [
  { name: 'acquire', does: 'files, folders, JSON Lines (.jsonl, .jsonl.gz) to raw documents, content-addressed' },
  { name: 'extract', does: 'raw document to Article: title, body, metadata, embeds, related items' },
  { name: 'enrich', does: 'time expressions resolved against the publication date, linked entities, quotes' },
  { name: 'index', does: 'search keys of title and body for Arabic-aware full-text search' },
  { name: 'store', does: 'raw document first, then its article or its quarantine entry, one transaction per batch' },
  { name: 'stories', does: 'near-duplicate copies and online clustering of articles into stories, with summaries and importance' },
] as const;

export interface IngestOptions {
  batchSize?: number;
  /** Stages to skip by name (see STAGES; 'entities', 'temporal', 'quotes' for parts of enrich). */
  skip?: string[];
  /** Extraction and enrichment in worker threads while the main thread writes: how many (default: one per core,
   * at least one; 0 derives on the main thread). */
  workers?: number;
  maxBytes?: number;
  /** Called after every batch with the running summary. */
  onProgress?: (summary: IngestSummary, lastOrigin: string) => void;
  /** Called for every input that failed: unreadable, or extracted into quarantine. */
  onFailure?: (origin: string, reason: string) => void;
}

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
  quarantined: number;
  seconds: number;
  /** Ids of the articles this ingest stored (for placing them in stories). */
  articleIds: number[];
}

/** How long to wait for documents another process claimed, and how often to look. */
const DEFERRED_WAIT_MS = 10 * 60 * 1000;
const DEFERRED_POLL_MS = 250;

/** Documents per transaction. */
const DEFAULT_BATCH = 250; // with one batch in the worker and one being written: peak RSS 470 MB at 250, 503 MB at 500 (SaudiNewsNet)

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function rawRecord(doc: RawDoc): RawRecord {
  return { sha256: sha256(doc.bytes), bytes: doc.bytes, origin: doc.origin, mediaType: doc.mediaType, hints: doc.hints ? { ...doc.hints } : null };
}

export interface AnalyzerOptions {
  maxBytes?: number;
  /** Reference date for time expressions when a page states no publication date. */
  ref?: string | null;
  /** Stages to skip by name ('enrich', or 'temporal', 'entities', 'quotes'). */
  disable?: string[];
}

/**
 * Extraction and enrichment of one raw document: the per-document part of the pipeline.
 * @example createAnalyzer().analyze({origin: 'a.txt', bytes, mediaType: 'text/plain'}).entities
 */
export function createAnalyzer(options: AnalyzerOptions = {}) {
  const extractor = createExtractor({ maxBytes: options.maxBytes });
  const enrich = options.disable?.includes('enrich') ? null : createEnricher({ disable: options.disable });
  function analyzeDetailed(doc: RawDoc): Extraction {
    const extraction = extractor.extractDetailed(doc);
    return enrich ? { ...extraction, article: enrich(extraction.article, options.ref) } : extraction;
  }
  return { analyzeDetailed, analyze: (doc: RawDoc): Article => analyzeDetailed(doc).article };
}

/** An ingest item of an article: the article and its search keys (title, body) and the hash of its folded text. */
export function indexedItem(raw: RawRecord, article: Article): IngestItem {
  const bodyText = article.body.map((b) => b.text).join('\n');
  return {
    raw,
    result: {
      article,
      searchTitle: searchKeys(article.title).join(' '),
      searchBody: searchKeys(bodyText).join(' '),
      normHash: sha256(Buffer.from(normalize(bodyText).replace(/\s+/g, ' ').trim())),
    },
  };
}

/** The derived part of an ingest item: article and its search keys, or the error that sends it to quarantine. */
export function derive(raw: RawRecord, extract: (doc: RawDoc) => Article): IngestItem {
  try {
    return indexedItem(raw, extract({ origin: raw.origin, bytes: raw.bytes, mediaType: raw.mediaType, hints: raw.hints ?? undefined }));
  } catch (e) {
    if (e instanceof ExtractError) return { raw, result: { error: e.message } };
    return { raw, result: { error: `unexpected error in extraction: ${(e as Error).message}` } };
  }
}

/**
 * Ingests paths into a store. Idempotent: documents already stored (same bytes) are counted as duplicates and
 * not extracted again.
 */
export async function ingest(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  // Made when this thread first derives a batch (its tagger table is the largest thing a thread holds).
  let analyzer: ReturnType<typeof createAnalyzer> | null = null;
  const analyze = (doc: RawDoc) => (analyzer ??= createAnalyzer({ maxBytes: options.maxBytes, disable: options.skip })).analyze(doc);
  // One core writes, the others derive (two workers on this two-core machine: SaudiNewsNet with enrichment in 62 s
  // instead of 76 s, but a peak of 1.2 GB instead of 0.85).
  const workerCount = options.workers ?? Math.max(1, availableParallelism() - 1);
  const workers: DeriveWorker[] = [];
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, failed: 0, quarantined: 0, seconds: 0, articleIds: [] };
  let batch: RawRecord[] = [];
  let batches = 0;
  // Batches are derived in the workers while earlier ones are written here, in order.
  const inFlight: Array<Promise<{ items: IngestItem[]; last: string }>> = [];

  // Documents another process had claimed: stored by it in the end, or claimed and derived here (if it died).
  let deferred: RawRecord[] = [];
  const write = async (derived: { items: IngestItem[]; last: string }) => {
    for (const item of derived.items) if ('error' in item.result) options.onFailure?.(item.raw.origin, item.result.error);
    const result = await store.ingestBatch(derived.items);
    await store.release(derived.items.map((i) => i.raw.sha256));
    summary.stored += result.stored;
    summary.duplicates += result.duplicates;
    summary.quarantined += result.quarantined;
    summary.failed += result.quarantined;
    for (const id of result.articleIds) summary.articleIds.push(id);
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary, derived.last);
  };
  /** `last`: the input has ended. */
  const flush = async (last = false) => {
    if (batch.length === 0) return;
    const raws = batch;
    batch = [];
    const known = await store.knownDigests(raws.map((r) => r.sha256));
    const seen = new Set<string>();
    const unseen = raws.filter((raw) => {
      if (known.has(raw.sha256) || seen.has(raw.sha256)) { summary.duplicates++; return false; }
      seen.add(raw.sha256);
      return true;
    });
    const claimed = await store.claim(unseen.map((r) => r.sha256));
    const fresh = unseen.filter((r) => claimed.has(r.sha256));
    for (const r of unseen) if (!claimed.has(r.sha256)) deferred.push(r);
    const lastOrigin = raws[raws.length - 1].origin;
    // An input that ends within its first batch is derived here: small inputs never pay for starting a worker.
    // Larger ones are derived in the workers only, so that this thread never loads the analyzer's data (the tagger
    // and the gazetteer, about 180 MB a thread).
    if (workerCount > 0 && fresh.length > 0 && (!last || workers.length > 0)) {
      if (workers.length < workerCount) workers.push(new DeriveWorker(options.maxBytes, options.skip));
      // A worker that fails (out of memory, a crash) costs nothing but time: its batch is derived here instead.
      inFlight.push(workers[batches++ % workers.length].derive(fresh).then(
        (items) => ({ items, last: lastOrigin }),
        (e: Error) => {
          options.onFailure?.('(worker thread)', `${e.message}; deriving its batch on the main thread`);
          return { items: fresh.map((raw) => derive(raw, analyze)), last: lastOrigin };
        },
      ));
      // One batch more than the workers hold: each worker derives the next while this thread writes one.
      if (inFlight.length > workerCount) await write(await inFlight.shift()!);
    } else {
      while (inFlight.length) await write(await inFlight.shift()!);
      await write({ items: fresh.map((raw) => derive(raw, analyze)), last: lastOrigin });
    }
  };
  try {
    for await (const acquired of acquire(paths)) {
      if ('failure' in acquired) {
        summary.failed++;
        options.onFailure?.(acquired.failure.origin, acquired.failure.reason);
        continue;
      }
      summary.read++;
      batch.push(rawRecord(acquired.doc));
      if (batch.length >= batchSize) await flush();
    }
    await flush(true);
    while (inFlight.length) await write(await inFlight.shift()!);
    // What others had claimed: wait until it is stored, or claim it when its claim is gone (a killed worker).
    const deadline = Date.now() + DEFERRED_WAIT_MS;
    while (deferred.length) {
      const known = await store.knownDigests(deferred.map((r) => r.sha256));
      summary.duplicates += deferred.filter((r) => known.has(r.sha256)).length;
      deferred = deferred.filter((r) => !known.has(r.sha256));
      if (deferred.length === 0) break;
      const claimed = await store.claim(deferred.map((r) => r.sha256));
      const mine = deferred.filter((r) => claimed.has(r.sha256));
      deferred = deferred.filter((r) => !claimed.has(r.sha256));
      if (mine.length) await write({ items: mine.map((raw) => derive(raw, analyze)), last: mine[mine.length - 1].origin });
      if (deferred.length && Date.now() > deadline) {
        for (const r of deferred) { summary.failed++; options.onFailure?.(r.origin, `claimed by another process for over ${DEFERRED_WAIT_MS / 1000} s and still not stored; run the ingest again`); }
        break;
      }
      if (deferred.length) await new Promise((r) => setTimeout(r, DEFERRED_POLL_MS));
    }
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
  summary.seconds = Math.round(((performance.now() - started) / 1000) * 1000) / 1000;
  return summary;
}

/** A worker thread running `derive`; batches go in, derived results come back in order. */
class DeriveWorker {
  private readonly worker: Worker;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (r: IngestItem['result'][]) => void; reject: (e: Error) => void }>();

  constructor(maxBytes?: number, skip?: string[]) {
    // The worker's entry registers tsx itself, so that any working folder works.
    // Heap limits make V8 collect garbage sooner: without them each worker's RSS grew with the input (measured
    // 1.9 GB over SaudiNewsNet with two workers) though little of it was live (43 MB after a full collection).
    this.worker = new Worker(new URL('./derive-worker.mjs', import.meta.url), { workerData: { maxBytes, skip }, resourceLimits: { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 } });
    this.worker.on('message', (msg: { id: number; results: IngestItem['result'][] }) => {
      this.waiting.get(msg.id)?.resolve(msg.results);
      this.waiting.delete(msg.id);
    });
    const fail = (e: Error) => { this.dead = e; for (const w of this.waiting.values()) w.reject(e); this.waiting.clear(); };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`worker thread exited (code ${code})`)));
  }

  private dead: Error | null = null;

  derive(raws: RawRecord[]): Promise<IngestItem[]> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.next++;
    return new Promise<IngestItem['result'][]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, raws });
    }).then((results) => results.map((result, i) => ({ raw: raws[i], result })));
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Re-derives every article from the stored raw documents with the current code; reads no input again. */
export async function reprocess(store: Store, options: { maxBytes?: number; skip?: string[]; onProgress?: (done: number) => void } = {}): Promise<{ articles: number; quarantined: number }> {
  const analyzer = createAnalyzer({ maxBytes: options.maxBytes, disable: options.skip });
  let articles = 0, quarantined = 0, done = 0;
  for await (const raw of store.rawDocuments()) {
    const item = derive(raw, analyzer.analyze);
    await store.replaceDerived(item);
    if ('error' in item.result) quarantined++; else articles++;
    if (++done % 500 === 0) options.onProgress?.(done);
  }
  return { articles, quarantined };
}

/**
 * Clusters every stored article into stories, oldest first (the online algorithm, run over the archive), and
 * replaces the stored stories. Returns how many stories and copies it found and the time per article.
 */
export async function recluster(store: Store, options: { onProgress?: (done: number) => void } = {}): Promise<{ articles: number; stories: number; duplicates: number; seconds: number; msPerArticle: number[] }> {
  const started = performance.now();
  // One read of the archive, keeping what clustering and descriptions use (not embeds, related items, quotes).
  const light = new Map<number, StoryInput>();
  const order: Array<{ id: number; day: number }> = [];
  for await (const a of store.allArticles()) {
    light.set(a.id, storyInput(a));
    order.push({ id: a.id, day: articleDay(a) ?? Number.MAX_SAFE_INTEGER });
  }
  order.sort((a, b) => a.day - b.day || a.id - b.id);
  const clusterer = createClusterer();
  const checkpoints: number[] = [];
  let last = performance.now();
  for (let i = 0; i < order.length; i++) {
    clusterer.add(light.get(order[i].id)!);
    // Time per article over each stretch of 10,000: it must stay flat as the archive grows.
    if ((i + 1) % 10000 === 0) { checkpoints.push((performance.now() - last) / 10000); last = performance.now(); }
    if ((i + 1) % 1000 === 0) options.onProgress?.(i + 1);
  }
  clusterer.refine();
  const clusters = clusterer.stories();
  const stories = clusters.map((c) => {
    const d = describeStory(c, c.articleIds.map((id) => light.get(id)!), clusterer.vectorOf);
    return { title: d.title, importance: d.importance, first: d.first, last: d.last, detail: d as unknown as Record<string, unknown>, articles: c.articleIds.map((id) => ({ id, duplicateOf: c.duplicateOf.get(id) ?? null })) };
  });
  await store.replaceStories(stories);
  const duplicates = clusters.reduce((n, c) => n + c.duplicateOf.size, 0);
  return { articles: order.length, stories: stories.length, duplicates, seconds: Math.round((performance.now() - started) / 10) / 100, msPerArticle: checkpoints.map((x) => Math.round(x * 1000) / 1000) };
}

/**
 * Places newly stored articles in the stored stories as reclustering would have. The stored articles of the days
 * around the new ones are put back in their stored stories (the clusterer's counts and indexes rebuilt as they
 * were) and the new ones are added among them in date order, by the same online algorithm; a batch spread over
 * distant dates goes in runs. Only the days a new article can reach are read, so the cost does not grow with the
 * archive. The stories that took new articles (or were merged) are described again and saved. Returns how many new
 * articles joined stored stories and how many stories were started.
 */
export async function updateStories(store: Store, articleIds: number[], options: { nearRunMax?: number } = {}): Promise<{ joined: number; started: number }> {
  const pending = new Set(articleIds);
  const articles = (await Promise.all(articleIds.map((id) => store.getArticle(id)))).filter((a) => a !== null).map(storyInput);
  inBulkOrder(articles);
  let joined = 0, started = 0;
  for (const run of datedRuns(articles)) {
    const placed = await placeRun(store, run, pending, options.nearRunMax ?? NEAR_RUN_MAX);
    for (const a of run) pending.delete(a.id);
    joined += placed.joined;
    started += placed.started;
  }
  return { joined, started };
}

/** How far an article reaches: a story it joins began at most maxSpanDays before it, or starts windowDays after. */
const REACH_DAYS = DEFAULT_SETTINGS.windowDays + DEFAULT_SETTINGS.maxSpanDays;

/** New articles in runs of close dates (a gap of more than REACH_DAYS starts a run); the undated ones make a run of
 * their own, last (bulk order puts them after every dated article). */
function datedRuns(articles: StoryInput[]): StoryInput[][] {
  const runs: StoryInput[][] = [];
  let previous: number | null = null;
  for (const a of articles) {
    const day = articleDay(a);
    const gap = day === null ? previous !== null : previous !== null && day - previous > REACH_DAYS * DAY;
    if (runs.length === 0 || gap) runs.push([]);
    runs[runs.length - 1].push(a);
    previous = day;
  }
  return runs;
}

/** Stored articles without a publication date looked at when placing new ones (the most recently stored): they
 * have their place in date order by the dates they mention, which the store does not index. */
const UNDATED_LOOKBACK = 1000;

/** What a run is placed among: stored articles in bulk order, the story of each, the stories rebuilt in full
 * (live) with all their stored members, and which stored article copies which. */
interface Surroundings {
  stored: StoryInput[];
  storyOf: Map<number, number>;
  live: Set<number>;
  storedMembers: Map<number, Array<{ id: number; duplicateOf: number | null }>>;
  copyOf: Map<number, number | null>;
}

/** Runs of up to this many articles rebuild only the stories found near each (nearStories), larger ones every
 * story in reach (storiesInReach). Measured in the dense SaudiNewsNet archive (npm run bench -- incremental, the
 * 1,345 articles of 8 August 2015): every story in reach costs some 20 s whatever the run's size, then 4-6 ms an
 * article, and gives the bulk result (B-cubed F1 of the day's labelled stories 0.822, bulk 0.821); near stories
 * cost 0.6 s an article (1.8 s for one alone) and score 0.811 placed 40 at a time. They break even near 30. */
const NEAR_RUN_MAX = 30;

async function placeRun(store: Store, run: StoryInput[], pending: Set<number>, nearRunMax: number): Promise<{ joined: number; started: number }> {
  const { stored, storyOf, live, storedMembers, copyOf } = run.length <= nearRunMax ? await nearStories(store, run, pending) : await storiesInReach(store, run, pending);
  const inputs = new Map<number, StoryInput>(stored.map((a) => [a.id, a]));
  const clusterer = createClusterer();
  const putBack = (a: StoryInput) => {
    const storyId = storyOf.get(a.id);
    if (storyId !== undefined && live.has(storyId)) clusterer.restore(a, storyId, copyOf.get(a.id) ?? null);
    else clusterer.countLede(a);
  };
  const changed = new Set<number>();
  let next = 0;
  for (const a of run) {
    const day = articleDay(a) ?? Infinity;
    while (next < stored.length && (articleDay(stored[next]) ?? Infinity) <= day) putBack(stored[next++]);
    inputs.set(a.id, a);
    changed.add(clusterer.add(a));
  }
  while (next < stored.length) putBack(stored[next++]);
  // The stories that took articles are refined as reclustering refines every story (an article may leave them).
  const refined = clusterer.refine(changed);
  for (const id of refined.changed) changed.add(id);
  let joined = 0, started = 0;
  // A story merged into another is gone from the clusterer: saving the one that took its articles removes it.
  for (const id of changed) {
    const cluster = clusterer.story(id);
    if (!cluster) continue;
    const members = cluster.articleIds.map((m) => ({ id: m, duplicateOf: cluster.duplicateOf.get(m) ?? null }));
    // A stored story keeps its members outside the days read (saving replaces the membership).
    const inCluster = new Set(cluster.articleIds);
    for (const m of storedMembers.get(id) ?? []) if (!inCluster.has(m.id) && !clusterer.knows(m.id)) members.push(m);
    for (const m of members) if (!inputs.has(m.id)) { const x = await store.getArticle(m.id); if (x) inputs.set(m.id, storyInput(x)); }
    const d = describeStory({ ...cluster, articleIds: members.map((m) => m.id), duplicateOf: new Map(members.filter((m) => m.duplicateOf !== null).map((m) => [m.id, m.duplicateOf!])) },
      members.map((m) => inputs.get(m.id)!).filter(Boolean), clusterer.vectorOf);
    // A story that gave articles may have been emptied in the store by the save of one that took them (its stored
    // articles all moved, its new ones not saved yet): it is saved as a new story.
    const stored = live.has(id) && !(refined.lost.has(id) && (await store.getStory(id)) === null);
    if (stored) joined += cluster.articleIds.filter((m) => pending.has(m)).length; else started++;
    await store.saveStory({ id: stored ? id : undefined, title: d.title, importance: d.importance, first: d.first, last: d.last, detail: d as unknown as Record<string, unknown>, articles: members });
  }
  return { joined, started };
}

/** Stored articles looked up per new article: those sharing its heaviest terms (their stories are its candidates)
 * and those whose text holds one of its lede pairs (how common the names it goes by are, and which stories hold
 * them). */
const NEAR_ARTICLES = 100;
const NEAR_LEDES = 300;

/**
 * The stories near a run's articles rebuilt in full, found through the search index (the heaviest terms of each
 * article, and the pairs of words of its lede as phrases) within the days it reaches; other stories are not read.
 * The online clusterer draws its candidates from those same terms and pairs, so it finds here what it would find
 * among every story (bench: npm run bench -- incremental).
 */
async function nearStories(store: Store, run: StoryInput[], pending: Set<number>): Promise<Surroundings> {
  const undated = (await store.recentUndatedArticles(UNDATED_LOOKBACK)).filter((a) => !pending.has(a.id)).map((a) => ({ article: a, ...lookupTerms(a) }));
  const found = new Set<number>();
  for (const a of run) {
    const { terms, pairs } = lookupTerms(a);
    const day = articleDay(a);
    const reach = day === null ? {} : { from: isoDay(day - REACH_DAYS * DAY), to: isoDay(day + DEFAULT_SETTINGS.windowDays * DAY) };
    const near = terms.length ? await store.search({ clauses: [terms.map((k) => [k])], not: [], keys: terms }, { limit: NEAR_ARTICLES, ...reach }) : [];
    const named = pairs.length ? await store.search({ clauses: [pairs.map((p) => p.split(' '))], not: [], keys: [] }, { limit: NEAR_LEDES, ...reach }) : [];
    for (const h of [...near, ...named]) if (!pending.has(h.id)) found.add(h.id);
    // The search's date filter passes over undated articles: the recent ones that share a term or pair come too.
    const wanted = new Set([...terms, ...pairs]);
    for (const u of undated) {
      const uday = articleDay(u.article);
      const inReach = uday === null ? day === null : day === null || (uday >= day - REACH_DAYS * DAY && uday <= day + DEFAULT_SETTINGS.windowDays * DAY);
      if (inReach && [...u.terms, ...u.pairs].some((k) => wanted.has(k))) found.add(u.article.id);
    }
  }
  const foundStory = await store.storyIdsOf([...found]);
  const live = new Set(foundStory.values());
  const { storedMembers, copyOf } = await membersOf(store, live);
  const storyOf = new Map(foundStory);
  for (const [storyId, members] of storedMembers) for (const m of members) { storyOf.set(m.id, storyId); if (!pending.has(m.id)) found.add(m.id); }
  const stored: StoryInput[] = [];
  for (const id of found) { const a = await store.getArticle(id); if (a) stored.push(storyInput(a)); }
  return { stored: inBulkOrder(stored), storyOf, live, storedMembers, copyOf };
}

/** Every stored article of the days a run reaches, every story a run's article could join rebuilt in full. */
async function storiesInReach(store: Store, run: StoryInput[], pending: Set<number>): Promise<Surroundings> {
  const undatedStored = (await store.recentUndatedArticles(UNDATED_LOOKBACK)).filter((a) => !pending.has(a.id)).map(storyInput);
  const days = run.map(articleDay).filter((d) => d !== null);
  let first = days.length ? Math.min(...days) : null;
  if (first === null) {
    // Undated only: they go after every stored article, as in bulk order.
    const [newest] = await store.listArticles({ limit: 1 });
    first = Math.max(newest ? articleDay(newest) ?? 0 : 0, ...undatedStored.map((a) => articleDay(a) ?? 0)) || Date.now();
  }
  const last = days.length ? Math.max(...days) : first;
  // Stories a new article can join have an article between these days; their other articles lie within the
  // story span of them; lede pairs count over the days before, as the clusterer keeps them (evict).
  const liveFrom = first - DEFAULT_SETTINGS.maxSpanDays * DAY, liveTo = last + DEFAULT_SETTINGS.windowDays * DAY;
  const readFrom = liveFrom - DEFAULT_SETTINGS.windowDays * DAY, readTo = liveTo + DEFAULT_SETTINGS.maxSpanDays * DAY;
  const stored: StoryInput[] = [];
  for await (const a of store.articlesPublishedFrom(isoDay(readFrom))) {
    const day = articleDay(a);
    if (day !== null && day > readTo) break;
    if (!pending.has(a.id)) stored.push(storyInput(a));
  }
  for (const a of undatedStored) {
    const day = articleDay(a);
    if (day === null ? days.length === 0 : day >= readFrom && day <= readTo) stored.push(a);
  }
  inBulkOrder(stored);
  const storyOf = await store.storyIdsOf(stored.map((a) => a.id));
  // A story is live (a new article may join it, so it is rebuilt in full) when a day of the run falls in its
  // reach as the clusterer judges it: from windowDays before its first day to its window's end (windowEnd).
  const span = new Map<number, { first: number; last: number; undated: boolean }>();
  for (const a of stored) {
    const storyId = storyOf.get(a.id);
    if (storyId === undefined) continue;
    const day = articleDay(a);
    const x = span.get(storyId) ?? span.set(storyId, { first: Infinity, last: -Infinity, undated: false }).get(storyId)!;
    if (day === null) x.undated = true; else { x.first = Math.min(x.first, day); x.last = Math.max(x.last, day); }
  }
  const live = new Set<number>();
  for (const [storyId, x] of span) {
    const reachEnd = Math.min(x.last + DEFAULT_SETTINGS.windowDays * DAY, x.first + DEFAULT_SETTINGS.maxSpanDays * DAY);
    if (x.undated || (reachEnd >= first && x.first - DEFAULT_SETTINGS.windowDays * DAY <= last)) live.add(storyId);
  }
  return { stored, storyOf, live, ...(await membersOf(store, live)) };
}

/** The live stories' stored members (all of them, some perhaps outside the days read) and which copy which. */
async function membersOf(store: Store, live: Set<number>): Promise<Pick<Surroundings, 'storedMembers' | 'copyOf'>> {
  const storedMembers: Surroundings['storedMembers'] = new Map();
  const copyOf = new Map<number, number | null>();
  for (const storyId of live) {
    const members = (await store.getStory(storyId))?.articles ?? [];
    storedMembers.set(storyId, members.map((m) => ({ id: m.id, duplicateOf: m.duplicateOf })));
    for (const m of members) copyOf.set(m.id, m.duplicateOf);
  }
  return { storedMembers, copyOf };
}

/** Articles in the order bulk clustering adds them: by day, undated last, then by id (each day read once: an
 * undated article's day is searched for among the dates it mentions). */
function inBulkOrder<T extends StoryInput>(articles: T[]): T[] {
  const dayOf = new Map(articles.map((a) => [a.id, articleDay(a) ?? Infinity]));
  return articles.sort((a, b) => dayOf.get(a.id)! - dayOf.get(b.id)! || a.id - b.id);
}

const DAY = 86400000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** What clustering and story descriptions read of an article (not embeds, related items, quotes). */
function storyInput(a: StoryInput): StoryInput {
  return { id: a.id, title: a.title, published: a.published, body: a.body, entities: a.entities, temporal: a.temporal, source: a.source };
}

/** Up to this many new articles are placed in the stored stories (updateStories); a bulk load above it reclusters
 * the whole archive: placing keeps the stored articles in their stories, and a load this large (a backfill of
 * older days, another archive's export) should reshape them as much as it adds to them. */
const INCREMENTAL_MAX = 2000;

/** Brings the stories up to date after an ingest: incrementally, or by reclustering (see INCREMENTAL_MAX). */
export async function storiesAfterIngest(store: Store, articleIds: number[]): Promise<{ mode: 'incremental' | 'recluster' | 'none'; stories: number; seconds: number }> {
  const started = performance.now();
  if (articleIds.length === 0) return { mode: 'none', stories: 0, seconds: 0 };
  // One process at a time reads and rewrites stories (several may ingest into one PostgreSQL archive).
  return store.withStoryLock(async () => {
    const hasStories = (await store.listStories({ limit: 1 })).length > 0;
    if (!hasStories || articleIds.length > INCREMENTAL_MAX) {
      const r = await recluster(store);
      return { mode: 'recluster' as const, stories: r.stories, seconds: r.seconds };
    }
    const r = await updateStories(store, articleIds);
    return { mode: 'incremental' as const, stories: r.started, seconds: Math.round((performance.now() - started) / 10) / 100 };
  });
}
