/**
 * HTML pages to the same blocks as text pages, so one classifier judges both: block elements in document
 * order, each with its tag and the landmarks around it (nav, aside, footer, comments, share, related …), and
 * the page's stated metadata (og:, article:, JSON-LD NewsArticle, <time>). Parsing is linkedom's.
 */
import { parseHTML } from 'linkedom';
import type { PageMeta } from './assemble.ts';
import type { InputBlock } from './classify.ts';

/** Elements whose content is never text of the page. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'HEAD']);
/** Elements that make a block of their own. */
const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TD', 'TH', 'DT', 'DD', 'TIME', 'CAPTION']);
/** Containers: their direct text becomes a block, their block children are walked. */
const CONTAINER = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'NAV', 'FOOTER', 'HEADER', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'FORM', 'BODY', 'HTML', 'CENTER', 'SPAN', 'FONT']);
const LANDMARK_TAGS: Record<string, string> = { NAV: 'nav', FOOTER: 'footer', ASIDE: 'aside', FORM: 'form', HEADER: 'header', ARTICLE: 'article', MAIN: 'main' };
/** class/id words that mark a landmark; matched on whole words of class and id attributes. */
const HINTS: Array<[RegExp, string]> = [
  [/(?:^|[\s_-])(?:related|read-?more|more-?news|most-?read|recommend\w*|similar|also|latest|trending|popular)(?:$|[\s_-])/i, 'related'],
  [/(?:^|[\s_-])(?:comments?|disqus|reply|replies)(?:$|[\s_-])/i, 'comments'],
  [/(?:^|[\s_-])(?:share|sharing|social|addthis|sharethis)(?:$|[\s_-])/i, 'share'],
  [/(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|banner|promo\w*|dfp|outbrain|taboola)(?:$|[\s_-])/i, 'ad'],
  [/(?:^|[\s_-])(?:menu|navbar|nav|breadcrumbs?|topbar|sidebar)(?:$|[\s_-])/i, 'menu'],
  [/(?:^|[\s_-])(?:footer|copyright)(?:$|[\s_-])/i, 'footer'],
  [/(?:^|[\s_-])(?:tags?|tag-?list|keywords|hashtags?|labels)(?:$|[\s_-])/i, 'tags'],
  [/(?:^|[\s_-])(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|embed)(?:$|[\s_-])/i, 'embed'],
];

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>]|<!--)/i.test(text.slice(0, 2000));
}

interface Walk {
  blocks: InputBlock[];
  order: number;
}

const collapse = (s: string) => s.replace(/[ \t\r\f\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();

/** Text of an element with <br> as a line break; dropped elements contribute nothing. */
function textOf(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    if (child.nodeType === 3) out += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (DROPPED.has(el.tagName)) return;
      if (el.tagName === 'BR') out += '\n';
      else if (BLOCK.has(el.tagName)) out += '\n' + textOf(el) + '\n';
      else out += textOf(el);
    }
  });
  return out;
}

function hintsOf(el: Element): string[] {
  const found: string[] = [];
  const landmark = LANDMARK_TAGS[el.tagName];
  if (landmark) found.push(landmark);
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
  if (attrs.trim()) for (const [re, hint] of HINTS) if (re.test(attrs)) found.push(hint);
  if (el.getAttribute('role') === 'navigation') found.push('nav');
  if (el.getAttribute('role') === 'complementary') found.push('aside');
  return found;
}

function pushText(walk: Walk, text: string, tag: string, context: string[]): void {
  for (const line of collapse(text).split('\n')) {
    const t = line.trim();
    if (t) walk.blocks.push({ text: t, start: -1, line: walk.order++, cut: '', gluedToNext: false, tag, context });
  }
}

