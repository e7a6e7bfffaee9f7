/**
 * Block classification: gives every block of a page a role (title, body, subheading, metadata, tags, embed,
 * related, chrome) and a reason. Hand-written because general extractors (Readability, trafilatura) judge
 * text density and markup, and scraped Arabic aggregator pages have neither: the cues here are the shape of a
 * block (length, sentence end, script), lexical cues from data/, its position relative to the article
 * (before, inside, after), and its similarity to the article around it.
 */
import type { BlockRole } from '../model.ts';
import { arabicShare, cosineSimilarity, normalize, normalizeWithOffsets, searchKeys, termVector, type TermVector } from '../text/index.ts';
import { wordCount } from './words.ts';
import { cueView, endsArticle, findLabels, isChrome, isRelativeAge, outletOfLine, relatedHeader, type LabelField, type Outlet } from './cues.ts';

/** What the classifier reads: a segment of a text page or a block of an HTML page. */
export interface InputBlock {
  text: string;
  start: number;
  line: number;
  cut: string;
  gluedToNext: boolean;
  /** HTML only: the element (h1, p, li …) and landmarks around it (nav, aside, footer, related, comments …). */
  tag?: string;
  context?: string[];
}

export interface LabelValue {
  field: LabelField;
  value: string;
}

export interface ClassifiedBlock extends InputBlock {
  role: BlockRole;
  reason: string;
  /** Where the block stands: before the article's body, inside it, in the metadata right after it, or after. */
  zone: Zone;
  labels?: LabelValue[];
  outlet?: Outlet;
  /** A related headline that sits inside other text (glued or inline «اقرأ أيضاً: …»); it starts no item body. */
  inline?: boolean;
}

export type Zone = 'head' | 'article' | 'article-meta' | 'tail';

