/**
 * The shapes the API speaks, as zod schemas: they validate requests and generate the OpenAPI 3.1 document.
 * They follow CLI.md's Article object and the Store's stories and entities.
 */
import { z } from '@hono/zod-openapi';

export const ProblemSchema = z.object({
  type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(), instance: z.string().optional(),
}).openapi('Problem');

const nullableText = z.string().nullable();

export const BodyBlockSchema = z.object({ type: z.enum(['p', 'h']), text: z.string() });
export const MentionSchema = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });
export const EntityRefSchema = z.object({ name: z.string(), type: z.enum(['PER', 'LOC', 'ORG']), wikidata: nullableText, mentions: z.array(MentionSchema) });
export const TimeExpressionSchema = z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), value: z.string() });
export const QuoteSchema = z.object({ speaker: nullableText, text: z.string(), start: z.number().int(), end: z.number().int() });
export const EmbedSchema = z.object({ platform: nullableText, text: z.string(), author: nullableText, handle: nullableText, date: nullableText, url: nullableText });
export const RelatedSchema = z.object({ title: z.string(), body: z.array(z.string()), source: nullableText, published: nullableText }).loose();

export const ArticleSchema = z.object({
  id: z.number().int(),
  file: z.string(), url: nullableText, title: z.string(), published: nullableText, source: nullableText,
  category: nullableText, tags: z.array(z.string()),
  body: z.array(BodyBlockSchema), embeds: z.array(EmbedSchema), related: z.array(RelatedSchema),
  lang: z.string(), temporal: z.array(TimeExpressionSchema), entities: z.array(EntityRefSchema), quotes: z.array(QuoteSchema),
  rawSha256: z.string().openapi({ description: 'SHA-256 of the raw document the article was extracted from' }),
  story: z.number().int().nullable().openapi({ description: 'the story the article belongs to' }),
}).loose().openapi('Article');

export const StoryArticleSchema = z.object({
  id: z.number().int(), title: z.string(), source: nullableText, published: nullableText, url: nullableText, file: z.string(),
  duplicateOf: z.number().int().nullable().openapi({ description: 'the article this one is a near-copy of' }),
});

export const StorySchema = z.object({
  id: z.number().int(), title: z.string(), importance: z.number().int(), first: nullableText, last: nullableText,
  reasons: z.string().openapi({ description: 'why the story matters, in words' }),
  summary: z.array(z.object({ sentence: z.string(), articleId: z.number().int() })),
  outlets: z.array(z.object({ source: z.string(), articles: z.number().int() })),
  entities: z.array(z.object({ name: z.string(), type: z.string(), wikidata: nullableText, articles: z.number().int() })),
  articles: z.array(StoryArticleSchema),
}).openapi('Story');

export const TimelineEventSchema = z.object({
  value: z.string(), text: z.string(), sentence: z.string(), articleId: z.number().int(), title: z.string(), source: nullableText, published: nullableText,
}).openapi('TimelineEvent');

export const StoryDetailSchema = StorySchema.extend({ timeline: z.array(TimelineEventSchema) }).openapi('StoryDetail');

export const EntitySummarySchema = z.object({
  id: z.number().int(), key: z.string(), name: z.string(), type: z.enum(['PER', 'LOC', 'ORG']), wikidata: nullableText,
  mentions: z.number().int(), articles: z.number().int(),
}).openapi('EntitySummary');

export const EntityDetailSchema = EntitySummarySchema.extend({
  spellings: z.array(z.object({ text: z.string(), count: z.number().int() })),
  articleRefs: z.array(z.object({ id: z.number().int(), title: z.string(), source: nullableText, published: nullableText, mentions: z.number().int() })),
  cooccurring: z.array(z.object({ id: z.number().int(), name: z.string(), type: z.string(), articles: z.number().int() })),
  byDay: z.array(z.object({ day: z.string(), articles: z.number().int() })),
  stories: z.array(z.object({ id: z.number().int(), title: z.string(), articles: z.number().int() })),
  timeline: z.array(TimelineEventSchema),
}).openapi('EntityDetail');

export const SearchHitSchema = z.object({
  id: z.number().int(), title: z.string(), source: nullableText, published: nullableText, url: nullableText, file: z.string(),
  snippet: z.string().openapi({ description: 'text around the matches, matched words in <mark>…</mark> (the rest escaped)' }),
  score: z.number(),
}).openapi('SearchHit');

export const FacetsSchema = z.object({
  total: z.number().int(),
  sources: z.array(z.object({ value: z.string(), count: z.number().int() })),
  months: z.array(z.object({ value: z.string(), count: z.number().int() })),
  entities: z.array(z.object({ id: z.number().int(), key: z.string(), name: z.string(), type: z.string(), count: z.number().int() })),
  stories: z.array(z.object({ id: z.number().int(), title: z.string(), count: z.number().int() })),
}).openapi('Facets');

export const page = <T extends z.ZodType>(item: T, name: string) => z.object({
  items: z.array(item),
  next: z.string().nullable().openapi({ description: 'cursor of the next page; null on the last' }),
}).openapi(name);

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY[-MM[-DD]]');
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().openapi({ description: 'the `next` of the previous page' }),
});
export const StoryFilterQuery = PageQuery.extend({
  since: date.optional().openapi({ description: 'stories last seen on or after this date' }),
  source: z.string().max(200).optional().openapi({ description: 'an outlet' }),
  entity: z.string().max(200).optional().openapi({ description: 'an entity, in any spelling' }),
});
export const SearchQuerySchema = PageQuery.extend({
  q: z.string().min(1).max(500).openapi({ description: 'words, "phrases", OR, -exclusion' }),
  source: z.string().max(200).optional(),
  from: date.optional(),
  to: date.optional(),
  entity: z.string().max(200).optional(),
  sort: z.enum(['relevance', 'recent', 'blend']).default('relevance'),
  facets: z.enum(['true', 'false']).default('false').openapi({ description: 'also count the matches by outlet, month, entity and story' }),
});
export const IdParam = z.object({ id: z.coerce.number().int().min(1).openapi({ param: { name: 'id', in: 'path' } }) });
