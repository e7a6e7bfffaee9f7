/**
 * The web UI's pages (UI.md): server-rendered HTML, Arabic, right to left, working without JavaScript.
 * Every page reads through the Store and the read-side helpers, as the API does.
 */
import { Hono } from 'hono';
import { createExtractor } from '../extract/index.ts';
import type { Article } from '../model.ts';
import { articlesOf, entityTimeline, resolveEntity, storyArticles, storyTimeline } from '../read.ts';
import { describeQuery, parseQuery, storyDetail as detailOf, type SearchOptions, type Store, type StoredStory } from '../store/index.ts';
import type { TimelineEvent } from '../stories/timeline.ts';
import { counted, isAmbiguousPerson, normalize, NOUNS } from '../text/index.ts';
import { mentionsChart, timelineChart } from './charts.ts';
import { age, arabicDate, dirOf, entityChips, html, page, raw, type Html } from './layout.ts';

const PAGE_SIZE = 20;
/** Blocks that extraction keeps: the rest are shown as "dropped, and why" for people tuning Marsad. */
const KEPT_ROLES = new Set(['title', 'body', 'subheading']);



/** Periods of the home page, counted back from the newest story (an archive's "today" is its latest day). */
const PERIODS: Record<string, { label: string; days: number | null }> = {
  all: { label: 'الكل', days: null }, day: { label: 'آخر يوم في الأرشيف', days: 1 }, week: { label: 'آخر 7 أيام', days: 7 },
};

function pager(base: string, params: URLSearchParams, offset: number, got: number): Html {
  const link = (o: number) => { const p = new URLSearchParams(params); if (o > 0) p.set('offset', String(o)); else p.delete('offset'); const q = p.toString(); return `${base}${q ? `?${q}` : ''}`; };
  return html`<nav class="pager" aria-label="الصفحات">${offset > 0 ? html`<a href="${link(Math.max(0, offset - PAGE_SIZE))}" rel="prev">→ السابق</a>` : html`<span></span>`}${got >= PAGE_SIZE ? html`<a href="${link(offset + PAGE_SIZE)}" rel="next">التالي ←</a>` : ''}</nav>`;
}

function offsetOf(value: string | undefined): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

function storyCard(s: StoredStory): Html {
  const d = detailOf(s);
  const copies = s.articles.filter((a) => a.duplicateOf !== null).length;
  return html`<article class="story-card">
  <h2><a href="/stories/${s.id}">${s.title}</a></h2>
  ${d.summary?.[0] ? html`<p class="gist">${d.summary[0].sentence}</p>` : ''}
  <p class="meta">${counted(s.articles.length - copies, NOUNS.article)} من ${counted(d.outlets?.length ?? 0, NOUNS.outlet)}${copies ? ` و${counted(copies, NOUNS.identicalCopy)}` : ''}${s.first ? html` · أول ظهور <time datetime="${s.first}" title="${arabicDate(s.first)}">${age(s.first)}</time>` : ''}${s.last && s.last !== s.first ? html` · آخر ظهور <time datetime="${s.last}" title="${arabicDate(s.last)}">${age(s.last)}</time>` : ''} · <span title="${d.reasons ?? ''}">الأهمية ${s.importance}%</span></p>
  <ul class="outlets" aria-label="المصادر">${(d.outlets ?? []).slice(0, 6).map((o) => html`<li><a href="/?source=${encodeURIComponent(o.source)}">${o.source}</a> <span class="muted">${o.articles}</span></li>`)}</ul>
  ${entityChips((d.entities ?? []).slice(0, 5))}
</article>`;
}

function eventList(events: TimelineEvent[]): Html {
  if (events.length === 0) return html`<p class="muted">لا أحداث مؤرخة.</p>`;
  return html`<ol class="events">${events.map((e) => html`<li><time datetime="${e.value}" title="«${e.text}»">${arabicDate(e.value)}</time> ${e.sentence} <span class="muted">— <a href="/articles/${e.articleId}">${e.source ?? e.title}</a></span></li>`)}</ol>`;
}

