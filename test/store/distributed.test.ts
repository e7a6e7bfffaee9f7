/**
 * Distributed ingest on a real PostgreSQL server: four `marsad ingest` processes over the same inputs at once,
 * then again with one of them killed (SIGKILL) mid-run; each time the archive must equal a single-process
 * ingest's (counts and checksums), with no duplicate and no lost article. And `marsad copy` both ways.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/index.ts';
import { archiveChecksum } from '../../src/store/copy.ts';
import { startTestPostgres } from '../helpers/postgres.ts';

const server = await startTestPostgres();
const skip = server ? false : 'no PostgreSQL on this machine (CI installs it)';
after(async () => { await server?.stop(); });

const dir = mkdtempSync(join(tmpdir(), 'marsad-dist-'));
const input = join(dir, 'pages.jsonl');
const DOCUMENTS = 400;
{
  // Distinct documents from the sample pages: each carries its own line, so each is its own raw document.
  const pages = ['000_05867d2d627bfb71.txt', '001_0da1ffbe29b36b8b.txt', '002_69a18c3edfd9111b.txt', '003_272cc184b9253ae0.txt', '004_ee4591bf9e1c8d6b.txt'].map((f) => readFileSync(`examples/${f}`, 'utf8'));
  const lines = Array.from({ length: DOCUMENTS }, (_, i) => JSON.stringify({ text: `${pages[i % 5]}\nتحديث رقم ${i} من المراسل.`, url: `https://example.org/${i}` }));
  lines.splice(17, 0, '{"text": "\\u0000\\u0001\\u0002\\u0003\\u0000\\u0000"}'); // one document for quarantine
  writeFileSync(input, lines.join('\n') + '\n');
}
const ingestArgs = (db: string) => ['bin/marsad.js', 'ingest', input, '--db', db, '--batch', '20', '--workers', '0', '--skip', 'stories', '--format', 'json'];

async function single(): Promise<string> {
  const url = await server!.freshUrl();
  const r = spawnSync(process.execPath, ingestArgs(url), { encoding: 'utf8' });
  assert.equal(JSON.parse(r.stdout).stored, DOCUMENTS + 1, r.stderr);
  return url;
}

async function mentions(url: string): Promise<number> {
  const schema = new URL(url).searchParams.get('schema')!;
  const c = new pg.Client({ connectionString: server!.url });
  await c.connect();
  const n = (await c.query(`SELECT count(*)::int AS n FROM "${schema}".mentions`)).rows[0].n as number;
  await c.end();
  return n;
}

async function sameArchive(url: string, reference: string): Promise<void> {
  const [a, b] = [await openStore(url), await openStore(reference)];
  const [x, y] = [await archiveChecksum(a), await archiveChecksum(b)];
  assert.deepEqual(x, y);
  assert.deepEqual(await a.check(), []);
  assert.equal(await mentions(url), await mentions(reference));
  await a.close();
  await b.close();
}

const run = (args: string[]) => {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { err += d; });
  return { child, done: new Promise<{ code: number | null; signal: string | null; out: string; err: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out, err }))) };
};

test('four concurrent ingest processes over the same inputs: every document once, as one process stores them', { skip, timeout: 300000 }, async () => {
  const reference = await single();
  const url = await server!.freshUrl();
  const workers = Array.from({ length: 4 }, () => run(ingestArgs(url)));
  const results = await Promise.all(workers.map((w) => w.done));
  const summaries = results.map((r) => JSON.parse(r.out) as { read: number; stored: number; duplicates: number; quarantined: number });
  assert.equal(summaries.reduce((n, s) => n + s.quarantined, 0), 1, 'the binary document is quarantined once');
  // The process that quarantined it says so (exit 1); the others found it stored.
  assert.deepEqual(results.map((r) => r.code).sort(), [0, 0, 0, 1], results.map((r) => r.err).join('\n'));
  assert.equal(summaries.reduce((n, s) => n + s.stored, 0), DOCUMENTS + 1, 'each document stored by exactly one process');
  assert.ok(summaries.filter((s) => s.stored > 0).length >= 2, `the work was shared: ${summaries.map((s) => s.stored).join(', ')}`);
  for (const s of summaries) assert.equal(s.stored + s.duplicates, DOCUMENTS + 1);
  await sameArchive(url, reference);
});

test('a worker killed mid-run loses nothing: the others take over its claims', { skip, timeout: 300000 }, async () => {
  const reference = await single();
  const url = await server!.freshUrl();
  const victim = run(ingestArgs(url));
  // Kill it once it has stored some batches (and holds claims on the next).
  const probe = await openStore(url);
  for (let i = 0; i < 400 && (await probe.stats()).articles < 60; i++) await new Promise((r) => setTimeout(r, 25));
  const others = Array.from({ length: 3 }, () => run(ingestArgs(url)));
  await new Promise((r) => setTimeout(r, 150));
  victim.child.kill('SIGKILL');
  const atKill = (await probe.stats()).articles;
  assert.ok(atKill >= 60 && atKill < DOCUMENTS, `killed mid-run: ${atKill} of ${DOCUMENTS} stored`);
  const killed = await victim.done;
  assert.equal(killed.signal, 'SIGKILL');
  const results = await Promise.all(others.map((w) => w.done));
  for (const r of results) assert.notEqual(r.code, null, r.err);
  await probe.close();
  await sameArchive(url, reference);
});

test('marsad copy moves an archive SQLite -> PostgreSQL -> SQLite, verified', { skip, timeout: 120000 }, async () => {
  const sqlite = join(dir, 'from.db');
  assert.equal(spawnSync(process.execPath, ['bin/marsad.js', 'ingest', 'examples', '--db', sqlite]).status, 0);
  const url = await server!.freshUrl();
  const there = spawnSync(process.execPath, ['bin/marsad.js', 'copy', '--from', sqlite, '--to', url, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(there.status, 0, there.stderr);
  const r = JSON.parse(there.stdout);
  assert.equal(r.verified, true);
  assert.deepEqual({ a: r.target.articles, s: r.target.stories }, { a: 5, s: 3 });
  const back = join(dir, 'back.db');
  const home = spawnSync(process.execPath, ['bin/marsad.js', 'copy', '--from', url, '--to', back, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(JSON.parse(home.stdout).verified, true, home.stderr);
  const again = spawnSync(process.execPath, ['bin/marsad.js', 'copy', '--from', sqlite, '--to', url], { encoding: 'utf8' });
  assert.equal(again.status, 2);
  assert.match(again.stderr, /already holds 5 raw documents; copy into an empty archive/);
  // The copy serves the same stories: the story page of the PostgreSQL archive lists the same articles.
  const stories = JSON.parse(spawnSync(process.execPath, ['bin/marsad.js', 'stories', '--db', url, '--format', 'json'], { encoding: 'utf8' }).stdout);
  assert.deepEqual(stories.map((s: { articles: unknown[] }) => s.articles.length).sort(), [1, 2, 2]);
});
