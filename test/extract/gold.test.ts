/**
 * The quality gate: the sample pages against their gold, scored by Marsad's own scorer (bench/score.ts, the
 * same folding and F1 as ../shared/eval/score.mjs), held to the minimums in test/fixtures/quality-minimums.json.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import gold from '../fixtures/gold/seeds.json' with { type: 'json' };
import minimums from '../fixtures/quality-minimums.json' with { type: 'json' };
import { fold, scorePage, type GoldPage } from '../../bench/score.ts';
import { createAnalyzer } from '../../src/pipeline.ts';
import type { Article } from '../../src/model.ts';

const analyzer = createAnalyzer();
const articles = new Map<string, Article>(
  readdirSync('examples').filter((f) => f.endsWith('.txt')).map((f) => [f, analyzer.analyze({ origin: `examples/${f}`, bytes: readFileSync(`examples/${f}`), mediaType: 'text/plain' })]),
);
const pages = gold.pages as unknown as Array<GoldPage & { embeds: Array<{ author: string | null; handle: string | null; date: string | null; url: string | null }>; related: Array<{ title: string }>; tags: string[]; category: string | null; aggregator_scores: { health: number; importance: number } | null }>;

test('every sample page is extracted', () => {
  for (const g of pages) assert.ok(articles.has(g.file), g.file);
});

test('body, title, date and source reach the stored minimums, with no boilerplate leaked', () => {
  const scores = pages.map((g) => scorePage(articles.get(g.file)!, g));
  const meanF1 = scores.reduce((s, x) => s + x.f1, 0) / scores.length;
  const leaks = scores.flatMap((s) => s.leaks.map((l) => `${s.file}: ${l}`));
  assert.ok(meanF1 >= minimums.meanBodyF1, `mean body F1 ${meanF1.toFixed(4)} < ${minimums.meanBodyF1}: ${scores.map((s) => s.f1.toFixed(3)).join(' ')}`);
  assert.ok(leaks.length <= minimums.maxLeaks, `leaks: ${leaks.join('; ')}`);
  assert.ok(scores.filter((s) => s.title).length >= minimums.title, 'titles');
  assert.ok(scores.filter((s) => s.published).length >= minimums.published, 'published dates');
  assert.ok(scores.filter((s) => s.source).length >= minimums.source, 'sources');
});

test('embedded posts carry author, handle, date and link as in the gold', () => {
  let matched = 0;
  for (const g of pages) {
    const a = articles.get(g.file)!;
    assert.equal(a.embeds.length, g.embeds.length, `${g.file}: number of embeds`);
    g.embeds.forEach((ge, i) => {
      const e = a.embeds[i];
      if (e.author === ge.author && e.handle === ge.handle && e.date === ge.date && e.url === ge.url) matched++;
    });
  }
  assert.ok(matched >= minimums.embeds, `${matched} embeds fully right`);
});

test('related items are found apart from the body, each with its title', () => {
  let matched = 0;
  for (const g of pages) {
    const titles = new Set(articles.get(g.file)!.related.map((r) => fold(r.title).trim()));
    matched += g.related.filter((r) => titles.has(fold(r.title).trim())).length;
  }
  assert.ok(matched >= minimums.relatedItems, `${matched} related titles found`);
});

test('tags are the article\'s own, category and aggregator scores are read', () => {
  for (const g of pages) {
    const a = articles.get(g.file)!;
    assert.deepEqual(a.tags.map((t) => fold(t)), g.tags.map((t) => fold(t)), `${g.file}: tags`);
    assert.equal(a.category, g.category, `${g.file}: category`);
    assert.deepEqual(a.aggregator_scores ?? null, g.aggregator_scores, `${g.file}: scores`);
  }
});

test('a relative age is never taken for a publication date', () => {
  const a = articles.get('001_0da1ffbe29b36b8b.txt')!;
  assert.equal(a.published, null);
  assert.equal(a.related[0].age, 'منذ 2 ساعات');
});

test('time expressions resolve to the gold values', () => {
  let hit = 0;
  for (const g of pages) {
    const a = articles.get(g.file)!;
    for (const gt of g.temporal ?? []) if (a.temporal.some((t) => fold(t.text).includes(fold(gt.text)) && t.value === gt.value)) hit++;
  }
  assert.ok(hit >= minimums.temporal, `${hit} time expressions right`);
});

test('every gold entity is found, each as one entity', () => {
  const all = [...articles.values()].flatMap((a) => a.entities);
  let found = 0, unified = 0;
  const misses: string[] = [];
  for (const ge of (gold as unknown as { entities: Array<{ name: string; surface: string[] }> }).entities) {
    const forms = new Set(ge.surface.map((x) => fold(x).trim()));
    const keys = new Set(all.filter((e) => e.mentions.some((m) => forms.has(fold(m.text).trim()))).map((e) => e.wikidata || fold(e.name)));
    if (keys.size >= 1) found++;
    if (keys.size === 1) unified++; else misses.push(`${ge.name}: ${[...keys].join(' | ') || 'not found'}`);
  }
  assert.ok(found >= minimums.entitiesFound, `found ${found}: ${misses.join('; ')}`);
  assert.ok(unified >= minimums.entitiesUnified, `unified ${unified}: ${misses.join('; ')}`);
});

test('entity mentions, time expressions and quotes point into the body text', () => {
  for (const a of articles.values()) {
    const text = a.body.map((b) => b.text).join('\n');
    for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const t of a.temporal) assert.equal(text.slice(t.start, t.end), t.text);
    for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  }
});
