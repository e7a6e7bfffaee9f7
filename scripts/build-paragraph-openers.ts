/**
 * Builds data/paragraph-openers.json: the words that most often open a news paragraph with the conjunction و
 * (وقال، وأضاف، وبحسب …), counted over SaudiNewsNet paragraphs. The extractor uses them to find where a
 * paragraph was glued onto a headline with no space (يُجيبوبحسب -> يُجيب | وبحسب).
 *   node --import tsx scripts/build-paragraph-openers.ts [CORPUS_DIR]
 */
import { writeFileSync } from 'node:fs';
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { normalize } from '../src/text/normalize.ts';

/** Openers seen at least this often (over 168k paragraphs) are kept: about 150 words. */
const MIN_COUNT = 40;
const dir = process.argv[2] ?? '../shared/corpora/saudinewsnet';
const counts = new Map<string, number>();
for (const file of corpusFiles(dir)) {
  for await (const item of readJsonLines(file)) {
    if (!('record' in item)) continue;
    for (const paragraph of (item.record.content ?? '').split(/\n+/)) {
      const first = normalize(paragraph.trim().split(/\s+/)[0] ?? '').replace(/[^\p{L}]/gu, '');
      if (first.startsWith('و') && first.length >= 4) counts.set(first, (counts.get(first) ?? 0) + 1);
    }
  }
}
const openers = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1]).map(([w]) => w);
writeFileSync('data/paragraph-openers.json', JSON.stringify({ about: 'Folded words that open news paragraphs with و, most common first (SaudiNewsNet counts). Edit freely.', words: openers }) + '\n');
console.log(`${openers.length} openers`);
