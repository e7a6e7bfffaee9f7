/**
 * Entities: mentions of people, places and organizations, each linked to one canonical entity across spellings.
 * Gazetteer names (data/gazetteer.json) are matched on name keys — the normalizer's folding plus the variation of
 * transliterated names (غ/ج for g, a final «نغ»/«نج»/«ن» for -ng, hyphens), with clitics (و ف ب ل ك ال) allowed
 * on the first word; names the gazetteer lacks come from the statistical tagger (tagger.ts). Within an article a
 * surname alone is the person named in full elsewhere in it; short forms and titles listed as such link only
 * where the article names the entity in full. Hand-written: no library links Arabic name variants.
 */
import { loadData } from '../data.ts';
import type { EntityRef, Mention } from '../model.ts';
import { AMBIGUOUS_NAME_MAX_IDF, entityKeyOf, foldedNameKey, idf, isIgnorable, isSeenKey, isStopword, nameKeys, normalize, searchKey, stripClitics, tokenize, type Token } from '../text/index.ts';

export { nameKey } from '../text/index.ts';
import { describesPerson, facilityKind, isBodyOfPurpose, isOfficeAfterName, isMasculineNationality, isNationality, isOrganizationNoun, isPersonTitle, isPublicationNoun, isRulerOf, isWorkNoun, namesInstitutionOfPlace, announcesQuotedPerson, isLandform, isPlaceNoun } from './name-contexts.ts';
import { createTagger, loadModel, spans, type FastTagger, type Model } from './tagger.ts';

/** A one-word name spreads to its other occurrences in a text only when the word is this rare in news (IDF over
 * SaudiNewsNet; 4.6 = in under 1% of articles): «رئيس» read once as a name must not spread, «جوزيه» may. The bar
 * under which a person's one-word name is ambiguous across articles too (text/names.ts). */
const PROPAGATE_MIN_IDF = AMBIGUOUS_NAME_MAX_IDF;

const gazetteerData = loadData<{ entities: GazetteerEntity[]; descriptors: { before: string[]; after: string[] } }>('gazetteer');
const modelData = loadData<{ weights: Record<string, number[]> }>('ner-model');

type EntityType = 'PER' | 'LOC' | 'ORG';
interface GazetteerEntity {
  name: string;
  type: EntityType;
  wikidata: string | null;
  variants: string[];
  short?: string[];
  shortIfFull?: string[];
  titles?: string[];
  metonyms?: string[];
  /** Spellings of the name (or of its variants) that are also common words («كيف» how / Kyiv, «المجمعة» combined /
   * Al-Majmaah): they count only where the tagger reads a name over them or the text names the entity otherwise. */
  commonWords?: string[];
  /** Words right before a common-word spelling that make it this entity's name («زعيم القاعدة», «عضو بالقاعدة»,
   * «العرب السنة»): the noun of a member, a leader or a people. */
  commonWordsAfter?: string[];
  /** Entities (by their names in the gazetteer) whose naming in a text names this one too, for its shortIfFull forms:
   * «حزب العمال» is North Korea's Workers' Party where the text names North Korea or Kim Jong Un, not Britain's
   * Labour elsewhere. */
  namedWith?: string[];
  /** The name is also an adjective («السعودية» Saudi, feminine): right after a definite word it is the adjective. */
  alsoAdjective?: boolean;
  /** Clitics (folded letters, «ب», «وب») with which the name is a common word: «بحماس» is mostly «with enthusiasm».
   * With them a mention counts as a common-word spelling does (commonWords). */
  commonWithClitics?: string[];
  /** Words that, right after the name, make it another one's: «مجلس الأمن القومي» is a country's national security
   * council, not the UN's. The mention becomes that other organization, through a nationality adjective after it
   * («مجلس الأمن القومي السعودي»). */
  otherNameWith?: string[];
}
type Kind = 'full' | 'short' | 'shortIfFull' | 'title' | 'metonym' | 'commonWord';
/** `ngWritten`: a one-word name listed ending in «نغ»/«نج» («بوينغ»). Its name key drops the g (as «بيونغ يانغ» is
 * «بيون يان» to matching), but one word alone with the g dropped is another name: «بوين» is Bowen, not Boeing. */
interface Entry { keys: string[]; entity: GazetteerEntity; kind: Kind; ngWritten: boolean }
const ENDS_IN_NG = /ن[غج]$/;

const keysOf = nameKeys;

/** «عبد» before a name written as one word or two («سلمان بن عبدالعزيز», «سلمان بن عبد العزيز»: 2,392 and 432
 * times in SaudiNewsNet): a listed spelling matches either way. */
const COMPOUND_JOINED = /(^|\s)عبد(?=ال)/g;
const COMPOUND_SPACED = /(^|\s)عبد\s+(?=ال)/g;
function compoundSpellings(text: string): string[] {
  const joined = text.replace(COMPOUND_SPACED, '$1عبد'), spaced = joined.replace(COMPOUND_JOINED, '$1عبد ');
  return joined === spaced ? [text] : [joined, spaced];
}

function buildIndex(entities: GazetteerEntity[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const add = (text: string, entity: GazetteerEntity, kind: Kind) => {
    for (const spelling of compoundSpellings(text)) addSpelling(spelling, entity, kind);
  };
  const addSpelling = (text: string, entity: GazetteerEntity, kind: Kind) => {
    const keys = keysOf(text);
    if (keys.length === 0) return;
    const list = index.get(keys[0]) ?? index.set(keys[0], []).get(keys[0])!;
    const ngWritten = keys.length === 1 && ENDS_IN_NG.test(normalize(text.trim()));
    const same = list.find((e) => e.entity === entity && e.keys.join(' ') === keys.join(' '));
    if (!same) list.push({ keys, entity, kind, ngWritten });
    else if (!ngWritten) same.ngWritten = false; // listed without the g too
  };
  for (const e of entities) {
    const common = new Set((e.commonWords ?? []).map((w) => keysOf(w).join(' ')));
    for (const v of [e.name, ...e.variants]) if (!common.has(keysOf(v).join(' '))) add(v, e, 'full');
    for (const v of e.commonWords ?? []) add(v, e, 'commonWord');
    for (const v of e.short ?? []) add(v, e, 'short');
    for (const v of e.shortIfFull ?? []) add(v, e, 'shortIfFull');
    for (const v of e.titles ?? []) add(v, e, 'title');
    for (const v of e.metonyms ?? []) add(v, e, 'metonym');
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}

/** A word written with a clitic's letter then an alef with hamza («بأول», «وإيران»): the letter is the clitic. */
/** ب, ل or ك before a hamza's alef, as written: a preposition before a word («بأم», «لأحمد»), no name's letters. */
/** A possessive pronoun at a word's end, as written (ه, not the ة folding makes it): «لمنصبه», «بلادها». */
const PRONOUN_SUFFIX_WRITTEN = /(?:ه|ها|هم|هما)[\u064b-\u0652]*$/;
const PREPOSITION_BEFORE_HAMZA = /^[\u064b-\u0652\u0640]*[بلك][\u064b-\u0652\u0640]*[أإآ]/;
const HAMZA_AFTER_CLITIC = /^[\u064b-\u0652\u0640]*[وفبلك][\u064b-\u0652\u0640]*[أإآ]/;

/** The letters a word with a clitic begins with (a word that begins with ال has no other reading). */
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** Clitic readings of a word's start: [letters stripped, the word as the name would begin]. */
function cliticReadings(folded: string): Array<[number, string]> {
  const out: Array<[number, string]> = [[0, folded]];
  if (!CLITIC_LETTERS.has(folded[0])) return out; // most words: no clitic to read
  const m = /^(و|ف)?(ب|ل|ك)?(ال)?/.exec(folded)!;
  // وبال، بال، وال، لل (ل + ال): the name begins with ال.
  if (/^(?:و|ف)?(?:ب|ك)?ال./.test(folded) && folded.indexOf('ال') > 0) out.push([folded.indexOf('ال'), folded.slice(folded.indexOf('ال'))]);
  if (/^(?:و|ف)?لل./.test(folded)) { const at = folded.indexOf('لل'); out.push([at + 2, 'ال' + folded.slice(at + 2)]); }
  const prefix = (m[1] ?? '') + (m[2] ?? '');
  for (let k = 1; k <= prefix.length; k++) if (folded.length - k >= 2) out.push([k, folded.slice(k)]);
  return out;
}

/** Words the tagger must not take for a name on their own (data/not-names.json: «لي» to me, «مليار ريال», «سعودية»). */
const notNames = loadData<{ words: string[]; phrases?: string[]; personNeverEnds?: string[]; nameNeverBegins?: string[] }>('not-names');
/** Words no name begins with («بحسب بن يوسف» is «according to Ben Youssef»): data/not-names.json nameNeverBegins. */
const NAME_NEVER_BEGINS: ReadonlySet<string> = new Set((notNames.nameNeverBegins ?? []).map(normalize));
const NOT_NAMES: ReadonlySet<string> = new Set(notNames.words.map(normalize));
/** Terms whose words name nothing there (data/not-names.json phrases: «الرباط الصليبي», «مسقط رأسه»), folded words. */
const NOT_NAME_PHRASES: ReadonlyArray<string[]> = (notNames.phrases ?? []).map((p) => normalize(p).split(/\s+/));
/** The terms of NOT_NAME_PHRASES by their second word (the first may carry a clitic; every term has two words or
 * more): one look-up a token instead of a pass over the list. */
const NOT_NAME_PHRASES_BY_SECOND = new Map<string, string[][]>();
for (const words of NOT_NAME_PHRASES) {
  if (words.length < 2) throw new Error(`data/not-names.json: phrase "${words.join(' ')}" has one word (a word goes in "words")`);
  (NOT_NAME_PHRASES_BY_SECOND.get(words[1]) ?? NOT_NAME_PHRASES_BY_SECOND.set(words[1], []).get(words[1])!).push(words);
}
/** Token indices inside a NOT_NAME_PHRASES term, the first word with or without a leading clitic. */
function inTerms(tokens: Token[]): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    for (const words of NOT_NAME_PHRASES_BY_SECOND.get(tokens[i + 1].norm) ?? []) {
      if (i + words.length > tokens.length) continue;
      const first = tokens[i].norm;
      if (first !== words[0] && !(first.endsWith(words[0]) && /^[وف]?[بلك]?$/.test(first.slice(0, first.length - words[0].length)))) continue;
      let k = 1;
      while (k < words.length && tokens[i + k].norm === words[k]) k++;
      if (k === words.length) for (let j = i; j < i + k; j++) inside.add(j);
    }
  }
  return inside;
}
/** The name lexicon's kinds by folded word: a Map, as the tagger and the IDF hold theirs (a text's words are looked up
 * in it by many rules; an object of 100,000 keys is the slower dictionary). */
const NAME_KINDS: ReadonlyMap<string, string> = new Map(Object.entries(loadData<{ words: Record<string, string> }>('name-lexicon').words));
/** Name words (data/name-lexicon.json): the clitic rules leave them whole. */
const NAME_WORDS: ReadonlySet<string> = new Set(NAME_KINDS.keys());
/** Name words the lexicon knows as persons' names only («عبدالله», «محمد»). */
const PERSON_NAME_WORDS: ReadonlySet<string> = new Set([...NAME_KINDS].filter(([, kinds]) => kinds === 'P').map(([w]) => w));
/** Honorifics a surname follows as such even where it is a nationality's adjective («الدكتور التركي»). */
const HONORIFIC = /^[وفبل]?(?:الدكتور|الشيخ|الاستاذ|المهندس|السيد|الامير|اللواء|العميد|العقيد|المقدم|الرائد|النقيب|الفريق|المستشار|الامام)$/;
/** Words that follow the preposition «على» in set phrases («على سبيل المثال», «على الرغم», «على هامش»), folded. */
const AFTER_ALA = /^(?:سبيل|الرغم|الاقل|الاطلاق|حد|نحو|هامش|راس|مدار|مدي|صعيد|خلفيه|اثر|وجه|الفور|غرار|لسان|ضوء)$/;
/** A king's, prince's or sheikh's title opening his name, folded, with و or ف before it or none. */
const ROYAL_TITLE = /^[وف]?(?:الملك|الامير|الاميره|الشيخ|الشيخه|السلطان)$/;
/** ل before ال, written لل, with an optional و/ف before it. */
const ALIF_LAM_ELIDED = /^(?:و|ف)?لل(?=.{2})/;

/** Letters of a conjunction or preposition glued to a name's first word: وال، بال، لل are cut before ال;
 * a lone و or ف only where the word without it is a word (stripClitics decides, from corpus counts). */
/** Whether the folded word without its first letter is a word news writes (in 5 articles of the corpus or more,
 * data/idf.json): «فقال» is «ف» + «قال»; «فلومينيزي» is no «ف» + «لومينيزي». */
function knownWithoutFirstLetter(folded: string): boolean {
  return isSeenKey(searchKey(folded.slice(1)));
}
function leadingClitic(folded: string): number {
  // «وأبو عبد الله»: و before the words that open a name with the next one.
  if ((folded[0] === 'و' || folded[0] === 'ف') && /^(?:ابو|ام|ابن|بن|عبد)$/.test(folded.slice(1))) return 1;
  // A name word that begins like a clitic and ال stays whole («كاليفورنيا», «بالي»).
  if (NAME_WORDS.has(folded)) return 0;
  const m = /^(?:و|ف)?(?:ب|ل|ك)?(?=ال.{2})/.exec(folded);
  if (m && m[0].length > 0) return m[0].length;
  // ل + ال is written لل («لليونان» to Greece): both letters go, the name is ال + the rest (ALIF_LAM_ELIDED).
  const elided = ALIF_LAM_ELIDED.exec(folded);
  if (elided) return elided[0].length;
  // ف only before a word news writes: many foreign names begin with it («فلومينيزي», «فنربغشة»).
  if ((folded[0] === 'و' || (folded[0] === 'ف' && knownWithoutFirstLetter(folded))) && folded.length >= 4 && stripClitics(folded) !== folded) return 1;
  // و، ف، ل، ب، ك before a name word the lexicon knows, the word with them none: «لحسن الراهب» is «حسن الراهب».
  const preposition = /^(?:[وف][لبك]?|[لبك])/.exec(folded);
  if (preposition && folded.length - preposition[0].length >= 3 && NAME_WORDS.has(folded.slice(preposition[0].length))) return preposition[0].length;
  // …or before the noun of an organization that opens its name: «لبنك الخليج التجاري», «لشركة أرامكو».
  if (preposition && folded.length - preposition[0].length >= 3 && isOrganizationNoun(folded.slice(preposition[0].length))) return preposition[0].length;
  return 0;
}

/** Whether a folded word's clitics, before the name it may open, hold a preposition (ب, ل, ك: «بحمص», «للولايات»). */
function withPrepositionClitic(folded: string): boolean {
  return /[بلك]/.test(folded.slice(0, leadingClitic(folded)));
}

/** A folded word as the name it may open is written: its clitics off, «لل» giving back ال («للبنين» -> «البنين»). */
function wordAfterClitics(folded: string): string {
  const cut = leadingClitic(folded);
  return cut > 0 && ALIF_LAM_ELIDED.test(folded) ? `ال${folded.slice(cut)}` : folded.slice(cut);
}

/** Where a mention starts in a token whose first `letters` folded letters are clitics left out of it. After «لل»
 * (ل + ال, the article's alef dropped) it keeps both: «للأمم المتحدة», «لليونان», not «أمم المتحدة», «يونان», no
 * words of the text (the sample pages' gold keeps clitics in its surface forms too: «لبيونغ يانغ»). */
function mentionStart(token: Token, letters: number): number {
  return nameStart(token, letters >= 2 && token.norm.slice(letters - 2, letters) === 'لل' ? letters - 2 : letters);
}

/** Where the name itself starts in a token, after its first `letters` folded letters (clitics, «لل» too). */
function nameStart(token: Token, letters: number): number {
  return token.start + afterLetters(token.text, letters);
}

/** Offset in `word` after its first `letters` letters (marks and tatweel ride along). */
function afterLetters(word: string, letters: number): number {
  let seen = 0;
  for (let i = 0; i < word.length; i++) {
    if (isIgnorable(word.charCodeAt(i))) continue;
    if (seen === letters) return i;
    seen++;
  }
  return word.length;
}

/** A run of tokens [start, end) the tagger reads as a name of `kind` (PERS, LOC, ORG, MISC). */
type TaggerRun = { kind: string; start: number; end: number };

interface Found {
  start: number; end: number; tokenStart: number; tokenEnd: number; entity: GazetteerEntity | null; kind: Kind | 'tagger'; type: EntityType; text: string;
  /** The name a tagger mention stands for, where it is not its text («لليونان» is «اليونان»). Always
   * present, if undefined, so that every mention has one shape: mentions of two shapes made the inlined look-ups of
   * `recognize` deoptimize hundreds of times per thousand articles. */
  name: string | undefined;
}

/** The tokens from the first that starts at `start` or after to the last that ends by `end` (end exclusive), or
 * null where none fits. */
function tokenSpan(tokens: Token[], start: number, end: number): [number, number] | null {
  const first = tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (last >= 0 && last < tokens.length && tokens[last].end <= end) last++;
  return first < 0 || last === first ? null : [first, last];
}

/** A ministry's name as the gazetteer writes it, and a minister's noun (folded, with a clitic or «لل»). */
const MINISTRY_NAME = /^وزارة\s/;
const MINISTER = /^(?:[وفبل]|ول|لل)?(?:ال)?وزير[ةه]?$/;

/** Whether a folded word is a role or title written without ال, with a preposition or conjunction or none
 * («لمحامي», «ومدرب»: the title list holds «المحامي», «المدرب»), and is no name word itself («أمير», «نجم» are
 * given names too). Before a definite word it heads a construct, not a name («رئيس الاتحاد البريدي»): callers check. */
function indefiniteRole(folded: string): boolean {
  for (const bare of [folded, folded.replace(/^[وفبلك]/, '')]) if (bare.length >= 3 && !bare.startsWith('ال') && !NAME_WORDS.has(bare) && isPersonTitle(`ال${bare}`)) return true;
  return false;
}

/** Whether one plain space is all there is between tokens a and b. */
const spaceBetween = (text: string, a: Token, b: Token) => b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
/** Whether punctuation that ends a list's item stands between tokens k-1 and k. */
const listBreakBefore = (text: string, tokens: Token[], k: number) => !spaceBetween(text, tokens[k - 1], tokens[k]) && LIST_BREAK.test(text.slice(tokens[k - 1].end, tokens[k].start));
/** Tokens are joined by white space or a hyphen only (a name never spans punctuation). Invisible controls count as
 * nothing: scraped pages put bidi marks before words («فؤاد \u200fالسنيورة» is one name; ANERcorp has 1,023). */
const JOIN = /^[\s\u00a0\-‐–\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]*$/;
function adjacent(text: string, a: Token, b: Token): boolean {
  if (spaceBetween(text, a, b)) return true; // nearly every gap: no slice, no pattern
  const gap = text.slice(a.end, b.start);
  return JOIN.test(gap) || (LETTER_DOT.test(gap) && LETTER_NAMES.has(a.norm) && LETTER_NAMES.has(b.norm));
}
/** The Latin letters' names as Arabic writes acronyms («إف بي آي», «سي إن إن»), folded: a dot between two of them
 * joins them as a space does («إف.بي.آي», «سي. إن. إن», «بي.إم.دبليو», «الكي. جي. بي»). Not «او» (or), «في» (in), «ال». */
const LETTER_NAMES: ReadonlySet<string> = new Set(['اي', 'ايه', 'بي', 'سي', 'دي', 'اف', 'جي', 'جيه', 'اتش', 'كيه', 'كاي', 'كي', 'ام', 'ان', 'اس', 'تي', 'يو', 'اكس', 'زد', 'ار', 'اه', 'دبليو', 'الكي', 'السي', 'الاف']);
const LETTER_DOT = /^\s*\.\s*$/;

/** Whether two mentions are joined by «و» or «أو», either before the other («حماس وفتح», «حماس و فتح», «سنة أو
 * شيعة»): the second begins with و, or a lone و/أو stands between them. */
function coordinated(text: string, tokens: Token[], a: { tokenStart: number; tokenEnd: number }, b: { tokenStart: number; tokenEnd: number }): boolean {
  const [first, second] = a.tokenStart < b.tokenStart ? [a, b] : [b, a];
  if (second.tokenStart === first.tokenEnd) return tokens[second.tokenStart].norm.startsWith('و') && adjacent(text, tokens[first.tokenEnd - 1], tokens[second.tokenStart]);
  if (second.tokenStart !== first.tokenEnd + 1) return false;
  const between = tokens[first.tokenEnd].norm;
  return between === 'و' || between === 'او';
}

/** An entity's commonWordsAfter, folded (built once per entity). */
const commonWordsAfterSets = new WeakMap<GazetteerEntity, ReadonlySet<string>>();
function commonWordsAfterOf(entity: GazetteerEntity): ReadonlySet<string> {
  let set = commonWordsAfterSets.get(entity);
  if (!set) { set = new Set((entity.commonWordsAfter ?? []).map(normalize)); commonWordsAfterSets.set(entity, set); }
  return set;
}

const TAGGER_TYPES: Record<string, EntityType> = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG' };

/** News outlets (data/outlets.json) by the name keys of their names and variants. */
const outletsData = loadData<{ outlets: Array<{ name: string; variants: string[] }>; notSpokenTo: string[] }>('outlets');
const OUTLETS = outletsData.outlets;
/** Name keys of outlet names not read after ل and a word of saying (data/outlets.json notSpokenTo). */
const NOT_SPOKEN_TO: ReadonlySet<string> = new Set(outletsData.notSpokenTo.map((n) => nameKeys(n).join(' ')));
const OUTLET_BY_KEY: ReadonlyMap<string, string> = new Map(
  OUTLETS.flatMap((o) => [o.name, ...o.variants].map((v) => [nameKeys(v).join(' '), o.name] as [string, string])).filter(([k]) => k !== ''),
);
/** Names of a field's companies or teams that are also common words, people's names or months («العربي», «السد»,
 * «نيسان», «كيا»), and the words that mark a text of that field: near DOMAIN_MIN_CUES of those words, such a name
 * that nothing else names is the organization. Hand-written: a rule of Arabic news writing that no tagger trained on
 * general news learns from a few examples. */
