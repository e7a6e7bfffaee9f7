/**
 * Reading ANERcorp's CoNLL file (one `token TAG` a line) into sentences of folded words (and the words as written), for the NER scripts. A module
 * of its own so that other scripts can read the corpus without running the training in scripts/train-ner.ts.
 */
import { readFileSync } from 'node:fs';
import { TAGS, type Tag } from '../src/enrich/tagger.ts';
import { normalize } from '../src/text/index.ts';

/** `words` folded (what the tagger learns from), `written` as the corpus writes them (what a caller passes to the
 * recognizer, whose rules read the written form: «على» is not «علي», «مكتبه» not «مكتبة»). */
export type Sentence = { words: string[]; tags: Tag[]; phrases?: string[][]; written?: string[] };

/** Sentences end at «.», «!», «?», «؟» or after 120 tokens; tags outside TAGS read as O. */
export function readConll(file: string): Sentence[] {
  const sentences: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [], written: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\S+)\s+(\S+)\s*$/.exec(line.trim());
    if (!m) continue;
    const t = (TAGS as readonly string[]).includes(m[2]) ? (m[2] as Tag) : 'O';
    cur.words.push(normalize(m[1]));
    cur.written!.push(m[1]);
    cur.tags.push(t);
    if (/^[.!?؟]$/.test(m[1]) || cur.words.length >= 120) { sentences.push(cur); cur = { words: [], tags: [], written: [] }; }
  }
  if (cur.words.length) sentences.push(cur);
  return sentences;
}
