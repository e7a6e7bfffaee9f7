import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { ingest } from '../../src/pipeline.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
const marsad = (args: string[]) => spawnSync(process.execPath, ['bin/marsad.js', ...args], { encoding: 'utf8' });
const paragraphs = readFileSync('examples/001_0da1ffbe29b36b8b.txt', 'utf8').split('\n').filter((l) => l.length > 80);

/** Synthetic JSON Lines of distinct articles built from the sample page's paragraphs. */
function records(count: number, seed = 0): string[] {
  return Array.from({ length: count }, (_, i) => JSON.stringify({
    url: `https://example.com/${seed}/${i}`, source: 'sabq', title: `خبر رقم ${i} عن ${paragraphs[i % paragraphs.length].split(' ').slice(1, 6).join(' ')}`,
    date_extracted: `2015-07-${String(21 + (i % 9)).padStart(2, '0')} 10:00:00`,
    content: `${paragraphs[i % paragraphs.length]}\n${paragraphs[(i * 7 + 3) % paragraphs.length]} (${seed}-${i})`,
  }));
}

test('ingest is idempotent: the same pages twice store nothing new and say so', () => {
  const db = join(dir, 'idem.db');
  const first = marsad(['ingest', 'examples', '--db', db, '--format', 'json']);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual({ ...JSON.parse(first.stdout), seconds: 0, stories: undefined, storyUpdate: undefined }, { read: 5, stored: 5, duplicates: 0, failed: 0, quarantined: 0, seconds: 0, stories: undefined, storyUpdate: undefined });
  const again = marsad(['ingest', 'examples', '--db', db, '--format', 'json']);
  assert.deepEqual({ ...JSON.parse(again.stdout), seconds: 0, stories: undefined, storyUpdate: undefined }, { read: 5, stored: 0, duplicates: 5, failed: 0, quarantined: 0, seconds: 0, stories: undefined, storyUpdate: undefined });
  const text = marsad(['ingest', 'examples', '--db', db]);
  assert.match(text.stdout, /5 already stored \(nothing new\)/);
});

