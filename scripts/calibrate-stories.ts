/**
 * Calibrates the story clustering's settings on the hand-labelled SaudiNewsNet stories
 * (bench/fixtures/saudinewsnet-stories.json): B-cubed F1 of each setting tried, clustered among all the articles
 * of the days around them. `node --import tsx scripts/calibrate-stories.ts [DB]` (DB: an ingested archive);
 * MARGIN_DAYS=0 clusters the labelled days alone, DAYS=D1,D2 the days listed alone, GRID='[{...}]' the settings tried.
 */
import { readFileSync } from 'node:fs';
import { bcubed, clusterArchive, loadArchive, type Labelled } from '../bench/stories.ts';
import { articleDay, DEFAULT_SETTINGS, type ClusterSettings } from '../src/stories/cluster.ts';

const db = process.argv[2] ?? process.env.MARSAD_BENCH_DB ?? 'bench-output/web.db';
const labelled = JSON.parse(readFileSync('bench/fixtures/saudinewsnet-stories.json', 'utf8')) as Labelled;
const { articles: all, keyOf } = await loadArchive(db);
// The labelled articles' days and a week either side: what their stories can be confused with.
const labelledIds = new Set([...keyOf].filter(([, k]) => Object.values(labelled.labels).some((ks) => ks.includes(k))).map(([id]) => id));
const days = all.filter((a) => labelledIds.has(a.id)).map((a) => articleDay(a)!).filter(Number.isFinite);
// MARGIN_DAYS=0 clusters only the labelled articles' own days, as an archive holding nothing else would.
const margin = Number(process.env.MARGIN_DAYS ?? 7) * 86400000;
const from = Math.min(...days) - margin, to = Math.max(...days) + margin;
const labelledDays = new Set(days);
// DAYS=2015-08-04,2015-08-08 clusters those days alone (an archive of days apart, or of one day).
const onlyDays = process.env.DAYS ? new Set(process.env.DAYS.split(',').map((d) => Date.parse(d))) : null;
const articles = all.filter((a) => {
  const d = articleDay(a);
  if (onlyDays) return d !== null && onlyDays.has(d);
  return d !== null && d >= from && d <= to && (margin > 0 || labelledDays.has(d));
});
console.log(`${articles.length} articles from ${new Date(from).toISOString().slice(0, 10)} to ${new Date(to).toISOString().slice(0, 10)}`);
const cache = new Map();
const grid: Array<Partial<ClusterSettings>> = JSON.parse(process.env.GRID ?? 'null') ?? [
  ...[0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].flatMap((joinThreshold) => [2, 3, 7].map((windowDays) => ({ joinThreshold, windowDays }))),
];
for (const g of grid) {
  const settings = { ...DEFAULT_SETTINGS, ...g };
  const run = clusterArchive(articles, settings, cache);
  const clusterOf = new Map<string, number>();
  for (const s of run.stories) for (const id of s.articleIds) clusterOf.set(keyOf.get(id)!, s.id);
  const b = bcubed(clusterOf, labelled.labels);
  // Each labelled day apart too (the labels' articles of that day; days with 20 or more): one large occasion must
  // not hide the rest. A story's articles of other days count in the figure of all.
  const keyDays = [...new Set(Object.values(labelled.labels).flat().map((k) => k.slice(0, 10)))].sort();
  const perDay = keyDays.flatMap((day) => {
    const labels = Object.fromEntries(Object.entries(labelled.labels).map(([l, ks]) => [l, ks.filter((k) => k.startsWith(day) && clusterOf.has(k))]).filter(([, ks]) => ks.length));
    if (Object.values(labels).flat().length < 20) return [];
    return [`${day} ${bcubed(clusterOf, labels).f1.toFixed(3)}`];
  });
  console.log(`${JSON.stringify(g)}: P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)} (${perDay.join(', ')}); ${run.stories.length} stories (largest ${run.stories.map((x) => x.articleIds.length).sort((a, b) => b - a).slice(0, 3).join(', ')} articles), ${run.seconds.toFixed(1)} s`);
}
