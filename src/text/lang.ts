import { detect } from 'tinyld';

/** Share of letters that must be Arabic for a block to be Arabic (mixed blocks quote Latin names and handles;
 * 0.5 separates the sample pages' English tweets, 0.9+ Latin, from their Arabic paragraphs, 0.95+ Arabic). */
const ARABIC_SHARE = 0.5;

/** Arabic-script and Latin letter counts, by code ranges (a loop: regex matching was a hot spot). */
function letterCounts(text: string): [number, number] {
  let ar = 0, la = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) { if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) la++; }
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) ar++;
    else if (c >= 0xc0 && c <= 0x24f) la++;
  }
  return [ar, la];
}

/** Share of the letters of `text` that are Arabic script, 0 when there are none. */
export function arabicShare(text: string): number {
  const [ar, la] = letterCounts(text);
  return ar + la === 0 ? 0 : ar / (ar + la);
}

/**
 * Language of a block: 'ar' by script, else what tinyld says of Latin-script text ('en', 'fr', …), 'und' when
 * there is too little to tell.
 * @example language('Lavrov thanks North Korea') // 'en'
 */
export function language(text: string): string {
  const [ar, la] = letterCounts(text);
  if (ar + la === 0) return 'und';
  if (ar / (ar + la) >= ARABIC_SHARE) return 'ar';
  return detect(text) || 'und';
}
