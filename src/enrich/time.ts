/**
 * Time expressions of Arabic news, found and resolved against a reference date (the publication date):
 * «اليوم الخميس», «مساء أمس الأربعاء», «غدا الثلاثاء», a bare weekday (the most recent one, or the reference day
 * itself), «سبتمبر (أيلول) الماضي», «تموز/يوليو», «منتصف أيلول/سبتمبر», «يومي 18 و19 أكتوبر الماضي»,
 * «صيف العام 2024», «العام الماضي», Hijri dates (Umm al-Qura calendar).
 * Hand-written: no library resolves Arabic news time expressions. Matching runs on folded text; offsets point
 * into the original. Values: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-SU, A/B ranges, XXXX-MM-DD without a reference.
 */
import { loadData } from '../data.ts';
import type { TimeExpression } from '../model.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber, normalize, normalizeWithOffsets, weekdayNumber } from '../text/index.ts';

const calendar = loadData<{ months: Record<string, number>; weekdays: Record<string, number>; hijriMonths: Record<string, number> }>('calendar');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(escape).join('|');

const WEEKDAYS_DEF = alternation(['الاحد', 'الاثنين', 'الثلاثاء', 'الثلاثا', 'الاربعاء', 'الاربعا', 'الخميس', 'الجمعه', 'السبت']);
const WEEKDAYS_ANY = alternation(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'احد', 'اثنين', 'ثلاثاء', 'اربعاء', 'خميس', 'جمعه', 'سبت']);
const HIJRI: ReadonlyMap<string, number> = new Map(Object.entries(calendar.hijriMonths).map(([k, v]) => [normalize(k), v]));
const HIJRI_PATTERN = alternation(HIJRI.keys());
/** Month names that are also common words or names (مارس "practised", آب "father", ماي, نيسان the car maker): they
 * need a day, a year, a modifier, a paired name, «شهر» or a preposition of time before them to count as a month. */
const AMBIGUOUS_MONTHS = new Set(['مارس', 'اب', 'ماي', 'جوان', 'ايار', 'نيسان'].map(normalize));

/** Start of a word, which may carry a conjunction or preposition letter (وأمس، والخميس، وهذا العام). */
const B = '(?<=(?:^|[^\\p{L}\\p{N}])(?:[وفبل]|وب|ول|فب)?)';
const E = '(?![\\p{L}\\p{N}])';
/** B alone, tried at one position (sticky). */
const WORD_START = new RegExp(B, 'uy');
/** Whether B holds at position `at` of `s`. */
function atWordStart(s: string, at: number): boolean {
  WORD_START.lastIndex = at;
  return WORD_START.test(s);
}

/** The top-level alternatives of a pattern's source (split at «|» outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}
/**
 * A rule's pattern without its leading B, where every top-level alternative begins with B and has it nowhere else
 * (null otherwise). Equivalent with the check of B where it matches (atWordStart), and seven times faster over the
 * windows of 1,500 articles: a lookbehind at the start is tried at every position of the window, the first letters
 * of the rest rule most positions out at once. Retried one position on where B fails: B depends on the position
 * only, so the same matches.
 */
function withoutWordStart(re: RegExp): RegExp | null {
  const alternatives = topLevelAlternatives(re.source);
  if (!alternatives.every((a) => a.startsWith(B) && !a.slice(B.length).includes(B))) return null;
  return new RegExp(alternatives.map((a) => a.slice(B.length)).join('|'), re.flags);
}
const TOD = '(?:صباح|مساء|ظهر|عصر|فجر|ليله|ليل|صبيحه|ظهيره|منتصف ليل)';
/** Modifiers, folded (ئ is ي, ة is ه), masculine and feminine («الشهر الماضي», «السنة الماضية»). */
const MOD = '(?:(?:(?:اللي|الذي|التي)\\s+)?(?:قبل\\s+(?:الماضيه?|الفايته?|المنصرمه?|السابقه?)|بعد\\s+(?:المقبله?|القادمه?|التاليه?|الجايه?))|الماضيه?|الماض|الفايته?|المنصرمه?|السابقه?|المقبله?|القادمه?|التاليه?|الجايه?|الاتيه?|الجاريه?|الحاليه?)';
/** Day ordinals, folded: الأول … الحادي والثلاثين («الخامس عشر من مارس»). */
const UNITS = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const ORDINAL_DAYS = new Map<string, number>([['الاولي', 1], ['العاشر', 10]]);
/** Their feminine forms, only in compounds («الثانية والعشرون من يونيو»): alone, after a weekday, a feminine ordinal
 * counts weekdays («الجمعة الثانية»), and «الثانية» alone is also an hour. */
const FEMININE_UNITS = ['الحاديه', 'الثانيه', 'الثالثه', 'الرابعه', 'الخامسه', 'السادسه', 'السابعه', 'الثامنه', 'التاسعه'];
UNITS.forEach((u, i) => {
  ORDINAL_DAYS.set(u, i + 1);
  for (const ending of ['ين', 'ون']) ORDINAL_DAYS.set(`${FEMININE_UNITS[i]} والعشر${ending}`, i + 21);
  ORDINAL_DAYS.set(`${FEMININE_UNITS[i]} عشره`, i + 11);
  if (i === 0) for (const ending of ['ين', 'ون']) ORDINAL_DAYS.set(`الحاديه والثلاث${ending}`, 31);
  // «الثالث عشر» and «الثالث عشرة» (feminine), «الحادي والعشرين» and «الحادي والعشرون».
  for (const teen of ['عشر', 'عشره']) ORDINAL_DAYS.set(`${i === 0 ? 'الحادي' : u} ${teen}`, i + 11);
  for (const ending of ['ين', 'ون']) {
    ORDINAL_DAYS.set(`${i === 0 ? 'الحادي' : u} والعشر${ending}`, i + 21);
    if (i === 0) { ORDINAL_DAYS.set(`العشر${ending}`, 20); ORDINAL_DAYS.set(`الثلاث${ending}`, 30); ORDINAL_DAYS.set(`الحادي والثلاث${ending}`, 31); }
  }
});
const ORDINAL_PATTERN = [...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).join('|');
/** Days of the month as cardinals, folded, as speech writes them («واحد وعشرين مايو», «الجمعة في خمسة عشر»): 1 to 31,
 * masculine and feminine. Only right before a month, or after a weekday where the clause ends: elsewhere they count. */
