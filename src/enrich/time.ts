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
import { MONTH_PATTERN, monthNumber, normalize, normalizeWithOffsets, weekdayNumber } from '../text/index.ts';

const calendar = loadData<{ months: Record<string, number>; weekdays: Record<string, number>; hijriMonths: Record<string, number> }>('calendar');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(escape).join('|');

const WEEKDAYS_DEF = alternation(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);
const WEEKDAYS_ANY = alternation(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'احد', 'اثنين', 'ثلاثاء', 'اربعاء', 'خميس', 'جمعه', 'سبت']);
const HIJRI: ReadonlyMap<string, number> = new Map(Object.entries(calendar.hijriMonths).map(([k, v]) => [normalize(k), v]));
const HIJRI_PATTERN = alternation(HIJRI.keys());
/** Month names that are also common words (مارس "practised", آب "father", ماي): they need a day, a year, a
 * modifier, a paired name or «شهر» to count as a month. */
const AMBIGUOUS_MONTHS = new Set(['مارس', 'اب', 'ماي', 'جوان', 'ايار'].map(normalize));

/** Start of a word, which may carry a conjunction or preposition letter (وأمس، والخميس، وهذا العام). */
const B = '(?<=(?:^|[^\\p{L}\\p{N}])(?:[وفبل]|وب|ول|فب)?)';
const E = '(?![\\p{L}\\p{N}])';
const TOD = '(?:صباح|مساء|ظهر|عصر|فجر|ليله|ليل|صبيحه|ظهيره|منتصف ليل)';
/** Modifiers, folded (ئ is ي, ة is ه), masculine and feminine («الشهر الماضي», «السنة الماضية»). */
const MOD = '(?:الماضيه?|الفايته?|المنصرمه?|السابقه?|المقبله?|القادمه?|الجاريه?|الحاليه?)';
/** Day ordinals, folded: الأول … الحادي والثلاثين («الخامس عشر من مارس»). */
const UNITS = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const ORDINAL_DAYS = new Map<string, number>([['الاولي', 1], ['الحادي عشر', 11], ['العاشر', 10], ['العشرين', 20], ['الثلاثين', 30], ['الحادي والعشرين', 21], ['الحادي والثلاثين', 31]]);
UNITS.forEach((u, i) => {
  ORDINAL_DAYS.set(u, i + 1);
  if (i > 0) { ORDINAL_DAYS.set(`${u} عشر`, i + 11); ORDINAL_DAYS.set(`${u} والعشرين`, i + 21); }
});
/** A day of the month: digits or an ordinal, not the ordinal of a week or quarter («الأسبوع الأول من مايو»). */
const DAY = `(?<!(?:الاسبوع|الربع|النصف|الشطر|الجزء|اليوم)\\s+)(\\d{1,2}|${[...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const dayNumber = (text: string) => (/^\d+$/.test(text) ? Number(text) : ORDINAL_DAYS.get(text) ?? NaN);
/** Parts of a period: «مطلع العام», «أواخر 2023», «منتصف الشهر الجاري» (the value is the whole period). */
const PART = '(?:منتصف|اواسط|اوائل|اواخر|مطلع|بدايه|نهايه|اول|اخر)';
/** Counts before a unit of time, as words («ثلاثة أيام»). */
const COUNTS: Record<string, number> = { 'واحد': 1, 'ثلاثه': 3, 'ثلاث': 3, 'اربعه': 4, 'اربع': 4, 'خمسه': 5, 'خمس': 5, 'سته': 6, 'ست': 6, 'سبعه': 7, 'سبع': 7, 'ثمانيه': 8, 'ثماني': 8, 'ثمان': 8, 'تسعه': 9, 'تسع': 9, 'عشره': 10, 'عشر': 10 };
/** Units of time: singular, dual, plural, and what a count of them moves. */
const TIME_UNITS: Record<string, [number, 'day' | 'month' | 'year']> = {
  'يوم': [1, 'day'], 'يومين': [2, 'day'], 'ايام': [1, 'day'], 'يوما': [1, 'day'],
  'اسبوع': [7, 'day'], 'اسبوعين': [14, 'day'], 'اسابيع': [7, 'day'], 'اسبوعا': [7, 'day'],
  'شهر': [1, 'month'], 'شهرين': [2, 'month'], 'اشهر': [1, 'month'], 'شهور': [1, 'month'], 'شهرا': [1, 'month'],
  'عام': [1, 'year'], 'عامين': [2, 'year'], 'اعوام': [1, 'year'], 'عاما': [1, 'year'],
  'سنه': [1, 'year'], 'سنتين': [2, 'year'], 'سنوات': [1, 'year'], 'سنين': [1, 'year'],
};
/** A month, optionally with its other regional name: «تموز/يوليو», «سبتمبر (أيلول)», «يوليو/ تموز». */
const MONTHS = `(${MONTH_PATTERN})(?:\\s*(?:/|\\(|-)\\s*(${MONTH_PATTERN})(?:\\s*\\))?)?`;
const YEAR = '((?:19|20)\\d\\d)';
/** A year after a day and month: «16 يناير 2024», «، من عام 2023», or in brackets: «30 يونيو (2013)». */
const YEAR_TAIL = `(?:\\s*[,،]?\\s*(?:من\\s+)?(?:عام|العام|سنه|لعام)?\\s*(?:${YEAR}${E}|\\(\\s*${YEAR}\\s*\\)))?`;

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
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const refDate = (ref: NonNullable<Reference>) => new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
const addDays = (ref: NonNullable<Reference>, days: number) => iso(new Date(refDate(ref).getTime() + days * 86400000));

function modKind(mod: string | undefined): 'past' | 'future' | 'current' | null {
  if (!mod) return null;
  if (/الماضي|الفائت|المنصرم|السابق/.test(mod)) return 'past';
  if (/المقبل|القادم/.test(mod)) return 'future';
  return 'current';
}

/** The year of a month (and day) given the reference and a modifier; without one, the nearest such date. */
function yearFor(month: number, day: number | null, mod: string | undefined, ref: NonNullable<Reference>): number {
  const kind = modKind(mod);
  const before = month < ref.month || (month === ref.month && day !== null && day < ref.day);
  const after = month > ref.month || (month === ref.month && day !== null && day > ref.day);
  if (kind === 'current') return ref.year;
  if (kind === 'past') return before ? ref.year : ref.year - 1;
  if (kind === 'future') return after ? ref.year : ref.year + 1;
  // Nearest: a month more than six months ahead is last year's, more than six behind is next year's.
  const diff = (month - ref.month) + (day !== null ? (day - ref.day) / 31 : 0);
  if (diff > 6) return ref.year - 1;
  if (diff < -6) return ref.year + 1;
  return ref.year;
}

function dayValue(day: number, month: number, year: number | null): string | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  if (year === null) return `XXXX-${pad(month)}-${pad(day)}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? iso(d) : null;
}

