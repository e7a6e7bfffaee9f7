/**
 * Atom feeds (feedsmith): top stories, an entity's articles, a search's newest matches. Entry text is plain text;
 * feedsmith escapes it.
 */
import { Hono } from 'hono';
import { generateAtomFeed } from 'feedsmith';
import { parseQuery, snippetText, storyDetail, type Store } from '../store/index.ts';

const FEED_ENTRIES = 30;
const ATOM = 'application/atom+xml; charset=utf-8';

/** A feed date: the stored one when it parses, else the epoch (Atom requires one). */
const when = (value: string | null | undefined) => { const t = Date.parse(value ?? ''); return new Date(Number.isFinite(t) ? t : 0); };

export function createFeeds(store: Store) {
  const app = new Hono();
  const base = (url: string) => new URL(url).origin;

  app.get('/feeds/stories.atom', async (c) => {
    const root = base(c.req.url);
    const stories = await store.listStories({ limit: FEED_ENTRIES });
    const entries = stories.map((s) => {
      const d = storyDetail(s);
      return { id: `${root}/stories/${s.id}`, title: { value: s.title }, updated: when(s.last), links: [{ href: `${root}/stories/${s.id}` }], summary: { value: [d.summary?.[0]?.sentence, d.reasons].filter(Boolean).join(' — ') } };
    });
    return c.body(generateAtomFeed({ id: `${root}/feeds/stories.atom`, title: { value: 'مرصد — أهم القصص' }, updated: entries.reduce((m, e) => (e.updated > m ? e.updated : m), new Date(0)), links: [{ href: `${root}/feeds/stories.atom`, rel: 'self' }, { href: `${root}/` }], entries }), 200, { 'content-type': ATOM });
  });

  app.get('/feeds/entities/:file{[0-9]+\\.atom}', async (c) => {
    const root = base(c.req.url);
    const id = Number(c.req.param('file').replace('.atom', ''));
    const e = await store.getEntity(id);
    if (!e) return c.text(`no entity #${id}`, 404);
    const entries = e.articleRefs.slice(0, FEED_ENTRIES).map((a) => ({ id: `${root}/articles/${a.id}`, title: { value: a.title }, updated: when(a.published), links: [{ href: `${root}/articles/${a.id}` }], summary: { value: `${a.source ?? ''}` } }));
    return c.body(generateAtomFeed({ id: `${root}/feeds/entities/${id}.atom`, title: { value: `مرصد — ${e.name}` }, updated: entries.reduce((m, x) => (x.updated > m ? x.updated : m), new Date(0)), links: [{ href: `${root}/feeds/entities/${id}.atom`, rel: 'self' }, { href: `${root}/entities/${id}` }], entries }), 200, { 'content-type': ATOM });
  });

  app.get('/feeds/search.atom', async (c) => {
    const root = base(c.req.url);
    const q = (c.req.query('q') ?? '').trim();
    if (!q) return c.text('give a query: /feeds/search.atom?q=…', 400);
    const hits = await store.search(parseQuery(q), { limit: FEED_ENTRIES, sort: 'recent' });
    const self = `${root}/feeds/search.atom?q=${encodeURIComponent(q)}`;
    const entries = hits.map((h) => ({ id: `${root}/articles/${h.id}`, title: { value: h.title }, updated: when(h.published), links: [{ href: `${root}/articles/${h.id}` }], summary: { value: snippetText(h.snippet) } }));
    return c.body(generateAtomFeed({ id: self, title: { value: `مرصد — بحث: ${q}` }, updated: entries.reduce((m, x) => (x.updated > m ? x.updated : m), new Date(0)), links: [{ href: self, rel: 'self' }, { href: `${root}/search?q=${encodeURIComponent(q)}` }], entries }), 200, { 'content-type': ATOM });
  });
  return app;
}