const CARDINAL_DAYS = new Map<string, number>();
{
  const units: Array<[number, string[]]> = [[1, ['واحد', 'واحده']], [2, ['اثنين', 'اثنان', 'اثنتين']], [3, ['ثلاثه', 'ثلاث']], [4, ['اربعه', 'اربع']], [5, ['خمسه', 'خمس']],
    [6, ['سته', 'ست']], [7, ['سبعه', 'سبع']], [8, ['ثمانيه', 'ثماني', 'ثمان']], [9, ['تسعه', 'تسع']]];
  const teens: Array<[number, string[]]> = [[1, ['احد', 'احدي']], [2, ['اثني', 'اثنا', 'اثنتي', 'اثنتا']], ...units.slice(2)];
  for (const [n, words] of units) {
    if (n > 1) for (const w of words) CARDINAL_DAYS.set(w, n);
    for (const w of words) for (const tens of ['عشرين', 'عشرون']) CARDINAL_DAYS.set(`${w} و${tens}`, 20 + n);
  }
  for (const [n, words] of teens) for (const w of words) for (const ten of ['عشر', 'عشره']) CARDINAL_DAYS.set(`${w} ${ten}`, 10 + n);
  for (const [w, n] of [['عشره', 10], ['عشر', 10], ['عشرين', 20], ['عشرون', 20], ['ثلاثين', 30], ['ثلاثون', 30], ['واحد وثلاثين', 31], ['واحد وثلاثون', 31]] as const) CARDINAL_DAYS.set(w, n);
}
const CARDINAL_PATTERN = [...CARDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A day of the month: digits or an ordinal, not the ordinal of a week or quarter («الأسبوع الأول من مايو»). */
const DAY = `(?<!(?:الاسبوع|الربع|النصف|الشطر|الجزء)\\s+)(?:ال\\s?(?=\\d))?(\\d{1,2}|${ORDINAL_PATTERN})`;
/** A day of the month before its month, spoken cardinals too («واحد وعشرين مايو»). */
const DAY_SPOKEN = `(?<!(?:الاسبوع|الربع|النصف|الشطر|الجزء)\\s+)(?:ال\\s?(?=\\d))?(\\d{1,2}|${ORDINAL_PATTERN}|${CARDINAL_PATTERN})`;
/** After a day, before its month: a space, none after digits («14يوليو 2015», «الأحد10شوال»), or a mark after digits
 * («2. أكتوبر», «2- أكتوبر», «2/ أكتوبر»; not «1 / صفر», a score of one-nil, not the 1st of Safar). */
const DAY_GAP = '(?:(?<=\\d)\\s*[-/.]\\s*(?=\\p{L})(?!صفر)|\\s+|(?<=\\d))';
/** The same, uncaptured, for the two ends of a range. */
const DAY_ANY = `(?:(?:ال\\s?(?=\\d))?\\d{1,2}|${ORDINAL_PATTERN})`;
/** A day's number from its digits («15», «الـ15» folded «ال15») or its ordinal. */
const dayNumber = (text: string) => { const digits = /^(?:ال\s?)?(\d+)$/.exec(text); return digits ? Number(digits[1]) : ORDINAL_DAYS.get(text) ?? CARDINAL_DAYS.get(text) ?? NaN; };
/** Parts of a period: «مطلع العام», «أواخر 2023», «منتصف الشهر الجاري» (the value is the whole period). */
const PART = '(?:منتصف|اواسط|اوايل|اواخر|مطلع|بدايه|نهايه|اول|اخر)';
/** Counts before a unit of time, as words («ثلاثة أيام»). */
const COUNTS: Record<string, number> = { 'واحد': 1, 'ثلاثه': 3, 'ثلاث': 3, 'اربعه': 4, 'اربع': 4, 'خمسه': 5, 'خمس': 5, 'سته': 6, 'ست': 6, 'سبعه': 7, 'سبع': 7, 'ثمانيه': 8, 'ثماني': 8, 'ثمان': 8, 'تسعه': 9, 'تسع': 9, 'عشره': 10, 'عشر': 10 };
/** Tens, after a unit and «و» or alone («خمسة وعشرين عاما», «عشرين يوما»). */
const TENS: Record<string, number> = { 'عشرين': 20, 'عشرون': 20, 'ثلاثين': 30, 'ثلاثون': 30, 'اربعين': 40, 'اربعون': 40, 'خمسين': 50, 'خمسون': 50, 'ستين': 60, 'ستون': 60, 'سبعين': 70, 'سبعون': 70, 'ثمانين': 80, 'ثمانون': 80, 'تسعين': 90, 'تسعون': 90, 'مئه': 100, 'مائه': 100, 'ميه': 100 };
/** «A few» before a unit counts three («قبل بضعة أيام»: three days before, as Recognizers-Text and Duckling read it). */
const FEW: Record<string, number> = { 'بضعه': 3, 'بضع': 3 };
const COUNT_WORD = `(?:(?:${alternation(Object.keys(COUNTS))})(?:\\s+و(?:${alternation(Object.keys(TENS))}))?|${alternation(Object.keys(TENS))}|${alternation(Object.keys(FEW))})`;
const countOf = (text: string): number => {
  if (/^\d+$/.test(text)) return Number(text);
  if (FEW[text]) return FEW[text];
  const [unit, tens] = text.split(/\s+و/);
  return (COUNTS[unit] ?? TENS[unit] ?? NaN) + (tens ? TENS[tens] : 0);
};
/** Units of time: singular, dual, plural, and what a count of them moves. */
const TIME_UNITS: Record<string, [number, 'day' | 'month' | 'year']> = {
  'يوم': [1, 'day'], 'يومين': [2, 'day'], 'يومان': [2, 'day'], 'ايام': [1, 'day'], 'يوما': [1, 'day'],
  'اسبوع': [7, 'day'], 'اسبوعين': [14, 'day'], 'اسبوعان': [14, 'day'], 'اسابيع': [7, 'day'], 'اسبوعا': [7, 'day'],
  'شهر': [1, 'month'], 'شهرين': [2, 'month'], 'شهران': [2, 'month'], 'اشهر': [1, 'month'], 'شهور': [1, 'month'], 'شهرا': [1, 'month'],
  'عام': [1, 'year'], 'عامين': [2, 'year'], 'عامان': [2, 'year'], 'اعوام': [1, 'year'], 'عاما': [1, 'year'],
  'سنه': [1, 'year'], 'سنتين': [2, 'year'], 'سنتان': [2, 'year'], 'سنوات': [1, 'year'], 'سنين': [1, 'year'],
};
/** Months by number after «شهر» (Levantine and Gulf speech: «شهر 3», «بداية شهر تسعة»). */
const MONTH_NUMBER_WORDS: Record<string, number> = { 'ثلاثه': 3, 'اربعه': 4, 'خمسه': 5, 'سته': 6, 'سبعه': 7, 'ثمانيه': 8, 'تسعه': 9, 'عشره': 10, 'ثلاث': 3, 'اربع': 4, 'خمس': 5, 'سبع': 7, 'ثماني': 8, 'تسع': 9 };
const NUMBERED_MONTH = `(?<=شهر\\s+)(?:1[0-2]|0?[1-9]|${Object.keys(MONTH_NUMBER_WORDS).join('|')})(?![\\p{L}\\p{N}/])(?!\\s+(?:ايام|يوما|اسابيع|اشهر|شهور|سنوات|ساعات|ساعه|دقايق))`;
/** Months by ordinal after «الشهر», only after a day's number («من 27-29 من الشهر الثامن») or before a year («الأسبوع
 * الأخير في الشهر التاسع سنة 2014»): alone, «الشهر الثامن» is as often a war's or a pregnancy's eighth month. */
const MONTH_ORDINALS: Record<string, number> = { 'الحادي عشر': 11, 'الثاني عشر': 12, 'الاول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6, 'السابع': 7, 'الثامن': 8, 'التاسع': 9, 'العاشر': 10 };
const ORDINALS_OF_MONTHS = Object.keys(MONTH_ORDINALS).join('|');
const ORDINAL_MONTH = `(?:(?<=\\d\\s*(?:من\\s+)?الشهر\\s+)(?:${ORDINALS_OF_MONTHS})(?![\\p{L}])|(?<=الشهر\\s+)(?:${ORDINALS_OF_MONTHS})(?=\\s+(?:(?:من\\s+)?(?:عام|سنه|العام)\\s+)?\\d{4}(?![\\p{N}])))`;
/** A month, optionally with its other regional name: «تموز/يوليو», «سبتمبر (أيلول)», «يوليو/ تموز», «22 كانون
 * الثاني "يناير"», or after a space alone as Reuters writes it («يناير كانون الثاني 2017»); or a month by number
 * after «شهر». */
/** Between a month's two names: a slash, an opening bracket or quote, a hyphen, or a space alone. */
const PAIR_SEPARATOR = '(?:\\s*(?:/|\\(|-|"|«)\\s*|\\s+)';
const MONTHS = `(${MONTH_PATTERN}|${NUMBERED_MONTH}|${ORDINAL_MONTH})(?![\\p{L}])(?:${PAIR_SEPARATOR}(${MONTH_PATTERN})(?![\\p{L}])(?:\\s*[)"»])?)?`;
/** Two month names side by side in a match: a pair must name one month («يناير كانون الثاني»), not two («يناير
 * فبراير» is a list). */
const ADJACENT_MONTHS = new RegExp(`(?<![\\p{L}])(${MONTH_PATTERN})${PAIR_SEPARATOR}(?=(${MONTH_PATTERN})(?![\\p{L}]))`, 'gu');
const pairedMonthsAgree = (match: string) => {
  ADJACENT_MONTHS.lastIndex = 0;
  for (let p = ADJACENT_MONTHS.exec(match); p !== null; p = ADJACENT_MONTHS.exec(match)) if (monthNumber(p[1]) !== monthNumber(p[2])) return false;
  return true;
};
/** A year told from the reference: «هذا العام», «العام الماضي» (its modifier, if any, after «العام|السنه»). */
const TOLD_YEAR = `(?:(?:هذا|هذه) (?:العام|السنه)|(?:العام|السنه)\\s+${MOD})`;
/** A year told from the reference right after a month: «مارس من العام الماضي», «مارس هذا العام». */
const RELATIVE_YEAR_AFTER = new RegExp(`^\\s*[,،]?\\s*(?:(?:من|في)\\s+)?${TOLD_YEAR}(?![\\p{L}])`, 'u');
/** A Gregorian month named, or numbered after «شهر» («شهر 3»); not «شهر» before a Hijri month («شهر رمضان»). */
const MONTH_NAME = new RegExp(`(?<![\\p{L}])(?:${MONTH_PATTERN}|شهر\\s+(?:\\d|${Object.keys(MONTH_NUMBER_WORDS).join('|')}))(?![\\p{L}])`, 'u');
const WEEKDAY_NAME = new RegExp(`(?<![\\p{L}])(?:${WEEKDAY_PATTERN})(?![\\p{L}])`, 'u');
/** The number of a month name, or of a month written as a number after «شهر». */
const monthOf = (name: string): number | undefined => (/^\d+$/.test(name) ? Number(name) : MONTH_NUMBER_WORDS[name] ?? MONTH_ORDINALS[name] ?? monthNumber(name));
const YEAR = '((?:19|20)\\d\\d)';
/** The Gregorian mark after a year, glued or not: «2015م» (Saudi and Gulf papers write it beside Hijri dates). */
const AD = '(?:\\s?م)?';
/** A Hijri year and its mark: «1436هـ», «1436 هجرية» (folded: هـ is ه). */
const HIJRI_YEAR = '(1[34]\\d\\d)';
/** A weekday written before a date, part of it («يوم الثلاثاء الموافق 16 يناير», «يوم الجمعة 1 / 10 / 1436 هـ»,
 * «اليوم الاثنين 4 شوال»: the date says which day);
 * `capture` keeps the weekday's name as a group. */
const weekdayBefore = (capture: boolean) => `(?:(?:اليوم|غدا|امس)\\s+)?(?:يوم\\s+)?(${capture ? '' : '?:'}${WEEKDAYS_DEF})\\s*[,،]?\\s*(?:(?:الموافق|في)\\s+)?`;
const WEEKDAY_BEFORE = `(?:${weekdayBefore(false)})?`;
const AH = '\\s?(?:ه|هجريه?|للهجره)';
/** After a Hijri month without a full date: its year («لعام 1436هـ») or a modifier («الجاري»). */
const HIJRI_TAIL = `(?:\\s+(?:(?:لعام|عام|العام|لسنه|سنه)\\s+)?(1[34]\\d\\d)(?:\\s*(?:ه|هجريه?|للهجره))?|\\s+(${MOD})|\\s+(?:من\\s+)?${TOLD_YEAR})?`;
/** A Gregorian year told from the reference after a Hijri month: «رمضان من العام الماضي», «رمضان هذا العام». */
const RELATIVE_YEAR_AFTER_HIJRI = new RegExp(`\\s(?:من\\s+)?${TOLD_YEAR}$`);
/** A year after a day and month: «16 يناير 2024», «، من عام 2023», «في عام 1976», or in brackets: «30 يونيو (2013)». */
const YEAR_TAIL = `(?:\\s*[,،.]?\\s*(?:(?:من|في)\\s+)?(?:عام|العام|سنه|لعام)?\\s*(?:${YEAR}${AD}${E}|\\(\\s*${YEAR}${AD}\\s*\\)))?`;

export type Reference = { year: number; month: number; day: number } | null;

/** Characters read before and after a rule's anchor word: the longest expression («يوم الثلاثاء الموافق 16
 * يناير/كانون الثاني الماضي عام 2024») spans about 60 characters around its month. */
const WINDOW_BEFORE = 48;
const WINDOW_AFTER = 64;

interface Rule {
  /** Anchor words (global): the rule's (slower) pattern runs only in windows around them. */
  gate: RegExp;
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: Reference) => string | null;
  /** Two months side by side in its matches are a range, not one month's two names (see pairedMonthsAgree). */
  monthRange?: true;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const refDate = (ref: NonNullable<Reference>) => new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
const addDays = (ref: NonNullable<Reference>, days: number) => iso(new Date(refDate(ref).getTime() + days * 86400000));
/** The first day of the month k months from the reference's. */
const monthStart = (ref: NonNullable<Reference>, k: number) => new Date(Date.UTC(ref.year, ref.month - 1 + k, 1));
/** The month k months from the reference's, as `YYYY-MM`. */
const monthFrom = (ref: NonNullable<Reference>, k: number) => { const d = monthStart(ref, k); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`; };

function modKind(mod: string | undefined): 'past' | 'future' | 'current' | null {
  if (!mod) return null;
  if (/الماض|الفايت|المنصرم|السابق/.test(mod)) return 'past';
  if (/المقبل|القادم|التالي|الجاي|الاتي/.test(mod)) return 'future';
  return 'current';
}

/** How many periods a modifier moves: «الماضي» -1, «قبل الماضي» -2, «المقبل» 1, «بعد المقبل» 2, «الجاري» 0;
 * `beyondNext` says how many past the nearest one (1 for «قبل الماضي»). */
function modSteps(mod: string | undefined): number {
  const kind = modKind(mod);
  const far = mod !== undefined && /^(?:(?:اللي|الذي|التي)\s+)?(?:قبل|بعد)\s/.test(mod) ? 2 : 1;
  return kind === 'past' ? -far : kind === 'future' ? far : 0;
}
const beyondNext = (mod: string | undefined) => Math.max(0, Math.abs(modSteps(mod)) - 1);

/** A month named without a year or modifier more than this many months after the reference's is last year's
 * («نوفمبر» in January is last November). Seven: the sample pages' gold reads «منتصف أيلول/سبتمبر» in January 2024
 * as September 2023 (eight months ahead: last year's), Duckling's Arabic corpus reads «27 إلى 29 أغسطس» in
 * February as this August (six and a half ahead); at 6 it was last August (its corpus 97 of 122, now 100). */
const MONTHS_AHEAD_IN_YEAR = 7;
/** …and more than this many months before it, next year's («يناير» in November is the coming January). News
 * reports what happened: with a symmetric six, SaudiNewsNet's (July and August 2015) January and February without a
 * year were 2016; read, 107 of the 112 are 2015 (the other 5: an exhibition that «runs until 3 January»). */
const MONTHS_BEHIND_IN_YEAR = 9;

/** The year of a month (and day) given the reference and a modifier; without one, the reference's year unless
 * far from it (see above). */
function yearFor(month: number, day: number | null, mod: string | undefined, ref: NonNullable<Reference>): number {
  const kind = modKind(mod);
  const before = month < ref.month || (month === ref.month && day !== null && day < ref.day);
  const after = month > ref.month || (month === ref.month && day !== null && day > ref.day);
  if (kind === 'current') return ref.year;
  const further = beyondNext(mod);
  if (kind === 'past') return (before ? ref.year : ref.year - 1) - further;
  if (kind === 'future') return (after ? ref.year : ref.year + 1) + further;
  // Without a modifier, the reference's year, unless the month is far from the reference across the turn of a year.
  const diff = (month - ref.month) + (day !== null ? (day - ref.day) / 31 : 0);
  if (diff > MONTHS_AHEAD_IN_YEAR) return ref.year - 1;
  if (diff < -MONTHS_BEHIND_IN_YEAR) return ref.year + 1;
  return ref.year;
}

function dayValue(day: number, month: number, year: number | null): string | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  if (year === null) return `XXXX-${pad(month)}-${pad(day)}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? iso(d) : null;
}

function monthValue(monthName: string, yearText: string | undefined, mod: string | undefined, ref: Reference, day: number | null, weekdayName?: string): string | null {
  const month = monthOf(monthName);
  if (!month) return null;
  const byWeekday = weekdayName && day !== null && !mod && ref ? yearOfWeekday(day, month, weekdayName, ref) : null;
  const year = yearText ? Number(yearText) : byWeekday ?? (ref ? yearFor(month, day, mod, ref) : null);
  if (day !== null) return dayValue(day, month, year);
  return year === null ? `XXXX-${pad(month)}` : `${year}-${pad(month)}`;
}

/** The date of a weekday near the reference: the most recent one, the reference day itself included (wire copy
 * writes «قال الخميس» of the day it is published: «أعلنت وزارة الدفاع اليمنية الثلاثاء أن القوات استعادت قاعدة
 * العند» in a paper of Tuesday 4 August 2015, the day the base fell), a week before with الماضي, the next one when
 * marked future. */
/** The date of a weekday: the last one (the reference day itself included, unless `explicitPast`), the next with a
 * future modifier; `fromToday`: the next one with the reference day itself included (a future verb, «سيصل الخميس»). */
function weekdayValue(name: string, mod: string | undefined, ref: NonNullable<Reference>, explicitPast = false, fromToday = false): string | null {
  const wd = weekdayNumber(name);
  if (wd === undefined) return null;
  const refWd = refDate(ref).getUTCDay();
  const kind = modKind(mod);
  const further = beyondNext(mod) * 7;
  if (fromToday) return addDays(ref, (wd - refWd + 7) % 7);
  if (kind === 'future') { const ahead = (wd - refWd + 7) % 7 || 7; return addDays(ref, ahead + further); }
  let back = (refWd - wd + 7) % 7;
  if (back === 0 && (kind === 'past' || explicitPast)) back = 7;
  return addDays(ref, -back - further);
}

/** The year in which a day and month fall on the stated weekday, the nearest to the reference of the three
 * around it («الخميس 15 أغسطس» said in February is next August's when last year's 15 August was a Wednesday). */
function yearOfWeekday(day: number, month: number, weekdayName: string, ref: NonNullable<Reference>): number | null {
  const wd = weekdayNumber(weekdayName);
  if (wd === undefined) return null;
  const t = refDate(ref).getTime();
  const years = [ref.year, ref.year - 1, ref.year + 1]
    .map((year) => ({ year, date: new Date(Date.UTC(year, month - 1, day)) }))
    .filter(({ date }) => date.getUTCMonth() === month - 1 && date.getUTCDay() === wd)
    .sort((a, b) => Math.abs(a.date.getTime() - t) - Math.abs(b.date.getTime() - t));
  return years[0]?.year ?? null;
}

/** Two numbers written as a day and a month without a year («22/4», «4/22»): day first, as Arabic writes it, unless
 * only the other order makes a date (English copy); the year the nearest to the reference (yearFor). */
function dayAndMonthNear(a: number, b: number, ref: NonNullable<Reference>): string | null {
  const [day, month] = b >= 1 && b <= 12 && a <= 31 ? [a, b] : a >= 1 && a <= 12 && b <= 31 ? [b, a] : [0, 0];
  return day ? dayValue(day, month, yearFor(month, day, undefined, ref)) : null;
}

/** The date whose day of the month is `day` and whose weekday is the one named, in the reference's month or the
 * month before or after it (`months`: offsets from the reference's; «من الشهر الجاري» says only its own), the
 * nearest to the reference («السبت السادس عشر» said on Tuesday 12 February 2013 is Saturday 16 February). */
function dayOfWeekdayNear(day: number, weekdayName: string, ref: NonNullable<Reference>, months: number[]): string | null {
  const wd = weekdayNumber(weekdayName);
  if (wd === undefined || !(day >= 1 && day <= 31)) return null;
  const t = refDate(ref).getTime();
  const dates = months
    .map((k) => new Date(Date.UTC(ref.year, ref.month - 1 + k, day)))
    .filter((d) => d.getUTCDate() === day && d.getUTCDay() === wd)
    .sort((a, b) => Math.abs(a.getTime() - t) - Math.abs(b.getTime() - t));
  return dates.length ? iso(dates[0]) : null;
}

/** The n-th whole week of a month as a range, from its Monday (or for the last week, n = -1, from its Sunday). */
function weekOf(day: string, n: number): string {
  const start = new Date(`${day}T00:00:00Z`);
  if (n === -1) start.setUTCDate(start.getUTCDate() - 6);
  return `${iso(start)}/${iso(new Date(start.getTime() + 6 * 86400000))}`;
}

/** The n-th given weekday of a month (n from 1; -1 the last): «ثالث ثلاثاء في أيلول 2014» is 16 September. */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string | null {
  if (n === -1) {
    const last = new Date(Date.UTC(year, month, 0));
    return iso(new Date(Date.UTC(year, month - 1, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7))));
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  const date = new Date(Date.UTC(year, month - 1, 1 + ((weekday - first.getUTCDay() + 7) % 7) + (n - 1) * 7));
  return date.getUTCMonth() === month - 1 ? iso(date) : null;
}

/** Ordinals of a weekday in its month, folded, before it («ثالث ثلاثاء») or after it («الثلاثاء الثالث»,
 * «الأربعاء الثانية»): 1 to 5, -1 the last. */
const NTH_BEFORE: Record<string, number> = { 'اول': 1, 'ثاني': 2, 'ثان': 2, 'ثالث': 3, 'رابع': 4, 'خامس': 5, 'اخر': -1 };
const NTH_AFTER: Record<string, number> = {
  'الاول': 1, 'الاولي': 1, 'الثاني': 2, 'الثانيه': 2, 'الثالث': 3, 'الثالثه': 3, 'الرابع': 4, 'الرابعه': 4, 'الخامس': 5, 'الخامسه': 5, 'الاخير': -1, 'الاخيره': -1,
};
/** The ordinals after a weekday that never are a day of the month: «الأخير» and the feminine ones (news writes a
 * date's ordinal masculine: «يوم السبت الأول من أغسطس»). */
const NTH_AFTER_NEVER_DAY = Object.keys(NTH_AFTER).filter((k) => NTH_AFTER[k] < 0 || k.endsWith('ه') || k === 'الاولي');
/** A weekday without its article («ثلاثاء», «اربعا»). */
const WEEKDAYS_BARE = alternation(['احد', 'اثنين', 'ثلاثاء', 'ثلاثا', 'اربعاء', 'اربعا', 'خميس', 'جمعه', 'سبت']);
/** A year after a month, as these expressions write it: «2014», «من عام 2014», «بعام 2014», «في سنة 2014». */
/** A year after an n-th weekday's month: written, or told from the reference («من العام المقبل», «السنة القادمة»,
 * «هذا العام»: its own capture, the weekday's date depending on the year). */
const NTH_YEAR_TAIL = `(?:\\s*[,،]?\\s*(?:(?:من|في)\\s+)?(?:(?:ب?عام|العام|سنه|لعام|لسنه)?\\s*${YEAR}${AD}${E}|((?:العام|السنه)\\s+${MOD}|(?:هذا|هذه)\\s+(?:العام|السنه))${E}))?`;
/** The date of «the n-th weekday of a month» (`n` from NTH_BEFORE or NTH_AFTER); `relativeYear`: the year told from
 * the reference (NTH_YEAR_TAIL). */
function nthWeekdayValue(n: number, weekdayName: string, monthName: string, yearText: string | undefined, mod: string | undefined, ref: Reference, relativeYear?: string): string | null {
  const month = monthOf(monthName);
  const weekday = weekdayNumber(weekdayName);
  if (!month || weekday === undefined) return null;
  const told = relativeYear && ref ? ref.year + (/^(?:هذا|هذه)\s/.test(relativeYear) ? 0 : modSteps(relativeYear.replace(/^\S+\s+/, ''))) : null;
  const year = yearText ? Number(yearText) : told ?? (ref ? yearFor(month, null, mod, ref) : null);
  return year === null ? null : nthWeekdayOfMonth(year, month, weekday, n);
}

/** Days relative to the reference, folded; Levantine and Gulf spoken forms too (البارحة، بكرة); «البارحة الأولى» is the
 * night before last, as Saudi papers write the day before yesterday. */
const RELATIVE_DAY: Record<string, number> = {
  'اليوم': 0, 'اليوم الماضي': -1, 'اليوم المنصرم': -1, 'امس': -1, 'بالامس': -1, 'الامس': -1, 'البارحه': -1, 'امس الاول': -2, 'اول امس': -2, 'اول من امس': -2,
  'قبل امس': -2, 'قبل يوم امس': -2, 'قبل يوم الامس': -2, 'اول البارحه': -2, 'قبل البارحه': -2, 'البارحه الاولي': -2, 'قبل امبارح': -2, 'قبل مبارح': -2, 'بعد الغد': 2, 'مبارح': -1, 'امبارح': -1, 'اول مبارح': -2, 'اول امبارح': -2, 'غدا': 1, 'غد': 1, 'بكره': 1, 'بكرا': 1, 'بعد غد': 2, 'بعد غدا': 2, 'بعد بكره': 2, 'بعد بكرا': 2, 'الغد': 1,
};
const RELATIVE_PATTERN = alternation(Object.keys(RELATIVE_DAY).filter((k) => k !== 'غد' && k !== 'الغد'));
/** Words after «اليوم» that make it «the day» (اليوم التالي، اليوم نفسه، اليوم الوطني) or a name (اليوم السابع). */
const NOT_TODAY_AFTER = /^\s+(?:ال|نفس|ذات)/;
/** Words before «اليوم» that make it a name, «this day» in history or «the same day» (روسيا اليوم، في مثل هذا اليوم،
 * في نفس اليوم, not «في هذا اليوم», today). */
const NOT_TODAY_BEFORE = /(?:روسيا|مصر|امريكا|سوريا|العراق|لبنان|فلسطين|تونس|الجزاير|المغرب|السودان|ليبيا|عين|الشرق|الخليج|الوطن|اخبار|صحيفه|جريده|قناه|برنامج|مثل هذا|ذلك|ذاك|نفس|ذات)\s*$/;
/** Words around «الاثنين» that make it «the two», not Monday. */
const THE_TWO_BEFORE = /(?:^|[^\p{L}])(?:بين|كلا|هذين|هذان|من)\s+$/u;
const THE_TWO_AFTER = /^\s+(?:في الم|بالم|معا|منهما|منهم|الاخرين)/;
/** Another weekday joined after it: Monday after all («بين الاثنين والخميس»). */
const WEEKDAY_NEXT = new RegExp(`^\\s*(?:و|-|الي|حتي)\\s*(?:${WEEKDAYS_DEF})`);
/** A quantity before «في اليوم»: a rate per day, not today. */
const PER_DAY_BEFORE = /\d[\d.,]*\s+(?:\S+\s+){0,2}في\s*$/;
const SEASONS: Record<string, string> = { 'صيف': 'SU', 'الصيف': 'SU', 'شتاء': 'WI', 'الشتاء': 'WI', 'ربيع': 'SP', 'الربيع': 'SP', 'خريف': 'FA', 'الخريف': 'FA' };
/** The month (0-based, from the year's January) a season of the northern year begins: a year's winter is the
 * December before it to its February («شتاء 2015» is December 2014 to February 2015). */
const SEASON_START: Record<string, number> = { SP: 2, SU: 5, FA: 8, WI: -1 };

/** A season before or after the reference by a modifier: «الخريف المقبل» said in July is this year's autumn,
 * «الصيف المقبل» next year's (this one has begun); «الشتاء الماضي» in July the winter that ended in February. */
function seasonValue(season: string, mod: string | undefined, ref: NonNullable<Reference>): string {
  const t = refDate(ref).getTime();
  const start = (y: number) => Date.UTC(y, SEASON_START[season], 1), end = (y: number) => Date.UTC(y, SEASON_START[season] + 3, 1);
  const steps = modSteps(mod);
  let y = ref.year;
  if (steps > 0) { y = ref.year - 1; while (start(y) <= t) y++; y += steps - 1; }
  else if (steps < 0) { y = ref.year + 1; while (end(y) > t) y--; y += steps + 1; }
  return `${y}-${season}`;
}

const HIJRI_YEAR_FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', timeZone: 'UTC' });
/** The Hijri year (Umm al-Qura) in which a Gregorian day falls. */
const hijriYearOf = (t: number) => Number(HIJRI_YEAR_FORMAT.formatToParts(new Date(t)).find((p) => p.type === 'year')?.value);

const namedDays = loadData<{ hijriFeasts: Record<string, [number, number]>; gregorianDays: Record<string, [number, number]>; historicDates: Record<string, string>; namePlaces: string[] }>('named-days');
/** Words that make a day and month an event's name, folded, and the kind of event each names. */
const EVENT_HEADS: Record<string, string> = { 'ثوره': 'ثوره', 'ثورتي': 'ثوره', 'انتفاضه': 'ثوره', 'احداث': 'احداث', 'هجمات': 'احداث', 'حرب': 'حرب' };
const EVENT_BEFORE = new RegExp(`(?:^|[^\\p{L}])[وفبل]?(${Object.keys(EVENT_HEADS).join('|')})\\s+$`, 'u');
/** Events named by their date, by kind and MM-DD («ثوره 01-25»), and the date they mean. */
const HISTORIC_DATES: ReadonlyMap<string, string> = new Map(Object.entries(namedDays.historicDates).map(([name, value]) => {
  const [head, ...rest] = normalize(name).split(' ');
  return [`${EVENT_HEADS[head]} ${value.slice(5)}`, value] as [string, string];
}));
/** Words before a day and month that make them a place's name («مدينة 6 أكتوبر», «قصر 22 مايو»). */
const NAME_PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])[وبل]?(?:${namedDays.namePlaces.map(normalize).join('|')})\\s+$`, 'u');
const foldKeys = (days: Record<string, [number, number]>) => Object.fromEntries(Object.entries(days).map(([k, v]) => [normalize(k), v]));
/** Feasts as Hijri days (month, day), folded names; Ramadan is its whole month. */
const FEASTS: Record<string, [number, number]> = foldKeys(namedDays.hijriFeasts);
/** Named days of the Gregorian year (Christmas, the international days): month and day. */
const GREGORIAN_FEASTS: Record<string, [number, number]> = foldKeys(namedDays.gregorianDays);
/** Easter Sunday (Western churches) of a Gregorian year: the anonymous Gregorian computus (Meeus). */
function easter(year: number): [number, number] {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return [Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1];
}
/** Gregorian feasts whose day moves: month and day in a given year. */
const MOVING_FEASTS: Record<string, (year: number) => [number, number]> = { 'عيد الفصح': easter };

/** A feast's date (Ramadan: the range of the month) in a Gregorian year, a Hijri year, or relative to the
 * reference: the last one before it with الماضي, the next with المقبل, the nearest one without. */
function feastValue(name: string, year: number | null, hijriYear: number | null, mod: string | undefined, ref: Reference): string | null {
  const isRamadan = name.endsWith('رمضان');
  if (name === 'رمضان' && year === null && hijriYear === null && !mod) return null; // a man's name too
  const occurrence = (h: number): [number, string] | null => {
    const gregorian = GREGORIAN_FEASTS[name] ?? MOVING_FEASTS[name]?.(h);
    if (gregorian) return [Date.UTC(h, gregorian[0] - 1, gregorian[1]), `${h}-${pad(gregorian[0])}-${pad(gregorian[1])}`];
    const [month, day] = FEASTS[name];
    const start = hijriToGregorian(h, month, day);
    if (!start) return null;
    const t = Date.parse(start);
    if (!isRamadan) return [t, start];
    const next = hijriToGregorian(h, 10, 1);
    return next ? [t, `${start}/${iso(new Date(Date.parse(next) - 86400000))}`] : null;
  };
  const isGregorian = name in GREGORIAN_FEASTS || name in MOVING_FEASTS;
  const yearsAround = (t: number) => (isGregorian ? new Date(t).getUTCFullYear() : hijriYearOf(t));
  if (hijriYear !== null) return isGregorian ? null : occurrence(hijriYear)?.[1] ?? null;
  if (year !== null) {
    const h0 = yearsAround(Date.UTC(year, 0, 1));
    for (const h of [h0, h0 + 1]) {
      const o = occurrence(h);
      if (o && new Date(o[0]).getUTCFullYear() === year) return o[1];
    }
    return null;
  }
  if (!ref) return null;
  const t = refDate(ref).getTime();
  const h0 = yearsAround(t);
  const candidates = [h0 - 1, h0, h0 + 1].map(occurrence).filter((o): o is [number, string] => o !== null);
  const kind = modKind(mod);
  if (kind === 'past') return candidates.filter(([d]) => d < t).pop()?.[1] ?? null;
  if (kind === 'future') return candidates.find(([d]) => d > t)?.[1] ?? null;
  // Equally far either way, the coming one, as a month named half a year ahead is this year's (MONTHS_AHEAD_IN_YEAR):
  // «عيد الفطر» on 12 February 2013, 177 days after one and before the next, is August 2013's.
  candidates.sort((a, b) => Math.abs(a[0] - t) - Math.abs(b[0] - t) || b[0] - a[0]);
  return candidates[0]?.[1] ?? null;
}

/** The Umm al-Qura calendar's formatter, made once (making one costs more than the search that uses it). */
let umalqura: Intl.DateTimeFormat | null = null;
/** Dates converted so far: Saudi news repeats the same few Hijri dates (today's, the feast's) in article after
 * article, and each conversion formats up to 81 days (it was 7% of enrichment's profile over SaudiNewsNet). */
const hijriDates = new Map<string, string | null>();
/** Hijri (Umm al-Qura) to Gregorian, by searching the days around an estimate with Intl's calendar. */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  const key = `${year}-${month}-${day}`;
  const known = hijriDates.get(key);
  if (known !== undefined) return known;
  const found = searchHijri(year, month, day);
  if (hijriDates.size < 100_000) hijriDates.set(key, found);
  return found;
}
function searchHijri(year: number, month: number, day: number): string | null {
  const fmt = (umalqura ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }));
  const estimate = Date.UTC(622, 6, 19) + ((year - 1) * 354.367 + (month - 1) * 29.53 + (day - 1)) * 86400000;
  for (let offset = 0; offset <= 40; offset++) {
    for (const sign of offset === 0 ? [1] : [1, -1]) {
      const t = estimate + sign * offset * 86400000;
      const parts = fmt.formatToParts(new Date(t));
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      if (get('year') === year && get('month') === month && get('day') === day) return iso(new Date(t));
    }
  }
  return null;
}

/** A preposition of time right before a word, folded, a conjunction allowed («وخلال»): «في رمضان» is the month. */
const TIME_PREPOSITION_BEFORE = /(?:^|[^\p{L}])[وف]?(?:في|خلال|منذ|قبل|بعد|حتي|طوال|طيله)\s+$/u;

/** Hijri months that are also names or words («رمضان», «رجب», «شعبان» are men's names, «صفر» is zero, «محرم»
 * forbidden): alone they need «شهر», a day, a year or a modifier to be the month. */
const HIJRI_AMBIGUOUS = new Set(['رمضان', 'رجب', 'شعبان', 'صفر', 'محرم'].map(normalize));

/**
 * A Hijri month, or a day of it, as Gregorian days: the month's range («شوال الماضي»), or its day («غرة ذي الحجة»,
 * «15 شعبان»). With a Hijri year, in that year; else relative to the reference: the last one wholly before it with
 * الماضي, the next after it with المقبل, the one holding it with الجاري, the nearest without.
 */
function hijriMonthValue(month: number, day: number | null, hijriYear: number | null, mod: string | undefined, ref: Reference): string | null {
  const occurrence = (h: number): [number, number, string] | null => {
    const start = hijriToGregorian(h, month, day ?? 1);
    if (!start) return null;
    if (day !== null) return [Date.parse(start), Date.parse(start), start];
    const next = month === 12 ? hijriToGregorian(h + 1, 1, 1) : hijriToGregorian(h, month + 1, 1);
    if (!next) return null;
    const last = Date.parse(next) - 86400000;
    return [Date.parse(start), last, `${start}/${iso(new Date(last))}`];
  };
  if (hijriYear !== null) return occurrence(hijriYear)?.[2] ?? null;
  if (!ref) return null;
  const t = refDate(ref).getTime();
  const h0 = hijriYearOf(t);
  const candidates = [h0 - 1, h0, h0 + 1].map(occurrence).filter((o): o is [number, number, string] => o !== null);
  const kind = modKind(mod);
  if (kind === 'past') return candidates.filter(([, end]) => end < t).pop()?.[2] ?? null;
  if (kind === 'future') return candidates.find(([start]) => start > t)?.[2] ?? null;
  if (kind === 'current' && day !== null) {
    // «27 شوال الجاري»: the day of the Hijri month the reference falls in.
    const h = [h0 - 1, h0, h0 + 1].find((y) => {
      const first = hijriToGregorian(y, month, 1), next = month === 12 ? hijriToGregorian(y + 1, 1, 1) : hijriToGregorian(y, month + 1, 1);
      return first !== null && next !== null && Date.parse(first) <= t && t < Date.parse(next);
    });
    return h === undefined ? null : occurrence(h)?.[2] ?? null;
  }
  const holding = candidates.find(([start, end]) => start <= t && t <= end);
  if (kind === 'current') return holding?.[2] ?? null;
  if (holding) return holding[2];
  const distance = ([start, end]: [number, number, string]) => Math.min(Math.abs(start - t), Math.abs(end - t));
  return candidates.sort((a, b) => distance(a) - distance(b))[0]?.[2] ?? null;
}

// Letter ranges rather than \p{L}: this gate scans every paragraph, and the ranges run 3.5 times faster (folded
// text has no other Arabic letters; a letter of another script only widens the windows the rules look at).
const MONTH_GATE = new RegExp(`(?<![\\u0621-\\u064aA-Za-z])(?:[وفبل])?(?:${MONTH_PATTERN}|شهر\\s+(?:\\d|${Object.keys(MONTH_NUMBER_WORDS).join('|')})|الشهر\\s+(?:${Object.keys(MONTH_ORDINALS).join('|')}))(?![\\u0621-\\u064aA-Za-z])`, 'g');
const HIJRI_GATE = new RegExp(HIJRI_PATTERN, 'g');
const DAY_TOLD_GATE = /يوم\s+(?:السابق|التالي)/g;
const HIJRI_OR_MONTH_GATE = /الاواخر|الاوايل|عشر الاول|الايام ال|الليالي ال/g;
const SEASON_GATE = /صيف|شتاء|ربيع|خريف/g;
const YEAR_GATE = /(?:19|20)\d\d/g;
const YEAR_WORD_GATE = /العام|السنه/g;
const RELATIVE_GATE = /اليوم|امس|غد|البارحه|مبارح|بكر/g;
const WEEK_GATE = /الاسبوع/g;
const TONIGHT_GATE = /الليله/g;
const FEAST_NAMES = alternation([...Object.keys(FEASTS), ...Object.keys(GREGORIAN_FEASTS)]);
const FEAST_GATE = new RegExp(`عيد|${FEAST_NAMES}`, 'g');
const DECADE_GATE = /ينات|ينيات|القرن|العقد/g;
/** After a decade, an age: «في العشرينات من العمر», «في الأربعينيات من عمره». */
const AGE_AFTER = /^\s+(?:من\s+)?(?:ال)?(?:عمر|اعمار)/;
const WEEKDAY_GATE = /الاحد|الاثنين|الثلاثا|الاربعا|الخميس|الجمعه|السبت/g;
const NUMERIC_GATE = /\d\s*[-/.]\s*\d/g;
const HIJRI_YEAR_GATE = /1[34]\d\d/g;
const MONTH_WORD_GATE = /الشهر/g;
const LAST_DAY_GATE = /(?:اخر|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر) يوم|اليوم (?:الاخير|الاول)/g;
/** «ثالث يوم من أكتوبر»: an ordinal without ال before «يوم», the day it counts. */
const INDEFINITE_ORDINAL_DAYS: Record<string, number> = { 'اول': 1, 'ثاني': 2, 'ثالث': 3, 'رابع': 4, 'خامس': 5, 'سادس': 6, 'سابع': 7, 'ثامن': 8, 'تاسع': 9, 'عاشر': 10 };
const SPAN_GATE = /منذ|قبل|بعد/g;
/** A speaker's own return, folded: «سأعود», «سوف أعود», «عدت», «رجعنا». Only return: «وصلت», «غادرت» are as often
 * «she», and «أصل» is «origin» («11 لقبا من أصل 12»). */
const FIRST_PERSON_MOVE = '(?:(?:سوف\\s+)?س?[ان](?:عود|رجع)|(?:عد|رجع)(?:ت|نا))';
// Opening with the literal (scanned for fast) and ending the word: «عودة», «مرجعية» open no window.
const FIRST_PERSON_MOVE_GATE = /(?:عود|رجع|عدت|عدنا|رجعت|رجعنا)(?![\u0621-\u064a])/g;
/** One part of a span of time: a count, or none, and its unit («ثلاثة أيام», «21 يوما», «عامين»). */
const SPAN_PART = `(?:(\\d{1,3}|${COUNT_WORD})\\s*)?(${Object.keys(TIME_UNITS).sort((a, b) => b.length - a.length).join('|')})${E}`;
const WITHIN_GATE = /خلال|غضون/g;
const PERIOD_PART_GATE = /الربع|النصف/g;
const THIS_MORNING_GATE = /هذا (?:الصباح|المساء)/g;
/** «الأيام الثلاثة الماضية», «الشهرين المقبلين», and with the count first «الخمس سنوات الماضية» (two rules, one scan). */
const PERIOD_GATE = /(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|اليومين|الاسبوعين|الشهرين|العامين|السنتين) ال/g;
/** Units of a period counted back or ahead from the reference («الأيام الثلاثة الماضية», «الشهرين المقبلين»). */
const PERIOD_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  'الايام': 'day', 'الاسابيع': 'week', 'الاشهر': 'month', 'الشهور': 'month', 'السنوات': 'year', 'الاعوام': 'year',
  'اليومين': 'day', 'الاسبوعين': 'week', 'الشهرين': 'month', 'العامين': 'year', 'السنتين': 'year',
};
/** The range of the n whole days, weeks (Monday to Sunday), months or years before the reference's (or after it,
 * `ahead`): «خلال الأيام الثلاثة الماضية» said on 12 February is 9 to 11 February. */
function periodValue(unit: 'day' | 'week' | 'month' | 'year', n: number, ahead: boolean, ref: NonNullable<Reference>): string | null {
  if (!(n >= 1 && n <= 100)) return null;
  if (unit === 'day') return ahead ? `${addDays(ref, 1)}/${addDays(ref, n)}` : `${addDays(ref, -n)}/${addDays(ref, -1)}`;
  if (unit === 'week') {
    const monday = -((refDate(ref).getUTCDay() + 6) % 7);
    return ahead ? `${addDays(ref, monday + 7)}/${addDays(ref, monday + 7 * (n + 1) - 1)}` : `${addDays(ref, monday - 7 * n)}/${addDays(ref, monday - 1)}`;
  }
  if (unit === 'month') {
    return ahead ? `${monthFrom(ref, 1)}/${monthFrom(ref, n)}` : `${monthFrom(ref, -n)}/${monthFrom(ref, -1)}`;
  }
  return ahead ? `${ref.year + 1}/${ref.year + n}` : `${ref.year - n}/${ref.year - 1}`;
}

/** بقية الأسبوع; باقي الشهر; ما تبقى من العام الجاري: from the reference to the end of its week, month or year. One rule
 * per unit's gate, gates the other rules scan anyway (a gate of its own cost a scan of every paragraph). */
const restOfPeriod = (gate: RegExp): Rule => ({
  gate,
  re: new RegExp(`${B}(?:بقيه|باقي|ما تبقي من|ما بقي من)\\s+(?:(هذا|هذه)\\s+)?(الاسبوع|الشهر|العام|السنه)(?:\\s+(الحاليه?|الجاريه?))?${E}(?!\\s+(?:${MOD}|\\d|الذي|التي|الدراسيه?|الماليه?))`, 'gu'),
  resolve: (m, ref) => {
    // «بقية الشهر» alone is as often the rest of a month just told («الأيام الأولى من رمضان ... في بقية الشهر»).
    if (!ref || (m[2] === 'الشهر' && !m[1] && !m[3])) return null;
    const end = m[2] === 'الاسبوع' ? addDays(ref, (7 - refDate(ref).getUTCDay()) % 7)
      : m[2] === 'الشهر' ? iso(new Date(Date.UTC(ref.year, ref.month, 0))) : `${ref.year}-12-31`;
    return `${iso(refDate(ref))}/${end}`;
  },
});

/** A month a part of it is taken from: Hijri («رمضان», «شهر شوال 1436»), Gregorian («مارس», «يوليو المقبل», «مايو
 * (أيار) الماضي»), or told from the reference's («الشهر المقبل», «هذا الشهر»); monthTargetRange reads its nine groups. */
const MONTH_TARGET = `(?:شهر\\s+)?(?:(${HIJRI_PATTERN})${HIJRI_TAIL}|(${MONTH_PATTERN})(?:${PAIR_SEPARATOR}(?:${MONTH_PATTERN})(?![\\p{L}])(?:\\s*[)"»])?)?(?:\\s+(${MOD}))?${YEAR_TAIL}|(الشهر\\s+(${MOD})|(?:هذا|هاد|هذي) الشهر|الشهر (?:هذا|الحالي)))`;
/** The first and last days of MONTH_TARGET's month, from its groups (null where it cannot be placed). */
function monthTargetRange(groups: Array<string | undefined>, ref: Reference): [string, string] | null {
  const [hijri, hijriYear, hijriMod, month, mod, year, bracketedYear, relative, relativeMod] = groups;
  const whole = hijri ? hijriMonthValue(HIJRI.get(hijri)!, null, hijriYear ? Number(hijriYear) : null, hijriMod, ref)
    : relative ? (ref ? monthFrom(ref, modSteps(relativeMod)) : null) : monthValue(month!, year ?? bracketedYear, mod, ref, null);
  if (!whole) return null;
  let [from, to] = whole.split('/');
  if (!to) { const [y, mo] = from.split('-').map(Number); from = `${from}-01`; to = iso(new Date(Date.UTC(y, mo, 0))); }
  return /^\d{4}-\d\d-\d\d$/.test(from) && /^\d{4}-\d\d-\d\d$/.test(to) ? [from, to] : null;
}

const RULES: Rule[] = [
  { // يومي 18 و19 أكتوبر الماضي; بين 3 و5 مايو 2024
    gate: MONTH_GATE,
    re: new RegExp(`${B}(?:(?:يومي|بين|من)\\s+)?(${DAY_ANY})\\s*(?:و|-|–|الي|حتي|وحتي|لغايه|ولغايه)\\s*(${DAY_ANY}|${CARDINAL_PATTERN})\\s+(?:من\\s+)?(?:(?:ال)?شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      // «الخامس والعشرين من يناير» is one day, the 25th, not the 5th to the 20th; the end may be spoken («من السابع عشر
      // وحتى عشرين من سبتمبر»), not the start («خمسة وعشرين مايو» is the 25th).
      if (!(dayNumber(m[1]) < dayNumber(m[2])) || ORDINAL_DAYS.has(`${m[1]} و${m[2]}`)) return null;
      const a = monthValue(m[3], m[6] ?? m[7], m[5], ref, dayNumber(m[1]));
      const b = monthValue(m[3], m[6] ?? m[7], m[5], ref, dayNumber(m[2]));
      return a && b ? `${a}/${b}` : null;
    },
  },
  { // يوم الثلاثاء الموافق 16 يناير; 16 يناير 2024; 1 يوليو/ تموز الجاري; اليوم الثالث من أكتوبر; أول مارس
    gate: MONTH_GATE,
    // Digits may be glued to the month («14يوليو 2015», «26ديسمبر2015م»).
    re: new RegExp(`${B}(?:${weekdayBefore(true)}|اليوم\\s+)?(?:${DAY_SPOKEN}|(اول))${DAY_GAP}(?:من\\s+)?(?:(?:ال)?شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      if (m[2] && CARDINAL_DAYS.has(m[2]) && AMBIGUOUS_MONTHS.has(m[4])) return null; // «خمسة اب»: five fathers
      const value = monthValue(m[4], m[7] ?? m[8], m[6], ref, m[3] ? 1 : dayNumber(m[2]), m[1]);
      // «الثلاثاء الثالث من أيلول 2014» where 3 September 2014 is no Tuesday: the third Tuesday (a rule of its
      // own). Only with the year written: without it, the year is a guess and the weekday often a past year's
      // («يوم الخميس الثاني من أغسطس» of 1990, in a memoir).
      if (value && m[1] && m[2] && (m[7] ?? m[8]) && !/\d/.test(m[2]) && dayNumber(m[2]) <= 5 && /^\d{4}-\d\d-\d\d$/.test(value) && new Date(`${value}T00:00:00Z`).getUTCDay() !== weekdayNumber(m[1])) return null;
      return value;
    },
  },
  { // ثالث ثلاثاء في أيلول 2014; آخر اثنين من شهر آذار; ثاني أربعاء من شهر أكتوبر من عام 2014
    gate: MONTH_GATE,
    re: new RegExp(`${B}(${Object.keys(NTH_BEFORE).join('|')})\\s+(?:يوم\\s+)?(${WEEKDAYS_BARE})\\s+(?:(?:من|في)\\s+|ب)?(?:(?:ال)?شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${NTH_YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => nthWeekdayValue(NTH_BEFORE[m[1]], m[2], m[3], m[6], m[5], ref, m[7]),
  },
  { // أول أسبوع بشهر أكتوبر 2014; الأسبوع الأخير من شهر مارس: the n-th whole week (Monday to Sunday, as the weeks of
    // «الأسبوع الماضي») of the month, the last one ending in it
    gate: MONTH_GATE,
    re: new RegExp(`${B}(?:(${Object.keys(NTH_BEFORE).join('|')})\\s+اسبوع|الاسبوع\\s+(${Object.keys(NTH_AFTER).filter((k) => !k.endsWith('ه') && k !== 'الاولي').join('|')}))\\s+(?:(?:من|في)\\s+|ب)?(?:(?:ال)?شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${NTH_YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      const n = m[1] ? NTH_BEFORE[m[1]] : NTH_AFTER[m[2]];
      // The n-th Monday of the month, or for the last week the last Sunday's Monday (a week that spills into the next
      // month is not its last).
      const day = nthWeekdayValue(n, n === -1 ? 'الاحد' : 'الاثنين', m[3], m[6], m[5], ref, m[7]);
      return day ? weekOf(day, n) : null;
    },
  },
  { // الاثنين الأخير من شهر آذار; الأربعاء الثانية من شهر أكتوبر: the n-th weekday. A masculine ordinal after a
    // weekday is a date in news («يوم السبت الأول من أغسطس»: the date rule reads it) unless the year is written and
    // that date is another weekday; «الأخير» and a feminine ordinal are never a day of the month.
    gate: MONTH_GATE,
    re: new RegExp(`${B}(${WEEKDAYS_DEF})\\s+(${Object.keys(NTH_AFTER).join('|')})\\s+(?:(?:من|في)\\s+|ب)?(?:(?:ال)?شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${NTH_YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      const n = NTH_AFTER[m[2]];
      const month = monthOf(m[3]);
      if (!NTH_AFTER_NEVER_DAY.includes(m[2]) && (!m[6] || !month || new Date(Date.UTC(Number(m[6]), month - 1, n)).getUTCDay() === weekdayNumber(m[1]))) return null;
      return nthWeekdayValue(n, m[1], m[3], m[6], m[5], ref, m[7]);
    },
  },
  { // الأسبوع الأول من الشهر المقبل; آخر أسبوع من الشهر الجاري: the n-th whole week of a month told from the reference's
    gate: MONTH_WORD_GATE,
    re: new RegExp(`${B}(?:(${Object.keys(NTH_BEFORE).join('|')})\\s+اسبوع|الاسبوع\\s+(${Object.keys(NTH_AFTER).filter((k) => !k.endsWith('ه') && k !== 'الاولي').join('|')}))\\s+(?:(?:من|في)\\s+)?(?:الشهر\\s+(${MOD})|(?:هذا|هاد|هذي) الشهر|الشهر (?:هذا|الحالي))${E}`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const n = m[1] ? NTH_BEFORE[m[1]] : NTH_AFTER[m[2]];
      const first = monthStart(ref, modSteps(m[3]));
      const day = nthWeekdayOfMonth(first.getUTCFullYear(), first.getUTCMonth() + 1, n === -1 ? 0 : 1, n);
      return day ? weekOf(day, n) : null;
    },
  },
  { // آخر اثنين من الشهر المقبل; الجمعة الأخيرة من الشهر الماضي: the n-th weekday of a month told from the reference's
    gate: MONTH_WORD_GATE,
    re: new RegExp(`${B}(?:(${Object.keys(NTH_BEFORE).join('|')})\\s+(?:يوم\\s+)?(${WEEKDAYS_BARE})|(${WEEKDAYS_DEF})\\s+(${NTH_AFTER_NEVER_DAY.join('|')}))\\s+(?:(?:من|في)\\s+)?(?:الشهر\\s+(${MOD})|(?:هذا|هاد|هذي) الشهر|الشهر (?:هذا|الحالي))${E}`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const first = monthStart(ref, modSteps(m[5]));
      const weekday = weekdayNumber(m[2] ?? m[3]);
      const n = m[1] ? NTH_BEFORE[m[1]] : NTH_AFTER[m[4]];
      return weekday === undefined ? null : nthWeekdayOfMonth(first.getUTCFullYear(), first.getUTCMonth() + 1, weekday, n);
    },
  },
  { // آخر يوم بشهر عشرة سنة 2015; اليوم الأخير من شهر أكتوبر; أول يوم من يناير المقبل; ثالث يوم من شهر عشرة
    gate: LAST_DAY_GATE,
    re: new RegExp(`${B}(?:(اخر|${Object.keys(INDEFINITE_ORDINAL_DAYS).join('|')}) يوم|اليوم (الاخير|الاول))\\s+(?:(?:من|في)\\s+|ب(?=شهر))?(?:(?:ال)?شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      const month = monthValue(m[3], m[6] ?? m[7], m[5], ref, null);
      if (!month) return null;
      const nth = m[2] === 'الاول' ? 1 : INDEFINITE_ORDINAL_DAYS[m[1]];
      if (nth) return month.startsWith('XXXX') ? `${month}-${pad(nth)}` : dayValue(nth, Number(month.slice(5, 7)), Number(month.slice(0, 4)));
      if (month.startsWith('XXXX')) return null;
      const [y, mo] = month.split('-').map(Number);
      return iso(new Date(Date.UTC(y, mo, 0)));
    },
  },
  { // يوليو 13-15; تموز 13 الى 15; مايو 3; الاثنين، يناير الثاني والعشرين، 2018 (the month first, as in English copy)
    gate: MONTH_GATE,
    re: new RegExp(`${B}(?:${weekdayBefore(false)})?(شهر\\s+)?(${MONTH_PATTERN})(?:\\s*(?:-\\s*)?(\\d{1,2})|\\s+(${ORDINAL_PATTERN}))(?:(?:\\s*[-–]\\s*|\\s+(?:الي|حتي)\\s+)(\\d{1,2}))?(?![\\d/.:%٪])${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      const [, named, month, digits, ordinal, last, year, bracketedYear] = m;
      if (AMBIGUOUS_MONTHS.has(month) && !named) return null;
      // A lone number after a month followed by a word is a count («في يونيو 3 أشخاص»), not the day; an ordinal
      // after a month, without a year, is as often another thing's («يناير الأول من نوعه»).
      if (!last && !(year ?? bracketedYear) && (ordinal || /^\s*\p{L}/u.test(m.input.slice(m.index + m[0].length)))) return null;
      const first = digits ? Number(digits) : dayNumber(ordinal);
      const a = monthValue(month, year ?? bracketedYear, undefined, ref, first);
      if (!last) return a;
      const b = monthValue(month, year ?? bracketedYear, undefined, ref, Number(last));
      return a && b && a < b ? `${a}/${b}` : null;
    },
  },
  { // 15 رمضان 1445 (هـ); 11 صفر 309هـ (an older year only with its mark: the tabular calendar past Umm al-Qura's)
    gate: HIJRI_GATE,
    re: new RegExp(`${B}${WEEKDAY_BEFORE}${DAY}${DAY_GAP}(?:من\\s+)?(?:شهر\\s+)?(${HIJRI_PATTERN})\\s+(1[34]\\d\\d|[1-9]\\d{2}(?=\\s*(?:ه|هجري|للهجره)${E}))\\s*(?:ه|هـ|هجري|للهجره)?${E}`, 'gu'),
    resolve: (m) => hijriToGregorian(Number(m[3]), HIJRI.get(m[2])!, dayNumber(m[1])),
  },
  { // من 11 إلى 15 شوال الجاري; يومي 10 و11 ذي الحجة 1436هـ: days of a Hijri month
    gate: HIJRI_GATE,
    re: new RegExp(`${B}(?:(?:يومي|بين|من)\\s+)?(${DAY_ANY})\\s*(?:و|-|–|الي|حتي|وحتي|لغايه|ولغايه)\\s*(${DAY_ANY})${DAY_GAP}(?:من\\s+)?(?:شهر\\s+)?(${HIJRI_PATTERN})${HIJRI_TAIL}${E}`, 'gu'),
    resolve: (m, ref) => {
      const [, firstDay, lastDay, name, year, mod] = m;
      const [a, b] = [dayNumber(firstDay), dayNumber(lastDay)];
      if (!(a < b) || b > 30 || ORDINAL_DAYS.has(`${firstDay} و${lastDay}`)) return null;
      const from = hijriMonthValue(HIJRI.get(name)!, a, year ? Number(year) : null, mod, ref);
      const to = hijriMonthValue(HIJRI.get(name)!, b, year ? Number(year) : null, mod, ref);
      return from && to && from < to ? `${from}/${to}` : null;
    },
  },
  { // غرة ذي الحجة; شوال الماضي; منتصف شهر شعبان; 15 شعبان; ذو القعدة 1436هـ: a Hijri month without a full date
    gate: HIJRI_GATE,
    re: new RegExp(`${B}(?:${WEEKDAY_BEFORE}(?<!(?:الاسبوع|الربع|النصف|الشطر|الجزء)\\s+)(غره|${DAY_ANY})${DAY_GAP}(?:من\\s+)?|(${PART})\\s+)?(شهر\\s+)?(${HIJRI_PATTERN})${HIJRI_TAIL}${E}`, 'gu'),
    resolve: (m, ref) => {
      const [, dayText, part, shahr, name, year, mod] = m;
      // After a preposition of time a name is the month («منذ شعبان»); «صفر» (zero) never is alone.
      const toldYear = !year && !mod && RELATIVE_YEAR_AFTER_HIJRI.test(m[0]);
      if (HIJRI_AMBIGUOUS.has(name) && !dayText && !part && !shahr && !year && !mod && !toldYear && (name === 'صفر' || !TIME_PREPOSITION_BEFORE.test(m.input.slice(0, m.index)))) return null;
      // «منتصف شعبان» is the month; «نهاية رجب» may be a man's end.
      if (part && !shahr && !year && !mod && HIJRI_AMBIGUOUS.has(name) && !/^(?:منتصف|اواسط|اوايل|اواخر|مطلع)$/.test(part)) return null;
      const day = dayText === 'غره' ? 1 : dayText ? dayNumber(dayText) : null;
      if (day !== null && !(day >= 1 && day <= 30)) return null;
      // «رمضان من العام الماضي», «رمضان هذا العام»: the month as it fell in that Gregorian year.
      if (toldYear && ref) {
        const target = ref.year + modSteps(/(?:العام|السنه)\s+(.+)$/.exec(m[0])?.[1]);
        const h = [0, 1].map((k) => hijriYearOf(Date.UTC(target, 0, 1)) + k).find((y) => hijriToGregorian(y, HIJRI.get(name)!, day ?? 1)?.startsWith(String(target)));
        return h === undefined ? null : hijriMonthValue(HIJRI.get(name)!, day, h, undefined, ref);
      }
      return hijriMonthValue(HIJRI.get(name)!, day, year ? Number(year) : null, mod, ref);
    },
  },
  { // العشر الأواخر من رمضان; الأيام العشرة الأخيرة من شهر رمضان; الأيام الخمسة الأولى من الشهر المقبل: the first or
    // last days of a month (Hijri, Gregorian, or told from the reference's), as a range
    gate: HIJRI_OR_MONTH_GATE,
    re: new RegExp(`${B}(?:(?:الايام|الليالي)\\s+ال(${COUNT_WORD})\\s+(الاولي|الاخيره)|(?:ال)?(عشره?)\\s+(الاواخر|الاوايل|الاول))\\s+من\\s+${MONTH_TARGET}${E}`, 'gu'),
    resolve: (m, ref) => {
      const [, countText, edge, ten, tenEdge] = m;
      const count = ten ? 10 : countOf(countText);
      const whole = monthTargetRange(m.slice(5), ref);
      if (!whole || !(count >= 1 && count <= 15)) return null;
      const [from, to] = whole;
      const day = 86400000;
      return /^(?:الاخيره|الاواخر)$/.test(edge ?? tenEdge) ? `${iso(new Date(Date.parse(to) - (count - 1) * day))}/${to}` : `${from}/${iso(new Date(Date.parse(from) + (count - 1) * day))}`;
    },
  },
  { // النصف الثاني من رمضان; النصف الأول من شهر مارس; النصف الأول من الشهر المقبل: a month's half, its first fifteen
    // days or the rest
    gate: PERIOD_PART_GATE,
    re: new RegExp(`${B}النصف\\s+(الاول|الثاني)\\s+من\\s+${MONTH_TARGET}${E}`, 'gu'),
    resolve: (m, ref) => {
      const whole = monthTargetRange(m.slice(2), ref);
      if (!whole) return null;
      const [from, to] = whole;
      const fifteenth = iso(new Date(Date.parse(from) + 14 * 86400000));
      return m[1] === 'الاول' ? `${from}/${fifteenth}` : `${iso(new Date(Date.parse(fifteenth) + 86400000))}/${to}`;
    },
  },
  { // الربع الأول من العام الجاري; النصف الثاني من 2014; الربع الأخير من العام الماضي: quarters and halves of a year;
    // «من العام» alone is the reference's («أرباح الربع الأول من العام»)
    gate: PERIOD_PART_GATE,
    re: new RegExp(`${B}(الربع|النصف)\\s+(الاول|الثاني|الثالث|الرابع|الاخير)\\s+(?:من\\s+)?(?:(?:(?:العام|عام|السنه|سنه|لعام)\\s+)?${YEAR}${AD}|(?:العام|السنه)\\s+(${MOD})|(?:هذا|هذه) (?:العام|السنه)|(?<=من\\s+)(?:العام|السنه)(?!\\s+(?:${MOD}|\\d|الذي|التي|نفسه|ذاته|الدراسيه?|الماليه?)))${E}`, 'gu'),
    resolve: (m, ref) => {
      const quarter = m[1] === 'الربع';
      const n = { 'الاول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الاخير': quarter ? 4 : 2 }[m[2]]!;
      if (!quarter && n > 2) return null;
      const year = m[3] ? Number(m[3]) : ref ? ref.year + modSteps(m[4]) : null;
      return year === null ? null : `${year}-${quarter ? 'Q' : 'H'}${n}`;
    },
  },
  { // الأشهر الستة الأولى من العام الجاري; الشهور التسعة الأولى من 2014; الأشهر الثلاثة الأخيرة من العام الماضي: the
    // first or last months of a year, as a range of months; «من العام» alone is the reference's, as for quarters
    gate: PERIOD_GATE,
    re: new RegExp(`${B}(?:الاشهر|الشهور)\\s+ال(${COUNT_WORD})\\s+(الاولي|الاخيره)\\s+من\\s+(?:(?:(?:العام|عام|السنه|سنه|لعام)\\s+)?${YEAR}${AD}|(?:العام|السنه)\\s+(${MOD})|(?:هذا|هذه) (?:العام|السنه)|(?:العام|السنه)(?!\\s+(?:${MOD}|\\d|الذي|التي|نفسه|ذاته|الدراسيه?|الماليه?)))${E}`, 'gu'),
    resolve: (m, ref) => {
      const count = countOf(m[1]);
      if (!(count >= 1 && count <= 11)) return null;
      const year = m[3] ? Number(m[3]) : ref ? ref.year + modSteps(m[4]) : null;
      if (year === null) return null;
      const month = (n: number) => `${year}-${String(n).padStart(2, '0')}`;
      return m[2] === 'الاولي' ? `${month(1)}/${month(count)}` : `${month(13 - count)}/${month(12)}`;
    },
  },
  { // سبتمبر- نوفمبر; (فبراير-مارس 1986); من يناير حتى مارس; بين يناير ويوليو: months from one to another
    gate: MONTH_GATE,
    re: new RegExp(`${B}(?:(من|بين)\\s+)?(?:شهري?\\s+)?${MONTHS}\\s*(-|–|الي|حتي|وحتي|لغايه|ولغايه|و)\\s*${MONTHS}(?![\\p{L}])(?:\\s+(${MOD})(?:ين)?)?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      const [, opener, first, firstPair, joint, last, lastPair, mod, year, bracketYear] = m;
      if (firstPair && monthOf(firstPair) !== monthOf(first)) return null;
      const from = monthOf(first), to = monthOf(last);
      // «و» joins a range only after «بين» («في يناير وأبريل» is two months); a month is no range of itself; the
      // end's other name names it («ديسمبر (كانون الأول)», not a third month: «يونيو - يوليو - أغسطس»).
      if (!from || !to || from === to || (joint === 'و' && opener !== 'بين') || (lastPair && monthOf(lastPair) !== to)) return null;
      const end = monthValue(last, year ?? bracketYear, mod, ref, null);
      if (!end) return null;
      const endYear = end.slice(0, 4);
      const startYear = endYear === 'XXXX' ? 'XXXX' : String(from < to ? Number(endYear) : Number(endYear) - 1);
      return `${startYear}-${pad(from)}/${end}`;
    },
    monthRange: true,
  },
  { // منتصف أيلول/سبتمبر; أواخر يونيو الماضي
    gate: MONTH_GATE,
    // «نص» (spoken «نصف») only before «شهر»: elsewhere it is a text («نص الاتفاق»).
    re: new RegExp(`${B}(?:${PART}\\s+(?:شهر\\s+)?|نص\\s+شهر\\s+)${MONTHS}(?:\\s+(${MOD}))?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => monthValue(m[1], m[4] ?? m[5], m[3], ref, null),
  },
  { // سبتمبر (أيلول) الماضي; فبراير (شباط)2022; يونيو 2024; شهر مارس; تموز/يوليو
    gate: MONTH_GATE,
    re: new RegExp(`${B}((?:ال)?شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      // After a preposition of time the word is the month: «في مارس», «منذ أيار» («practised» never follows); not «آب»,
      // folded as the Yemeni city «إب» and a split «أبو ظبي» are («في إب», «في أب و ظبي»).
      const ambiguous = AMBIGUOUS_MONTHS.has(m[2]) && !m[1] && !m[3] && !m[4] && !m[5] && !m[6] && !RELATIVE_YEAR_AFTER.test(m.input.slice(m.index + m[0].length))
        && (m[2] === 'اب' || !TIME_PREPOSITION_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index)));
      return ambiguous ? null : monthValue(m[2], m[5] ?? m[6], m[4], ref, null);
    },
  },
  { // صيف العام 2024; الصيف الماضي
    gate: SEASON_GATE,
    re: new RegExp(`${B}(ال)?(صيف|شتاء|ربيع|خريف)(?!\\s+(?:الاول|الثاني|الاخر|العربي))(?:\\s+(?:(?:العام|عام|سنه)\\s+)?(?:${YEAR}${AD}|(${MOD})|(هذا العام)))?${E}`, 'gu'),
    resolve: (m, ref) => {
      const season = SEASONS[m[2]];
      if (m[3]) return `${m[3]}-${season}`;
      if (!ref) return null;
      if (m[5]) return `${ref.year}-${season}`;
      if (!m[1] && !modKind(m[4])) return null; // «ربيع» alone is a word, not a season of a year
      // «ربيع العام المقبل» is next year's spring; «الربيع المقبل» the next spring.
      return /(?:العام|عام|سنه)\s+\S+$/.test(m[0]) ? `${ref.year + modSteps(m[4])}-${season}` : seasonValue(season, m[4], ref);
    },
  },
  { // العام 2024; عام 2022; سنة 2015
    gate: YEAR_GATE,
    re: new RegExp(`${B}(?:${PART}\\s+)?(?:(?:العام|عام|سنه|السنه|لعام)\\s+${YEAR}|(?<=${PART}\\s+)${YEAR})${AD}${E}`, 'gu'),
    resolve: (m) => m[1] ?? m[2],
  },
  { // من 4 إلى 22 من هذا الشهر; بين 4 و22 الشهر المقبل; من 4-23 في الشهر المقبل: days of a month told from the reference's
    gate: MONTH_WORD_GATE,
    re: new RegExp(`${B}(?:ما\\s+)?(من|بين)\\s+(${DAY_ANY})\\s*(?:و|-|–|الي|حتي|وحتي|لغايه|ولغايه)\\s*(${DAY_ANY})\\s+(?:(?:من|في)\\s+)?(?:الشهر\\s+(${MOD})|(?:هذا|هاد|هذي) الشهر|الشهر (?:هذا|الحالي))${E}`, 'gu'),
    resolve: (m, ref) => {
      const [a, b] = [dayNumber(m[2]), dayNumber(m[3])];
      if (!ref || !(a < b) || ORDINAL_DAYS.has(`${m[2]} و${m[3]}`)) return null;
      const first = monthStart(ref, modSteps(m[4]));
      const [from, to] = [dayValue(a, first.getUTCMonth() + 1, first.getUTCFullYear()), dayValue(b, first.getUTCMonth() + 1, first.getUTCFullYear())];
      return from && to ? `${from}/${to}` : null;
    },
  },
  { // الشهر الماضي; الشهر الجاري; مطلع الشهر المقبل; الثامن من الشهر الجاري
    gate: MONTH_WORD_GATE,
    re: new RegExp(`${B}(?:${DAY}\\s+(?:من\\s+)?|${PART}\\s+)?(?:الشهر\\s+(${MOD})|(?:هذا|هاد|هذي) الشهر|الشهر (?:هذا|الحالي))${E}|${B}(?:منتصف|اواسط|اوايل|اواخر|مطلع|بدايه|نهايه)\\s+الشهر${E}(?!\\s+(?:\\d|ال|${MONTH_PATTERN}|${HIJRI_PATTERN}))`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const first = monthStart(ref, modSteps(m[2]));
      return m[1] ? dayValue(dayNumber(m[1]), first.getUTCMonth() + 1, first.getUTCFullYear()) : monthFrom(ref, modSteps(m[2]));
    },
  },
  { // منذ ثلاثة أيام; قبل أسبوعين; بعد شهرين; قبل 5 سنوات; منذ عامين وثلاثة أشهر; بعد 2 عام و21 يوما من الآن
    // The word first, its boundary checked after it: a pattern that opens with a literal is scanned for fast, and
    // «منذ», «قبل», «بعد» open many windows (185 -> under 100 ms per 6,000 articles).
    // The further parts («وثلاثة أشهر») repeat SPAN_PART without its groups; resolve reads them again one by one.
    // Not followed by «من» (from an event told: «بعد ثلاثة أشهر من تعيينه») nor «أخرى» («أعيد تعيينه بعد ثمانية
    // أشهر أخرى»: more months after a past event).
    gate: SPAN_GATE,
    // Not «يوما بعد يوم», «عاما بعد عام» (day after day, year after year: no date).
    re: new RegExp(`(?<!(?:يوما|عاما|شهرا|اسبوعا|سنه|ساعه|ليله)\\s+)(منذ|قبل|بعد)(?<=(?:^|[^\\p{L}\\p{N}])(?:[وفبل]|وب|ول|فب)?(?:منذ|قبل|بعد))\\s+(?:(?:نحو|حوالي|قرابه|زهاء|ما يقارب|ما يزيد عن|اكثر من|اقل من)\\s+)?(?:${SPAN_PART})((?:\\s*(?:[,،]|و)\\s*${SPAN_PART.replace(/\((?!\?)/g, '(?:')}){0,2})(?:\\s+من\\s+الان${E})?(?!\\s*(?:(?:فقط|تقريبا|كاملين|كامله|كاملا|بالضبط)\\s+(?:من|علي(?!\\s+خلفيه))|\\d+|من|علي(?!\\s+خلفيه)|الي|واحد|ونصف|اخري|اخرين|اضافيه|${WEEKDAYS_DEF}|${HIJRI_PATTERN}|${MONTH_PATTERN})${E})`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      // The span's parts: «عامين», «وثلاثة أشهر», «و 21 يوما». The value is as fine as the finest unit: «قبل شهرين» is a
      // month («2016-09»), as TimeML writes «two years ago»; «منذ شهر و21 يوما» a day.
      const parts: Array<[string | undefined, string]> = [[m[2], m[3]]];
      for (const part of m[4].matchAll(new RegExp(SPAN_PART, 'gu'))) parts.push([part[1], part[2]]);
      const sign = m[1] === 'بعد' ? 1 : -1;
      let days = 0, months = 0;
      let finest: 'day' | 'month' | 'year' = 'year';
      for (const [countText, unitWord] of parts) {
        const [size, unit] = TIME_UNITS[unitWord];
        // «منذ أيام» is vague; «قبل يوم» and «قبل عشرين عام» are not.
        if (!countText && /^(ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين)$/.test(unitWord)) return null;
        const n = (countText ? countOf(countText) : 1) * size;
        if (!Number.isFinite(n)) return null;
        if (unit === 'day') { days += n; finest = 'day'; } else { months += unit === 'month' ? n : n * 12; if (unit === 'month' && finest === 'year') finest = 'month'; }
      }
      if (finest === 'year') return String(ref.year + sign * months / 12);
      if (finest === 'month') return monthFrom(ref, sign * months);
      const moved = monthStart(ref, sign * months);
      const lastDay = new Date(Date.UTC(moved.getUTCFullYear(), moved.getUTCMonth() + 1, 0)).getUTCDate();
      moved.setUTCDate(Math.min(ref.day, lastDay));
      return iso(new Date(moved.getTime() + sign * days * 86400000));
    },
  },
  { // خلال أسبوعين; في غضون ثلاثة أيام; خلال 48 ساعة: from the reference to the end of the span (a deadline).
    // It tells a deadline after a future verb or alone, a span of the past otherwise («قتل 28 خلال 24 ساعة»):
    // correctByContext keeps it only so. «خلال يومين من المفاوضات» is a duration, «خلال خمسة أيام عمل» a procedure's
    // time, «خلال شهر رمضان» the month.
    gate: WITHIN_GATE,
    re: new RegExp(`${B}(?:خلال|في\\s+غضون|غضون)\\s+(?:(\\d{1,3}|${COUNT_WORD})\\s+)?(${Object.keys(TIME_UNITS).sort((a, b) => b.length - a.length).join('|')}|ساعه|ساعات)${E}(?!\\s*(?:\\d+|من|علي|الي|واحد|ونصف|عمل|${WEEKDAYS_DEF}|${HIJRI_PATTERN}|${MONTH_PATTERN})${E})`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const plural = /^(ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين|ساعات)$/.test(m[2]);
      if (plural && !m[1]) return null; // «خلال أيام» is vague
      const n = m[1] ? countOf(m[1]) : 1;
      if (!Number.isFinite(n) || n < 1) return null;
      if (/^ساع/.test(m[2])) return n % 24 === 0 && n <= 240 ? `${iso(refDate(ref))}/${addDays(ref, n / 24)}` : null;
      const [size, unit] = TIME_UNITS[m[2]];
      const count = n * size;
      if (unit === 'day') return `${iso(refDate(ref))}/${addDays(ref, count)}`;
      const months = unit === 'month' ? count : count * 12;
      const end = monthStart(ref, months);
      const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
      end.setUTCDate(Math.min(ref.day, lastDay));
      return `${iso(refDate(ref))}/${iso(end)}`;
    },
  },
  { // العام الماضي; هذا العام; العام المقبل
    gate: YEAR_WORD_GATE,
    re: new RegExp(`${B}(?:${PART}\\s+)?(?:(?:العام|السنه)\\s+(${MOD})|(?:هذا|هاد|هذي|هاي) العام|(?:هذه|هذي|هاي) السنه)${E}|${B}(?:منتصف|اواسط|اوايل|اواخر|مطلع|بدايه|نهايه)\\s+العام${E}(?!\\s+(?:\\d|ال))`, 'gu'),
    resolve: (m, ref) => (ref ? String(ref.year + modSteps(m[1])) : null),
  },
  { // مساء أمس الأربعاء; اليوم الخميس; اليوم /الاثنين/; غدا الثلاثاء; أمس
    gate: RELATIVE_GATE,
    // «اليوم الذي بعد الغد», «اليوم القبل البارحة» (Levantine «اليوم الي قبل امبارح»): the day that is.
    re: new RegExp(`${B}(${TOD}\\s+)?(يوم\\s+)?(?:اليوم\\s+(?:(?:الذي|اللي|الي)\\s+|ال(?=قبل\\s)))?(${RELATIVE_PATTERN}|الغد|غد)(?:\\s*[/(]?\\s*(${WEEKDAYS_ANY})\\s*[/)]?)?${E}`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      // «غد» and «الغد» alone are «the future» («جيل الغد», «صحيفة الغد»); «يوم غد», «صباح الغد» are tomorrow.
      if ((m[3] === 'غد' || m[3] === 'الغد') && !m[1] && !m[2] && !m[4]) return null; // «من غد الاثنين» is tomorrow
      if (m[3] === 'اليوم' && m[2]) return null;
      if (m[3] === 'اليوم' && !m[1] && !m[4]) {
        // «اليوم» alone is today unless it is «the day» or part of a name.
        const before = m.input.slice(0, m.index), after = m.input.slice(m.index + m[0].length);
        if (NOT_TODAY_AFTER.test(after) || NOT_TODAY_BEFORE.test(before)) return null;
        // A name in quotes: the paper «اليوم», «الإمارات اليوم»; in brackets, the paper told («لـ (اليوم)») or
        // credited at a paragraph's end («( اليوم )»).
        if (/[«"“]\s*(?:ل\s*ـ?\s*)?(?:ال[^\s«»"“”]+\s+)?$/.test(before) && /^\s*[»"”]/.test(after)) return null;
        if ((/(?:^|[^\p{L}])ل\s*ـ?\s*\(\s*$/u.test(before) && /^\s*\)/.test(after)) || (/\(\s*$/.test(before) && /^\s*\)\s*(?:\n|$)/.test(after))) return null;
        if (PER_DAY_BEFORE.test(before)) return null; // «1.28 مليون برميل في اليوم»: per day
      }
      const day = addDays(ref, RELATIVE_DAY[m[3]]);
      // The weekday named wins over a reference the text's others do not correct (referenceTold): the same window.
      const named = m[4] ? weekdayNumber(m[4]) : undefined;
      return named === undefined ? day : addDays(ref, RELATIVE_DAY[m[3]] + toldShift(ref, RELATIVE_DAY[m[3]], named));
    },
  },
  { // الثلاثاء 10/12, الأربعاء 28/9: a day and month after a weekday, no year; Saudi pages write Hijri ones so
    // (month first or day first). The reading the weekday agrees with, nearest the reference.
    gate: WEEKDAY_GATE,
    re: new RegExp(`${B}(?:يوم\\s+)?(${WEEKDAYS_DEF})\\s*[،,]?\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/.])`, 'gu'),
    resolve: (m, ref) => weekdayAgreeingDate(weekdayNumber(m[1]), Number(m[2]), Number(m[3]), ref),
  },
  { // اليوم السابق، اليوم التالي: the day before or after the day told last (a mark, resolved in correctByContext).
    // Not the day before or after an event named after it: «اليوم السابق لاعتقالهم», «اليوم التالي للانتخابات».
    gate: DAY_TOLD_GATE,
    re: new RegExp(`${B}(?:ال)?يوم\\s+(السابق|التالي)${E}(?!\\s+(?:ل|علي\\s|من\\s))`, 'gu'),
    resolve: (m) => (m[1] === 'السابق' ? DAY_BEFORE_TOLD : DAY_AFTER_TOLD),
  },
  { // الليلة (tonight), هذه الليلة; الليلة الماضية (last night): not «that night» nor «the first night»
    gate: TONIGHT_GATE,
    re: new RegExp(`${B}(?:هذه\\s+)?الليله(?:\\s+(الماضيه|المنصرمه|الفايته))?${E}`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const before = m.input.slice(0, m.index), after = m.input.slice(m.index + m[0].length);
      if (!m[1] && (NOT_TODAY_AFTER.test(after) || /(?:تلك|ذات|نفس|مثل)\s*$/.test(before))) return null;
      return addDays(ref, m[1] ? -1 : 0);
    },
  },
  { // هذا الصباح, هذا المساء: today
    gate: THIS_MORNING_GATE,
    re: new RegExp(`${B}هذا (?:الصباح|المساء)${E}`, 'gu'),
    resolve: (_m, ref) => (ref ? addDays(ref, 0) : null),
  },
  { // الأسبوع الأول من عام 2015; الأسبوع الأخير من العام الماضي; ثالث أسبوع من هذا العام: the n-th ISO week of a year
    // (its first holds the year's first Thursday: «الأسبوع الأول من عام 2015» begins on 29 December 2014)
    gate: WEEK_GATE,
    re: new RegExp(`${B}(?:(${Object.keys(NTH_BEFORE).join('|')})\\s+اسبوع|الاسبوع\\s+(${ORDINAL_PATTERN}|الاخير))\\s+(?:(?:من|في)\\s+)?(?:(?:عام|العام|سنه|لعام)\\s+${YEAR}|(?:العام|السنه)\\s+(${MOD})|(?:هذا|هذه) (?:العام|السنه))${AD}${E}`, 'gu'),
    resolve: (m, ref) => {
      const n = m[1] ? NTH_BEFORE[m[1]] : m[2] === 'الاخير' ? -1 : dayNumber(m[2]);
      const year = m[3] ? Number(m[3]) : ref ? ref.year + modSteps(m[4]) : null;
      if (year === null || !(n === -1 || (n >= 1 && n <= 52))) return null;
      const mondayOnOrBefore = (t: number) => t - ((new Date(t).getUTCDay() + 6) % 7) * 86400000;
      const monday = n === -1 ? mondayOnOrBefore(Date.UTC(year, 11, 28)) : mondayOnOrBefore(Date.UTC(year, 0, 4)) + (n - 1) * 7 * 86400000;
      return `${iso(new Date(monday))}/${iso(new Date(monday + 6 * 86400000))}`;
    },
  },
  ...[WEEK_GATE, MONTH_WORD_GATE, YEAR_WORD_GATE].map(restOfPeriod),
  { // الـ3 أيام الماضية; خلال 5 سنوات المقبلة: a count before the period's unit, as speech writes it; not «الستة أشهر
    // الأخيرة من عقده», the last months of something else
    gate: PERIOD_GATE,
    re: new RegExp(`${B}(?:ال\\s?)?(\\d{1,3}|${COUNT_WORD})\\s+(ايام|اسابيع|اشهر|شهور|سنوات|اعوام)\\s+(الماضيه|الاخيره|المنصرمه|السابقه|الفايته|المقبله|القادمه)${E}(?!\\s+من\\s)`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const unit = ({ 'ايام': 'day', 'اسابيع': 'week', 'اشهر': 'month', 'شهور': 'month', 'سنوات': 'year', 'اعوام': 'year' } as const)[m[2] as 'ايام'];
      return periodValue(unit, countOf(m[1]), /^(?:المقبل|القادم)/.test(m[3]), ref);
    },
  },
  { // الأسبوع الماضي; هذا الأسبوع; مطلع الأسبوع المقبل: Monday to Sunday (ISO weeks)
    gate: WEEK_GATE,
    re: new RegExp(`${B}(?:${PART}\\s+)?(?:الاسبوع\\s+(${MOD})|(?:هذا|هاد) الاسبوع)${E}`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const monday = -((refDate(ref).getUTCDay() + 6) % 7) + 7 * modSteps(m[1]);
      return `${addDays(ref, monday)}/${addDays(ref, monday + 6)}`;
    },
  },
  { // خلال الأيام الثلاثة الماضية; الأسابيع الثلاثة القادمة; الشهرين المقبلين; السنوات الخمس الأخيرة (not «... الأخيرة
    // من رمضان»: the last days of a month, a rule of its own)
    gate: PERIOD_GATE,
    re: new RegExp(`${B}(?:(الايام|الاسابيع|الاشهر|الشهور|السنوات|الاعوام)\\s+ال(${COUNT_WORD})\\s+(الماضيه|الاخيره|المنصرمه|السابقه|الفايته|المقبله|القادمه|التاليه)|(اليومين|الاسبوعين|الشهرين|العامين|السنتين)\\s+(الماضيين|الاخيرين|المنصرمين|السابقين|الفايتين|المقبلين|القادمين|التاليين))${E}(?!\\s+من\\s+(?:شهر\\s|الشهر|العام|السنه|عام|${MONTH_PATTERN}|${HIJRI_PATTERN}))`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const unitWord = m[1] ?? m[4];
      // «خلال اليومين التاليين» are the days after an event told, not after the reference.
      if (/^التالي/.test(m[3] ?? m[5])) return null;
      const ahead = /^(?:المقبل|القادم)/.test(m[3] ?? m[5]);
      return periodValue(PERIOD_UNITS[unitWord], m[1] ? countOf(m[2]) : 2, ahead, ref);
    },
  },
  { // عيد الفطر 2024; عيد الأضحى الماضي; رأس السنة الهجرية; شهر رمضان المقبل; رمضان 1445; عيد الميلاد المجيد; عيد
    // الفصح (Western Easter; «عيد الفصح اليهودي» is Passover, and the Orthodox one is named so: neither is read); the
    // n-th day of a feast: «ثاني أيام عيد الفطر», «ثالث أيام عيد الأضحى المبارك»
    gate: FEAST_GATE,
    re: new RegExp(`${B}(?:(${Object.keys(INDEFINITE_ORDINAL_DAYS).join('|')})\\s+ايام\\s+)?(?:يوم\\s+(?!عرفه))?(${FEAST_NAMES}|عيد الفصح(?!\\s+(?:اليهودي|الارثوذكسي|لدي|عند|الشرقي)))(?:\\s+(?:السعيد|المبارك|المجيد|الكريم|الشريف))?(?:\\s+(?:(?:لعام|عام|العام|لسنه|سنه)\\s+)?(?:${YEAR}|(1[34]\\d\\d)(?:\\s*(?:ه|هجري|للهجره))?|(${MOD})))?${E}`, 'gu'),
    resolve: (m, ref) => {
      const [, nth, name, year, hijriYear, mod] = m;
      // «رمضان» alone is a man's name too; after a preposition of time («في رمضان», «منذ رمضان») it is the month.
      if (name === 'رمضان' && !nth && !year && !hijriYear && !mod && TIME_PREPOSITION_BEFORE.test(m.input.slice(0, m.index))) return feastValue('شهر رمضان', null, null, undefined, ref);
      const value = feastValue(name, year ? Number(year) : null, hijriYear ? Number(hijriYear) : null, mod, ref);
      if (!nth) return value;
      // From the feast's day, or a month's first («أول أيام شهر رمضان»).
      const first = value?.split('/')[0];
      return first && /^\d{4}-\d\d-\d\d$/.test(first) ? iso(new Date(Date.parse(first) + (INDEFINITE_ORDINAL_DAYS[nth] - 1) * 86400000)) : null;
    },
  },
  { // التسعينيات (من القرن الماضي); الثمانينات; القرن الماضي; القرن التاسع عشر; العقد الماضي
    gate: DECADE_GATE,
    re: new RegExp(`${B}(?:(?:ال)?(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)ي?ات(?:\\s+(?:من\\s+)?القرن\\s+(الماضي|المنصرم|العشرين|التاسع عشر))?|القرن\\s+(الماضي|المنصرم|الحالي|الجاري|العشرين|الحادي والعشرين|التاسع عشر)|العقد\\s+(${MOD}))${E}`, 'gu'),
    resolve: (m, ref) => {
      // «في العشرينات من العمر» is an age, not the 1920s.
      if (m[1] && !m[2] && AGE_AFTER.test(m.input.slice(m.index + m[0].length))) return null;
      if (m[0].includes('العقد')) {
        // «العقد الماضي»: the decade before the reference's (2000s said in 2013); not a bare «العقد» nor «هذا
        // العقد» (a contract, mostly) nor the contract words «السابق»، «الحالي».
        if (!ref || /السابق|الحالي|الجاري|التالي/.test(m[4] ?? '')) return null; // «العقد السابق» is the old contract
        const start = Math.floor(ref.year / 10) * 10 + 10 * modSteps(m[4]);
        return `${start}/${start + 9}`;
      }
      const centuryStart = (name: string | undefined): number | null => {
        if (name === 'التاسع عشر') return 1800;
        if (name === 'العشرين') return 1900;
        if (name === 'الحادي والعشرين') return 2000;
        if (!ref) return null;
        const current = Math.floor(ref.year / 100) * 100;
        return name === 'الماضي' || name === 'المنصرم' ? current - 100 : current;
      };
      if (m[1]) {
        const tens = ['عشرين', 'ثلاثين', 'اربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'].indexOf(m[1]) + 2;
        // Without a century the decade is the last one of that name before the reference (or the 1900s).
        const century = m[2] ? centuryStart(m[2]) : ref && Math.floor(ref.year / 100) * 100 + tens * 10 + 9 < ref.year ? Math.floor(ref.year / 100) * 100 : 1900;
        return century === null ? null : `${century + tens * 10}/${century + tens * 10 + 9}`;
      }
      const start = centuryStart(m[3]);
      return start === null ? null : `${start}/${start + 99}`;
    },
  },
  { // 2/2013, 3-2015, 2015/3 (a month of a year), not a law's number («القانون رقم 5/2013», «قرار رقم 2015/3»)
    gate: NUMERIC_GATE,
    re: new RegExp(`${B}(?<!(?:رقم|القانون|قانون|القرار|قرار|المرسوم|مرسوم)\\s+)(?:(\\d{1,2})\\s*[-/]\\s*${YEAR}|${YEAR}\\s*/\\s*(\\d{1,2}))${AD}${E}(?![-/.]\\d)`, 'gu'),
    resolve: (m) => {
      const month = Number(m[1] ?? m[4]);
      return month >= 1 && month <= 12 ? `${m[2] ?? m[3]}-${pad(month)}` : null;
    },
  },
  { // الأحد من الأسبوع الماضي; ثلاثاء الأسبوع المقبل; الاثنين من هذا الأسبوع; الأسبوع المقبل يوم الجمعة
    gate: WEEK_GATE,
    re: new RegExp(`${B}(?:(?:يوم\\s+)?(${WEEKDAYS_ANY})\\s+(?:من\\s+)?(?:الاسبوع\\s+(${MOD})|(?:هذا|هاد) الاسبوع)|(?:الاسبوع\\s+(${MOD})|(?:هذا|هاد) الاسبوع)\\s+(?:يوم\\s+)?(${WEEKDAYS_DEF}))${E}`, 'gu'),
    resolve: (m, ref) => {
      const wd = weekdayNumber(m[1] ?? m[4]);
      if (!ref || wd === undefined) return null;
      const monday = -((refDate(ref).getUTCDay() + 6) % 7) + 7 * modSteps(m[2] ?? m[3]);
      return addDays(ref, monday + ((wd + 6) % 7));
    },
  },
  { // في 22/4, في 4/22, في 22-4: a day and month in digits after «في», without a year. Day first, as Arabic writes it,
    // unless only the other order makes a date (English copy: «4/22»). Not a dot («في 2.3 ثانية», «في 20.4 مليار»),
    // nor a count of something («في 20-30 دقيقة»); without «في», digits with a slash are as often a score, a law's
    // number or a fraction («(3/2) بنهائي», «رقم 5/8», «حصل على 5/8 درجات»).
    gate: NUMERIC_GATE,
    re: new RegExp(`(?<=(?:^|[^\\p{L}])[وف]?في\\s+)(\\d{1,2})\\s*[-/]\\s*(\\d{1,2})${E}(?!\\s*(?:[-/.\\d%]|\\S*(?:دقيق|ثاني|ساع|يوم|ايام|اسبوع|اسابيع|شهر|اشهر|سن|عام|اعوام|مليار|مليون|الف|دولار|ريال|درهم|جنيه|يورو|نقط|هدف|اهداف|مقابل|النهايي|الميه|المايه|${MONTH_PATTERN}|${HIJRI_PATTERN})))`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      return dayAndMonthNear(Number(m[1]), Number(m[2]), ref);
    },
  },
  { // سأعود في 15; عدت إلى 27; عدت للثاني والعشرين; سوف أعود 4/22: a speaker's own return, then a bare day of the
    // month (the reference's) or a day and month in digits, where the clause ends. Only after a first-person verb of
    // return: after others a bare number counts («ارتفع عدد القتلى إلى 27.», «بنسبة 4.22»).
    gate: FIRST_PERSON_MOVE_GATE,
    re: new RegExp(`(?<=(?:^|[^\\p{L}])[وف]?(?:لقد\\s+|قد\\s+)?${FIRST_PERSON_MOVE}\\s+(?:\\|\\s*)?(?:(?:في|الي|بتاريخ)\\s+)?)(?:(?:يوم\\s+)?(\\d{1,2})(?:\\s*([-/.])\\s*(\\d{1,2}))?|(?:يوم\\s+)?(${ORDINAL_PATTERN})|لل(${ORDINAL_PATTERN.replace(/(^|\|)ال/g, '$1')}))(?=\\s*(?:$|[!؟?,،\\n]|\\.(?!\\d)))`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      if (!m[2]) {
        const day = m[1] ? Number(m[1]) : dayNumber(m[4] ?? `ال${m[5]}`);
        return dayValue(day, ref.month, ref.year);
      }
      return dayAndMonthNear(Number(m[1]), Number(m[3]), ref);
    },
  },
  { // يوم 5/8, بتاريخ 5/8: a day and month in digits after «يوم» (day first, as Arabic writes it), the nearest year
    gate: NUMERIC_GATE,
    re: new RegExp(`${B}(?:يوم|بتاريخ)\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/.-])`, 'gu'),
    resolve: (m, ref) => {
      const day = Number(m[1]), month = Number(m[2]);
      if (!ref || month < 1 || month > 12) return null;
      return dayValue(day, month, yearFor(month, day, undefined, ref));
    },
  },
  { // يوم السبت 21/09: a day and month in digits, the weekday saying which year
    gate: NUMERIC_GATE,
    re: new RegExp(`${B}${weekdayBefore(true)}(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/.-])`, 'gu'),
    resolve: (m, ref) => {
      const day = Number(m[2]), month = Number(m[3]);
      if (!ref || month < 1 || month > 12) return null;
      const year = yearOfWeekday(day, month, m[1], ref);
      return year === null ? null : dayValue(day, month, year);
    },
  },
  { // السبت السادس عشر; يوم الجمعة 15; يوم الأحد الموافق الحادي والعشرين من الشهر الجاري: a weekday and a day of the month,
    // the month unsaid (the reference's, or the one beside it where that day is that weekday)
    gate: WEEKDAY_GATE,
    re: new RegExp(`${B}${weekdayBefore(true)}(${ORDINAL_PATTERN}|${CARDINAL_PATTERN}|\\d{1,2})(\\s+من\\s+(?:هذا\\s+الشهر|الشهر\\s+(?:الجاري|الحالي)))?${E}(?!\\s+(?:من\\s+)?(?:شهر\\s+)?(?:${MONTH_PATTERN}|${HIJRI_PATTERN}))`, 'gu'),
    resolve: (m, ref) => {
      // Digits only where the clause ends there or a range goes on («من الجمعة 11 حتى الثلاثاء 15»): «الخميس 3 قتلى»
      // counts the dead.
      // Spoken cardinals likewise («الجمعة في خمسة عشر»; «الجمعة خمسة قتلى»).
      if ((/\d/.test(m[2]) || CARDINAL_DAYS.has(m[2])) && !m[3] && !/^\s*(?:$|[.,،؛!؟)»"]|(?:الي|حتي|وحتي|و)\s)/.test(m.input.slice(m.index + m[0].length))) return null;
      if (!ref) return null;
      // The day of the month where a near month has it on that weekday («يوم الأربعاء الخامس من نفس الشهر» is
      // Wednesday 5 August in SaudiNewsNet); else an ordinal up to the fifth counts the weekdays of the reference's
      // month («سأعود يوم الأحد الثاني» said on 27 September 2017, no Sunday the 2nd near, is the 10th, as
      // Recognizers-Text's Arabic suite reads it).
      const near = dayOfWeekdayNear(dayNumber(m[2]), m[1], ref, m[3] ? [0] : [-1, 0, 1]);
      const weekday = weekdayNumber(m[1]), nth = NTH_AFTER[m[2]];
      if (near || weekday === undefined || !(nth > 0)) return near;
      return nthWeekdayOfMonth(ref.year, ref.month, weekday, nth);
    },
  },
  { // الأحد والاثنين الماضيين; يومي الخميس والجمعة المقبلين: two weekdays and one modifier for both (a range)
    gate: WEEKDAY_GATE,
    re: new RegExp(`${B}(?:يومي\\s+)?(${WEEKDAYS_DEF})\\s+و(${WEEKDAYS_DEF})\\s+(?:(الماضيين|المنصرمين|السابقين)|(المقبلين|القادمين))${E}`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      // The day nearer the reference is placed by the modifier; the other is the nearest such weekday beyond it.
      const [near, far, step] = m[3] ? [m[2], m[1], -1] : [m[1], m[2], 1];
      const anchor = weekdayValue(near, m[3] ? 'الماضي' : 'المقبل', ref), farDay = weekdayNumber(far);
      if (!anchor || farDay === undefined) return null;
      let t = Date.parse(anchor);
      do t += step * 86400000; while (new Date(t).getUTCDay() !== farDay);
      const other = iso(new Date(t));
      return step > 0 ? `${anchor}/${other}` : `${other}/${anchor}`;
    },
  },
  { // الخميس; يوم الجمعة الماضي; الثلاثاء المقبل; صباح الأحد
    gate: WEEKDAY_GATE,
    re: new RegExp(`${B}(${TOD}\\s+)?(?:يوم\\s+)?(${WEEKDAYS_DEF})(?:\\s+(${MOD}))?${E}`, 'gu'),
    resolve: (m, ref) => {
      // «الاثنين» alone is also «the two» («بين الاثنين», «الاثنين في المائة», «الاثنين معا»).
      const after = m.input.slice(m.index + m[0].length);
      if (m[0] === 'الاثنين' && !WEEKDAY_NEXT.test(after) && (THE_TWO_BEFORE.test(m.input.slice(0, m.index)) || THE_TWO_AFTER.test(after))) return null;
      // «خطيب الجمعة», «إمام جمعة طهران», «أئمة الجمعة»: a role, no day.
      if (!m[1] && !m[3] && FRIDAY_ROLE_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      return ref ? weekdayValue(m[2], m[3], ref) : null;
    },
  },
  { // 2023-10-20, 15/01/2024; 08/12, 2015 (English copy: the month first, a comma before the year); 18-9-15 (a year of
    // two digits, day first). One rule: each rule's pattern over the windows of digits costs as much again.
    gate: NUMERIC_GATE,
    re: new RegExp(`${B}${WEEKDAY_BEFORE}(?:${YEAR}\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})|(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\6\\s*${YEAR}|(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*,\\s*(?:${YEAR}|(\\d\\d))|(\\d{1,2})\\s*([-/])\\s*(\\d{1,2})\\s*\\14\\s*(\\d\\d))${AD}${E}`, 'gu'),
    resolve: (m, ref) => {
      if (m[1]) return dayValue(Number(m[4]), Number(m[3]), Number(m[1]));
      if (m[8]) return dayValue(Number(m[5]), Number(m[7]), Number(m[8]));
      // Two digits of a year: this century's unless that is more than ten years past the reference («99» is 1999).
      const fullYear = (yy: string) => { const y = 2000 + Number(yy); return ref && y > ref.year + 10 ? y - 100 : y; };
      if (m[9]) return dayValue(Number(m[10]), Number(m[9]), m[11] ? Number(m[11]) : fullYear(m[12]));
      // Day first as Arabic writes it, unless the year first (as ISO writes it) is a date nearer the reference:
      // «سوف أعود 16/04/21» said in November 2016 is 21 April 2016, not 16 April 2021 («18-9-15» stays 18 September).
      const dayFirst = dayValue(Number(m[13]), Number(m[15]), fullYear(m[16]));
      const yearFirst = m[16].length === 2 && m[13].length === 2 ? dayValue(Number(m[16]), Number(m[15]), fullYear(m[13])) : null;
      if (!ref || !yearFirst || !dayFirst) return dayFirst ?? null;
      const away = (iso: string) => Math.abs(Date.parse(iso) - refDate(ref).getTime());
      return away(yearFirst) < away(dayFirst) ? yearFirst : dayFirst;
    },
  },
  { // 1 / 10 / 1436 هـ, 1436/10/5هـ: numeric Hijri dates (a year of 13xx or 14xx is Hijri in news)
    gate: HIJRI_YEAR_GATE,
    re: new RegExp(`${B}${WEEKDAY_BEFORE}(?:(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*${HIJRI_YEAR}|${HIJRI_YEAR}\\s*([-/.])\\s*(\\d{1,2})\\s*\\6\\s*(\\d{1,2}))(?:${AH})?${E}`, 'gu'),
    resolve: (m) => (m[4] ? hijriToGregorian(Number(m[4]), Number(m[3]), Number(m[1])) : hijriToGregorian(Number(m[5]), Number(m[7]), Number(m[8]))),
  },
  { // عام 1436هـ; العام الهجري 1437: the Gregorian days of a Hijri year (not Iran's solar year, «1388 هجري شمسي»)
    gate: HIJRI_YEAR_GATE,
    re: new RegExp(`${B}(?:(?:(?:العام|عام|سنه|السنه|لعام)\\s+)?${HIJRI_YEAR}${AH}|(?:العام|السنه) الهجريه?\\s+${HIJRI_YEAR}(?:${AH})?)${E}(?!\\s*شمسي)`, 'gu'),
    resolve: (m) => {
      const year = Number(m[1] ?? m[2]);
      const first = hijriToGregorian(year, 1, 1), next = hijriToGregorian(year + 1, 1, 1);
      return first && next ? `${first}/${iso(new Date(Date.parse(next) - 86400000))}` : null;
    },
  },
  { // خلال عامي 2013 و2014; بين عامي 2010 و2012; من 2010 إلى 2012; خطة 2014-2018: a range of years
    gate: YEAR_GATE,
    re: new RegExp(`${B}(?:بين\\s+)?(?:(?:عامي|سنتي|العامين)\\s+${YEAR}\\s*(?:و|-|–)\\s*${YEAR}|(?:من|بين)\\s+(?:(?:عام|العام|سنه)\\s+)?${YEAR}\\s*(?:الي|حتي|و|-|–)\\s*(?:(?:عام|العام|سنه)\\s+)?${YEAR}|(?<![\\d/.-])${YEAR}\\s*[-–/]\\s*${YEAR}(?![\\d/-]|\\.\\d))${AD}${E}`, 'gu'),
    resolve: (m) => {
      const [a, b] = m[1] ? [m[1], m[2]] : m[3] ? [m[3], m[4]] : [m[5], m[6]];
      // Bare («خطة 2014-2018», «موسم 2014/2015»): a span of a few decades at most.
      if (m[5] && Number(b) - Number(a) > 30) return null;
      return Number(a) < Number(b) ? `${a}/${b}` : null;
    },
  },
  { // في 2024; منذ 2015 (a year after a preposition)
    gate: YEAR_GATE,
    re: new RegExp(`(?<=${B}(?:في|منذ|حتي|خلال|بحلول|قبل|بعد)\\s+)${YEAR}${AD}${E}(?!\\s*(?:[%٪]|جندي|شخص|مليون|الف|دولار|كيلو|متر))`, 'gu'),
    resolve: (m) => m[1],
  },
];

/** How far from the reference a weekday's day and month may be read (days): about half a year either side. */
const WEEKDAY_READING_MAX_DAYS = 200;
/** The day a weekday and two numbers name (day/month or month/day, Gregorian or Hijri Umm al-Qura, within a year of
 * the reference): the reading whose weekday is the one named, nearest the reference; none where no reading agrees. */
function weekdayAgreeingDate(weekday: number | undefined, a: number, b: number, ref: Reference): string | null {
  if (!ref || weekday === undefined) return null;
  const at = refDate(ref).getTime();
  const hijriYear = hijriYearOf(at);
  const readings: string[] = [];
  for (const [day, month] of [[a, b], [b, a]]) {
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    for (let y = ref.year - 1; y <= ref.year + 1; y++) {
      const d = new Date(Date.UTC(y, month - 1, day));
      if (d.getUTCMonth() === month - 1) readings.push(iso(d));
    }
    if (day <= 30) for (let y = hijriYear - 1; y <= hijriYear + 1; y++) { const g = hijriToGregorian(y, month, day); if (g) readings.push(g); }
  }
  let best: string | null = null, bestDistance = WEEKDAY_READING_MAX_DAYS * 86_400_000 + 1;
  for (const value of readings) {
    const t = Date.parse(`${value}T00:00:00Z`);
    if (new Date(t).getUTCDay() === weekday && Math.abs(t - at) < bestDistance) { best = value; bestDistance = Math.abs(t - at); }
  }
  return best;
}
/** A reference date from an ISO string (date or date-time), or null. */
export function parseReference(value: string | null | undefined): Reference {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Whether an expression (folded) names a Gregorian month whose year was not written but guessed from the
 * reference: what the words around it may correct. Not a weekday's date (the n-th weekday of another year is another
 * day), nor a Hijri month (another year of it is another Gregorian month). */
const yearGuessed = (folded: string) => !/\d{4}/.test(folded) && MONTH_NAME.test(folded) && !WEEKDAY_NAME.test(folded);

/** Beginnings of words that look like a future verb and are not («سيطروا» seized, «سنوات», «سيارة», «ستيوارت»,
 * «سيتي»). */
const NOT_FUTURE_VERB = /^(?:سيطر|سير|سيد|سيار|سياس|سياح|سياد|سيول|سينا|سينم|سيف|سيري|سيسي|سيتي|سيلف|سيمون|سنو|سنت|سند|سنه|سنين|سنغ|ستين|ستون|سته|ستو|ستي|ستار|ستاد|ستر|ستاند|ستاي|ستاث|ستاف)/;
/** Whether the last words of a clause hold a future verb («سيصل», «ستقام», «سوف») or it says «من المقرر», «من المتوقع»;
 * with `orToBeDone`, also «على أن يعود». */
function saysFuture(clause: string, orToBeDone = false): boolean {
  if (/(?:^|\s)[وف]?(?:من المقرر|من المزمع|من المنتظر|من المتوقع)(?:\s|$)/.test(clause)) return true;
  // «على أن يعود الفريق لتمارينه يوم الاثنين»: what is to be done, for a weekday (a story of the past says it too:
  // «على أن يعود في اليوم التالي» of 1988 is no day after the reference).
  if (orToBeDone && /(?:^|\s)علي ان [يتن]\p{L}{2,}/u.test(clause)) return true;
  // A match announced in the present, for a weekday: «يخوض الاتفاق يوم (الاثنين) مباراته», «يلتقي الهلال الخميس».
  if (orToBeDone && /(?:^|\s)[وف]?(?:يخوض|تخوض|يلتقي|تلتقي|يواجه|تواجه|يستضيف|تستضيف|يلاقي|تلاقي)(?:\s|$)/.test(clause)) return true;
  const words = clause.trim().split(/\s+/).slice(-4);
  return words.some((w) => { const v = w.replace(/^[وف]/, ''); return v === 'سوف' || (/^س[يتن]\p{L}{2,}$/u.test(v) && !NOT_FUTURE_VERB.test(v)); });
}
/** Years spelled out, folded: «ألفين», «ألفان وثمانية عشر», «ألف وتسعمائة وثمانية وسبعون». Hand-written: no library
 * reads Arabic number words. */
const SPELLED_UNITS: Record<string, number> = { 'واحد': 1, 'اثنين': 2, 'اثنان': 2, 'ثلاثه': 3, 'ثلاث': 3, 'اربعه': 4, 'اربع': 4, 'خمسه': 5, 'خمس': 5, 'سته': 6, 'ست': 6, 'سبعه': 7, 'سبع': 7, 'ثمانيه': 8, 'ثماني': 8, 'ثمان': 8, 'تسعه': 9, 'تسع': 9 };
const SPELLED_TENS: Record<string, number> = Object.fromEntries(Object.entries(TENS).filter(([, v]) => v < 100));
const HUNDRED = '(?:مايه|مئه|مائه|ميه)';
const SPELLED_YEAR = new RegExp(`(?<![\\p{L}])(الفين|الفان|الف)(?:\\s+و\\s?(?:(مايتان|مايتين|مئتان|مئتين)|((?:ثلاث|اربع|خمس|ست|سبع|ثمان|ثماني|تسع)?)\\s?${HUNDRED}))?(?:\\s+و\\s?(?:(${alternation(Object.keys(SPELLED_UNITS))})(?:\\s+و\\s?(${alternation(Object.keys(SPELLED_TENS))})|\\s+(عشره?))?|(احد|اثنا|اثني)\\s+عشره?|(${alternation(Object.keys(SPELLED_TENS))})|(عشره)))?(?![\\p{L}])`, 'gu');
/** Before a spelled year: a month's name, a day or «عام» in the same clause, or just before a comma (elsewhere «ألفين»
 * counts things). */
const SPELLED_YEAR_CONTEXT = new RegExp(`(?:${MONTH_PATTERN}|\\d|عام|العام|سنه|عشرين|عشرون|عشر|عشره)[^.،,؛\\n]{0,40}[\\s,،]*$`);
/** After a spelled year: the clause ends or goes on; a noun right after it is what it counts («ألفين ريال»). */
const SPELLED_YEAR_AFTER = /^(?:\s*$|\s*[.,،؛:!؟)»"-]|\s+(?:م|ميلاديه?|للميلاد|في|عندما|حين|حيث|بعد|قبل|ثم|كما|حتي|الي|و\S*)(?![\p{L}]))/u;
/** Whether the text holds «ألف», «ألفين» or «ألفان» as a word (most texts hold «الف…» only inside «الفريق», «الفترة»). */
function hasThousandWord(folded: string): boolean {
  for (let k = folded.indexOf('الف'); k >= 0; k = folded.indexOf('الف', k + 3)) {
    if (k > 0 && /\p{L}/u.test(folded[k - 1])) continue;
    const rest = folded.slice(k + 3, k + 6);
    if (/^(?:ين|ان)?(?!\p{L})/u.test(rest)) return true;
  }
  return false;
}
/** The folded text with each year spelled out in a date written in digits in its place, as long (the digits at its
 * end, spaces before them), so that offsets hold and the year rules read it. */
/** «ل» before a unit's «ال» is written «لل» («للعام الماضي», «وللشهر المقبل»): the folded text reads it «ال» (the
 * preposition's letter written as the article's alif, same length), so that the rules of «العام الماضي» read it; the
 * span then begins at the preposition. Units only: «لليوم الثاني على التوالي» is no day. */
const LAM_BEFORE_UNIT = /(?<![\p{L}\p{N}])([وف]?)لل(?=(?:عام|سنه|شهر|اسبوع)(?![\p{L}\p{N}]))/gu;
function withArticleAfterLam(folded: string): string {
  return folded.includes('لل') ? folded.replace(LAM_BEFORE_UNIT, '$1ال') : folded;
}
function withSpelledYears(folded: string): string {
  if (!hasThousandWord(folded)) return folded;
  return folded.replace(SPELLED_YEAR, (phrase, thousands: string, twoHundred?: string, hundredsUnit?: string, unit?: string, unitTens?: string, teen?: string, elevenTwelve?: string, tens?: string, ten?: string, at?: number) => {
    const hundreds = twoHundred ? 200 : hundredsUnit === undefined ? 0 : hundredsUnit ? SPELLED_UNITS[hundredsUnit] * 100 : 100;
    const below = unit ? SPELLED_UNITS[unit] + (unitTens ? SPELLED_TENS[unitTens] : teen ? 10 : 0) : elevenTwelve ? (elevenTwelve === 'احد' ? 11 : 12) : tens ? SPELLED_TENS[tens] : ten ? 10 : 0;
    const year = (thousands === 'الف' ? 1000 : 2000) + hundreds + below;
    if (year < 1900 || year > 2099 || !SPELLED_YEAR_CONTEXT.test(folded.slice(Math.max(0, (at ?? 0) - 60), at))) return phrase;
    if (!SPELLED_YEAR_AFTER.test(folded.slice((at ?? 0) + phrase.length, (at ?? 0) + phrase.length + 12))) return phrase;
    return `${' '.repeat(phrase.length - 4)}${year}`;
  });
}
/** The folded text with the future of the first person («سأعود», folded «ساعود») written as the first person plural's
 * («سنعود»), which saysFuture reads: folding drops the hamza that tells it from «سابق», «ساعة», «سامي». Same length. */
function withFirstPersonFuture(text: string, folded: string, offsets: number[]): string {
  if (!text.includes('سأ')) return folded;
  let out = folded;
  for (let k = folded.indexOf('سا'); k >= 0; k = folded.indexOf('سا', k + 1)) {
    if (text[offsets[k + 1]] === 'أ' && (k === 0 || /[\sوف]/.test(folded[k - 1]))) out = `${out.slice(0, k + 1)}ن${out.slice(k + 2)}`;
  }
  return out;
}
/** The text of a clause before an offset (after its last stop or comma), up to 60 characters. */
const clauseBefore = (folded: string, at: number) => { const before = folded.slice(Math.max(0, at - 60), at); return before.slice(Math.max(...['.', '،', ',', '؛', ':', '!', '؟', '\n', '"', '«', '»'].map((c) => before.lastIndexOf(c))) + 1); };
/** Whether an expression is the whole text (asked by itself, as `marsad dates` is), a final stop aside. */
const isAlone = (folded: string, k: { start: number; end: number }) => folded.slice(0, k.start).trim() === '' && /^[\s.!؟?]*$/.test(folded.slice(k.end));
/** A weekday «التالي» (the following one): counted from a day told before it. */
const FOLLOWING_WEEKDAY = new RegExp(`^(?:يوم\\s+)?(${WEEKDAYS_DEF})\\s+التاليه?$`);
/** The marks of «اليوم السابق» and «اليوم التالي» until correctByContext finds the day they count from. */
const DAY_BEFORE_TOLD = '@-1';
const DAY_AFTER_TOLD = '@+1';
/** How far back (days) a day and month read as the nearest must lie for a future verb to make them next year's: over
 * SaudiNewsNet's 31,000 articles, future verbs before such days of the last three weeks tell of plans now past (three
 * in three); further back, the two there were next year's. */
const FUTURE_DAY_MIN_DAYS_BACK = 30;
/** A weekday alone (with «يوم»): what a future verb makes the next one. */
const BARE_WEEKDAY = new RegExp(`^(?:يوم\\s+)?(${WEEKDAYS_DEF})$`);

/** Corrects values guessed from the reference by the words around them: a month's year (a year told after it, a list,
 * «منذ»), a date that names an event or a place, a weekday after a future verb or «التالي» (in place; `kept` in text
 * order). */
function correctByContext(kept: Array<{ start: number; end: number; value: string }>, folded: string, ref: Reference, tensed = folded): void {
  // A year before 1900 after a Gregorian day and month, where the clause ends: history («في 5 ديسمبر 1391»). The
  // year patterns read only 19xx and 20xx (a bare 1500 is a count, 1436 a Hijri year).
  for (const k of kept) {
    if (!/^\d{4}-\d\d-\d\d$/.test(k.value) || !yearGuessed(folded.slice(k.start, k.end))) continue;
    const old = /^\s*[,،]?\s*(1[0-8]\d\d)(?=\s*(?:$|[.,،؛!؟)\n]))/.exec(folded.slice(k.end, k.end + 12));
    if (!old) continue;
    k.value = `${old[1]}${k.value.slice(4)}`;
    k.end += old[0].length;
  }
  // A month or day told without a year, then its year told from the reference: «يناير من العام الحالي», «2 فبراير من
  // العام المقبل», «مارس العام الماضي» (each alone: January this year, and 2015).
  for (let i = kept.length - 2; i >= 0; i--) {
    const [a, b] = [kept[i], kept[i + 1]];
    const dated = /^\d{4}(-\d\d(?:-\d\d)?)(?:\/\d{4}(-\d\d(?:-\d\d)?))?$/.exec(a.value);
    if (!dated || !/^\d{4}$/.test(b.value) || !yearGuessed(folded.slice(a.start, a.end))) continue;
    if (!/^\s*[)»"]?\s*[,،]?\s*(?:(?:من|في)\s+)?$/.test(folded.slice(a.end, b.start)) || /\d/.test(folded.slice(b.start, b.end))) continue;
    // The year is the range's end's; a range that crosses the turn of the year begins the year before.
    const startYear = dated[2] && dated[1] > dated[2] ? Number(b.value) - 1 : b.value;
    const value = dated[2] ? `${startYear}${dated[1]}/${b.value}${dated[2]}` : `${b.value}${dated[1]}`;
    kept.splice(i, 2, { start: a.start, end: b.end, value });
  }
  // Months listed under one written year take it: «في مايو أيار ويونيو حزيران 1999», «13 مايو و5 يونيو 2012», and
  // the first day of a span to a dated one («في 14 من يونيو إلى 15 من يوليو عام 2018»).
  for (let i = kept.length - 2; i >= 0; i--) {
    const [a, b] = [kept[i], kept[i + 1]];
    const own = /^\d{4}(-(\d\d)(?:-\d\d)?)$/.exec(a.value), told = /^(\d{4})-(\d\d)(?:-\d\d)?$/.exec(b.value);
    if (!own || !told || !/^\s*[,،]?\s*(?:و|الي|حتي|وحتي|لغايه)\s*$/.test(folded.slice(a.end, b.start))) continue;
    if (!yearGuessed(folded.slice(a.start, a.end)) || !/\d{4}/.test(folded.slice(b.start, b.end))) continue;
    a.value = `${Number(own[2]) <= Number(told[2]) ? told[1] : Number(told[1]) - 1}${own[1]}`;
  }
  // A day and month that name a place («مدينة 6 أكتوبر») are no date; that name an event («ثورة 25 يناير», «ثورتي 25
  // يناير و30 يونيو») are its date, the year unknown (XXXX) unless data/named-days.json knows it.
  let previousEvent: { end: number; kind: string } | null = null;
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i];
    const listedAfter: string | undefined = previousEvent && /^\s*و\s*$/.test(folded.slice(previousEvent.end, k.start)) ? previousEvent.kind : undefined;
    previousEvent = null;
    // A day and month, or a month alone («حرب أكتوبر» is 1973's, «حرب تموز» 2006's), the year not written.
    const day = /^\d{4}-(\d\d(?:-\d\d)?)$/.exec(k.value);
    if (!day || !yearGuessed(folded.slice(k.start, k.end))) continue;
    const before = folded.slice(Math.max(0, k.start - 16), k.start);
    if (day[1].length > 2 && NAME_PLACE_BEFORE.test(before)) { kept.splice(i--, 1); continue; }
    const head = EVENT_BEFORE.exec(before)?.[1];
    const kind: string | undefined = head ? EVENT_HEADS[head] : listedAfter;
    if (!kind) continue;
    // «أحداث مايو» unlisted are as often this year's events (FIFA's arrests): the month stays as read.
    const listed = HISTORIC_DATES.get(`${kind} ${day[1]}`);
    if (!listed && kind === 'احداث' && day[1].length === 2) continue;
    k.value = listed ?? `XXXX-${day[1]}`;
    previousEvent = { end: k.end, kind };
  }
  // «وصل الأحد 2 أغسطس وغادر الثلاثاء التالي»: a weekday «التالي» after a day told in the same paragraph is the first
  // such weekday after that day, not after the reference.
  for (let i = 1; i < kept.length; i++) {
    const weekday = FOLLOWING_WEEKDAY.exec(folded.slice(kept[i].start, kept[i].end));
    const told = /^\d{4}-\d\d-\d\d$/.test(kept[i - 1].value) ? kept[i - 1].value : null;
    if (!weekday || !told || folded.slice(kept[i - 1].end, kept[i].start).includes('\n')) continue;
    const wd = weekdayNumber(weekday[1]);
    if (wd === undefined) continue;
    const t = Date.parse(told);
    kept[i].value = iso(new Date(t + (((wd - new Date(t).getUTCDay() + 7) % 7) || 7) * 86400000));
  }
  // A future verb before a bare weekday («سيصل الخميس», «من المقرر أن يصل الجمعة»): the next one, the reference day
  // included, as «المقبل» would say (unmarked, the last one). Samples of the changes in SaudiNewsNet read right but
  // for a few foreign names taken for verbs («ستاثاكيس»). Not months: reported speech («أعلن أنه سيصعد الهجمات في منتصف
  // يوليو», published in August) tells of a month now past as often as not.
  if (ref) {
    const refIso = iso(refDate(ref));
    for (const k of kept) {
      if (!saysFuture(clauseBefore(tensed, k.start), true)) continue;
      const text = folded.slice(k.start, k.end);
      const weekday = BARE_WEEKDAY.exec(text);
      if (weekday && k.value < refIso) k.value = weekdayValue(weekday[1], undefined, ref, false, true) ?? k.value;
      // A day and month without a year, read as the nearest and so a past one more than a month back, is next year's
      // after a future verb («سأعود الثاني من أغسطس» said in November; «ستمنح سنويا في الرابع من يناير»). A day of
      // the last weeks stays: reported speech of a plan now past («سيعقد يوم 20 يوليو», published on the 21st).
      else if (/^\d{4}-\d\d-\d\d$/.test(k.value) && k.value < refIso && yearGuessed(text) && !/عام|سنه/.test(text) && Date.parse(refIso) - Date.parse(k.value) > FUTURE_DAY_MIN_DAYS_BACK * 86400000) {
        k.value = `${Number(k.value.slice(0, 4)) + 1}${k.value.slice(4)}`;
      }
    }
  }
  // «خلال أسبوعين», «في غضون أسبوعين» are a deadline after a future verb («سيتخذ قراره في غضون أسبوعين») or alone (the
  // expression asked by itself); else a span told of the past («28 قتيلا خلال 24 ساعة», «خلال 12 عاما عمدة»), whose
  // end the text does not say: no value.
  for (let i = kept.length - 1; i >= 0; i--) {
    if (!/^(?:خلال|في\s+غضون|غضون)\s/.test(folded.slice(kept[i].start, kept[i].end))) continue;
    const alone = isAlone(folded, kept[i]);
    if (!alone && !saysFuture(clauseBefore(tensed, kept[i].start))) kept.splice(i, 1);
  }
  // «اليوم السابق», «اليوم التالي» count from the time told last in the paragraph («أمس الاثنين ... ضعف عدد القتلى في
  // اليوم السابق»: Sunday); after a month or a year the day is unknown: no value. Where the paragraph told none before
  // them, «اليوم السابق» is the day before the reference (a market's «هبط السهم اليوم السابق»), and «اليوم التالي»
  // the day after it only after a future verb or alone: else it goes on a story of the past whose day is not told.
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i];
    if (k.value !== DAY_BEFORE_TOLD && k.value !== DAY_AFTER_TOLD) continue;
    const step = k.value === DAY_BEFORE_TOLD ? -1 : 1;
    const told = i > 0 && !folded.slice(kept[i - 1].end, k.start).includes('\n') ? kept[i - 1].value : null;
    const alone = isAlone(folded, k);
    const fromReference = ref && (step < 0 || alone || saysFuture(clauseBefore(tensed, k.start)));
    const from = told ? (/^\d{4}-\d\d-\d\d$/.test(told) ? told : null) : fromReference ? iso(refDate(ref)) : null;
    if (from) k.value = iso(new Date(Date.parse(from) + step * 86400000));
    else kept.splice(i--, 1);
  }
  // «منذ نوفمبر» (since November) said in August is last November: «منذ» names the past, whatever the distance.
  if (ref) {
    const refIso = iso(refDate(ref));
    for (const k of kept) {
      const dated = /^(\d{4})(-\d\d(?:-\d\d)?)$/.exec(k.value);
      if (!dated || k.value <= refIso || !/(?:^|[^\p{L}])منذ\s+$/u.test(folded.slice(Math.max(0, k.start - 8), k.start))) continue;
      if (!yearGuessed(folded.slice(k.start, k.end))) continue;
      k.value = `${Number(dated[1]) - 1}${dated[2]}`;
    }
  }
}

/** By rule, its pattern without the leading B where that is equivalent (withoutWordStart), else null. */
const FAST_PATTERNS: ReadonlyArray<RegExp | null> = RULES.map((rule) => withoutWordStart(rule.re));

/** «الموافق» (corresponding to) between two dates says they are one day: «6 أغسطس (آب) 2012، الموافق 17 رمضان» is 17
 * Ramadan 1433, not this year's. The date whose year is written gives its value to the one whose year was guessed. */
const CORRESPONDING = /^\s*[(،,]?\s*(?:و|اي\s+)?(?:الموافق|الموافقه|يوافق|ويوافق|الذي يوافق|التي توافق)\s*ل?\s*$/;
function sameDayAsCorresponding(kept: Array<{ start: number; end: number; value: string }>, folded: string): void {
  const day = /^\d{4}-\d\d-\d\d$/;
  const yearWritten = (k: { start: number; end: number }) => /\d{4}/.test(folded.slice(k.start, k.end));
  for (let i = 0; i + 1 < kept.length; i++) {
    const [a, b] = [kept[i], kept[i + 1]];
    if (!day.test(a.value) || !day.test(b.value) || a.value === b.value || !CORRESPONDING.test(folded.slice(a.end, b.start))) continue;
    if (yearWritten(a) && !yearWritten(b)) b.value = a.value;
    else if (yearWritten(b) && !yearWritten(a)) a.value = b.value;
  }
}

/** A year before 1900 written right after a month («يوليو 921م», «(تموز) 1517م»), its Gregorian mark required. */
const OLD_YEAR_AFTER = /^\s*[)»"]?\s*(?:(?:عام|سنه)\s+)?(?:1[0-8]\d\d|[1-9]\d{2})\s?م(?![\p{L}\p{N}])/u;
/** Friday's sermon's roles and the sermon in general, right before «الجمعة» (folded): «خطيب الجمعة», «إمام الجمعة»,
 * «خطب الجمعة», «منبر الجمعة». (Not «خطبة الجمعة», «صلاة الجمعة»: one Friday's.) */
const FRIDAY_ROLE_BEFORE = /(?:^|[^\p{L}])[وفلب]?(?:خطيب|خطباء|امام|ايمه|خطيبا|خطب|منبر|منابر)\s+$/u;
/** A day relative to the reference with the weekday it names: «اليوم (الاثنين)», «أمس الأحد», «غدا الثلاثاء». */
const TOLD_DAY = new RegExp(`${B}(اليوم|امس|غدا)\\s*[/(]?\\s*(${WEEKDAYS_ANY})${E}`, 'gu');
/** Days to move the date `relative` days from the reference to the weekday a text names with it: a page is dated on
 * or after the day it was written (scraped a day later, a timezone), so from five days before to one after. */
function toldShift(ref: NonNullable<Reference>, relative: number, weekday: number): number {
  return ((weekday - new Date(Date.parse(addDays(ref, relative))).getUTCDay() + 12) % 7) - 5;
}
/** The reference as the text tells it: where it says what day today, yesterday or tomorrow is («اليوم (الاثنين)» on a
 * page dated Tuesday), the day most such sayings agree on; the given reference where none or where they disagree as
 * much as they agree. SaudiNewsNet dates its articles when it scraped them, often a day after they were written. */
function referenceTold(folded: string, ref: NonNullable<Reference>): NonNullable<Reference> {
  if (!/(?:اليوم|امس|غدا)\s*[/(]?\s*(?:ال)?(?:احد|اثنين|ثلاثا|اربعا|خميس|جمعه|سبت)/.test(folded)) return ref;
  const votes = new Map<number, number>();
  for (const m of folded.matchAll(TOLD_DAY)) {
    const weekday = weekdayNumber(m[2]);
    if (weekday === undefined) continue;
    const shift = toldShift(ref, RELATIVE_DAY[m[1]], weekday);
    votes.set(shift, (votes.get(shift) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][0] === 0 || ranked[0][1] === ranked[1]?.[1]) return ref;
  return parseReference(addDays(ref, ranked[0][0]))!;
}

/**
 * The time expressions of `text`, resolved against `ref` (partial values without one), with offsets into `text`.
 * @example findTimeExpressions('وصل مساء أمس الأربعاء', parseReference('2023-10-19'))[0].value // '2023-10-18'
 */
export function findTimeExpressions(text: string, givenRef: Reference, prepared?: { folded: string; offsets: number[] }): TimeExpression[] {
  const { folded: plain, offsets } = prepared ?? normalizeWithOffsets(text);
  const folded = withArticleAfterLam(withSpelledYears(plain));
  const ref = givenRef && referenceTold(folded, givenRef);
  const found: Array<{ start: number; end: number; value: string }> = [];
  // Rules run paragraph by paragraph, and only over paragraphs that pass their gate: the patterns are slow,
  // most paragraphs have no date.
  const paragraphs: Array<[number, string]> = [];
  for (let from = 0; from <= folded.length;) {
    const nl = folded.indexOf('\n', from);
    const to = nl < 0 ? folded.length : nl;
    paragraphs.push([from, folded.slice(from, to)]);
    from = to + 1;
  }
  /** Windows around a gate's anchor words in a paragraph, widened to word boundaries: the patterns run only
   * there. Several rules share a gate (four share the month names): each gate runs once per paragraph. */
  const windowsOf = (gate: RegExp, para: string): Array<[number, number]> => {
    const windows: Array<[number, number]> = [];
    gate.lastIndex = 0;
    for (let g = gate.exec(para); g !== null; g = gate.exec(para)) {
      let from = Math.max(0, g.index - WINDOW_BEFORE);
      while (from > 0 && para[from - 1] !== ' ') from--;
      let to = Math.min(para.length, g.index + g[0].length + WINDOW_AFTER);
      while (to < para.length && para[to] !== ' ') to++;
      const last = windows[windows.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to); else windows.push([from, to]);
      if (g[0].length === 0) gate.lastIndex++;
    }
    return windows;
  };
  const gateWindows = paragraphs.map(() => new Map<RegExp, Array<[number, number]>>());
  for (const [r, rule] of RULES.entries()) {
    for (const [p, [base, para]] of paragraphs.entries()) {
      const cache = gateWindows[p];
      let windows = cache.get(rule.gate);
      if (!windows) { windows = windowsOf(rule.gate, para); cache.set(rule.gate, windows); }
      const fast = FAST_PATTERNS[r];
      const re = fast ?? rule.re;
      for (const [from, to] of windows) {
        const part = para.slice(from, to);
        re.lastIndex = 0;
        for (let m = re.exec(part); m !== null; m = re.exec(part)) {
          if (fast && !atWordStart(part, m.index)) { re.lastIndex = m.index + 1; continue; }
          if (m[0].trim() === '') { re.lastIndex++; continue; }
          const value = rule.resolve(m, ref);
          if (!value || (!rule.monthRange && !pairedMonthsAgree(m[0]))) continue;
          let s = m.index, e = m.index + m[0].length;
          while (s < e && part[s] === ' ') s++;
          while (e > s && /[\s,،]/.test(part[e - 1])) e--;
          found.push({ start: base + from + s, end: base + from + e, value });
        }
      }
    }
  }
  // Longest first; a later, overlapping match loses.
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  // A month whose year is written in a form no rule reads (a year before 1900: «21 يوليو (تموز) 921م») is not the
  // reference year's: no value rather than a wrong one.
  for (let i = kept.length - 1; i >= 0; i--) {
    if (yearGuessed(folded.slice(kept[i].start, kept[i].end)) && OLD_YEAR_AFTER.test(folded.slice(kept[i].end, kept[i].end + 12))) kept.splice(i, 1);
  }
  // Two days joined as a range: «من 13 تموز إلى 15 تموز», «بين 3 مايو و5 مايو».
  for (let i = kept.length - 2; i >= 0; i--) {
    const [a, b] = [kept[i], kept[i + 1]];
    if (!/^\d{4}-\d\d-\d\d$/.test(a.value) || !/^\d{4}-\d\d-\d\d$/.test(b.value)) continue;
    // «من 20 ديسمبر حتى 5 يناير» said in August: each alone is this year's; a range runs forward, so without a written
    // year the first end is the year before. «بين الاثنين والخميس» said on a Tuesday: last Monday to this Thursday.
    let from = a.value, to = b.value;
    const aText = folded.slice(a.start, a.end), bText = folded.slice(b.start, b.end);
    if (from.slice(5) > to.slice(5) && from >= to && yearGuessed(aText) && yearGuessed(bText)) from = `${Number(from.slice(0, 4)) - 1}${from.slice(4)}`;
    if (from >= to && BARE_WEEKDAY.test(aText) && BARE_WEEKDAY.test(bText)) to = iso(new Date(Date.parse(to) + 7 * 86400000));
    if (from >= to) continue;
    const between = folded.slice(a.end, b.start);
    const opener = /(?<!\p{L})(من|بين|يومي)\s+$/u.exec(folded.slice(Math.max(0, a.start - 8), a.start));
    // «يومي الثلاثاء والأربعاء» are two days running; «يومي الثلاثاء والخميس» two days a week, no range.
    if (opener?.[1] === 'يومي' && Date.parse(to) - Date.parse(from) !== 86400000) continue;
    // Without «من», «حتى» alone joins them («الأول من يناير حتى الأربعاء 22 يناير»), not «إلى»: «أجل الاجتماع من 5 يناير
    // إلى 10 يناير» is a range, «أجل اجتماع 5 يناير إلى 10 يناير» a move.
    const joined = !opener ? /^\s*(?:حتي|وحتي|لغايه|ولغايه)\s*$/ : opener[1] === 'من' ? /^\s*(?:الي|حتي|وحتي|لغايه|ولغايه)\s*$/ : /^\s*و\s*$/;
    if (!joined.test(between)) continue;
    kept.splice(i, 2, { start: a.start - (opener?.[0].length ?? 0), end: b.end, value: `${from}/${to}` });
  }
  correctByContext(kept, folded, ref, withFirstPersonFuture(text, folded, offsets));
  sameDayAsCorresponding(kept, folded);
  return kept.map((k) => {
    const start = offsets[k.start];
    const end = offsets[k.end - 1] + 1;
    // Carry trailing marks of the last letter (a shadda or tanween folded away) into the span.
    let realEnd = end;
    while (realEnd < text.length && /[\u064b-\u065f\u0670\u0640]/.test(text[realEnd])) realEnd++;
    return { text: text.slice(start, realEnd), start, end: realEnd, value: k.value };
  });
}
