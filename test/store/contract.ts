/**
 * The Store contract: every engine passes these tests (SQLite in sqlite.test.ts; PostgreSQL, when it exists,
 * with its own factory). Each test opens a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createAnalyzer, derive, rawRecord } from '../../src/pipeline.ts';
import { parseQuery, type IngestItem, type Store } from '../../src/store/index.ts';
import { nameKeys } from '../../src/text/index.ts';

// Extraction and enrichment, as ingest does: the entity and story methods need the entities.
const extract = createAnalyzer().analyze;
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

  withStore('articles published from a day: oldest first, that day included, undated and earlier ones left out; the undated apart', async (s) => {
    const items = sampleItems();
    await s.ingestBatch(items);
    const published = items.map((i) => ('article' in i.result ? i.result.article.published : null)).filter((p): p is string => p !== null).sort();
    const from = published[1].slice(0, 10);
    const got: string[] = [];
    for await (const a of s.articlesPublishedFrom(from)) got.push(a.published!);
    assert.deepEqual(got, published.filter((p) => p >= from));
    assert.ok(got.length >= 2 && got.length < items.length, 'some articles are left out, some are in');
    const none: unknown[] = [];
    for await (const a of s.articlesPublishedFrom('2999-01-01')) none.push(a);
    assert.deepEqual(none, []);
    const undated = await s.recentUndatedArticles(10);
    assert.equal(undated.length, items.length - published.length);
    assert.ok(undated.every((a) => a.published === null));
    assert.deepEqual(undated.map((a) => a.id), [...undated.map((a) => a.id)].sort((x, y) => y - x), 'the most recently stored first');
    assert.equal((await s.recentUndatedArticles(1)).length, 1);
  });

  withStore('recent sorting puts the newest first', async (s) => {
    await s.ingestBatch(sampleItems());
    const hits = await s.search(parseQuery('لافروف'), { sort: 'recent' });
    const dated = hits.map((h) => h.published).filter((p): p is string => p !== null);
    assert.deepEqual(dated, [...dated].sort().reverse());
  });

  withStore('entities: by coverage, by id or key, spellings, days, co-occurring, stories; found by folded name', async (s) => {
    const { articleIds } = await s.ingestBatch(sampleItems());
    await s.replaceStories([{ title: 'قصة', importance: 50, first: '2023-10-19', last: '2024-01-15', detail: {}, articles: articleIds.map((id) => ({ id, duplicateOf: null })) }]);
    const top = await s.listEntities({ limit: 3 });
    assert.equal(top.length, 3);
    assert.ok(top[0].articles >= top[1].articles && top[1].articles >= top[2].articles);
    assert.deepEqual((await s.listEntities({ limit: 2, offset: 1 })).map((e) => e.id), (await s.listEntities({ limit: 3 })).slice(1).map((e) => e.id), 'offset pages');
    assert.ok((await s.listEntities({ type: 'ORG' })).every((e) => e.type === 'ORG'));
    const lavrov = (await s.getEntity('Q80137'))!;
    assert.equal(lavrov.name, 'سيرغي لافروف');
    assert.equal(lavrov.articles, 5);
    assert.deepEqual((await s.getEntity(lavrov.id))?.key, 'Q80137');
    assert.ok(lavrov.spellings.some((x) => x.text === 'لافروف'));
    assert.deepEqual(lavrov.byDay.map((d) => d.day), [...lavrov.byDay.map((d) => d.day)].sort(), 'days in order');
    assert.ok(lavrov.cooccurring.some((c) => c.name === 'كوريا الشمالية'));
    assert.deepEqual(lavrov.stories.map((x) => x.articles), [5]);
    assert.equal(await s.getEntity('no such key'), null);
    assert.ok((await s.findEntities(nameKeys('لافروف').join(' '))).some((e) => e.key === 'Q80137'), 'by a spelling of a mention');
  });

  withStore('a person named by one common word is kept in its article but linked to no entity', async (s) => {
    const items = sampleItems().slice(0, 1);
    const article = (items[0].result as { article: { entities: Array<{ name: string; type: string; wikidata: string | null; mentions: Array<{ text: string; start: number; end: number }> }> } }).article;
    article.entities.push({ name: 'محمد', type: 'PER', wikidata: null, mentions: [{ text: 'محمد', start: 0, end: 4 }] });
    const { articleIds } = await s.ingestBatch(items);
    assert.equal(await s.getEntity('PER:محمد'), null);
    assert.ok((await s.getArticle(articleIds[0]))!.entities.some((e) => e.name === 'محمد'), 'the article keeps the mention');
    assert.ok(await s.getEntity('Q80137'), 'the other entities are linked');
  });

  withStore('stories: replace all, list with filters and pages, save one (new or updated), story of each article', async (s) => {
    const { articleIds: ids } = await s.ingestBatch(sampleItems());
    const files = new Map((await Promise.all(ids.map((id) => s.getArticle(id)))).map((a) => [a!.file.slice(9, 12), a!.id]));
    const story = (title: string, importance: number, last: string, members: string[]) => ({ title, importance, first: '2023-10-19', last, detail: { reasons: title }, articles: members.map((f, i) => ({ id: files.get(f)!, duplicateOf: i > 0 && f === '004' ? files.get('000')! : null })) });
    await s.replaceStories([story('أ', 80, '2023-10-20', ['000', '004']), story('ب', 60, '2024-01-15', ['002']), story('ج', 70, '2024-06-16', ['001', '003'])]);
    const listed = await s.listStories();
    assert.deepEqual(listed.map((x) => x.title), ['أ', 'ج', 'ب'], 'most important first');
    assert.deepEqual(listed[0].articles.map((a) => a.duplicateOf === null), [true, false], 'copies marked');
    assert.deepEqual((await s.listStories({ limit: 1, offset: 1 })).map((x) => x.title), ['ج']);
    assert.deepEqual((await s.listStories({ since: '2024-01-01' })).map((x) => x.title), ['ج', 'ب']);
    assert.deepEqual((await s.listStories({ source: 'فرانس 24' })).map((x) => x.title), ['أ']);
    assert.deepEqual((await s.listStories({ entityKey: (await s.getEntity('Q80137'))!.key })).length, 3);
    const of = await s.storyIdsOf([files.get('000')!, files.get('002')!]);
    assert.equal(of.get(files.get('000')!), listed[0].id);
    // Saving story ب with page 003 takes 003 out of story ج.
    const b = listed.find((x) => x.title === 'ب')!;
    await s.saveStory({ ...b, id: b.id, title: 'ب٢', articles: [...b.articles, { id: files.get('003')!, duplicateOf: null }] });
    assert.deepEqual((await s.getStory(b.id))?.articles.map((a) => a.file.slice(9, 12)), ['002', '003']);
    assert.deepEqual((await s.getStory(listed.find((x) => x.title === 'ج')!.id))?.articles.map((a) => a.file.slice(9, 12)), ['001']);
    const fresh = await s.saveStory({ title: 'د', importance: 10, first: null, last: null, detail: {}, articles: [{ id: files.get('001')!, duplicateOf: null }] });
    assert.equal((await s.storyIdsOf([files.get('001')!])).get(files.get('001')!), fresh);
    // Story ج lost its last article to د (a merge): it is gone, not left empty.
    assert.equal(await s.getStory(listed.find((x) => x.title === 'ج')!.id), null);
    assert.deepEqual((await s.listStories()).map((x) => x.title).sort(), ['أ', 'ب٢', 'د']);
    await assert.rejects(s.saveStory({ id: 999999, title: 'x', importance: 1, first: null, last: null, detail: {}, articles: [] }), /no story #999999/);
    assert.equal(await s.getStory(999999), null);
  });

  withStore('search facets count the matches by outlet, month, entity and story; raw documents by digest', async (s) => {
    const items = sampleItems();
    const { articleIds } = await s.ingestBatch(items);
    await s.replaceStories([{ title: 'كل شيء', importance: 1, first: null, last: null, detail: {}, articles: articleIds.map((id) => ({ id, duplicateOf: null })) }]);
    const f = await s.searchFacets(parseQuery('لافروف'));
    assert.equal(f.total, 5);
    assert.deepEqual(f.months.map((m) => m.value), [...f.months.map((m) => m.value)].sort().reverse());
    assert.ok(f.sources.some((x) => x.value === 'فرانس 24' && x.count === 1));
    assert.equal(f.entities[0].count, 5);
    assert.equal(f.entities.find((e) => e.key === 'Q80137')?.count, 5);
    assert.deepEqual(f.stories.map((x) => x.count), [5]);
    assert.equal((await s.searchFacets(parseQuery('لافروف'), { source: 'فرانس 24' })).total, 1);
    assert.deepEqual(await s.searchFacets(parseQuery('')), { total: 0, sources: [], months: [], entities: [], stories: [] });
    const raw = await s.rawDocument(items[2].raw.sha256);
    assert.deepEqual(Buffer.from(raw!.bytes), Buffer.from(items[2].raw.bytes));
    assert.equal(await s.rawDocument('0'.repeat(64)), null);
  });

  withStore('search pages with offsets: no article twice', async (s) => {
    await s.ingestBatch(sampleItems());
    const all = (await s.search(parseQuery('لافروف'), { limit: 10 })).map((h) => h.id);
    const paged = [...(await s.search(parseQuery('لافروف'), { limit: 2 })), ...(await s.search(parseQuery('لافروف'), { limit: 2, offset: 2 })), ...(await s.search(parseQuery('لافروف'), { limit: 2, offset: 4 }))].map((h) => h.id);
    assert.deepEqual(paged, all);
  });
}
