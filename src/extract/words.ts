/** Words of a block: runs of letters, marks and digits. */
/** Counts words, marks and digits, counted by a loop (a regex over every paragraph was a hot spot). */
export function wordCount(s: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7
      && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe10 && c <= 0xfe6f) && !(c >= 0xff00 && c <= 0xff0f)
      && c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x066a && c !== 0x066b && c !== 0x066c && c !== 0x06d4 && c !== 0xfeff);
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}