interface DomainNames {
  /** Name keys of the names, words joined by spaces. */
  names: ReadonlySet<string>;
  /** The most words in a name. */
  maxWords: number;
  /** The field's words, folded and clitic-stripped. */
  cues: ReadonlySet<string>;
  /** Whether the name comes before names of another kind, which a tagger runs into it: a maker before its model
   * («نيسان أورفان»), not a club before its city («الرجاء البيضاوي» is the club's whole name). */
  beforeOtherNames: boolean;
}
function domainNames(names: string[], cues: string[], beforeOtherNames: boolean): DomainNames {
  const keys = new Set(names.map((c) => nameKeys(c).join(' ')));
  return { names: keys, maxWords: Math.max(...[...keys].map((k) => k.split(' ').length)), cues: new Set(cues.map((w) => stripClitics(normalize(w)))), beforeOtherNames };
}
/** Nouns whose title a quoted passage right after them is (data/quote-cues.json titleNouns: «قصيدة "الوطن"», «برنامج
 * "الرياض"»): a work, not the outlet. Folded. */
const quoteCues = loadData<{ titleNouns: string[]; tellingWords: string[] }>('quote-cues');
const TITLE_NOUNS: ReadonlySet<string> = new Set(quoteCues.titleNouns);
/** Verbs and nouns of telling (data/quote-cues.json tellingWords, folded): an outlet after them with ل is the one told
 * («قال للجزيرة», «في تصريحات لعكاظ»). Not every speech verb: «ختمت بوقفة ولاء للوطن» closed with loyalty to the homeland. */
const SPEECH_WORDS: ReadonlySet<string> = new Set(quoteCues.tellingWords);
/** How many words before an outlet spoken to the word of saying may stand («قال وزير الخارجية سامح شكري للجزيرة»). */
const SPOKEN_TO_WINDOW = 6;
const sportsClubs = loadData<{ clubs: string[]; matchWords: string[] }>('sports-clubs');
/** Sports clubs (data/sports-clubs.json) in match reports (its matchWords): «تجمع العربي مع الوكرة». */
const CLUBS = domainNames(sportsClubs.clubs, sportsClubs.matchWords, false);
/** Sports clubs by their name keys. */
const CLUB_KEYS = CLUBS.names;
const carMakers = loadData<{ makers: string[]; cueWords: string[]; aircraftMakers: string[] }>('car-makers');
/** Car makers (data/car-makers.json) in motoring news: «مركبة نيسان الجديدة». */
const CAR_MAKERS = domainNames(carMakers.makers, carMakers.cueWords, true);
/** Makers of cars and aircraft by name key (data/car-makers.json): before a model number, their name is the vehicle's. */
const VEHICLE_MAKER_KEYS: ReadonlySet<string> = new Set([...carMakers.makers, ...carMakers.aircraftMakers].map((c) => nameKeys(c).join(' ')));
/** A model number after a maker's name: «757», «A380», «737-800», «206». */
const MODEL_NUMBER = /^(?:[A-Za-z]{1,3}-?)?\d{2,4}(?:-\d{2,3})?[A-Za-z]{0,3}$/;
/** A year is no model («تويوتا 2016» is the company's year), and a number before a count or a share is an amount («باعت
 * تويوتا 500 ألف سيارة», «بوينج 15 في المئة»). Folded. */
const NOT_MODEL_NUMBER = /^(?:19|20)\d\d$/;
const AMOUNT_AFTER = /^(?:الف|الاف|مليون|ملايين|مليار|مليارات|سياره|سيارات|طايره|طايرات|وحده|وحدات|دولار|يورو|بالميه|بالمايه)$/;
/** How far from a name (in tokens, either side) the field's words are counted, and how many mark the field: two
 * within 40 tokens. Held-out ANERcorp sentences in texts of 20: ORG F1 0.743 -> 0.771 for the clubs. */
const DOMAIN_WINDOW = 40;
const DOMAIN_MIN_CUES = 2;
/** How rare a word must be to be read as a club's name the list lacks (IDF over the news corpus): «بنفيكا» 6.9,
 * «هامبورغ» 7.7, «فنربغشة» unseen (8.7); verbs and nouns of match reports are under it («أنقذ» 6.3, «لوب» 6.7). */
const UNKNOWN_CLUB_MIN_IDF = 6.8;
/** A future verb («سيلاقي») or a word with a possessive pronoun («ركبته», «يمررها», «مدربنا»), as written (ة is no
 * pronoun). */
const VERB_OR_POSSESSION = /^(?:س[يتن]\p{L}{3,}|\p{L}+(?:ه|ها|هم|هما|نا))$/u;
/** Words of month names (data/calendar.json), some of them clubs' or companies' too («تشرين», «نيسان»). */
const MONTH_WORDS: ReadonlySet<string> = new Set(Object.keys(loadData<{ months: Record<string, number> }>('calendar').months).flatMap((m) => normalize(m).split(' ')));
/** Words next to a month's name in a date: numbers, «الماضي», «المقبل», the ordinals of «تشرين الأول». */
const DATE_NEIGHBOUR = /^(?:\d+|الماضي|المقبل|القادم|الجاري|الاول|الثاني|من|\/)$/;

/** How many of `domain`'s words stand before each token (prefix sums over the clitic-stripped tokens, one more
 * than tokens): the words between tokens a and b are counts[b] - counts[a]. */
function cueCounts(stripped: readonly string[], domain: DomainNames): Int32Array {
  const counts = new Int32Array(stripped.length + 1);
  for (let k = 0; k < stripped.length; k++) counts[k + 1] = counts[k] + (domain.cues.has(stripped[k]) ? 1 : 0);
  return counts;
}
/** How common (IDF over the news corpus) a one-word person's ال-word must be to be read as an adjective or a noun
 * after a definite word: «الحكيم» 4.34, «الرضا» 4.37; surnames alone start about there («المالكي» 4.45, «العتيبي» 4.49). */
const COMMON_PERSON_WORD_MAX_IDF = 4.4;
/** «وكالة» with a conjunction or preposition or none, and the word of news after it («الأنباء», «أنباء»), folded. */
const AGENCY_NOUN = /^[وف]?[بل]?وكاله$/;
const NEWS_WORD = /^(?:ال)?انباء$/;
/** Adjectives after «نادي» and a city that name its literary club («نادي جدة الأدبي الثقافي»), folded. */
const LITERARY_CLUB_ADJECTIVE = /^ال(?:ادبي|ثقافي)$/;
/** A point of the compass before a place («شمال», «بجنوب», «شرقي»), folded. Not «وسط»: «لاعب وسط النصر» is a
 * club's midfielder. */
const COMPASS_POINT = /^[وب]?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)$/;
/** A verb in the future, folded: «س» and a common verb in the present, third person («ستبعد», «وسيترأس»), no name
 * word of the lexicon. The verb without the «س» must be this common in news (IDF over SaudiNewsNet): «يستقبل» 4.6,
 * «تبعد» 5.0, «يترأس» 5.7; «يف» of «سيف», «تيفن» of «ستيفن», «يلفستر» of «سيلفستر» are no words. */
const FUTURE_VERB_MAX_IDF = 6;
function futureVerb(folded: string): boolean {
  const m = /^[وف]?(س([يت]\p{L}{3,}))$/u.exec(folded);
  return !!m && !NAME_KINDS.get(m[1])?.includes('P') && idf(searchKey(m[2])) < FUTURE_VERB_MAX_IDF;
}

/** The verb of a blessing after a name, before «الله» («رضي الله عنه», «رحمه الله», «حفظه الله»), folded. */
const BLESSING_VERB = /^(?:رضي|رحمه|رحمها|رحمهم|حفظه|حفظها|حفظهم|رعاه|يرحمه|يحفظه)$/;
/** Between a maker's name and its model's: spaces and quotation marks only. */
const MODEL_AFTER_MAKER = /^[\s«»"“”']*$/;
/** The names of `domain` in the text near its words, as organizations, where no other reading covers the tokens
 * (`stripped`: the tokens without clitics). */
function namesInDomainTexts(text: string, tokens: Token[], stripped: string[], covered: ReadonlySet<number>, domain: DomainNames, cues: Int32Array, longerNames: ReadonlySet<number> = new Set()): Found[] {
  if (cues[tokens.length] < DOMAIN_MIN_CUES) return [];
  const found: Found[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered.has(k) || domain.cues.has(stripped[k])) continue;
    if (cues[Math.min(tokens.length, k + DOMAIN_WINDOW + 1)] - cues[Math.max(0, k - DOMAIN_WINDOW)] < DOMAIN_MIN_CUES) continue;
    // An adjective after a definite noun is no name («الخليج العربي», «الفريق المصري»); with «و» it opens the next
    // item of a list («الجيش الملكي وأولمبيك خريبكة», «الرجاء البيضاوي والدفاع الجديدي»), unless an adjective is joined
    // to another («المحلي والعربي»).
    const previous = tokens[k - 1];
    if (previous && adjacent(text, previous, tokens[k]) && DEFINITE.test(previous.norm) && (!tokens[k].norm.startsWith('و') || (NISBA_ADJECTIVE.test(previous.norm) && NISBA_ADJECTIVE.test(tokens[k].norm.slice(1))))) continue;
    // Nor is a month in a date («تشرين الأول», «نيسان الماضي», «5 نيسان»).
    if (MONTH_WORDS.has(tokens[k].norm) && !longerNames.has(k) && [tokens[k - 1], tokens[k + 1]].some((t) => t && (DATE_NEIGHBOUR.test(t.norm) || MONTH_WORDS.has(t.norm)))) continue;
    for (const [at, word] of cliticReadings(tokens[k].norm)) {
      // A generic organization noun alone is none («الاتحاد» is any federation), one that opens a longer name is
      // («الجمعية السلاوية», «اتحاد طنجة»).
      const generic = isOrganizationNoun(word);
      let key = foldedNameKey(word);
      let end = -1;
      for (let j = k; j < Math.min(tokens.length, k + domain.maxWords); j++) {
        if (j > k) {
          if (covered.has(j) || !adjacent(text, tokens[j - 1], tokens[j])) break;
          key += ' ' + foldedNameKey(tokens[j].norm);
        }
        if (domain.names.has(key) && !(generic && j === k)) end = j + 1;
      }
      if (end < 0) continue;
      const start = mentionStart(tokens[k], at);
      const written = text.slice(start, tokens[end - 1].end), bare = text.slice(nameStart(tokens[k], at), tokens[end - 1].end);
      // «للأهلي» reads «ل» + «الأهلي»: the mention is «للأهلي», the club's name «الأهلي».
      const elided = word.startsWith('ال') && !normalize(bare).startsWith('ال');
      found.push({ start, end: tokens[end - 1].end, tokenStart: k, tokenEnd: end, entity: null, kind: 'tagger', type: 'ORG', text: written, name: elided ? 'ال' + bare : undefined });
      k = end - 1;
      break;
    }
  }
  return found;
}
/** An entity's otherNameWith, folded (built once per entity). */
const otherNameWords = new WeakMap<GazetteerEntity, ReadonlySet<string>>();
/** Where the other organization named by a listed name and one of its otherNameWith words ends (token index), the
 * nationality adjective after them included; `to` where the word does not follow. */
function otherNameEnd(text: string, tokens: Token[], entity: GazetteerEntity, to: number): number {
  if (!entity.otherNameWith || to >= tokens.length || !adjacent(text, tokens[to - 1], tokens[to])) return to;
  let words = otherNameWords.get(entity);
  if (!words) otherNameWords.set(entity, (words = new Set(entity.otherNameWith.map(normalize))));
  if (!words.has(tokens[to].norm)) return to;
  const next = tokens[to + 1];
  return next && adjacent(text, tokens[to], next) && NISBA_ADJECTIVE.test(next.norm) ? to + 2 : to + 1;
}
/** A name in Latin letters between parentheses, after an optional closing quotation mark: a name's own spelling
 * where it follows one (looked for within LATIN_NAME_AFTER_CHARS characters). */
