import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'marsad-enrich-'));
const marsad = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/marsad.js', ...args], { encoding: 'utf8', input });

test('marsad dates resolves against --ref, and --batch answers one JSON line per input line', () => {
  const r = marsad(['dates', 'وصل مساء أمس الأربعاء', '--ref', '2023-10-19', '--format', 'json']);
  assert.deepEqual(JSON.parse(r.stdout), [{ text: 'مساء أمس الأربعاء', start: 4, end: 21, value: '2023-10-18' }]);
  const batch = join(dir, 'batch.jsonl');
  writeFileSync(batch, [JSON.stringify({ text: 'غدا الثلاثاء', ref: '2024-01-15' }), 'not json', JSON.stringify({ text: 'في 24 يونيو/ حزيران الماضي' })].join('\n'));
  const b = marsad(['dates', '--batch', batch]);
  const lines = b.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[0].results[0].value, '2024-01-16');
  assert.deepEqual(lines[1].results, []);
  assert.equal(lines[2].results[0].value, 'XXXX-06-24');
  assert.equal(b.status, 1);
  assert.match(b.stderr, /batch\.jsonl#2/);
  assert.equal(marsad(['dates', 'x', '--ref', 'tomorrow']).status, 2);
});

test('marsad annotate reads a file or standard input, a 200 KB text in one call', () => {
  const text = 'قال وزير الخارجية الروسي سيرغي لافروف أمس الأربعاء: "العلاقات مع بيونج يانج ممتازة". ';
  const r = marsad(['annotate', '-', '--format', 'json', '--ref', '2023-10-19'], text);
  const out = JSON.parse(r.stdout) as { entities: Array<{ name: string; mentions: Array<{ text: string; start: number; end: number }> }>; temporal: Array<{ value: string }>; quotes: Array<{ speaker: string }> };
  assert.deepEqual(out.entities.map((e) => e.name).slice(0, 2), ['سيرغي لافروف', 'بيونغ يانغ']);
  for (const e of out.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(out.temporal[0].value, '2023-10-18');
  assert.equal(out.quotes[0].speaker, 'سيرغي لافروف');
  const big = join(dir, 'big.txt');
  writeFileSync(big, text.repeat(Math.ceil(200_000 / Buffer.byteLength(text))));
  const b = marsad(['annotate', big, '--format', 'json']);
  assert.equal(b.status, 0, b.stderr);
  const bigOut = JSON.parse(b.stdout) as { entities: Array<{ name: string; mentions: unknown[] }> };
  assert.ok(bigOut.entities.find((e) => e.name === 'سيرغي لافروف')!.mentions.length > 1000);
  assert.equal(marsad(['annotate', join(dir, 'missing.txt')]).status, 2);
});

test('entities and entity read the store: spellings, co-occurrence, timeline; search filters by entity', () => {
  const db = join(dir, 'e.db');
  assert.equal(marsad(['ingest', 'examples', '--db', db]).status, 0);
  const list = JSON.parse(marsad(['entities', '--db', db, '--format', 'json', '--limit', '5']).stdout) as Array<{ name: string; articles: number }>;
  assert.equal(list[0].name, 'سيرغي لافروف');
  assert.equal(list[0].articles, 5);
  const e = JSON.parse(marsad(['entity', 'بيونج', 'يانج', '--db', db, '--format', 'json']).stdout) as { name: string; spellings: Array<{ text: string }>; cooccurring: Array<{ name: string }>; timeline: Array<{ value: string; sentence: string }> };
  assert.equal(e.name, 'بيونغ يانغ');
  assert.deepEqual(e.spellings.map((s) => s.text).sort(), ['بيونج يانج', 'بيونغ يانغ']);
  assert.ok(e.cooccurring.some((c) => c.name === 'سيرغي لافروف'));
  assert.ok(e.timeline.some((t) => t.value === '2023-10-18/2023-10-19'));
  const hits = JSON.parse(marsad(['search', 'لافروف', '--entity', 'وونسان', '--db', db, '--format', 'json']).stdout) as Array<{ file: string }>;
  assert.deepEqual(hits.map((h) => h.file.slice(-24, -21)).sort(), ['001', '003']);
  assert.equal(marsad(['entity', 'لا أحد بهذا الاسم', '--db', db]).status, 1);
});

test('the CLI counts in English with the noun\'s number («1 article», «2 stories»)', async () => {
  const { count } = await import('../../src/cli/count.ts');
  assert.deepEqual([count(1, 'article'), count(0, 'article'), count(2, 'story', 'stories')], ['1 article', '0 articles', '2 stories']);
});
