/**
 * The lexical cues of the block classifier, compiled once from data/extract-cues.json and data/outlets.json.
 * Phrases match after normalization, at the start of a block, as whole words.
 */
import { loadData } from '../data.ts';
import { normalize } from '../text/index.ts';

const cueData = loadData<CueData>('extract-cues');
const outletData = loadData<{ outlets: Array<{ name: string; variants: string[]; country?: string; ids?: string[] }>; countries: string[] }>('outlets');
const openerData = loadData<{ words: string[] }>('paragraph-openers');

interface CueData {
  labels: Record<LabelField, string[]>;
  relatedHeaders: string[];
  chrome: string[];
  articleEnd: string[];
  headlineStarters: string[];
  relativeAge: string;
  linkBack: string[];
}
export type LabelField = 'source' | 'published' | 'updated' | 'category' | 'tags' | 'health' | 'importance' | 'author';

const fold = (s: string) => normalize(s).replace(/[^\p{L}\p{N}%]+/gu, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseAlternation = (phrases: string[]) => [...new Set(phrases.map(fold))].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Folded phrase sets. */
const CHROME = new Set(cueData.chrome.map(fold));
const ARTICLE_END = new Set(cueData.articleEnd.map(fold));
const RELATED_HEADERS = new Set(cueData.relatedHeaders.map(fold));
const RELATED_HEADER_PREFIX = new RegExp(`^(?:${phraseAlternation(cueData.relatedHeaders)})(?:\\s|$)`);
const CHROME_PREFIX = new RegExp(`^(?:${phraseAlternation(cueData.chrome)})(?:\\s|$)`);
const RELATIVE_AGE = new RegExp(cueData.relativeAge);
/** An outlet's link back to the article at the end of a paragraph: «رابط الخبر بصحيفة الوئام: <headline>». */
const LINK_BACK_TAIL = new RegExp(`(?:^|\\s)(?:${cueData.linkBack.map(escape).join('|')})(?:\\s+ب?(?:صحيفة|موقع|جريدة)\\s+[^:\\n]{1,30})?\\s*:.*$`, 'u');

/**
 * A paragraph without the link back to the article an outlet appends to its last one (the link's label, the
 * outlet, a colon, then the headline). SaudiNewsNet's al-Weeam articles all end so: as words of the lede, the
 * link's words were taken for a name born that day and gathered two thousand articles into one story.
 * @example withoutLinkBack('نص الخبر. رابط الخبر بصحيفة الوئام: عنوان') // 'نص الخبر.'
 */
export function withoutLinkBack(text: string): string {
  return text.replace(LINK_BACK_TAIL, '').trim();
}
export const HEADLINE_STARTERS: ReadonlySet<string> = new Set(cueData.headlineStarters.map(fold));
export const PARAGRAPH_OPENERS: readonly string[] = openerData.words.filter((w) => w.length >= 4);

const LABELS: Array<[string, LabelField]> = [];
for (const [field, phrases] of Object.entries(cueData.labels) as Array<[LabelField, string[]]>) for (const p of phrases) LABELS.push([normalize(p), field]);
LABELS.sort((a, b) => b[0].length - a[0].length);
/** «المصدر:», «تاريخ الخبر :» — a label is a known phrase followed by a colon. Matched on folded text. */
const LABEL_RE = new RegExp(`(^|[\\s\\p{P}])(${LABELS.map(([p]) => escape(p)).join('|')})\\s*[:：]\\s*`, 'gu');

export interface Outlet {
  name: string;
  country: string | null;
}
const OUTLETS = new Map<string, Outlet>();
for (const o of outletData.outlets) {
  const outlet = { name: o.name, country: o.country ?? null };
  for (const v of [o.name, ...o.variants, ...(o.ids ?? [])]) OUTLETS.set(fold(v), outlet);
}
export const COUNTRIES: ReadonlySet<string> = new Set(outletData.countries.map(fold));

/** Cue checks read only the start of a block: no cue is longer than this, and folding whole paragraphs
 * again and again was most of the extractor's time. */
const HEAD_CHARS = 120;

/** A block's folded start, and its whole folded text when it is short enough to be a cue by itself. */
export interface CueView {
  head: string;
  whole: string | null;
  headWords: number;
}

/** The longest cue prefix (a header such as «مواضيع من موسوعة» before an inline headline) fits in this. */
const PREFIX_CHARS = 40;

export function cueView(text: string): CueView {
  const short = text.length <= HEAD_CHARS;
  const head = fold(short ? text : text.slice(0, PREFIX_CHARS));
  const whole = short ? head : null;
  return { head, whole, headWords: head === '' ? 0 : head.split(' ').length };
}

/** The outlet a whole block names («Sputnik», «- الوسط»), or null. */
export function outletOfLine(view: CueView): Outlet | null {
  return view.whole === null ? null : OUTLETS.get(view.whole) ?? null;
}
/** The outlet for a dataset code or a printed name, if known. */
export function outletByName(name: string): Outlet | null {
  return OUTLETS.get(fold(name)) ?? null;
}

/** Maximum words of a chrome or header block: longer blocks are content that merely starts with such a word
 * (app promotions such as «اكتشف ما يمكن أن يفعله … من أجلك:» run to 9-10 words). */
const MAX_CUE_WORDS = 12;

/** Chrome: a known phrase alone, or a short line that starts with one and does not read as prose. */
export function isChrome(view: CueView, prose: boolean): boolean {
  if (view.whole === null) return false;
  if (CHROME.has(view.whole)) return true;
  return !prose && view.headWords <= MAX_CUE_WORDS && CHROME_PREFIX.test(view.whole);
}
export function endsArticle(view: CueView): boolean {
  if (view.whole === null) return false;
  if (ARTICLE_END.has(view.whole)) return true;
  if (view.headWords > MAX_CUE_WORDS) return false;
  for (const p of ARTICLE_END) if (view.whole.startsWith(p + ' ')) return true;
  return false;
}

/** A related-items header («أخبار ذات صلة», «إقرأ أيضاً:»); `inline` is the headline that follows it on the same line. */
export function relatedHeader(text: string, view: CueView): { inline: string | null } | null {
  if (view.whole !== null && RELATED_HEADERS.has(view.whole)) return { inline: null };
  if (!RELATED_HEADER_PREFIX.test(view.head)) return null;
  // «اقرأ أيضاً: عنوان» — cut the original after the header's colon or dots.
  const cut = text.search(/[:：]|\.\.|…/);
  const inline = cut >= 0 && cut < 40 ? text.slice(cut).replace(/^[:：.…\s]+/, '').trim() : '';
  if (inline) return { inline };
  return view.headWords <= MAX_CUE_WORDS && view.whole !== null ? { inline: null } : null;
}

export function isRelativeAge(view: CueView): boolean {
  return view.whole !== null && RELATIVE_AGE.test(view.whole);
}

export interface LabelHit {
  field: LabelField;
  /** Offsets in the folded text. */
  index: number;
  valueStart: number;
}

/** Labels («المصدر:», «التصنيف:») found in a block, in order, on its folded text. */
export function findLabels(folded: string): LabelHit[] {
  const hits: LabelHit[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(folded); m !== null; m = LABEL_RE.exec(folded)) {
    const field = LABELS.find(([p]) => p === m![2])![1];
    hits.push({ field, index: m.index + m[1].length, valueStart: m.index + m[0].length });
  }
  return hits;
}
