/**
 * Test pages never seen by the extractor: real SaudiNewsNet articles wrapped in realistic chrome, as plain
 * text and as HTML, in several site layouts, with the article's true title, body and date beside each page.
 * The chrome vocabulary here is deliberately not the extractor's cue list (data/extract-cues.json): many of
 * its phrases are absent from it, so the score measures the classifier's shape and similarity features too.
 */
import type { CorpusRecord } from '../src/acquire/corpus.ts';

export interface GeneratedPage {
  name: string;
  kind: 'text' | 'html';
  layout: string;
  content: string;
  truth: { title: string; body: string[]; published: string; source: string };
}

/** Deterministic PRNG (mulberry32), so that a benchmark run is repeatable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const OUTLET_NAMES: Record<string, string> = {
  alriyadh: 'الرياض', aljazirah: 'الجزيرة السعودية', alyaum: 'اليوم', aleqtisadiya: 'الاقتصادية', aawsat: 'الشرق الأوسط', okaz: 'عكاظ',
  alwatan: 'الوطن', almadina: 'المدينة', alweeam: 'الوئام', '3alyoum': 'عاجل', sabq: 'سبق', was: 'واس', arreyadi: 'الرياضي', arriyadiyah: 'الرياضية',
};
const TRENDING = ['كأس العالم', 'أسعار النفط', 'الطقس اليوم', 'سوق الأسهم', 'رمضان', 'الدوري السعودي', 'موسم الحج', 'نتائج القبول'];
const MENU = ['الرئيسية', 'محليات', 'اقتصاد', 'رياضة', 'دوليات', 'ثقافة وفنون', 'منوعات', 'كتاب الرأي'];
const TWEETS = [
  ['Breaking: officials confirm the meeting will take place next week in Riyadh, sources say', 'Reuters', '@Reuters'],
  ['Huge crowds gathered this evening to welcome the delegation at the airport pic.twitter.com/Xk29dLq', 'Gulf News', '@gulf_news'],
  ['The ministry announced new measures to support small businesses across the Kingdom', 'Arab News', '@arabnews'],
];

function dateText(d: Date, style: number): string {
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
  const hh = String(d.getUTCHours()).padStart(2, '0'), mm = String(d.getUTCMinutes()).padStart(2, '0');
  switch (style % 5) {
    case 0: return `${DAYS[d.getUTCDay()]} ${day} ${MONTHS[m]} ${y}`;
    case 1: return `${String(day).padStart(2, '0')}/${String(m + 1).padStart(2, '0')}/${y} - ${hh}:${mm}`;
    case 2: return `${day} ${LEVANT[m]} ${y}`;
    case 3: return `${y}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')} ${hh}:${mm}`;
    default: return `${day} ${MONTHS[m]}/${LEVANT[m]} ${y}`;
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (r: CorpusRecord) => (r.content ?? '').split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
const lead = (r: CorpusRecord) => paragraphs(r)[0] ?? '';

/** Builds one page of article `r`, with `others` as the related items around it. */
export function makePage(r: CorpusRecord, others: CorpusRecord[], index: number, rnd: () => number): GeneratedPage {
  const body = paragraphs(r);
  const title = (r.title ?? '').trim();
  const date = new Date((r.date_extracted ?? '2015-07-21 00:00:00').replace(' ', 'T') + 'Z');
  const published = date.toISOString().slice(0, 10);
  const outlet = OUTLET_NAMES[r.source ?? ''] ?? r.source ?? '';
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const ds = Math.floor(rnd() * 5);
  const tweet = pick(TWEETS);
  const ownTags = title.split(/\s+/).filter((w) => w.length > 4).slice(0, 2);
  const withTweet = rnd() < 0.4 && body.length > 2;
  const inlineRead = rnd() < 0.5 && body.length > 3;
  const html = index % 3 === 2;
  const layout = Math.floor(rnd() * 3);
  const truth = { title, body, published, source: outlet };

  if (!html) {
    const lines: string[] = [];
    if (layout === 1) lines.push(MENU.slice(0, 5).join(' | '), `الرئيسية » ${pick(MENU.slice(1))}`);
    lines.push(title);
    if (layout === 0) lines.push(`نشر بتاريخ: ${dateText(date, ds)}`);
    else if (layout === 1) lines.push(`كتب: ${r.author?.trim() || 'المحرر'}`, `تاريخ النشر: ${dateText(date, ds)}`);
    else lines.push(`${dateText(date, ds)}`, 'منذ 3 ساعات');
    body.forEach((p, i) => {
      lines.push(p);
      if (i === 0 && layout === 1) lines.push('إعلان');
      if (i === 1 && withTweet) lines.push(`${tweet[0]}`, `— ${tweet[1]} (${tweet[2]}) ${['July', 'August'][date.getUTCMonth() - 6] ?? 'July'} ${date.getUTCDate()}, ${date.getUTCFullYear()}`);
      if (i === 2 && inlineRead) lines.push(`اقرأ أيضا: ${others[0].title?.trim()}`);
    });
    if (layout !== 2) lines.push(`المصدر: ${outlet}`, `الوسوم: ${[...TRENDING.slice(0, 3), ...ownTags].join(' ')}`, 'شارك عبر: فيسبوك تويتر واتساب');
    if (layout === 1) lines.push('التعليقات (0)', 'أضف تعليقك', 'الأكثر تفاعلا');
    else if (layout === 0) lines.push('قد يعجبك أيضا');
    for (const o of others) {
      lines.push(o.title?.trim() ?? '');
      if (layout !== 1) lines.push(lead(o));
      if (layout === 0) lines.push(`${OUTLET_NAMES[o.source ?? ''] ?? ''}`, 'منذ 5 ساعات');
    }
    lines.push('© جميع الحقوق محفوظة 2015', 'تواصل معنا عبر البريد الإلكتروني');
    return { name: `page-${String(index).padStart(4, '0')}.txt`, kind: 'text', layout: `text-${layout}`, content: lines.join('\n') + '\n', truth };
  }

  const related = others.map((o) => `<li><a href="/news/${Math.floor(rnd() * 1e6)}">${esc(o.title?.trim() ?? '')}</a><p>${esc(lead(o).slice(0, 200))}</p></li>`).join('');
  const paras = body.map((p, i) => {
    let s = layout === 1 ? `${esc(p)}<br><br>` : `<p>${esc(p)}</p>`;
    if (i === 0) s += '<div class="adsbygoogle banner">إعلان</div>';
    if (i === 1 && withTweet) s += `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${esc(tweet[0])}</p>&mdash; ${tweet[1]} (${tweet[2]}) <a href="https://twitter.com/x/status/1">July ${date.getUTCDate()}, 2015</a></blockquote>`;
    if (i === 2 && inlineRead) s += `<div class="read-also"><strong>اقرأ أيضا:</strong> <a href="/x">${esc(others[0].title?.trim() ?? '')}</a></div>`;
    return s;
  }).join('\n');
  const head = `<head><meta charset="utf-8"><title>${esc(title)} | ${esc(outlet)}</title><meta property="og:title" content="${esc(title)}"><meta property="og:site_name" content="${esc(outlet)}">${layout !== 2 ? `<meta property="article:published_time" content="${date.toISOString()}">` : ''}<script>var dataLayer=[];</script><style>body{font-family:sans-serif}</style></head>`;
  let page: string;
  if (layout === 0) {
    page = `<!doctype html><html lang="ar" dir="rtl">${head}<body><header><nav><ul>${MENU.map((m) => `<li><a href="#">${m}</a></li>`).join('')}</ul></nav></header><main><article><h1>${esc(title)}</h1><time datetime="${date.toISOString()}">${dateText(date, ds)}</time>${paras}<div class="tags">${ownTags.map((t) => `<a rel="tag" href="#">${esc(t)}</a>`).join(' ')}</div><div class="share">شارك عبر <a>فيسبوك</a> <a>تويتر</a></div></article><aside class="related-posts"><h3>مواضيع مشابهة</h3><ul>${related}</ul></aside></main><footer><p>جميع الحقوق محفوظة © 2015 ${esc(outlet)}</p></footer></body></html>`;
  } else if (layout === 1) {
    page = `<!doctype html><html lang="ar">${head}<body><div id="top-menu">${MENU.map((m) => `<a href="#">${m}</a>`).join(' ')}</div><div class="container"><div class="post-title"><h2>${esc(title)}</h2></div><div class="post-meta">${dateText(date, ds)} | كتب: ${esc(r.author?.trim() || 'المحرر')}</div><div class="post-content">${paras}</div><div class="comments-area"><h3>اترك رداً</h3><form><textarea></textarea><button>إرسال</button></form></div></div><div class="sidebar"><h3>الأكثر قراءة</h3><ul>${related}</ul></div><div id="footer">تطوير وتصميم شركة المواقع 2015</div></body></html>`;
  } else {
    page = `<html>${head}<body><table width="100%"><tr><td>${MENU.map((m) => `<a href="#">${m}</a>`).join(' - ')}</td></tr><tr><td><font size="5"><b>${esc(title)}</b></font><br>${dateText(date, ds)}<br>${paras}</td><td><b>آخر الأخبار</b><ul>${related}</ul></td></tr><tr><td>Copyright 2015</td></tr></table></body></html>`;
  }
  return { name: `page-${String(index).padStart(4, '0')}.html`, kind: 'html', layout: `html-${layout}`, content: page, truth };
}
