/**
 * Absolute calendar dates written out in a text — «19 أكتوبر 2023», «2023-10-20 09:07:06», «19th, October 2023»,
 * «October 18, 2023», «15/01/2024», «تموز/يوليو 2023» — as ISO values as precise as the text states them.
 * Relative expressions (أمس، الخميس الماضي) are the enrich stage's; this is what extraction needs for
 * publication dates. Month names of every region come from data/calendar.json.
 */
import { loadData } from '../data.ts';
import { normalize } from './normalize.ts';

const calendar = loadData<{ months: Record<string, number>; weekdays: Record<string, number>; hijriMonths: Record<string, number> }>('calendar');

const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(calendar.months).map(([k, v]) => [normalize(k), v]));
const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(calendar.weekdays).map(([k, v]) => [normalize(k), v]));

const alternation = (names: Iterable<string>) => [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Folded month names, longest first so that «تشرين الاول» wins over a shorter prefix. */
export const MONTH_PATTERN = alternation(MONTHS.keys());
export const WEEKDAY_PATTERN = alternation(WEEKDAYS.keys());

/** The month number of a folded month name, or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(normalize(name).replace(/\s+/g, ' ').trim());
}
/** The weekday (0 = Sunday) of a weekday name in any spelling, with or without ال. */
export function weekdayNumber(name: string): number | undefined {
  const n = normalize(name).trim();
  return WEEKDAYS.get(n) ?? WEEKDAYS.get(n.replace(/^ال/, ''));
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** A month, optionally paired with its other regional name: «تموز/يوليو», «سبتمبر (أيلول)». */
const MONTH_GROUP = `(${MONTH_PATTERN})(?:\\s*(?:/|\\(|-)\\s*(?:${MONTH_PATTERN})\\s*\\)?)?`;
const TIME = `(?:\\s*(?:-|,|،|الساعة|at)?\\s*${B}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?${E}\\s*(am|pm|ص|م)?)?`;

const PATTERNS: ReadonlyArray<{ re: RegExp; parts: (m: RegExpExecArray) => [number, number, number, string?, string?, string?, string?] }> = [
  { // 2023-10-20 09:07:06, 2023/10/20
    re: new RegExp(`${B}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:T|${E})${TIME}`, 'gu'),
    parts: (m) => [+m[1], +m[2], +m[3], m[4], m[5], m[6], m[7]],
  },
  { // 15/01/2024, 15-1-2024 (day first, the Arabic convention)
    re: new RegExp(`${B}(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})${E}${TIME}`, 'gu'),
    parts: (m) => [+m[3], +m[2], +m[1], m[4], m[5], m[6], m[7]],
  },
  { // 19 أكتوبر 2023, 19th, October 2023, 19 تشرين الأول/أكتوبر 2023
    re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(?:من\\s+)?(?:شهر\\s+)?${MONTH_GROUP},?\\s*(?:عام\\s+|سنة\\s+)?(\\d{4})${E}${TIME}`, 'gu'),
    parts: (m) => [+m[3], monthNumber(m[2])!, +m[1], m[4], m[5], m[6], m[7]],
  },
  { // October 18, 2023
    re: new RegExp(`${B}${MONTH_GROUP}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${E}${TIME}`, 'gu'),
    parts: (m) => [+m[3], monthNumber(m[1])!, +m[2], m[4], m[5], m[6], m[7]],
  },
];

export interface FoundDate {
  /** ISO 8601: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`. */
  value: string;
  /** Offsets in the folded text. */
  index: number;
  length: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

/**
 * Every absolute date in `text`, in order of position.
 * @example findDates('تاريخ الخبر: 2023-10-20 09:07:06')[0].value // '2023-10-20T09:07:06'
 */
export function findDates(text: string): FoundDate[] {
  // «2023-10-19T10:00:00» (folded to lower case): the T becomes a space so the time reads like any other.
  const folded = normalize(text).replace(/(\d{4}-\d{2}-\d{2})t(?=\d)/g, '$1 ');
  const found: FoundDate[] = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const [y, mo, d, hh, mm, ss, ampm] = parts(m);
      if (!validDate(y, mo, d)) continue;
      if (found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length)) continue;
      let value = `${y}-${pad(mo)}-${pad(d)}`;
      if (hh !== undefined && mm !== undefined) {
        let h = Number(hh);
        if ((ampm === 'pm' || ampm === 'م') && h < 12) h += 12;
        if ((ampm === 'am' || ampm === 'ص') && h === 12) h = 0;
        if (h < 24 && Number(mm) < 60) value += `T${pad(h)}:${mm}${ss ? ':' + ss : ''}`;
      }
      found.push({ value, index: m.index, length: m[0].trimEnd().length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first absolute date of a text, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.value ?? null;
}
