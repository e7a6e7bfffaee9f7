/**
 * The HTTP API in-process (app.request), over a real SQLite store holding the sample pages.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, after, test } from 'node:test';
import { createApi } from '../../src/api/app.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const TOKEN = 'test-token';
const samples = ['000_05867d2d627bfb71.txt', '001_0da1ffbe29b36b8b.txt', '002_69a18c3edfd9111b.txt', '003_272cc184b9253ae0.txt', '004_ee4591bf9e1c8d6b.txt'];
let store: Store;
let api: ReturnType<typeof createApi>;
const auth = { authorization: `Bearer ${TOKEN}` };

before(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'marsad-api-')), 'a.db'));
  api = createApi(store, { token: TOKEN, maxBodyBytes: 200_000, writesPerMinute: 1000 });
  for (const f of samples) {
    const r = await api.request(`/api/v1/ingest?origin=${f}`, { method: 'POST', body: readFileSync(`examples/${f}`), headers: { 'content-type': 'text/plain; charset=utf-8', ...auth } });
    assert.equal(r.status, 201, await r.text());
  }
});
after(async () => { await store.close(); });

const get = async (path: string) => { const r = await api.request(path); return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.json() as any }; };

test('health says what the store holds', async () => {
  const r = await get('/api/v1/health');
  assert.equal(r.status, 200);
  assert.deepEqual({ ...r.body, schemaVersion: 0 }, { status: 'ok', engine: 'SQLite', articles: 5, rawDocs: 5, quarantined: 0, schemaVersion: 0 });
});

test('pages ingested one by one through the API make the three gold stories', async () => {
  const r = await get('/api/v1/stories?limit=10');
  const groups = r.body.items.map((s: any) => s.articles.map((a: any) => a.file.slice(0, 3)).sort().join(' ')).sort();
  assert.deepEqual(groups, ['000 004', '001 003', '002']);
  assert.ok(r.body.items.every((s: any) => s.reasons.length > 0 && s.summary.length > 0));
});

test('stories page with cursors: every story once, then null', async () => {
  const seen: number[] = [];
  let cursor = '';
  for (let i = 0; i < 5; i++) {
    const r = await get(`/api/v1/stories?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...r.body.items.map((s: any) => s.id));
    if (!r.body.next) break;
    cursor = r.body.next;
  }
  assert.equal(new Set(seen).size, 3);
  assert.equal((await get('/api/v1/stories?cursor=not-a-cursor')).status, 400);
});

test('story filters: outlet and entity in any spelling', async () => {
  const byOutlet = await get(`/api/v1/stories?source=${encodeURIComponent('فرانس 24')}`);
  assert.deepEqual(byOutlet.body.items.map((s: any) => s.articles.map((a: any) => a.file.slice(0, 3)).sort().join(' ')), ['000 004']);
  const byEntity = await get(`/api/v1/stories?entity=${encodeURIComponent('ونسان')}`);
  assert.equal(byEntity.status, 404, 'an unknown name is a 404 problem, not an empty list');
  const wonsan = await get(`/api/v1/stories?entity=${encodeURIComponent('وونسان')}`);
  assert.deepEqual(wonsan.body.items.map((s: any) => s.articles.length), [2]);
});

test('a story has its timeline; an article has its story; unknown ids are 404 problems, bad ids 400', async () => {
  const list = await get('/api/v1/stories');
  const story = await get(`/api/v1/stories/${list.body.items[0].id}`);
  assert.equal(story.status, 200);
  assert.ok(story.body.timeline.length > 0 && story.body.timeline.every((e: any) => /^\d{4}/.test(e.value)));
  const article = await get(`/api/v1/articles/${story.body.articles[0].id}`);
  assert.equal(article.body.story, story.body.id);
  assert.ok(article.body.body.length > 0 && article.body.entities.length > 0);
  for (const [path, status] of [['/api/v1/stories/9999', 404], ['/api/v1/articles/9999', 404], ['/api/v1/entities/9999', 404], ['/api/v1/stories/abc', 400], ['/api/v1/nothing', 404]] as const) {
    const r = await get(path);
    assert.equal(r.status, status, path);
    assert.match(r.type, /^application\/problem\+json/);
    assert.equal(r.body.status, status);
    assert.ok(r.body.detail.length > 0);
  }
});

test('search: ids that /articles shows, folded query, facets, validation', async () => {
  const r = await get(`/api/v1/search?q=${encodeURIComponent('بيونج يانج')}&facets=true&limit=2`);
  assert.equal(r.status, 200);
  assert.equal(r.body.items.length, 2);
  assert.match(r.body.query.folded, /بيونج يانج/);
  assert.ok(r.body.facets.total >= 4);
  assert.ok(r.body.facets.sources.length > 0 && r.body.facets.entities.length > 0 && r.body.facets.stories.length > 0);
  const next = await get(`/api/v1/search?q=${encodeURIComponent('بيونج يانج')}&limit=2&cursor=${r.body.next}`);
  assert.equal(next.body.items.filter((h: any) => r.body.items.some((x: any) => x.id === h.id)).length, 0, 'the next page has other articles');
  const article = await get(`/api/v1/articles/${r.body.items[0].id}`);
  assert.equal(article.body.title, r.body.items[0].title);
  assert.equal((await get('/api/v1/search')).status, 400);
  assert.equal((await get('/api/v1/search?q=x&from=yesterday')).status, 400);
  assert.equal((await get('/api/v1/search?q=x&limit=1000')).status, 400);
});

test('entities and timeline by entity name', async () => {
  const list = await get('/api/v1/entities?limit=3&type=PER');
  assert.ok(list.body.items.every((e: any) => e.type === 'PER'));
  const lavrov = list.body.items.find((e: any) => e.wikidata === 'Q80137');
  const detail = await get(`/api/v1/entities/${lavrov.id}`);
  assert.ok(detail.body.spellings.length > 1 && detail.body.byDay.length >= 3 && detail.body.stories.length === 3);
  const t = await get(`/api/v1/timeline?entity=${encodeURIComponent('لافروف')}`);
  assert.ok(t.body.items.length > 0);
  assert.equal((await get('/api/v1/timeline')).status, 400);
});

test('the OpenAPI 3.1 document lists every route with its schemas', async () => {
  const doc = (await get('/api/v1/openapi.json')).body;
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/api/v1/health', '/api/v1/stories', '/api/v1/stories/{id}', '/api/v1/articles/{id}', '/api/v1/search', '/api/v1/entities', '/api/v1/entities/{id}', '/api/v1/timeline', '/api/v1/ingest']) assert.ok(doc.paths[p], p);
  assert.ok(doc.components.schemas.Article && doc.components.schemas.Problem && doc.components.schemas.Story);
  assert.deepEqual(Object.keys(doc.paths['/api/v1/ingest'].post.requestBody.content).sort(), ['application/json', 'text/html', 'text/plain']);
});

test('writes: 401 without the token, 415, 413, 400 on bad JSON, 422 into quarantine, 200 for the same bytes; nothing stored is lost', async () => {
  const before = await store.stats();
  const post = (body: BodyInit, type: string, headers: Record<string, string> = auth) => api.request('/api/v1/ingest?origin=t', { method: 'POST', body, headers: { 'content-type': type, ...headers } });
  assert.equal((await post('نص', 'text/plain', {})).status, 401);
  assert.equal((await post('نص', 'text/plain', { authorization: 'Bearer wrong' })).status, 401);
  assert.equal((await post('نص', 'image/png')).status, 415);
  assert.equal((await post('x'.repeat(300_000), 'text/plain')).status, 413);
  const bad = await post('{"title": "عنوان", ', 'application/json');
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as any).detail, /not valid JSON/);
  assert.equal((await post(new Uint8Array([0, 1, 2, 3, 0, 0, 255]), 'text/plain')).status, 422);
  assert.equal((await post(readFileSync(`examples/${samples[0]}`), 'text/plain')).status, 200);
  const afterStats = await store.stats();
  assert.equal(afterStats.articles, before.articles);
  assert.equal(afterStats.quarantined, before.quarantined + 1);
  assert.deepEqual(await store.check(), []);
  const nobody = createApi(store);
  assert.equal((await nobody.request('/api/v1/ingest', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain', authorization: 'Bearer x' } })).status, 401, 'no token configured: writes are off');
});

test('a JSON article record is ingested and joins a story', async () => {
  const text = readFileSync(`examples/${samples[1]}`, 'utf8');
  const r = await api.request('/api/v1/ingest', { method: 'POST', body: JSON.stringify({ text: text + '\nنسخة ثانية', source: 'سبوتنيك' }), headers: { 'content-type': 'application/json', ...auth } });
  assert.equal(r.status, 201);
  const { id, story } = await r.json() as any;
  const s = await get(`/api/v1/stories/${story}`);
  assert.ok(s.body.articles.some((a: any) => a.id === id));
  assert.ok(s.body.articles.some((a: any) => a.file.startsWith('001')), 'with the page it copies');
});

test('too many requests: 429 with Retry-After', async () => {
  const limited = createApi(store, { readsPerMinute: 3 });
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await limited.request('/api/v1/health')).status);
  assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
  assert.ok(Number((await limited.request('/api/v1/health')).headers.get('retry-after')) > 0);
});
