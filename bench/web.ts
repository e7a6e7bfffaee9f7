/**
 * Latency of the web UI over the SaudiNewsNet archive, through real HTTP (@hono/node-server on loopback):
 * home, home filtered, story, article, entity and search pages, p50/p95 over repeated requests.
 * The archive: MARSAD_BENCH_DB if set, else bench-output/web.db, built once (whole pipeline) and reused.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ingest } from '../src/pipeline.ts';
import { createServer } from '../src/server.ts';
import { openStore, storyDetail } from '../src/store/index.ts';
import { recluster } from '../src/pipeline.ts';
import { queriesFrom } from './store.ts';

const percentile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

export async function benchWeb(corpus: string): Promise<void> {
  const db = process.env.MARSAD_BENCH_DB ?? 'bench-output/web.db';
  if (!existsSync(db)) {
    mkdirSync('bench-output', { recursive: true });
    console.log(`  building ${db} from ${corpus} (whole pipeline, once)…`);
    const s = await openStore(db);
    await ingest([corpus], s);
    await recluster(s);
    await s.close();
  }
  const store = await openStore(db);
  const stats = await store.stats();
  const server = serve({ fetch: createServer(store).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stories = await store.listStories({ limit: 100 });
  const entities = await store.listEntities({ limit: 50 });
  const queries = (await queriesFrom(corpus, 100));
  const articleIds = stories.flatMap((s) => s.articles.slice(0, 1).map((a) => a.id));
  const pages: Record<string, string[]> = {
    'home /': Array.from({ length: 100 }, () => '/'),
    'home, 7 days + outlet': stories.slice(0, 50).map((s) => `/?period=week&source=${encodeURIComponent(storyDetail(s).outlets?.[0]?.source ?? '')}`),
    'story /stories/ID': stories.map((s) => `/stories/${s.id}`),
    'article /articles/ID': articleIds.map((id) => `/articles/${id}`),
    'entity /entities/ID': entities.map((e) => `/entities/${e.id}`),
    'search /search?q=': queries.map((q) => `/search?q=${encodeURIComponent(q)}`),
  };
  console.log(`  ${store.description}: ${stats.articles} articles, ${(await store.listStories({ limit: 100000 })).length} stories`);
  for (const [name, paths] of Object.entries(pages)) {
    for (const p of paths.slice(0, 5)) await (await fetch(base + p)).arrayBuffer(); // warm
    const times: number[] = [];
    let bytes = 0;
    for (const p of paths) {
      const t0 = performance.now();
      const r = await fetch(base + p);
      bytes += (await r.arrayBuffer()).byteLength;
      if (r.status !== 200) throw new Error(`${p}: ${r.status}`);
      times.push(performance.now() - t0);
    }
    console.log(`  ${name.padEnd(24)} ${String(paths.length).padStart(4)} requests: p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${percentile(times, 1).toFixed(1)} ms; ${(bytes / paths.length / 1024).toFixed(0)} KB a page`);
  }
  server.close();
  await store.close();
}