function monthValue(monthName: string, yearText: string | undefined, mod: string | undefined, ref: Reference, day: number | null): string | null {
  const month = monthNumber(monthName);
  if (!month) return null;
  const year = yearText ? Number(yearText) : ref ? yearFor(month, day, mod, ref) : null;
  if (day !== null) return dayValue(day, month, year);
  return year === null ? `XXXX-${pad(month)}` : `${year}-${pad(month)}`;
}

/** The date of a weekday near the reference: the most recent one (the reference day itself counts, as news
 * says «قال الخميس» of the day it is published), or the next one when marked future. */
function weekdayValue(name: string, mod: string | undefined, ref: NonNullable<Reference>, explicitPast = false): string | null {
  const wd = weekdayNumber(name);
  if (wd === undefined) return null;
  const refWd = refDate(ref).getUTCDay();
  const kind = modKind(mod);
  if (kind === 'future') { const ahead = (wd - refWd + 7) % 7 || 7; return addDays(ref, ahead); }
  let back = (refWd - wd + 7) % 7;
  if (back === 0 && (kind === 'past' || explicitPast)) back = 7;
  return addDays(ref, -back);
}

const RELATIVE_DAY: Record<string, number> = { 'اليوم': 0, 'امس': -1, 'بالامس': -1, 'الامس': -1, 'امس الاول': -2, 'اول امس': -2, 'اول من امس': -2, 'غدا': 1, 'بعد غد': 2 };
const SEASONS: Record<string, string> = { 'صيف': 'SU', 'الصيف': 'SU', 'شتاء': 'WI', 'الشتاء': 'WI', 'ربيع': 'SP', 'الربيع': 'SP', 'خريف': 'FA', 'الخريف': 'FA' };

