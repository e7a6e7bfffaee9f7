import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLines } from './lines.ts';

/** One record of a JSON Lines corpus file such as SaudiNewsNet. */
export interface CorpusRecord {
  source?: string;
  url?: string;
  date_extracted?: string;
  title?: string;
  author?: string;
  content?: string;
  [key: string]: unknown;
}

/** The `.jsonl` and `.jsonl.gz` files of a folder, sorted by name. */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') || f.endsWith('.jsonl.gz'))
    .sort()
    .map((f) => join(dir, f));
}

/** Streams the records of a (gzipped) JSON Lines file; memory stays flat whatever its size. */
export async function* readJsonLines(path: string): AsyncGenerator<{ record: CorpusRecord; line: number } | { error: string; line: number }> {
  let n = 0;
  for await (const text of readLines(path)) {
    n++;
    if (text.trim() === '') continue;
    try {
      const value = JSON.parse(text) as unknown;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        yield { error: 'not a JSON object', line: n };
      } else {
        yield { record: value as CorpusRecord, line: n };
      }
    } catch (e) {
      yield { error: `malformed JSON (${(e as Error).message})`, line: n };
    }
  }
}
