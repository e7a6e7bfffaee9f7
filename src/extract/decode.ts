/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1256 and ISO-8859-6 told apart by which
 * decoding yields Arabic letters. Fatal problems (empty, binary, too large) throw an ExtractError naming the reason.
 */

export class ExtractError extends Error {
  override name = 'ExtractError';
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';
}

/** Share of control bytes (other than tab, CR, LF, FF) above which a file is binary, not text. Text pages
 * have none; 0.01 tolerates a stray control character in a scraped page. */
const MAX_CONTROL_SHARE = 0.01;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function controlShare(bytes: Uint8Array, limit: number): number {
  let control = 0;
  const n = Math.min(bytes.length, limit);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 1;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n === 0 ? 0 : control / n;
}

/** Arabic letters per non-ASCII character: near 1 for the right single-byte decoding, low for the wrong one. */
function arabicFit(text: string): number {
  let arabic = 0, other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x0621 && c <= 0x064a) arabic++;
    else other++;
  }
  return arabic + other === 0 ? 0 : arabic / (arabic + other);
}

/**
 * Decodes a page's bytes, or throws ExtractError('empty file' | 'binary file …' | 'larger than …').
 * @example decode(new TextEncoder().encode('مرحبا')).text // 'مرحبا'
 */
export function decode(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES, declared?: string | null): Decoded {
  if (bytes.length > maxBytes) throw new ExtractError(`larger than the size limit (${bytes.length} bytes > ${maxBytes}; raise it with --max-bytes)`);
  if (bytes.length === 0) throw new ExtractError('empty file');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = null;
  }
  // Control characters mark a binary file; valid UTF-8 text is only scanned when it holds any at all.
  if ((text === null || /[\u0000-\u0008\u000e-\u001f]/.test(text)) && controlShare(bytes, 65536) > MAX_CONTROL_SHARE) {
    throw new ExtractError('binary file, not a text or HTML page');
  }
  if (text !== null) {
    if (text.trim() === '') throw new ExtractError('empty file (only white space)');
    return { text, encoding: 'utf-8' };
  }
  const candidates = (['windows-1256', 'iso-8859-6'] as const).map((encoding) => {
    const decoded = new TextDecoder(encoding).decode(bytes);
    return { text: decoded, encoding, fit: arabicFit(decoded) + (declared?.toLowerCase() === encoding ? 0.05 : 0) };
  });
  candidates.sort((a, b) => b.fit - a.fit);
  const best = candidates[0];
  if (best.fit < 0.5) throw new ExtractError('unknown text encoding (not UTF-8, Windows-1256 or ISO-8859-6)');
  if (best.text.trim() === '') throw new ExtractError('empty file (only white space)');
  return { text: best.text, encoding: best.encoding };
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExtractError('invalid UTF-8 after a UTF-8 byte-order mark');
  }
}
