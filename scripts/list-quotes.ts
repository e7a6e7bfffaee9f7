/**
 * Every quote found in SaudiNewsNet articles, one a line: the article's number, the speaker ([-] for none) and the
 * 90 characters before the quote. Run it before and after a change to the quote rules and diff the two lists: each
 * changed speaker is read in context (how the quote changes in the commit messages were counted).
 *   node --import tsx scripts/list-quotes.ts [CORPUS_DIR] > quotes.tsv      (N=4000 articles, SKIP=0 first)
 */
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { createEnricher } from '../src/enrich/index.ts';
import { articleFromContent } from '../src/extract/record.ts';

const dir = process.argv[2] ?? '../shared/corpora/saudinewsnet';
const count = Number(process.env.N ?? 4000);
const skip = Number(process.env.SKIP ?? 0);
const enrich = createEnricher({ disable: ['temporal'] });
let seen = 0, listed = 0;
outer: for (const file of corpusFiles(dir)) {
  for await (const item of readJsonLines(file)) {
    if (!('record' in item) || !item.record.content?.trim()) continue;
    if (seen++ < skip) continue;
    const article = articleFromContent(item.record, file);
    const text = article.body.map((b) => b.text).join('\n');
    for (const q of enrich(article, article.published).quotes) {
      process.stdout.write(`${listed}\t[${q.speaker ?? '-'}]\t${text.slice(Math.max(0, q.start - 90), q.start).replace(/\n/g, ' ')}\n`);
    }
    if (++listed >= count) break outer;
  }
}
