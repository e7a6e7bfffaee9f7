/**
 * Moving an archive between engines (SQLite <-> PostgreSQL), and the checksum that proves it arrived whole.
 * Raw documents travel as stored (bytes, origin, media type, hints); articles as derived (not re-extracted, so
 * the copy is exact even when the extractor has changed since); quarantine entries with their errors; stories
 * with their members (mapped by raw digest, since ids are each engine's own).
 */
import { createHash } from 'node:crypto';
import type { Article } from '../model.ts';
import { storyDetail, type IngestItem, type Store, type StoryRecord } from './types.ts';

export interface ArchiveChecksum {
  rawDocs: number;
  articles: number;
  quarantined: number;
  stories: number;
  /** SHA-256 over every article (its raw digest and its JSON) and quarantine entry, in digest order. */
  articlesDigest: string;
  /** SHA-256 over the stories' members (raw digests) and titles. */
  storiesDigest: string;
}

const COPY_BATCH = 250;

async function articleDigests(store: Store): Promise<Map<number, string>> {
  const shaOf = new Map<number, string>();
  for await (const a of store.allArticles()) shaOf.set(a.id, a.rawSha256);
  return shaOf;
}

async function allStories(store: Store): Promise<Awaited<ReturnType<Store['listStories']>>> {
  const out: Awaited<ReturnType<Store['listStories']>> = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.listStories({ limit: 500, offset });
    out.push(...page);
    if (page.length < 500) return out;
  }
}

/** What an archive holds, engine-independent: equal checksums, equal archives. */
export async function archiveChecksum(store: Store): Promise<ArchiveChecksum> {
  const lines: string[] = [];
  const shaOf = new Map<number, string>();
  for await (const a of store.allArticles()) {
    const { id, rawSha256, ...article } = a;
    shaOf.set(id, rawSha256);
    lines.push(`a ${rawSha256} ${createHash('sha256').update(JSON.stringify(article)).digest('hex')}`);
  }
  const quarantine = await store.listQuarantine();
  for (const q of quarantine) lines.push(`q ${q.rawSha256} ${q.error}`);
  lines.sort();
  const stories = await allStories(store);
  const storyLines = stories.map((s) => `${s.articles.map((a) => `${shaOf.get(a.id)}${a.duplicateOf ? `<${shaOf.get(a.duplicateOf)}` : ''}`).sort().join(',')} ${s.title} ${s.importance}`).sort();
  const stats = await store.stats();
  return {
    rawDocs: stats.rawDocs, articles: stats.articles, quarantined: stats.quarantined, stories: stories.length,
    articlesDigest: createHash('sha256').update(lines.join('\n')).digest('hex'),
    storiesDigest: createHash('sha256').update(storyLines.join('\n')).digest('hex'),
  };
}

/**
 * Copies every raw document, article, quarantine entry and story of `from` into `to`, which must be empty.
 * `indexed` builds the ingest item of a stored article (its search keys), from the pipeline.
 */
export async function copyArchive(from: Store, to: Store, indexed: (raw: IngestItem['raw'], article: Article) => IngestItem, onProgress?: (done: number) => void): Promise<{ source: ArchiveChecksum; target: ArchiveChecksum }> {
  const existing = await to.stats();
  if (existing.rawDocs > 0) throw new Error(`${to.description} already holds ${existing.rawDocs} raw documents; copy into an empty archive`);
  let batch: IngestItem[] = [];
  let done = 0;
  const flush = async () => { if (batch.length) { await to.ingestBatch(batch); done += batch.length; onProgress?.(done); batch = []; } };
  for await (const a of from.allArticles()) {
    const raw = await from.rawDocument(a.rawSha256);
    if (!raw) throw new Error(`${from.description}: article #${a.id} has no raw document ${a.rawSha256}; run its check first`);
    const { id: _id, rawSha256: _sha, ...article } = a;
    batch.push(indexed(raw, article));
    if (batch.length >= COPY_BATCH) await flush();
  }
  for (const q of await from.listQuarantine()) {
    const raw = await from.rawDocument(q.rawSha256);
    if (raw) batch.push({ raw, result: { error: q.error } });
    if (batch.length >= COPY_BATCH) await flush();
  }
  await flush();
  const fromSha = await articleDigests(from);
  const toId = new Map([...(await articleDigests(to))].map(([id, sha]) => [sha, id]));
  const mapped = (id: number) => toId.get(fromSha.get(id)!)!;
  const stories: StoryRecord[] = (await allStories(from)).map((s) => ({ title: s.title, importance: s.importance, first: s.first, last: s.last, detail: s.detail, articles: s.articles.map((m) => ({ id: mapped(m.id), duplicateOf: m.duplicateOf === null ? null : mapped(m.duplicateOf) })) }));
  // Story summaries name articles by id: those ids are the target's now.
  for (const s of stories) {
    const d = storyDetail(s);
    if (d.summary) s.detail = { ...d, summary: d.summary.map((x) => ({ ...x, articleId: mapped(x.articleId) })) };
  }
  if (stories.length) await to.replaceStories(stories);
  return { source: await archiveChecksum(from), target: await archiveChecksum(to) };
}