/** Hijri (Umm al-Qura) to Gregorian, by searching the days around an estimate with Intl's calendar. */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  const fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
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

// Letter ranges rather than \p{L}: this gate scans every paragraph, and the ranges run 3.5 times faster (folded
// text has no other Arabic letters; a letter of another script only widens the windows the rules look at).
const MONTH_GATE = new RegExp(`(?<![\\u0621-\\u064aA-Za-z])(?:[وفبل])?(?:${MONTH_PATTERN})(?![\\u0621-\\u064aA-Za-z])`, 'g');
const HIJRI_GATE = new RegExp(HIJRI_PATTERN, 'g');
const SEASON_GATE = /صيف|شتاء|ربيع|خريف/g;
const YEAR_GATE = /(?:19|20)\d\d/g;
const YEAR_WORD_GATE = /العام|السنه/g;
const RELATIVE_GATE = /اليوم|امس|غدا|بعد غد/g;
const WEEKDAY_GATE = /الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت/g;
const NUMERIC_GATE = /\d[-/.]\d/g;
const MONTH_WORD_GATE = /الشهر/g;
const SPAN_GATE = /منذ|قبل|بعد/g;

const RULES: Rule[] = [
  { // يومي 18 و19 أكتوبر الماضي; بين 3 و5 مايو 2024
    gate: MONTH_GATE,
    re: new RegExp(`${B}(?:(?:يومي|بين|من)\\s+)?(\\d{1,2})\\s*(?:و|-|–|الي|حتي)\\s*(\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      const a = monthValue(m[3], m[6] ?? m[7], m[5], ref, Number(m[1]));
      const b = monthValue(m[3], m[6] ?? m[7], m[5], ref, Number(m[2]));
      return a && b ? `${a}/${b}` : null;
    },
  },
  { // يوم الثلاثاء الموافق 16 يناير; 16 يناير 2024; 1 يوليو/ تموز الجاري; 24 يونيو/ حزيران الماضي
    gate: MONTH_GATE,
    re: new RegExp(`${B}(?:(?:يوم\\s+)?(?:${WEEKDAYS_DEF})\\s*[,،]?\\s*(?:الموافق\\s+)?)?${DAY}\\s+(?:من\\s+)?(?:شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => monthValue(m[2], m[5] ?? m[6], m[4], ref, dayNumber(m[1])),
  },
  { // 15 رمضان 1445 (هـ)
    gate: HIJRI_GATE,
    re: new RegExp(`${B}${DAY}\\s+(?:من\\s+)?(?:شهر\\s+)?(${HIJRI_PATTERN})\\s+(1[34]\\d\\d)\\s*(?:ه|هـ|هجري|للهجره)?${E}`, 'gu'),
    resolve: (m) => hijriToGregorian(Number(m[3]), HIJRI.get(m[2])!, dayNumber(m[1])),
  },
  { // منتصف أيلول/سبتمبر; أواخر يونيو الماضي
    gate: MONTH_GATE,
    re: new RegExp(`${B}${PART}\\s+(?:شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => monthValue(m[1], m[4] ?? m[5], m[3], ref, null),
  },
  { // سبتمبر (أيلول) الماضي; فبراير (شباط)2022; يونيو 2024; شهر مارس; تموز/يوليو
    gate: MONTH_GATE,
    re: new RegExp(`${B}(شهر\\s+)?${MONTHS}(?:\\s+(${MOD}))?${YEAR_TAIL}`, 'gu'),
    resolve: (m, ref) => {
      const ambiguous = AMBIGUOUS_MONTHS.has(m[2]) && !m[1] && !m[3] && !m[4] && !m[5] && !m[6];
      return ambiguous ? null : monthValue(m[2], m[5] ?? m[6], m[4], ref, null);
    },
  },
  { // صيف العام 2024; الصيف الماضي
    gate: SEASON_GATE,
    re: new RegExp(`${B}(ال)?(صيف|شتاء|ربيع|خريف)(?!\\s+(?:الاول|الثاني|الاخر|العربي))(?:\\s+(?:(?:العام|عام|سنه)\\s+)?(?:${YEAR}|(${MOD})|(هذا العام)))?${E}`, 'gu'),
    resolve: (m, ref) => {
      const season = SEASONS[m[2]];
      if (m[3]) return `${m[3]}-${season}`;
      if (!ref) return null;
      if (m[5]) return `${ref.year}-${season}`;
      const kind = modKind(m[4]);
      if (!m[1] && !kind) return null; // «ربيع» alone is a word, not a season of a year
      return `${ref.year + (kind === 'past' ? -1 : kind === 'future' ? 1 : 0)}-${season}`;
    },
  },
  { // العام 2024; عام 2022; سنة 2015
    gate: YEAR_GATE,
    re: new RegExp(`${B}(?:${PART}\\s+)?(?:(?:العام|عام|سنه|السنه|لعام)\\s+${YEAR}|(?<=${PART}\\s+)${YEAR})${E}`, 'gu'),
    resolve: (m) => m[1] ?? m[2],
  },
  { // الشهر الماضي; الشهر الجاري; مطلع الشهر المقبل; الثامن من الشهر الجاري
    gate: MONTH_WORD_GATE,
    re: new RegExp(`${B}(?:${DAY}\\s+(?:من\\s+)?|${PART}\\s+)?(?:الشهر\\s+(${MOD})|هذا الشهر)${E}`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const shift = modKind(m[2]) === 'past' ? -1 : modKind(m[2]) === 'future' ? 1 : 0;
      const first = new Date(Date.UTC(ref.year, ref.month - 1 + shift, 1));
      const month = `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}`;
      return m[1] ? dayValue(dayNumber(m[1]), first.getUTCMonth() + 1, first.getUTCFullYear()) : month;
    },
  },
  { // منذ ثلاثة أيام; قبل أسبوعين; بعد شهرين; قبل 5 سنوات
    gate: SPAN_GATE,
    re: new RegExp(`${B}(منذ|قبل|بعد)\\s+(?:(\\d{1,3}|${Object.keys(COUNTS).sort((a, b) => b.length - a.length).join('|')})\\s+)?(${Object.keys(TIME_UNITS).sort((a, b) => b.length - a.length).join('|')})${E}(?!\\s*(?:\\d|من|علي|الي|واحد|ونصف|${HIJRI_PATTERN}|${MONTH_PATTERN})${E})`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const [size, unit] = TIME_UNITS[m[3]];
      const plural = /^(ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين|يوما|اسبوعا|شهرا|عاما)$/.test(m[3]);
      if (plural !== Boolean(m[2])) return null; // «منذ أيام» is vague; «قبل يوم» needs no count
      const count = (m[2] ? (/^\d+$/.test(m[2]) ? Number(m[2]) : COUNTS[m[2]]) : 1) * size * (m[1] === 'بعد' ? 1 : -1);
      if (unit === 'day') return addDays(ref, count);
      if (unit === 'month') { const d = new Date(Date.UTC(ref.year, ref.month - 1 + count, 1)); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`; }
      return String(ref.year + count);
    },
  },
  { // العام الماضي; هذا العام; العام المقبل
    gate: YEAR_WORD_GATE,
    re: new RegExp(`${B}(?:${PART}\\s+)?(?:(?:العام|السنه)\\s+(${MOD})|(?:هذا العام|هذه السنه))${E}`, 'gu'),
    resolve: (m, ref) => (ref ? String(ref.year + (modKind(m[1]) === 'past' ? -1 : modKind(m[1]) === 'future' ? 1 : 0)) : null),
  },
  { // مساء أمس الأربعاء; اليوم الخميس; اليوم /الاثنين/; غدا الثلاثاء; أمس
    gate: RELATIVE_GATE,
    re: new RegExp(`${B}(${TOD}\\s+)?(اليوم|امس الاول|اول من امس|اول امس|بالامس|الامس|امس|غدا|بعد غد)(?:\\s*[/(]?\\s*(${WEEKDAYS_ANY})\\s*[/)]?)?${E}`, 'gu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      if (m[2] === 'اليوم' && !m[1] && !m[3]) return null; // «اليوم» alone is too often «the day», «روسيا اليوم»
      return addDays(ref, RELATIVE_DAY[m[2]]);
    },
  },
  { // الخميس; يوم الجمعة الماضي; الثلاثاء المقبل; صباح الأحد
    gate: WEEKDAY_GATE,
    re: new RegExp(`${B}(${TOD}\\s+)?(?:يوم\\s+)?(${WEEKDAYS_DEF})(?:\\s+(${MOD}))?${E}`, 'gu'),
    resolve: (m, ref) => (ref ? weekdayValue(m[2], m[3], ref) : null),
  },
  { // 2023-10-20, 15/01/2024
    gate: NUMERIC_GATE,
    re: new RegExp(`${B}(?:${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})|(\\d{1,2})[-/.](\\d{1,2})[-/.]${YEAR})${E}`, 'gu'),
    resolve: (m) => (m[1] ? dayValue(Number(m[3]), Number(m[2]), Number(m[1])) : dayValue(Number(m[4]), Number(m[5]), Number(m[6]))),
  },
  { // في 2024; منذ 2015 (a year after a preposition)
    gate: YEAR_GATE,
    re: new RegExp(`(?<=${B}(?:في|منذ|حتي|خلال|بحلول|قبل|بعد)\\s+)${YEAR}${E}(?!\\s*(?:[%٪]|جندي|شخص|مليون|الف|دولار|كيلو|متر))`, 'gu'),
    resolve: (m) => m[1],
  },
];

