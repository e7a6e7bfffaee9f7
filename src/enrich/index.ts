/**
 * The enrichment stage: Article -> Article with `temporal`, `entities` and `quotes` over its body (offsets into
 * the body text joined by "\n"). Time expressions resolve against the publication date, else the caller's
 * reference date, else stay partial.
 */
import type { Article, EntityRef, TimeExpression } from '../model.ts';
import { normalize, normalizeWithOffsets } from '../text/index.ts';
import { createEntityRecognizer } from './entities.ts';
import { findQuotes } from './quotes.ts';
import { findTimeExpressions, parseReference } from './time.ts';

export { createEntityRecognizer, entityKey, nameKey } from './entities.ts';
export { findTimeExpressions, parseReference, hijriToGregorian, type Reference } from './time.ts';
export { findQuotes } from './quotes.ts';

export interface EnricherOptions {
  /** Stages to leave out by name: 'temporal', 'entities', 'quotes'. */
  disable?: string[];
  useTagger?: boolean;
}

export function createEnricher(options: EnricherOptions = {}) {
  const disabled = new Set(options.disable ?? []);
  const recognizer = disabled.has('entities') ? null : createEntityRecognizer({ useTagger: options.useTagger });
  /** Adds time expressions, entities and quotes to an article (a new object; the input is not changed). */
  return function enrich(article: Article, ref?: string | null): Article {
    const text = article.body.map((b) => b.text).join('\n');
    const reference = parseReference(article.published) ?? parseReference(ref ?? null);
    const prepared = normalizeWithOffsets(text);
    const temporal = disabled.has('temporal') ? [] : findTimeExpressions(text, reference, prepared);
    const { temporal: times, entities } = reconcile(text, temporal, recognizer ? recognizer.recognize(text, article.title) : []);
    return {
      ...article,
      temporal: times,
      entities,
      quotes: disabled.has('quotes') ? [] : findQuotes(text, entities, prepared),
    };
  };
}

/** A season or a Hijri month named alone («الخريف», «شعبان»): also a family name or a first name. */
const NAME_LIKE_TIME = /^(?:ال)?(?:صيف|شتاء|ربيع|خريف)$|^(?:شعبان|رمضان|رجب)$/;

/**
 * Where a time expression and a name overlap, the time expression wins («دان الخميس» is not a person), except a
 * season or Hijri month named alone inside a longer person's name or right after one (شعبان عبد الرحيم, عبدالله
 * الخريف): the name wins. Offsets are into `text`.
 */
export function reconcile(text: string, temporal: TimeExpression[], entities: EntityRef[]): { temporal: TimeExpression[]; entities: EntityRef[] } {
  // Inside the name, or right after it (the recognizer leaves out a family name it knows as a season).
  const nameOwned = (t: TimeExpression) => NAME_LIKE_TIME.test(normalize(t.text)) && entities.some((e) => e.type === 'PER' && e.mentions.some((m) =>
    (m.start <= t.start && t.end <= m.end && m.end - m.start > t.end - t.start) || (m.end < t.start && /^ $/.test(text.slice(m.end, t.start)))));
  const times = temporal.filter((t) => !nameOwned(t));
  const kept = entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => !times.some((t) => m.start < t.end && t.start < m.end)) }))
    .filter((e) => e.mentions.length > 0);
  return { temporal: times, entities: kept };
}