test('JSON Lines: a malformed line is quarantined with its line number, the good lines are stored; gzip too', () => {
  const lines = records(6);
  lines.splice(2, 0, '{"title": "broken', '[1, 2]');
  const jsonl = join(dir, 'mixed.jsonl');
  writeFileSync(jsonl, lines.join('\n') + '\n');
  writeFileSync(join(dir, 'mixed.jsonl.gz'), gzipSync(records(4, 1).join('\n')));
  const db = join(dir, 'jsonl.db');
  const r = marsad(['ingest', jsonl, join(dir, 'mixed.jsonl.gz'), '--db', db, '--format', 'json']);
  assert.equal(r.status, 1, 'something failed');
  assert.deepEqual({ ...JSON.parse(r.stdout), seconds: 0, stories: undefined, storyUpdate: undefined }, { read: 12, stored: 12, duplicates: 0, failed: 2, quarantined: 2, seconds: 0, stories: undefined, storyUpdate: undefined });
  assert.match(r.stderr, /mixed\.jsonl#3: malformed JSON/);
  assert.match(r.stderr, /mixed\.jsonl#4: not a JSON object/);
  const q = JSON.parse(marsad(['quarantine', '--db', db, '--format', 'json']).stdout) as Array<{ origin: string; error: string }>;
  assert.deepEqual(q.map((e) => e.origin.replace(/.*\//, '')), ['mixed.jsonl#3', 'mixed.jsonl#4']);
  const hits = JSON.parse(marsad(['search', 'الكورية', '--db', db, '--format', 'json', '--limit', '50']).stdout) as unknown[];
  assert.ok(hits.length > 0, 'records are searchable');
});

test('a truncated gzip file keeps the lines before the break and names the file', () => {
  const gz = gzipSync(records(50, 2).join('\n'));
  const cut = join(dir, 'cut.jsonl.gz');
  writeFileSync(cut, gz.subarray(0, Math.floor(gz.length * 0.6)));
  const r = marsad(['ingest', cut, '--db', join(dir, 'cut.db'), '--format', 'json']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cut\.jsonl\.gz.*(truncated|unexpected end)/i);
  assert.ok(JSON.parse(r.stdout).stored > 0, 'the readable lines were stored');
});

test('folders are read recursively; unreadable paths fail without stopping the batch', () => {
  const tree = join(dir, 'tree', 'a', 'b');
  mkdirSync(tree, { recursive: true });
  copyFileSync('examples/000_05867d2d627bfb71.txt', join(tree, 'page.txt'));
  copyFileSync('test/fixtures/html/004.html', join(dir, 'tree', 'a', 'page.html'));
  writeFileSync(join(dir, 'tree', 'empty.txt'), '');
  const r = marsad(['ingest', join(dir, 'tree'), join(dir, 'missing'), '--db', join(dir, 'tree.db'), '--format', 'json']);
  assert.equal(r.status, 1);
  assert.deepEqual({ ...JSON.parse(r.stdout), seconds: 0, stories: undefined, storyUpdate: undefined }, { read: 3, stored: 3, duplicates: 0, failed: 2, quarantined: 1, seconds: 0, stories: undefined, storyUpdate: undefined });
  assert.match(r.stderr, /missing: no such file/);
  assert.match(r.stderr, /empty\.txt: empty file/);
});

test('batches derived in a worker thread are stored in input order and equal those derived on the main thread', async () => {
  const file = join(dir, 'batches.jsonl');
  writeFileSync(file, records(23, 5).join('\n') + '\n');
  const stored = async (name: string, options: Parameters<typeof ingest>[2]) => {
    const store = await openStore(join(dir, name));
    const summary = await ingest([file], store, options);
    const articles = (await store.listArticles({ limit: 100 })).sort((a, b) => a.id - b.id).map(({ id, ...a }) => a);
    await store.close();
    return { summary, articles };
  };
  // Batches of 5: four full batches go to the worker as they fill, the last three articles too (a worker exists).
  const threaded = await stored('threaded.db', { workers: 1, batchSize: 5 });
  const here = await stored('here.db', { workers: 0, batchSize: 5 });
  assert.equal(threaded.summary.stored, 23);
  assert.deepEqual(threaded.summary.articleIds, [...threaded.summary.articleIds].sort((a, b) => a - b));
  assert.deepEqual(threaded.articles.map((a) => a.url), records(23, 5).map((r) => JSON.parse(r).url), 'input order');
  assert.deepEqual(threaded.articles, here.articles);
  assert.ok(threaded.articles.some((a) => a.entities.length > 0), 'enriched in the worker');
});

test('reprocess re-derives every article from the stored raw documents', async () => {
  const db = join(dir, 'reprocess.db');
  marsad(['ingest', 'examples', '--db', db]);
  const raw = new Database(db);
  raw.prepare("UPDATE articles SET title = 'stale', article_json = json_set(article_json, '$.title', 'stale')").run();
  raw.close();
  const r = marsad(['reprocess', '--db', db, '--format', 'json']);
  assert.deepEqual(JSON.parse(r.stdout), { articles: 5, quarantined: 0 });
  const store = await openStore(db);
  assert.ok((await store.listArticles()).every((a) => a.title !== 'stale'));
  await store.close();
});

test('a process killed mid-ingest leaves a consistent store; the same ingest again completes it without duplicates', async () => {
  const total = 6000;
  const jsonl = join(dir, 'big.jsonl');
  writeFileSync(jsonl, records(total, 3).join('\n') + '\n');
  const db = join(dir, 'crash.db');
  const child = spawn(process.execPath, ['bin/marsad.js', 'ingest', jsonl, '--db', db, '--batch', '100', '--format', 'json'], { stdio: 'ignore' });
  // Kill it once some batches, but not all, are committed. Up to a minute: on a loaded machine the child takes more
  // than ten seconds to start and commit its first batches (seen with two trainings on both cores).
  let before = 0;
  for (let i = 0; i < 2400 && before < 300; i++) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      const peek = new Database(db, { readonly: true, fileMustExist: true });
      before = (peek.prepare('SELECT count(*) AS n FROM raw_docs').get() as { n: number }).n;
      peek.close();
    } catch { /* not created yet */ }
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.on('exit', r));
  assert.ok(before > 0, 'the ingest had committed something before it was killed');
  const store = await openStore(db);
  const mid = await store.stats();
  assert.ok(mid.rawDocs < total, `killed before the end (${mid.rawDocs} of ${total})`);
  assert.deepEqual(await store.check(), [], 'consistent after SIGKILL');
  await store.close();
  const r = marsad(['ingest', jsonl, '--db', db, '--format', 'json']);
  const summary = JSON.parse(r.stdout);
  assert.equal(summary.stored + summary.duplicates, total);
  assert.equal(summary.duplicates, mid.rawDocs);
  const after = await openStore(db);
  assert.deepEqual({ ...(await after.stats()), schemaVersion: 0 }, { rawDocs: total, articles: total, quarantined: 0, schemaVersion: 0 });
  assert.deepEqual(await after.check(), []);
  await after.close();
});

test('search from the command line: folded query shown, JSON fields as CLI.md says, bad dates refused', () => {
  const db = join(dir, 'idem.db');
  const text = marsad(['search', 'بیونغ', '--db', db]);
  assert.match(text.stdout, /^query keys: \S+ — 4 results/, text.stderr);
  const hits = JSON.parse(marsad(['search', 'بیونغ یانغ', '--db', db, '--format', 'json']).stdout) as Array<Record<string, unknown>>;
  assert.ok(hits.length >= 3);
  assert.deepEqual(Object.keys(hits[0]).sort(), ['file', 'id', 'published', 'score', 'snippet', 'source', 'title', 'url']);
  assert.equal(marsad(['search', 'x', '--db', db, '--from', 'yesterday']).status, 2);
  const notDb = join(dir, 'plain.txt');
  writeFileSync(notDb, 'x'.repeat(5000));
  const bad = marsad(['search', 'x', '--db', notDb]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /not a Marsad database/);
});
