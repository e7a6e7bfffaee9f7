/**
 * Classified blocks to an Article: the body in order, the metadata of the article (not of the items after it),
 * embedded posts, and every other item of the page as a related item with its own title, body and metadata.
 */
import type { AggregatorScores, Article, DocHints, Message, RelatedItem } from '../model.ts';
import { findDates, language, normalize } from '../text/index.ts';
import type { ClassifiedBlock, LabelValue } from './classify.ts';
import { COUNTRIES, HEADLINE_STARTERS, outletByName, withoutLinkBack } from './cues.ts';
import { groupEmbeds, parseEmbed } from './embeds.ts';
import { keyString, ownTags, splitTags } from './tags.ts';

/** Metadata a page states outside its text blocks (HTML head, JSON-LD, the JSON Lines record). */
export interface PageMeta {
  title?: string | null;
  published?: string | null;
  source?: string | null;
  category?: string | null;
  tags?: string[];
  url?: string | null;
}

/** Words before a repeated first word or a question word may start a second headline (two headlines glued). */
const MIN_HEADLINE_WORDS = 4;

/** «زاخاروفا: … مستمرة زاخاروفا تندد …» -> two headlines: cut where the first word recurs or a question starts. */
export function splitHeadlines(text: string): string[] {
  const words = text.split(/\s+/);
  const first = normalize(words[0]).replace(/[^\p{L}]/gu, '');
  for (let i = MIN_HEADLINE_WORDS; i < words.length - 1; i++) {
    const w = normalize(words[i]).replace(/[^\p{L}]/gu, '');
    if ((w === first && first.length >= 3) || HEADLINE_STARTERS.has(w)) {
      return [words.slice(0, i).join(' '), ...splitHeadlines(words.slice(i).join(' '))];
    }
  }
  return [text];
}

/** «فرانس 24 - فرنسا» -> outlet فرانس 24, country فرنسا; a known outlet is given its usual name. */
export function parseSource(value: string): { source: string | null; country: string | null } {
  let source = value.trim().replace(/[.،,]+$/, '');
  let country: string | null = null;
  const parts = source.split(/\s+[-–—|]\s+/);
  if (parts.length > 1 && COUNTRIES.has(normalize(parts[parts.length - 1]).trim())) {
    country = parts.pop()!.trim();
    source = parts.join(' - ');
  }
  const known = outletByName(source);
  return { source: source === '' ? null : known?.name ?? source, country: country ?? null };
}

function firstDate(value: string): string | null {
  return findDates(value)[0]?.value ?? null;
}

function scoreOf(value: string): number | undefined {
  const m = /(\d{1,3})\s*%?/.exec(normalize(value));
  return m ? Number(m[1]) : undefined;
}

interface ItemMeta {
  source?: string | null;
  published?: string | null;
  age?: string | null;
  category?: string | null;
  aggregator_scores?: AggregatorScores;
}

function metaOf(b: ClassifiedBlock): ItemMeta {
  const meta: ItemMeta = {};
  if (b.outlet) meta.source = b.outlet.name;
  if (b.reason.startsWith('relative age')) meta.age = b.text;
  for (const l of b.labels ?? []) {
    if (l.field === 'source') meta.source = parseSource(l.value).source;
    else if (l.field === 'published') { const d = firstDate(l.value); if (d) meta.published = d; }
    else if (l.field === 'category') meta.category = l.value;
    else if (l.field === 'health' || l.field === 'importance') {
      const v = scoreOf(l.value);
      if (v !== undefined) meta.aggregator_scores = { ...meta.aggregator_scores, [l.field]: v };
    }
  }
  return meta;
}

function relatedItems(blocks: ClassifiedBlock[]): RelatedItem[] {
  const items: RelatedItem[] = [];
  let current: RelatedItem | null = null;
  let pending: ItemMeta = {};
  const newItem = (title: string, inline: boolean) => {
    const item: RelatedItem = { title, body: [], source: null, published: null };
    apply(item, pending);
    pending = {};
    items.push(item);
    if (!inline) current = item;
  };
  const apply = (item: RelatedItem, meta: ItemMeta) => {
    if (meta.source !== undefined) item.source = meta.source;
    if (meta.published !== undefined) item.published = meta.published;
    if (meta.age !== undefined) item.age = meta.age;
    if (meta.category !== undefined) item.category = meta.category;
    if (meta.aggregator_scores) item.aggregator_scores = { ...item.aggregator_scores, ...meta.aggregator_scores };
  };
  for (const b of blocks) {
    if (b.role === 'related-header') { current = null; pending = {}; continue; }
    if (b.role === 'related' && b.reason === 'read-also headline') {
      newItem(b.text.replace(/^[^:：]*[:：]\s*|^.*?(?:\.\.|…)\s*/, '').trim(), true);
      continue;
    }
    if (b.zone !== 'tail' && b.role === 'related') {
      for (const h of splitHeadlines(b.text)) newItem(h, true);
      continue;
    }
    if (b.zone !== 'tail') continue;
    if (b.role === 'metadata') {
      const meta = metaOf(b);
      // Metadata belongs to the current item until that item has the field; then it waits for the next item.
      const fresh = current !== null && Object.entries(meta).every(([k, value]) => {
        const v = (current as unknown as Record<string, unknown>)[k];
        if (k === 'aggregator_scores') return Object.keys(value as object).every((s) => (v as Record<string, unknown> | undefined)?.[s] === undefined);
        return v === null || v === undefined;
      });
      if (fresh && current) apply(current, meta);
      else pending = { ...pending, ...meta };
      continue;
    }
    if (b.role !== 'related') continue;
    if (b.reason.startsWith('prose')) {
      // Prose with no headline before it: an item titled by its first sentence.
      if (!current) newItem(b.text.split(/(?<=[.!؟?])\s/)[0].slice(0, 200), false);
      current!.body.push(b.text);
      continue;
    }
    const headlines = splitHeadlines(b.text);
    headlines.forEach((h, k) => newItem(h, b.inline === true || k < headlines.length - 1));
  }
  return items;
}

