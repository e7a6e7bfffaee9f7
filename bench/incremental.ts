/**
 * The incremental story path measured against the bulk one: a copy of an ingested archive is clustered in bulk up
 * to a day, then the articles of the following days are placed one by one in the stored stories (updateStories, as
 * a daily ingest does). Prints the B-cubed F1 of the hand-labelled stories (bench/fixtures/saudinewsnet-stories.json)
 * that fall in those days, for both paths, the time per article placed, and the time to place one article alone.
 * `MARSAD_BENCH_DB=DB npm run bench -- incremental` (the archive is copied, never written; MARSAD_BENCH_DAYS=FROM,TO
 * to choose the days placed, 2015-08-04,2015-08-08 by default: both labelled days are among them; MARSAD_BENCH_CHUNK=N
 * to place them N at a time).
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bcubed, clusterArchive, loadArchive, type Labelled } from './stories.ts';
import { openStore } from '../src/store/index.ts';
import { articleDay, describeStory } from '../src/stories/cluster.ts';
import { updateStories } from '../src/pipeline.ts';

export async function benchIncremental(): Promise<void> {
  const db = process.env.MARSAD_BENCH_DB ?? 'bench-output/web.db';
  const [fromDay, toDay] = (process.env.MARSAD_BENCH_DAYS ?? '2015-08-04,2015-08-08').split(',');
  const labelled = JSON.parse(readFileSync('bench/fixtures/saudinewsnet-stories.json', 'utf8')) as Labelled;
  const { articles, keyOf } = await loadArchive(db);
  const from = Date.parse(fromDay), to = Date.parse(toDay);
  // Bulk: the week before the first day (what the stories placed into already hold), then the days themselves.
  const before = articles.filter((a) => { const d = articleDay(a); return d !== null && d < from && d >= from - 14 * 86400000; });
  const during = articles.filter((a) => { const d = articleDay(a); return d !== null && d >= from && d <= to; });
  const dayKeys = new Set(during.map((a) => keyOf.get(a.id)!));
  // Each label's articles of these days (a story running past them counts with its articles here).
  const labels = Object.fromEntries(Object.entries(labelled.labels).map(([l, ks]) => [l, ks.filter((k) => dayKeys.has(k))]).filter(([, ks]) => ks.length));
  console.log(`  ${before.length} articles clustered in bulk before ${fromDay}, ${during.length} placed one by one up to ${toDay}; ${Object.values(labels).flat().length} labelled articles in ${Object.keys(labels).length} stories`);

  const score = (stories: Array<{ id: number; articleIds: number[] }>) => {
    const clusterOf = new Map<string, number>();
    for (const s of stories) for (const id of s.articleIds) clusterOf.set(keyOf.get(id)!, s.id);
    const b = bcubed(clusterOf, labels);
    return `P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}`;
  };
  console.log(`  bulk:        ${score(clusterArchive([...before, ...during]).stories)}`);

  const copy = join(tmpdir(), `marsad-incremental-${process.pid}.db`);
  copyFileSync(db, copy);
  try {
    const store = await openStore(copy);
    const run = clusterArchive(before);
    const byId = new Map(before.map((a) => [a.id, a]));
    await store.replaceStories(run.stories.map((c) => {
      const d = describeStory(c, c.articleIds.map((id) => byId.get(id)!), run.vectorOf);
      return { title: d.title, importance: d.importance, first: d.first, last: d.last, detail: d as unknown as Record<string, unknown>, articles: c.articleIds.map((id) => ({ id, duplicateOf: c.duplicateOf.get(id) ?? null })) };
    }));
    const started = performance.now();
    // In one call (a day's batch), or in calls of MARSAD_BENCH_CHUNK articles (a feed polled often).
    const chunk = Number(process.env.MARSAD_BENCH_CHUNK) || during.length;
    for (let i = 0; i < during.length; i += chunk) await updateStories(store, during.slice(i, i + chunk).map((a) => a.id));
    const ms = (performance.now() - started) / during.length;
    const storyOf = await store.storyIdsOf(during.map((a) => a.id));
    const grouped = new Map<number, number[]>();
    for (const [article, story] of storyOf) (grouped.get(story) ?? grouped.set(story, []).get(story)!).push(article);
    console.log(`  incremental: ${score([...grouped].map(([id, articleIds]) => ({ id, articleIds })))}; ${ms.toFixed(1)} ms per article placed`);
    // One more article the day after, alone (as a single page ingested): the fixed cost of reading the days around it.
    const next = articles.find((a) => articleDay(a) === to + 86400000);
    if (next) {
      const t = performance.now();
      await updateStories(store, [next.id]);
      console.log(`  one article placed alone: ${(performance.now() - t).toFixed(0)} ms`);
    }
    await store.close();
  } finally {
    rmSync(copy, { force: true });
    rmSync(`${copy}-wal`, { force: true });
    rmSync(`${copy}-shm`, { force: true });
  }
}
