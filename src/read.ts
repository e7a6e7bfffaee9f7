/**
 * Read-side helpers shared by the CLI, the API and the web UI, so that each shows the same thing: the entity a
 * user means by a name in any spelling, and the timelines of a story and of an entity.
 */
import { createEntityRecognizer } from './enrich/index.ts';
import type { EntityDetail, EntitySummary, Store, StoredArticle, StoredStory } from './store/index.ts';
import { timeline, type TimelineEvent } from './stories/timeline.ts';
import { entityKeyOf, nameKeys } from './text/index.ts';

/** Articles of an entity read for its timeline (the newest): enough for a reader, bounded in cost. */
const ENTITY_TIMELINE_ARTICLES = 40;

let recognizer: ReturnType<typeof createEntityRecognizer> | null = null;

/** The stored entity a user means by NAME: the gazetteer's reading of it, else any entity or spelling it folds to. */
export async function resolveEntity(store: Store, name: string): Promise<EntitySummary | null> {
  recognizer ??= createEntityRecognizer({ useTagger: false });
  for (const e of recognizer.recognize(name)) {
    const found = await store.getEntity(entityKeyOf(e));
    if (found) return found;
  }
  const folded = nameKeys(name).join(' ');
  return (await store.findEntities(folded))[0] ?? (await store.findEntities(nameKeys(name.replace(/^[وبلفك]/, '')).join(' ')))[0] ?? null;
}

export async function articlesOf(store: Store, ids: number[]): Promise<StoredArticle[]> {
  return (await Promise.all(ids.map((id) => store.getArticle(id)))).filter((a) => a !== null);
}

/** A story's dated events, from its articles' time expressions, around its own dates. */
export async function storyTimeline(store: Store, story: StoredStory): Promise<TimelineEvent[]> {
  return timeline(await articlesOf(store, story.articles.map((a) => a.id)), undefined, story);
}

/** An entity's dated events: sentences of its newest articles that mention it. */
export async function entityTimeline(store: Store, entity: EntityDetail): Promise<TimelineEvent[]> {
  return timeline(await articlesOf(store, entity.articleRefs.slice(0, ENTITY_TIMELINE_ARTICLES).map((a) => a.id)), entity.key);
}
