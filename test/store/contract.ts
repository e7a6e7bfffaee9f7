/**
 * The Store contract: every engine passes these tests (SQLite in sqlite.test.ts; PostgreSQL, when it exists,
 * with its own factory). Each test opens a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createExtractor } from '../../src/extract/index.ts';
import { derive, rawRecord } from '../../src/pipeline.ts';
import { parseQuery, type IngestItem, type Store } from '../../src/store/index.ts';

const extract = createExtractor().extract;
const samples = ['000_05867d2d627bfb71.txt', '001_0da1ffbe29b36b8b.txt', '002_69a18c3edfd9111b.txt', '003_272cc184b9253ae0.txt', '004_ee4591bf9e1c8d6b.txt'];
export const sampleItems = (): IngestItem[] => samples.map((f) => derive(rawRecord({ origin: `examples/${f}`, bytes: readFileSync(`examples/${f}`), mediaType: 'text/plain' }), extract));
const failing = (): IngestItem => derive(rawRecord({ origin: 'bad.txt', bytes: Buffer.from([0, 1, 2, 3]), mediaType: 'text/plain' }), extract);

export function storeContract(engine: string, open: () => Promise<Store>): void {
  const withStore = (name: string, fn: (s: Store) => Promise<void>) => test(`${engine}: ${name}`, async () => {
    const s = await open();
    try { await fn(s); } finally { await s.close(); }
  });

  withStore('a batch stores raw documents and their articles; the same batch again stores nothing', async (s) => {
    const first = await s.ingestBatch(sampleItems());
    assert.deepEqual({ ...first, articleIds: first.articleIds.length }, { stored: 5, duplicates: 0, quarantined: 0, articleIds: 5 });
    const again = await s.ingestBatch(sampleItems());
    assert.deepEqual({ ...again, articleIds: again.articleIds.length }, { stored: 0, duplicates: 5, quarantined: 0, articleIds: 0 });
    assert.deepEqual(await s.stats(), { rawDocs: 5, articles: 5, quarantined: 0, schemaVersion: (await s.stats()).schemaVersion });
    assert.deepEqual(await s.check(), []);
  });

  withStore('an article reads back as it was stored, with its raw document\'s digest', async (s) => {
    const items = sampleItems();
    const { articleIds } = await s.ingestBatch(items);
    const a = await s.getArticle(articleIds[4]);
    assert.ok(a);
    const original = (items[4].result as { article: { title: string; body: unknown; published: string | null } }).article;
    assert.equal(a.title, original.title);
    assert.deepEqual(a.body, original.body);
    assert.equal(a.published, '2023-10-20T09:07:06');
    assert.equal(a.rawSha256, items[4].raw.sha256);
    assert.equal(await s.getArticle(999999), null);
    const listed = await s.listArticles({ limit: 2 });
    assert.equal(listed.length, 2);
    assert.equal(listed[0].published, '2024-01-15', 'newest first');
  });

  withStore('knownDigests tells which raw documents are stored', async (s) => {
    const items = sampleItems();
    await s.ingestBatch(items.slice(0, 2));
    const known = await s.knownDigests(items.map((i) => i.raw.sha256));
    assert.deepEqual([...known].sort(), items.slice(0, 2).map((i) => i.raw.sha256).sort());
  });

  withStore('a document that cannot be extracted is kept, raw, in quarantine with its error', async (s) => {
    const r = await s.ingestBatch([failing(), ...sampleItems().slice(0, 1)]);
    assert.equal(r.stored, 2);
    assert.equal(r.quarantined, 1);
    const q = await s.listQuarantine();
    assert.equal(q.length, 1);
    assert.equal(q[0].origin, 'bad.txt');
    assert.match(q[0].error, /binary/);
    const raws = [];
    for await (const raw of s.rawDocuments()) raws.push(raw);
    assert.deepEqual(Buffer.from(raws[0].bytes), Buffer.from([0, 1, 2, 3]), 'raw bytes kept exactly');
  });

  withStore('replaceDerived re-derives in place and clears quarantine', async (s) => {
    const items = sampleItems();
    const { articleIds } = await s.ingestBatch(items);
    const changed = structuredClone(items[0]);
    (changed.result as { article: { title: string } }).article.title = 'عنوان جديد';
    await s.replaceDerived(changed);
    assert.equal((await s.getArticle(articleIds[0]))?.title, 'عنوان جديد', 'same id after reprocessing');
    await s.replaceDerived({ raw: items[1].raw, result: { error: 'broken now' } });
    assert.equal(await s.getArticle(articleIds[1]), null);
    assert.equal((await s.listQuarantine())[0].error, 'broken now');
    await s.replaceDerived(items[1]);
    assert.equal((await s.listQuarantine()).length, 0);
    assert.deepEqual(await s.check(), []);
  });

  withStore('search folds spelling and clitics: every form finds the same articles', async (s) => {
    await s.ingestBatch(sampleItems());
    const ids = async (q: string) => (await s.search(parseQuery(q))).map((h) => h.file).sort();
    const base = await ids('الخارجية الروسية');
    assert.ok(base.length >= 3, 'found');
    for (const variant of ['الخارجیة الروسیة', 'والخارجية الروسية', 'بالخارجيّة الرّوسية', 'للخارجية الروسيه']) assert.deepEqual(await ids(variant), base, variant);
    assert.deepEqual(await ids('كـوريا'), await ids('كوريا'));
    assert.deepEqual(await ids('زيلينسكي'), ['examples/002_69a18c3edfd9111b.txt']);
  });

  withStore('search: phrases, OR, exclusion, filters, snippets with the match marked', async (s) => {
    await s.ingestBatch(sampleItems());
    const files = async (q: string, o = {}) => (await s.search(parseQuery(q), o)).map((h) => h.file.slice(9, 12)).sort();
    assert.deepEqual(await files('"تشوي سون هوي"'), ['000', '001', '002', '003', '004'], 'a name: across the hyphen of سون-هوي, and its other spellings (تشي سون هوي on 003)');
    assert.deepEqual(await files('بيونج يانج'), await files('بيونغ يانغ'), 'غ/ج spellings of a known name find the same articles');
    assert.deepEqual(await files('وونسان OR زيلينسكي'), ['001', '002', '003']);
    assert.deepEqual(await files('لافروف -بيونغ'), (await files('لافروف')).filter((f) => !['000', '001', '003', '004'].includes(f)));
    assert.deepEqual(await files('لافروف', { source: 'فرانس 24' }), ['004']);
    assert.deepEqual(await files('لافروف', { from: '2024-01-01' }), ['002']);
    assert.deepEqual(await files('لافروف', { to: '2023-10-19' }), ['000']);
    const [hit] = await s.search(parseQuery('وونسان'));
    assert.match(hit.snippet, /<mark>وونسان<\/mark>/);
    assert.ok(hit.score > 0);
    assert.deepEqual(await s.search(parseQuery('-لافروف')), [], 'exclusion alone finds nothing');
    assert.deepEqual(await s.search(parseQuery('')), []);
  });

  withStore('recent sorting puts the newest first', async (s) => {
    await s.ingestBatch(sampleItems());
    const hits = await s.search(parseQuery('لافروف'), { sort: 'recent' });
    const dated = hits.map((h) => h.published).filter((p): p is string => p !== null);
    assert.deepEqual(dated, [...dated].sort().reverse());
  });
}