const LATIN_NAME_AFTER = /^\s*["»”']?\s*\(\s*([A-Za-z][A-Za-z0-9.&'\- ]{0,60}[A-Za-z0-9.])\s*\)/;
const LATIN_NAME_AFTER_CHARS = 90;
/** A lineage word, folded, with «و» or «ف» or not: it joins the parts of a name, it opens none. */
const LINEAGE_WORD = /^[وف]?(?:بن|ابن|بنت)$/;
/** A Latin name in parentheses, and one that names an organization: an acronym («ICSS», «UNHCR») or two or more
 * capitalized words, with the small words of English names between («Institute of Management Technology»). */
const LATIN_NAME_IN_BRACKETS = /\(\s*([A-Za-z][A-Za-z0-9.&'\- ]{0,60}[A-Za-z0-9.])\s*\)/g;
const LATIN_ORGANIZATION_NAME = /^(?:[A-Z]{2,8}|[A-Z][A-Za-z&'.\-]*(?:\s+(?:of|for|and|the|de|du|des|la|le|[A-Z][A-Za-z&'.\-]*))+)$/;
/** Nouns of organizations, folded, with or without ال and a conjunction or preposition: the first word of a name
 * whose Latin form follows it in parentheses. */
/** Nouns of organizations that ANERcorp's train split tags inside the name after them (in a name / before one):
 * «حزب» 99/0, «مجلس» 76/0, «اتحاد» 39/0, «منظمة» 36/0, «بنك» 25/0, «معهد» 10/0, «جبهة» 4/0, «مصرف» 1/0; and hospitals.
 * Not «نادي» (9/25), «شركة» (1/21), «حركة» (5/18), «جامعة» (38/7, read whole by the tagger already). */
const HEAD_IN_NAME = /^(?:مستشفي|مصرف|بنك|مجلس|منظمه|اتحاد|معهد|جبهه|حزب)$/;
/** Whether two folded nationality adjectives are one country's, whatever their gender and spelling: «الأمريكية»,
 * «الاميركي». */
const sameNationality = (a: string, b: string) => {
  const key = (w: string) => foldedNameKey(w).replace(/ه$/, '').replace(/ي/g, '');
  return key(a) === key(b);
};
/** Whether a folded word is a person's title in the dual, «ان» or «ين» on it: «المواطنان», «للاعبين». */
const titleInDual = (folded: string) => {
  const stem = folded.replace(/(?:ان|ين)$/, '');
  return stem !== folded && stem.length >= 3 && isPersonTitle(stem);
};
/** A ministry's noun, folded, with a conjunction or preposition before it (group 1, left out of the mention). */
const MINISTRY_NOUN = /^((?:[وف]?[بل])?|[وف])وزاره$/;
/** The most definite words between a ministry's noun and its country's adjective: «الشؤون الإسلامية والأوقاف». */
const MINISTRY_MAX_WORDS = 4;
const ORGANIZATION_HEAD = /^(?:[وبل]|لل|[وبل]?ال)?(?:معهد|موسسه|منظمه|جامعه|كليه|شركه|مركز|هييه|جمعيه|مجموعه|اتحاد|مجلس|وكاله|بنك|صندوق|مصرف|اكاديميه|مدرسه|جبهه|حزب|حركه|رابطه|لجنه|نقابه|مستشفي|مختبر)$/;
/** The most words of a name quoted after an organization's noun. */
const QUOTED_NAME_MAX_WORDS = 4;
/** Text between Arabic or straight or curly quotation marks, a few words at most. */
const QUOTED = /[«"“]([^«»"“”\n]{2,40}?)[»"”]/gu;
/** A country's name in brackets (the text right after a club's name in a list of fixtures): «( إسبانيا )». */
/** A match's score right after a name: «1 - صفر», «صفر-2», «(3-1)». */
const MATCH_SCORE_AFTER = /^\s*\(?\s*(?:\d{1,2}|صفر)\s*[-–/]\s*(?:\d{1,2}|صفر)(?!\d)/u;
const COUNTRY_IN_BRACKETS = /^\s*\(\s*[^()\n\d]{2,20}?\s*\)/u;
/** The preposition «على» written with ى (a text that so writes it tells the name «علي» from it). */
const ALA_WRITTEN = /(?:^|[\s(«"])[وف]?على(?=[\s,.،:؛)»"]|$)/u;
/** The name «علي» as written: with ي, alone or after «و». */
const ALI_WRITTEN = /^و?علي$/u;
/** A name quoted right after an organization's noun (the text after the noun): the opening mark, the name. */
/** A quoted name opens with a letter or a digit: «". وأضاف "» is the gap between one quotation and the next. */
const QUOTED_NAME_OPENING = /^[\p{L}\p{N}]/u;
/** Whether a token is a landform's noun in construct, naming the place after it: indefinite («جبل», not «الجبال»), and
 * not a verb folded into one («وأدى», he performed, folds to «وادي»). */
const namesLandform = (token: Token) => isLandform(token.norm) && !definiteWord(token.norm) && !/[أإآ]/.test(token.text);
/** What may stand between a place's noun and its name: spaces and an opening quote mark («محافظة “سقطرى”»). */
const PLACE_NAME_GAP = /^\s*["“«']?\s*$/;
/** A word with the article, after a clitic or not («الشركة», «بالنادي», «للمؤسسة»): the noun after it. */
const AFTER_ARTICLE = /^(?:[وف]?[بكل]?ال|[وف]?لل)(\p{L}{2,})$/u;
/** An organization's noun with the article: «الشركة», «للمؤسسة»; not «وكالة», whose letters begin as «و» «ك» «ال» do. */
const definiteOrganizationNoun = (folded: string) => isOrganizationNoun(AFTER_ARTICLE.exec(folded)?.[1] ?? '');
/** An organization's noun that announces the name quoted after it: in construct, without the article («شركة
 * "أرامكو"», «صحيفة "لوفيغارو"»). With it, what is quoted is said of the organization or is someone else's name:
 * «إن الشركة "أعادت ضبط النشاط"», «التنظيم "عدوا للإسلام"», «بالمؤسسة "ناصر الدوسري"» (over the first 8,000
 * SaudiNewsNet articles some 20 such quotes, one of them a name: «النادي "الأزرق"»). */
const announcesQuotedName = (folded: string) => isOrganizationNoun(folded) && !definiteOrganizationNoun(folded);
/** «نادي» (a club) in construct, after a clitic or not. */
const CLUB_NOUN = /^(?:[وف]?[بلك])?نادي$/;
/** A word written with the accusative's tanween on an alef («انفراداً», «أيضاً»): an adverb, which ends no name. */
const ADVERB_WRITTEN = /\u0627\u064b$|\u064b\u0627$/;
/** A company's noun, folded, with a conjunction or preposition or none: a club's name after it is the company's. */
const COMPANY_NOUN = /^(?:[وف]?[بلك])?(?:شركه|مجموعه|مصنع|مصرف|بنك)$/;
/** An organization's noun in construct that names the organization with the name after it («شركة», «مؤسسة», «نادي»),
 * save «موقع» (a website's, or a place's location). */
const announcesOrganizationName = (folded: string) => announcesQuotedName(folded) && !/^[وفبلك]?موقع$/.test(folded);
/** A place's noun in construct that names the place with the name after it («مدينة», «منطقة», «حي»), save «دولة»,
 * also a prime minister's honorific («ودولة إدريس جطو»), and «عاصمة», whose ruler may follow («عاصمة المأمون»). */
const announcesPlaceName = (folded: string) => isPlaceNoun(folded) && !isPlaceNoun(AFTER_ARTICLE.exec(folded)?.[1] ?? '') && !/^[وفبلك]?(?:دوله|عاصمه)$/.test(folded);
const QUOTED_AFTER_NOUN = /^\s*([«"“'‘]\s*)([^«»"“”'‘’\n]{2,40}?)\s*[»"”'’]/u;
/** An opening quotation mark (or a closing one: straight marks are both). */
const QUOTE_MARK = /[«"“'‘]/g;
/** Indices of the tokens right before a quotation mark, white space between or none (few in a text: the rules of
 * quoted names look at these only, not at every token). */
function tokensBeforeQuotes(text: string, tokens: Token[]): number[] {
  const out: number[] = [];
  let k = 0;
  for (const m of text.matchAll(QUOTE_MARK)) {
    while (k + 1 < tokens.length && tokens[k + 1].end <= m.index!) k++;
    if (k + 1 < tokens.length && tokens[k].end <= m.index! && /^\s*$/.test(text.slice(tokens[k].end, m.index!)) && out.at(-1) !== k) out.push(k);
  }
  return out;
}
/** A name between brackets: a listed outlet there is the outlet («استقبلته ( الراية )», a magazine naming itself). */
const BRACKETED = /\(\s*([^()\n]{2,30}?)\s*\)/gu;
/** A dash between a dateline's place and its source, and what ends the source: another dash or a colon. */
const DATELINE_DASH = /^\s*[-–—]\s*$/;
const DATELINE_SOURCE_END = /^\s*[-–—:]/;
/** A correspondent's noun: a listed outlet's name right after it is the outlet («مراسل الجزيرة»). */
const CORRESPONDENT = /^[وفبل]?(?:مراسل|مراسله|مراسلو|مراسلي|مندوب|مندوبه)$/;
/** Words of dates that end no name: the tagger sometimes runs a name into the date after it («بيونج يانج يومي 18»). */
const TIME_WORD = /^[وفبل]?(?:يوم|يومي|اليوم|امس|الامس|غدا|صباح|مساء|الماضي|المقبل|الجاري|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|\d+)$/;

/** Adjectives that end no person's name though they look like a surname (data/not-names.json personNeverEnds,
 * folded): «مطار الأمير محمد بن عبدالعزيز الدولي» (an organization's may: «البنك الدولي»). */
const PERSON_NEVER_ENDS: ReadonlySet<string> = new Set((notNames.personNeverEnds ?? []).map(normalize));

/** A nisba adjective with the article, folded («الكولومبي», «الفلكي»): a surname when it ends a name, an adjective
 * when it opens one; or a plural noun of people («المحلفون هولمز»: the jurors). */
const NISBA_ADJECTIVE = /^ال\p{L}{2,}(?:ي|ون)$/u;
/** The same with a conjunction or preposition before it («للكيني», «والفرنسي»). */
const NISBA_AFTER_CLITICS = /^(?:[وف]?[بكل]?ال|[وف]?لل)\p{L}{2,}(?:ي|ون)$/u;
/** A definite word, folded: with the article, after a conjunction or preposition or not («الفريق», «بالحارس»). */
const DEFINITE = /^[وفبلك]?ال/;
/** A definite word with «لل» (ل + ال) too, which DEFINITE's pattern misses («للعاصمة»). */
const definiteWord = (folded: string) => DEFINITE.test(folded) || ALIF_LAM_ELIDED.test(folded);
/** What ends an item of a list: a separator or a sentence's end between two words. */
const LIST_BREAK = /[،,:؛.!?؟()\n«»"]/;
/** An adjective after a body's noun (a nisba, folded: «الدولي», «الوطنيه»), or one of the general ones («العامة»). */
const PURPOSE_ADJECTIVE = /^ال\p{L}{2,}(?:ي|يه)$/u;
const GENERAL_ADJECTIVE = /^(?:العامه|العام|العليا|الاعلي)$/;
/** Words a body's name takes after its ل-word, at most. */
const PURPOSE_MAX_MORE_WORDS = 4;
/** Nouns of time, which end a name («الرابطة الوطنية للوسطاء العقاريين الأسبوع الماضي»). */
const TIME_NOUN = /^[وف]?(?:ال)?(?:اسبوع|شهر|عام|سنه|يوم)$/;
/** Names that are adjectives too (gazetteer alsoAdjective), folded as written: «السعوديه». */
const ADJECTIVE_NAMES: ReadonlySet<string> = new Set((gazetteerData.entities as GazetteerEntity[]).filter((e) => e.alsoAdjective).flatMap((e) => [e.name, ...e.variants]).map(normalize).filter((n) => !n.includes(' ')));
/** A given name alone reaches a word with ال after it only if the word is rarer than this in news (IDF over
 * SaudiNewsNet; about one document in 700): «المرداسي», not «العمرة», «الطرف». */
const SURNAME_MIN_IDF = 6.5;
/** Whether a folded word after a person's name may be his family name the tagger left out: a word with ال, rarer
 * than `minIdf`, no stop, time, title or nationality word, no feminine or plural adjective («الأوروبية», «المصريين»). */
function familyNameAfter(w: string, minIdf: number): boolean {
  if (!w.startsWith('ال') || w.length < 4 || isStopword(w) || NOT_NAMES.has(w) || TIME_WORD.test(w) || isPersonTitle(w) || PERSON_NEVER_ENDS.has(w) || REGNAL_ORDINAL.test(w) || isMasculineNationality(w) || /(?:يه|ين|يون)$/.test(w)) return false;
  return idf(searchKey(w)) >= minIdf;
}
/** The Arabic words right after a count in digits, folded, without ال: not after a year («عام 2015 أحمد»), a phone
 * number or an identifier (seven digits or more), nor a word with «و» or «ف» (a list goes on: «خالد 0504294643 وماجد»). */
function countedNouns(text: string, tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const count = tokens[k - 1];
    if (count.kind !== 'num' || tokens[k].kind !== 'ar' || !/^\d[\d,.]*$/.test(count.norm) || /^(?:1[5-9]|20)\d\d$/.test(count.norm) || /\d{7}/.test(count.norm) || Number(count.norm.replace(/[,.]/g, '')) < 2) continue;
    if (/^[وف]/.test(tokens[k].norm) && stripClitics(tokens[k].norm) !== tokens[k].norm) continue;
    if (/^ *$/.test(text.slice(count.end, tokens[k].start))) out.add(countedKey(tokens[k].norm));
  }
  return out;
}
/** The key a counted noun and a name's first word are compared by: folded, without clitics or ال. */
const countedKey = (folded: string) => stripClitics(folded).replace(/^ال/, '');
/** A word written with the article itself (not a folded hamza: «ألمانية»), harakat and tatweel aside. */
const WRITTEN_DEFINITE = /^[\u064b-\u0652\u0640]*ا[\u064b-\u0652\u0640]*ل/;
/** A common word with ال spreads as a surname only if rarer than this (IDF over SaudiNewsNet; 3.2 = in 4% of
 * articles): «الحكيم» 4.3 and «الجميل» 3.5 do, «النصر» 3.05, «الإسلام» 2.3, «الثاني» 1.6, «الله» 1.1 do not (ten
 * held-out tenths, texts of 20 sentences: PERS 0.800 -> 0.800 without the bound, 0.802 with it). */
const COMMON_SURNAME_MIN_IDF = 3.2;
/** Words a compound name begins with, whose second word may be a common word with ال: «عبد العزيز», «أبو الفضل»,
 * «بن الحسين». */
const COMPOUND_NAME_STARTS = ['عبد', 'ابو', 'ابي', 'ابا', 'بن', 'ابن', 'بنت', 'ام', 'ال', 'ذو', 'ذي'];

/** «إنّ», «أنّ», «فإن» and «أمام» (before) as written (with their hamza: folded, «فان» is also «van», «امام» also
 * «إمام», an imam), which begin no name. */
const PARTICLE_AS_WRITTEN = /^[وف]?(?:[إأ]ن|أمام)[\u064b-\u0652]*$/;

/** Name keys of the particles that open a kunya or a lineage, shared by many names. */
const NAME_PARTICLE_KEYS: ReadonlySet<string> = new Set(['ابو', 'ابي', 'ابا', 'ام', 'بن', 'ابن', 'بنت', 'عبد', 'ال', 'ولد']);
/** «أبو» or «أم» opening a kunya (folded). */
const KUNYA = /^(?:ابو|ام)$/;
/** The ordinals of a ruler's or a pope's name, folded («الثاني», «الثانية» of Elizabeth II, «الحادي» of «الحادي عشر»). */
const REGNAL_ORDINAL = /^(?:الاول|الاولي|الثاني|الثانيه|الثالث|الثالثه|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي)$/;
/** Particles inside European names, folded: «فون», «دير», «دو», «دي», «لا», «فان», «ديل», «دا». */
const NAME_PARTICLE = /^(?:فون|دير|دو|دي|لا|فان|ديل|دا|دوس|ديلا)$/;
/** Titles before a ruler's or a pope's name, folded, with a clitic («للملك»). */
const RULER_TITLE = /^(?:[وفبلك]|لل)?(?:ال)?(?:ملك|ملكه|بابا|سلطان|امبراطور|امبراطوره|قيصر|شاه|خليفه|امير)$/;
/** Words of a person's name that always go with the next one (folded): أبو (أبي، أبا), بن، ابن، بنت، عبد، ذو. */
const NAME_NEEDS_NEXT = /^(?:ابو|ابي|ابا|بن|ابن|بنت|عبد|ذو)$/;

/** Lineage and kunya words a name can begin with (folded, «و» before them allowed): ابن، ابو، ابي، ابا، بن، بنت. */
const LINEAGE_BEFORE = /^و?(?:ابن|ابو|ابي|ابا|بن|بنت)$/;

/** Words that call or address, which begin no name: the tagger sometimes takes them in («ويا سيف الإسلام»). */
const CALL_WORD = /^[وف]?(?:يا|ايها|ايتها)$/;

export interface EntityRecognizer {
  /** Entities of `text` (offsets into it); `context` (the title) helps decide short forms and is not annotated. */
  recognize(text: string, context?: string): EntityRef[];
}

/**
 * @example createEntityRecognizer().recognize('وصل لافروف إلى بيونج يانج')[1].name // 'بيونغ يانغ'
 */
export function createEntityRecognizer(options: { useTagger?: boolean; model?: Model } = {}): EntityRecognizer {
  const index = buildIndex(gazetteerData.entities as GazetteerEntity[]);
  const tagger: FastTagger | null = options.useTagger === false ? null : createTagger(options.model ?? loadModel(modelData));

  /** An outlet the gazetteer lists as an organization under one of the outlet's names is that entity («الجزيرة»
   * quoted or after «مراسل» is the gazetteer's «قناة الجزيرة», «رويترز» its Reuters with a Wikidata id): one entry
   * across the archive, not one by each list. */
  const outletEntity = new Map<string, GazetteerEntity>();
  for (const o of OUTLETS) {
    const listed = new Set<GazetteerEntity>();
    for (const v of [o.name, ...o.variants]) {
      const keys = keysOf(v);
      for (const e of index.get(keys[0] ?? '') ?? []) if (e.entity.type === 'ORG' && e.kind !== 'title' && e.kind !== 'metonym' && e.keys.join(' ') === keys.join(' ')) listed.add(e.entity);
    }
    if (listed.size === 1) outletEntity.set(o.name, [...listed][0]);
  }
  /** Entities named along with another's naming (namedWith), by the other's name. */
  const namedAlongWith = new Map<string, GazetteerEntity[]>();
  for (const e of gazetteerData.entities as GazetteerEntity[]) for (const n of e.namedWith ?? []) namedAlongWith.set(n, [...(namedAlongWith.get(n) ?? []), e]);
  const descriptorsBefore = gazetteerData.descriptors.before.map(keysOf);
  const descriptorsAfter = gazetteerData.descriptors.after.map(keysOf);
  /** Whether `keys` alone spell the same entity. */
  const spells = (keys: string[], entity: GazetteerEntity) => keys.length > 0 && (index.get(keys[0]) ?? []).some((e) => e.entity === entity && e.kind !== 'title' && e.keys.join(' ') === keys.join(' '));
  /** The tokens of a match without a descriptor before or after it, where the rest alone spells the entity. */
  function withoutDescriptors(entry: Entry, from: number, to: number): [number, number] {
    for (const d of descriptorsBefore) {
      if (d.length < entry.keys.length && d.every((k, j) => entry.keys[j] === k) && spells(entry.keys.slice(d.length), entry.entity)) return [from + d.length, to];
    }
    for (const d of descriptorsAfter) {
      const n = entry.keys.length - d.length;
      if (n > 0 && d.every((k, j) => entry.keys[n + j] === k) && spells(entry.keys.slice(0, n), entry.entity)) return [from, to - d.length];
    }
    return [from, to];
  }

  function gazetteerMatches(text: string, tokens: Token[]): Found[] {
    const found: Found[] = [];
    const keys = tokens.map((t) => foldedNameKey(t.norm));
    for (let i = 0; i < tokens.length; i++) {
      let best: { entry: Entry; stripped: number } | null = null;
      // «بأول» (first) is ب + «أول», not «باول» (Powell): no listed name begins with a clitic's letter and a hamza's
      // alef, which folding turns into «با».
      const cliticLetter = CLITIC_LETTERS.has(tokens[i].norm[0]);
      // Most tokens begin with no clitic's letter and have no entry: nothing to read or allocate.
      if (!cliticLetter && !index.has(keys[i])) continue;
      const cliticBeforeHamza = cliticLetter && HAMZA_AFTER_CLITIC.test(tokens[i].text);
      for (const [stripped, first] of cliticReadings(tokens[i].norm)) {
        if (stripped === 0 && cliticBeforeHamza) continue;
        const firstKey = stripped === 0 ? keys[i] : foldedNameKey(first);
        for (const entry of index.get(firstKey) ?? []) {
          if (best && best.entry.keys.length >= entry.keys.length) continue;
          if (entry.ngWritten && !ENDS_IN_NG.test(first)) continue;
          let ok = i + entry.keys.length <= tokens.length;
          for (let k = 1; ok && k < entry.keys.length; k++) ok = adjacent(text, tokens[i + k - 1], tokens[i + k]) && keys[i + k] === entry.keys[k];
          if (ok) best = { entry, stripped };
        }
        if (best) break; // the reading with fewer letters stripped wins
      }
      if (!best) continue;
      const length = best.entry.keys.length;
      // A person's name after «بن» is a father's inside a longer name: «حمدان بن محمد بن راشد آل مكتوم» is the son.
      if (best.entry.entity.type === 'PER' && best.stripped === 0 && i > 0 && /^(?:بن|ابن|بنت)$/.test(tokens[i - 1].norm) && adjacent(text, tokens[i - 1], tokens[i])) { i += length - 1; continue; }
      const [from, to] = withoutDescriptors(best.entry, i, i + length);
      const start = from === i ? mentionStart(tokens[i], best.stripped) : tokens[from].start;
      const other = otherNameEnd(text, tokens, best.entry.entity, to);
      if (other > to) {
        found.push({ start, end: tokens[other - 1].end, tokenStart: from, tokenEnd: other, entity: null, kind: 'tagger', type: 'ORG', text: text.slice(start, tokens[other - 1].end), name: undefined });
        i = other - 1;
        continue;
      }
      const clitics = best.stripped > 0 ? tokens[i].norm.slice(0, best.stripped) : '';
      const kind = clitics && best.entry.entity.commonWithClitics?.includes(clitics) ? 'commonWord' : best.entry.kind;
      found.push({ start, end: tokens[to - 1].end, tokenStart: from, tokenEnd: to, entity: best.entry.entity, kind, type: best.entry.entity.type, text: text.slice(start, tokens[to - 1].end), name: undefined });
      i += length - 1;
    }
    return found;
  }

  /** The tagger's names in a text, as mentions over its tokens (none over `taken`). In three functions, each
   * optimized on its own (see recognize). */
  function taggerMatches(text: string, tokens: Token[], taken: Set<number>): Found[] {
    if (!tagger) return [];
    const runs = taggerRuns(text, tokens, tagger);
    adjustRuns(text, tokens, runs, taken);
    return foundOfRuns(text, tokens, runs, taken);
  }

  /** The tagger's names as runs of tokens: its tags over the words and punctuation, cut at punctuation. */
  function taggerRuns(text: string, tokens: Token[], tagger: FastTagger): TaggerRun[] {
    // The tagger reads words and punctuation, as in its training data (ANERcorp keeps «،», «(», «:» as tokens):
    // punctuation between two words goes in as words of its own, so that names are not run together across it
    // («حسن أبو السعود، جيهان الناصر»). One call for the whole text, sentence by sentence.
    const seq: string[] = [];
    const tokenOf: number[] = []; // index in `tokens` of each word of seq, -1 for punctuation
    const ends: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0) {
        const gap = text.slice(tokens[i - 1].end, tokens[i].start);
        if (gap !== ' ') { // most gaps are one space: nothing to add
          for (const ch of gap) if (!/\s/u.test(ch)) { seq.push(ch); tokenOf.push(-1); }
          if (/[.!?؟\n]/.test(gap)) ends.push(seq.length);
        }
      }
      seq.push(tokens[i].norm);
      tokenOf.push(i);
    }
    ends.push(seq.length);
    const tags = tagger.tag(seq, ends);
    const runs: TaggerRun[] = [];
    for (const sp of spans(tags)) {
      if (ends.some((e) => e > sp.start && e < sp.end)) continue; // never across sentences
      // Split at punctuation: each run of words is a name of its own.
      let from = -1;
      for (let k = sp.start; k <= sp.end; k++) {
        const real = k < sp.end ? tokenOf[k] : -1;
        if (real >= 0 && from < 0) from = real;
        if (real < 0 && from >= 0) { runs.push({ kind: sp.kind, start: from, end: tokenOf[k - 1] + 1 }); from = -1; }
      }
    }
    return runs;
  }

  /** The runs' ends and joins corrected: function words, «و» between persons, ordinals, particles, family names. */
  function adjustRuns(text: string, tokens: Token[], runs: TaggerRun[], taken: Set<number>): void {
    // An organization's name does not end in a function word («المنظمة الدولية أي شرعية»): held-out tenths ORG TP
    // +1, FP -1 (persons and places, also trimmed so, lose 8 and 11: «علي» and its like are stopwords).
    for (const run of runs) {
      if (TAGGER_TYPES[run.kind] !== 'ORG') continue;
      while (run.end - run.start > 1 && isStopword(tokens[run.end - 1].norm)) run.end--;
    }
    // Persons joined by «و» are two («شافيز ولوكاشنكو», «بوش وشارون»): the tagger runs them into one name where the
    // second is a word with a conjunction (the corpus says so: stripClitics) and no name word as written («وليد»).
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r];
      if (TAGGER_TYPES[run.kind] !== 'PER') continue;
      for (let k = run.start + 1; k < run.end; k++) {
        const n = tokens[k].norm;
        if (n[0] !== 'و' || n.length < 4 || NAME_WORDS.has(n) || stripClitics(n) === n) continue;
        runs.splice(r + 1, 0, { kind: run.kind, start: k, end: run.end });
        run.end = k;
        break;
      }
    }
    // A ruler's ordinal is part of his name after a ruler's title: «الملك محمد السادس», «للملك الفونسو الثالث عشر»,
    // «الملك السابق جيمس الأول ستيوارت» (ANERcorp's train split: 25 of 31 ordinals after a person are his name).
    // Without the title it is as often a rank or another noun's: «فرناندو غونزاليز الثالث» came third, «ترتيب محفوظ
    // الثاني», «رواية محفوظ الأولى» (held-out tenth 6 lost both when a given name alone sufficed).
    for (const run of runs) {
      if (TAGGER_TYPES[run.kind] !== 'PER' || run.end >= tokens.length || !REGNAL_ORDINAL.test(tokens[run.end].norm)) continue;
      const before = tokens[run.start - 1]?.norm ?? '', twoBefore = tokens[run.start - 2]?.norm ?? '';
      if (!RULER_TITLE.test(before) && !(/^(?:السابق|الراحل|الاسبق|الحالي)$/.test(before) && RULER_TITLE.test(twoBefore))) continue;
      if (runs.some((other) => other !== run && other.start <= run.end && run.end < other.end)) continue;
      run.end++;
      if (tokens[run.end]?.norm === 'عشر' || tokens[run.end]?.norm === 'عشره') run.end++;
    }
    // A name does not end in a nobiliary particle: «أورسولا فون دير لاين», «جان مارك دو لا سابليير» go on to the
    // surname after it.
    // A person the tagger begins there is the same one («دو» + «لا سابليير»).
    for (const run of runs) {
      if (TAGGER_TYPES[run.kind] !== 'PER') continue;
      while (run.end < tokens.length && NAME_PARTICLE.test(tokens[run.end - 1].norm) && tokens[run.end].kind === 'ar') {
        const next = runs.findIndex((other) => other !== run && other.start <= run.end && run.end < other.end);
        if (next < 0) { run.end++; continue; }
        if (TAGGER_TYPES[runs[next].kind] !== 'PER' || runs[next].start !== run.end) break;
        run.end = runs[next].end;
        runs.splice(next, 1);
      }
    }
    // How often each given name the tagger reads alone stands before each word of the text (for the rule below).
    const pairs = new Map<string, number>();
    for (const run of runs) {
      if (TAGGER_TYPES[run.kind] !== 'PER' || run.end - run.start !== 1 || run.end >= tokens.length) continue;
      const key = `${tokens[run.start].norm.slice(leadingClitic(tokens[run.start].norm))} ${tokens[run.end].norm}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    // A person's name goes on to the family name after it that the tagger left out, a word it did not learn: a rare
    // word with ال, no title, time or nationality word (familyNameAfter). After a name with «بن» («عادل بن زيد
    // الطريفي») rarer than PROPAGATE_MIN_IDF (not «القائد», «الجديد»): over 4,000 SaudiNewsNet articles 33 names, one
    // wrongly («ابن خلدون الخصائص»); held-out tenths PERS TP +1, FP -1. After a given name alone («فهد المرداسي») only
    // a very rare word, rarer than SURNAME_MIN_IDF: 53 names, a few wrongly («وتأين الجزيئات»); TP +4, FP -2.
    for (const run of runs) {
      if (TAGGER_TYPES[run.kind] !== 'PER' || run.end >= tokens.length) continue;
      const next = tokens[run.end];
      let minIdf: number;
      if (run.end - run.start === 1) {
        if (!NAME_KINDS.get(tokens[run.start].norm.slice(leadingClitic(tokens[run.start].norm)))?.includes('P')) continue;
        // A given name and a common word written together again in the text are a name («محمد العمرة» twice).
        minIdf = run.end < tokens.length && pairs.get(`${tokens[run.start].norm.slice(leadingClitic(tokens[run.start].norm))} ${tokens[run.end].norm}`)! >= 2 ? COMMON_SURNAME_MIN_IDF : SURNAME_MIN_IDF;
      } else {
        const last = tokens[run.end - 1].norm;
        let lineage = false;
        for (let k = run.start + 1; k < run.end - 1; k++) if (/^(?:بن|بنت|ابن)$/.test(tokens[k].norm)) lineage = true;
        if (!lineage || last.startsWith('ال') || NAME_NEEDS_NEXT.test(last)) continue;
        minIdf = PROPAGATE_MIN_IDF;
      }
      if (next.kind !== 'ar' || !/^\s+$/.test(text.slice(tokens[run.end - 1].end, next.start)) || taken.has(run.end)) continue;
      if (runs.some((o) => o !== run && o.start <= run.end && run.end < o.end)) continue;
      if (familyNameAfter(next.norm, minIdf)) run.end++;
    }
    // Two persons are not written side by side with nothing between them: where the tagger begins a second person
    // right after one («هيرمان اينشتاين», «عبد الله يوسف» read as two), it is one name. ANERcorp's train split has
    // 23 such pairs without «و» in 125k words, most of them its own slips («نصر الله», «سوزان مبارك»); a second word
    // with a clitic («ماتيراتزي لزيدان», «وأنان») stays apart.
    for (let r = 0; r + 1 < runs.length; r++) {
      const [one, next] = [runs[r], runs[r + 1]];
      if (TAGGER_TYPES[one.kind] !== 'PER' || next.kind !== one.kind || next.start !== one.end) continue;
      const second = tokens[next.start].norm;
      if (!/^\s+$/.test(text.slice(tokens[one.end - 1].end, tokens[next.start].start))) continue; // not «الخضير -معن»
      if (leadingClitic(second) > 0 || (!second.startsWith('ال') && stripClitics(second) !== second && !(NAME_WORDS.has(second) && !/^[وف]/.test(second))) || (second[0] === 'و' && !NAME_WORDS.has(second))) continue;
      // A name of two words or more that ends in a family name or an epithet (ال) is whole: a given name after it
      // begins the next person's («الهالك يوسف السليمان», «الدولي عبدالحميد»), a lineage word does not («عبدالله الثاني
      // ابن الحسين»). The ال of a compound given name ends nothing («عبد الله يوسف», «شمس الدين أحمد»).
      const last = tokens[one.end - 1].norm;
      // A ruler's ordinal goes on to his house's name where it is a name word («جيمس الأول ستيوارت»; not «محمد
      // الخامس رتبة مارشال»).
      const compound = /^ال(?:له|دين)$/.test(last) || /^و?(?:عبد|ابو|ابي|ابا|ام)$/.test(tokens[one.end - 2]?.norm ?? '') || ((REGNAL_ORDINAL.test(last) || last === 'عشر') && PERSON_NAME_WORDS.has(second));
      if (one.end - one.start >= 2 && last.startsWith('ال') && !compound && !/^(?:ابن|بن|بنت|ولد|ال|ابو|ابي|ابا)$/.test(second)) continue;
      one.end = next.end;
      runs.splice(r + 1, 1);
      r--;
    }
  }

  /** The runs as mentions, trimmed of what opens or ends no name. */
  function foundOfRuns(text: string, tokens: Token[], runs: TaggerRun[], taken: Set<number>): Found[] {
    const found: Found[] = [];
    const readHere = new Set<number>();
    for (const s of runs) {
      const type = TAGGER_TYPES[s.kind];
      if (!type) continue;
      let a = s.start;
      let b = s.end;
      // Nor does «to the …» end a person's name: «ساماراس للهلال».
      // «الماضي», «المقبل», «الجاري» date a time noun, never a given name: after one they are a family name («الدكتور
      // محمد الماضي», OPEC's governor). A weekday after a given name may be either, and stays a date.
      const familyName = TAGGER_TYPES[s.kind] === 'PER' && b - a === 2 && /^(?:الماضي|المقبل|الجاري)$/.test(tokens[b - 1].norm) && PERSON_NAME_WORDS.has(tokens[a].norm);
      // Nor a preposition before a hamza's alef: «الملك خالد بأم الحمام» (in Umm al-Hamam), «لأحمد»; nor a word with a
      // preposition and a pronoun: «مغادرة أوباما لمنصبه».
      // A blessing after a name is no part of it: «عثمان رضي الله عنه».
      if (TAGGER_TYPES[s.kind] === 'PER' && b - a >= 3 && tokens[b - 1].norm === 'الله' && BLESSING_VERB.test(tokens[b - 2].norm)) b -= 2;
      while (b > a && ((TIME_WORD.test(tokens[b - 1].norm) && !familyName) || (b - a > 1 && ADVERB_WRITTEN.test(tokens[b - 1].text)) || (TAGGER_TYPES[s.kind] === 'PER' && (PERSON_NEVER_ENDS.has(tokens[b - 1].norm) || (b - a > 1 && (/^لل./.test(tokens[b - 1].norm) || PREPOSITION_BEFORE_HAMZA.test(tokens[b - 1].text) || (/^[بلك]/.test(tokens[b - 1].norm) && PRONOUN_SUFFIX_WRITTEN.test(tokens[b - 1].text) && !NAME_WORDS.has(tokens[b - 1].norm)))))))) b--;
      while (a < b && (CALL_WORD.test(tokens[a].norm) || PARTICLE_AS_WRITTEN.test(tokens[a].text))) a++;
      // Nor is one word written with that tanween a name, unless a given name in the accusative («سعودًا»): «يقول مخاطبًا».
      if (b - a === 1 && ADVERB_WRITTEN.test(tokens[a].text) && !NAME_KINDS.get(tokens[a].norm.replace(/ا$/, ''))?.includes('P')) continue;
      // A kunya's nisba is part of the name: «أبو حمزة المصري», «أبو عبد الله التركي», «أبو بكر البغدادي».
      if (type === 'PER' && b < tokens.length && KUNYA.test(tokens[a].norm.slice(leadingClitic(tokens[a].norm))) && (b - a === 2 || (b - a === 3 && tokens[a + 1].norm === 'عبد')) && adjacent(text, tokens[b - 1], tokens[b]) && NISBA_ADJECTIVE.test(tokens[b].norm) && tokens[b].norm.endsWith('ي')) b++;
      // An initial after a person's name is part of it: «محمد ب.», «هشام ل.».
      if (type === 'PER' && b > a && b < tokens.length && adjacent(text, tokens[b - 1], tokens[b]) && /^\p{L}$/u.test(tokens[b].norm) && text[tokens[b].end] === '.') b++;
      // Nor does it end in a word that needs the next one: «فايزة أبو» is «فايزة أبو النجا», «محمد بن» «محمد بن سلمان»
      // (not «ابن أخيه», his nephew).
      if (type === 'PER' && b > a && b < tokens.length && NAME_NEEDS_NEXT.test(tokens[b - 1].norm) && adjacent(text, tokens[b - 1], tokens[b]) && /^\p{L}+$/u.test(tokens[b].norm) && !isStopword(tokens[b].norm) && (NAME_WORDS.has(tokens[b].norm) || !/(?:ه|ها|هم|هما)$/.test(tokens[b].norm))) b++;
      // A person's name opens with no adjective of nationality or trade: «الكولومبي كارلوس باكا», «الفلكي ملهم هندي».
      // Nor with a title or role («الكاردينال بوليكاربو», «والدكتور رايف نجم», «الخليفة العباسي المأمون»), one in the
      // dual too («المواطنان يحيى الشهري ومحمد …»).
      while (type === 'PER' && b - a >= 2 && !NAME_WORDS.has(tokens[a].norm) && (NISBA_AFTER_CLITICS.test(tokens[a].norm) || isPersonTitle(tokens[a].norm.slice(leadingClitic(tokens[a].norm))) || titleInDual(tokens[a].norm) || (indefiniteRole(tokens[a].norm) && !DEFINITE.test(tokens[a + 1].norm)))) a++;
      // Nor with «according to», «led by» («بحسب بن يوسف»), whatever the kind.
      // Nor with a verb in the future's first person, «سأ» as written («سأقدم فاتن»: I will present Faten).
      // Nor with one in the future's other persons, «سـ» on a common verb («ستبعد إيتو», «وسيترأس ميناوي»; not
      // «سيف», «ستيفن»: no verb after the «س»).
      while (b - a >= 2 && (NAME_NEVER_BEGINS.has(tokens[a].norm) || /^[وف]?سأ\p{L}{2,}/u.test(tokens[a].text) || (type === 'PER' && futureVerb(tokens[a].norm)))) a++;
      if (b === a) continue;
      // An organization's name read without the noun it is the name of, where ANERcorp writes that noun in the name
      // (bank, party, council: «بنك» 25 times inside, never before), goes back to it: «مصرف قطر المركزي», «مستشفى
      // عسير المركزي» (read «قطر المركزي», «عسير المركزي»). Not a noun with a clitic, nor before a person's title: the
      // facility's rule reads «مستشفى الملك فيصل التخصصي» whole.
      if (type === 'ORG' && a > 0 && HEAD_IN_NAME.test(tokens[a - 1].norm) && spaceBetween(text, tokens[a - 1], tokens[a]) && !taken.has(a - 1) && !readHere.has(a - 1) && tokens[a].kind === 'ar' && !isPersonTitle(tokens[a].norm.slice(leadingClitic(tokens[a].norm)))) a--;
      // A name after «ابن», «أبي», «بن» begins before them («ابن بطوطة», «سعد بن أبي وقاص» read as «وقاص»): the
      // tagger leaves out a lineage word it did not learn to begin a name with.
      if (type === 'PER') {
        while (a > 0 && LINEAGE_BEFORE.test(tokens[a - 1].norm) && adjacent(text, tokens[a - 1], tokens[a]) && !taken.has(a - 1) && !readHere.has(a - 1)) {
          a--;
          // «بن» joins the name before it: «سعد بن …» («ابن» begins one: «المغربي ابن بطوطة»).
          const before = tokens[a - 1];
          if (/^(?:بن|بنت)$/.test(tokens[a].norm) && before && adjacent(text, before, tokens[a]) && /^\p{L}{2,}$/u.test(before.norm) && !isStopword(before.norm) && !isPersonTitle(before.norm.slice(leadingClitic(before.norm))) && !NISBA_AFTER_CLITICS.test(before.norm) && !taken.has(a - 1) && !readHere.has(a - 1)) a--;
        }
      }
      // An adjective after a definite noun is no organization («الحارس الأوكراني», «النادي الكاتالوني», «التعاون
      // العربي الصيني»), unless it is a club's name after the noun of a club («النادي الأهلي»; «التعليم الأهلي» is
      // private education, «المجتمع الأهلي» civil society).
      if (type === 'ORG' && b - a === 1 && a > 0 && NISBA_ADJECTIVE.test(tokens[a].norm) && definiteWord(tokens[a - 1].norm) && adjacent(text, tokens[a - 1], tokens[a]) && !(CLUB_KEYS.has(keysOf(tokens[a].text).join(' ')) && isOrganizationNoun(tokens[a - 1].norm))) continue;
      let onlyCommon = true; // «لي», «مليار ريال», «كلية للبنين»: no name word in the span, clitics aside
      for (let k = a; k < b && onlyCommon; k++) onlyCommon = NOT_NAMES.has(tokens[k].norm) || (k === a && CLITIC_LETTERS.has(tokens[k].norm[0]) && NOT_NAMES.has(wordAfterClitics(tokens[k].norm)));
      if (onlyCommon) continue;
      // Nor is a facility's or an organization's noun alone («هوية جامعة», a unifying identity).
      if (b - a === 1 && type !== 'PER' && (facilityKind(tokens[a].norm) || isOrganizationNoun(tokens[a].norm))) continue;
      // Nor over a name found, or over one read just before that went on into this run («سعد بن أبي» took «وقاص»).
      let overlaps = false;
      for (let k = a; k < b; k++) if (taken.has(k) || readHere.has(k)) overlaps = true;
      if (overlaps) continue;
      // The first word may carry a conjunction or preposition: show the name without it (ال stays: العتيبي).
      const cut = leadingClitic(tokens[a].norm);
      const start = mentionStart(tokens[a], cut);
      if (tokens[b - 1].end <= start) continue;
      // Trained on Arabic text, the tagger guesses at Latin words (code, URLs, handles): only Arabic names count.
      const mention = text.slice(start, tokens[b - 1].end);
      if (!/[\u0600-\u06ff]/.test(mention)) continue;
      const name = cut > 0 && ALIF_LAM_ELIDED.test(tokens[a].norm) ? `ال${text.slice(nameStart(tokens[a], cut), tokens[b - 1].end)}` : undefined;
      found.push({ start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b, entity: null, kind: 'tagger', type, text: mention, name });
      for (let k = a; k < b; k++) readHere.add(k);
    }
    return found;
  }

  /**
   * A person's surname that is a common word with ال («توفيق الحكيم»: the wise), alone where the text names him in
   * full, is him where the word cannot be the adjective: not right after a definite word it would agree with
   * («القرار الحكيم»), not before a name (a title: «السيد أحمد»), not a title itself. Rare surnames spread from
   * any full name above; common ones only so.
   */
  function definiteSurnames(text: string, tokens: Token[], tagged: Found[], taken: Set<number>): void {
    const surnames = new Set<string>();
    /** Words of the persons' names: a surname right after one is a name repeated in full, not alone. */
    const nameWords = new Set<string>(COMPOUND_NAME_STARTS);
    for (const f of tagged) {
      if (f.type !== 'PER' || f.tokenEnd - f.tokenStart < 2) continue;
      for (let k = f.tokenStart; k < f.tokenEnd - 1; k++) nameWords.add(stripClitics(tokens[k].norm));
      const last = tokens[f.tokenEnd - 1].norm;
      if (!last.startsWith('ال') || last.length <= 3 || isPersonTitle(last)) continue;
      const rarity = idf(searchKey(last));
      if (rarity < PROPAGATE_MIN_IDF && rarity >= COMMON_SURNAME_MIN_IDF) surnames.add(foldedNameKey(last));
    }
    if (!surnames.size) return;
    for (let k = 0; k < tokens.length; k++) {
      if (taken.has(k) || taken.has(k + 1)) continue;
      const reading = cliticReadings(tokens[k].norm).find(([, w]) => surnames.has(foldedNameKey(w)));
      if (!reading) continue;
      if (k > 0 && adjacent(text, tokens[k - 1], tokens[k]) && (DEFINITE.test(tokens[k - 1].norm) || nameWords.has(stripClitics(tokens[k - 1].norm)))) continue;
      const start = mentionStart(tokens[k], reading[0]);
      tagged.push({ start, end: tokens[k].end, tokenStart: k, tokenEnd: k + 1, entity: null, kind: 'tagger', type: 'PER', text: text.slice(start, tokens[k].end), name: undefined });
      taken.add(k);
    }
  }

  /**
   * A name the tagger read once is the same name where it missed it in the same text (one sense per document):
   * every other untaken occurrence of its words, with or without a leading clitic, gets its type. Names of one
   * word must be rare words (not a stop word, IDF at least PROPAGATE_MIN_IDF) so that «رئيس» read once as a name
   * does not spread.
   */
  function propagateNames(text: string, tokens: Token[], tagged: Found[], taken: Set<number>): void {
    if (tagged.length === 0) return;
    const bare = (k: number) => { const n = tokens[k].norm; const c = leadingClitic(n); return c ? n.slice(c) : n; };
    const names = new Map<string, Found>();
    for (const f of tagged) {
      if (f.kind !== 'tagger') continue;
      const words: string[] = [];
      for (let k = f.tokenStart; k < f.tokenEnd; k++) words.push(k === f.tokenStart ? bare(k) : tokens[k].norm);
      if (words.length === 1 && (isStopword(words[0]) || words[0].length < 3 || idf(searchKey(words[0])) < PROPAGATE_MIN_IDF)) continue;
      names.set(words.join(' '), f);
    }
    if (names.size === 0) return;
    const firstWords = new Map<string, string[]>();
    for (const key of names.keys()) { const w = key.split(' '); (firstWords.get(w[0]) ?? firstWords.set(w[0], []).get(w[0])!).push(key); }
    // A word can only be a name's first word with a clitic before it: most words end otherwise, and are passed over
    // without working out their clitics (which cost 4% of enrichment when asked of every word).
    const first = [...firstWords.keys()];
    // A name read in full also takes the place of a shorter reading of the tagger's inside it elsewhere: «فايزة أبو
    // النجا» read once, «أبو النجا» alone where the tagger left «فايزة» out.
    const shorter = new Map<number, Found>();
    for (const f of tagged) if (f.kind === 'tagger' && !f.entity) for (let k = f.tokenStart; k < f.tokenEnd; k++) shorter.set(k, f);
    const open = (k: number, from: number, type: EntityType) => {
      if (!taken.has(k)) return true;
      const f = shorter.get(k);
      return !!f && f.type === type && f.tokenStart >= from;
    };
    for (let k = 0; k < tokens.length; k++) {
      const norm = tokens[k].norm;
      // «للبنك» is «ل» + «البنك»: its ال is read back (ALIF_LAM_ELIDED).
      const elided = ALIF_LAM_ELIDED.test(norm);
      if (!elided && !first.some((w) => norm.endsWith(w))) continue;
      const keys = firstWords.get(elided ? 'ال' + bare(k) : bare(k));
      if (!keys) continue;
      // The longest name that fits here.
      let best: { key: string; end: number } | null = null;
      for (const key of keys) {
        const w = key.split(' ');
        const type = names.get(key)!.type;
        if (!open(k, k, type)) continue;
        let j = 1;
        while (j < w.length && k + j < tokens.length && open(k + j, k, type) && tokens[k + j].norm === w[j] && adjacent(text, tokens[k + j - 1], tokens[k + j])) j++;
        if (j === w.length && (!best || w.length > best.end - k)) best = { key, end: k + j };
      }
      if (!best) continue;
      // Not a reading already there, nor one that ends inside another (its last token's reading goes on after it).
      const inner = new Set<Found>();
      for (let j = k; j < best.end; j++) { const f = taken.has(j) ? shorter.get(j) : undefined; if (f) inner.add(f); }
      if ([...inner].some((f) => f.tokenEnd > best!.end || (f.tokenStart === k && f.tokenEnd === best!.end))) { k = best.end - 1; continue; }
      for (const f of inner) tagged.splice(tagged.indexOf(f), 1);
      const source = names.get(best.key)!;
      const letters = leadingClitic(tokens[k].norm), start = mentionStart(tokens[k], letters);
      const end = tokens[best.end - 1].end;
      const found: Found = { start, end, tokenStart: k, tokenEnd: best.end, entity: null, kind: 'tagger', type: source.type, text: text.slice(start, end), name: elided ? 'ال' + text.slice(nameStart(tokens[k], letters), end) : undefined };
      tagged.push(found);
      for (let j = k; j < best.end; j++) { taken.add(j); shorter.set(j, found); }
      k = best.end - 1;
    }
  }

  /**
   * «علي» written with ي in a text that writes the preposition «على» with ى is the name Ali, which folding (ى is ي)
   * hides from the tagger: before a person's name it begins the name («علي محمد جيدي», «علي لاريجاني»), and after a
   * person's title it is the man («الإمام علي», «الشيخ علي»). Not where the text writes both alike: there «علي» is
   * as often the preposition.
   */
  function nameAli(text: string, tokens: Token[], all: Found[]): void {
    const isAli = (t: Token) => ALI_WRITTEN.test(t.text);
    const ends = new Set(all.filter((f) => f.type === 'PER').map((f) => f.tokenEnd));
    for (const f of all) {
      const k = f.tokenStart - 1;
      if (f.type !== 'PER' || f.kind !== 'tagger' || k < 0 || !isAli(tokens[k]) || !adjacent(text, tokens[k], tokens[f.tokenStart])) continue;
      // Not a name that begins with «و» (another man: «علي ومحمد»), nor where «علي» ends the name before it
      // («عبدالحليم علي وهاني»).
      if ((tokens[f.tokenStart].norm[0] === 'و' && stripClitics(tokens[f.tokenStart].norm) !== tokens[f.tokenStart].norm) || (k > 0 && ends.has(k) && adjacent(text, tokens[k - 1], tokens[k]))) continue;
      const start = tokens[k].start + (tokens[k].text.startsWith('و') ? 1 : 0);
      Object.assign(f, { start, tokenStart: k, text: text.slice(start, f.end), name: undefined });
    }
    const taken = new Set<number>();
    for (const f of all) for (let k = f.tokenStart; k < f.tokenEnd; k++) taken.add(k);
    // After a person's name it is his father's, the name's last word («عضو الاتحاد الإسلامي، ابوبكر علي، في
    // تصريحات», «عبدالحليم علي وهاني»), not where a clause goes on after it.
    for (const f of all) {
      const k = f.tokenEnd;
      if (f.type !== 'PER' || f.kind !== 'tagger' || k >= tokens.length || taken.has(k) || !isAli(tokens[k]) || tokens[k].text.startsWith('و') || !adjacent(text, tokens[k - 1], tokens[k])) continue;
      // Not the preposition miswritten before its usual objects («ستيف جوبس علي سبيل المثال», «علي ذلك»).
      const next = tokens[k + 1];
      if (next && adjacent(text, tokens[k], next) && (isStopword(next.norm) || AFTER_ALA.test(next.norm))) continue;
      Object.assign(f, { end: tokens[k].end, tokenEnd: k + 1, text: text.slice(f.start, tokens[k].end), name: undefined });
      taken.add(k);
    }
    for (let k = 1; k < tokens.length; k++) {
      if (taken.has(k) || !isAli(tokens[k]) || !isPersonTitle(tokens[k - 1].norm) || !adjacent(text, tokens[k - 1], tokens[k])) continue;
      const start = tokens[k].start + (tokens[k].text.startsWith('و') ? 1 : 0);
      // With the rare family name after him («اللواء علي العزازي»), as a given name the tagger reads goes on to it.
      const end = k + 1 < tokens.length && !taken.has(k + 1) && adjacent(text, tokens[k], tokens[k + 1]) && familyNameAfter(tokens[k + 1].norm, SURNAME_MIN_IDF) ? k + 2 : k + 1;
      all.push({ start, end: tokens[end - 1].end, tokenStart: k, tokenEnd: end, entity: null, kind: 'tagger', type: 'PER', text: text.slice(start, tokens[end - 1].end), name: undefined });
    }
  }

  /**
   * Names between quotation marks. A news outlet's name alone between them is the outlet («ذكرت «الرياض»», «« الشرق
   * الأوسط » هددت»): not the city or the region the same words name, and an outlet even where nothing else read a
   * name there; so is a name quoted after an organization's noun, and a name quoted after a person's title or kin is
   * a person's. The mention replaces those inside the quotes.
   */
  function quotedNames(text: string, tokens: Token[], out: Found[], beforeQuotes: number[]): Found[] {
    /** The outlet's mention over [start, end), in place of any reading it overlaps. */
    const asOutlet = (start: number, end: number, first: number, last: number, outlet: string) => {
      for (let k = out.length - 1; k >= 0; k--) if (out[k].start < end && out[k].end > start) out.splice(k, 1);
      out.push({ start, end, tokenStart: first, tokenEnd: last, entity: null, kind: 'tagger', type: 'ORG', text: text.slice(start, end), name: outlet });
    };
    for (const m of text.matchAll(QUOTED)) {
      const inner = m[1].trim();
      // A name opens with a letter or digit: «". وأضاف "» is the text between a quote's closing mark and the next
      // quote's opening one (the noun before the first mark ends a quotation: «...أنصار النادي". وزاد "»).
      if (!QUOTED_NAME_OPENING.test(inner)) continue;
      const start = m.index! + m[0].indexOf(inner), end = start + inner.length;
      const span = tokenSpan(tokens, start, end);
      if (!span) continue;
      const [first, last] = span;
      // A listed outlet, or any short name quoted right after the noun of an organization («قناة "تي في 5"»,
      // «صحيفة "لوفيغارو"», «شركة "أرامكو"»).
      const before = tokens[first - 1];
      const afterNoun = !!before && last - first <= QUOTED_NAME_MAX_WORDS && /^\s*$/.test(text.slice(before.end, m.index!)) && announcesQuotedName(before.norm);
      if (before && /^\s*$/.test(text.slice(before.end, m.index!)) && TITLE_NOUNS.has(stripClitics(before.norm))) continue;
      const outlet = OUTLET_BY_KEY.get(keysOf(inner).join(' ')) ?? (afterNoun ? inner : undefined);
      if (outlet) asOutlet(start, end, first, last, outlet);
    }
    // The same right after an organization's noun, read from the noun: the marks need not pair with the text's
    // others (one left open earlier in an article pairs every later one wrongly), and single marks count there
    // («صحيفة 'دايلي ميرور'»).
    for (const k of beforeQuotes) {
      if (!announcesQuotedName(tokens[k].norm)) continue;
      const m = QUOTED_AFTER_NOUN.exec(text.slice(tokens[k].end, tokens[k].end + 48));
      if (!m) continue;
      const inner = m[2].trim();
      if (!QUOTED_NAME_OPENING.test(inner)) continue;
      const start = tokens[k].end + m[0].indexOf(inner, m[1].length), end = start + inner.length;
      const span = tokenSpan(tokens, start, end);
      if (span && span[0] === k + 1 && span[1] - span[0] <= QUOTED_NAME_MAX_WORDS) asOutlet(start, end, span[0], span[1], OUTLET_BY_KEY.get(keysOf(inner).join(' ')) ?? inner);
    }
    // A name quoted right after a person's title, kin or «المدعو» is a person's («زوجته "كوهر شاه"», «الإمبراطور
    // "هوانج تي"»), over any other reading inside the quotes. Not a listed outlet's name, nor digits.
    for (const k of beforeQuotes) {
      // Kin words end in «ه» (his): written with ة, the word is another («أمة» a nation, «جدة» Jeddah).
      if (!announcesQuotedPerson(tokens[k].norm) || (/ة[\u064b-\u0652\u0640]*$/.test(tokens[k].text) && !DEFINITE.test(tokens[k].norm))) continue;
      const m = QUOTED_AFTER_NOUN.exec(text.slice(tokens[k].end, tokens[k].end + 48));
      if (!m || /\d/.test(m[2]) || !/^\p{L}/u.test(m[2].trim())) continue;
      const inner = m[2].trim();
      const start = tokens[k].end + m[0].indexOf(inner, m[1].length), end = start + inner.length;
      const span = tokenSpan(tokens, start, end);
      if (!span || span[0] !== k + 1 || span[1] - span[0] > QUOTED_NAME_MAX_WORDS || OUTLET_BY_KEY.has(keysOf(inner).join(' '))) continue;
      if (out.some((f) => f.type === 'PER' && f.tokenStart === span[0] && f.tokenEnd === span[1])) continue; // read so already
      for (let j = out.length - 1; j >= 0; j--) if (out[j].start < end && out[j].end > start) out.splice(j, 1);
      out.push({ start, end, tokenStart: span[0], tokenEnd: span[1], entity: null, kind: 'tagger', type: 'PER', text: inner, name: undefined });
    }
    for (const m of text.matchAll(BRACKETED)) {
      const outlet = OUTLET_BY_KEY.get(keysOf(m[1]).join(' '));
      if (!outlet) continue;
      const start = m.index! + m[0].indexOf(m[1]), end = start + m[1].length;
      const span = tokenSpan(tokens, start, end);
      if (span) asOutlet(start, end, span[0], span[1], outlet);
    }
    // A listed outlet with ل after a word of saying in its clause is the one spoken to: «قال أمين الجميل للجزيرة»,
    // «في تصريحات لعكاظ» (ANERcorp tags «للجزيرة» so 9 times in 11; the others are the island's).
    // Where the last word of telling stands: the tokens after it, up to SPOKEN_TO_WINDOW, may name the outlet told.
    let toldAt = -SPOKEN_TO_WINDOW - 1;
    for (let k = 1; k < tokens.length; k++) {
      const before = tokens[k - 1].norm;
      if (SPEECH_WORDS.has(before) || ((before[0] === 'و' || before[0] === 'ف') && SPEECH_WORDS.has(before.slice(1)))) toldAt = k - 1;
      const norm = tokens[k].norm;
      if (norm[0] !== 'ل' || norm.length < 3 || k - toldAt > SPOKEN_TO_WINDOW) continue;
      let spoken = true;
      for (let j = toldAt; j < k && spoken; j++) spoken = adjacent(text, tokens[j], tokens[j + 1]);
      if (!spoken) continue;
      const letters = norm.startsWith('لل') ? 2 : 1;
      // «لوكالة فرانس برس»: the agency's noun is read with its name by the gazetteer.
      if (isOrganizationNoun(norm.slice(letters)) || isPublicationNoun(norm.slice(letters))) continue;
      const start = mentionStart(tokens[k], letters), named = nameStart(tokens[k], letters);
      for (let n = Math.min(3, tokens.length - k); n >= 1; n--) {
        const written = text.slice(named, tokens[k + n - 1].end);
        const key = keysOf((letters === 2 ? 'ال' : '') + written).join(' ');
        const outlet = NOT_SPOKEN_TO.has(key) ? undefined : OUTLET_BY_KEY.get(key);
        // Not the first words of a longer name: «للمدينة المنورة» is the city.
        const next = tokens[k + n];
        if (outlet && next && adjacent(text, tokens[k + n - 1], next) && DEFINITE.test(next.norm) && !isStopword(next.norm) && !TIME_WORD.test(next.norm)) break;
        if (outlet) { asOutlet(start, tokens[k + n - 1].end, k, k + n, outlet); break; }
      }
    }
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (!CORRESPONDENT.test(tokens[k].norm) || !adjacent(text, tokens[k], tokens[k + 1])) continue;
      for (let n = Math.min(3, tokens.length - k - 1); n >= 1; n--) {
        const outlet = OUTLET_BY_KEY.get(keysOf(text.slice(tokens[k + 1].start, tokens[k + n].end)).join(' '));
        if (outlet) { asOutlet(tokens[k + 1].start, tokens[k + n].end, k + 1, k + n + 1, outlet); break; }
      }
    }
    // A dateline's source: a listed outlet between dashes (or a dash and a colon) after the place it reports from,
    // «الدوحة - الراية :», «الكويت - الراي -».
    for (let k = 1; k < tokens.length; k++) {
      if (!DATELINE_DASH.test(text.slice(tokens[k - 1].end, tokens[k].start)) || !out.some((f) => f.type === 'LOC' && f.tokenEnd === k)) continue;
      for (let n = Math.min(2, tokens.length - k); n >= 1; n--) {
        const after = k + n < tokens.length ? text.slice(tokens[k + n - 1].end, tokens[k + n].start) : '';
        if (!DATELINE_SOURCE_END.test(after)) continue;
        const outlet = OUTLET_BY_KEY.get(keysOf(text.slice(tokens[k].start, tokens[k + n - 1].end)).join(' '));
        if (outlet) { asOutlet(tokens[k].start, tokens[k + n - 1].end, k, k + n, outlet); break; }
      }
    }
    return out;
  }

  /**
   * A person's name after a facility's noun, with his title between or not, names the facility, not him: «جامعة
   * الملك سعود», «مطار الملك عبدالعزيز الدولي», «طريق الملك فهد», «جائزة الملك فيصل» (data/name-contexts.json
   * facilities). The person's mention (and any reading inside the name) gives way to the facility's, with the
   * adjectives that follow it («الدولي», «التخصصي»); a facility kind «none» leaves no entity. ANERcorp tags «جامعة»
   * with the name after it as one organization 31 times in 40.
   */
  function namedAfterPersons(text: string, tokens: Token[], all: Found[]): void {
    // A person, or a name the tagger reads opening with a person's title («الملك فيصل التخصصي» read as an organization).
    // Or a place after the noun of an institution named after its place («جامعة القاهرة», data/name-contexts.json
    // institutionsOfPlaces).
    const placeOfInstitution = (f: Found) => f.type === 'LOC' && f.tokenStart > 0 && namesInstitutionOfPlace(tokens[f.tokenStart - 1].norm);
    for (const person of all.filter((f) => f.type === 'PER' || (f.kind === 'tagger' && isPersonTitle(tokens[f.tokenStart].norm)) || placeOfInstitution(f))) {
      if (!all.includes(person)) continue; // taken into a facility's name already
      let k = person.tokenStart - 1;
      // A title between only before a name that carries no preposition: «فندق السفير بحمص» is the Safir hotel in
      // Homs, not a facility named after an ambassador «بحمص».
      if (k >= 0 && !withPrepositionClitic(tokens[person.tokenStart].norm) && isPersonTitle(tokens[k].norm) && k > 0 && adjacent(text, tokens[k - 1], tokens[k]) && adjacent(text, tokens[k], tokens[k + 1])) k--;
      if (k < 0 || !adjacent(text, tokens[k], tokens[k + 1])) continue;
      // The noun heads a construct, without ال («المدينة», «الملعب» before a name are no facility's), and «عن طريق» is
      // «by way of».
      const kind = facilityKind(tokens[k].norm);
      if (!kind || definiteWord(tokens[k].norm) || (k > 0 && tokens[k - 1].norm === 'عن')) continue;
      // Written with ه, «مكتبه» is «his office», not «مكتبة» (folding makes them one).
      if (tokens[k].norm.endsWith('ه') && !/[ةﺔﺓ][\u064b-\u0652\u0640]*$/.test(tokens[k].text)) continue;
      let end = person.tokenEnd;
      while (end < tokens.length && end - person.tokenEnd < 2 && adjacent(text, tokens[end - 1], tokens[end]) && NISBA_ADJECTIVE.test(tokens[end].norm.replace(/(?:ه|ة)$/, ''))) end++;
      for (let j = all.length - 1; j >= 0; j--) if (all[j].tokenStart < end && all[j].tokenEnd > k) all.splice(j, 1);
      if (kind === 'none') continue;
      // «بجامعة»: the name begins after the preposition.
      const cut = facilityKind(tokens[k].norm, true) ? 0 : tokens[k].norm.length - stripClitics(tokens[k].norm).length;
      const start = mentionStart(tokens[k], cut);
      const written = text.slice(start, tokens[end - 1].end);
      all.push({ start, end: tokens[end - 1].end, tokenStart: k, tokenEnd: end, entity: null, kind: 'tagger', type: kind as EntityType, text: written, name: undefined });
    }
  }

  /**
   * A newspaper's or magazine's name right after its noun, without ال and the noun's own article, is the paper:
   * «جريدة الحياة», «صحيفة الاقتصادية», «مجلة المستقبل» (a definite word after an indefinite noun names it;
   * ANERcorp's train split tags such a word, not a nisba, as a name 13 times in 16 after «صحيفة», «جريدة», «مجلة»).
   * A one-word person the tagger reads there is the paper too («وصحيفة هامشهري»). Over 4,000 SaudiNewsNet articles it
   * finds 30 papers, all but «مجلة الجمعية» (the association's journal) rightly. Ten held-out tenths pooled, texts of 20
   * sentences: ORG F1 0.756 -> 0.757.
   * Not «الصحيفة الإسرائيلية», «صحيفة يومية» (an adjective agrees with the feminine noun: ة), «صحيفتي» (mine).
   */
  function publicationNames(text: string, tokens: Token[], all: Found[], covered: Set<number>): void {
    for (let k = 0; k + 1 < tokens.length; k++) {
      const noun = tokens[k].norm;
      if (!noun.endsWith('ه') || !isPublicationNoun(noun) || definiteWord(noun) || /(?:ي|يه)$/.test(noun)) continue;
      const first = tokens[k + 1];
      if (!/^\s+$/.test(text.slice(tokens[k].end, first.start))) continue;
      const readAs = all.find((f) => f.tokenStart <= k + 1 && k + 1 < f.tokenEnd);
      if (readAs) {
        if (readAs.tokenStart === k + 1 && readAs.tokenEnd === k + 2 && readAs.kind === 'tagger' && readAs.type === 'PER') readAs.type = 'ORG';
        continue;
      }
      const w = first.norm;
      if (covered.has(k + 1) || !WRITTEN_DEFINITE.test(first.text) || w.length < 4 || NISBA_ADJECTIVE.test(w) || isStopword(w) || NOT_NAMES.has(w) || TIME_WORD.test(w)) continue;
      // A definite adjective after the name is the name's («مجلة الثقافة الجديدة», «مجلة المتعلم المبتدئ»), except one
      // that agrees with the paper: a nisba in ة («الحكومية», «اللندنية») or a participle («الصادرة», «المعارضة»).
      let end = k + 2;
      const next = tokens[end];
      if (next && !covered.has(end) && /^\s+$/.test(text.slice(first.end, next.start)) && WRITTEN_DEFINITE.test(next.text) && !/يه$/.test(next.norm) && !/^الم.*ه$/.test(next.norm) && next.norm !== 'الصادره' && !isStopword(next.norm) && !NOT_NAMES.has(next.norm) && !TIME_WORD.test(next.norm)) end++;
      all.push({ start: first.start, end: tokens[end - 1].end, tokenStart: k + 1, tokenEnd: end, entity: null, kind: 'tagger', type: 'ORG', text: text.slice(first.start, tokens[end - 1].end), name: undefined });
      for (let j = k + 1; j < end; j++) covered.add(j);
    }
  }

  /**
   * A news agency the list lacks, named as agencies are: «وكالة الأنباء» and a nationality in ة («وكالة الأنباء
   * الموريتانية», «الجزائرية», «السودانية»; not «الرسمية», «الحكومية», a kind), or «وكالة أنباء» and the name read
   * after it or one word («وكالة أنباء شينخوا»), or a word read by nothing before «للأنباء» («وكالة مهر للأنباء»): they
   * went unread, or as the country after «أنباء». Not where a listed name covers the noun already.
   */
  function newsAgencyNames(text: string, tokens: Token[], all: Found[]): void {
    if (!text.includes('وكال')) return; // most texts name no agency: no pass over their words
    const spaced = (a: number) => a + 1 < tokens.length && /^\s+$/.test(text.slice(tokens[a].end, tokens[a + 1].start));
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (!AGENCY_NOUN.test(tokens[k].norm) || !spaced(k) || !spaced(k + 1)) continue;
      const end = newsAgencyEnd(text, tokens, all, k);
      if (!end) continue;
      for (let j = all.length - 1; j >= 0; j--) if (all[j].tokenStart >= k && all[j].tokenEnd <= end) all.splice(j, 1);
      const start = mentionStart(tokens[k], tokens[k].norm.length - 'وكاله'.length);
      const mention = text.slice(start, tokens[end - 1].end);
      all.push({ start, end: tokens[end - 1].end, tokenStart: k, tokenEnd: end, entity: null, kind: 'tagger', type: 'ORG', text: mention, name: mention });
      k = end - 1;
    }
  }

  /** Where the agency's name that «وكالة» at token k opens ends (exclusive), or 0 where it names none (newsAgencyNames). */
  function newsAgencyEnd(text: string, tokens: Token[], all: Found[], k: number): number {
    const readOver = (from: number, to: number) => all.some((f) => f.tokenStart <= to && from <= f.tokenEnd - 1);
    // «وكالة مهر للأنباء»: a name the list lacks, read by nothing, between the noun and «للأنباء».
    if (tokens[k + 2].norm === 'للانباء') return tokens[k + 1].kind === 'ar' && !isStopword(tokens[k + 1].norm) && !readOver(k, k + 2) ? k + 3 : 0;
    if (!NEWS_WORD.test(tokens[k + 1].norm) || readOver(k, k + 1)) return 0;
    const next = tokens[k + 2];
    let end = 0;
    if (tokens[k + 1].norm.startsWith('ال')) {
      if (nationalityAdjective(next.norm) && next.norm.endsWith('يه')) end = k + 3;
    } else {
      const read = all.find((f) => f.tokenStart === k + 2);
      if (read) end = read.tokenEnd;
      else if (next.kind === 'ar' && !isStopword(next.norm) && !NISBA_ADJECTIVE.test(next.norm) && !/يه$/.test(next.norm) && !TIME_WORD.test(next.norm) && !all.some((f) => f.tokenStart < k + 2 && k + 2 < f.tokenEnd)) end = k + 3;
    }
    // Not a description before the agency's name («ونقلت وكالة الأنباء الروسية "ريا نوفوستي"»).
    if (end && end < tokens.length && all.some((f) => f.type === 'ORG' && f.tokenStart === end) && /^\s*[«"“(]?\s*$/.test(text.slice(tokens[end - 1].end, tokens[end].start))) return 0;
    return end;
  }

  /**
   * A body named for what it is for: its noun, an adjective, and a ل-phrase («الاتحاد الدولي للشرطة», «الهيئة العامة
   * للسياحة والتراث الوطني», «الاتحاد الصيني لشركات صناعة السيارات»), where nothing else is read over its first
   * three words. The name goes on through definite words, one joined by «و», another ل-phrase, and an indefinite noun
   * with the word it is joined to; it ends after an adjective (unless another adjective or ل-phrase follows), at a
   * time word, a title or a name read there. Not a ل-phrase that names another body («المكتب السياسي لحركة»).
   * Over 4,000 SaudiNewsNet articles it reads 136 names, a handful wrongly («الاتحاد الأوكراني لمحطة»); ten held-out
   * tenths of ANERcorp pooled, texts of 20 sentences: ORG F1 0.757 -> 0.759 (its misses there are mostly names the
   * annotators left untagged: «الاتحاد المصري للمصارعة»).
   */
  function bodiesOfPurpose(text: string, tokens: Token[], all: Found[]): void {
    const spaced = (a: number) => a + 1 < tokens.length && /^\s+$/.test(text.slice(tokens[a].end, tokens[a + 1].start));
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (tokens[k + 2].norm[0] !== 'ل' || !isBodyOfPurpose(tokens[k].norm) || !spaced(k) || !spaced(k + 1)) continue;
      const adjective = tokens[k + 1].norm, purpose = tokens[k + 2].norm;
      if (!PURPOSE_ADJECTIVE.test(adjective) && !GENERAL_ADJECTIVE.test(adjective)) continue;
      if (!/^ل\p{L}{3,}$/u.test(purpose) || isStopword(purpose) || isOrganizationNoun(purpose) || isOrganizationNoun(purpose.slice(1)) || isPlaceNoun(purpose.slice(1))) continue;
      // A reading there stands (the tagger's «البنك التجاري» is the bank's whole name), but for the tagger's place
      // inside the body's name («بالاتحاد السعودي لكرة القدم» read as a place «الاتحاد السعودي»).
      if (all.some((f) => f.tokenStart <= k + 2 && k < f.tokenEnd && (f.entity || f.type !== 'LOC' || f.tokenStart < k))) continue;
      let end = k + 3;
      for (let n = 0; n < PURPOSE_MAX_MORE_WORDS && spaced(end - 1); n++) {
        const w = tokens[end].norm;
        if (tokens[end].kind !== 'ar' || isStopword(w) || TIME_WORD.test(w) || TIME_NOUN.test(w) || isPersonTitle(w.replace(/^[وف]/, '')) || all.some((f) => f.tokenStart === end)) break;
        if (PURPOSE_ADJECTIVE.test(tokens[end - 1].norm) || /^ال\p{L}{2,}ى$/u.test(tokens[end - 1].norm)) {
          if (!PURPOSE_ADJECTIVE.test(w) && !/^لل\p{L}{3,}$/u.test(w)) break;
        }
        const construct = !/^(?:ال|وال|لل)/.test(tokens[end - 1].norm) && leadingClitic(w) === 0 && !w.startsWith('ال') && spaced(end) && tokens[end + 1].norm.startsWith('ال');
        if (construct) end += 2; else if (/^(?:ال|وال|لل)/.test(w)) end++; else break;
      }
      for (let j = all.length - 1; j >= 0; j--) if (all[j].tokenStart >= k && all[j].tokenEnd <= end) all.splice(j, 1);
      const cut = leadingClitic(tokens[k].norm);
      const start = mentionStart(tokens[k], cut);
      const written = text.slice(start, tokens[end - 1].end), bare = text.slice(nameStart(tokens[k], cut), tokens[end - 1].end);
      all.push({ start, end: tokens[end - 1].end, tokenStart: k, tokenEnd: end, entity: null, kind: 'tagger', type: 'ORG', text: written, name: cut > 0 && ALIF_LAM_ELIDED.test(tokens[k].norm) ? `ال${bare}` : undefined });
      k = end - 1;
    }
  }

  /**
   * A name in a list of persons is a person's: «ياسر المسيليم، أمير كردي، كامل الموسى، عمر السومة» (a team's line-up,
   * a cast, a committee), where the tagger reads some and not others. An item of two or three words between list
   * separators, with two persons on either side of it and a given name first (the name lexicon), none of the words a
   * stop word, a time word or a title; not a title before a construct («رئيس اللجنة»): persons named in a list do not
   * carry one. Over 4,000 SaudiNewsNet articles it adds 43 persons, all of them persons (one with its «و»: «وإنجي
   * المقدم»); ANERcorp's lists the tagger reads whole (ten held-out tenths unchanged).
   */
  function listedPersons(text: string, tokens: Token[], all: Found[]): void {
    if (!/[،,]/.test(text)) return;
    const runs: Array<[number, number]> = [];
    let from = 0;
    for (let k = 1; k <= tokens.length; k++) {
      if (k === tokens.length || listBreakBefore(text, tokens, k)) { runs.push([from, k]); from = k; }
    }
    const persons = new Set(all.filter((f) => f.type === 'PER').map((f) => `${f.tokenStart}:${f.tokenEnd}`));
    const isPerson = (r: number) => persons.has(`${runs[r][0]}:${runs[r][1]}`);
    const commaAfter = (r: number) => /[،,]/.test(text.slice(tokens[runs[r][1] - 1].end, tokens[runs[r + 1][0]].start));
    for (let grew = true; grew;) {
      grew = false;
      for (let r = 0; r < runs.length; r++) {
        const [a, b] = runs[r];
        if (b - a < 2 || b - a > 3 || isPerson(r)) continue;
        // Two persons in the list around it: one alone may be followed by his description («جون ماكارثر، ناشر دورية»).
        let around = 0;
        for (let q = r - 1; q >= Math.max(0, r - 2) && commaAfter(q) && isPerson(q); q--) around++;
        for (let q = r + 1; q <= Math.min(runs.length - 1, r + 2) && commaAfter(q - 1) && isPerson(q); q++) around++;
        if (around < 2) continue;
        // After a comma, «و» opens the last item: a conjunction, unless the word is a name with it («وليد», «وفاء»).
        const norm = tokens[a].norm;
        const cut = leadingClitic(norm) || (norm[0] === 'و' && norm.length >= 4 && !NAME_WORDS.has(norm) ? 1 : 0);
        const first = norm.slice(cut);
        // A title before a definite word heads a construct, no name («رئيس اللجنة»); before a name word it may be one
        // («أمير كردي»), not before another word («رئيس تحرير»).
        if (!NAME_KINDS.get(first)?.includes('P') || (isPersonTitle(`ال${first}`) && (DEFINITE.test(tokens[a + 1].norm) || !NAME_WORDS.has(tokens[a + 1].norm)))) continue;
        let ok = true;
        for (let k = a; k < b && ok; k++) ok = tokens[k].kind === 'ar' && !isStopword(tokens[k].norm) && !TIME_WORD.test(tokens[k].norm) && !isPersonTitle(tokens[k].norm) && (k === a || (!NOT_NAMES.has(tokens[k].norm) && leadingClitic(tokens[k].norm) === 0));
        if (!ok) continue;
        // Over a part the tagger read as a person («الموسى» of «كامل الموسى»), nothing else.
        const inside = all.filter((f) => f.tokenStart < b && a < f.tokenEnd);
        if (inside.some((f) => f.tokenStart < a || f.tokenEnd > b || f.type !== 'PER' || f.entity)) continue;
        for (const f of inside) all.splice(all.indexOf(f), 1);
        const start = mentionStart(tokens[a], cut);
        all.push({ start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b, entity: null, kind: 'tagger', type: 'PER', text: text.slice(start, tokens[b - 1].end), name: undefined });
        persons.add(`${a}:${b}`);
        grew = true;
      }
    }
  }

  /**
   * A person named before the office he holds, in apposition: «بحثت فايزة أبوالنجا وزيرة التعاون الدولي», «وحثت سارة
   * ليا ويتسن مديرة قسم الشرق الأوسط», «قدم تركي المشيقح عضو هيئة أعضاء الشرف», where the tagger knows neither word. Two
   * or three words before an office word (data/name-contexts.json after T, as written: «ووزير» opens another person),
   * the first a given name alone in the name lexicon (P only: not «بيان», «الله»), no article, lineage word, title or
   * organization's noun; the others rare in news (no «العام», «منصب», «الحرمين»), no stop word, clitic or time word;
   * nothing read over them; not after a title or an office (the tagger's case: «رئيس ديوان المظالم رئيس …»). Over
   * 6,000 SaudiNewsNet articles 7 persons, all right; held-out tenths PERS TP +2, FP +2 (one a gold slip).
   */
  function personsBeforeOffice(text: string, tokens: Token[], all: Found[]): void {
    const read = (k: number) => all.some((f) => f.tokenStart <= k && k < f.tokenEnd);
    for (let k = 2; k < tokens.length; k++) {
      if (!isOfficeAfterName(tokens[k].norm) || read(k - 1)) continue;
      for (const n of [3, 2]) {
        const a = k - n;
        if (a < 0) continue;
        const norm = tokens[a].norm;
        const cut = norm[0] === 'و' && norm.length >= 4 && !NAME_WORDS.has(norm) ? 1 : 0;
        if (NAME_KINDS.get(norm.slice(cut)) !== 'P' || DEFINITE.test(norm) || LINEAGE_WORD.test(norm) || isPersonTitle(norm.slice(cut)) || isPersonTitle(`ال${norm.slice(cut)}`) || isOrganizationNoun(norm.slice(cut))) continue;
        let ok = true;
        for (let j = a; j < k && ok; j++) ok = tokens[j].kind === 'ar' && !read(j) && adjacent(text, tokens[j], tokens[j + 1]) && !isStopword(tokens[j].norm) && !TIME_WORD.test(tokens[j].norm) && !isPersonTitle(tokens[j].norm) && (j === a || (!NOT_NAMES.has(tokens[j].norm) && leadingClitic(tokens[j].norm) === 0 && idf(searchKey(tokens[j].norm)) >= PROPAGATE_MIN_IDF));
        if (!ok || (a > 0 && (describesPerson(tokens[a - 1].norm) || isOrganizationNoun(tokens[a - 1].norm)))) continue;
        const start = mentionStart(tokens[a], cut);
        all.push({ start, end: tokens[k - 1].end, tokenStart: a, tokenEnd: k, entity: null, kind: 'tagger', type: 'PER', text: text.slice(start, tokens[k - 1].end), name: undefined });
        break;
      }
    }
  }

  /**
   * A person's title, with the adjectives of a nationality after it or not, and a given name and a word rare in news
   * after them, is a person of those two words: «العداءة المغربية حسناء بنحسي», «العداء أمين لعلو», «الدكتورة نجاح
   * العطار». The tagger misses a given name that is also a common word («حسناء» beautiful, «أمين» secretary) before a
   * surname it never saw. The given name is one of the name lexicon's persons (P only, no ال), the word after it rarer than
   * PROPAGATE_MIN_IDF, no stop, time, title or lineage word, no clitic or adverb's tanween («قدرًا»); nothing read over
   * either.
   */
  function personsAfterTitles(text: string, tokens: Token[], all: Found[]): void {
    const read = (k: number) => all.some((f) => f.tokenStart <= k && k < f.tokenEnd);
    // From the given name back to the title: given names are few in a text, definite words (a title's test) many.
    for (let a = 1; a + 1 < tokens.length; a++) {
      // The word before is the title or an adjective, definite either way: a cheap test before the lexicon's.
      if (DEFINITE.test(tokens[a].norm) || !DEFINITE.test(tokens[a - 1].norm) || NAME_KINDS.get(tokens[a].norm) !== 'P') continue;
      let k = a - 1;
      while (k > 0 && a - k <= 2 && isNationality(tokens[k].norm) && adjacent(text, tokens[k], tokens[k + 1])) k--;
      const b = a + 1, title = tokens[k].norm;
      if (!DEFINITE.test(title) || !adjacent(text, tokens[a - 1], tokens[a]) || !adjacent(text, tokens[a], tokens[b]) || !isPersonTitle(title.slice(leadingClitic(title)))) continue;
      if (read(a) || read(b) || tokens[b].kind !== 'ar') continue;
      const surname = tokens[b].norm;
      if (isStopword(surname) || TIME_WORD.test(surname) || isPersonTitle(surname) || NOT_NAMES.has(surname) || LINEAGE_WORD.test(surname) || ADVERB_WRITTEN.test(tokens[b].text) || leadingClitic(surname) > 0 || idf(searchKey(surname)) < PROPAGATE_MIN_IDF) continue;
      // A name's word the lexicon knows, or a family's nisba («الزويهري»): not a verb or a noun («الرئيس سلام توحي»).
      if (!NAME_WORDS.has(surname) && !/^ال\p{L}{3,}ي$/u.test(surname)) continue;
      all.push({ start: tokens[a].start, end: tokens[b].end, tokenStart: a, tokenEnd: b + 1, entity: null, kind: 'tagger', type: 'PER', text: text.slice(tokens[a].start, tokens[b].end), name: undefined });
    }
  }

  /**
   * A list of persons joined by «و» goes on with a given name: «كل من ادم ساندلر وكيت بيكنسيل وكريستوفر والكن»,
   * «بطولة نور الشريف ومعالى زايد», «مارك فان بومل وكلارنس سيدورف». Right after a person (or a comma after him),
   * a word of «و» and a given name of the name lexicon opens a person of two or three words, the others name-like
   * (no stop word, time word, title or clitic; rare in news or a name word) and none «و» with a given name, which
   * opens the next. Over a tagger's reading of part of it («كلارنس» as a place, «زايد» alone), not over a listed
   * entity. In turn after each person it adds. (Written here: the tagger misses such names where it knows neither.)
   */
  function coordinatedPersons(text: string, tokens: Token[], all: Found[]): void {
    // A word as news counts it, with a conjunction or preposition cut where it has one («وساعد», «بأغنية»); ال stays.
    const withoutConjunction = (norm: string) => { const cut = stripClitics(norm); return norm.startsWith('ال') && cut === norm.slice(2) ? norm : cut; };
    const givenNameAfterAnd = (k: number) => {
      const norm = tokens[k].norm, rest = norm.slice(1);
      // «وليا» (وليًا, as crown prince) and «وكيل» (deputy) are words of their own: news counts say where «و» is «and».
      return norm[0] === 'و' && rest.length >= 3 && !NAME_WORDS.has(norm) && NAME_KINDS.get(rest)?.includes('P') === true && !DEFINITE.test(rest) && stripClitics(norm) === rest
        && !isStopword(rest) && !isPersonTitle(rest) && !isPersonTitle(`ال${rest}`) && !NOT_NAMES.has(rest);
    };
    const nameLike = (k: number) => {
      const norm = tokens[k].norm;
      return tokens[k].kind === 'ar' && !isStopword(norm) && !TIME_WORD.test(norm) && !isPersonTitle(norm) && !NOT_NAMES.has(norm) && leadingClitic(norm) === 0
        && withoutConjunction(norm) === norm && idf(searchKey(norm)) >= COMMON_SURNAME_MIN_IDF;
    };
    // Where the list's item ends: punctuation, the next «و» with a given name, the text's end.
    const itemEndsAt = (k: number) => k === tokens.length || listBreakBefore(text, tokens, k) || givenNameAfterAnd(k);
    const queue = all.filter((f) => f.type === 'PER');
    while (queue.length) {
      const person = queue.pop()!;
      const a = person.tokenEnd;
      if (a >= tokens.length || !givenNameAfterAnd(a) || !/^\s*[،,]?\s*$/.test(text.slice(tokens[a - 1].end, tokens[a].start))) continue;
      // A name word goes on the name; another word, or a third, only where the item ends with it («وفرج شلبي ·», not
      // «ولوكاشنكو ستتناول المشاكل», «وفيكتور بونتا رئيس وزراء»).
      let b = a + 1;
      while (b < tokens.length && b - a < 3 && !itemEndsAt(b) && adjacent(text, tokens[b - 1], tokens[b]) && nameLike(b) && (itemEndsAt(b + 1) || (b === a + 1 && NAME_WORDS.has(tokens[b].norm)))) b++;
      if (b - a < 2) continue;
      const inside = all.filter((f) => f.tokenStart < b && a < f.tokenEnd);
      if (inside.some((f) => f.tokenStart < a || f.tokenEnd > b || f.entity || (f.type === 'PER' && f.tokenStart === a && f.tokenEnd === b))) continue;
      for (const f of inside) all.splice(all.indexOf(f), 1);
      const start = mentionStart(tokens[a], 1);
      const added: Found = { start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b, entity: null, kind: 'tagger', type: 'PER', text: text.slice(start, tokens[b - 1].end), name: undefined };
      all.push(added);
      queue.push(added);
    }
  }

  /**
   * A maker's name right before a model number names the vehicle, a product, not the company: «تحطمت طائرة بوينج
   * 757», «من طراز إيرباص A380», «سيارة بيجو 206» (data/car-makers.json). ANERcorp tags «بوينج 757» MISC, 3 times in
   * 3; the company alone stays («أعلنت بوينج أن»).
   */
  function vehicleModels(text: string, tokens: Token[], all: Found[]): void {
    for (let j = all.length - 1; j >= 0; j--) {
      const f = all[j], next = tokens[f.tokenEnd];
      if (f.type !== 'ORG' || !next || !MODEL_NUMBER.test(next.norm) || NOT_MODEL_NUMBER.test(next.norm) || !adjacent(text, tokens[f.tokenEnd - 1], next)) continue;
      const after = tokens[f.tokenEnd + 1]?.norm ?? '';
      if (/^\s*%/.test(text.slice(next.end)) || AMOUNT_AFTER.test(after) || (after === 'في' && /^الما?يه$/.test(tokens[f.tokenEnd + 2]?.norm ?? ''))) continue;
      if (VEHICLE_MAKER_KEYS.has(keysOf(f.text).join(' '))) all.splice(j, 1);
    }
  }

  /** Whether a folded word is the nisba of a place the gazetteer lists in full: «الصومالي» of «الصومال»,
   * «الايرلندي» of «ايرلندا», «الموريتاني» of «موريتانيا», «الشيشاني» of «الشيشان» (not «الهاشمي»). */
  const nisbaOfListedPlace = (word: string): boolean => {
    if (!/^ال.{3,}ي$/.test(word)) return false;
    const stem = word.slice(2, -1);
    return [stem, `${stem}ا`, `${stem}يا`, `ال${stem}`, `${stem}ه`].some((name) => {
      const keys = keysOf(name);
      return (index.get(keys[0]) ?? []).some((e) => e.entity.type === 'LOC' && e.kind === 'full' && e.keys.length === keys.length && e.keys.join(' ') === keys.join(' '));
    });
  };
  /** Whether a folded word is a nationality's adjective, of either gender: listed as one, or a listed place's nisba. */
  const nationalityAdjective = (word: string): boolean => isNationality(word) || nisbaOfListedPlace(word.replace(/يه$/, 'ي'));
  // recognize runs these stages in turn, each a function of its own: V8 optimizes a function whole, and one of
  // 30 KB of bytecode took 800 ms to compile again each time a rare rule's first run threw its code out (13 s of
  // compiling in 12,000 articles, on a second core or, on one, in place of the work).
  function recognize(text: string, context = ''): EntityRef[] {
    const tokens = tokenize(text);
    const read = readNames(text, tokens, context);
    // Tokens right before a quotation mark: where the quoted-name rules look (here and for works' titles below).
    const beforeQuotes = tokensBeforeQuotes(text, tokens);
    const all = quotedNames(text, tokens, read, beforeQuotes);
    namesAfterNouns(text, tokens, all);
    const stripped = tokens.map((t) => stripClitics(t.norm));
    // The field's words counted once per text and field (the clubs' are read three times below).
    const cuesByDomain = new Map<DomainNames, Int32Array>();
    const cuesOf = (domain: DomainNames) => cuesByDomain.get(domain) ?? cuesByDomain.set(domain, cueCounts(stripped, domain)).get(domain)!;
    const covered = clubsBeforeNationality(text, tokens, all, cuesOf);
    fieldNames(text, tokens, all, covered, stripped, cuesOf);
    laterNames(text, tokens, all, covered, beforeQuotes);
    lastReadings(text, tokens, all);
    return entitiesOf(all);
  }

  /** The gazetteer's and the tagger's readings of a text, merged, with surnames and names spread over it. */
  function readNames(text: string, tokens: Token[], context: string): Found[] {
    const matches = gazetteerMatches(text, tokens);
    const contextMatches = context ? gazetteerMatches(context, tokenize(context)) : [];
    const named = new Set([...matches, ...contextMatches].filter((m) => m.kind === 'full' || m.kind === 'short').map((m) => m.entity));
    for (const e of [...named]) for (const other of namedAlongWith.get(e!.name) ?? []) named.add(other);
    const candidates = taggerMatches(text, tokens, new Set());
    // The tagger reads the common word itself as a name of the entity's kind, not a longer name holding it («دول
    // الخليج العربية») nor another kind («محافظة قنا» is Qena, not the Qatari agency «قنا»).
    const readAsName = (m: Found) => candidates.some((t) => t.tokenStart === m.tokenStart && t.tokenEnd === m.tokenEnd && t.type === m.type);
    const after = (m: Found, test: (folded: string) => boolean) => m.tokenStart > 0 && adjacent(text, tokens[m.tokenStart - 1], tokens[m.tokenStart]) && test(tokens[m.tokenStart - 1].norm);
    // An organization's name that is a common word, right after the noun it names, is the organization («فريق الهلال»).
    // Not an entity that lists its own announcing words (commonWordsAfter): «السنة» after «موقع» is a year.
    const namedOrganization = (m: Found) => m.type === 'ORG' && !m.entity?.commonWordsAfter && after(m, isOrganizationNoun);
    // After a word the entity lists: its member, leader or people («زعيم القاعدة», «العراقيين السنة»).
    const afterOwnWord = (m: Found) => m.entity !== null && after(m, (w) => commonWordsAfterOf(m.entity!).has(w) || commonWordsAfterOf(m.entity!).has(stripClitics(w)));
    // A place's name that is a common word, right after the noun of its kind of place, is the place («مدينة مشهد»,
    // «محافظة تعز»).
    const namedPlace = (m: Found) => m.type === 'LOC' && after(m, isPlaceNoun);
    let kept = matches.filter((m) => (m.kind === 'commonWord' ? named.has(m.entity) || readAsName(m) || namedOrganization(m) || namedPlace(m) || afterOwnWord(m) : (m.kind !== 'shortIfFull' && m.kind !== 'title') || named.has(m.entity)));
    // A common word joined by «و» or «أو» to a name of its own kind is a name too («طالبان والقاعدة», «السنة
    // والشيعة», «سنة أو شيعة»): a list of organizations holds no «base» nor «year». Joined to one kept, or to one
    // joined so in turn.
    for (let grew = true; grew;) {
      grew = false;
      const names = [...kept, ...candidates];
      for (const m of matches) {
        if (m.kind !== 'commonWord' || kept.includes(m)) continue;
        if (names.some((k) => k.type === m.type && coordinated(text, tokens, k, m))) { kept.push(m); grew = true; }
      }
    }
    // A ministry's short name right after «وزير» is the minister's title, no mention of the ministry: «وزيرة
    // الخارجية الأميركية كوندوليزا رايس» names her («وزارة الخارجية» written in full stays a mention).
    kept = kept.filter((m) => !(m.type === 'ORG' && m.entity !== null && MINISTRY_NAME.test(m.entity.name) && !MINISTRY_NAME.test(m.text) && after(m, (w) => MINISTER.test(w))));
    // A place's name right after a person's title is his name («الدكتور السويد»), not the place; not with a
    // preposition on it («الحليف الرئيس للولايات المتحدة», «شرم الشيخ بمصر»).
    for (const m of kept) if (m.type === 'LOC' && after(m, isPersonTitle) && !withPrepositionClitic(tokens[m.tokenStart].norm)) { m.type = 'PER'; m.entity = null; m.kind = 'tagger'; }
    // A place's name right after a newspaper's noun is the paper («صحيفة القدس», «جريدة الرياض»): the outlet where
    // one is listed by that name, else an organization of that name.
    for (const m of kept) {
      if (m.type !== 'LOC' || !after(m, isPublicationNoun)) continue;
      const outlet = OUTLET_BY_KEY.get(keysOf(m.text).join(' '));
      Object.assign(m, { type: 'ORG', entity: null, kind: 'tagger', name: outlet ?? m.name ?? m.text });
    }
    // The gazetteer's names win over the tagger's, except where the tagger reads a longer name of another kind
    // around one («دينامو كييف» is a club, not Kyiv): the context says what the list alone cannot.
    const inside = (m: Found, t: Found) => m.tokenStart >= t.tokenStart && m.tokenEnd <= t.tokenEnd;
    const crosses = (m: Found, t: Found) => m.tokenStart < t.tokenEnd && t.tokenStart < m.tokenEnd && !inside(m, t);
    // Not where the span also holds a listed name of its own kind: then the tagger ran two names together
    // («سيرغي شويغو لبيونغ يانغ»).
    // A listed person's surname alone inside a longer person's name the tagger reads, whose other words are none of
    // his names, is another person of that surname: «فلورنتينو بيريز» is not Shimon Peres («بيريز»).
    // A particle that opens a kunya or a lineage («أبو», «بن») is no name shared: «أبو عمر البغدادي» is not «أبو بكر
    // البغدادي», named in the same text.
    const sharesNames = (m: Found, t: Found) => {
      const own = new Set([m.entity!.name, ...m.entity!.variants].flatMap((v) => keysOf(v)));
      for (let k = t.tokenStart; k < t.tokenEnd; k++) {
        const key = foldedNameKey(tokens[k].norm);
        if ((k < m.tokenStart || k >= m.tokenEnd) && own.has(key) && !NAME_PARTICLE_KEYS.has(key)) return true;
      }
      return false;
    };
    // A short name the text's full naming of him allows counts so too where the tagger's other words are all given
    // names the lexicon knows: «جيب بوش» in a text naming «جورج بوش», «راؤول كاسترو» beside «فيدل كاسترو» (not «سوزان
    // مبارك قرينة»: the tagger ran a noun in).
    const givenNamesAround = (m: Found, t: Found) => {
      for (let k = t.tokenStart; k < t.tokenEnd; k++) if ((k < m.tokenStart || k >= m.tokenEnd) && !NAME_KINDS.get(tokens[k].norm)?.includes('P')) return false;
      return true;
    };
    const otherPerson = (m: Found, t: Found) => (m.kind === 'short' || (m.kind === 'shortIfFull' && givenNamesAround(m, t))) && m.type === 'PER' && t.type === 'PER' && inside(m, t) && m.tokenEnd - m.tokenStart < t.tokenEnd - t.tokenStart && !sharesNames(m, t);
    // Not a name the tagger reads over listed persons of two entities that fill it: «دعا كيم بوتين» is Kim inviting
    // Putin, two men, where each is named in full in the text.
    const twoListedPersons = (t: Found) => {
      const within = kept.filter((m) => m.type === 'PER' && m.entity && inside(m, t));
      let words = 0;
      for (const m of within) words += m.tokenEnd - m.tokenStart;
      return new Set(within.map((m) => m.entity)).size >= 2 && words === t.tokenEnd - t.tokenStart;
    };
    const wider = candidates.filter((t) => !twoListedPersons(t) && kept.some((m) => (inside(m, t) && m.tokenEnd - m.tokenStart < t.tokenEnd - t.tokenStart && m.type !== t.type) || otherPerson(m, t)) && !kept.some((m) => crosses(m, t) || (inside(m, t) && m.type === t.type && !otherPerson(m, t))));
    kept = kept.filter((m) => !wider.some((t) => inside(m, t)));
    // A listed person's short name (or a one-word name) inside a longer name the tagger reads, whose other words
    // include his names, is his name in full as the text writes it: the mention is the longer one, linked to him
    // («خوسي لويس ثاباتيرو»). Not a longer listed name: words before one are another man's («أحمد علي عبد الله صالح»).
    for (const t of candidates) {
      if (t.type !== 'PER' || kept.some((m) => crosses(m, t))) continue;
      const within = kept.filter((m) => inside(m, t));
      const m = within[0];
      if (within.length !== 1 || m.type !== 'PER' || (m.kind !== 'short' && m.kind !== 'shortIfFull' && !(m.kind === 'full' && m.tokenEnd - m.tokenStart === 1)) || m.tokenEnd - m.tokenStart >= t.tokenEnd - t.tokenStart || !sharesNames(m, t)) continue;
      Object.assign(m, { start: t.start, end: t.end, tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, text: t.text });
    }
    // So is a name the tagger ends right before his listed surname, where it opens with his listed given name: «خالد
    // محفوظ بحاح» (the tagger read «خالد محفوظ», the list «بحاح» for «خالد بحاح»).
    for (const t of candidates) {
      if (t.type !== 'PER' || t.tokenEnd >= tokens.length) continue;
      const m = kept.find((k) => k.tokenStart === t.tokenEnd && k.tokenEnd === t.tokenEnd + 1 && k.type === 'PER' && (k.kind === 'short' || k.kind === 'shortIfFull'));
      if (!m || !adjacent(text, tokens[t.tokenEnd - 1], tokens[m.tokenStart]) || kept.some((k) => k !== m && k.tokenStart < t.tokenEnd && t.tokenStart < k.tokenEnd)) continue;
      if (foldedNameKey(tokens[t.tokenStart].norm) !== keysOf(m.entity!.name)[0]) continue;
      Object.assign(m, { start: t.start, tokenStart: t.tokenStart, text: text.slice(t.start, m.end) });
    }
    const taken = new Set<number>();
    for (const m of kept) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken.add(k);
    const tagged = candidates.filter((t) => { for (let k = t.tokenStart; k < t.tokenEnd; k++) if (taken.has(k)) return false; return true; });
    for (const m of tagged) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken.add(k);
    surnamesAlone(text, tokens, tagged, taken);
    definiteSurnames(text, tokens, tagged, taken);
    propagateNames(text, tokens, tagged, taken);
    return [...kept, ...tagged];
  }

  /** A full name's surname alone elsewhere in the text is that person (the tagger's mentions and the taken tokens
   * grow). */
  function surnamesAlone(text: string, tokens: Token[], tagged: Found[], taken: Set<number>): void {
    // A surname alone, where the tagger missed it, is the person named in full («وأضاف العتيبي»). Not an initial:
    // «محمد ب.» does not make every «ب» of the text his («د ب أ»).
    const fullNames = tagged.filter((f) => f.type === 'PER' && f.tokenEnd - f.tokenStart > 1 && tokens[f.tokenEnd - 1].norm.length > 1 && idf(searchKey(tokens[f.tokenEnd - 1].norm)) >= PROPAGATE_MIN_IDF);
    // The surnames' tokens, found in one pass over the text (a pass per full name was a tenth of enrichment).
    const surnames = new Set(fullNames.map((full) => foldedNameKey(tokens[full.tokenEnd - 1].norm).replace(/^ال/, '')));
    const bySurname = new Map<string, Array<[token: number, letters: number]>>();
    if (surnames.size) {
      // A reading's key ends as the token's does (clitics and ال are prefixes): most tokens end in no surname.
      const endings = [...surnames];
      for (let k = 0; k < tokens.length; k++) {
        const tokenKey = foldedNameKey(tokens[k].norm);
        if (!endings.some((e) => tokenKey.endsWith(e))) continue;
        for (const [letters, w] of cliticReadings(tokens[k].norm)) {
          const key = foldedNameKey(w).replace(/^ال/, '');
          if (!surnames.has(key)) continue;
          const at = bySurname.get(key) ?? bySurname.set(key, []).get(key)!;
          // The first reading of a token that matches, as a search through its readings would take.
          if (at.at(-1)?.[0] !== k) at.push([k, letters]);
        }
      }
    }
    // The tagger's one-word place or organization there is the person too: one name, one sense in a text («إيفيت
    // كوبر» … «كوبر» read as a place).
    const oneWordOther = new Map<number, Found>();
    if (fullNames.length) for (const t of tagged) if (t.type !== 'PER' && t.tokenEnd - t.tokenStart === 1) oneWordOther.set(t.tokenStart, t);
    for (const full of fullNames) {
      const surname = foldedNameKey(tokens[full.tokenEnd - 1].norm).replace(/^ال/, '');
      for (const [k, letters] of bySurname.get(surname) ?? []) {
        // A word the name key folds together with the surname must be as rare: «فنغ» of «فو يونغ فنغ» does not make
        // «الفن» (art) the man, nor «دونغ» «دون» (without).
        if (idf(searchKey(tokens[k].norm.slice(letters))) < PROPAGATE_MIN_IDF) continue;
        const other = oneWordOther.get(k);
        if (other) { other.type = 'PER'; other.name = undefined; oneWordOther.delete(k); continue; }
        if (taken.has(k)) continue;
        const start = mentionStart(tokens[k], letters);
        tagged.push({ start, end: tokens[k].end, tokenStart: k, tokenEnd: k + 1, entity: null, kind: 'tagger', type: 'PER', text: text.slice(start, tokens[k].end), name: undefined });
        taken.add(k);
      }
    }
  }

  /** Rulers' realms, and organizations and places named after their nouns («مؤسسة غالوب», «منطقة مارتينيز»). */
  function namesAfterNouns(text: string, tokens: Token[], all: Found[]): void {
    // A one-word person the tagger reads right after a ruler's title without ال is his realm: «ملك أراجون» is the
    // king of Aragon (with ال the title names him: «الملك فهد»). Not a person's name word: «أمير» and «سلطان» are
    // given names too («سلطان محمد», «أمير عبدالله»).
    for (const f of all) {
      if (f.type !== 'PER' || f.kind !== 'tagger' || f.tokenEnd - f.tokenStart !== 1 || f.tokenStart === 0 || PERSON_NAME_WORDS.has(tokens[f.tokenStart].norm)) continue;
      if (adjacent(text, tokens[f.tokenStart - 1], tokens[f.tokenStart]) && isRulerOf(tokens[f.tokenStart - 1].norm)) f.type = 'LOC';
    }
    // organization: «مؤسسة غالوب», «شركة موبيلينك» (ANERcorp's train split tags a name after such a noun ORG 94 times,
    // LOC 3). Not a listed place: «مؤسسة قطر» would be, but «شركة قطر للغاز» is a longer name and «تلفزيون دبي» a
    // place to ANERcorp (held out, a rule for listed places too lost 3 places and found no organization). Not after
    // «موقع» (a site, or a place's location), nor after a person's name, where the noun is his description: «ديدون
    // مؤسسة قرطاج» is Carthage's founder.
    const personEnds = new Set(all.filter((f) => f.type === 'PER').map((f) => f.tokenEnd));
    // After «نادي» a listed place is the club too: «نادي قطر», «لنادي ليون» (ANERcorp: ORG 18 times, LOC once).
    for (const f of all) {
      if (f.type !== 'LOC' || f.tokenStart === 0 || personEnds.has(f.tokenStart - 1)) continue;
      const noun = tokens[f.tokenStart - 1];
      if (!adjacent(text, noun, tokens[f.tokenStart]) || !announcesOrganizationName(noun.norm)) continue;
      if ((f.entity || f.kind !== 'tagger') && !CLUB_NOUN.test(noun.norm)) continue;
      Object.assign(f, { type: 'ORG', entity: null, kind: 'tagger', name: f.name ?? f.text });
    }
    /** Makes `f` the organization named by the tokens [from, end), its noun first (clitics before the noun left out). */
    const nameFromNoun = (f: Found, from: number, end: number) => {
      const start = mentionStart(tokens[from], leadingClitic(tokens[from].norm));
      const mention = text.slice(start, tokens[end - 1].end);
      Object.assign(f, { start, end: tokens[end - 1].end, tokenStart: from, tokenEnd: end, entity: null, kind: 'tagger', text: mention, name: mention });
    };
    // A club's name right after a company's noun is the company's («شركة الأهلي المالية», «شركة الهلال للتجارة»),
    // with the adjective or ل-phrase after it, not the club.
    for (const f of all) {
      if (f.type !== 'ORG' || !f.entity || f.tokenStart === 0) continue;
      const noun = tokens[f.tokenStart - 1];
      if (!COMPANY_NOUN.test(noun.norm) || !adjacent(text, noun, tokens[f.tokenStart]) || !CLUB_KEYS.has(keysOf(f.text).join(' '))) continue;
      let end = f.tokenEnd;
      const next = tokens[end];
      if (next && adjacent(text, tokens[end - 1], next) && (/^ال\p{L}{3,}(?:يه|ه)$/u.test(next.norm) || /^لل\p{L}{3,}$/u.test(next.norm)) && !isStopword(next.norm) && !TIME_WORD.test(next.norm)) end++;
      nameFromNoun(f, f.tokenStart - 1, end);
    }
    // A city's literary club is named whole, its noun and adjectives with it: «نادي جدة الأدبي الثقافي», «بنادي أبها
    // الأدبي» (some 130 times in SaudiNewsNet; they were «جدة», «أبها», organizations, or «نادي الرياض»).
    for (const f of all) {
      if (f.type !== 'ORG') continue;
      const from = CLUB_NOUN.test(tokens[f.tokenStart].norm) ? f.tokenStart : f.tokenStart - 1;
      if (from < 0 || !CLUB_NOUN.test(tokens[from].norm) || (from < f.tokenStart && !adjacent(text, tokens[from], tokens[f.tokenStart]))) continue;
      let end = f.tokenEnd;
      while (end < tokens.length && end - f.tokenEnd < 2 && LITERARY_CLUB_ADJECTIVE.test(tokens[end].norm) && adjacent(text, tokens[end - 1], tokens[end])) end++;
      if (end === f.tokenEnd) continue;
      nameFromNoun(f, from, end);
    }
    // So a person the tagger reads right after a place's noun is the place: «في منطقة مارتينيز» (ANERcorp's train
    // split tags the name after such a noun LOC 240 times, PERS 4, ORG once: «الجزيرة نت», its own noun first). So is
    // a short organization with no organization's noun in it, quoted or not: the tagger reads a lone unknown word in
    // quotes as one (ANERcorp quotes papers' names), «محافظة “سقطرى”».
    for (const f of all) {
      if ((f.type !== 'PER' && f.type !== 'ORG') || f.entity || f.kind !== 'tagger' || f.tokenStart === 0) continue;
      const noun = tokens[f.tokenStart - 1];
      if (!announcesPlaceName(noun.norm) && !namesLandform(noun)) continue;
      if (!(f.type === 'PER' ? adjacent(text, noun, tokens[f.tokenStart]) : f.tokenEnd - f.tokenStart <= 2 && PLACE_NAME_GAP.test(text.slice(noun.end, tokens[f.tokenStart].start)) && !tokens.slice(f.tokenStart, f.tokenEnd).some((t) => isOrganizationNoun(t.norm) || facilityKind(t.norm)))) continue;
      // A place and the name of its governor run together are two: «أمين منطقة عسير صالح بن عبدالله القاضي» (a given
      // name second, and two more words at least; a first word that names places too, or no person).
      if (f.type === 'PER' && f.tokenEnd - f.tokenStart >= 3 && NAME_KINDS.get(tokens[f.tokenStart + 1].norm)?.includes('P') && (NAME_KINDS.get(tokens[f.tokenStart].norm)?.includes('L') || !PERSON_NAME_WORDS.has(tokens[f.tokenStart].norm)) && adjacent(text, tokens[f.tokenStart], tokens[f.tokenStart + 1])) {
        const person = tokens[f.tokenStart + 1].start;
        all.push({ ...f, start: person, tokenStart: f.tokenStart + 1, text: text.slice(person, f.end), name: undefined });
        Object.assign(f, { end: tokens[f.tokenStart].end, tokenEnd: f.tokenStart + 1, text: text.slice(f.start, tokens[f.tokenStart].end), name: undefined });
      }
      f.type = 'LOC';
    }
    // A person the tagger reads opening with a landform's noun is the place named after the noun: «ثوران بركان
    // رونغ», «بركان جبل رونغ» (the noun outside the name, as ANERcorp writes «نهر النيل» 11 times in 12).
    for (let j = all.length - 1; j >= 0; j--) {
      const f = all[j];
      if (f.type !== 'PER' || f.entity || f.kind !== 'tagger' || !namesLandform(tokens[f.tokenStart])) continue;
      let from = f.tokenStart;
      while (from < f.tokenEnd && namesLandform(tokens[from])) from++;
      if (from === f.tokenEnd) { all.splice(j, 1); continue; }
      const start = tokens[from].start;
      Object.assign(f, { type: 'LOC', start, tokenStart: from, text: text.slice(start, f.end), name: undefined });
    }
  }

  /** Clubs before a nationality adjective, in fixture lists and before a score; the tokens the mentions now cover. */
  function clubsBeforeNationality(text: string, tokens: Token[], all: Found[], cuesOf: (domain: DomainNames) => Int32Array): Set<number> {
    // A club's name that is also a city's or a common word, followed by a masculine nationality adjective, is the
    // club («هامبورغ الألماني», «ليون الفرنسي», «ليل الفرنسي»; the adjectives of data/name-contexts.json): the city
    // takes the feminine («مدينة ليون الفرنسية»).
    const beforeNationality = (k: number) => {
      const next = tokens[k + 1];
      return !!next && isMasculineNationality(next.norm) && adjacent(text, tokens[k], next);
    };
    // A country before its own adjective is a club named after it: «قطر القطري», «الكويت الكويتي» (the country
    // itself is never so written).
    const namedByOwnAdjective = (f: Found) => {
      if (f.tokenEnd - f.tokenStart !== 1) return false;
      const place = tokens[f.tokenStart].norm.slice(leadingClitic(tokens[f.tokenStart].norm)).replace(/^ال/, '');
      return tokens[f.tokenEnd].norm === `ال${place}ي`;
    };
    // A place's name the tagger reads (none the list has) right after an organization's noun in construct is the
    const covered = new Set<number>();
    for (const f of all) {
      for (let k = f.tokenStart; k < f.tokenEnd; k++) covered.add(k);
      if (f.type !== 'LOC' || !beforeNationality(f.tokenEnd - 1) || !(CLUB_KEYS.has(keysOf(f.name ?? f.text).join(' ')) || namedByOwnAdjective(f))) continue;
      f.type = 'ORG';
      f.entity = null;
      f.kind = 'tagger';
    }
    for (let k = 0; k < tokens.length; k++) {
      // Not a generic organization noun: «الاتحاد الكويتي» is the Kuwaiti federation, not the club Al-Ittihad; nor
      // an adjective after a definite noun, the first of two («التعاون العربي الصيني», «بالخط العربي الصيني»).
      if (covered.has(k) || !beforeNationality(k) || isOrganizationNoun(tokens[k].norm)) continue;
      // With a clitic too: «وفالنسيا الإسباني».
      const reading = cliticReadings(tokens[k].norm).find(([, w]) => CLUB_KEYS.has(keysOf(w).join(' ')));
      if (!reading) continue;
      if (k > 0 && NISBA_ADJECTIVE.test(tokens[k].norm) && DEFINITE.test(tokens[k - 1].norm) && adjacent(text, tokens[k - 1], tokens[k]) && !isOrganizationNoun(tokens[k - 1].norm)) continue;
      const start = mentionStart(tokens[k], reading[0]);
      all.push({ start, end: tokens[k].end, tokenStart: k, tokenEnd: k + 1, entity: null, kind: 'tagger', type: 'ORG', text: text.slice(start, tokens[k].end), name: undefined });
    }
    // In a match report, a rare word no list or tagger reads, right before a masculine nationality adjective, is a
    // club the list lacks: «فلومينيزي البرازيلي», «وفنربغشة التركي», «صغار أجاكس الهولندي» (of the words that rare
    // before such an adjective, ANERcorp's train split tags 14 as clubs and leaves 39 untagged, nearly all of them
    // punctuation, definite nouns, verbs and possessions, kept out below). Not a person's name word («عزام الأميركي»), nor a
    // definite word (a title or a noun: «العاهل الإسباني»).
    let matchCues: Int32Array | null = null;
    /** A word that may be (part of) a club's name no list has: rare in news, no person's name word, no title, noun or
     * verb of the kind that stands before a nationality adjective. */
    const unknownName = (k: number, word: string) => tokens[k].kind === 'ar' && !covered.has(k) && word.length >= 3 && !word.startsWith('ال') && !isStopword(word)
      && !NAME_KINDS.get(word)?.includes('P') && !VERB_OR_POSSESSION.test(tokens[k].text.slice(afterLetters(tokens[k].text, tokens[k].norm.length - word.length)))
      && idf(searchKey(tokens[k].norm)) >= UNKNOWN_CLUB_MIN_IDF && idf(searchKey(word)) >= UNKNOWN_CLUB_MIN_IDF && !isOrganizationNoun(word) && !isPersonTitle(word);
    const namedPersonAt = new Set(all.filter((f) => f.type === 'PER').map((f) => f.tokenStart));
    for (let k = 0; k < tokens.length; k++) {
      // As written: «اليمنى» (the right hand) is no «اليمني» (Yemeni). The adjective that names a man before his name
      // is no club's («انبرى البرتغالي جوزيه مورينيو»).
      if (covered.has(k) || tokens[k].kind !== 'ar' || !beforeNationality(k) || /ى$/.test(tokens[k + 1].text) || namedPersonAt.has(k + 2)) continue;
      matchCues ??= cuesOf(CLUBS);
      if (matchCues[Math.min(tokens.length, k + DOMAIN_WINDOW + 1)] - matchCues[Math.max(0, k - DOMAIN_WINDOW)] < DOMAIN_MIN_CUES) continue;
      // Only «و» is taken for a clitic: the name of a club unknown is unknown to the clitic rules too («فلومينيزي»).
      const clitic = /^و./.test(tokens[k].norm) ? 1 : 0;
      if (!unknownName(k, tokens[k].norm.slice(clitic))) continue;
      // A name of two such words is one club's («ستاندارد ليج», «لوس انجليس جالاكسي» where the place is read).
      let first = k;
      if (!clitic && k > 0 && adjacent(text, tokens[k - 1], tokens[k]) && unknownName(k - 1, tokens[k - 1].norm)) first = k - 1;
      const cut = first === k ? clitic : 0;
      const start = mentionStart(tokens[first], cut);
      all.push({ start, end: tokens[k].end, tokenStart: first, tokenEnd: k + 1, entity: null, kind: 'tagger', type: 'ORG', text: text.slice(start, tokens[k].end), name: undefined });
      for (let j = first; j <= k; j++) covered.add(j);
    }
    // In a list of fixtures or results, a city with its country in brackets on either side of a dash is a club:
    // «ريال مدريد ( إسبانيا ) - روما ( إيطاليا )», «سلتيك ( اسكتلندا ) - كوبنهاغن ( الدنمارك )».
    for (const f of all) {
      if (f.type !== 'LOC' || !COUNTRY_IN_BRACKETS.test(text.slice(f.end, f.end + 30))) continue;
      const rest = text.slice(f.end, f.end + 30).replace(COUNTRY_IN_BRACKETS, '');
      if (!(/^\s*[-–]/.test(rest) || /\([^()\n]{2,20}\)\s*[-–]\s*$/.test(text.slice(Math.max(0, f.start - 30), f.start)))) continue;
      Object.assign(f, { type: 'ORG', entity: null, kind: 'tagger', name: f.name ?? f.text });
    }
    // A club's name that is a city's too, with a match's score right after it, is the club: «بفوزه على كوبنهاغن 1 -
    // صفر», «الخسارة أمام مضيفه ليون صفر - 2».
    for (const f of all) {
      if (f.type !== 'LOC' || !MATCH_SCORE_AFTER.test(text.slice(f.end, f.end + 16)) || !CLUB_KEYS.has(keysOf(f.name ?? f.text).join(' '))) continue;
      Object.assign(f, { type: 'ORG', entity: null, kind: 'tagger', name: f.name ?? f.text });
    }
    for (const f of all) for (let k = f.tokenStart; k < f.tokenEnd; k++) covered.add(k);
    return covered;
  }

  /** Names of the fields' lists (clubs, car makers) where the text is of that field. */
  function fieldNames(text: string, tokens: Token[], all: Found[], covered: Set<number>, stripped: string[], cuesOf: (domain: DomainNames) => Int32Array): void {
    // The tagger's reading of a field's name as a person gives way («جيلي», «الشمال»), and a maker's run into its
    // model («نيسان أورفان»): that mention's first token stays open to the field's names, and the mention goes
    // where one begins there. Its reading as a place stays (the city: «في تورينو»; the club before a nationality
    // adjective is read above).
    // In a match report a club's longer name wins over a shorter reading inside it: the place of «المغرب التطواني»
    // and «اتحاد الخميسات», the tagger's «الرجاء» of «الرجاء البيضاوي». A reading as long as the club's name stays
    // (the city «في تورينو»), as does one that crosses it.
    const clubs = namesInDomainTexts(text, tokens, stripped, new Set(), CLUBS, cuesOf(CLUBS)).filter((c) => {
      const within = all.filter((f) => f.tokenStart < c.tokenEnd && c.tokenStart < f.tokenEnd);
      return within.length > 0 && within.every((f) => f.tokenStart >= c.tokenStart && f.tokenEnd <= c.tokenEnd && f.tokenEnd - f.tokenStart < c.tokenEnd - c.tokenStart);
    });
    for (const c of clubs) {
      for (let k = all.length - 1; k >= 0; k--) if (all[k].tokenStart >= c.tokenStart && all[k].tokenEnd <= c.tokenEnd) all.splice(k, 1);
      for (let k = c.tokenStart; k < c.tokenEnd; k++) covered.add(k);
      all.push(c);
    }
    for (const domain of [CLUBS, CAR_MAKERS]) {
      const yields = (f: Found) => f.kind === 'tagger' && !f.entity && (f.type === 'PER' || (domain.beforeOtherNames && f.type === 'ORG'));
      const open = new Set<number>();
      // The whole reading is open to a name that begins where it does («كايزر تشيفس» read as a person), not to one
      // inside it («شيرين سيف النصر» holds no club).
      const inside = new Set<number>();
      for (const f of all) if (yields(f)) for (let k = f.tokenStart; k < f.tokenEnd; k++) { open.add(k); if (k > f.tokenStart) inside.add(k); }
      const blocked = new Set([...covered].filter((k) => !open.has(k)));
      // A month's name the tagger reads as the first word of a longer name is no date there («من "نيسان أورفان"»).
      const longerNames = new Set(all.filter((f) => yields(f) && f.tokenEnd - f.tokenStart >= 2).map((f) => f.tokenStart));
      const named = namesInDomainTexts(text, tokens, stripped, blocked, domain, cuesOf(domain), longerNames).filter((f) => !inside.has(f.tokenStart));
      for (const f of named) for (let k = f.tokenStart; k < f.tokenEnd; k++) covered.add(k);
      for (let k = all.length - 1; k >= 0; k--) if (yields(all[k]) && named.some((f) => f.tokenStart < all[k].tokenEnd && all[k].tokenStart < f.tokenEnd)) all.splice(k, 1);
      // A name the tagger reads right after a maker's, quoted or not, is its model, a product: «نيسان "أورفان"».
      if (domain.beforeOtherNames) {
        const makerEnds = new Map(named.map((f) => [f.tokenEnd, f]));
        for (let k = all.length - 1; k >= 0; k--) {
          const maker = makerEnds.get(all[k].tokenStart);
          if (maker && yields(all[k]) && all[k].tokenEnd - all[k].tokenStart <= 2 && MODEL_AFTER_MAKER.test(text.slice(maker.end, all[k].start))) all.splice(k, 1);
        }
      }
      all.push(...named);
    }
  }

  /** Publications, agencies, bodies, works' titles, Latin names in brackets, and the persons' rules. */
  function laterNames(text: string, tokens: Token[], all: Found[], covered: Set<number>, beforeQuotes: number[]): void {
    publicationNames(text, tokens, all, covered);
    newsAgencyNames(text, tokens, all);
    bodiesOfPurpose(text, tokens, all);
    vehicleModels(text, tokens, all);
    const terms = NOT_NAME_PHRASES.length ? inTerms(tokens) : null;
    if (terms?.size) for (let k = all.length - 1; k >= 0; k--) if (terms.has(all[k].tokenStart)) all.splice(k, 1);
    // A work's title quoted after its noun names nothing of its own: «رواية "القاهرة الجديدة"» is no mention of
    // Cairo, «استاد "سانتياغو برنابيو"» none of the man.
    for (const k of beforeQuotes) {
      if (!isWorkNoun(tokens[k].norm)) continue;
      const m = QUOTED_AFTER_NOUN.exec(text.slice(tokens[k].end, tokens[k].end + 48));
      if (!m) continue;
      const end = tokens[k].end + m[0].length;
      for (let j = all.length - 1; j >= 0; j--) if (all[j].start >= tokens[k].end && all[j].end <= end) all.splice(j, 1);
    }
    // An organization's noun and the words after it, with its Latin name in parentheses right after them, is that
    // organization where nothing reads it: «وقع معهد الدراسات العلمية والثقافية (ICSS)», «مؤسسة تقنيات الإدارة
    // (Institute of Management Technology)». The Latin name must be one: an acronym or capitalized words.
    if (text.includes('(')) {
      for (const m of text.matchAll(LATIN_NAME_IN_BRACKETS)) {
        if (!LATIN_ORGANIZATION_NAME.test(m[1])) continue;
        const open = m.index! + m[0].indexOf('(');
        let last = -1;
        for (let k = 0; k < tokens.length && tokens[k].end <= open; k++) last = k;
        if (last < 1 || !/^\s*["»”']?\s*$/.test(text.slice(tokens[last].end, open)) || all.some((f) => f.tokenEnd === last + 1 || (f.tokenStart <= last && last < f.tokenEnd))) continue;
        let head = -1;
        for (let k = last; k >= Math.max(0, last - 5); k--) {
          const w = tokens[k].norm;
          if (tokens[k].kind !== 'ar' || all.some((f) => f.tokenStart <= k && k < f.tokenEnd) || (k < last && !adjacent(text, tokens[k], tokens[k + 1]) && !/^\s*["«“]?\s*$/.test(text.slice(tokens[k].end, tokens[k + 1].start)))) break;
          if (k < last && ORGANIZATION_HEAD.test(w)) { head = k; break; }
          if (isStopword(w) || TIME_WORD.test(w)) break;
        }
        // A definite noun goes on through definite words only («المجلس الأولمبي الآسيوي», not «الشركة حاجتها …»);
        // a name quoted inside is the quoted-name rule's.
        if (head < 0 || /["«“]/.test(text.slice(tokens[head].end, tokens[last].start))) continue;
        if (/^(?:[وب]?ال|لل)/.test(tokens[head].norm) && tokens.slice(head + 1, last + 1).some((t) => !definiteWord(t.norm))) continue;
        const cut = leadingClitic(tokens[head].norm);
        const start = mentionStart(tokens[head], cut);
        all.push({ start, end: tokens[last].end, tokenStart: head, tokenEnd: last + 1, entity: null, kind: 'tagger', type: 'ORG', text: text.slice(start, tokens[last].end), name: cut > 0 && ALIF_LAM_ELIDED.test(tokens[head].norm) ? `ال${text.slice(nameStart(tokens[head], cut), tokens[last].end)}` : undefined });
      }
    }
    // A name's Latin spelling in parentheses right after it is the same entity: «معهد الدراسات العلمية والثقافية
    // (ICSS)», «مؤسسة "سكور بلس" (ScorePlus)».
    for (const f of [...all]) {
      const m = LATIN_NAME_AFTER.exec(text.slice(f.end, f.end + LATIN_NAME_AFTER_CHARS));
      if (!m) continue;
      const start = f.end + m[0].indexOf(m[1], m[0].indexOf('('));
      const end = start + m[1].length;
      const span = tokenSpan(tokens, start, end);
      if (!span) continue;
      all.push({ start, end, tokenStart: span[0], tokenEnd: span[1], entity: f.entity, kind: f.kind, type: f.type, text: m[1], name: f.entity ? undefined : (f.name ?? f.text) });
    }
    countryMinistries(text, tokens, all);
    listedPersons(text, tokens, all);
    coordinatedPersons(text, tokens, all);
    personsBeforeOffice(text, tokens, all);
    personsAfterTitles(text, tokens, all);
    namedAfterPersons(text, tokens, all);
    // A name that is also an adjective is the adjective right after a definite word it agrees with: «الحكومة السعودية»,
    // «العائلة المالكة السعودية», «المحادثات الإسرائيلية السعودية» name no country (ANERcorp's train split leaves such
    // adjectives untagged 85 times in 85), «المدن الفرنكوفونية» no organization, whether the list or the tagger reads
    // it; «المملكة العربية السعودية» is the whole name.
    for (let j = all.length - 1; j >= 0; j--) {
      const f = all[j];
      if (f.type === 'PER' || f.tokenEnd - f.tokenStart !== 1 || f.tokenStart === 0 || !ADJECTIVE_NAMES.has(tokens[f.tokenStart].norm)) continue;
      const before = tokens[f.tokenStart - 1];
      if (adjacent(text, before, tokens[f.tokenStart]) && definiteWord(before.norm) && !isStopword(before.norm) && !/^[وفبلك]?(?:المملكه|العربيه)$/.test(before.norm)) all.splice(j, 1);
    }
    // An organization's noun with an indefinite nationality adjective names a kind, no organization: «درجة البكالوريوس
    // من جامعة سعودية», «شركة أمريكية».
    for (let j = all.length - 1; j >= 0; j--) {
      const f = all[j];
      if (f.type !== 'ORG' || f.entity || f.kind !== 'tagger' || f.tokenEnd - f.tokenStart !== 2) continue;
      const noun = tokens[f.tokenStart].norm, adjective = tokens[f.tokenStart + 1].norm;
      if (DEFINITE.test(adjective) || !isNationality(`ال${adjective}`)) continue;
      const bare = noun.slice(leadingClitic(noun));
      if (isOrganizationNoun(bare) || facilityKind(bare)) all.splice(j, 1);
    }
    // A place the tagger runs on into a nationality adjective ends before it: «بمدينة سالزبورج النمساوية» is
    // «سالزبورج» (the adjective agrees with the city; ANERcorp tags it outside the name). Not where a word before the
    // adjective is definite: the adjective is the name's («المحيط الهندي», «الجمهورية العربية السورية», «شبه الجزيرة
    // الإيطالية»).
    for (const f of all) {
      if (f.type !== 'LOC' || f.entity || f.kind !== 'tagger' || f.tokenEnd - f.tokenStart < 2 || !isNationality(tokens[f.tokenEnd - 1].norm)) continue;
      let definite = false;
      for (let k = f.tokenStart; k < f.tokenEnd - 1; k++) if (definiteWord(tokens[k].norm)) definite = true;
      if (definite) continue;
      f.tokenEnd--;
      f.end = tokens[f.tokenEnd - 1].end;
      f.text = text.slice(f.start, f.end);
      if (f.name !== undefined) f.name = f.name.split(/\s+/).slice(0, -1).join(' ');
    }
    // So is a nationality's adjective, of either gender, that the tagger reads as a place or an organization: «الدولة
    // التونسية», «العاصمة الشيشانية», «للدوري المصري» (a country's of the list or a listed place's, as for persons
    // below); not after an organization's noun, where it may be the club («النادي المصري»).
    for (let j = all.length - 1; j >= 0; j--) {
      const f = all[j];
      if ((f.type !== 'LOC' && f.type !== 'ORG') || f.entity || f.kind !== 'tagger' || f.tokenEnd - f.tokenStart !== 1 || f.tokenStart === 0) continue;
      const word = tokens[f.tokenStart].norm, before = tokens[f.tokenStart - 1];
      if (!adjacent(text, before, tokens[f.tokenStart]) || !definiteWord(before.norm) || isStopword(before.norm)) continue;
      if (f.type === 'ORG' && isOrganizationNoun(before.norm.slice(leadingClitic(before.norm)).replace(/^ال/, ''))) continue;
      // An organization the tagger reads alone as any nisba adjective is one too: «المنطق الميكيافيلي».
      if (nationalityAdjective(word) || (f.type === 'ORG' && /^ال\p{L}{3,}ي$/u.test(word))) all.splice(j, 1);
    }
  }

  /**
   * A ministry named with its country's adjective is an organization: «وزارة الخارجية المصرية», «بوزارة الشؤون
   * الإسلامية الكويتية», «وزارة الدفاع التركية» (some 1,000 such in SaudiNewsNet, none read before: the list holds
   * a few, and ANERcorp, whose tagger reads the rest, leaves ministries untagged). The noun, up to MINISTRY_MAX_WORDS
   * definite words, and the adjective; over any shorter reading inside, not over one that crosses it. Without the
   * adjective the country is the reader's guess, and the name is left as it is read.
   */
  function countryMinistries(text: string, tokens: Token[], all: Found[]): void {
    for (let k = 0; k + 2 < tokens.length; k++) {
      const cut = MINISTRY_NOUN.exec(tokens[k].norm)?.[1].length;
      if (cut === undefined) continue;
      let end = k + 1;
      while (end < tokens.length && end - k <= MINISTRY_MAX_WORDS && adjacent(text, tokens[end - 1], tokens[end]) && definiteWord(tokens[end].norm) && !isStopword(tokens[end].norm) && !nationalityAdjective(tokens[end].norm)) end++;
      if (end === k + 1 || end >= tokens.length || !adjacent(text, tokens[end - 1], tokens[end]) || !nationalityAdjective(tokens[end].norm) || !tokens[end].norm.endsWith('يه')) continue;
      end++;
      if (all.some((f) => f.tokenStart < end && k < f.tokenEnd && (f.tokenStart < k || f.tokenEnd > end || (f.tokenStart === k && f.tokenEnd === end)))) continue;
      for (let j = all.length - 1; j >= 0; j--) if (all[j].tokenStart >= k && all[j].tokenEnd <= end) all.splice(j, 1);
      const start = mentionStart(tokens[k], cut), mention = text.slice(start, tokens[end - 1].end);
      all.push({ start, end: tokens[end - 1].end, tokenStart: k, tokenEnd: end, entity: null, kind: 'tagger', type: 'ORG', text: mention, name: mention });
      k = end - 1;
    }
  }

  /** The last corrections of types and spans, links to listed organizations, and one mention a span (sorted). */
  function lastReadings(text: string, tokens: Token[], all: Found[]): void {
    if (ALA_WRITTEN.test(text)) nameAli(text, tokens, all);
    // A title right before a person's name is that name's apposition, not a mention of its own: «الرئيس الروسي
    // فلاديمير بوتين» names Putin once (and «الرئيس الروسي بوريس يلتسين» names no one the title stands for).
    const personStarts = new Set(all.filter((f) => f.type === 'PER' && f.kind !== 'title').map((f) => f.tokenStart));
    for (let k = all.length - 1; k >= 0; k--) {
      const f = all[k];
      if (f.kind === 'title' && personStarts.has(f.tokenEnd) && adjacent(text, tokens[f.tokenEnd - 1], tokens[f.tokenEnd])) all.splice(k, 1);
    }
    // A one-word person the tagger reads that is a common word with ال right after a definite word, neither a title
    // nor a name, is that word's adjective or its pair: «القائد الحكيم», «القرار الحكيم», «بالسداد والتوفيق»,
    // «القناعة والرضا», «عيد الفطر المبارك». Only words as common as «الحكيم» (IDF under COMMON_PERSON_WORD_MAX_IDF):
    // news names a man by his surname alone after a role as well («الزميل الحازمي»). Over 8,000 SaudiNewsNet articles
    // it drops 32 persons, 3 of them real («الإعلامي الحكيم»); ten held-out tenths PERS 0.807 -> 0.808.
    for (let j = all.length - 1; j >= 0; j--) {
      const f = all[j];
      if (f.type !== 'PER' || f.entity || f.kind !== 'tagger' || f.tokenEnd - f.tokenStart !== 1 || f.tokenStart === 0) continue;
      const word = tokens[f.tokenStart].norm, before = tokens[f.tokenStart - 1];
      if (!/^[وفبلك]?ال/.test(word) || idf(searchKey(word)) >= COMMON_PERSON_WORD_MAX_IDF || !adjacent(text, before, tokens[f.tokenStart])) continue;
      const noun = before.norm.slice(leadingClitic(before.norm));
      if (!noun.startsWith('ال') || isPersonTitle(noun) || isPersonTitle(before.norm) || NAME_WORDS.has(noun) || NAME_WORDS.has(before.norm) || isStopword(before.norm)) continue;
      all.splice(j, 1);
    }
    // A one-word person the tagger reads that is a nationality's adjective right after a definite word is the
    // adjective: «الرئيس الصومالي», «الشعب الصومالي», «المقاتل الشيشاني», «العلم الكوبي» (a country's of the list or a
    // listed place's: «الصومال», «إيرلندا»). After an honorific it is a surname: «الدكتور التركي».
    for (let j = all.length - 1; j >= 0; j--) {
      const f = all[j];
      if (f.type !== 'PER' || f.entity || f.kind !== 'tagger' || f.tokenEnd - f.tokenStart !== 1 || f.tokenStart === 0) continue;
      const word = tokens[f.tokenStart].norm, before = tokens[f.tokenStart - 1];
      if (!adjacent(text, before, tokens[f.tokenStart]) || !definiteWord(before.norm) || isStopword(before.norm) || HONORIFIC.test(before.norm)) continue;
      if (isMasculineNationality(word) || nisbaOfListedPlace(word)) all.splice(j, 1);
    }
    // An organization the tagger reads opening with a king's, prince's or sheikh's title, no facility's noun before
    // it, is the man: «الراحل الملك فيصل», «الملك سعود والملك فيصل» (read so where «جامعة الملك فيصل» taught it).
    for (const f of all) {
      if (f.type !== 'ORG' || f.kind !== 'tagger' || f.entity || f.tokenEnd - f.tokenStart < 2 || f.tokenEnd - f.tokenStart > 4) continue;
      const before = f.tokenStart > 0 ? tokens[f.tokenStart - 1].norm : '';
      // A facility's noun in the dual too («جامعتي الملك فيصل»: its ة written ت before the dual's ي).
      if (!ROYAL_TITLE.test(tokens[f.tokenStart].norm) || (before && (facilityKind(before) || facilityKind(before.replace(/تي$/, 'ه')) || isOrganizationNoun(before)))) continue;
      f.type = 'PER';
    }
    // A one-word organization's name right after a point of the compass is a place: «شمال الجزيرة» is the
    // peninsula's north, not Al Jazeera's, «شرق الأناضول» Anatolia's east, not the agency's (ANERcorp tags both so,
    // as places).
    for (const f of all) {
      if (f.type !== 'ORG' || f.tokenEnd - f.tokenStart !== 1 || f.tokenStart === 0) continue;
      if (adjacent(text, tokens[f.tokenStart - 1], tokens[f.tokenStart]) && COMPASS_POINT.test(tokens[f.tokenStart - 1].norm)) Object.assign(f, { type: 'LOC', entity: null, kind: 'tagger', name: undefined });
    }
    // An organization read by the tagger or a field's words under a name the gazetteer lists for one organization is
    // that organization: «الهلال» in a match report is «نادي الهلال» (listed with «الهلال» as a common word, which
    // counts where something reads it as a name of its kind: here the tagger or the match).
    for (const f of all) {
      if (f.entity || f.kind !== 'tagger' || f.type !== 'ORG') continue;
      const outlet = f.name ? outletEntity.get(f.name) : undefined;
      if (outlet) { f.entity = outlet; f.name = undefined; continue; }
      const listedAs = (keys: string[]) => new Set((index.get(keys[0]) ?? []).filter((e) => e.entity.type === 'ORG' && (e.kind === 'full' || e.kind === 'commonWord') && e.keys.join(' ') === keys.join(' ')).map((e) => e.entity));
      const keys = keysOf(f.name ?? f.text);
      let listed = listedAs(keys);
      // A one-word name written without the ال the list gives it: «يونيسيف» is «اليونيسيف». Not a common word the
      // tagger took for a name («أهلي», my family, is not «الأهلي»).
      if (listed.size === 0 && keys.length === 1 && !keys[0].startsWith('ال') && idf(searchKey(keys[0])) >= PROPAGATE_MIN_IDF) listed = listedAs(keysOf(`ال${f.name ?? f.text}`));
      if (listed.size === 1) { f.entity = [...listed][0]; f.name = undefined; }
    }
    // «فان» (van) right before a person's surname is the name's: «فان باستن», «فان نيستلروي» (ANERcorp's train split
    // tags it inside the name 14 times in 15). Written so, not «فإن» (so), and not before an Arabic given name: «فان
    // حسين حبري» is «so Hissène Habré».
    const inNames = new Set<number>();
    for (const f of all) for (let k = f.tokenStart; k < f.tokenEnd; k++) inNames.add(k);
    for (const f of all) {
      const k = f.tokenStart - 1;
      if (f.type !== 'PER' || f.entity || k < 0 || tokens[k].text !== 'فان' || inNames.has(k) || !adjacent(text, tokens[k], tokens[f.tokenStart])) continue;
      if (DEFINITE.test(tokens[f.tokenStart].norm) || PERSON_NAME_WORDS.has(tokens[f.tokenStart].norm)) continue;
      Object.assign(f, { start: tokens[k].start, tokenStart: k, text: text.slice(tokens[k].start, f.end), name: undefined });
    }
    // A word a number counts in the text is a common noun there, no one's name: «يعيش 300 أسد» makes «أسد» of a text
    // on lions an animal throughout (a person is never counted).
    const counted = countedNouns(text, tokens);
    if (counted.size > 0) {
      for (let j = all.length - 1; j >= 0; j--) {
        const f = all[j];
        if (f.type === 'PER' && f.kind !== 'full' && counted.has(countedKey(tokens[f.tokenStart].norm))) all.splice(j, 1);
      }
    }
    // A listed organization's short name with another country's adjective right after it is that country's body,
    // not the listed one, where the list's name says its country: «وزارة الداخلية البحرينية» is Bahrain's ministry, where the list gives «وزارة الداخلية» to
    // the Saudi one. The mention takes the adjective in and names an organization of its own.
    for (const f of all) {
      const next = tokens[f.tokenEnd];
      if (f.type !== 'ORG' || !f.entity || !next || !adjacent(text, tokens[f.tokenEnd - 1], next) || !nationalityAdjective(next.norm)) continue;
      // Only an entity whose name says its country («… السعودية»), and another: «الهلال السعودي» is the listed club.
      const country = normalize(f.entity.name.split(/\s+/).pop() ?? '');
      if (!nationalityAdjective(country) || sameNationality(country, next.norm)) continue;
      const mention = text.slice(f.start, next.end);
      Object.assign(f, { end: next.end, tokenEnd: f.tokenEnd + 1, entity: null, kind: 'tagger', text: mention, name: mention });
    }
    // A mention shown with «لل» (mentionStart) is named with ال where no rule named it: «لليونان» is «اليونان».
    for (const f of all) {
      if (f.entity || f.name !== undefined) continue;
      const token = tokens[f.tokenStart], letters = leadingClitic(token.norm);
      if (letters < 2 || !ALIF_LAM_ELIDED.test(token.norm) || f.start !== mentionStart(token, letters)) continue;
      f.name = 'ال' + text.slice(nameStart(token, letters), f.end);
    }
    all.sort((a, b) => a.start - b.start);
    // One mention a span: two rules may read the same one («بشيكتاش التركي», a listed club before its adjective).
    for (let j = all.length - 1; j > 0; j--) {
      for (let i = j - 1; i >= 0 && all[i].start === all[j].start; i--) {
        if (all[i].end !== all[j].end || all[i].type !== all[j].type) continue;
        if (!all[i].entity && all[j].entity) all[i] = all[j];
        all.splice(j, 1);
        break;
      }
    }
  }

  /** The mentions grouped into entities. */
  function entitiesOf(all: Found[]): EntityRef[] {
    // Group mentions into entities: gazetteer ones by entity; tagger ones by name key, a lone surname joining
    // the person named in full in the same text.
    const groups = new Map<string, { ref: EntityRef; keyTokens: string[] }>();
    const textKeys = new Map<string, string>();
    // «عبد الرحمن» and «عبدالرحمن», «أبو بكر» and «أبوبكر» are one name: the compound's parts are keyed together.
    const keysOfText = (t: string) => textKeys.get(t) ?? textKeys.set(t, keysOf(t).join(' ').replace(/(^| )(عبد|ابو) /g, '$1$2')).get(t)!;
    const keyOf = (f: Found) => (f.entity ? `g:${f.entity.name}` : `t:${f.type}:${keysOfText(f.name ?? f.text)}`);
    const fullPeople = all.filter((f) => f.type === 'PER' && f.tokenEnd - f.tokenStart > 1);
    /** The text's people named in more than one word, and its organizations, with the keys of their names
     * (computed once for the short forms below). */
    const people = fullPeople.map((p) => ({ found: p, name: keysOfText(p.name ?? p.text) }));
    const organizations = all.filter((o) => o.type === 'ORG').map((o) => ({ found: o, name: keysOfText(o.entity?.name ?? o.name ?? o.text) }));
    /** The key of the one mention of `named` longer than `f` whose name `extendsIt`, or null where none or several
     * entities are. A loop, not filter and a set: the filter's receiver (an empty array or one of objects) made
     * `recognize` deoptimize hundreds of times per thousand articles. */
    const onlyLonger = (named: { found: Found; name: string }[], f: Found, extendsIt: (name: string) => boolean): string | null => {
      let only: string | null = null;
      for (const { found, name } of named) {
        if (found.tokenEnd - found.tokenStart <= f.tokenEnd - f.tokenStart || !extendsIt(name)) continue;
        const key = keyOf(found);
        if (only !== null && only !== key) return null;
        only = key;
      }
      return only;
    };
    for (const f of all) {
      let key = keyOf(f);
      if (!f.entity && f.type === 'PER' && f.tokenEnd - f.tokenStart === 1) {
        const bare = (w: string) => keysOfText(w).replace(/^ال/, '');
        const surname = bare(f.text);
        // With a preposition glued on that the clitic rules left («لبلاتر»: to Blatter).
        const withoutPreposition = /^[وفلبك]./.test(surname) ? surname.slice(1) : null;
        const full = fullPeople.find((p) => { const last = bare(p.text.split(/\s+/).pop() ?? ''); return last === surname || last === withoutPreposition; });
        if (full) key = keyOf(full);
      }
      if (!f.entity && f.type === 'PER' && key === keyOf(f)) {
        // The first words of the one longer name of the text that begins with them: «ديانا» of «ديانا حداد»,
        // «تميم بن حمد» of «تميم بن حمد آل ثاني» (not «محمد» where two of its people are named).
        const own = keysOfText(f.name ?? f.text);
        key = onlyLonger(people, f, (name) => name.startsWith(`${own} `)) ?? key;
      }
      if (!f.entity && f.type === 'ORG' && key === keyOf(f)) {
        // An organization's name cut short at either end, where the text names one organization in full so:
        // «الاتحاد الدولي» of «الاتحاد الدولي لكرة القدم», «كبار العلماء» of «هيئة كبار العلماء». Not where both the
        // name and the words before it are clubs of their own: «ميلان» is AC Milan, not the end of «إنتر ميلان» in
        // the same report (while «دورتموند» is «بوروسيا دورتموند»).
        const own = keysOfText(f.name ?? f.text);
        const ownClub = CLUB_KEYS.has(own);
        key = onlyLonger(organizations, f, (name) => name.startsWith(`${own} `) || (name.endsWith(` ${own}`) && !(ownClub && CLUB_KEYS.has(name.slice(0, -own.length - 1))))) ?? key;
      }
      let group = groups.get(key);
      if (!group) {
        group = { ref: { name: f.entity?.name ?? f.name ?? f.text, type: f.type, wikidata: f.entity?.wikidata ?? null, mentions: [] }, keyTokens: [] };
        groups.set(key, group);
      }
      if (!f.entity && (f.name ?? f.text).length > group.ref.name.length) group.ref.name = f.name ?? f.text;
      const mention: Mention = { text: f.text, start: f.start, end: f.end };
      group.ref.mentions.push(mention);
    }
    return [...groups.values()].map((g) => g.ref);
  }

  return { recognize };
}

/** The key that identifies an entity across articles: its Wikidata id, else its type and folded name. */
export const entityKey = entityKeyOf;