/**
 * Builds the Article from classified blocks.
 * @example assemble(classifyBlocks(segmentText(page)), {}, 'page.txt', {})
 */
export function assemble(blocks: ClassifiedBlock[], meta: PageMeta, file: string, hints: DocHints = {}): Article {
  const messages: Message[] = [];
  // A body paragraph loses the link back to the article some outlets append («رابط الخبر بصحيفة الوئام: …»), as
  // in records (record.ts); a paragraph of the link alone goes.
  const body = blocks.filter((b) => b.role === 'body' || b.role === 'subheading')
    .map((b) => (b.role === 'subheading' ? { type: 'h' as const, text: b.text } : { type: 'p' as const, text: withoutLinkBack(b.text) }))
    .filter((b) => b.text !== '');
  const bodyText = body.map((b) => b.text).join('\n');
  const titleBlock = blocks.find((b) => b.role === 'title');
  const title = meta.title?.trim() || titleBlock?.text || hints.title?.trim() || '';

  // The article's own metadata: labels and outlet lines before and inside the body and right after it.
  const own = blocks.filter((b) => b.zone !== 'tail' && (b.labels || b.outlet || b.role === 'tags'));
  const labels: LabelValue[] = own.flatMap((b) => b.labels ?? []);
  const label = (field: LabelValue['field']) => labels.filter((l) => l.field === field && l.value !== '');

  let published: string | null = null;
  for (const l of label('published')) { published = firstDate(l.value); if (published) break; }
  if (!published && meta.published) published = firstDate(meta.published) ?? meta.published;
  if (!published) {
    // A line that is only a date, before the body (some pages print the date with no label).
    const dateLine = blocks.find((b) => b.zone === 'head' && b.role !== 'title' && findDates(b.text).some((d) => d.length >= normalize(b.text).trim().length - 12));
    if (dateLine) { published = findDates(dateLine.text)[0].value; messages.push({ origin: 'extract:unlabelled-date', text: `publication date taken from the unlabelled line «${dateLine.text}»` }); }
  }
  if (!published && hints.published) published = firstDate(hints.published);

  let source: string | null = null;
  let sourceCountry: string | null = null;
  const sourceLabel = label('source')[0];
  if (sourceLabel) ({ source, country: sourceCountry } = parseSource(sourceLabel.value));
  if (!source) source = own.find((b) => b.outlet)?.outlet?.name ?? null;
  if (!source && meta.source) source = parseSource(meta.source).source;
  if (!source && hints.source) source = outletByName(hints.source)?.name ?? hints.source;

  const category = label('category')[0]?.value ?? meta.category ?? null;
  const articleText = `${title}\n${bodyText}`;
  const tagLines = label('tags');
  const tagMeta = meta.tags ?? [];
  const articleKeys = tagLines.length || tagMeta.length ? keyString(articleText) : '';
  const tagValues = tagLines.flatMap((l) => splitTags(l.value, articleKeys));
  const tags = ownTags([...tagValues, ...tagMeta], articleKeys);

  const scores: AggregatorScores = {};
  for (const l of [...label('health'), ...label('importance')]) {
    const v = scoreOf(l.value);
    if (v !== undefined && scores[l.field as keyof AggregatorScores] === undefined) scores[l.field as keyof AggregatorScores] = v;
  }

  // Consecutive embed blocks (blank lines between them do not part them) form runs.
  const runs: string[][] = [];
  let run: string[] = [];
  for (const b of blocks) {
    if (b.role === 'embed') run.push(b.text);
    else if (b.role !== 'empty' && run.length) { runs.push(run); run = []; }
  }
  if (run.length) runs.push(run);
  const embeds = groupEmbeds(runs).map(parseEmbed);

  if (body.length === 0) messages.push({ origin: 'extract:no-body', text: 'no block of the page reads as article prose' });
  for (const b of blocks) if (b.cut) messages.push({ origin: `extract:${b.cut}`, text: `line ${b.line + 1} cut before «${b.text.slice(0, 40)}»` });

  return {
    file,
    url: meta.url ?? hints.url ?? null,
    title,
    published,
    source,
    source_country: sourceCountry,
    category,
    tags,
    body,
    embeds,
    related: relatedItems(blocks),
    aggregator_scores: Object.keys(scores).length ? scores : null,
    lang: bodyText ? language(bodyText) : 'und',
    temporal: [],
    entities: [],
    quotes: [],
    messages,
  };
}
