/**
 * The words around a name that tell its kind (data/name-contexts.json, a linguist's lists): «الرئيس» before a
 * person, «نادي» before a club, «مدينة» before a place, «قال» before a speaker, a title or a nationality adjective
 * after a name, «بن» between the parts of a person's name. Read by the word-profile builder over the wide corpus
 * (scripts/build-word-profiles.ts) and by the tagger over the text it tags (textContextFeatures). Hand-written: no
 * library knows Arabic news's name contexts.
 */
import { loadData } from '../data.ts';
import { normalize, stripClitics } from '../text/index.ts';

const lists = loadData<{ before: Record<string, string[]>; after: Record<string, string[]>; lineage: string[]; publications: string[]; bodiesOfPurpose: string[]; rulers: string[]; works: string[]; institutionsOfPlaces: string[]; beforeQuotedPerson: string[]; facilities: Record<string, string[]>; landforms: string[] }>('name-contexts');

const byWord = (groups: Record<string, string[]>) => {
  const out = new Map<string, string>();
  for (const [kind, words] of Object.entries(groups)) for (const w of words) out.set(normalize(w), kind);
  return out;
};
/** Folded word -> the kind of name it announces when it comes right before one (P, O, L, F «في», V saying). */
const BEFORE_KIND: ReadonlyMap<string, string> = byWord(lists.before);
/** Folded word -> the kind of name it marks when it comes right after one (T title, N nationality adjective). */
const AFTER_KIND: ReadonlyMap<string, string> = byWord(lists.after);
/** Folded «بن», «بنت», «ابن»: next to a word, they make it part of a person's name. */
const LINEAGE: ReadonlySet<string> = new Set(lists.lineage.map(normalize));
/** Every kind, in the order their letters are written. */
export const CONTEXT_KINDS: readonly string[] = [...Object.keys(lists.before), ...Object.keys(lists.after), 'B'];

/** Whether a folded word is a masculine nationality adjective of the list («الفرنسي», not «الفرنسيه»). */
export function isMasculineNationality(folded: string): boolean {
  return AFTER_KIND.get(folded) === 'N' && folded.endsWith('ي');
}

/** Whether a folded word is a nationality adjective of data/name-contexts.json, masculine or feminine («المصري»,
 * «التونسية»). */
export function isNationality(folded: string): boolean {
  return AFTER_KIND.get(folded) === 'N';
}

/** Whether a folded word (or its clitic-stripped form) is a person's title or role («الدكتور», «الشيخ»). */
export function isPersonTitle(folded: string): boolean {
  return kindOf(BEFORE_KIND, folded, undefined) === 'P';
}

/** Whether a folded word is an office in apposition after a person's name («وزيرة», «مدير», «رئيس»), as written
 * (no clitic: «ووزير» opens another person). */
export function isOfficeAfterName(folded: string): boolean {
  return AFTER_KIND.get(folded) === 'T';
}

/** Whether a folded word (or its clitic-stripped form) describes the person named after it: a title or role
 * before a name («الرئيس», «الطفل»), an office («وزير», «رئيس») or a nationality adjective («المصري»). */
export function describesPerson(folded: string): boolean {
  return kindOf(BEFORE_KIND, folded, undefined) === 'P' || kindOf(AFTER_KIND, folded, undefined) !== undefined;
}

/** Whether a folded word (or its clitic-stripped form) is a generic organization noun that announces a name
 * («الاتحاد», «النادي», «شركة»). */
export function isOrganizationNoun(folded: string): boolean {
  return kindOf(BEFORE_KIND, folded, undefined) === 'O';
}

/** Whether a folded word (or its clitic-stripped form) is a place's noun that announces its name («مدينة»,
 * «محافظة», «إقليم»). */
export function isPlaceNoun(folded: string): boolean {
  return kindOf(BEFORE_KIND, folded, undefined) === 'L';
}

/** Folded nouns of mountains, valleys, rivers and their like (data/name-contexts.json landforms). */
const LANDFORMS: ReadonlyMap<string, string> = byWord({ landform: lists.landforms });
/** Whether a folded word (or its clitic-stripped form) is the noun of a landform, whose name follows it («جبل»,
 * «وادي»). Not among before.L: the tagger's features read those. */
