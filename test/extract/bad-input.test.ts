import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { createExtractor, ExtractError } from '../../src/extract/index.ts';
import { decode } from '../../src/extract/decode.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-bad-'));
const ARABIC_PAGE = 'عنوان الخبر الرئيسي اليوم\nوصل وزير الخارجية إلى العاصمة في زيارة رسمية تستغرق يومين، وفق ما أعلنت الوزارة في بيان.\nوقال الوزير إن الزيارة تهدف إلى تعزيز العلاقات بين البلدين في مختلف المجالات.\n';

function marsad(args: string[]) {
  return spawnSync(process.execPath, ['bin/marsad.js', ...args], { encoding: 'utf8' });
}

test('empty, binary, oversized and unreadable inputs each get one clear line; the good page is still extracted', () => {
  const good = join(dir, 'good.txt');
  writeFileSync(good, ARABIC_PAGE);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  writeFileSync(join(dir, 'big.txt'), ARABIC_PAGE.repeat(50));
  const r = marsad(['extract', join(dir, 'empty.txt'), join(dir, 'blank.txt'), good, join(dir, 'binary.txt'), join(dir, 'big.txt'), join(dir, 'missing.txt'), dir, '--format', 'json', '--max-bytes', '2000']);
  assert.equal(r.status, 1, r.stderr);
  const out = JSON.parse(r.stdout) as Array<{ file: string; title: string }>;
  assert.deepEqual(out.map((a) => a.file), [good]);
  assert.equal(out[0].title, 'عنوان الخبر الرئيسي اليوم');
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 6, r.stderr);
  assert.match(lines[0], /empty\.txt: empty file/);
  assert.match(lines[1], /blank\.txt: empty file/);
  assert.match(lines[2], /binary\.txt: binary file/);
  assert.match(lines[3], /big\.txt: larger than the size limit/);
  assert.match(lines[4], /missing\.txt: no such file/);
  assert.match(lines[5], /is a directory/);
});

test('a page the user cannot read is reported, not fatal', { skip: process.getuid?.() === 0 ? 'root reads every file' : false }, () => {
  const p = join(dir, 'secret.txt');
  writeFileSync(p, ARABIC_PAGE);
  chmodSync(p, 0);
  const r = marsad(['extract', p, '--format', 'json']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /secret\.txt: permission denied/);
});

test('wrong usage exits 2', () => {
  assert.equal(marsad(['extract', 'x.txt', '--format', 'yaml']).status, 2);
  assert.equal(marsad(['extract']).status, 2);
});

test('UTF-8 with BOM, Windows-1256 and ISO-8859-6 are detected and decoded', () => {
  const text = 'وصل وزير الخارجية إلى العاصمة في زيارة رسمية';
  assert.equal(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text, text);
  const cp1256 = iconv.encode(text, 'windows-1256');
  const iso = iconv.encode(text, 'iso-8859-6');
  assert.notDeepEqual(cp1256, iso, 'the two encodings differ for this text');
  assert.deepEqual(decode(cp1256), { text, encoding: 'windows-1256' });
  assert.deepEqual(decode(iso), { text, encoding: 'iso-8859-6' });
  const page = createExtractor().extract({ origin: 'legacy.txt', bytes: iconv.encode(ARABIC_PAGE, 'windows-1256'), mediaType: 'text/plain' });
  assert.equal(page.title, 'عنوان الخبر الرئيسي اليوم');
  assert.equal(page.body.length, 2);
});

test('bytes that are no known encoding are refused with the reason', () => {
  assert.throws(() => decode(Buffer.from([0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88])), (e: Error) => e instanceof ExtractError && /encoding/.test(e.message));
});

test('a page with no article text is an error naming the reason', () => {
  assert.throws(() => createExtractor().extract({ origin: 'x.txt', bytes: Buffer.from('1\n2\n3\n'), mediaType: 'text/plain' }), /no article text/);
});
