/**
 * The HTTP API (`/api/v1`): hono with @hono/zod-openapi, so that every route's schema both validates its requests
 * and documents it in the OpenAPI 3.1 document at /api/v1/openapi.json. Errors are RFC 9457 problem details.
 * Reads are open; writes (POST /ingest) need the bearer token. The store and the analyzer come from the caller.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { createAnalyzer, derive, rawRecord, updateStories } from '../pipeline.ts';
import { entityTimeline, resolveEntity, storyTimeline } from '../read.ts';
import { describeQuery, parseQuery, storyDetail, type Store, type StoredStory } from '../store/index.ts';
import { Problem, problemResponse, rateLimit, requireToken } from './problems.ts';
import {
  ArticleSchema, EntityDetailSchema, EntitySummarySchema, FacetsSchema, IdParam, PageQuery, ProblemSchema, SearchHitSchema, SearchQuerySchema,
  StoryDetailSchema, StoryFilterQuery, StorySchema, TimelineEventSchema, page,
} from './schemas.ts';

export interface ApiOptions {
  /** The bearer token writes need ($MARSAD_TOKEN); none: writes answer 401. */
  token?: string;
  /** Largest request body accepted, in bytes (a page to ingest). */
  maxBodyBytes?: number;
  /** Requests per client per minute: reads, and writes. */
  readsPerMinute?: number;
  writesPerMinute?: number;
}

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

const problems = { 400: 'invalid request', 404: 'not found', 429: 'too many requests' } as const;
const problemResponses = (...codes: Array<keyof typeof problems | 401 | 413 | 415 | 422>) => Object.fromEntries(codes.map((c) => [c, { description: (problems as Record<number, string>)[c] ?? String(c), content: { 'application/problem+json': { schema: ProblemSchema } } }]));
const json = <T extends z.ZodType>(schema: T, description: string) => ({ 200: { description, content: { 'application/json': { schema } } } });

/** Cursors are opaque to clients: the offset of the next page, base64url-encoded. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}
function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const o = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown }).o;
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch { /* falls through */ }
  throw new Problem(400, `cursor «${cursor.slice(0, 40)}» is not one this API gave`);
}
const nextCursor = (offset: number, got: number, limit: number) => (got < limit ? null : encodeCursor(offset + got));

export function storyView(s: StoredStory) {
  const d = storyDetail(s);
  return { id: s.id, title: s.title, importance: s.importance, first: s.first, last: s.last, reasons: d.reasons ?? '', summary: d.summary ?? [], outlets: d.outlets ?? [], entities: d.entities ?? [], articles: s.articles };
}

async function entityKeyFor(store: Store, name: string | undefined): Promise<string | undefined> {
  if (!name) return undefined;
  const e = await resolveEntity(store, name);
  if (!e) throw new Problem(404, `no entity «${name}» in this archive`);
  return e.key;
}

/**
 * @example const api = createApi(store, { token: process.env.MARSAD_TOKEN }); await api.request('/api/v1/health')
 */
