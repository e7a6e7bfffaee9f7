/**
 * Ingest of all SaudiNewsNet articles into a fresh SQLite store (articles/s, peak RSS, database size), then
 * search latency for 200 one-to-three-word queries drawn from the corpus (p50, p95).
 *   node --import tsx bench/store.ts [CORPUS_DIR]
 */
import { rmSync, statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { ingest } from '../src/pipeline.ts';
import { openStore, parseQuery } from '../src/store/index.ts';
import { isStopword } from '../src/text/index.ts';
import { random } from './page-generator.ts';

export async function queriesFrom(dir: string, count: number, seed = 11): Promise<string[]> {
  const rnd = random(seed);
  const texts: string[] = [];
  for await (const item of readJsonLines(corpusFiles(dir)[3])) if ('record' in item && item.record.content) texts.push(item.record.content);
  const queries: string[] = [];
  while (queries.length < count) {
    const words = texts[Math.floor(rnd() * texts.length)].split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 2 && !isStopword(w));
    if (words.length < 5) continue;
    const n = 1 + Math.floor(rnd() * 3);
    const at = Math.floor(rnd() * (words.length - n));
    queries.push(words.slice(at, at + n).join(' '));
  }
  return queries;
}

export async function benchStore(dir = '../shared/corpora/saudinewsnet'): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  const db = join(work, 'bench.db');
  let peakRss = 0;
  const sample = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
  // Extraction and storage alone first, then the whole pipeline (with enrichment) into the store searched below.
  const bare = await openStore(join(work, 'bare.db'));
  const fast = await ingest([dir], bare, { skip: ['enrich'] });
  await bare.close();
  const fastRss = peakRss;
  console.log(`  ingest without enrichment (--skip enrich): ${(fast.read / fast.seconds).toFixed(0)} articles/s, peak RSS ${(fastRss / 1e6).toFixed(0)} MB`);
  peakRss = 0;
  const store = await openStore(db);
  const summary = await ingest([dir], store);
  clearInterval(sample);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const size = statSync(db).size + (statSync(db + '-wal', { throwIfNoEntry: false })?.size ?? 0);
  console.log(`  ingest, whole pipeline: ${summary.read} articles in ${summary.seconds.toFixed(1)} s = ${(summary.read / summary.seconds).toFixed(0)} articles/s; ${summary.quarantined} quarantined (empty records)`);
  console.log(`  peak RSS ${(peakRss / 1e6).toFixed(0)} MB (main and worker threads); database ${(size / 1e6).toFixed(0)} MB`);
  const queries = await queriesFrom(dir, 200);
  for (const q of queries.slice(0, 20)) await store.search(parseQuery(q));
  const times: number[] = [];
  let results = 0;
  for (const q of queries) {
    const t0 = performance.now();
    results += (await store.search(parseQuery(q), { limit: 20 })).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
  console.log(`  search: 200 queries of 1-3 words, top 20 with snippets: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms; ${(results / 200).toFixed(1)} results on average`);
  await store.close();
  rmSync(work, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStore(process.argv[2]);
