/**
 * The article's own tags from a tag line. A tag line is words with no separators, and it may also carry the
 * site's trending tags: multi-word tags are rebuilt from phrases the article itself uses, known names, and
 * the Arabic noun-adjective pattern (الحرب الأوكرانية); a tag is the article's own when the article mentions
 * it, or when it follows the point where the line repeats itself (trending list, then the article's).
 */
import { normalize, searchKeys, words } from '../text/index.ts';

const MAX_PHRASE = 4;
/** A run of tag words is one tag when the article uses it as a unit: at least this share of the uses of its
 * rarest word are inside the phrase (ماريا زاخاروفا: 1 of 1; «لافروف كوريا الشمالية»: 1 of 6, no). */
const MIN_UNIT_SHARE = 0.5;
const key = (s: string) => searchKeys(s).join(' ');

function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/** The article's search keys as one string with a space on each side, for phrase look-ups. */
export function keyString(articleText: string): string {
  return ' ' + searchKeys(articleText).join(' ') + ' ';
}

/** Splits tag text into tags; `articleText` provides the phrases to keep together. */
export function splitTags(value: string, articleKeys: string, knownPhrases: ReadonlySet<string> = new Set()): string[] {
  if (/[،,|؛;#\n]/.test(value)) return value.split(/[،,|؛;#\n]+/).map((t) => t.trim()).filter((t) => t.length > 1);
  const original = value.split(/\s+/).filter(Boolean);
  const folded = original.map((w) => normalize(w));
  const tags: string[] = [];
  const unigram = new Map<string, number>();
  for (const k of articleKeys.split(' ')) if (k) unigram.set(k, (unigram.get(k) ?? 0) + 1);
  const wordKeys = folded.map((w) => key(w));
  for (let i = 0; i < original.length;) {
    let taken = 1;
    for (let n = Math.min(MAX_PHRASE, original.length - i); n >= 2; n--) {
      const phrase = folded.slice(i, i + n).join(' ');
      const rarest = Math.min(...wordKeys.slice(i, i + n).map((k) => unigram.get(k) ?? 0));
      const uses = rarest > 0 ? countOf(articleKeys, ' ' + wordKeys.slice(i, i + n).join(' ') + ' ') : 0;
      const inArticle = uses > 0 && uses >= MIN_UNIT_SHARE * rarest;
      // Definite noun + definite nisba adjective (الحرب الأوكرانية، التغير المناخي): the adjective ends in ي/ية.
      const adjectival = n === 2 && folded[i].startsWith('ال') && /^ال.+(?:ي|يه)$/.test(folded[i + 1]);
      if (knownPhrases.has(phrase) || inArticle || adjectival) { taken = n; break; }
    }
    tags.push(original.slice(i, i + taken).join(' '));
    i += taken;
  }
  return tags.filter((t) => words(t).join('').length > 1);
}

/** The tags that are the article's own, deduplicated by folded form, in order. */
export function ownTags(tags: string[], articleKeys: string): string[] {
  const seen = new Map<string, number>();
  let restart = -1;
  tags.forEach((t, i) => {
    const k = normalize(t);
    if (seen.has(k) && restart < 0) restart = i;
    if (!seen.has(k)) seen.set(k, i);
  });
  const out: string[] = [];
  const taken = new Set<string>();
  tags.forEach((t, i) => {
    const k = normalize(t);
    if (taken.has(k)) return;
    const mentioned = articleKeys.includes(' ' + key(t) + ' ');
    if (mentioned || (restart >= 0 && i >= restart)) { out.push(t); taken.add(k); }
  });
  return out;
}
