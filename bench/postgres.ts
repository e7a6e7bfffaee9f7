/**
 * PostgreSQL next to SQLite: ingest of the whole corpus by 1, 2 and 4 `marsad ingest` processes into one
 * PostgreSQL archive (and by one into SQLite), then search latency on both engines over the same queries.
 * The server: MARSAD_BENCH_PG (a database the bench may fill), else a throw-away one (test/helpers/postgres.ts).
 * Enrichment is skipped by default (MARSAD_BENCH_ENRICH=1 keeps it): the engines are what is compared, and
 * enrichment's CPU cost is the same on both.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, parseQuery, type Store } from '../src/store/index.ts';
import { startTestPostgres } from '../test/helpers/postgres.ts';
import { queriesFrom } from './store.ts';

const percentile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

function ingestProcess(corpus: string, db: string, skip: string): Promise<{ stored: number; duplicates: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/marsad.js', 'ingest', corpus, '--db', db, '--skip', skip, '--workers', '0', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', () => { try { resolve(JSON.parse(out)); } catch { reject(new Error(`ingest failed: ${err.slice(0, 500)}`)); } });
  });
}

async function searchLatency(store: Store, queries: string[]): Promise<string> {
  for (const q of queries.slice(0, 20)) await store.search(parseQuery(q));
  const times: number[] = [];
  for (const q of queries) { const t0 = performance.now(); await store.search(parseQuery(q), { limit: 20 }); times.push(performance.now() - t0); }
  return `p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`;
}

export async function benchPostgres(corpus: string): Promise<void> {
  const server = process.env.MARSAD_BENCH_PG ? null : await startTestPostgres();
  if (!server && !process.env.MARSAD_BENCH_PG) { console.log('  no PostgreSQL binaries here: skipped'); return; }
  const skip = process.env.MARSAD_BENCH_ENRICH ? 'stories' : 'enrich,stories';
  const fresh = async () => server ? server.freshUrl() : process.env.MARSAD_BENCH_PG!;
  try {
    const sqlitePath = join(mkdtempSync(join(tmpdir(), 'marsad-bench-pg-')), 'sqlite.db');
    let t0 = performance.now();
    const s = await ingestProcess(corpus, sqlitePath, skip);
    const sqliteSeconds = (performance.now() - t0) / 1000;
    console.log(`  SQLite, 1 process: ${s.stored} articles in ${sqliteSeconds.toFixed(1)} s = ${(s.stored / sqliteSeconds).toFixed(0)} articles/s (--skip ${skip}); ${(statSync(sqlitePath).size / 1e6).toFixed(0)} MB`);
    let lastUrl = '';
    for (const processes of [1, 2, 4]) {
      const url = await fresh();
      lastUrl = url;
      t0 = performance.now();
      const results = await Promise.all(Array.from({ length: processes }, () => ingestProcess(corpus, url, skip)));
      const seconds = (performance.now() - t0) / 1000;
      const stored = results.reduce((n, r) => n + r.stored, 0);
      const check = await openStore(url);
      const stats = await check.stats();
      const problems = await check.check();
      await check.close();
      console.log(`  PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''} over the same inputs: ${stored} articles in ${seconds.toFixed(1)} s = ${(stored / seconds).toFixed(0)} articles/s; stored by each ${results.map((r) => r.stored).join('/')}; archive ${stats.articles} articles, ${problems.length ? problems.join('; ') : 'consistent'}`);
    }
    const queries = await queriesFrom(corpus, 200);
    const sqlite = await openStore(sqlitePath);
    const postgres = await openStore(lastUrl);
    console.log(`  search, 200 queries of 1-3 words, top 20 with snippets: SQLite ${await searchLatency(sqlite, queries)}; PostgreSQL ${await searchLatency(postgres, queries)}`);
    let differing = 0;
    for (const q of queries.slice(0, 100)) {
      const a = (await sqlite.search(parseQuery(q), { limit: 100000 })).map((h) => h.file).sort().join();
      const b = (await postgres.search(parseQuery(q), { limit: 100000 })).map((h) => h.file).sort().join();
      if (a !== b) differing++;
    }
    console.log(`  same articles found on both engines: ${100 - differing}/100 queries`);
    await sqlite.close();
    await postgres.close();
  } finally {
    await server?.stop();
  }
}
