/**
 * Raw documents from paths: files, folders (recursively, in name order), JSON Lines and gzipped JSON Lines, one
 * raw document per record line. Streams: memory stays flat however big the input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDoc } from '../model.ts';
import { readLines } from './lines.ts';

/** What acquisition yields: a document to process, or an input that could not be read at all. */
export type Acquired = { doc: RawDoc } | { failure: { origin: string; reason: string } };

const PAGE = /\.(?:txt|html?|xhtml)$/i;
const JSONL = /\.jsonl(?:\.gz)?$/i;

export function mediaTypeOfPath(path: string): string {
  return /\.x?html?$/i.test(path) ? 'text/html' : 'text/plain';
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return `not valid gzip, or truncated (${(e as Error).message})`;
  return (e as Error).message;
}

/** Files below a folder that Marsad reads, sorted, recursively. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p));
    else if (PAGE.test(name) || JSONL.test(name)) out.push(p);
  }
  return out;
}

async function* jsonLines(path: string): AsyncGenerator<Acquired> {
  let n = 0;
  try {
    for await (const line of readLines(path)) {
      n++;
      if (line.trim() === '') continue;
      yield { doc: { origin: `${path}#${n}`, bytes: Buffer.from(line, 'utf8'), mediaType: 'application/json' } };
    }
  } catch (e) {
    yield { failure: { origin: `${path}${n ? `#${n + 1}` : ''}`, reason: `${reason(e)}; the ${n} lines before it were read` } };
  }
}

/**
 * Every raw document under `paths`, in order.
 * @example for await (const a of acquire(['examples/'])) if ('doc' in a) console.log(a.doc.origin)
 */
export async function* acquire(paths: string[]): AsyncGenerator<Acquired> {
  for (const path of paths) {
    let files: string[];
    try {
      files = statSync(path).isDirectory() ? walk(path) : [path];
    } catch (e) {
      yield { failure: { origin: path, reason: reason(e) } };
      continue;
    }
    for (const file of files) {
      if (JSONL.test(file)) { yield* jsonLines(file); continue; }
      try {
        yield { doc: { origin: file, bytes: readFileSync(file), mediaType: mediaTypeOfPath(file) } };
      } catch (e) {
        yield { failure: { origin: file, reason: reason(e) } };
      }
    }
  }
}
