/**
 * Story clustering over the whole SaudiNewsNet archive: speed (whole run and per article at 10k, 20k, 31k),
 * near-duplicate groups (with a sample to check by reading), and B-cubed F1 on the articles labelled by hand in
 * bench/fixtures/saudinewsnet-stories.json, clustered among all the others.
 * The archive: MARSAD_BENCH_DB if set, else bench-output/web.db (built by `npm run bench -- web`).
 */
import { readFileSync } from 'node:fs';
import { openStore, type StoredArticle } from '../src/store/index.ts';
import { articleDay, createClusterer, DEFAULT_SETTINGS, describeStory, type ClusterSettings, type StoryInput } from '../src/stories/cluster.ts';

export interface Labelled { labels: Record<string, string[]> }

/** B-cubed precision, recall and F1 of a clustering over the labelled items only. */
export function bcubed(clusterOf: Map<string, number>, labels: Record<string, string[]>): { precision: number; recall: number; f1: number } {
  const labelOf = new Map<string, string>();
  for (const [label, keys] of Object.entries(labels)) for (const k of keys) labelOf.set(k, label);
  const items = [...labelOf.keys()].filter((k) => clusterOf.has(k));
  let p = 0, r = 0;
  for (const i of items) {
    const sameCluster = items.filter((j) => clusterOf.get(j) === clusterOf.get(i));
    const correct = sameCluster.filter((j) => labelOf.get(j) === labelOf.get(i)).length;
    p += correct / sameCluster.length;
    r += correct / items.filter((j) => labelOf.get(j) === labelOf.get(i)).length;
  }
  const precision = p / items.length, recall = r / items.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

export async function loadArchive(db: string): Promise<{ articles: StoryInput[]; keyOf: Map<number, string> }> {
  const store = await openStore(db, { readonly: true });
  const articles: StoryInput[] = [];
  const keyOf = new Map<number, string>();
  const shaToKey = new Map<string, string>();
  for await (const raw of store.rawDocuments()) shaToKey.set(raw.sha256, raw.origin.replace(/^.*\//, ''));
  for await (const a of store.allArticles() as AsyncIterable<StoredArticle>) {
    articles.push({ id: a.id, title: a.title, published: a.published, body: a.body, entities: a.entities, temporal: a.temporal, source: a.source });
    keyOf.set(a.id, shaToKey.get(a.rawSha256)!);
  }
  await store.close();
  articles.sort((a, b) => (articleDay(a) ?? Infinity) - (articleDay(b) ?? Infinity) || a.id - b.id);
  return { articles, keyOf };
}

export function clusterArchive(articles: StoryInput[], settings: ClusterSettings = DEFAULT_SETTINGS, cache?: Parameters<typeof createClusterer>[1]) {
  const clusterer = createClusterer(settings, cache);
  const perArticle: number[] = [];
  let t = performance.now();
  const started = t;
  articles.forEach((a, i) => {
    clusterer.add(a);
    if ((i + 1) % 10000 === 0 || i + 1 === articles.length) { perArticle.push((performance.now() - t) / ((i % 10000) + 1)); t = performance.now(); }
  });
  clusterer.refine();
  return { stories: clusterer.stories(), seconds: (performance.now() - started) / 1000, perArticle, vectorOf: clusterer.vectorOf };
}

export async function benchStories(): Promise<void> {
  const db = process.env.MARSAD_BENCH_DB ?? 'bench-output/web.db';
  const labelled = JSON.parse(readFileSync('bench/fixtures/saudinewsnet-stories.json', 'utf8')) as Labelled;
  const { articles, keyOf } = await loadArchive(db);
  const run = clusterArchive(articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const t0 = performance.now();
  for (const s of run.stories) describeStory(s, s.articleIds.map((id) => byId.get(id)!), run.vectorOf);
  const describeSeconds = (performance.now() - t0) / 1000;
  console.log(`  ${articles.length} articles clustered in ${run.seconds.toFixed(1)} s (+ ${describeSeconds.toFixed(1)} s describing ${run.stories.length} stories); ms per article over each 10,000: ${run.perArticle.map((x) => x.toFixed(2)).join(', ')}`);
  const groups = run.stories.flatMap((s) => { const by = new Map<number, number[]>(); for (const [copy, original] of s.duplicateOf) (by.get(original) ?? by.set(original, []).get(original)!).push(copy); return [...by]; });
  console.log(`  near-duplicate groups: ${groups.length} (${groups.reduce((n, [, c]) => n + c.length, 0)} copies of ${groups.length} originals); a sample of 20 to read:`);
  for (const [original, copies] of groups.filter((_, i) => i % Math.max(1, Math.floor(groups.length / 20)) === 0).slice(0, 20)) {
    const o = byId.get(original)!;
    console.log(`    ${o.source}: ${o.title}\n      = ${copies.map((c) => `${byId.get(c)!.source}: ${byId.get(c)!.title}`).join('\n      = ')}`);
  }
  const clusterOf = new Map<string, number>();
  for (const s of run.stories) for (const id of s.articleIds) clusterOf.set(keyOf.get(id)!, s.id);
  const b = bcubed(clusterOf, labelled.labels);
  console.log(`  hand-labelled stories (${Object.values(labelled.labels).flat().length} articles, ${Object.keys(labelled.labels).length} stories) among all ${articles.length}: B-cubed precision ${b.precision.toFixed(3)}, recall ${b.recall.toFixed(3)}, F1 ${b.f1.toFixed(3)} (target 0.92)`);
}
