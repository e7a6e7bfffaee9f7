/**
 * Charts as server-rendered SVG: readable without JavaScript and in print. Time runs right to left, as Arabic
 * is read: the earliest date is at the right.
 */
import type { TimelineEvent } from '../stories/timeline.ts';
import { arabicDate, html, type Html } from './layout.ts';

const WIDTH = 1000;
const MARGIN = 40;
const DAY = 86400000;

/** The day a time value points at (a range at its start, a month at its middle); null for partial values. */
export function dayOf(value: string): number | null {
  const v = value.split('/')[0];
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Date.parse(v);
  if (/^\d{4}-\d{2}$/.test(v)) return Date.parse(`${v}-15`);
  return null;
}

/** x of a time between `from` and `to`, right to left. */
const xOf = (t: number, from: number, to: number) => WIDTH - MARGIN - ((t - from) / Math.max(to - from, DAY)) * (WIDTH - 2 * MARGIN);

/** The dated events of a story on a horizontal axis: each point a sentence, linked to its article. */
export function timelineChart(events: TimelineEvent[]): Html {
  const dated = events.map((e) => ({ e, t: dayOf(e.value) })).filter((x): x is { e: TimelineEvent; t: number } => x.t !== null);
  if (dated.length === 0) return html``;
  const from = Math.min(...dated.map((d) => d.t));
  const to = Math.max(...dated.map((d) => d.t));
  const stack = new Map<number, number>();
  const points = dated.map(({ e, t }) => {
    const level = stack.get(t) ?? 0;
    stack.set(t, level + 1);
    return { e, x: xOf(t, from, to), y: 130 - level * 22 };
  });
  const height = 190;
  const ticks = [...new Set([from, to, ...(to - from > 2 * DAY ? [from + (to - from) / 2] : [])])];
  return html`<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="الخط الزمني: ${dated.length} حدثاً من ${arabicDate(new Date(from).toISOString().slice(0, 10))} إلى ${arabicDate(new Date(to).toISOString().slice(0, 10))}">
  <line class="axis" x1="${MARGIN}" y1="150" x2="${WIDTH - MARGIN}" y2="150"/>
  ${ticks.map((t) => html`<line class="axis" x1="${xOf(t, from, to)}" y1="145" x2="${xOf(t, from, to)}" y2="155"/><text class="tick" x="${xOf(t, from, to)}" y="178" text-anchor="middle">${arabicDate(new Date(t).toISOString().slice(0, 10))}</text>`)}
  ${points.map((p) => html`<a href="/articles/${p.e.articleId}"><circle class="point" cx="${p.x.toFixed(1)}" cy="${Math.max(p.y, 12)}" r="8"><title>${arabicDate(p.e.value)} — «${p.e.text}»: ${p.e.sentence.slice(0, 200)} (${p.e.source ?? ''})</title></circle></a>`)}
</svg><figcaption>كل نقطة جملة مؤرَّخة من مقال؛ الزمن يجري من اليمين إلى اليسار. مرِّر المؤشر على نقطة لقراءة جملتها.</figcaption></figure>`;
}

/** Articles per period as bars (by day, or by month over long spans). */
export function mentionsChart(byDay: Array<{ day: string; articles: number }>): Html {
  if (byDay.length === 0) return html``;
  const span = (Date.parse(byDay[byDay.length - 1].day) - Date.parse(byDay[0].day)) / DAY;
  const byMonth = span > 120;
  const buckets = new Map<string, number>();
  for (const d of byDay) { const k = byMonth ? d.day.slice(0, 7) : d.day; buckets.set(k, (buckets.get(k) ?? 0) + d.articles); }
  const entries = [...buckets];
  const max = Math.max(...entries.map(([, n]) => n));
  const height = 200;
  const slot = (WIDTH - 2 * MARGIN) / entries.length;
  const bar = Math.max(2, Math.min(40, slot * 0.8));
  return html`<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="عدد المقالات ${byMonth ? 'في كل شهر' : 'في كل يوم'}">
  <line class="axis" x1="${MARGIN}" y1="160" x2="${WIDTH - MARGIN}" y2="160"/>
  ${entries.map(([k, n], i) => {
    const x = WIDTH - MARGIN - (i + 0.5) * slot;
    const h = (n / max) * 140;
    return html`<rect class="bar" x="${(x - bar / 2).toFixed(1)}" y="${(160 - h).toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}"><title>${arabicDate(k)}: ${n}</title></rect>`;
  })}
  <text class="tick" x="${WIDTH - MARGIN}" y="185" text-anchor="start">${arabicDate(entries[0][0])}</text>
  <text class="tick" x="${MARGIN}" y="185" text-anchor="end">${arabicDate(entries[entries.length - 1][0])}</text>
  <text class="tick" x="${WIDTH - MARGIN}" y="14" text-anchor="start">الأعلى: ${max}</text>
</svg><figcaption>عدد المقالات التي تذكره ${byMonth ? 'في كل شهر' : 'في كل يوم'}، من اليمين (الأقدم) إلى اليسار (الأحدث).</figcaption></figure>`;
}
