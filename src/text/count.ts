/**
 * Counted nouns in Arabic: the noun agrees with its number, by the category Intl.PluralRules('ar') gives it: one
 * «مقال واحد», two «مقالان» (the dual, no digit), 3–10 «3 مقالات», 11–99 «11 مقالًا», 0 and 100 «100 مقال».
 * The forms are written by hand (no library inflects Arabic nouns), each for the place it is used in: after «من»
 * the dual is genitive («من مصدرين»).
 */
export interface CountedNoun { one: string; two: string; few: string; many: string; other: string }

const rules = new Intl.PluralRules('ar');

/** `n` with its noun in the form its number asks for. */
export function counted(n: number, noun: CountedNoun): string {
  switch (rules.select(n)) {
    case 'one': return noun.one;
    case 'two': return noun.two;
    case 'few': return `${n} ${noun.few}`;
    case 'many': return `${n} ${noun.many}`;
    default: return `${n} ${noun.other}`;
  }
}

/** The nouns stories are counted in. */
export const NOUNS = {
  /** Articles, as a subject: «مقالان»، «12 مقالًا». */
  article: { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال' },
  /** Outlets, after «من»: «من مصدرين». */
  outlet: { one: 'مصدر واحد', two: 'مصدرين', few: 'مصادر', many: 'مصدرًا', other: 'مصدر' },
  /** Copies of an article, after «و»: «ونسختان مكررتان». */
  copy: { one: 'نسخة مكررة', two: 'نسختان مكررتان', few: 'نسخ مكررة', many: 'نسخة مكررة', other: 'نسخة مكررة' },
  /** Copies listed under an article, after «و»: «ونسختان مطابقتان». */
  identicalCopy: { one: 'نسخة مطابقة', two: 'نسختان مطابقتان', few: 'نسخ مطابقة', many: 'نسخة مطابقة', other: 'نسخة مطابقة' },
  /** An entity's mentions: «12 إشارة». */
  mention: { one: 'إشارة واحدة', two: 'إشارتان', few: 'إشارات', many: 'إشارة', other: 'إشارة' },
  /** Days, after «خلال»: «خلال يومين». */
  day: { one: 'يوم واحد', two: 'يومين', few: 'أيام', many: 'يومًا', other: 'يوم' },
} satisfies Record<string, CountedNoun>;
