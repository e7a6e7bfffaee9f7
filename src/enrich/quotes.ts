/**
 * Direct quotes and their speakers: «قال X: "…"», «وأضاف: "…"» (the last speaker), «… "…"، حسبما نقلت وكالة تاس عن X»,
 * «X: "…"». The speaker is linked to an entity of the article when one is named between the speech verb and the
 * quote; otherwise it is the words that name it («الوزير»).
 * Hand-written: speech verbs and reporting phrases are Arabic news conventions no library knows. Linear: quotes
 * are found first, then the words before and after each are read.
 */
import type { EntityRef, Quote } from '../model.ts';
import { loadData } from '../data.ts';
import { isStopword, normalize, normalizeWithOffsets } from '../text/index.ts';
import { describesPerson, isOrganizationNoun } from './name-contexts.ts';

/** The words around quotes (data/quote-cues.json), folded. */
const cues = loadData<{ speechVerbs: string[]; participles: string[]; titleNouns: string[]; phraseOpeners: string[]; statementNouns: string[]; speakingBodies: string[]; proxyNouns: string[] }>('quote-cues');

/** Participles of saying («مضيفا», «قائلة»), folded. */
const PARTICIPLES: ReadonlySet<string> = new Set(cues.participles);
/** Speech verbs and participles, folded, with feminine and plural forms and an optional و/ف. */
const VERB = new RegExp(`(?:^|[^\\p{L}])[وف]?(${[...cues.speechVerbs, ...cues.participles].join('|')})(?=[^\\p{L}]|$)`, 'gu');
/** A reporting phrase after a quote: «حسبما نقلت عنه وكالة تاس». */
const REPORTED = /^\s*[،,]?\s*(?:حسبما|كما|وفق ما|وفقا لما|بحسب ما)\s+(?:نقلت|نقل|افادت|افاد|قالت|قال|ذكرت|ذكر)\s+(?:عنه\s+|عنها\s+)?/u;
const PAIRS: Record<string, string> = { '"': '"', '«': '»', '“': '”' };
/** A quote has at least this many characters (shorter quoted words are names or terms: «تاس»، "مناهض"). */
const MIN_QUOTE = 12;
/** …and at least this many words (a quoted name or phrase is no speech: «الشرق الأوسط»، «أحسن حالاتها»). */
const MIN_QUOTE_WORDS = 3;
/** The speech verb stands at most this far before the quote. */
const MAX_LEAD = 90;
/** A place speaks only as the verb's immediate subject («قالت موسكو:»), within this many characters of it; further
 * on it is where the speaker is from («قال مفتي أوغندا»). */
