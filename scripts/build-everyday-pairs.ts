/**
 * Builds data/everyday-pairs.json: the word pairs of news ledes that are written every day at a steady rate («خادم
 * الحرمين», «أمير منطقة», «وزير الخارجية»): titles, offices and places, which name no one occasion. Story clustering
 * (src/stories/cluster.ts) never takes them for an occasion's name. A pair is everyday when ledes hold it on at
 * least EVERYDAY_DAY_SHARE of the archive's days and its busiest day holds at most STEADY_RATIO times its median
 * day: an occasion's name («مسجد قوات الطوارئ») bursts on its days however often it is written otherwise.
 * With --frequent it writes data/frequent-pairs.json instead: the pairs ledes hold on at least FREQUENT_DAY_SHARE of
 * the days, steady or not («العام الماضي», «الاتفاق النووي»), with their median count a day: the history that an
 * archive of one day, with no days before to compare with, borrows to tell an occasion's new name.
 *   node --import tsx scripts/build-everyday-pairs.ts DB [--frequent]   (DB: an archive holding a news corpus, `marsad ingest`)
 */
import { writeFileSync } from 'node:fs';
import { openStore, type StoredArticle } from '../src/store/index.ts';
import { articleDay, ledePairs } from '../src/stories/cluster.ts';

const EVERYDAY_DAY_SHARE = 0.5;
const STEADY_RATIO = 5;
/** Days with fewer articles than this (a corpus's ragged first or last day) are not counted. */
const MIN_DAY_ARTICLES = 200;

const FREQUENT_DAY_SHARE = 0.5;

const db = process.argv[2];
if (!db) throw new Error('usage: build-everyday-pairs.ts DB [--frequent]');
const frequentOnly = process.argv.includes('--frequent');
const store = await openStore(db, { readonly: true });
const countsByPair = new Map<string, Map<number, number>>();
const articlesByDay = new Map<number, number>();
for await (const a of store.allArticles() as AsyncIterable<StoredArticle>) {
  const day = articleDay(a);
  if (day === null) continue;
  articlesByDay.set(day, (articlesByDay.get(day) ?? 0) + 1);
  for (const p of ledePairs(a)) {
    let byDay = countsByPair.get(p);
    if (!byDay) countsByPair.set(p, (byDay = new Map()));
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
}
await store.close();
const days = [...articlesByDay].filter(([, n]) => n >= MIN_DAY_ARTICLES).map(([d]) => d);
if (frequentOnly) {
  // Each frequent pair's median count a day: the history an archive's lone first day borrows.
  const frequent: Record<string, number> = {};
  for (const [p, byDay] of [...countsByPair].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const counts = days.map((d) => byDay.get(d) ?? 0).sort((x, y) => x - y);
    const median = counts[Math.floor(counts.length / 2)];
    if (counts.filter((n) => n > 0).length >= FREQUENT_DAY_SHARE * days.length && median > 0) frequent[p] = median;
  }
  writeFileSync('data/frequent-pairs.json', JSON.stringify({
    about: `Lede word pairs (search keys) written on at least ${FREQUENT_DAY_SHARE * 100}% of ${days.length} days of SaudiNewsNet, steady or not, with their median count of ledes a day. Built by scripts/build-everyday-pairs.ts --frequent.`,
    pairs: frequent,
  }) + '\n');
  console.log(`${days.length} days, ${countsByPair.size} pairs, ${Object.keys(frequent).length} frequent`);
  process.exit(0);
}
const everyday: Array<[string, number]> = [];
for (const [p, byDay] of countsByPair) {
  const counts = days.map((d) => byDay.get(d) ?? 0).sort((x, y) => x - y);
  if (counts.filter((n) => n > 0).length < EVERYDAY_DAY_SHARE * days.length) continue;
  const median = counts[Math.floor(counts.length / 2)];
  if (counts[counts.length - 1] <= STEADY_RATIO * Math.max(median, 1)) everyday.push([p, counts.reduce((x, y) => x + y, 0)]);
}
everyday.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
writeFileSync('data/everyday-pairs.json', JSON.stringify({
  about: `Lede word pairs (search keys) written on at least ${EVERYDAY_DAY_SHARE * 100}% of ${days.length} days of SaudiNewsNet, their busiest day at most ${STEADY_RATIO} times their median day; most written first. Built by scripts/build-everyday-pairs.ts.`,
  pairs: everyday.map(([p]) => p),
}) + '\n');
console.log(`${days.length} days, ${countsByPair.size} pairs, ${everyday.length} everyday`);
