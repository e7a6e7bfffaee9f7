/**
 * Extraction on pages never seen (SaudiNewsNet articles in generated chrome, a third of them HTML): body F1 of
 * Marsad and of @mozilla/readability on the same pages, and pages per second on one core.
 *   node --import tsx bench/extract.ts [--pages 600] [--corpus ../shared/corpora/saudinewsnet]
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { corpusFiles, readJsonLines, type CorpusRecord } from '../src/acquire/corpus.ts';
import { createExtractor } from '../src/extract/index.ts';
import { makePage, random, type GeneratedPage } from './page-generator.ts';
import { scoreTokens, tokenF1 } from './score.ts';

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : dflt; };

export async function generatePages(corpusDir: string, count: number, seed = 7): Promise<GeneratedPage[]> {
  const records: CorpusRecord[] = [];
  const files = corpusFiles(corpusDir);
  for (const file of files.filter((_, i) => i % 3 === 1)) {
    for await (const item of readJsonLines(file)) if ('record' in item && (item.record.content ?? '').length > 400 && item.record.title) records.push(item.record);
  }
  const rnd = random(seed);
  const pages: GeneratedPage[] = [];
  for (let i = 0; i < count; i++) {
    const r = records[Math.floor(rnd() * records.length)];
    const others = [0, 1, 2].map(() => records[Math.floor(rnd() * records.length)]);
    pages.push(makePage(r, others, i, rnd));
  }
  return pages;
}

async function main() {
  const count = Number(arg('--pages', '600'));
  const pages = await generatePages(arg('--corpus', '../shared/corpora/saudinewsnet'), count);
  const extractor = createExtractor();
  const encoder = new TextEncoder();
  const inputs = pages.map((p) => ({ page: p, bytes: encoder.encode(p.content) }));
  const byLayout = new Map<string, number[]>();
  const f1s = { text: [] as number[], html: [] as number[] };
  const readabilityF1: number[] = [];
  let titleOk = 0, dateOk = 0;
  const worst: Array<[number, string]> = [];
  for (const { page, bytes } of inputs) {
    const a = extractor.extract({ origin: page.name, bytes, mediaType: page.kind === 'html' ? 'text/html' : 'text/plain' });
    const f = tokenF1(scoreTokens(a.body.map((b) => b.text).join('\n')), scoreTokens(page.truth.body.join('\n'))).f;
    f1s[page.kind].push(f);
    (byLayout.get(page.layout) ?? byLayout.set(page.layout, []).get(page.layout)!).push(f);
    titleOk += Number(a.title.trim() === page.truth.title);
    dateOk += Number(a.published?.startsWith(page.truth.published) ?? false);
    worst.push([f, page.name]);
    if (page.kind === 'html') {
      const { document } = parseHTML(page.content);
      const parsed = new Readability(document as unknown as Document).parse();
      readabilityF1.push(tokenF1(scoreTokens(parsed?.textContent ?? ''), scoreTokens(page.truth.body.join('\n'))).f);
    }
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
  const speed = (kind: 'text' | 'html') => {
    const sel = inputs.filter((x) => x.page.kind === kind);
    const rounds = 3;
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const { page, bytes } of sel) extractor.extract({ origin: page.name, bytes, mediaType: kind === 'html' ? 'text/html' : 'text/plain' });
    return (sel.length * rounds) / ((performance.now() - t0) / 1000);
  };
  const readabilitySpeed = () => {
    const sel = inputs.filter((x) => x.page.kind === 'html');
    const t0 = performance.now();
    for (const { page } of sel) new Readability(parseHTML(page.content).document as unknown as Document).parse();
    return sel.length / ((performance.now() - t0) / 1000);
  };
  console.log(`extraction on ${pages.length} generated pages (${f1s.text.length} text, ${f1s.html.length} HTML)`);
  console.log(`  marsad      body F1: all ${mean([...f1s.text, ...f1s.html]).toFixed(3)}  text ${mean(f1s.text).toFixed(3)}  html ${mean(f1s.html).toFixed(3)}   title ${titleOk}/${pages.length}  published ${dateOk}/${pages.length}`);
  console.log(`  readability body F1 on the HTML pages: ${mean(readabilityF1).toFixed(3)}`);
  for (const [layout, xs] of [...byLayout].sort()) console.log(`    ${layout.padEnd(8)} ${mean(xs).toFixed(3)} (${xs.length} pages)`);
  console.log(`  speed: text ${speed('text').toFixed(0)} pages/s, html ${speed('html').toFixed(0)} pages/s; readability html ${readabilitySpeed().toFixed(0)} pages/s`);
  if (process.argv.includes('--worst')) for (const [f, n] of worst.sort((a, b) => a[0] - b[0]).slice(0, 10)) console.log(`    worst ${f.toFixed(3)} ${n}`);
  return { f1: mean([...f1s.text, ...f1s.html]) };
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
export { main as benchExtract };
