/**
 * The PostgreSQL engine on a real server (test/helpers/postgres.ts): the same contract as SQLite, the same search
 * results as SQLite, claims that free themselves, migrations that refuse what is not theirs.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { ingest } from '../../src/pipeline.ts';
import { openStore, parseQuery, type Store } from '../../src/store/index.ts';
import { tsqueryOf } from '../../src/store/postgres/index.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { sampleItems, storeContract } from './contract.ts';

const server = await startTestPostgres();
const skip = server ? false : 'no PostgreSQL on this machine (CI installs it)';
after(async () => { await server?.stop(); });

if (server) storeContract('postgres', async () => openStore(await server.freshUrl()));

const CORPUS = process.env.MARSAD_CORPUS ?? '../shared/corpora/saudinewsnet';

/** The same queries on both engines find the same articles (by file), whatever their order. */
async function sameResults(sqlite: Store, postgres: Store, queries: string[]): Promise<void> {
  for (const q of queries) {
    for (const options of [{}, { sort: 'recent' as const }]) {
      const a = (await sqlite.search(parseQuery(q), { limit: 100000, ...options })).map((h) => h.file).sort();
      const b = (await postgres.search(parseQuery(q), { limit: 100000, ...options })).map((h) => h.file).sort();
      assert.deepEqual(b, a, `«${q}» ${JSON.stringify(options)}`);
    }
  }
}

test('the same queries find the same articles on SQLite and PostgreSQL: the sample pages', { skip }, async () => {
  const sqlite = await openStore(join(mkdtempSync(join(tmpdir(), 'marsad-parity-')), 'p.db'));
  const postgres = await openStore(await server!.freshUrl());
  await sqlite.ingestBatch(sampleItems());
  await postgres.ingestBatch(sampleItems());
  await sameResults(sqlite, postgres, ['لافروف', 'الخارجية الروسية', '"كوريا الشمالية"', 'بيونج يانج', 'وونسان OR زيلينسكي', 'لافروف -بيونغ', 'والمحادثات', 'كـوريا', '2023', 'تاس', 'سون-هوي']);
  assert.deepEqual((await postgres.search(parseQuery('لافروف'), { source: 'فرانس 24' })).map((h) => h.file), (await sqlite.search(parseQuery('لافروف'), { source: 'فرانس 24' })).map((h) => h.file));
  assert.deepEqual((await postgres.search(parseQuery('لافروف'), { to: '2023-10-19' })).map((h) => h.file), (await sqlite.search(parseQuery('لافروف'), { to: '2023-10-19' })).map((h) => h.file));
  await sqlite.close();
  await postgres.close();
});

test('the same queries find the same articles on SQLite and PostgreSQL: a real day of SaudiNewsNet', { skip: skip || (!existsSync(CORPUS) && 'no SaudiNewsNet corpus here') }, async () => {
  const { readdirSync } = await import('node:fs');
  const day = readdirSync(CORPUS).filter((f) => /\.json/.test(f)).sort()[0];
  const sqlite = await openStore(join(mkdtempSync(join(tmpdir(), 'marsad-parity-')), 'day.db'));
  const postgres = await openStore(await server!.freshUrl());
  const a = await ingest([join(CORPUS, day)], sqlite, { workers: 0, skip: ['enrich'] });
  const b = await ingest([join(CORPUS, day)], postgres, { workers: 0, skip: ['enrich'] });
  assert.equal(b.stored, a.stored);
  assert.ok(a.stored > 50, `${day}: ${a.stored} articles`);
  const titles = (await sqlite.listArticles({ limit: 25 })).map((x) => x.title.split(/\s+/).filter((w) => w.length > 3));
  const queries = titles.flatMap((w) => [w[0], w.slice(0, 2).join(' '), `"${w.slice(1, 3).join(' ')}"`]).filter((q) => q && q !== '""');
  await sameResults(sqlite, postgres, queries);
  await sqlite.close();
  await postgres.close();
});

