/**
 * The web UI and the feeds, in-process over a real SQLite store: every page is Arabic and right to left,
 * scraped markup shows as text, feeds are valid Atom.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseAtomFeed } from 'feedsmith';
import { createServer } from '../../src/server.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { ingest } from '../../src/pipeline.ts';
import { recluster } from '../../src/pipeline.ts';
import { HOSTILE_PAGE } from './hostile-page.ts';

let store: Store;
let app: ReturnType<typeof createServer>;
let hostileId = 0;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-web-'));
  const page = join(dir, 'hostile.txt');
  (await import('node:fs')).writeFileSync(page, HOSTILE_PAGE);
  // A person named by one common word («محمد» alone): kept in the article, linked to no entity.
  (await import('node:fs')).writeFileSync(join(dir, 'ambiguous.txt'), 'افتتاح معرض الكتاب في الرياض\n\nافتتح معرض الكتاب أبوابه أمس في الرياض بحضور عدد من الكتاب والناشرين من مختلف الدول العربية.\n\nوقال محمد إن المعرض يضم أكثر من خمسمائة دار نشر هذا العام، وإن الإقبال كان كبيرا منذ الساعات الأولى.\n');
  store = await openStore(join(dir, 'w.db'));
  const r = await ingest(['examples', join(dir, 'ambiguous.txt'), page], store, { workers: 0 });
  await recluster(store);
  hostileId = r.articleIds[r.articleIds.length - 1];
  app = createServer(store, { token: 't' });
});
after(async () => { await store.close(); });

const get = async (path: string) => { const r = await app.request(path); return { status: r.status, headers: r.headers, text: await r.text() }; };

test('every page is an Arabic, right-to-left document with the search box and a strict CSP', async () => {
  const story = (await store.listStories({ limit: 1 }))[0];
  const entity = (await store.listEntities({ limit: 1 }))[0];
  for (const path of ['/', `/stories/${story.id}`, `/articles/${story.articles[0].id}`, `/entities/${entity.id}`, `/search?q=${encodeURIComponent('لافروف')}`]) {
    const r = await get(path);
    assert.equal(r.status, 200, path);
    assert.match(r.text, /<html lang="ar" dir="rtl">/, path);
    assert.match(r.text, /<form class="search" action="\/search"/, path);
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.doesNotMatch(r.text, /https?:\/\/fonts\./, 'no external font requests');
  }
});

test('home lists the stories with outlets, gist and entities; filters narrow them', async () => {
  const home = await get('/');
  const stories = await store.listStories();
  for (const s of stories) assert.ok(home.text.includes(`href="/stories/${s.id}"`));
  assert.match(home.text, /(مقال واحد|مقالان|\d+ (مقالات|مقالًا|مقال)) من (مصدر واحد|مصدرين|\d+ (مصادر|مصدرًا|مصدر))/);
  const filtered = await get(`/?source=${encodeURIComponent('فرانس 24')}`);
  assert.equal((filtered.text.match(/class="story-card"/g) ?? []).length, 1);
  const none = await get(`/?entity=${encodeURIComponent('لا أحد هنا أبدا')}`);
  assert.match(none.text, /لا كيان باسم/);
});

test('scraped markup is shown as text, never as markup', async () => {
  const r = await get(`/articles/${hostileId}`);
  assert.equal(r.status, 200);
  assert.doesNotMatch(r.text, /<script>document/);
  assert.doesNotMatch(r.text, /<img src=x/);
  assert.doesNotMatch(r.text, /<a href="javascript:/);
  assert.match(r.text, /&lt;script&gt;document\.title=&quot;pwned&quot;&lt;\/script&gt;|&lt;script&gt;document.title=/);
  assert.match(r.text, /&lt;img src=x onerror=/);
  const search = await get(`/search?q=${encodeURIComponent('الزراعة')}`);
  assert.doesNotMatch(search.text, /<img src=x/);
  // In Atom, text constructs without type="html" are plain text (here in CDATA): readers show them as text.
  const feed = await get(`/feeds/search.atom?q=${encodeURIComponent('الزراعة')}`);
  assert.doesNotMatch(feed.text, /type="(html|xhtml)"/);
  assert.match(parseAtomFeed(feed.text).entries?.[0]?.title?.value ?? '', /<script>/);
});

test('article page marks entities and dates, keeps related items apart, explains dropped blocks', async () => {
  const a = (await store.listArticles({ limit: 50 })).find((x) => x.file.includes('004_'))!;
  const r = await get(`/articles/${a.id}`);
  assert.match(r.text, /<mark class="ent PER" title="سيرغي لافروف \(Q80137\)">/);
  assert.match(r.text, /<time class="expr" datetime="2023-10-19"/);
  assert.match(r.text, /مواد ذات صلة/);
  assert.match(r.text, /ما حذفه الاستخراج ولماذا \([1-9]\d*\)/);
  const withEmbeds = (await store.listArticles({ limit: 50 })).find((x) => x.file.includes('000_'))!;
  assert.equal(((await get(`/articles/${withEmbeds.id}`)).text.match(/<blockquote class="embed" dir="ltr"/g) ?? []).length, 3);
});

test('a person named by one common word is marked in the article without a link, and has no entity of the archive', async () => {
  const a = (await store.listArticles({ limit: 50 })).find((x) => x.file.endsWith('ambiguous.txt'))!;
  const r = await get(`/articles/${a.id}`);
  assert.match(r.text, /<mark class="ent PER" title="محمد">محمد<\/mark>/);
  assert.match(r.text, /<li><span class="PER">محمد/);
  assert.match(r.text, /<mark class="ent LOC" title="[^"]*"><a href="\/entity\?name=/, 'other entities keep their links');
  assert.equal(await store.getEntity('PER:محمد'), null);
});

test('story page: summary linked to articles, SVG timeline right to left, coverage, entities', async () => {
  const s = (await store.listStories()).find((x) => x.articles.length === 2 && x.articles.some((a) => a.file.includes('004_')))!;
  const r = await get(`/stories/${s.id}`);
  assert.match(r.text, /<ol class="summary"><li>[^<]+<a class="muted" href="\/articles\/\d+">/);
  const circles = [...r.text.matchAll(/<circle class="point" cx="([\d.]+)"[^>]*><title>([^<]+)<\/title>/g)];
  assert.ok(circles.length >= 3);
  // The earliest event is at the right: x decreases as dates increase.
  const byDate = circles.map((m) => ({ x: Number(m[1]), title: m[2] }));
  const first = byDate.find((c) => c.title.includes('سبتمبر'));
  const last = byDate.find((c) => c.title.includes('19 أكتوبر'));
  assert.ok(first && last && first.x > last.x, 'September right of October');
  assert.match(r.text, /<h2>التغطية<\/h2>/);
  assert.match(r.text, /\(الأسبق\)/);
  assert.equal((await get('/stories/99999')).status, 404);
});

test('entity page: spellings, mentions chart, stories, co-occurring; a name resolves in any spelling', async () => {
  const redirect = await app.request(`/entity?name=${encodeURIComponent('لافروف')}`);
  assert.equal(redirect.status, 302);
  const r = await get(redirect.headers.get('location')!);
  assert.match(r.text, /<h1>سيرغي لافروف<\/h1>/);
  assert.match(r.text, /<rect class="bar"/);
  assert.match(r.text, /href="\/stories\/\d+"/);
  assert.match(r.text, /يَرِد مع/);
});

test('search shows the folded query, marked snippets and facets', async () => {
  const r = await get(`/search?q=${encodeURIComponent('بيونج يانج')}`);
  assert.match(r.text, /class="folded">[^<]*يونغ يانغ/);
  assert.match(r.text, /<mark>/);
  assert.match(r.text, /<h2>المصدر<\/h2><ul><li>/);
  assert.equal((await get('/search?q=x&from=yesterday')).status, 400);
});

test('Atom feeds parse and link back to the UI', async () => {
  const stories = parseAtomFeed((await get('/feeds/stories.atom')).text);
  assert.equal(stories.entries?.length, (await store.listStories()).length);
  assert.ok(stories.entries?.every((e) => /\/stories\/\d+$/.test(e.links?.[0]?.href ?? '')));
  const entity = (await store.listEntities({ limit: 1 }))[0];
  const ef = await get(`/feeds/entities/${entity.id}.atom`);
  assert.match(ef.headers.get('content-type') ?? '', /atom\+xml/);
  assert.ok((parseAtomFeed(ef.text).entries?.length ?? 0) > 0);
  const sf = parseAtomFeed((await get(`/feeds/search.atom?q=${encodeURIComponent('وونسان')}`)).text);
  assert.equal(sf.entries?.length, 2);
  assert.equal((await get('/feeds/entities/99999.atom')).status, 404);
});

test('static files: the stylesheet and the Arabic font, nothing else', async () => {
  assert.equal((await get('/static/marsad.css')).status, 200);
  const font = await app.request('/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2');
  assert.equal(font.status, 200);
  assert.equal(font.headers.get('content-type'), 'font/woff2');
  assert.equal((await get('/static/fonts/..%2F..%2Fpackage.json')).status, 404);
  assert.equal((await get('/nowhere')).status, 404);
});