function walkElement(el: Element, context: string[], walk: Walk): void {
  if (DROPPED.has(el.tagName)) return;
  const ctx = [...context, ...hintsOf(el)];
  if (ctx.includes('embed') && !context.includes('embed')) {
    pushText(walk, textOf(el).replace(/\n+/g, ' '), el.tagName.toLowerCase(), ctx);
    return;
  }
  if (BLOCK.has(el.tagName) && !hasBlockChild(el)) {
    pushText(walk, textOf(el), el.tagName.toLowerCase(), ctx);
    return;
  }
  // A container (or a block holding blocks): its own loose text runs are blocks, its children are walked.
  // In a list of links with no text between them (tags, share buttons, menus) each link is its own block.
  const linkList = el.querySelectorAll(':scope > a').length >= 2 && Array.from(el.childNodes).every((c) => c.nodeType !== 3 || (c.textContent ?? '').trim().length < 3);
  let run = '';
  const flush = () => { if (run.trim()) pushText(walk, run, el.tagName.toLowerCase(), ctx); run = ''; };
  el.childNodes.forEach((child) => {
    if (child.nodeType === 3) run += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const c = child as Element;
      if (DROPPED.has(c.tagName)) return;
      if (c.tagName === 'BR') run += '\n';
      else if (linkList && c.tagName === 'A') { flush(); run = textOf(c); flush(); }
      else if (BLOCK.has(c.tagName) || CONTAINER.has(c.tagName) && hasBlockChild(c) || c.tagName === 'DIV' || c.tagName === 'SECTION' || c.tagName === 'ARTICLE' || LANDMARK_TAGS[c.tagName]) { flush(); walkElement(c, ctx, walk); }
      else run += textOf(c);
    }
  });
  flush();
}

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) if (BLOCK.has(c.tagName) || c.tagName === 'DIV' || c.tagName === 'SECTION' || hasBlockChild(c)) return true;
  return false;
}

const metaContent = (doc: Document, ...names: string[]) => {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
};

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: { name?: string } | string;
  keywords?: string | string[];
  articleSection?: string | string[];
  url?: string;
}

function jsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const parsed = JSON.parse(s.textContent ?? '') as unknown;
      const items = (Array.isArray(parsed) ? parsed : [parsed]).flatMap((x) => (x && typeof x === 'object' && '@graph' in x ? (x as { '@graph': unknown[] })['@graph'] : [x]));
      for (const item of items as Array<Record<string, unknown>>) {
        const type = item?.['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /Article|NewsArticle|Report|BlogPosting/.test(t))) return item as JsonLdArticle;
      }
    } catch {
      // Broken JSON-LD is common in scraped pages; the visible page still counts.
    }
  }
  return null;
}

/** A title stripped of a « - Site name» or « | Site» tail. */
function cleanTitle(t: string | null): string | null {
  if (!t) return null;
  const parts = t.split(/\s+[|–—-]\s+/);
  return (parts.length > 1 ? parts.sort((a, b) => b.length - a.length)[0] : t).trim();
}

/**
 * Parses an HTML page into blocks and stated metadata.
 * @example htmlToBlocks('<html><body><h1>عنوان</h1><p>نص.</p></body></html>').meta.title // 'عنوان'
 */
export function htmlToBlocks(html: string): { blocks: InputBlock[]; meta: PageMeta } {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const ld = jsonLdArticle(doc);
  const h1 = doc.querySelector('article h1') ?? doc.querySelector('h1');
  const h1Text = h1 ? collapse(h1.textContent ?? '') : null;
  const keywords = ld?.keywords ?? metaContent(doc, 'keywords', 'news_keywords');
  const tagLinks = Array.from(doc.querySelectorAll('a[rel="tag"], .tags a, .tag a, .post-tags a, .article-tags a, .keywords a')).map((a) => collapse(a.textContent ?? '')).filter(Boolean);
  const time = doc.querySelector('article time[datetime], header time[datetime], time[itemprop="datePublished"], time[pubdate]') ?? doc.querySelector('time[datetime]');
  const publisher = typeof ld?.publisher === 'string' ? ld.publisher : ld?.publisher?.name;
  const section = Array.isArray(ld?.articleSection) ? ld?.articleSection[0] : ld?.articleSection;
  const meta: PageMeta = {
    title: h1Text || ld?.headline?.trim() || cleanTitle(metaContent(doc, 'og:title', 'twitter:title')) || cleanTitle(doc.querySelector('title')?.textContent?.trim() ?? null),
    published: ld?.datePublished ?? metaContent(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued') ?? time?.getAttribute('datetime') ?? null,
    source: metaContent(doc, 'og:site_name', 'application-name') ?? publisher ?? null,
    category: section ?? metaContent(doc, 'article:section') ?? null,
    tags: tagLinks.length ? tagLinks : typeof keywords === 'string' ? keywords.split(/[,،]/).map((k) => k.trim()).filter(Boolean) : (keywords ?? []),
    url: metaContent(doc, 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ld?.url ?? null,
  };
  const walk: Walk = { blocks: [], order: 0 };
  const body = doc.querySelector('body') ?? doc.documentElement;
  if (body) walkElement(body as Element, [], walk);
  // The h1 is the title, not a block to classify again.
  if (h1Text) {
    const i = walk.blocks.findIndex((b) => b.tag === 'h1' && b.text === h1Text);
    if (i >= 0) walk.blocks[i] = { ...walk.blocks[i], context: [...(walk.blocks[i].context ?? []), 'title'] };
  }
  return { blocks: walk.blocks, meta };
}