export function isLandform(folded: string): boolean {
  return kindOf(LANDFORMS, folded, undefined) !== undefined;
}

/** Folded nouns of newspapers and magazines («صحيفة», «جريدة»). */
const PUBLICATIONS: ReadonlyMap<string, string> = byWord({ publication: lists.publications });
/** Whether a folded word (or its clitic-stripped form) is the noun of a newspaper or magazine: a place's name right
 * after it is the paper's («صحيفة القدس», «جريدة الرياض»). */
export function isPublicationNoun(folded: string): boolean {
  return kindOf(PUBLICATIONS, folded, undefined) !== undefined;
}

/** Bodies' nouns whose name runs on to what they are for (data/name-contexts.json bodiesOfPurpose), folded, without ال. */
const BODIES_OF_PURPOSE: ReadonlySet<string> = new Set(lists.bodiesOfPurpose.map((w) => normalize(w).replace(/^ال/, '')));
/** Whether a folded word is such a noun, definite, with or without a clitic («الاتحاد», «للهيئة», «والمنظمة»). */
export function isBodyOfPurpose(folded: string): boolean {
  const m = /^(?:[وف]?(?:لل|بال|ال))(.+)$/.exec(folded);
  return !!m && BODIES_OF_PURPOSE.has(m[1]);
}

/** Folded rulers' titles that name their realm after them when indefinite («ملك أراجون»). */
const RULERS: ReadonlySet<string> = new Set(lists.rulers.map(normalize));
/** Whether a folded word is an indefinite ruler's title (no ال, no clitic): the name after it is his realm. */
export function isRulerOf(folded: string): boolean {
  return RULERS.has(folded);
}

/** Folded kin, naming and profession words after which a quoted name is a person's (besides the titles). */
const BEFORE_QUOTED_PERSON: ReadonlySet<string> = new Set(lists.beforeQuotedPerson.map(normalize));
/** Whether a name quoted right after a folded word is a person's: a person's title («الدكتورة»), kin («زوجته»),
 * «المدعو» («زوجته "كوهر شاه"», «المدعو "أبو علي"»). */
export function announcesQuotedPerson(folded: string): boolean {
  // Kin words end in a pronoun: only «و»/«ف» come off them («الأمة» is no «أمه»).
  return isPersonTitle(folded) || BEFORE_QUOTED_PERSON.has(folded) || (/^[وف]/.test(folded) && BEFORE_QUOTED_PERSON.has(folded.slice(1)));
}

/** Folded nouns of works: films, novels, series, books, songs, stadiums, programmes. */
const WORKS: ReadonlyMap<string, string> = byWord({ work: lists.works });
/** Whether a folded word (or its clitic-stripped form) is the noun of a work: a title quoted right after it names
 * nothing of its own («رواية "القاهرة الجديدة"», «استاد "سانتياغو برنابيو"»). */
export function isWorkNoun(folded: string): boolean {
  return kindOf(WORKS, folded, undefined) !== undefined;
}

/** Folded nouns of institutions named after their place («جامعة», «معهد»). */
const INSTITUTIONS_OF_PLACES: ReadonlyMap<string, string> = byWord({ institution: lists.institutionsOfPlaces });
/** Whether a folded word (or its clitic-stripped form) makes an institution with a place's name after it
 * («جامعة القاهرة»): the whole is the institution, not the place. */
export function namesInstitutionOfPlace(folded: string): boolean {
  return kindOf(INSTITUTIONS_OF_PLACES, folded, undefined) !== undefined;
}

/** Folded facility nouns -> the kind of a name made of one and a person's name (ORG, LOC, or none). */
const FACILITIES: ReadonlyMap<string, string> = byWord(lists.facilities);
/** The kind of the name a folded word (or its clitic-stripped form) makes with a person's name after it, if it is
 * a facility's noun: «جامعة» ORG («جامعة الملك سعود»), «طريق» LOC, «جائزة» none. */