/** A block that ends with a sentence end (., !, ؟, …, possibly inside closing quotes or brackets). */
const TERMINAL = /[.!?؟…]["'»”’)\]]*\s*$/u;
/** Prose: at least this many words when it ends like a sentence (a one-line body paragraph of the sample
 * pages has 9 or more; chrome lines such as «لا يوجد تعليقات بعد...» have 4). */
const MIN_PROSE_WORDS = 6;
/** …or at least this many words when it does not (scraped paragraphs lose their final period; the longest
 * headline in the sample pages has 17 words, and SaudiNewsNet titles rarely pass 20). */
const LONG_PROSE_WORDS = 25;
/** A title is at most this long even when it ends with ! or ? (SaudiNewsNet titles: 95% have 16 words or fewer). */
const MAX_TITLE_WORDS = 18;
/** Prose longer than this many words skips the cue checks (the longest cue line, an app promotion, has 10). */
const LONG_BLOCK_WORDS = 20;
const NO_CUES = { head: '', whole: null, headWords: 0 };
/** A <p> inside <article>/<main> with at least this many words is body whatever its punctuation. */
const MIN_MARKED_PARAGRAPH_WORDS = 4;
/** Longest title and headline. */
const MAX_HEADLINE_WORDS = 30;
/** A subheading is short: the sample pages' subheadings have 3-7 words, their inline related headlines 10-17. */
const SUBHEAD_MAX_WORDS = 9;
/** A subheading announces what follows: at least this share of its words recur in the next paragraphs
 * (sample subheadings: 0.67-1.0; inline related headlines: 0.1-0.35). */
const SUBHEAD_MIN_OVERLAP = 0.5;
const SUBHEAD_LOOKAHEAD = 3;
/** Below this TF-IDF cosine similarity to the article so far, prose after a headline is another article (the
 * tail of the page). Calibrated on 2,000 SaudiNewsNet articles (scratch experiment, see bench/extract.ts): a
 * paragraph against the paragraphs before it falls under 0.02 in 6.6% of cases, another article's lead reaches
 * it in 15%; 0.03 trades 9.1% against 8.3%. The headline before it makes the cut a likelier one. */
const RELATED_MAX_SIMILARITY = 0.02;
/** Latin-script blocks in an Arabic page (tweets, captions) are embeds, not body. */
const EMBED_MAX_ARABIC_SHARE = 0.3;
const MIN_EMBED_WORDS = 3;


export function isProse(text: string, words?: number): boolean {
  const n = words ?? wordCount(text);
  return n >= LONG_PROSE_WORDS || (n >= MIN_PROSE_WORDS && TERMINAL.test(text));
}

/** Headline-shaped: a line of words with no sentence end and not too long. */
function isHeadline(text: string): boolean {
  const n = wordCount(text);
  return n >= 2 && n <= MAX_HEADLINE_WORDS && !isProse(text);
}

/** Label values of a block: «المصدر: فرانس 24 - فرنسا» -> [{field: 'source', value: 'فرانس 24 - فرنسا'}];
 * null unless the block starts with a label. */
export function labelValues(text: string): LabelValue[] | null {
  // Cheap tests first: a label block has a colon near its start, and starts with a label.
  const colon = text.slice(0, 48);
  if (!colon.includes(':') && !colon.includes('：')) return null;
  const first = findLabels(normalize(text.slice(0, 40)));
  if (first.length === 0 || first[0].index > 2) return null;
  const { folded, offsets } = normalizeWithOffsets(text);
  const hits = findLabels(folded);
  if (hits.length === 0 || folded.slice(0, hits[0].index).trim() !== '') return null;
  return hits.map((hit, i) => ({
    field: hit.field,
    value: text.slice(offsets[hit.valueStart], i + 1 < hits.length ? offsets[hits[i + 1].index] : text.length).trim(),
  }));
}

function overlapShare(headline: string, following: string[]): number {
  const keys = searchKeys(headline).filter((k) => k.length >= 3);
  if (keys.length === 0) return 0;
  const bag = new Set(searchKeys(following.join(' ')));
  return keys.filter((k) => bag.has(k)).length / keys.length;
}

const LANDMARK_CHROME = ['nav', 'footer', 'comments', 'share', 'ad', 'menu', 'breadcrumb', 'form'];
const LANDMARK_RELATED = ['aside', 'related'];

/**
 * Gives each block its role, in page order.
 * @example classifyBlocks(segmentText(page)).filter((b) => b.role === 'body')
 */
export function classifyBlocks(blocks: InputBlock[], options: { hasTitle?: boolean } = {}): ClassifiedBlock[] {
  const out: ClassifiedBlock[] = [];
  let zone: Zone = 'head';
  let titleSeen = options.hasTitle ?? false;
  // The article so far as text; its TF-IDF vector is built only when a headline inside the body needs it.
  const articleTexts: string[] = [];
  let articleVector = termVector('');
  let vectorCovers = 0;
  // Term vectors per block text, computed once: a paragraph is read ahead by a headline's check and then joins
  // the article.
  const vectors = new Map<string, TermVector>();
  const vectorOf = (t: string) => vectors.get(t) ?? vectors.set(t, termVector(t)).get(t)!;
  const articleSoFar = () => {
    for (; vectorCovers < articleTexts.length; vectorCovers++) {
      for (const [k, v] of vectorOf(articleTexts[vectorCovers])) articleVector.set(k, (articleVector.get(k) ?? 0) + v);
    }
    return articleVector;
  };
  const set = (b: InputBlock, role: BlockRole, reason: string, extra: Partial<ClassifiedBlock> = {}) => {
    const c: ClassifiedBlock = { text: b.text, start: b.start, line: b.line, cut: b.cut, gluedToNext: b.gluedToNext, role, reason, zone };
    if (b.tag !== undefined) c.tag = b.tag;
    if (b.context !== undefined) c.context = b.context;
    if (extra.labels) c.labels = extra.labels;
    if (extra.outlet) c.outlet = extra.outlet;
    if (extra.inline) c.inline = extra.inline;
    out.push(c);
  };
  const bodyStarted = () => zone !== 'head';

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const text = b.text;
    const ctx = b.context ?? [];
    if (text === '') { set(b, 'empty', 'empty line'); continue; }
    const words = wordCount(text);
    if (words === 0) { set(b, 'chrome', 'no words'); continue; }

    if (ctx.includes('title')) { titleSeen = true; articleTexts.push(text); set(b, 'title', 'the page\'s <h1>'); continue; }
    if (ctx.includes('tags')) { set(b, 'tags', 'inside a tag list'); continue; }
    if (ctx.includes('embed')) { set(b, 'embed', 'inside an embedded post'); continue; }
    if (ctx.some((c) => LANDMARK_CHROME.includes(c)) && b.tag !== 'h1') { set(b, 'chrome', `inside <${ctx.find((c) => LANDMARK_CHROME.includes(c))}>`); continue; }

    const prose = isProse(text, words);
    // Long prose is never a cue line (chrome, outlet, age, header); only its first characters are read, and only
    // when they could start a read-also line («اقرأ أيضا: …»).
    const view = prose && words > LONG_BLOCK_WORDS ? (/[:：]|\.\.|…/.test(text.slice(0, 40)) ? { ...cueView(text.slice(0, 40)), whole: null } : NO_CUES) : cueView(text);
    const labels = labelValues(text);
    if (labels) {
      // A source or tag line after the body closes the article; dates and categories also stand near the top.
      if (zone === 'article' && labels.some((l) => l.field === 'source' || l.field === 'tags')) zone = 'article-meta';
      const role: BlockRole = labels.every((l) => l.field === 'tags') ? 'tags' : 'metadata';
      set(b, role, `label ${labels.map((l) => l.field).join(', ')}`, { labels });
      continue;
    }
    if (isRelativeAge(view)) { set(b, 'metadata', 'relative age (not a publication date)', { labels: [{ field: 'published', value: '' }] }); continue; }
    const outlet = outletOfLine(view);
    if (outlet && words <= 5) { set(b, 'metadata', `outlet name «${outlet.name}»`, { outlet }); continue; }
    const header = relatedHeader(text, view);
    if (header) {
      if (header.inline) {
        set(b, 'related', 'read-also headline', { inline: true });
      } else {
        if (bodyStarted()) zone = 'tail';
        set(b, 'related-header', 'related-items header');
      }
      continue;
    }
    if (endsArticle(view)) { if (bodyStarted()) zone = 'tail'; set(b, 'chrome', 'comments or footer: the article is over'); continue; }
    if (isChrome(view, prose)) { set(b, 'chrome', 'chrome phrase'); continue; }
    if (ctx.some((c) => LANDMARK_RELATED.includes(c)) && zone !== 'head') zone = 'tail';

    const share = arabicShare(text);
    if (share <= EMBED_MAX_ARABIC_SHARE && words >= MIN_EMBED_WORDS && zone !== 'tail') {
      set(b, 'embed', `Latin script (${Math.round((1 - share) * 100)}%) in an Arabic page`);
      continue;
    }

    if (zone === 'tail') {
      if (prose) set(b, 'related', 'prose after the article: a related item\'s body');
      else if (isHeadline(text)) set(b, 'related', 'headline after the article', { inline: b.gluedToNext });
      else set(b, 'chrome', 'short line after the article');
      continue;
    }

    // The title comes first, and may end with ! or ?: a short first line before the body is the title.
    if (zone === 'head' && !titleSeen && words >= 2 && words <= MAX_TITLE_WORDS && /\p{L}/u.test(text) && !/[.:]["»”]?\s*$/.test(text)) {
      titleSeen = true;
      articleTexts.push(text);
      set(b, 'title', 'first short line of the page');
      continue;
    }
    // In HTML a <p> of the <article> is a paragraph even when short and unpunctuated (verse, one-line items).
    const markedParagraph = b.tag === 'p' && (ctx.includes('article') || ctx.includes('main')) && words >= MIN_MARKED_PARAGRAPH_WORDS && titleSeen;
    if ((prose || markedParagraph) && b.tag !== 'h1' && !(b.tag && /^h[1-6]$/.test(b.tag))) {
      if (zone === 'article-meta') {
        zone = 'tail';
        set(b, 'related', 'prose after the article\'s metadata');
        continue;
      }
      zone = 'article';
      articleTexts.push(text);
      set(b, 'body', `prose: ${words} words${TERMINAL.test(text) ? ', ends a sentence' : ''}`);
      continue;
    }

    if (!isHeadline(text)) { set(b, 'chrome', words < 2 ? 'a single word' : 'neither prose nor a headline'); continue; }

    if (zone === 'head') {
      if (!titleSeen) { titleSeen = true; articleTexts.push(text); set(b, 'title', 'first headline of the page'); continue; }
      set(b, 'chrome', 'headline-shaped line before the body');
      continue;
    }
    if (zone === 'article-meta') { zone = 'tail'; set(b, 'related', 'headline after the article\'s metadata'); continue; }

    // A headline inside the article: a subheading, an inline related headline, or the start of another article.
    const following: string[] = [];
    for (let j = i + 1; j < blocks.length && following.length < SUBHEAD_LOOKAHEAD; j++) {
      const t = blocks[j].text;
      if (t === '') continue;
      if (isProse(t) && arabicShare(t) > EMBED_MAX_ARABIC_SHARE && !labelValues(t)) following.push(t);
      else if (following.length > 0 || relatedHeader(t, cueView(t)) || labelValues(t)) break;
    }
    if (b.gluedToNext) { set(b, 'related', 'headline glued onto a paragraph', { inline: true }); continue; }
    if (following.length === 0) { set(b, 'related', 'headline with no paragraph after it', { inline: true }); continue; }
    const followingVector: TermVector = new Map();
    for (const t of following) for (const [k, v] of vectorOf(t)) followingVector.set(k, (followingVector.get(k) ?? 0) + v);
    const similarity = cosineSimilarity(followingVector, articleSoFar());
    if (similarity < RELATED_MAX_SIMILARITY) {
      zone = 'tail';
      set(b, 'related', `headline of another article (what follows is ${similarity.toFixed(3)} similar to this one)`);
      continue;
    }
    const overlap = overlapShare(text, following);
    if (words <= SUBHEAD_MAX_WORDS && overlap >= SUBHEAD_MIN_OVERLAP) {
      set(b, 'subheading', `short headline announcing the next paragraphs (${Math.round(overlap * 100)}% of its words recur)`);
      continue;
    }
    set(b, 'related', `inline headline (${words} words, ${Math.round(overlap * 100)}% recur below)`, { inline: true });
  }
  return out;
}
