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

/** Articles of a story read for its timeline and quotes: copies left out (they repeat their original), and at
 * most this many, the newest (a story of hundreds of articles stays quick to show). */
const STORY_ARTICLES_READ = 80;

/** The articles of a story worth reading whole: the originals, newest last. */
export async function storyArticles(store: Store, story: StoredStory): Promise<StoredArticle[]> {
  return articlesOf(store, story.articles.filter((a) => a.duplicateOf === null).slice(-STORY_ARTICLES_READ).map((a) => a.id));
}

/** A story's dated events, from its articles' time expressions, around its own dates. */
export async function storyTimeline(store: Store, story: StoredStory, articles?: StoredArticle[]): Promise<TimelineEvent[]> {
  return timeline(articles ?? await storyArticles(store, story), undefined, story);
}

/** An entity's dated events: sentences of its newest articles that mention it. */
export async function entityTimeline(store: Store, entity: EntityDetail): Promise<TimelineEvent[]> {
  return timeline(await articlesOf(store, entity.articleRefs.slice(0, ENTITY_TIMELINE_ARTICLES).map((a) => a.id)), entity.key);
}