export function facilityKind(folded: string, asWritten = false): string | undefined {
  return asWritten ? FACILITIES.get(folded) : kindOf(FACILITIES, folded, undefined);
}

/** A neighbour's kind: of the word as written (with its clitics: «والرئيس»), else of the word stripped of them. */
const kindOf = (table: ReadonlyMap<string, string>, word: string | undefined, stripped: string | undefined) =>
  word === undefined ? undefined : (table.get(word) ?? table.get(stripped ?? stripClitics(word)));

/** The kinds of name that the neighbours of folded word i announce, as letters («P», «VN», «B»…; '' for none).
 * `stripped`, the words without their clitics, if the caller has them. */
export function contextKinds(words: readonly string[], i: number, stripped?: readonly string[]): string {
  let kinds = '';
  const before = kindOf(BEFORE_KIND, words[i - 1], stripped?.[i - 1]);
  if (before) kinds += before;
  const after = kindOf(AFTER_KIND, words[i + 1], stripped?.[i + 1]);
  if (after) kinds += after;
  if (LINEAGE.has(words[i - 1]) || LINEAGE.has(words[i + 1])) kinds += 'B';
  return kinds;
}

/** Sentences either side of a word whose occurrences lend it their contexts: about an article. 5-fold
 * cross-validated micro F1 of one tagger model with 5 / 15 / 40 sentences: 0.7720 / 0.7752 / 0.7700 (without
 * the word's own context; 0.7680 without the features); with it, 10 / 15 / 20: 0.7768 / 0.7774 / 0.7732. */
export const TEXT_CONTEXT_WINDOW = 15;

/**
 * For each folded word of a text, the kinds of name announced around its occurrences (clitic-stripped) within
 * TEXT_CONTEXT_WINDOW sentences: «فينغر» read once after «المدرب» is a person in «بخصوص فينغر» too. Its own
 * occurrence counts as well, as a class of the word before it (0.7752 -> 0.7774; its own as kinds apart, 0.7744).
 * Tried and left out: a trigger two words before, across a nationality adjective («المدرب الفرنسي فينغر»), 0.7778
 * but the held-out tagger 0.774 -> 0.771; a count of occurrences per kind, 0.7770; quotation marks around the word
 * as a kind, 0.7750; a nationality adjective before the word as a kind, 0.7758; «لاعب», «مدرب», «جماهير» as
 * organization triggers, 0.7740; without «في» (F), 0.7722; without the verbs of saying (V), 0.7754.
 * `ends` are the indices where sentences end (exclusive). Words of under 3 letters and numbers lend nothing.
 */
export function textContextKinds(words: readonly string[], stripped: readonly string[], ends: readonly number[], window = TEXT_CONTEXT_WINDOW): string[] {
  const sentenceOf = new Int32Array(words.length);
  for (let i = 0, s = 0; i < words.length; i++) {
    while (s < ends.length && ends[s] <= i) s++;
    sentenceOf[i] = s;
  }
  const lends = (w: string) => w.length >= 3 && !/\d/.test(w);
  // Occurrences with a context, by word, in text order.
  const seen = new Map<string, Array<{ at: number; kinds: string }>>();
  for (let i = 0; i < words.length; i++) {
    if (stripped[i].length < 3) continue;
    const kinds = contextKinds(words, i, stripped);
    if (kinds && lends(stripped[i])) (seen.get(stripped[i]) ?? seen.set(stripped[i], []).get(stripped[i])!).push({ at: i, kinds });
  }
  const out = new Array<string>(words.length).fill('');
  for (let j = 0; j < words.length; j++) {
    const list = seen.get(stripped[j]);
    if (!list) continue;
    // First occurrence in the window (binary search), then on while inside it.
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sentenceOf[list[mid].at] < sentenceOf[j] - window) lo = mid + 1; else hi = mid; }
    let kinds = '';
    for (let k = lo; k < list.length && sentenceOf[list[k].at] <= sentenceOf[j] + window; k++) {
      for (const letter of list[k].kinds) if (!kinds.includes(letter)) kinds += letter;
    }
    out[j] = kinds;
  }
  return out;
}