const PLACE_SUBJECT_GAP = 3;
/** Right before a quote, a noun whose title it is («مؤلف كتاب «الصراع من أجل مستقبل العراق»», «تحت شعار «…»»): a
 * title, not speech. Folded. */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:[وف]?(?:[بلك]|لل)?)(?:${cues.titleNouns.join('|')})\\s*$`, 'u');
/** Words that open an adverbial phrase after the verb, not its subject («وقال عقب السباق:», «وقال تعليقا على ذلك:»).
 * Folded. */
const PHRASE_OPENER: ReadonlySet<string> = new Set(cues.phraseOpeners);
/** Right before a mention, the preposition of whom the words were said to («قال لـ«الشرق الأوسط»»، «للصحفيين»). */
const ADDRESSEE = /(?:^|[^\p{L}])ل\s*ـ?\s*(?:(?:وكالة|وكاله|صحيفة|صحيفه|قناة|قناه|موقع|إذاعة|اذاعه)\s+)?[«"“]?\s*$/u;

/** A noun of one who speaks for or of the person named after it, folded («محامي مرسي», «عائلة عبدالعزيز», «متحدث
 * باسم فيشر»): in construct, so without ال, a و or ف allowed (after ب or ل it is no subject: «بيان تابع لمكتب
 * العبادي»). With ال only a spokesman, and only with «باسم» («المتحدث باسم الرئيس بوتين»): «المحامي جاكلين مودينا»
 * is the lawyer. */
const PROXY_NOUN = new RegExp(`^[وف]?(?:${cues.proxyNouns.join('|')})$`);
const SPOKESMAN = /^[وف]?ال(?:متحدث|متحدثه|ناطق|ناطقه)$/;
/** Words between a proxy noun and the person that keep the person its principal: «باسم», «الرسمي», titles, offices
 * and nationality adjectives («والدة الشهيد الشحي», «مكتب رئيس الوزراء بنيامين نتنياهو»). Any other word names
 * someone or something else, and the person after it is the proxy himself («الناطق باسم الكرملين ديمتري بيسكوف»,
 * «الوالدة وتدعى إليزابيث»). */
const PRINCIPAL_WORD = (w: string) => w === 'باسم' || w === 'الرسمي' || w === 'الاعلامي' || w === 'الوزراء' || describesPerson(w);
/** Whether the words from `from` to a person's mention name a proxy of that person (who speaks for or of him). */
function proxyBefore(text: string, from: number, mention: number): boolean {
  const words = normalize(text.slice(from, mention)).split(/[\s،,:]+/).filter(Boolean);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (PROXY_NOUN.test(w)) return true;
    if (SPOKESMAN.test(w)) return words.slice(k + 1).includes('باسم');
    if (!PRINCIPAL_WORD(w)) return false;
  }
  return false;
}

/** The entity named first in [start, end) (a person before anything else), not an addressee, a place only right
 * after the verb (at `start`); `personsOnly`: a person or none. */
function entityIn(text: string, start: number, end: number, entities: EntityRef[], personsOnly = false): string | null {
  let best: { name: string; start: number; person: boolean } | null = null;
  for (const e of entities) {
    if (personsOnly && e.type !== 'PER') continue;
    for (const m of e.mentions) {
      if (m.end <= start || m.start >= end) continue;
      if (ADDRESSEE.test(text.slice(Math.max(0, m.start - 12), m.start)) || (/^ل/.test(m.text) && !normalize(e.name).includes(normalize(m.text)))) continue;
      if (e.type === 'LOC' && text.slice(start, m.start).trim().length > PLACE_SUBJECT_GAP) continue;
      const person = e.type === 'PER';
      // Not one a preposition governs («وقال عن ليونيل ميسي:», «مع الوزير جون كيري»).
      if (person && (proxyBefore(text, start, m.start) || objectAt(text, m.start, false))) continue;
      if (!best || (person && !best.person) || (person === best.person && m.start < best.start)) best = { name: e.name, start: m.start, person };
    }
  }
  return best?.name ?? null;
}

/** Whether a word (as written) opens a phrase, not a name: a function word, an adverbial opener («عقب», «بقوله»)
 * or to whom it was said («لـ«الشرق الأوسط»», «لي»). */
function opensPhrase(word: string): boolean {
  const folded = normalize(word);
  return isStopword(word) || PHRASE_OPENER.has(folded) || ADDRESSED.test(folded);
}
/** A word that says to whom the words were said («لوكالة», «للصحفيين», «لـ», «لي», «لهم»), folded. */
const ADDRESSED = /^ل(?:$|ـ|[«"“]|ل|وكاله|صحيفه|قناه|موقع|اذاعه|تلفزيون|مجله|جريده)|^ل(?:ي|ه|ها|هم|هما|هن|نا|ك|كم)$/;
/** What words were said in, after «في» («بيان», «تصريحاته»), folded, with a possessive ending allowed (its ة
 * written ت: «خطبته», «كلمتها»). */
const STATEMENT = new RegExp(`^(?:(?:${cues.statementNouns.join('|')})(?:ه|ها|هم|هما)?|(?:${cues.statementNouns.filter((n) => n.endsWith('ه')).map((n) => n.slice(0, -1)).join('|')})ت(?:ه|ها|هم|هما))$`);
/** Where it was said or written: «عبر «تويتر»», «بموقع "تويتر"», «بحسابه», «بصفحته», «بتصريح», «ببيان» (folded). */
const MEDIUM = /^(?:عبر|ب(?:موقع|حساب|صفح|قناه|تغريد|تصريح|بيان))/;
/** A relative pronoun: after a definite noun, the clause it opens describes the speaker («البيان الذي حصلت «الشرق
 * الأوسط» على نسخة منه»); after «لوجود الكثير من المدارس» (what «أشار» pointed to) it is no speaker's. */
const RELATIVE = /^(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)$/;
/** «إلى», «على» as written (with ى, not the name «علي»): «وأشارت وسائل إعلام محلية إلى أن …», «ونص البيان على أن …». */
const PREPOSITION_AS_WRITTEN = /^(?:إلى|الى|على)$/;
/** The first words of news outlets' names (data/outlets.json), folded: «فرانس», «رويترز». */
const OUTLET_FIRST_WORDS: ReadonlySet<string> = new Set(loadData<{ outlets: Array<{ name: string; variants: string[] }> }>('outlets').outlets
  .flatMap((o) => [o.name, ...o.variants]).map((n) => normalize(n).split(/\s+/)[0]).filter((w) => /^\p{L}{3,}$/u.test(w) && !w.startsWith('ال')));
/** A verb and its object asking not to be named («طلب عدم نشر اسمه», «رفض الكشف عن هويته», «فضل عدم ذكر اسمه»). */
const ANONYMOUS_VERB = /^(?:طلب|طلبت|طلبا|طلبوا|رفض|رفضت|رفضا|رفضوا|فضل|فضلت|فضلوا|اشترط|اشترطت|طالبا|طالبه|رافضا|رافضه|مفضلا|مفضله)$/;
const ANONYMOUS_OBJECT = /^(?:عدم|الكشف|ذكر|نشر|الافصاح|التعريف)$/;
/** Whether the speaker's words end before the word at `k` of `words` (as written): a phrase that says how, when or
 * to whom it was said begins there, not «في» of «مسؤول في الحكومة». */
function endsSpeaker(words: string[], k: number, definite: boolean): boolean {
  const w = normalize(words[k]);
  if (PHRASE_OPENER.has(w) || ADDRESSED.test(w) || PREPOSITION_AS_WRITTEN.test(words[k]) || MEDIUM.test(w) || (definite && RELATIVE.test(w))) return true;
  // An outlet told with ل glued to its name («لفرانس برس», «لرويترز»), and a clause of how he was then («ضابط كبير
  // وهو يتفقد جنوده»).
  if ((w.length > 3 && w[0] === 'ل' && OUTLET_FIRST_WORDS.has(w.slice(1))) || w === 'وهو' || w === 'وهي') return true;
  // «مسؤول أمريكي طلب عدم نشر اسمه»: the clause of one who would not be named describes him, it names nobody.
  if (ANONYMOUS_VERB.test(w.replace(/^و/, '')) && k + 1 < words.length && ANONYMOUS_OBJECT.test(normalize(words[k + 1]))) return true;
  return w === 'في' && k + 1 < words.length && STATEMENT.test(normalize(words[k + 1]));
}

/** «إن», «أن», «بأن» with a pronoun or not («أنه», «إنها»), folded or as written (with its marks: «أنّهما»): the word
 * that opens what was said.
 * The one pattern of the patterns below. */
const THAT = '[بل]?[اأإ][\\u064B-\\u0652]*ن[\\u064B-\\u0652]*(?:ه|ها|هم|هما|نا)?';
/** «أن/إن» as a word: what follows was said, not who said it. */
const REPORTED_CLAUSE = new RegExp(`(?:^|\\s)${THAT}(?=\\s|$)`);
/** Words that open with «أن/إن»: the verb's subject is the one already speaking. */
const OPENS_REPORTED = new RegExp(`^${THAT}(?:\\s|$)`);
/** «أن/إن» and all after it, with the preposition some verbs take before it («وحذر رئيس الوزراء من أن»). */
const FROM_REPORTED_CLAUSE = new RegExp(`\\s+(?:(?:من|إلى|الى|على)\\s+)?${THAT}(?:\\s.*)?$`, 's');
/** Every «أن/إن» (folded text), for the last one before a name (REPORTED_CLAUSE, global). */
const REPORTED_CLAUSES = new RegExp(REPORTED_CLAUSE.source, 'g');
/** After a verb, folded: a definite noun with up to two definite words after it (adjectives), then «أن/إن». */
const NOUN_SUBJECT = new RegExp(`^\\s(ال[^\\s،,.:؛]+(?:\\s+ال[^\\s،,.:؛]+){0,2})\\s+${THAT}\\s`);
/** Bodies and sources news reports speaking (data/quote-cues.json speakingBodies), folded. */
const SPEAKING_BODIES: ReadonlySet<string> = new Set(cues.speakingBodies);
/** Whether a folded definite word is a body's or a source's noun: a generic organization noun («الشركة», «الحزب»),
 * a statement («البيان», «التقرير») or one of the bodies and sources news reports speaking. */
const BODY_OR_SOURCE = (w: string) => isOrganizationNoun(w) || STATEMENT.test(w) || SPEAKING_BODIES.has(w);
/** Where the k-th word (0-based, words as whitespace splits them) after `from` begins in `text`. */
function wordOffset(text: string, from: number, k: number): number {
  const word = /\S+/g;
  word.lastIndex = from;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= k; i++) m = word.exec(text);
  return m ? m.index : text.length;
}

/** Punctuation that ends a clause. */
const CLAUSE_MARKS = ['.', '،', ',', '؛', ':', '!', '؟', '\n'];
/** Where the last clause mark before `end` in `s` is (-1: none). */
const lastClauseMark = (s: string, end: number) => Math.max(...CLAUSE_MARKS.map((c) => s.lastIndexOf(c, end - 1)));

/** Prepositions: a name after one in its clause is no subject («رفع شروطه في وجه محمد جواد ظريف يقول»). Folded. */
const PREPOSITION = /(?:^|\s)(?:[وف]?(?:في|من|الي|علي|عن|مع|لدي|عبر|حول|ضد|امام|بين|برياسه|بقياده|بزعامه|برعايه|بحضور|بمشاركه))(?=\s)/;
/** The person named right before `at` (a space or none between) at the head of its clause, the subject of a verb
 * written after it («العطية قال»). */
function personEndingAt(text: string, at: number, entities: EntityRef[], possessor = false): string | null {
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    for (const m of e.mentions) {
      // «عن مرسي قوله»: the one whose saying it is, after a preposition too, and closing an apposition with a comma
      // («نقل عن مدير الأمن، اللواء علي العزازي، قوله»).
      if (m.end > at || !(possessor ? /^\s{0,2}[،,]?\s{0,2}$/ : /^\s{0,2}(?:قد\s{1,2})?$/).test(text.slice(m.end, at))) continue;
      if (possessor) return e.name;
      // The clause begins after punctuation or «أن/إن» («قال المحامي … لرويترز إن مرسي قال»).
      const before = normalize(text.slice(Math.max(0, m.start - 80), m.start));
      const opener = Math.max(lastClauseMark(before, before.length), ...[...before.matchAll(REPORTED_CLAUSES)].map((x) => x.index! + x[0].length));
      if (!PREPOSITION.test(` ${before.slice(opener + 1)} `)) return e.name;
    }
  }
  return null;
}

/** The person named in full first in the sentence before `at`, the subject of an earlier clause («وانتقدت النائبة شروق
 * العبايجي ما حصل، وقالت: «…»»): who a verb with no subject of its own goes on with when nobody spoke before. None
 * where that name follows a preposition or «أن/إن» (an object, or what was said: «اجتمع الوفد مع لافروف، وقال»). */
function sentenceSubjectBefore(text: string, at: number, persons: Array<{ start: number; end: number; name: string }>): string | null {
  const inSentence = persons.filter((p) => p.end <= at && !SENTENCE_END.test(text.slice(p.end, at)) && !INSIDE_QUOTE.test(text.slice(p.end, at)));
  const subject = (p: { start: number } | undefined) => !!p && !objectAt(text, p.start);
  // The subject of the clause right before «وقال» if it ends there («التفت إليه نظيره موشي يعلون وقال»), else the first.
  const last = inSentence[inSentence.length - 1];
  if (last && /^\s*$/.test(text.slice(last.end, at)) && subject(last)) return last.name;
  return subject(inSentence[0]) ? inSentence[0].name : null;
}
/** «الذي/التي» right before a verb (as written), with the gender each gives the verb's subject. */
const RELATIVE_BEFORE = /(?:^|[\s،,])(الذي|التي)\s*$/u;
/** Between a person and the relative pronoun: nothing, a comma, or one phrase in apposition between commas («مسعود
 * هونارماندي، رجل أعمال، الذي قال»). */
const BEFORE_RELATIVE = /^\s*(?:[،,](?:[^،,.\n!?؟:«»"“”]{1,60}[،,])?\s*)?$/u;
/** The person a relative clause right before the verb describes, the verb's subject where none follows it («هرمز
 * مسعودي، الذي قال: «…»», «سوزان رايس، مستشارة الرئيس أوباما، التي قالت»): only where the pronoun agrees with the
 * verb (not «الوضع الذي قالت عنه ميركل»), and not a person after a preposition or «أن» («مصدر مقرب من تمام سلام، الذي
 * أكد» is the source's), nor one with a clitic preposition («التقيت بميسي الذي قال»). */
function relativeSubject(text: string, verbAt: number, gender: Gender, persons: Array<{ start: number; end: number; name: string }>): string | null {
  const lead = text.slice(Math.max(0, verbAt - 160), verbAt);
  const m = RELATIVE_BEFORE.exec(lead);
  if (!m || (m[1] === 'الذي' ? gender !== 'm' : gender !== 'f')) return null;
  const relativeAt = verbAt - lead.length + m.index + m[0].indexOf(m[1]);
  for (let k = persons.length - 1; k >= 0; k--) {
    const p = persons[k];
    if (p.end > relativeAt) continue;
    const gap = text.slice(p.end, relativeAt);
    if (gap.length > 80) return null;
    // A person inside the phrase in apposition is not the one it describes («مستشارة الرئيس أوباما»).
    if (!BEFORE_RELATIVE.test(gap)) continue;
    if (p.start > 0 && /\p{L}/u.test(text[p.start - 1])) return null;
    return objectAt(text, p.start) ? null : p.name;
  }
  return null;
}
/** Nisba adjectives after a title («الكوميدية», «العراقي»), folded. */
const NISBA = /^(?:[وفبل]|لل)?ال\p{L}{2,}(?:ي|يه|يين|يون)$/u;
/** Whether the person named at `start` is an object: a preposition (or, with `orSaid`, «أن/إن» or a quotation mark:
 * what was said) right before the name, or before the titles and adjectives that go with it («تعاون لها مع الممثلة
 * الكوميدية انجو ريحان»), or a clitic ل or ب on it. */
function objectAt(text: string, start: number, orSaid = true): boolean {
  // A mention that begins inside its word follows a clitic: with ل or ب, a preposition («للشاعر فهد بورسلي»).
  const clitic = /[\p{L}\u0640]+$/u.exec(text.slice(Math.max(0, start - 4), start));
  if (clitic && /[لب]/.test(clitic[0])) return true;
  const words = normalize(text.slice(Math.max(0, start - 80), start)).split(/\s+/).filter(Boolean);
  const all = words.length;
  for (let w = words[words.length - 1]; w !== undefined; w = words[words.length - 1]) {
    const title = describesPerson(w);
    if (!title && !NISBA.test(w)) break;
    // A title with ل or ب is the object's: «باح بها للسفير الأميركي السابق فورد فريكر».
    if (title && /^[وف]?(?:لل|بال)/.test(w)) return true;
    words.pop();
  }
  // Before a title «عبر» is the verb (expressed), not «via»: «عبر وزير الخارجية البلجيكي ديدييه رينديرز عن».
  if (words.length < all && /^[وف]?عبر$/.test(words[words.length - 1] ?? '')) return false;
  // «نقل/نقلت … عن X»: X is who said it, not an object («ونقل البيان عن آزفيدو القول:»).
  if (/^[وف]?عن$/.test(words[words.length - 1] ?? '') && words.slice(-4, -1).some((w) => /^[وف]?(?:نقل|نقلت|نقلا|نقلته|نقلها)$/.test(w))) return false;
  return orSaid ? OBJECT_BEFORE.test(` ${words.slice(-4).join(' ')}`) : PREPOSITION.test(` ${words[words.length - 1] ?? ''} `);
}
/** After a name, a quotation closed before any opens: the name was quoted words («…ومكتشف كريستيانو رونالدو»، وكانت
 * الصحف … وقالت»), no subject. */
const INSIDE_QUOTE = /^[^«“]*[»”]/;
/** A sentence's end between a name and a verb. */
const SENTENCE_END = /[.!?؟\n]/;
/** A preposition or «أن/إن» right before a name (folded, a space before it). */
const OBJECT_BEFORE = new RegExp(`(?:${PREPOSITION.source.replace('(?=\\s)', '')}|\\s${THAT}|[«"“(])\\s*$`);

/** The mentions of persons named in full (two words or more: «محمد» alone is anyone), in text order: who reported
 * speech may name as speaking. */
function fullPersonMentions(entities: EntityRef[]): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  for (const e of entities) if (e.type === 'PER' && /\s/.test(e.name.trim())) for (const m of e.mentions) out.push({ start: m.start, end: m.end, name: e.name });
  return out.sort((a, b) => a.start - b.start);
}

/** The grammatical gender a speech verb gives its subject («قالت», «تقول», «قولها»: f), none for a plural. */
type Gender = 'f' | 'm' | null;
function genderOf(verb: string): Gender {
  if (/وا$/.test(verb)) return null;
  if (PARTICIPLES.has(verb)) return verb.endsWith('ه') ? 'f' : 'm';
  return /ت$|ها$|^تقول$/.test(verb) ? 'f' : 'm';
}

/** Quoted passages of a folded text: [open, close) offsets of the content. */
function quotedSpans(folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // From one opening mark to the next (a regular expression skips the text between at native speed).
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(folded); m; m = OPENING.exec(folded)) {
    const i = m.index;
    const close = PAIRS[folded[i]];
    // An ASCII quote opens only after a space, a line start or punctuation (a closing one touches a word).
    if (folded[i] === '"' && i > 0 && /[\p{L}\p{N}]/u.test(folded[i - 1])) continue;
    const j = folded.indexOf(close, i + 1);
    const line = folded.indexOf('\n', i + 1);
    if (j < 0 || (line >= 0 && line < j)) continue;
    if (j - i - 1 >= MIN_QUOTE && folded.slice(i + 1, j).trim().split(/\s+/).length >= MIN_QUOTE_WORDS) spans.push([i + 1, j]);
    OPENING.lastIndex = j + 1;
  }
  return spans;
}
/** Whether folded offset `i` lies inside one of the quotes found (spans in text order). */
function insideQuote(found: Array<[number, number]>, i: number): boolean {
  for (let k = found.length - 1; k >= 0 && found[k][1] > i; k--) if (found[k][0] <= i) return true;
  return false;
}
/** The opening marks of PAIRS. */
const OPENING = new RegExp(`[${Object.keys(PAIRS).join('')}]`, 'g');

