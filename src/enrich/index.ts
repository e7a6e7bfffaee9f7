/**
 * The enrichment stage: Article -> Article with `temporal`, `entities` and `quotes` over its body (offsets into
 * the body text joined by "\n"). Time expressions resolve against the publication date, else the caller's
 * reference date, else stay partial.
 */
import type { Article } from '../model.ts';
import { normalizeWithOffsets } from '../text/index.ts';
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
    // A time expression is never a name («دان الخميس» is not a person).
    const entities = (recognizer ? recognizer.recognize(text, article.title) : [])
      .map((e) => ({ ...e, mentions: e.mentions.filter((m) => !temporal.some((t) => m.start < t.end && t.start < m.end)) }))
      .filter((e) => e.mentions.length > 0);
    return {
      ...article,
      temporal,
      entities,
      quotes: disabled.has('quotes') ? [] : findQuotes(text, entities, prepared),
    };
  };
}
