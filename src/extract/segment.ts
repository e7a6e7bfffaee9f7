/**
 * Plain-text pages to blocks: one block per line, and lines cut where scraping glued two things together —
 * a tweet's Latin signature and the Arabic paragraph after it, a label («المصدر:») inside a line, a headline and
 * the sentence run onto it («…"مناهض لروسيا"قالت زاخاروفا», «…يُجيبوبحسب تقرير»).
 * Hand-written: no library segments scraped Arabic text; every cut is a general cue, not a page's rule.
 */
import { findLabels, PARAGRAPH_OPENERS } from './cues.ts';
import { normalize, normalizeWithOffsets } from '../text/index.ts';
import { wordCount } from './words.ts';

export interface Segment {
  text: string;
  /** Offset in the page text. */
  start: number;
  line: number;
  /** How the segment was cut from its line: '' for a whole line, else the cue (`glued-latin`, `glued-label` …). */
  cut: string;
  /** True when the next segment was glued onto this one in the same line. */
  gluedToNext: boolean;
}

const OPENERS: ReadonlySet<string> = new Set(PARAGRAPH_OPENERS);
const OPENER_MIN = Math.min(...PARAGRAPH_OPENERS.map((o) => o.length));
const OPENER_MAX = Math.max(...PARAGRAPH_OPENERS.map((o) => o.length));
const LATIN_OR_DIGIT = /[A-Za-z0-9)]/;
/** Share of Latin characters in the 30 characters before a Latin->Arabic junction for it to count as a glued
 * embed signature (a handle or a Latin date); lower shares are Arabic text quoting a Latin word. */
const GLUE_LATIN_SHARE = 0.6;
/** A cut leaves at least this many words on each side of a glued headline/sentence junction. */
const MIN_GLUED_WORDS = 3;
/** Segments before a label longer than this many words are prose that mentions the word («قال المصدر: …»). */
const MAX_WORDS_BEFORE_LABEL = 8;


function latinShare(s: string): number {
  let latin = 0, letters = 0;
  for (const ch of s) {
    if (/[A-Za-z0-9@_#]/.test(ch)) { latin++; letters++; } else if (/\p{L}/u.test(ch)) letters++;
  }
  return letters === 0 ? 0 : latin / letters;
}

/** Positions in `line` where a cut belongs, with the cue that justifies each. */
function cutPoints(line: string): Array<{ at: number; cue: string }> {
  const cuts: Array<{ at: number; cue: string }> = [];
  // Only junctions where a Latin letter, digit, bracket, quote or sentence end touches an Arabic letter can be cuts.
  const junction = /[A-Za-z0-9)"»”.!?؟][\u0621-\u064a]/g;
  for (let m = junction.exec(line); m !== null; m = junction.exec(line)) {
    const i = m.index + 1;
    junction.lastIndex = i;
    const prev = line[i - 1];
    // «…October 19, 2023المصدر» / «…@handle)وخلال»: Latin text with Arabic glued on.
    if (/[A-Za-z0-9)]/.test(prev) && latinShare(line.slice(Math.max(0, i - 30), i)) >= GLUE_LATIN_SHARE) {
      cuts.push({ at: i, cue: 'glued-latin' });
      continue;
    }
    // «…"مناهض لروسيا"قالت»: a closing quote, or a sentence end, with the next sentence glued on.
    // An ASCII quote closes when it is the even one and touches the word before it (an opening one follows a space).
    let asciiQuotes = 0;
    if (prev === '"') for (let k = 0; k < i; k++) if (line[k] === '"') asciiQuotes++;
    const closingQuote = (prev === '"' && asciiQuotes % 2 === 0 && i >= 2 && !/\s/.test(line[i - 2])) || prev === '»' || prev === '”';
    const sentenceEnd = (prev === '.' || prev === '!' || prev === '؟' || prev === '?') && line[i - 2] !== '.' && line[i - 2] !== '؟';
    if ((closingQuote || sentenceEnd) && wordCount(line.slice(0, i)) >= MIN_GLUED_WORDS && wordCount(line.slice(i)) >= MIN_GLUED_WORDS) {
      cuts.push({ at: i, cue: closingQuote ? 'glued-quote' : 'glued-sentence' });
    }
  }
  // «…يُجيبوبحسب تقرير»: a word ending in a common paragraph opener, after a stretch with no sentence end.
  const longWord = /[\u0621-\u064a\u064b-\u065f\u0640\u0670]{8,}/g;
  for (let m = longWord.exec(line); m !== null; m = longWord.exec(line)) {
    if (m[0].indexOf('و', 3) < 0) continue; // every opener starts with و
    const { folded: w, offsets } = normalizeWithOffsets(m[0]);
    for (let len = OPENER_MAX; len >= OPENER_MIN; len--) {
      const opener = w.slice(w.length - len);
      if (w.length - len >= 3 && OPENERS.has(opener)) {
        const at = m.index + offsets[w.length - len];
        const before = line.slice(0, at);
        if (wordCount(before) >= MIN_GLUED_WORDS && !/[.!؟?]["»”]?\s*\S*$/.test(before) && wordCount(line.slice(at)) >= MIN_GLUED_WORDS) {
          cuts.push({ at, cue: 'glued-opener' });
        }
        break;
      }
    }
  }
  // «…2023المصدر: موقع 24», «المصدر: الأول - المغرب التصنيف: سياسة»: a label inside a line.
  if ((line.includes(':') || line.includes('：')) && findLabels(normalize(line)).some((h) => h.index > 0)) {
    const { folded, offsets } = normalizeWithOffsets(line);
    for (const hit of findLabels(folded)) {
      const at = offsets[hit.index];
      if (at === 0) continue;
      const before = line.slice(0, at).trim();
      const prevCut = Math.max(0, ...cuts.filter((c) => c.at < at).map((c) => c.at));
      if (before && wordCount(line.slice(prevCut, at)) <= MAX_WORDS_BEFORE_LABEL) cuts.push({ at, cue: 'glued-label' });
    }
  }
  cuts.sort((a, b) => a.at - b.at);
  return cuts.filter((c, i) => i === 0 || c.at !== cuts[i - 1].at);
}

/**
 * Splits a plain-text page into segments: its lines, cut at glued boundaries. Empty lines are kept as
 * empty segments (they separate items in some layouts).
 */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n].replace(/\r$/, '');
    const lineStart = offset;
    offset += lines[n].length + 1;
    const cuts = raw.trim() === '' ? [] : cutPoints(raw);
    let from = 0;
    const pieces: Array<{ from: number; to: number; cue: string }> = [];
    let cue = '';
    for (const c of cuts) {
      pieces.push({ from, to: c.at, cue });
      from = c.at;
      cue = c.cue;
    }
    pieces.push({ from, to: raw.length, cue });
    pieces.forEach((p, i) => {
      const slice = raw.slice(p.from, p.to);
      const lead = slice.length - slice.trimStart().length;
      segments.push({
        text: slice.trim(),
        start: lineStart + p.from + lead,
        line: n,
        cut: p.cue,
        gluedToNext: i < pieces.length - 1,
      });
    });
  }
  return segments;
}
