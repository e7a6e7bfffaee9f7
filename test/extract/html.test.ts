import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import gold from '../fixtures/gold/seeds.json' with { type: 'json' };
import { scorePage, type GoldPage } from '../../bench/score.ts';
import { createExtractor } from '../../src/extract/index.ts';

const extract = createExtractor().extract;
const html = (file: string) => extract({ origin: file, bytes: readFileSync(file), mediaType: 'text/html' });

test('the sample pages as HTML extract like the text pages', () => {
  for (const [file, index] of [['test/fixtures/html/001.html', 1], ['test/fixtures/html/004.html', 4]] as const) {
    const g = gold.pages[index] as unknown as GoldPage;
    const a = html(file);
    const s = scorePage(a, g);
    assert.ok(s.f1 >= 0.99, `${file}: body F1 ${s.f1}`);
    assert.deepEqual(s.leaks, [], `${file}: leaks`);
    assert.ok(s.title, `${file}: title «${a.title}»`);
    assert.equal(a.body.filter((b) => b.type === 'h').length, g.body.filter((b) => b.type === 'h').length, `${file}: subheadings`);
    assert.ok(a.related.length >= 2, `${file}: related items`);
  }
  const a = html('test/fixtures/html/004.html');
  assert.equal(a.published, '2023-10-20T09:07:06', 'JSON-LD datePublished');
  assert.equal(a.source, 'فرانس 24', 'JSON-LD publisher');
  assert.equal(a.category, 'سياسة', 'JSON-LD articleSection');
});

test('scripts, styles and event handlers never reach the text', () => {
  const a = html('test/fixtures/html/001.html');
  const all = JSON.stringify(a);
  assert.ok(!all.includes('dataLayer') && !all.includes('onerror') && !all.includes('alert('), 'script text leaked');
});

test('an embedded tweet in HTML becomes an embed with its signature read', () => {
  const page = `<html><body><article><h1>لافروف في بيونغ يانغ</h1>
    <p>وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ في زيارة تستغرق يومين، وفق ما أعلنت وزارة الخارجية.</p>
    <blockquote class="twitter-tweet"><p lang="en">Lavrov arrives in Pyongyang pic.twitter.com/abc</p>&mdash; NBC News (@NBCNews) <a href="https://twitter.com/NBCNews/status/1">October 19, 2023</a></blockquote>
    <p>وقال لافروف إن العلاقات بين البلدين بلغت مستوى جديدا، مشيرا إلى أن كوريا الشمالية تدعم روسيا في الحرب.</p></article></body></html>`;
  const a = extract({ origin: 'x.html', bytes: new TextEncoder().encode(page), mediaType: 'text/html' });
  assert.equal(a.body.length, 2);
  assert.equal(a.embeds.length, 1);
  assert.deepEqual({ ...a.embeds[0], text: undefined }, { platform: 'twitter', text: undefined, author: 'NBC News', handle: '@NBCNews', date: '2023-10-19', url: 'pic.twitter.com/abc' });
});

test('broken HTML and broken JSON-LD still give the visible article', () => {
  const page = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head><body><div><h1>عنوان الخبر هنا</h1><p>هذه فقرة أولى من الخبر تتحدث عن زيارة الوزير إلى العاصمة أمس.<p>وهذه فقرة ثانية تكمل الخبر وتذكر تفاصيل اللقاء مع المسؤولين.</div>`;
  const a = extract({ origin: 'broken.html', bytes: new TextEncoder().encode(page), mediaType: 'text/html' });
  assert.equal(a.title, 'عنوان الخبر هنا');
  assert.equal(a.body.length, 2);
});

test('a page\'s body paragraph loses the link back to the article an outlet appends, as a record\'s does', () => {
  const page = `<html><body><article><h1>طيران ناس تكرم طاقم طائرة</h1>
    <p>كرم طيران ناس طاقم الرحلة 301 بعد هبوط اضطراري ناجح في مطار الرياض الدولي مساء أمس الأربعاء.</p>
    <p>وعاد القائد بالطائرة إلى المدرج بعد عطل في أحد المحركات دون إصابات بين الركاب. رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة</p>
    <p>رابط الخبر: طيران ناس تكرم طاقم طائرة</p></article></body></html>`;
  const a = extract({ origin: 'x.html', bytes: new TextEncoder().encode(page), mediaType: 'text/html' });
  assert.equal(a.body.at(-1)?.text, 'وعاد القائد بالطائرة إلى المدرج بعد عطل في أحد المحركات دون إصابات بين الركاب.');
  assert.ok(!JSON.stringify(a.body).includes('رابط الخبر'));
});
