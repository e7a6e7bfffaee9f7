/**
 * Direct quotes and their speakers: «قال X: "…"», «وأضاف: "…"» (the last speaker), «… "…"، حسبما نقلت وكالة تاس عن X»,
 * «X: "…"». The speaker is linked to an entity of the article when one of its mentions names it.
 * Hand-written: speech verbs and reporting phrases are Arabic news conventions no library knows.
 */
import type { EntityRef, Quote } from '../model.ts';
import { normalizeWithOffsets } from '../text/index.ts';

/** Speech verbs, folded, with their feminine and plural forms (قال، قالت، أكد، أضاف …) and a clitic و/ف. */
const VERBS = 'قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|تابع|تابعت|صرح|صرحت|شدد|شددت|اعلن|اعلنت|اشار|اشارت|ذكر|ذكرت|كتب|كتبت|قالوا|اكدوا|يقول|تقول|افاد|افادت|لفت|لفتت|اعتبر|اعتبرت|وصف|وصفت|ختم|ختمت|استطرد|علق|علقت';
const QUOTE = '(?:"([^"\\n]{8,}?)"|«([^»\\n]{8,}?)»|“([^”\\n]{8,}?)”)';
/** «قال لافروف، الخميس، إنه "…"»: verb, speaker (up to 6 words), optional time and «إن/أن», then the quote. */
const SAID = new RegExp(`(?<![\\p{L}])[وف]?(${VERBS})\\s+((?:[^\\s"«“:.،,]+\\s*){1,6}?)[،,]?\\s*(?:[^"«“\\n]{0,40}?)?[:،,]?\\s*(?:انه|انها|ان|إن)?\\s*${QUOTE}`, 'gu');
/** «وأضاف: "…"» / «وأضاف "…"»: the verb alone, the speaker is the last one named. */
const ADDED = new RegExp(`(?<![\\p{L}])[وف]?(${VERBS})\\s*[:،,]?\\s*(?:انه|ان)?\\s*${QUOTE}`, 'gu');
/** «"…"، حسبما نقلت عنه وكالة تاس» / «… وفق ما نقل عن X»: the quote first, then who said it. */
const REPORTED = new RegExp(`${QUOTE}\\s*[،,]?\\s*(?:حسبما|كما|وفق ما|وفقا لما|بحسب ما)\\s+(?:نقلت|نقل|افادت|افاد|قالت|قال|ذكرت|ذكر)\\s+(?:عنه\\s+|عنها\\s+)?((?:[^\\s.،,]+\\s*){1,5})`, 'gu');

/** The entity named first between the speech verb and the quote (a person before anything else). */
function speakerEntity(span: { start: number; end: number }, entities: EntityRef[]): string | null {
  let best: { name: string; start: number; person: boolean } | null = null;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.end <= span.start || m.start >= span.end) continue;
      const person = e.type === 'PER';
      if (!best || (person && !best.person) || (person === best.person && m.start < best.start)) best = { name: e.name, start: m.start, person };
    }
  }
  return best?.name ?? null;
}

/**
 * @example findQuotes('قال لافروف: "العلاقات جيدة جدا"', entities)[0].speaker
 */
export function findQuotes(text: string, entities: EntityRef[]): Quote[] {
  const { folded, offsets } = normalizeWithOffsets(text);
  const at = (i: number) => offsets[Math.min(i, offsets.length - 1)];
  const quotes: Quote[] = [];
  const add = (quoteStart: number, quoteText: string, speakerSpan: { start: number; end: number } | null, fallback: string | null) => {
    const start = at(quoteStart);
    const end = at(quoteStart + quoteText.length - 1) + 1;
    if (quotes.some((q) => q.start === start)) return;
    const speaker = speakerSpan ? speakerEntity({ start: at(speakerSpan.start), end: at(speakerSpan.end) }, entities) ?? fallback : fallback;
    quotes.push({ speaker, text: text.slice(start, end), start, end });
  };
  const quoteOf = (m: RegExpExecArray, first: number) => {
    const q = m[first] ?? m[first + 1] ?? m[first + 2];
    return { q, start: m.index + m[0].lastIndexOf(q) };
  };
  let lastSpeaker: string | null = null;
  const events: Array<{ index: number; run: () => void }> = [];
  for (const m of folded.matchAll(SAID)) {
    const speakerStart = m.index! + m[0].indexOf(m[2], m[1].length);
    const span = { start: speakerStart, end: speakerStart + m[2].trimEnd().length };
    events.push({ index: m.index!, run: () => {
      const { q, start } = quoteOf(m as RegExpExecArray, 3);
      const named = speakerEntity({ start: at(span.start), end: at(start) }, entities);
      // Unlinked, the speaker is who the text says («الوزير», «المتحدث باسم الوزارة»).
      const said = text.slice(at(span.start), at(span.end)).replace(/[،,:\s]+$/, '');
      add(start, q, span, named ?? (said || null));
      if (named) lastSpeaker = named;
    } });
  }
  for (const m of folded.matchAll(ADDED)) {
    events.push({ index: m.index!, run: () => { const { q, start } = quoteOf(m as RegExpExecArray, 2); add(start, q, null, lastSpeaker); } });
  }
  for (const m of folded.matchAll(REPORTED)) {
    const speakerStart = m.index! + m[0].lastIndexOf(m[4]);
    events.push({ index: m.index!, run: () => {
      const { q, start } = quoteOf(m as RegExpExecArray, 1);
      add(start, q, { start: speakerStart, end: speakerStart + m[4].trimEnd().length }, null);
    } });
  }
  events.sort((a, b) => a.index - b.index);
  for (const e of events) e.run();
  return quotes.sort((a, b) => a.start - b.start);
}