test('claims: another process cannot claim what one holds; released or disconnected, it can', { skip }, async () => {
  const url = await server!.freshUrl();
  const one = await openStore(url);
  const two = await openStore(url);
  const digests = ['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64)];
  assert.equal((await one.claim(digests.slice(0, 2))).size, 2);
  assert.deepEqual([...await two.claim(digests)], [digests[2]]);
  await one.release([digests[0]]);
  assert.deepEqual([...await two.claim(digests.slice(0, 2))], [digests[0]]);
  await one.close(); // its session ends: what it still held is free
  // The server ends the closed session's backend a moment after the socket closes: wait for it (at most 5 s).
  let claimed: string[] = [];
  for (let i = 0; i < 50 && claimed.length === 0; i++) {
    claimed = [...await two.claim([digests[1]])];
    if (claimed.length === 0) await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(claimed, [digests[1]]);
  await two.close();
});

test('the story lock lets one process at a time update stories', { skip }, async () => {
  const url = await server!.freshUrl();
  const [one, two] = [await openStore(url), await openStore(url)];
  const order: string[] = [];
  await Promise.all([
    one.withStoryLock(async () => { order.push('one in'); await new Promise((r) => setTimeout(r, 150)); order.push('one out'); }),
    new Promise((r) => setTimeout(r, 30)).then(() => two.withStoryLock(async () => { order.push('two in'); order.push('two out'); })),
  ]);
  assert.deepEqual(order, ['one in', 'one out', 'two in', 'two out']);
  await one.close();
  await two.close();
});

test('a schema of another program, or of a newer Marsad, is refused and left as it was', { skip }, async () => {
  const url = await server!.freshUrl();
  const schema = new URL(url).searchParams.get('schema')!;
  const admin = new pg.Client({ connectionString: server!.url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".contacts (name text); INSERT INTO "${schema}".contacts VALUES ('x')`);
  await assert.rejects(openStore(url), /another program/);
  assert.equal((await admin.query(`SELECT count(*)::int AS n FROM "${schema}".contacts`)).rows[0].n, 1);
  const newer = await server!.freshUrl();
  (await openStore(newer)).close();
  const newerSchema = new URL(newer).searchParams.get('schema')!;
  await admin.query(`UPDATE "${newerSchema}".marsad_meta SET value = '99' WHERE key = 'schema_version'`);
  await assert.rejects(openStore(newer), /newer Marsad \(schema 99/);
  await admin.end();
});

test('tsquery of a parsed query: phrases, alternatives, exclusions, quotes escaped', () => {
  assert.equal(tsqueryOf(parseQuery('لافروف OR بوتين -ترامب')), "(('لافروف' | 'بوت')) & !'ترامب'");
  assert.equal(tsqueryOf(parseQuery('"محادثات موسكو" 2023')), "('محادث' <-> 'موسكو') & '2023'");
  assert.equal(tsqueryOf({ clauses: [[["it's", 'a\\b']]], not: [], keys: [] }), "('it''s' <-> 'a\\\\b')");
  assert.equal(tsqueryOf(parseQuery('-ترامب')), null);
});

test('the web UI and the API serve a PostgreSQL archive as they serve SQLite', { skip }, async () => {
  const { createServer } = await import('../../src/server.ts');
  const { recluster } = await import('../../src/pipeline.ts');
  const store = await openStore(await server!.freshUrl());
  await store.ingestBatch(sampleItems());
  await recluster(store);
  const app = createServer(store, { token: 't' });
  const home = await (await app.request('/')).text();
  assert.equal((home.match(/class="story-card"/g) ?? []).length, 3);
  const story = (await store.listStories())[0];
  const entity = (await store.listEntities({ limit: 1 }))[0];
  for (const path of [`/stories/${story.id}`, `/articles/${story.articles[0].id}`, `/entities/${entity.id}`, `/search?q=${encodeURIComponent('بيونج يانج')}`, '/feeds/stories.atom', `/api/v1/search?q=${encodeURIComponent('لافروف')}&facets=true`]) {
    assert.equal((await app.request(path)).status, 200, path);
  }
  const posted = await app.request('/api/v1/ingest', { method: 'POST', body: 'وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ اليوم في زيارة رسمية تستمر يومين يلتقي خلالها الزعيم الكوري الشمالي كيم جونغ أون لبحث العلاقات الثنائية والتعاون بين البلدين.', headers: { 'content-type': 'text/plain', authorization: 'Bearer t' } });
  assert.equal(posted.status, 201);
  assert.ok(((await posted.json()) as { story: number | null }).story !== null);
  await store.close();
});