/** The body of an article with entity mentions and time expressions marked (offsets into the body joined by \n). */
function markedBody(a: Article): Html {
  type Span = { start: number; end: number; kind: 'ent' | 'time'; label: string; href?: string; type?: string; value?: string };
  const spans: Span[] = [
    ...a.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'ent' as const, label: `${e.name}${e.wikidata ? ` (${e.wikidata})` : ''}`, type: e.type, href: isAmbiguousPerson(e) ? undefined : `/entity?name=${encodeURIComponent(e.name)}` }))),
    ...a.temporal.map((t) => ({ start: t.start, end: t.end, kind: 'time' as const, label: arabicDate(t.value) || t.value, value: t.value })),
  ].sort((x, y) => x.start - y.start || y.end - x.end);
  let offset = 0;
  return html`${a.body.map((block) => {
    const start = offset;
    const end = start + block.text.length;
    offset = end + 1;
    const pieces: Html[] = [];
    let at = start;
    for (const s of spans) {
      if (s.start < at || s.end > end) continue; // outside this block, or overlapping one already marked
      pieces.push(html`${block.text.slice(at - start, s.start - start)}`);
      const words = block.text.slice(s.start - start, s.end - start);
      pieces.push(s.kind === 'ent'
        ? (s.href ? html`<mark class="ent ${s.type}" title="${s.label}"><a href="${s.href}">${words}</a></mark>` : html`<mark class="ent ${s.type}" title="${s.label}">${words}</mark>`)
        : html`<time class="expr" datetime="${s.value}" title="${s.label}">${words}</time>`);
      at = s.end;
    }
    pieces.push(html`${block.text.slice(at - start)}`);
    return block.type === 'h' ? html`<h2>${pieces}</h2>` : html`<p>${pieces}</p>`;
  })}`;
}

