import assert from 'node:assert/strict';
import { test } from 'node:test';
import data from '../fixtures/arabic-text.json' with { type: 'json' };
import { isStopword, language, normalize, searchKey, searchKeys, sentences, tokenize } from '../../src/text/index.ts';

test('every reference normalization pair holds', () => {
  for (const [input, expected] of data.normalize) assert.equal(normalize(input), expected, `normalize(${input})`);
});

test('every same_key group gets one key, word by word', () => {
  for (const group of data.same_key) {
    const keys = new Set(group.map((w) => searchKeys(w).join(' ')));
    assert.equal(keys.size, 1, `${group.join(' / ')} -> ${[...keys].join(' / ')}`);
  }
});

test('every different_key pair stays different', () => {
  for (const [a, b] of data.different_key) assert.notEqual(searchKeys(a).join(' '), searchKeys(b).join(' '), `${a} vs ${b}`);
});

test('normalize folds what matching needs and nothing else', () => {
  assert.equal(normalize('Lavrov SAID'), 'lavrov said');
  assert.equal(normalize('ڤلاديمير'), 'فلاديمير');
  assert.equal(normalize('مسؤول هيئة'), 'مسوول هييه', 'hamza seats fold');
  assert.equal(normalize('\u202bنص\u202c'), 'نص');
  assert.equal(normalize(''), '');
  assert.equal(normalize('plain ascii stays'), 'plain ascii stays');
  assert.equal(normalize('ﻻ'), 'لا', 'lam-alef ligature decomposes');
});

test('tokenize keeps offsets into the original text', () => {
  const text = 'قالَ لافروفُ، الخميس: ٢٠٢٤ و6.935 سون-هوي Lavrov';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(tokens.map((t) => t.norm), ['قال', 'لافروف', 'الخميس', '2024', 'و6.935', 'سون', 'هوي', 'lavrov']);
  assert.equal(tokens[3].kind, 'num');
  assert.equal(tokens[7].kind, 'latin');
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize('\u200f\u200f ... ،'), []);
});

test('sentences split at Arabic and Latin ends, not inside quotes, numbers or abbreviations', () => {
  const s = sentences('قال د. أحمد إن العدد بلغ 6.935 شخصا. هل انتهى؟ نعم! قال: «لا. أبدا». Hello U.S. army. آخر');
  assert.deepEqual(s.map((x) => x.text), [
    'قال د. أحمد إن العدد بلغ 6.935 شخصا.', 'هل انتهى؟', 'نعم!', 'قال: «لا. أبدا».', 'Hello U.S. army.', 'آخر',
  ]);
  const text = 'أولى.ثانية… ثالثة';
  for (const x of sentences(text)) assert.equal(text.slice(x.start, x.end), x.text);
  assert.equal(sentences(text).length, 3);
  // A line break ends one: a dateline stands apart from the sentence under it.
  assert.deepEqual(sentences('عين اليوم – جدة\nقال إمام المسجد إن التفجير وقع عند الصلاة').map((x) => x.text), ['عين اليوم – جدة', 'قال إمام المسجد إن التفجير وقع عند الصلاة']);
});

test('search keys strip clitics but not a word\'s own letters, and leave names alone', () => {
  assert.equal(searchKey('وزير'), 'وزير');
  assert.equal(searchKey('وقال'), searchKey('قال'));
  assert.equal(searchKey('لحرب'), searchKey('حرب'));
  assert.equal(searchKey('بيان'), 'بيان');
  assert.equal(searchKey('والخارجيّة'), searchKey('الخارجية'));
  assert.equal(searchKey('Lavrov'), 'lavrov');
  assert.equal(searchKey('٢٠٢٤'), '2024');
});

test('stop words and block language', () => {
  assert.ok(isStopword('في'));
  assert.ok(isStopword('الّتي'));
  assert.ok(!isStopword('لافروف'));
  assert.equal(language('Lavrov is being greeted in North Korea like a pop star'), 'en');
  assert.equal(language('وصل لافروف إلى بيونغ يانغ'), 'ar');
  assert.equal(language('12345 ...'), 'und');
});

test('counted nouns agree with their number as Arabic asks (one, two, 3-10, 11-99, 100)', async () => {
  const { counted, NOUNS } = await import('../../src/text/index.ts');
  assert.deepEqual([1, 2, 3, 10, 11, 99, 100, 102, 0].map((n) => counted(n, NOUNS.article)), ['مقال واحد', 'مقالان', '3 مقالات', '10 مقالات', '11 مقالًا', '99 مقالًا', '100 مقال', '102 مقال', '0 مقال']);
  assert.equal(`من ${counted(2, NOUNS.outlet)}`, 'من مصدرين', 'the dual after «من» is genitive');
  assert.equal(`خلال ${counted(2, NOUNS.day)}`, 'خلال يومين');
});

test('a person named by one word news writes often is ambiguous; a rarer name, a fuller one or a known person is not', async () => {
  const { isAmbiguousPerson } = await import('../../src/text/index.ts');
  const person = (name: string, wikidata: string | null = null) => ({ name, type: 'PER', wikidata });
  for (const name of ['محمد', 'فهد', 'الزهراني']) assert.ok(isAmbiguousPerson(person(name)), name);
  for (const name of ['ميسي', 'محمد العمرة']) assert.ok(!isAmbiguousPerson(person(name)), name);
  assert.ok(!isAmbiguousPerson(person('أوباما', 'Q76')), 'a Wikidata id names him');
  assert.ok(!isAmbiguousPerson({ name: 'الرياض', type: 'LOC', wikidata: null }), 'places are not persons');
});
