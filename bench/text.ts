/**
 * Text core throughput over all SaudiNewsNet articles: normalize + tokenize, and search keys, on one core.
 *   node --import tsx bench/text.ts [CORPUS_DIR]
 */
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { normalize, searchKeys, tokenize } from '../src/text/index.ts';

export async function benchText(dir = '../shared/corpora/saudinewsnet'): Promise<void> {
  const texts: string[] = [];
  for (const file of corpusFiles(dir)) for await (const item of readJsonLines(file)) if ('record' in item) texts.push(`${item.record.title ?? ''}\n${item.record.content ?? ''}`);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const mb = bytes / 1e6;
  // Warm up the JIT on a slice, then time whole passes.
  for (const t of texts.slice(0, 2000)) { normalize(t); tokenize(t); searchKeys(t); }
  let tokens = 0;
  let t0 = performance.now();
  for (const t of texts) normalize(t);
  const normS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (const t of texts) { normalize(t); tokens += tokenize(t).length; }
  const ntS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (const t of texts) searchKeys(t);
  const keyS = (performance.now() - t0) / 1000;
  console.log(`text core over ${texts.length} articles, ${mb.toFixed(1)} MB UTF-8, ${tokens} tokens`);
  console.log(`  normalize             ${(mb / normS).toFixed(1)} MB/s`);
  console.log(`  normalize + tokenize  ${(mb / ntS).toFixed(1)} MB/s, ${(tokens / ntS / 1e6).toFixed(2)} M tokens/s`);
  console.log(`  search keys           ${(mb / keyS).toFixed(1)} MB/s, ${(tokens / keyS / 1e6).toFixed(2)} M tokens/s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchText(process.argv[2]);
