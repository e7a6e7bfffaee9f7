import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segmentText } from '../../src/extract/segment.ts';

const texts = (page: string) => segmentText(page).filter((s) => s.text).map((s) => s.text);

test('a tweet signature glued to the next paragraph is cut after its date', () => {
  assert.deepEqual(texts('— NEXTA (@nexta_tv) October 18, 2023وخلال اجتماع مع نظيرته قال لافروف إن العلاقات جيدة.'), [
    '— NEXTA (@nexta_tv) October 18, 2023', 'وخلال اجتماع مع نظيرته قال لافروف إن العلاقات جيدة.',
  ]);
});

test('a label inside a line is cut off', () => {
  assert.deepEqual(texts('— NBC News (@NBCNews) October 19, 2023المصدر: موقع 24'), ['— NBC News (@NBCNews) October 19, 2023', 'المصدر: موقع 24']);
  assert.deepEqual(texts('المصدر: الأول - المغرب التصنيف: سياسة'), ['المصدر: الأول - المغرب', 'التصنيف: سياسة']);
  // Prose that mentions a label word is not cut.
  const prose = 'وقال مسؤول في الوزارة للصحفيين في مؤتمر صحفي عقد أمس في العاصمة إن المصدر: مجهول حتى الآن.';
  assert.deepEqual(texts(prose), [prose]);
});

test('headlines glued onto a paragraph are cut where the paragraph starts', () => {
  const [head, body] = texts('زاخاروفا تندد بإجراء إسرائيلي: "مناهض لروسيا"قالت زاخاروفا - في تصريح نقلته وكالة تاس - إن الوزير سيجري محادثات.');
  assert.equal(head, 'زاخاروفا تندد بإجراء إسرائيلي: "مناهض لروسيا"');
  assert.ok(body.startsWith('قالت زاخاروفا'));
  const [h2, b2] = texts('هل أصبح حكم الإعدام نهائياً بحق سفاح التجمع؟..خبير قانوني يُجيبوبحسب تقرير نشرته وكالة أسوشيتد برس فإن الصاروخ قادر.');
  assert.equal(h2, 'هل أصبح حكم الإعدام نهائياً بحق سفاح التجمع؟..خبير قانوني يُجيب');
  assert.ok(b2.startsWith('وبحسب تقرير'));
});

test('quotes opened after a space and ordinary Arabic text are not cut', () => {
  const line = 'وصفتها أوكرانيا بأنها "غير قابلة للقبول" وأضاف المسؤول أن المحادثات ستستمر في الأسبوع المقبل.';
  assert.deepEqual(texts(line), [line]);
});

test('offsets point into the page', () => {
  const page = 'عنوان الخبر\n— A (@a) July 1, 2024وقال الوزير إن الزيارة ناجحة جدا.\n';
  for (const s of segmentText(page)) if (s.text) assert.equal(page.slice(s.start, s.start + s.text.length), s.text);
});

test('a record\'s content loses the link back to the article an outlet appends, and keeps prose that names a link', async () => {
  const { articleFromContent } = await import('../../src/extract/record.ts');
  const a = articleFromContent({ title: 'طيران ناس تكرم طاقم طائرة', content: 'كرم طيران ناس طاقم الرحلة 301.\nوعاد القائد بالطائرة من المدرج. رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة' }, 'x.jsonl#1');
  assert.deepEqual(a.body.map((b) => b.text), ['كرم طيران ناس طاقم الرحلة 301.', 'وعاد القائد بالطائرة من المدرج.']);
  const alone = articleFromContent({ title: 'عنوان', content: 'فقرة الخبر.\nرابط الخبر: عنوان' }, 'x.jsonl#2');
  assert.deepEqual(alone.body.map((b) => b.text), ['فقرة الخبر.'], 'a paragraph of the link alone goes');
  const prose = articleFromContent({ title: 'عنوان', content: 'قال إن رابط الخبر لم يعمل أمس' }, 'x.jsonl#3');
  assert.equal(prose.body[0].text, 'قال إن رابط الخبر لم يعمل أمس');
});
