/**
 * Embedded social posts from the embed blocks of a page: consecutive Latin-script blocks form one post, which
 * ends at its signature line («— NBC News (@NBCNews) October 19, 2023»).
 */
import type { Embed } from '../model.ts';
import { parseDate } from '../text/index.ts';

/** «— NBC News (@NBCNews) October 19, 2023»: a line of its own in text pages, anywhere in an HTML embed. */
const SIGNATURE = /^[—–-]\s*(.+?)\s*\((@[A-Za-z0-9_]+)\)\s*(.*)$/;
const SIGNATURE_INSIDE = /[—–]\s*([^—–()]+?)\s*\((@[A-Za-z0-9_]+)\)\s*(.*)$/;
const COPYRIGHT_AUTHOR = /©\s*([^#|\n]+?)\s*(?=#|\||pic\.twitter|https?:|$)/;
const LINK = /(?:https?:\/\/\S+|pic\.twitter\.com\/\w+)/;
const PLATFORMS: Array<[RegExp, string]> = [
  [/pic\.twitter\.com|\bt\.co\/|twitter\.com|\bx\.com\//i, 'twitter'],
  [/instagram\.com|instagr\.am/i, 'instagram'],
  [/facebook\.com|fb\.watch|fb\.com/i, 'facebook'],
  [/youtube\.com|youtu\.be/i, 'youtube'],
  [/tiktok\.com/i, 'tiktok'],
  [/\bt\.me\//i, 'telegram'],
];

/** Groups the texts of consecutive embed blocks into posts; a signature line closes a post. */
export function groupEmbeds(runs: string[][]): string[][] {
  const posts: string[][] = [];
  for (const run of runs) {
    let current: string[] = [];
    for (const text of run) {
      current.push(text);
      if (SIGNATURE.test(text)) { posts.push(current); current = []; }
    }
    if (current.length) posts.push(current);
  }
  return posts;
}

/** One post from its lines. */
export function parseEmbed(lines: string[]): Embed {
  const text = lines.join(' ');
  const signature = lines.map((l) => SIGNATURE.exec(l)).find((m) => m !== null) ?? SIGNATURE_INSIDE.exec(text);
  const link = LINK.exec(text)?.[0] ?? null;
  const platform = PLATFORMS.find(([re]) => re.test(text))?.[1] ?? (signature ? 'twitter' : null);
  return {
    platform,
    text,
    author: signature?.[1] ?? COPYRIGHT_AUTHOR.exec(text)?.[1]?.trim() ?? null,
    handle: signature?.[2] ?? null,
    date: signature ? parseDate(signature[3]) : null,
    url: link,
  };
}
