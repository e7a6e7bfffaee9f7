/**
 * Builds data/idf.json: inverse document frequencies of search keys over a news corpus (SaudiNewsNet), for
 * TF-IDF similarity in extraction (is this paragraph about the same thing?) and story clustering. Keys seen in
 * fewer than MIN_DF documents are left out and take the largest IDF.
 *   node --import tsx scripts/build-idf.ts [CORPUS_DIR]
 */
import { writeFileSync } from 'node:fs';
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { searchKeys } from '../src/text/stem.ts';

const MIN_DF = 5;
const dir = process.argv[2] ?? '../shared/corpora/saudinewsnet';
const df = new Map<string, number>();
let docs = 0;
for (const file of corpusFiles(dir)) {
  for await (const item of readJsonLines(file)) {
    if (!('record' in item)) continue;
    docs++;
    for (const k of new Set(searchKeys(`${item.record.title ?? ''} ${item.record.content ?? ''}`))) if (k.length >= 2) df.set(k, (df.get(k) ?? 0) + 1);
  }
}
const idf: Record<string, number> = {};
for (const [k, n] of [...df].sort((a, b) => b[1] - a[1])) if (n >= MIN_DF) idf[k] = Math.round(Math.log(docs / n) * 100) / 100;
writeFileSync('data/idf.json', JSON.stringify({ about: `IDF (natural log) of search keys over ${docs} SaudiNewsNet articles; keys in fewer than ${MIN_DF} articles are absent and count as maxIdf.`, docs, maxIdf: Math.round(Math.log(docs / 1) * 100) / 100, idf }) + '\n');
console.log(`docs ${docs}, keys ${Object.keys(idf).length}`);