export function createWeb(store: Store) {
  const app = new Hono();
  const extractor = createExtractor();

  app.get('/', async (c) => {
    const period = PERIODS[c.req.query('period') ?? 'all'] ? c.req.query('period') ?? 'all' : 'all';
    const source = c.req.query('source')?.trim() || undefined;
    const entityName = c.req.query('entity')?.trim() || undefined;
    const offset = offsetOf(c.req.query('offset'));
    const entity = entityName ? await resolveEntity(store, entityName) : null;
    let since: string | undefined;
    const days = PERIODS[period].days;
    if (days) {
      const newest = (await store.listStories({ limit: 1 }))[0];
      const latest = [newest?.last].concat((await store.listArticles({ limit: 1 })).map((a) => a.published?.slice(0, 10) ?? null)).filter(Boolean).sort().pop();
      if (latest) since = new Date(Date.parse(latest) - (days - 1) * 86400000).toISOString().slice(0, 10);
    }
    const stories = entityName && !entity ? [] : await store.listStories({ limit: PAGE_SIZE, offset, since, source, entityKey: entity?.key });
    const params = new URLSearchParams(Object.entries({ period: period === 'all' ? '' : period, source: source ?? '', entity: entityName ?? '' }).filter(([, v]) => v));
    return c.html(page('أهم القصص', html`
<h1>أهم القصص</h1>
<form class="filters" method="get" action="/" aria-label="تصفية القصص">
  <label>الفترة <select name="period">${Object.entries(PERIODS).map(([k, p]) => html`<option value="${k}"${raw(k === period ? ' selected' : '')}>${p.label}</option>`)}</select></label>
  <label>المصدر <input name="source" value="${source ?? ''}" placeholder="مثلاً: فرانس 24"></label>
  <label>الكيان <input name="entity" value="${entityName ?? ''}" placeholder="شخص، مكان، جهة"></label>
  <button type="submit">تصفية</button>
</form>
${entityName && !entity ? html`<p>لا كيان باسم «${entityName}» في الأرشيف.</p>` : ''}
${stories.length === 0 ? html`<p class="muted">لا قصص${offset ? ' في هذه الصفحة' : ''}. ${offset ? '' : 'استورد صفحات بالأمر marsad ingest.'}</p>` : html`<div class="stories">${stories.map(storyCard)}</div>`}
${pager('/', params, offset, stories.length)}`, { feed: { href: '/feeds/stories.atom', title: 'أهم القصص' } }));
  });

  app.get('/stories/:id{[0-9]+}', async (c) => {
    const story = await store.getStory(Number(c.req.param('id')));
    if (!story) return c.html(page('غير موجودة', html`<h1>لا توجد هذه القصة</h1><p><a href="/">العودة إلى القصص</a></p>`), 404);
    const d = detailOf(story);
    const articles = await storyArticles(store, story);
    const events = await storyTimeline(store, story, articles);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const canonical = story.articles.filter((a) => a.duplicateOf === null);
    const copiesOf = (id: number) => story.articles.filter((a) => a.duplicateOf === id);
    const firstBy = new Map<string, string>();
    for (const a of story.articles) if (a.source && a.published && (!firstBy.has(a.source) || a.published < firstBy.get(a.source)!)) firstBy.set(a.source, a.published);
    const earliest = [...firstBy].sort((x, y) => x[1].localeCompare(y[1]))[0]?.[0];
    const quotes = articles.flatMap((a) => a.quotes.filter((q) => q.speaker).map((q) => ({ ...q, articleId: a.id, source: a.source })));
    return c.html(page(story.title, html`
<h1>${story.title}</h1>
<p class="meta"><span class="importance">الأهمية ${story.importance}%</span> ${d.reasons ?? ''} · ${arabicDate(story.first)}${story.last !== story.first ? html` – ${arabicDate(story.last)}` : ''}</p>
<div class="layout"><div>
<h2>الملخص</h2>
<ol class="summary">${(d.summary ?? []).map((s) => html`<li>${s.sentence} <a class="muted" href="/articles/${s.articleId}">[${byId.get(s.articleId)?.source ?? 'المقال'}]</a></li>`)}</ol>
<h2>الخط الزمني</h2>
${timelineChart(events)}
${eventList(events)}
<h2>المقالات</h2>
<ul>${canonical.map((a) => {
      const copies = copiesOf(a.id);
      return html`<li><a href="/articles/${a.id}">${a.title}</a> <span class="muted">— ${a.source ?? 'مصدر غير معروف'}، ${arabicDate(a.published)}</span>${copies.length ? html`<details><summary>و${counted(copies.length, NOUNS.identicalCopy)}</summary><ul>${copies.map((x) => html`<li><a href="/articles/${x.id}">${x.title}</a> <span class="muted">— ${x.source ?? ''}</span></li>`)}</ul></details>` : ''}</li>`;
    })}</ul>
${quotes.length ? html`<h2>من قال ماذا</h2><ul>${quotes.slice(0, 20).map((q) => html`<li><strong>${q.speaker}</strong>: «${q.text.length > 300 ? q.text.slice(0, 300) + '…' : q.text}» <a class="muted" href="/articles/${q.articleId}">[${q.source ?? 'المقال'}]</a></li>`)}</ul>` : ''}
</div><aside class="side">
<h2>التغطية</h2>
<table><thead><tr><th scope="col">المصدر</th><th scope="col">مقالات</th></tr></thead><tbody>${(d.outlets ?? []).map((o) => html`<tr><td><a href="/search?q=${encodeURIComponent(story.title.split(/\s+/).slice(0, 3).join(' '))}&source=${encodeURIComponent(o.source)}">${o.source}</a>${o.source === earliest ? html` <span class="muted">(الأسبق)</span>` : ''}</td><td>${o.articles}</td></tr>`)}</tbody></table>
<h2>الكيانات</h2>
${entityChips(d.entities ?? [])}
<p class="muted"><a href="/api/v1/stories/${story.id}">JSON</a></p>
</aside></div>`));
  });

  app.get('/articles/:id{[0-9]+}', async (c) => {
    const id = Number(c.req.param('id'));
    const a = await store.getArticle(id);
    if (!a) return c.html(page('غير موجود', html`<h1>لا يوجد هذا المقال</h1><p><a href="/">العودة إلى القصص</a></p>`), 404);
    const storyId = (await store.storyIdsOf([id])).get(id);
    const story = storyId ? await store.getStory(storyId) : null;
    const raw = await store.rawDocument(a.rawSha256);
    const dropped = raw ? extractor.extractDetailed({ origin: raw.origin, bytes: raw.bytes, mediaType: raw.mediaType, hints: raw.hints ?? undefined }).blocks.filter((b) => !KEPT_ROLES.has(b.role) && b.role !== 'empty') : [];
    return c.html(page(a.title, html`
<article class="text">
<h1 dir="${dirOf(a.title)}">${a.title}</h1>
<p class="meta">${a.source ?? 'مصدر غير معروف'}${a.published ? html` · <time datetime="${a.published}">${arabicDate(a.published)}</time>` : ''}${a.url ? html` · <a href="${/^https?:\/\//.test(a.url) ? a.url : '#'}" rel="noopener noreferrer nofollow" dir="ltr">المصدر الأصلي</a>` : ''}${story ? html` · في قصة: <a href="/stories/${story.id}">${story.title}</a>` : ''}</p>
${markedBody(a)}
${a.embeds.map((e) => html`<blockquote class="embed" dir="${dirOf(e.text)}" lang="${dirOf(e.text) === 'ltr' ? 'en' : 'ar'}"><p>${e.text}</p><footer>${e.author ?? ''} ${e.handle ? html`<span dir="ltr">${e.handle}</span>` : ''} ${e.date ?? ''} ${e.url && /^https?:\/\//.test(e.url) ? html`<a href="${e.url}" rel="noopener noreferrer nofollow">${e.platform ?? 'الرابط'}</a>` : e.platform ?? ''}</footer></blockquote>`)}
</article>
${a.tags.length ? html`<p class="meta">الوسوم: ${a.tags.join('، ')}</p>` : ''}
${a.related.length ? html`<section><h2>مواد ذات صلة (ليست من المقال)</h2><ul>${a.related.map((r) => html`<li>${r.url && /^https?:\/\//.test(r.url) ? html`<a href="${r.url}" rel="noopener noreferrer nofollow">${r.title}</a>` : r.title} <span class="muted">${r.source ?? ''} ${r.published ? arabicDate(r.published) : ''}</span></li>`)}</ul></section>` : ''}
${a.entities.length ? html`<section><h2>الكيانات</h2>${entityChips(a.entities.map((e) => ({ name: e.name, type: e.type, articles: e.mentions.length, linked: !isAmbiguousPerson(e) })))}</section>` : ''}
<details><summary>ما حذفه الاستخراج ولماذا (${dropped.length})</summary>
<table class="dropped"><thead><tr><th scope="col">الدور</th><th scope="col">السبب</th><th scope="col">النص</th></tr></thead><tbody>${dropped.map((b) => html`<tr><td>${b.role}</td><td dir="ltr">${b.reason}</td><td>${b.text.length > 160 ? b.text.slice(0, 160) + '…' : b.text}</td></tr>`)}</tbody></table>
</details>
<p class="muted">الملف: <span dir="ltr">${a.file}</span> · <a href="/api/v1/articles/${a.id}">JSON</a></p>`));
  });

  app.get('/entity', async (c) => {
    const name = c.req.query('name') ?? '';
    const e = name ? await resolveEntity(store, name) : null;
    if (!e) return c.html(page('غير موجود', html`<h1>لا كيان باسم «${name}»</h1><p><a href="/search?q=${encodeURIComponent(name)}">ابحث عنه في النصوص</a></p>`), 404);
    return c.redirect(`/entities/${e.id}`);
  });

  app.get('/entities/:id{[0-9]+}', async (c) => {
    const e = await store.getEntity(Number(c.req.param('id')));
    if (!e) return c.html(page('غير موجود', html`<h1>لا يوجد هذا الكيان</h1>`), 404);
    const events = await entityTimeline(store, e);
    // His own words: quotes whose speaker is the entity, named by its name or a spelling; not those of one who
    // speaks for or of him («المتحدث باسم الرئيس فلاديمير بوتين», «محامي مرسي»), whose speaker only contains it.
    const names = new Set([e.name, ...e.spellings.map((s) => s.text)].map(normalize));
    const quoted = (await articlesOf(store, e.articleRefs.slice(0, 50).map((r) => r.id))).flatMap((a) => a.quotes.filter((q) => q.speaker && names.has(normalize(q.speaker))).map((q) => ({ ...q, articleId: a.id, source: a.source })));
    const typeName = { PER: 'شخص', LOC: 'مكان', ORG: 'جهة' }[e.type];
    return c.html(page(e.name, html`
<h1>${e.name}</h1>
<p class="meta">${typeName} · ${counted(e.articles, NOUNS.article)} · ${counted(e.mentions, NOUNS.mention)}${e.wikidata ? html` · <a href="https://www.wikidata.org/wiki/${e.wikidata}" rel="noopener noreferrer" dir="ltr">${e.wikidata}</a>` : ''} · <a href="/feeds/entities/${e.id}.atom">موجز Atom</a></p>
<p>الصيغ المرصودة: ${e.spellings.map((s, i) => html`${i ? '، ' : ''}«${s.text}» <span class="muted">(${s.count})</span>`)}</p>
<div class="layout"><div>
<h2>الذكر عبر الزمن</h2>
${mentionsChart(e.byDay)}
<h2>القصص</h2>
<ul>${e.stories.map((s) => html`<li><a href="/stories/${s.id}">${s.title}</a> <span class="muted">${counted(s.articles, NOUNS.article)}</span></li>`)}</ul>
${quoted.length ? html`<h2>أقواله</h2><ul>${quoted.slice(0, 15).map((q) => html`<li>«${q.text.length > 300 ? q.text.slice(0, 300) + '…' : q.text}» <a class="muted" href="/articles/${q.articleId}">[${q.source ?? 'المقال'}]</a></li>`)}</ul>` : ''}
<h2>الخط الزمني</h2>
${eventList(events.slice(0, 60))}
</div><aside class="side">
<h2>يَرِد مع</h2>
${entityChips(e.cooccurring.map((x) => ({ id: x.id, name: x.name, type: x.type, articles: x.articles })))}
<h2>أحدث المقالات</h2>
<ul>${e.articleRefs.slice(0, 15).map((r) => html`<li><a href="/articles/${r.id}">${r.title}</a> <span class="muted">${r.source ?? ''} ${arabicDate(r.published)}</span></li>`)}</ul>
</aside></div>`, { feed: { href: `/feeds/entities/${e.id}.atom`, title: e.name } }));
  });

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    const offset = offsetOf(c.req.query('offset'));
    const filters: SearchOptions = { source: c.req.query('source') || undefined, from: c.req.query('from') || undefined, to: c.req.query('to') || undefined };
    const entityName = c.req.query('entity') || undefined;
    const entity = entityName ? await resolveEntity(store, entityName) : null;
    if (entity) filters.entityKey = entity.key;
    const badDate = [filters.from, filters.to].find((d) => d && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d));
    const query = parseQuery(q);
    const params = new URLSearchParams(Object.entries({ q, source: filters.source ?? '', from: filters.from ?? '', to: filters.to ?? '', entity: entityName ?? '' }).filter(([, v]) => v));
    const withParams = (set: Record<string, string>) => { const p = new URLSearchParams(params); for (const [k, v] of Object.entries(set)) p.set(k, v); p.delete('offset'); return `/search?${p}`; };
    if (!q || badDate || (entityName && !entity)) {
      return c.html(page('بحث', html`<h1>بحث</h1>${badDate ? html`<p>التاريخ «${badDate}» ليس على الصيغة YYYY-MM-DD.</p>` : ''}${entityName && !entity ? html`<p>لا كيان باسم «${entityName}».</p>` : ''}<p class="muted">اكتب كلمات أو «عبارة بين علامتي تنصيص» أو OR بين بديلين أو -كلمة لاستبعادها. تُطابَق الصيغ المختلفة للكلمة والاسم: «بيونج يانج» تجد «بيونغ يانغ».</p>`, { query: q }), badDate ? 400 : 200);
    }
    const [shown, facets] = await Promise.all([store.search(query, { ...filters, limit: PAGE_SIZE, offset }), store.searchFacets(query, filters)]);
    return c.html(page(`بحث: ${q}`, html`
<h1>نتائج «${q}»</h1>
<p class="meta">الصيغة المطوية للاستعلام: <span class="folded">${describeQuery(query) || '—'}</span> — هكذا تُطابَق الكلمات بصرف النظر عن التشكيل والهمزات والسوابق واللواحق وصيغ الأسماء. ${facets.total >= 2000 ? 'أكثر من 2000' : facets.total} نتيجة. <a href="/feeds/search.atom?q=${encodeURIComponent(q)}">موجز Atom</a></p>
<div class="layout"><div>
<ol class="hits">${shown.map((h) => html`<li><h3><a href="/articles/${h.id}">${h.title}</a></h3><p>${raw(h.snippet)}</p><p class="meta">${h.source ?? ''} · ${arabicDate(h.published)}</p></li>`)}</ol>
${shown.length === 0 ? html`<p>لا نتائج.</p>` : ''}
${pager('/search', params, offset, shown.length)}
</div><aside class="side facets">
<h2>المصدر</h2><ul>${facets.sources.map((f) => html`<li><a href="${withParams({ source: f.value })}">${f.value}</a> <span class="muted">${f.count}</span></li>`)}</ul>
<h2>التاريخ</h2><ul>${facets.months.map((f) => html`<li><a href="${withParams({ from: `${f.value}-01`, to: `${f.value}-31` })}">${arabicDate(f.value)}</a> <span class="muted">${f.count}</span></li>`)}</ul>
<h2>الكيان</h2><ul>${facets.entities.map((f) => html`<li><a href="${withParams({ entity: f.name })}">${f.name}</a> <span class="muted">${f.count}</span></li>`)}</ul>
<h2>القصة</h2><ul>${facets.stories.map((f) => html`<li><a href="/stories/${f.id}">${f.title}</a> <span class="muted">${f.count}</span></li>`)}</ul>
</aside></div>`, { query: q, feed: { href: `/feeds/search.atom?q=${encodeURIComponent(q)}`, title: `بحث: ${q}` } }));
  });

  return app;
}
