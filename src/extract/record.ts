/**
 * JSON Lines records (CLI.md): a page in `html` or `text` goes through page extraction with the record's fields
 * as hints; a `content` field is an exported article body (SaudiNewsNet), split into paragraphs as it is, less the
 * link back to the article some outlets append.
 */
import type { Article, DocHints } from '../model.ts';
import { findDates, language } from '../text/index.ts';
import { outletByName, withoutLinkBack } from './cues.ts';
import { ExtractError } from './decode.ts';

export interface JsonRecord {
  url?: unknown;
  source?: unknown;
  title?: unknown;
  published?: unknown;
  date?: unknown;
  date_extracted?: unknown;
  author?: unknown;
  html?: unknown;
  text?: unknown;
  content?: unknown;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The hints a record gives: url, source, title, date, author. */
export function recordHints(r: JsonRecord): DocHints {
  return {
    url: str(r.url),
    source: str(r.source),
    title: str(r.title),
    published: str(r.published) ?? str(r.date) ?? str(r.date_extracted),
    author: str(r.author),
  };
}

/** The page a record carries, if it carries one to extract: html or text. */
export function recordPage(r: JsonRecord): { mediaType: 'text/html' | 'text/plain'; text: string } | null {
  const html = str(r.html);
  if (html) return { mediaType: 'text/html', text: html };
  const text = str(r.text);
  if (text) return { mediaType: 'text/plain', text };
  return null;
}

/**
 * An Article from a record whose `content` is the article's text.
 * @example articleFromContent({title: 'عنوان', content: 'فقرة أولى.\nفقرة ثانية.'}, 'a.jsonl#1').body.length // 2
 */
export function articleFromContent(r: JsonRecord, origin: string): Article {
  const content = str(r.content);
  const hints = recordHints(r);
  if (!content && !hints.title) throw new ExtractError('record has no html, text, content or title');
  const body = (content ?? '').split(/\n+/).map((p) => withoutLinkBack(p.trim())).filter((p) => p !== '').map((text) => ({ type: 'p' as const, text }));
  const published = hints.published ? findDates(hints.published)[0]?.value ?? null : null;
  const bodyText = body.map((b) => b.text).join('\n');
  return {
    file: origin,
    url: hints.url ?? null,
    title: hints.title?.trim() ?? body[0]?.text.slice(0, 120) ?? '',
    published,
    source: hints.source ? outletByName(hints.source)?.name ?? hints.source : null,
    category: null,
    tags: [],
    body,
    embeds: [],
    related: [],
    lang: bodyText ? language(bodyText.slice(0, 2000)) : 'und',
    temporal: [],
    entities: [],
    quotes: [],
    messages: [],
  };
}