/** A reference date from an ISO string (date or date-time), or null. */
export function parseReference(value: string | null | undefined): Reference {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/**
 * The time expressions of `text`, resolved against `ref` (partial values without one), with offsets into `text`.
 * @example findTimeExpressions('وصل مساء أمس الأربعاء', parseReference('2023-10-19'))[0].value // '2023-10-18'
 */
export function findTimeExpressions(text: string, ref: Reference, prepared?: { folded: string; offsets: number[] }): TimeExpression[] {
  const { folded, offsets } = prepared ?? normalizeWithOffsets(text);
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
  for (const rule of RULES) {
    for (const [p, [base, para]] of paragraphs.entries()) {
      const cache = gateWindows[p];
      let windows = cache.get(rule.gate);
      if (!windows) { windows = windowsOf(rule.gate, para); cache.set(rule.gate, windows); }
      for (const [from, to] of windows) {
        const part = para.slice(from, to);
        rule.re.lastIndex = 0;
        for (let m = rule.re.exec(part); m !== null; m = rule.re.exec(part)) {
          if (m[0].trim() === '') { rule.re.lastIndex++; continue; }
          const value = rule.resolve(m, ref);
          if (!value) continue;
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
  return kept.map((k) => {
    const start = offsets[k.start];
    const end = offsets[k.end - 1] + 1;
    // Carry trailing marks of the last letter (a shadda or tanween folded away) into the span.
    let realEnd = end;
    while (realEnd < text.length && /[\u064b-\u065f\u0670\u0640]/.test(text[realEnd])) realEnd++;
    return { text: text.slice(start, realEnd), start, end: realEnd, value: k.value };
  });
}