export function createApi(store: Store, options: ApiOptions = {}) {
  const analyzer = createAnalyzer();
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`);
        return problemResponse(c, 400, issues.join('; '), { errors: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
      }
    },
  });
  app.onError((e, c) => {
    if (e instanceof Problem) return problemResponse(c, e.status, e.detail, e.extra);
    if (e instanceof HTTPException && e.status < 500) return problemResponse(c, e.status, e.status === 415 ? `send text/plain, text/html or application/json, not «${c.req.header('content-type') ?? 'no content type'}»` : /json/i.test(e.message) ? `the body is not valid JSON: ${e.message}` : e.message);
    process.stderr.write(`marsad serve: ${c.req.method} ${c.req.path}: ${(e as Error).stack ?? e}\n`);
    return problemResponse(c, 500, 'the server failed on this request; it is logged');
  });
  app.notFound((c) => problemResponse(c, 404, `no such route: ${c.req.method} ${c.req.path}`));

  app.use('/api/v1/*', rateLimit(options.readsPerMinute ?? 600, 60000));

  app.openapi(createRoute({ method: 'get', path: '/api/v1/health', summary: 'Is the server up, and what does it hold', responses: json(z.object({ status: z.literal('ok'), engine: z.string(), articles: z.number().int(), rawDocs: z.number().int(), quarantined: z.number().int(), schemaVersion: z.number().int() }).openapi('Health'), 'up') }),
    async (c) => {
      const s = await store.stats();
      return c.json({ status: 'ok' as const, engine: store.description.split(' ')[0], articles: s.articles, rawDocs: s.rawDocs, quarantined: s.quarantined, schemaVersion: s.schemaVersion }, 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/api/v1/stories', summary: 'Stories, most important first', request: { query: StoryFilterQuery }, responses: { ...json(page(StorySchema, 'StoryPage'), 'a page of stories'), ...problemResponses(400, 404, 429) } }),
    async (c) => {
      const q = c.req.valid('query');
      const offset = decodeCursor(q.cursor);
      const stories = await store.listStories({ limit: q.limit, offset, since: q.since, source: q.source, entityKey: await entityKeyFor(store, q.entity) });
      return c.json({ items: stories.map(storyView), next: nextCursor(offset, stories.length, q.limit) }, 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/api/v1/stories/{id}', summary: 'One story with its timeline', request: { params: IdParam }, responses: { ...json(StoryDetailSchema, 'the story'), ...problemResponses(400, 404, 429) } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const story = await store.getStory(id);
      if (!story) throw new Problem(404, `no story #${id}`);
      return c.json({ ...storyView(story), timeline: await storyTimeline(store, story) }, 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/api/v1/articles/{id}', summary: 'One article: clean text, metadata, entities, dates, quotes', request: { params: IdParam }, responses: { ...json(ArticleSchema, 'the article'), ...problemResponses(400, 404, 429) } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const a = await store.getArticle(id);
      if (!a) throw new Problem(404, `no article #${id}`);
      const story = (await store.storyIdsOf([id])).get(id) ?? null;
      return c.json({ ...a, story }, 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/api/v1/search', summary: 'Arabic-aware full-text search', request: { query: SearchQuerySchema }, responses: { ...json(page(SearchHitSchema, 'SearchPage').extend({ query: z.object({ text: z.string(), folded: z.string() }), facets: FacetsSchema.optional() }), 'matching articles'), ...problemResponses(400, 404, 429) } }),
    async (c) => {
      const q = c.req.valid('query');
      const offset = decodeCursor(q.cursor);
      const query = parseQuery(q.q);
      const filters = { source: q.source, from: q.from, to: q.to, entityKey: await entityKeyFor(store, q.entity) };
      const hits = await store.search(query, { ...filters, limit: q.limit, offset, sort: q.sort });
      const facets = q.facets === 'true' ? await store.searchFacets(query, filters) : undefined;
      return c.json({ query: { text: q.q, folded: describeQuery(query) }, items: hits, next: nextCursor(offset, hits.length, q.limit), ...(facets ? { facets } : {}) }, 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/api/v1/entities', summary: 'Entities by how many articles mention them', request: { query: PageQuery.extend({ type: z.enum(['PER', 'LOC', 'ORG']).optional() }) }, responses: { ...json(page(EntitySummarySchema, 'EntityPage'), 'a page of entities'), ...problemResponses(400, 429) } }),
    async (c) => {
      const q = c.req.valid('query');
      const offset = decodeCursor(q.cursor);
      const items = await store.listEntities({ limit: q.limit, offset, type: q.type });
      return c.json({ items, next: nextCursor(offset, items.length, q.limit) }, 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/api/v1/entities/{id}', summary: 'One entity: spellings, articles, co-occurring entities, mentions by day, timeline', request: { params: IdParam }, responses: { ...json(EntityDetailSchema, 'the entity'), ...problemResponses(400, 404, 429) } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const e = await store.getEntity(id);
      if (!e) throw new Problem(404, `no entity #${id}`);
      return c.json({ ...e, timeline: await entityTimeline(store, e) }, 200);
    });

  app.openapi(createRoute({ method: 'get', path: '/api/v1/timeline', summary: 'Dated events of a story or of an entity', request: { query: z.object({ story: z.coerce.number().int().min(1).optional(), entity: z.string().max(200).optional() }) }, responses: { ...json(z.object({ items: z.array(TimelineEventSchema) }), 'the events, in date order'), ...problemResponses(400, 404, 429) } }),
    async (c) => {
      const q = c.req.valid('query');
      if ((q.story === undefined) === (q.entity === undefined)) throw new Problem(400, 'give one of story=ID or entity=NAME');
      if (q.story !== undefined) {
        const story = await store.getStory(q.story);
        if (!story) throw new Problem(404, `no story #${q.story}`);
        return c.json({ items: await storyTimeline(store, story) }, 200);
      }
      const found = await resolveEntity(store, q.entity!);
      if (!found) throw new Problem(404, `no entity «${q.entity}» in this archive`);
      const detail = await store.getEntity(found.id);
      return c.json({ items: detail ? await entityTimeline(store, detail) : [] }, 200);
    });

  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  app.use('/api/v1/ingest', requireToken(options.token), rateLimit(options.writesPerMinute ?? 60, 60000),
    bodyLimit({ maxSize: maxBody, onError: (c) => problemResponse(c, 413, `the body is larger than ${maxBody} bytes`) }));
  app.openapi(createRoute({
    method: 'post', path: '/api/v1/ingest', summary: 'Store a page (text or HTML) or a JSON article record; it joins a story',
    security: [{ bearer: [] }],
    request: {
      query: z.object({ origin: z.string().max(500).optional().openapi({ description: 'where the page came from (a URL or a name)' }) }),
      body: { required: true, content: { 'text/plain': { schema: z.string() }, 'text/html': { schema: z.string() }, 'application/json': { schema: z.object({ url: z.string().optional(), title: z.string().optional(), source: z.string().optional(), published: z.string().optional(), html: z.string().optional(), text: z.string().optional(), content: z.string().optional() }).loose().openapi('ArticleRecord') } } },
    },
    responses: {
      201: { description: 'stored', content: { 'application/json': { schema: z.object({ id: z.number().int(), story: z.number().int().nullable(), rawSha256: z.string() }) } } },
      200: { description: 'the same bytes were stored before: nothing written', content: { 'application/json': { schema: z.object({ duplicate: z.literal(true), rawSha256: z.string() }) } } },
      ...problemResponses(400, 401, 413, 415, 422, 429),
    },
  }), async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!['text/plain', 'text/html', 'application/json'].includes(type)) throw new Problem(415, `send text/plain, text/html or application/json, not «${type || 'no content type'}»`);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (type === 'application/json') {
      try { JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)); } catch (e) { throw new Problem(400, `the body is not valid JSON: ${(e as Error).message}`); }
    }
    const origin = c.req.query('origin') ?? `api:${new Date().toISOString()}`;
    const raw = rawRecord({ origin, bytes, mediaType: type });
    if ((await store.knownDigests([raw.sha256])).has(raw.sha256)) return c.json({ duplicate: true as const, rawSha256: raw.sha256 }, 200);
    const item = derive(raw, analyzer.analyze);
    const stored = await store.ingestBatch([item]);
    if ('error' in item.result) throw new Problem(422, `${origin}: ${item.result.error} (kept in quarantine)`, { rawSha256: raw.sha256 });
    const id = stored.articleIds[0];
    await store.withStoryLock(() => updateStories(store, [id]));
    return c.json({ id, story: (await store.storyIdsOf([id])).get(id) ?? null, rawSha256: raw.sha256 }, 201);
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/v1/openapi.json', { openapi: '3.1.0', info: { title: 'Marsad API', version: '1', description: 'Arabic news intelligence: stories, articles, entities, timelines, search.' } });
  return app;
}

