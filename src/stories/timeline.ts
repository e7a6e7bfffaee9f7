/**
 * Timelines: the dated events of a set of articles — each resolved time expression with the sentence that holds
 * it and the article it came from — optionally only sentences that mention a given entity.
 */
import type { Article } from '../model.ts';
import { entityKeyOf, normalize, sentences } from '../text/index.ts';

export interface TimelineEvent {
  /** The resolved date (YYYY-MM-DD, YYYY-MM, YYYY, a season or a range A/B). */
  value: string;
  /** The words that say it, as written. */
  text: string;
  sentence: string;
  articleId: number;
  title: string;
  source: string | null;
  published: string | null;
}

/** Sort key of a time value: ranges by their start, partial values (XXXX) last. */
const sortKey = (v: string) => (v.startsWith('XXXX') ? `9999${v.slice(4)}` : v.split('/')[0]);

/**
 * @example timeline([{id: 1, ...article}], 'Q80137') // events in sentences that mention Lavrov
 */
/** Around a story's dates, events further back than this are background (a treaty of 1972), not its timeline. */
const BACKGROUND_DAYS = 90;

export function timeline(articles: Array<Article & { id: number }>, entityKey?: string, around?: { first: string | null; last: string | null }): TimelineEvent[] {
  const from = around?.first ? Date.parse(around.first) - BACKGROUND_DAYS * 86400000 : null;
  const to = around?.last ? Date.parse(around.last) + BACKGROUND_DAYS * 86400000 : null;
  const inRange = (v: string) => {
    if (from === null || to === null) return true;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(sortKey(v));
    if (!m) return true;
    const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 6, m[3] ? Number(m[3]) : 15);
    return t >= from && t <= to;
  };
  // A year, season or month that holds the story's own days («هذا العام», «لعام 2015» in a story of August 2015)
  // places nothing in it: left out of a story's timeline.
  const firstMonth = around?.first?.slice(0, 7), lastMonth = around?.last?.slice(0, 7);
  const coversStory = (v: string) => {
    if (!firstMonth || !lastMonth) return false;
    const year = /^(\d{4})(?:-(?:SU|WI|SP|FA))?$/.exec(v);
    if (year) return year[1] >= firstMonth.slice(0, 4) && year[1] <= lastMonth.slice(0, 4);
    return /^\d{4}-\d{2}$/.test(v) && v >= firstMonth && v <= lastMonth;
  };
  const events: TimelineEvent[] = [];
  for (const a of articles) {
    const text = a.body.map((b) => b.text).join('\n');
    const spans = entityKey ? a.entities.filter((e) => entityKeyOf(e) === entityKey).flatMap((e) => e.mentions) : null;
    for (const s of sentences(text)) {
      if (spans && !spans.some((m) => m.start >= s.start && m.end <= s.end)) continue;
      for (const t of a.temporal) {
        if (t.start < s.start || t.end > s.end || t.value.startsWith('XXXX') || !inRange(t.value) || coversStory(t.value)) continue;
        events.push({ value: t.value, text: t.text, sentence: s.text, articleId: a.id, title: a.title, source: a.source, published: a.published });
      }
    }
  }
  // One event per date and sentence: outlets republish an agency's text with a word changed here and there.
  const keptByValue = new Map<string, Array<Set<string>>>();
  return events
    .sort((x, y) => (sortKey(x.value) < sortKey(y.value) ? -1 : sortKey(x.value) > sortKey(y.value) ? 1 : x.articleId - y.articleId))
    .filter((e) => {
      const words = new Set(normalize(e.sentence).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
      const kept = keptByValue.get(e.value) ?? keptByValue.set(e.value, []).get(e.value)!;
      if (kept.some((k) => jaccard(k, words) >= SAME_SENTENCE)) return false;
      kept.push(words);
      return true;
    });
}

/** Two sentences of one date sharing this share of their words (Jaccard) tell one event: the copies of an agency
 * statement in three papers («انطلاقاً من العلاقات التاريخية…» under «يوم الثلاثاء 19 / 10 / 1436هـ») differ by
 * a word or a spacing; two reports of one day in words of their own share under a third. */
const SAME_SENTENCE = 0.6;

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