/**
 * @example findQuotes('قال لافروف: "العلاقات جيدة جدا"', entities)[0].speaker // 'سيرغي لافروف'
 */
export function findQuotes(text: string, entities: EntityRef[], prepared?: { folded: string; offsets: number[] }): Quote[] {
  const { folded, offsets } = prepared ?? normalizeWithOffsets(text);
  const at = (i: number) => offsets[Math.min(i, offsets.length - 1)];
  const quotes: Quote[] = [];
  const spans = quotedSpans(folded);
  if (spans.length === 0) return quotes; // most texts: no need to read their reported speech
  let lastSpeaker: string | null = null;
  let lastGender: Gender = null;
  let lastSpokeAt = -1;
  // Who reported speech names as speaking without quotes («وأكد وزير الخارجية سامح شكري أن …»), in text order: the
  // one «وأضاف: "…"» goes on with where no quote came since.
  // The person is the first named in full after the verb in its clause, with no preposition between («ونقل المحامي
  // عن مرسي» is the lawyer speaking). Only verbs before the last quote matter.
  const indirect: Array<{ at: number; speaker: string; gender: Gender }> = [];
  const persons = fullPersonMentions(entities);
  /** The persons named since the last quote found (all of them before the first): whose sentence a verb or participle
   * with no subject of its own may go on with. */
  const personsSinceLastQuote = () => (found.length > 0 ? persons.filter((p) => p.start > at(found[found.length - 1][1])) : persons);
  const before = folded.slice(0, spans[spans.length - 1][0]);
  let p = 0;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(before); m !== null; m = VERB.exec(before)) {
    const from = m.index + m[0].length;
    const rest = folded.slice(from, from + 60);
    const stop = rest.search(/[.،,:؛!؟?\n«"“]/);
    const to = at(from + (stop < 0 ? rest.length : stop));
    while (p < persons.length && persons[p].start < at(from)) p++;
    const person = persons[p];
    // Not after «أن/إن»: «وأكد أن الرئيس بوتين …» reports what was said of Putin.
    const between = person ? ` ${normalize(text.slice(at(from), person.start))} ` : '';
    if (person && person.start < to && !PREPOSITION.test(between) && !REPORTED_CLAUSE.test(between)) {
      // «وأوضحت والدة الشهيد عبدالرحمن القحطاني أن»: the words naming the proxy, not the person, speak.
      const speaker = proxyBefore(text, at(from), person.start) ? text.slice(at(from), person.end).trim() : person.name;
      indirect.push({ at: from, speaker, gender: genderOf(m[1]) });
      continue;
    }
    // With no person, a body or a source right before «أن/إن» («وقالت الوزارة إن …», «وأكد المصدر الأمني أن …») speaks
    // on; not a role, which names a person told before («وأكد الباحث أن» is the researcher named earlier).
    const noun = NOUN_SUBJECT.exec(rest);
    if (noun && BODY_OR_SOURCE(noun[1].split(' ')[0]) && !noun[1].split(' ').some((w) => isStopword(w))) indirect.push({ at: from, speaker: text.slice(at(from + 1), at(from + noun[1].length) + 1), gender: genderOf(m[1]) });
  }
  let nextIndirect = 0;
  let lastIndirect: { at: number; speaker: string; gender: Gender } | null = null;
  /** The spans of the quotes found so far: a verb inside one is its speaker's, not the next quote's. A quoted span
   * that is no quote («قال مايك مولفيهيل، … في «فوكس سبورت»: «» opened by a stray mark) hides no verb. */
  const found: Array<[number, number]> = [];
  for (const [open, close] of spans) {
    const start = at(open), end = at(close - 1) + 1;
    while (nextIndirect < indirect.length && indirect[nextIndirect].at < open) lastIndirect = indirect[nextIndirect++];
    // The one already speaking: the last quote's speaker, or a person reported speaking since.
    const goingName: string | null = lastIndirect && lastIndirect.at > lastSpokeAt ? lastIndirect.speaker : lastSpeaker;
    const goingGender: Gender = lastIndirect && lastIndirect.at > lastSpokeAt ? lastIndirect.gender : lastGender;
    /** Where the one already speaking last spoke (folded offset; -1: nobody). */
    const goingAt = lastIndirect && lastIndirect.at > lastSpokeAt ? lastIndirect.at : lastSpokeAt;
    const leadFrom = Math.max(0, open - 1 - MAX_LEAD);
    const lead = folded.slice(leadFrom, open - 1);
    if (TITLE_BEFORE.test(lead)) continue;
    // The last speech verb before the quote, not across a sentence end.
    let verbEnd = -1;
    /** Where the verb's word begins (its و or ف included), and whether it has one. */
    let verbStart = -1;
    let verbJoined = false;
    let gender: Gender = null;
    let participle = false;
    VERB.lastIndex = 0;
    for (let m = VERB.exec(lead); m !== null; m = VERB.exec(lead)) {
      // A verb inside an earlier quote is its speaker's words («… كما تقول التقارير …»، مؤكدا أن «…»).
      if (insideQuote(found, leadFrom + m.index + m[0].length - 1)) continue;
      // «طلب عدم ذكر اسمه»: a verbal noun after «عدم» says nothing was said.
      if (/عدم\s*$/.test(lead.slice(Math.max(0, m.index - 8), m.index + (m[0].length - m[0].replace(/^[^\p{L}]/u, '').length)))) continue;
      // A participle after a finite verb of saying is that verb's («وأضاف قائلا:», «وأكد مصدر …، موضحا»).
      if (PARTICIPLES.has(m[1]) && verbEnd >= 0 && !participle && !/[.!؟?]\s/.test(lead.slice(verbEnd, m.index))) continue;
      participle = PARTICIPLES.has(m[1]);
      verbEnd = m.index + m[0].length;
      const word = m[0].replace(/^[^\p{L}]/u, '');
      verbStart = verbEnd - word.length;
      verbJoined = word.length > m[1].length;
      gender = genderOf(m[1]);
    }
    if (verbEnd >= 0 && /[.!؟?]\s/.test(lead.slice(verbEnd))) { verbEnd = -1; gender = null; }
    // The one already speaking goes on with a verb of his gender: «وقالت» after «قال علي جابر» is someone else.
    // After a participle («، مضيفا: «…»») only one who spoke in this paragraph goes on: its subject is the clause's
    // before it, which names no one Marsad reads as speaking when nobody did there.
    const goingHere = !participle || (goingAt >= 0 && folded.lastIndexOf('\n', open) < goingAt);
    const going: string | null = goingHere && (!gender || !goingGender || gender === goingGender) ? goingName : null;
    let speaker: string | null = null;
    // A participle takes no subject after it («مؤكدا بدل ذلك أن»): its subject is the person named in its clause
    // before it («ويضيف كورتيز قائلا:»), else the one speaking in the paragraph, else nobody.
    if (verbEnd >= 0 && participle) {
      // Its clause only: past a comma, the names before it are as often objects («ينظمه يونايتد …، مضيفا»).
      const clause = Math.max(lastClauseMark(lead, verbStart), lead.lastIndexOf('»', verbStart - 1), lead.lastIndexOf('”', verbStart - 1)) + 1;
      // With nobody speaking before in its paragraph, the subject of its sentence since the last quote («عد سالم العثمان مدير عام
      // الفريق، معسكر النمسا من أنجح المعسكرات، مضيفا»), as for «وقال» below.
      speaker = entityIn(text, at(leadFrom + clause), at(leadFrom + verbStart), entities, true) ?? going ?? sentenceSubjectBefore(text, at(leadFrom + verbStart), personsSinceLastQuote());
    } else if (verbEnd >= 0) {
      const from = leadFrom + verbEnd;
      const words = text.slice(at(from), at(open - 1)).replace(/(?:،|,|:).*$/s, '').replace(FROM_REPORTED_CLAUSE, '').trim();
      // «وقال إن الأميركيين …»: the verb's subject is the one already speaking; what follows «إن» is what was said.
      const reported = OPENS_REPORTED.test(words);
      // «وقال في بيان له: …», «وقال لها: …»: a phrase after the verb that opens with a function word names no
      // speaker; the one already speaking goes on.
      const list = words.split(/\s+/);
      const functionWord = words !== '' && opensPhrase(list[0]);
      // «العطية قال في مقابلة مع قناة (التلفزيون العربي): …»: with no subject after it, a verb without و has its
      // subject right before it (a name ending there), not in the phrase after it.
      const subjectBefore = !verbJoined && (words === '' || reported || functionWord) ? personEndingAt(text, at(leadFrom + verbStart), entities, /^قول(?:ه|ها)$/.test(lead.slice(verbStart, verbEnd))) : null;
      // The words that name the speaker end where a phrase after them begins: «وزارة الخارجية المصرية في بيان»,
      // «نائب محافظ منطقة موسكو لوكالة انترفاكس», «الوكالة نقلا عن».
      const cut = list.findIndex((_, k) => k > 0 && endsSpeaker(list, k, list[0].startsWith('ال')));
      // A person named after the verb up to «إن/أن» speaks («ونقلت وكالة تاس عن لافروف قوله», in apposition too:
      // «وقال حاكم ولاية تكساس، غريغ أبوت:»); anything else only within those words, and none where they open with
      // a phrase: «كتبت الجامعة على موقع «تويتر»» is the university's, «وقال على تويتر» not Twitter's.
      const said = REPORTED_CLAUSE.exec(text.slice(at(from), at(open - 1)));
      const personsEnd = reported ? -1 : said ? at(from) + said.index : at(open - 1);
      const subjectEnd = functionWord || reported || words === '' ? -1 : cut > 0 ? wordOffset(text, at(from), cut) : wordOffset(text, at(from), list.length - 1) + list[list.length - 1].length;
      speaker = subjectBefore ?? (personsEnd < 0 ? null : entityIn(text, at(from), personsEnd, entities, true)) ?? (subjectEnd < 0 ? null : entityIn(text, at(from), subjectEnd, entities));
      if (!speaker) {
        const named = (cut > 0 ? list.slice(0, cut) : list).join(' ').replace(/^[«"“]([^«"“»"”]*)[»"”]$/, '$1');
        if (!words || reported || functionWord) {
          // No subject after the verb: the person a relative clause right before it describes («هرمز مسعودي، الذي
          // قال:»); else, for a verb with و, the person named as the subject of its sentence since the last quote
          // («وانتقدت النائبة شروق العبايجي ما حصل، وقالت:»); else the one already speaking.
          const verbAt = at(leadFrom + verbStart);
          speaker = relativeSubject(text, verbAt, gender, persons) ?? (verbJoined ? sentenceSubjectBefore(text, verbAt, personsSinceLastQuote()) : null) ?? going;
        } else {
          // Longer words after the verb are a subject not recognized («وقال الناطق باسم النيابة الفيدرالية المكلفة
          // شؤون الإرهاب»): nobody rather than the one speaking before.
          speaker = named.split(/\s+/).length <= 6 ? named : null;
        }
      }
    } else {
      const after = folded.slice(close + 1, close + 80);
      const reported = REPORTED.exec(after);
      if (reported) {
        const from = close + 1 + reported[0].length;
        speaker = entityIn(text, at(from), at(Math.min(folded.length - 1, from + 40)), entities);
      } else {
        // «X: "…"» — a name, then a colon, right before the quote.
        const colon = /([^.،\n]{2,40}):\s*$/.exec(lead);
        if (colon) speaker = entityIn(text, at(leadFrom + colon.index), at(open - 1), entities);
      }
    }
    if (verbEnd < 0 && !speaker) continue; // a quoted title or term, not speech
    if (speaker) { lastSpeaker = speaker; lastGender = speaker === going ? goingGender ?? gender : gender; lastSpokeAt = open; }
    quotes.push({ speaker, text: text.slice(start, end), start, end });
    found.push([open, close]);
  }
  return quotes;
}
