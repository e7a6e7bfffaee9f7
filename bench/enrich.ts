/**
 * Enrichment throughput (time expressions, entities with the tagger, quotes) over SaudiNewsNet articles on one
 * core, and the number of entities and time expressions found.
 *   node --import tsx bench/enrich.ts [CORPUS_DIR] [--articles N]
 */
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { createEnricher } from '../src/enrich/index.ts';
import { articleFromContent } from '../src/extract/record.ts';
import type { Article } from '../src/model.ts';

export async function benchEnrich(dir = '../shared/corpora/saudinewsnet', limit = Infinity): Promise<void> {
  const articles: Article[] = [];
  for (const file of corpusFiles(dir)) {
    for await (const item of readJsonLines(file)) {
      if (!('record' in item) || !item.record.content?.trim()) continue;
      articles.push(articleFromContent(item.record, file));
      if (articles.length >= limit) break;
    }
    if (articles.length >= limit) break;
  }
  const enrich = createEnricher();
  for (const a of articles.slice(0, 300)) enrich(a);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let entities = 0, dates = 0, quotes = 0;
  for (const a of articles) {
    const e = enrich(a, a.published);
    entities += e.entities.length; dates += e.temporal.length; quotes += e.quotes.length;
  }
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`  enrichment of ${articles.length} articles: ${(articles.length / s).toFixed(0)} articles/s on one core (${(articles.length / cpuS).toFixed(0)} per CPU-second, GC threads included); ${(entities / articles.length).toFixed(1)} entities, ${(dates / articles.length).toFixed(1)} time expressions, ${(quotes / articles.length).toFixed(2)} quotes per article`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--articles');
  await benchEnrich(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined, i > 0 ? Number(process.argv[i + 1]) : 3000);
}
