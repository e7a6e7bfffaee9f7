import { detect } from 'tinyld';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;
const LATIN = /[A-Za-z\u00c0-\u024f]/g;
/** Share of letters that must be Arabic for a block to be Arabic (mixed blocks quote Latin names and handles;
 * 0.5 separates the sample pages' English tweets, 0.9+ Latin, from their Arabic paragraphs, 0.95+ Arabic). */
const ARABIC_SHARE = 0.5;

/** Share of the letters of `text` that are Arabic script, 0 when there are none. */
export function arabicShare(text: string): number {
  const ar = text.match(ARABIC)?.length ?? 0;
  const la = text.match(LATIN)?.length ?? 0;
  return ar + la === 0 ? 0 : ar / (ar + la);
}

/**
 * Language of a block: 'ar' by script, else what tinyld says of Latin-script text ('en', 'fr', …), 'und' when
 * there is too little to tell.
 * @example language('Lavrov thanks North Korea') // 'en'
 */
export function language(text: string): string {
  const ar = text.match(ARABIC)?.length ?? 0;
  const la = text.match(LATIN)?.length ?? 0;
  if (ar + la === 0) return 'und';
  if (ar / (ar + la) >= ARABIC_SHARE) return 'ar';
  return detect(text) || 'und';
}
