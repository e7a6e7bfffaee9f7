/**
 * The page frame and small shared pieces of the web UI. Every value from a scraped page goes through hono's
 * `html` template, which escapes it: a page carrying <script> or onerror= shows as text.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Dates in Arabic with Latin digits (as most Arabic news sites print them). */
const LOCALE = 'ar-u-nu-latn';
const dayFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });

/** A stored date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD[Thh:mm…]`, a range `A/B`) in words. */
export function arabicDate(value: string | null): string {
  if (!value) return '';
  if (value.includes('/')) return value.split('/').map(arabicDate).join(' – ');
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return dayFormat.format(new Date(value.slice(0, 10)));
  if (/^\d{4}-\d{2}$/.test(value)) return monthFormat.format(new Date(`${value}-01`));
  return value;
}

/** How long ago a date was, in words («منذ 3 أيام», «قبل 11 سنة»). */
export function age(value: string | null, now = Date.now()): string {
  const t = Date.parse(value ?? '');
  if (!Number.isFinite(t)) return '';
  const seconds = (t - now) / 1000;
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  return relative.format(0, 'minute');
}

/** Direction of a text: Latin-script embeds read left to right. */
export const dirOf = (text: string) => (/[\u0600-\u06ff]/.test(text) ? 'rtl' : 'ltr');

export function page(title: string, body: Html, options: { query?: string; feed?: { href: string; title: string } } = {}): Html {
  return html`<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — مرصد</title>
<link rel="stylesheet" href="/static/marsad.css">
${options.feed ? html`<link rel="alternate" type="application/atom+xml" href="${options.feed.href}" title="${options.feed.title}">` : ''}
</head>
<body>
<a class="skip" href="#main">انتقل إلى المحتوى</a>
<header class="site">
  <a class="brand" href="/">مرصد<small>أخبار مجمّعة ومتحقَّق من مصادرها</small></a>
  <form class="search" action="/search" method="get" role="search">
    <label for="q" class="skip">ابحث</label>
    <input type="search" id="q" name="q" value="${options.query ?? ''}" placeholder="ابحث في الأخبار: كلمات، «عبارة»، OR، -استبعاد">
    <button type="submit">بحث</button>
  </form>
</header>
<main id="main">
${body}
</main>
<footer class="site">مرصد — كل خبر بمصدره. <a href="/feeds/stories.atom">موجز Atom للقصص</a> · <a href="/api/v1/openapi.json">واجهة البرمجة</a></footer>
</body>
</html>`;
}

/** Entity chips, each linking to its entity's page; `linked: false` (a person named by one common word, whom the
 * archive does not follow) shows the name alone. */
export function entityChips(entities: Array<{ name: string; type: string; articles?: number; id?: number; linked?: boolean }>): Html {
  if (entities.length === 0) return html``;
  const label = (e: { name: string; articles?: number }) => html`${e.name}${e.articles ? html` <span class="muted">${e.articles}</span>` : ''}`;
  return html`<ul class="chips">${entities.map((e) => html`<li>${e.linked === false ? html`<span class="${e.type}">${label(e)}</span>` : html`<a class="${e.type}" href="${e.id ? `/entities/${e.id}` : `/entity?name=${encodeURIComponent(e.name)}`}">${label(e)}</a>`}</li>`)}</ul>`;
}

export { html, raw };
