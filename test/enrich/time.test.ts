import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimeExpressions, hijriToGregorian, parseReference } from '../../src/enrich/time.ts';
import { readFileSync } from 'node:fs';
import { normalize } from '../../src/text/index.ts';

const ref = parseReference('2024-01-15'); // a Monday
const one = (text: string, r = ref) => findTimeExpressions(text, r).map((t) => [t.text, t.value]);

test('relative days, with a time of day and a weekday', () => {
  assert.deepEqual(one('وصل مساء أمس الأحد إلى العاصمة'), [['مساء أمس الأحد', '2024-01-14']]);
  assert.deepEqual(one('يغادر غداً الثلاثاء'), [['غداً الثلاثاء', '2024-01-16']]);
  assert.deepEqual(one('وقع الحادث أمس الأول'), [['أمس الأول', '2024-01-13']]);
  assert.deepEqual(one('اختتمت فعالياته البارحة الأولى في جدة'), [['البارحة الأولى', '2024-01-13']], 'the night before last');
  assert.deepEqual(one('قال بعد غد'), [['بعد غد', '2024-01-17']]);
  assert.deepEqual(one('وقال بالأمس إن'), [['بالأمس', '2024-01-14']]);
  assert.deepEqual(one('يلقي كلمة الليلة'), [['الليلة', '2024-01-15']]);
  assert.deepEqual(one('وقع الانفجار الليلة الماضية'), [['الليلة الماضية', '2024-01-14']]);
  assert.deepEqual(one('في تلك الليلة وفي الليلة الأولى من المهرجان'), [], '«that night», «the first night» are not tonight');
});

test('a bare weekday is the most recent one, the reference day itself included; marked ones go back or ahead', () => {
  assert.deepEqual(one('وقالت الوزارة، الجمعة، إن'), [['الجمعة', '2024-01-12']]);
  assert.deepEqual(one('أعلن الاثنين'), [['الاثنين', '2024-01-15']], 'wire copy of the day it is published');
  assert.deepEqual(one('أعلن اليوم الاثنين'), [['اليوم الاثنين', '2024-01-15']]);
  assert.deepEqual(one('يوم الخميس الماضي'), [['يوم الخميس الماضي', '2024-01-11']]);
  assert.deepEqual(one('الاثنين الماضي'), [['الاثنين الماضي', '2024-01-08']]);
  assert.deepEqual(one('الأربعاء المقبل'), [['الأربعاء المقبل', '2024-01-17']]);
});

test('months: modifiers, paired regional names, Levantine and Maghreb names, nearest year by default', () => {
  assert.deepEqual(one('في سبتمبر (أيلول) الماضي'), [['سبتمبر (أيلول) الماضي', '2023-09']]);
  assert.deepEqual(one('في كانون الثاني/يناير الجاري'), [['كانون الثاني/يناير الجاري', '2024-01']]);
  assert.deepEqual(one('خلال شهر آذار المقبل'), [['شهر آذار المقبل', '2024-03']]);
  assert.deepEqual(one('في جويلية 2022'), [['جويلية 2022', '2022-07']]);
  assert.deepEqual(one('في يوليوز الماضي'), [['يوليوز الماضي', '2023-07']]);
  assert.deepEqual(one('في نوفمبر'), [['نوفمبر', '2023-11']]);
  assert.deepEqual(one('أواخر تشرين الأول/أكتوبر'), [['أواخر تشرين الأول/أكتوبر', '2023-10']]);
});

test('days of months, ranges, numeric dates', () => {
  assert.deepEqual(one('يوم الثلاثاء الموافق 16 يناير'), [['يوم الثلاثاء الموافق 16 يناير', '2024-01-16']]);
  assert.deepEqual(one('في 3 آب 2023'), [['3 آب 2023', '2023-08-03']]);
  assert.deepEqual(one('يومي ١٨ و١٩ أكتوبر الماضي'), [['يومي ١٨ و١٩ أكتوبر الماضي', '2023-10-18/2023-10-19']]);
  assert.deepEqual(one('بتاريخ 2023-12-31'), [['2023-12-31', '2023-12-31']]);
  assert.deepEqual(one('بتاريخ 05/02/2024'), [['05/02/2024', '2024-02-05']]);
});

test('years, seasons and Hijri dates', () => {
  assert.deepEqual(one('في صيف العام 2024'), [['صيف العام 2024', '2024-SU']]);
  assert.deepEqual(one('منذ الشتاء الماضي'), [['الشتاء الماضي', '2023-WI']]);
  assert.deepEqual(one('العام الماضي وهذا العام'), [['العام الماضي', '2023'], ['هذا العام', '2024']]);
  assert.deepEqual(one('منذ عام 2015'), [['عام 2015', '2015']]);
  assert.deepEqual(one('في 1 رمضان 1445 هـ'), [['1 رمضان 1445 هـ', '2024-03-11']]);
  assert.equal(hijriToGregorian(1445, 1, 1), '2023-07-19');
});

test('without a reference date, days of months are partial and relative words are left out', () => {
  assert.deepEqual(one('في 1 يوليو/ تموز الجاري وصل أمس الأحد', null), [['1 يوليو/ تموز الجاري', 'XXXX-07-01']]);
  assert.deepEqual(one('في يونيو 2024', null), [['يونيو 2024', '2024-06']]);
});

test('words that only look like dates are not dates', () => {
  assert.deepEqual(one('مارس الضغوط على الحكومة'), []);
  assert.deepEqual(one('قالت قناة روسيا اليوم'), []);
  assert.deepEqual(one('شارك 2000 جندي في المناورات'), []);
  assert.deepEqual(one('في شهر ربيع الأول'), [['شهر ربيع الأول', '2023-09-16/2023-10-15']], 'the Hijri month, not spring');
});

test('offsets point into the original text, harakat and all', () => {
  const text = 'وَصَلَ مساءَ أمسِ الأربعاءِ إلى بيونغ يانغ';
  const [t] = findTimeExpressions(text, parseReference('2023-10-19'));
  assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(t.value, '2023-10-18');
});

test('ordinal days, relative months, parts of years and spans back or ahead', () => {
  assert.deepEqual(one('في الخامس عشر من مارس 2023'), [['الخامس عشر من مارس 2023', '2023-03-15']]);
  assert.deepEqual(one('في الحادي والعشرين من أيلول الماضي'), [['الحادي والعشرين من أيلول الماضي', '2023-09-21']]);
  assert.deepEqual(one('في الأول من رمضان 1445'), [['الأول من رمضان 1445', '2024-03-11']]);
  assert.deepEqual(one('في الثامن من الشهر الجاري'), [['الثامن من الشهر الجاري', '2024-01-08']]);
  assert.deepEqual(one('الشهر الماضي'), [['الشهر الماضي', '2023-12']]);
  assert.deepEqual(one('مطلع الشهر المقبل'), [['مطلع الشهر المقبل', '2024-02']]);
  assert.deepEqual(one('في السنة الماضية'), [['السنة الماضية', '2023']]);
  assert.deepEqual(one('في أواخر 2023'), [['أواخر 2023', '2023']]);
  assert.deepEqual(one('مطلع العام الجاري'), [['مطلع العام الجاري', '2024']]);
  assert.deepEqual(one('منذ ثلاثة أيام'), [['منذ ثلاثة أيام', '2024-01-12']]);
  assert.deepEqual(one('قبل أسبوعين'), [['قبل أسبوعين', '2024-01-01']]);
  assert.deepEqual(one('بعد شهرين'), [['بعد شهرين', '2024-03']]);
  assert.deepEqual(one('قبل 5 سنوات'), [['قبل 5 سنوات', '2019']]);
  // Not spans: a count without its unit's plural, a vague plural, «بعد يومين من …» (relative to something else);
  // the week of a month is that week (its first Monday on; not the 1st of May), and «منذ عام 2011» is the year.
  assert.deepEqual(one('منذ أيام'), []);
  assert.deepEqual(one('بعد يومين من الاجتماع'), []);
  assert.deepEqual(one('في الأسبوع الأول من مايو 2023'), [['الأسبوع الأول من مايو 2023', '2023-05-01/2023-05-07']]);
  assert.deepEqual(one('منذ عام 2011'), [['عام 2011', '2011']]);
  assert.deepEqual(one('ما بعد شهر رمضان'), [['شهر رمضان', '2024-03-11/2024-04-09']]);
  assert.deepEqual(one('بعد 30 يونيو (2013)'), [['30 يونيو (2013)', '2013-06-30']]);
});

test('weeks, feasts, decades and centuries', () => {
  // 2024-01-15 is a Monday: weeks run Monday to Sunday.
  assert.deepEqual(one('خلال الأسبوع الماضي'), [['الأسبوع الماضي', '2024-01-08/2024-01-14']]);
  assert.deepEqual(one('هذا الأسبوع'), [['هذا الأسبوع', '2024-01-15/2024-01-21']]);
  assert.deepEqual(one('الأسبوع الجاي'), [['الأسبوع الجاي', '2024-01-22/2024-01-28']]);
  assert.deepEqual(one('في عيد الفطر 2023'), [['عيد الفطر 2023', '2023-04-21']]);
  assert.deepEqual(one('عطلة عيد الأضحى المقبل'), [['عيد الأضحى المقبل', '2024-06-16']]);
  assert.deepEqual(one('وتستمر العطلة حتى ثالث أيام عيد الأضحى المقبل'), [['ثالث أيام عيد الأضحى المقبل', '2024-06-18']], 'the n-th day of a feast');
  assert.deepEqual(one('ارتفعت الأسعار في أول أيام شهر رمضان المبارك', parseReference('2015-07-21')), [['أول أيام شهر رمضان المبارك', '2015-06-18']], 'of a month: its first day');
  assert.deepEqual(one('خلال شهر رمضان الماضي'), [['شهر رمضان الماضي', '2023-03-23/2023-04-20']]);
  assert.deepEqual(one('قال رمضان عبد الله'), [], 'a bare رمضان is a name');
  assert.deepEqual(one('في الثمانينيات من القرن الماضي'), [['الثمانينيات من القرن الماضي', '1980/1989']]);
  assert.deepEqual(one('طوال القرن التاسع عشر'), [['القرن التاسع عشر', '1800/1899']]);
});

test('spoken forms, counts in words, two steps back or ahead', () => {
  assert.deepEqual(one('وصل البارحة'), [['البارحة', '2024-01-14']]);
  assert.deepEqual(one('يوم غد'), [['يوم غد', '2024-01-16']]);
  assert.deepEqual(one('بعد بكرة'), [['بعد بكرة', '2024-01-17']]);
  assert.deepEqual(one('قبل خمسة وعشرين عاما'), [['قبل خمسة وعشرين عاما', '1999']]);
  assert.deepEqual(one('قبل عشرين يوما'), [['قبل عشرين يوما', '2023-12-26']]);
  assert.deepEqual(one('العام قبل الماضي'), [['العام قبل الماضي', '2022']]);
  assert.deepEqual(one('الخميس بعد القادم'), [['الخميس بعد القادم', '2024-01-25']]);
  assert.deepEqual(one('العام الفائت'), [['العام الفائت', '2023']]);
  assert.deepEqual(one('الشهر التالي'), [['الشهر التالي', '2024-02']]);
});

test('days: a weekday fixes the year, ranges written twice, a month of a year in digits', () => {
  // 15 August 2024 is a Thursday, 15 August 2023 a Tuesday.
  assert.deepEqual(one('الخميس 15 أغسطس'), [['الخميس 15 أغسطس', '2024-08-15']]);
  assert.deepEqual(one('من 13 تموز إلى 15 تموز'), [['من 13 تموز إلى 15 تموز', '2024-07-13/2024-07-15']]);
  assert.deepEqual(one('من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر الماضي'), [['من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر الماضي', '2023-10-23/2023-10-26']]);
  assert.deepEqual(one('في الثالث عشرة من شباط'), [['الثالث عشرة من شباط', '2024-02-13']]);
  assert.deepEqual(one('في أول مارس'), [['أول مارس', '2024-03-01']]);
  assert.deepEqual(one('بيانات 12/2023'), [['12/2023', '2023-12']]);
  assert.deepEqual(one('القانون رقم 5/2013'), [], 'a law number is not a month');
  assert.deepEqual(one('خلال الفترة تموز 13 الى 15'), [['تموز 13 الى 15', '2024-07-13/2024-07-15']]);
});

test('a weekday with a day of the month in words, the month unsaid, is in the reference month or the one beside it', () => {
  // 20 January 2024 is a Saturday; 3 February a Saturday too, 3 January a Wednesday.
  assert.deepEqual(one('تنطلق البطولة السبت العشرين'), [['السبت العشرين', '2024-01-20']]);
  assert.deepEqual(one('يوم السبت الثالث'), [['يوم السبت الثالث', '2024-02-03']]);
  assert.deepEqual(one('يوم السبت العشرين من الشهر الجاري'), [['يوم السبت العشرين من الشهر الجاري', '2024-01-20']]);
  // Where no near month has the day on that weekday, an ordinal up to the fifth counts the weekdays of the month:
  // «this month» holds no Saturday the 3rd, the third Saturday is the 20th; no month near has Saturday the 1st.
  assert.deepEqual(one('يوم السبت الثالث من الشهر الجاري'), [['يوم السبت الثالث من الشهر الجاري', '2024-01-20']]);
  assert.deepEqual(one('وصل السبت الأول'), [['السبت الأول', '2024-01-06']]);
  assert.deepEqual(one('سأعود يوم الأحد الثاني', { year: 2017, month: 9, day: 27 }), [['يوم الأحد الثاني', '2017-09-10']]);
  // A weekday and a spoken cardinal where the clause ends; not a count («الجمعة خمسة قتلى»).
  assert.deepEqual(one('عدت يوم الجمعة في خمسة عشر', { year: 2017, month: 9, day: 27 }), [['يوم الجمعة في خمسة عشر', '2017-09-15']]);
  assert.deepEqual(one('قتل الجمعة خمسة أشخاص', { year: 2017, month: 9, day: 27 }), [['الجمعة', '2017-09-22']]);
  // A month after the ordinal is the month rule's («السبت الخامس عشر من مارس»).
  assert.deepEqual(one('السبت السادس عشر من مارس'), [['السبت السادس عشر من مارس', '2024-03-16']]);
});

test('months by number after «شهر», weekdays of a named week, a weekday with a day and month in digits', () => {
  assert.deepEqual(one('في الأول من شهر 3'), [['الأول من شهر 3', '2024-03-01']]);
  assert.deepEqual(one('بداية شهر تسعة الماضي'), [['بداية شهر تسعة الماضي', '2023-09']]);
  assert.deepEqual(one('بعد شهر 3 أيام من الحادث'), [], 'a count of days, not March');
  assert.deepEqual(one('الأحد من الأسبوع الماضي'), [['الأحد من الأسبوع الماضي', '2024-01-14']]);
  assert.deepEqual(one('ثلاثاء الأسبوع المقبل'), [['ثلاثاء الأسبوع المقبل', '2024-01-23']]);
  // 21 September 2024 is a Saturday.
  assert.deepEqual(one('يوم السبت 21/09 الساعة 1:30'), [['يوم السبت 21/09', '2024-09-21']]);
});

test('the Gregorian mark «م», Hijri years and numeric Hijri dates, as Saudi papers write them', () => {
  const r = parseReference('2015-07-24');
  assert.deepEqual(one('خلال عام 2015م', r), [['عام 2015م', '2015']]);
  assert.deepEqual(one('في 15/7/2015م', r), [['15/7/2015م', '2015-07-15']]);
  assert.deepEqual(one('في عام 1436هـ', r), [['عام 1436هـ', '2014-10-25/2015-10-13']]);
  assert.deepEqual(one('يوم الجمعة 1 / 10 / 1436 هـ', r), [['يوم الجمعة 1 / 10 / 1436 هـ', '2015-07-17']]);
  assert.deepEqual(one('بتاريخ 1436/10/5هـ', r), [['1436/10/5هـ', '2015-07-21']]);
  assert.deepEqual(one('سجل 2015 مليون زائر', r), [], 'a count, not a year');
  assert.deepEqual(one('فاز 3 - 1 على ضيفه', r), [], 'a score');
});

test('the text tells its own day: «اليوم (الاثنين)» on a page dated Tuesday is Monday, and so are its other «اليوم» and «أمس»', () => {
  const tuesday = parseReference('2015-07-21');
  assert.deepEqual(one('حدد كاميرون اليوم (الاثنين) استراتيجيته، وكان قال أمس إنه يريد', tuesday), [['اليوم (الاثنين)', '2015-07-20'], ['أمس', '2015-07-19']]);
  assert.deepEqual(one('وافق المجلس اليوم الثلاثاء على القرار، وكان قد اجتمع أمس', tuesday), [['اليوم الثلاثاء', '2015-07-21'], ['أمس', '2015-07-20']], 'the page\'s own day');
  assert.deepEqual(one('أعلنت الوزارة اليوم الجمعة أن', tuesday), [['اليوم الجمعة', '2015-07-17']], 'a page is dated after it is written: last Friday, not the next');
  assert.deepEqual(one('وصل أمس الأحد وغادر أمس الأربعاء، وعاد اليوم', tuesday), [['أمس الأحد', '2015-07-19'], ['أمس الأربعاء', '2015-07-15'], ['اليوم', '2015-07-21']], 'sayings that disagree as much as they agree leave the date given; each named weekday keeps its day');
});

test('«اليوم» alone is today, but not «the day» or a name', () => {
  assert.deepEqual(one('وأكد الرئيس اليوم أن'), [['اليوم', '2024-01-15']]);
  assert.deepEqual(one('في اليوم التالي'), []);
  assert.deepEqual(one('في مثل هذا اليوم'), []);
  assert.deepEqual(one('صحيفة اليوم السابع'), []);
  assert.deepEqual(one('محمد البلوي – عين اليوم حظي المهرجان'), [], 'an outlet named «… اليوم»');
  assert.deepEqual(one('وقال لـ«اليوم» إن الوزارة'), [], 'the Saudi paper «اليوم», quoted');
  assert.deepEqual(one('بزيادة 1.28 مليون برميل في اليوم'), [], 'a rate per day');
  assert.deepEqual(one('ويحتفل الفلسطينيون في هذا اليوم بذكرى'), [['اليوم', '2024-01-15']], '«في هذا اليوم» is today');
});

test('a contract is not a decade, a verb is not a month, a count is not a day', () => {
  const r = parseReference('2023-02-12');
  assert.deepEqual(one('وفسخ النادي العقد السابق مع المدرب', r), [], '«العقد» is also a contract');
  assert.deepEqual(one('ووقع الطرفان العقد مع الشركة', r), []);
  assert.deepEqual(one('ويمارس 15 لاعبا التدريبات', r), [], '«يمارس» practises');
  assert.deepEqual(one('وقتل في يونيو 3 أشخاص', r), [['يونيو', '2023-06']], 'a count after a month is not its day');
  assert.deepEqual(one('الموعد يونيو 15 2023', r), [['يونيو 15 2023', '2023-06-15']]);
  assert.deepEqual(one('الذي مارس الضغط منذ اندلاع الصراع في مارس', parseReference('2023-07-12')), [['مارس', '2023-03']], 'the verb, then the month after «في»');
  assert.deepEqual(one('أسفر القصف في إب وسط اليمن عن قتلى', r), [], 'the city Ibb, folded as «آب»');
  assert.deepEqual(one('وقالت شركة نيسان إن مبيعات نيسان سنترا ارتفعت في نيسان', r), [['نيسان', '2023-04']], 'the car maker twice, then the month after «في»');
  assert.deepEqual(one('مذبحة وقعت في 6 أغسطس (آب) 2012، الموافق 17 رمضان، حين', r), [['6 أغسطس (آب) 2012', '2012-08-06'], ['17 رمضان', '2012-08-06']], '«الموافق»: one day, the written year\'s');
  assert.deepEqual(one('أحداث عام 1388 هجري شمسي في طهران', r), [], 'Iran\'s solar year is no lunar Hijri year');
  assert.deepEqual(one('غادر الوفد 11 صفر 309هـ (21 يوليو (تموز) 921م). وعاد', r), [['11 صفر 309هـ', '0921-06-26']], 'an old Hijri year with its mark; a Gregorian year before 1900 leaves its month unread, not this year\'s');
  assert.deepEqual(one('استقالت بعد عامين فقط من عملها مع الوكالة', r), [], 'two years after an event, not after the reference');
  assert.deepEqual(one('وقال خطيب الجمعة إن الأمة بخير', r), [], 'the Friday preacher, a role');
  assert.deepEqual(one('وتناولت خطب الجمعة من على منبر الجمعة', r), [], 'the sermons in general');
  assert.deepEqual(one('تطبق الزيادات بداية من غد الاثنين', r), [['غد الاثنين', '2023-02-13']], '«غد» with a weekday is tomorrow');
  assert.deepEqual(one('وتظاهروا بعد صلاة الجمعة', r), [['الجمعة', '2023-02-10']], 'the prayer of the last Friday');
  assert.deepEqual(one('سيعقد المجلس يومي الثلاثاء والأربعاء جلسات', r), [['يومي الثلاثاء والأربعاء', '2023-02-07/2023-02-08']], 'two days running');
  assert.deepEqual(one('تسير الرحلات يومي الثلاثاء والخميس', r), [['الثلاثاء', '2023-02-07'], ['الخميس', '2023-02-09']], 'two days of a week, no range');
});

test('Hijri months without a full date: the first of a month, a month back or ahead, its middle, a day without a year', () => {
  const r = parseReference('2015-08-06'); // 21 Shawwal 1436
  assert.deepEqual(one('تبدأ الإجازة غرة ذي الحجة', r), [['غرة ذي الحجة', '2015-09-14']], 'the nearest, ahead');
  assert.deepEqual(one('منذ غرة شوال', r), [['غرة شوال', '2015-07-17']], 'this month\'s, behind');
  assert.deepEqual(one('في شهر ذي القعدة المقبل', r), [['شهر ذي القعدة المقبل', '2015-08-16/2015-09-13']]);
  assert.deepEqual(one('في شوال الجاري', r), [['شوال الجاري', '2015-07-17/2015-08-15']]);
  assert.deepEqual(one('منذ منتصف شعبان', r), [['منتصف شعبان', '2015-05-19/2015-06-17']]);
  assert.deepEqual(one('ليلة 15 شعبان', r), [['15 شعبان', '2015-06-02']]);
  assert.deepEqual(one('في ذو القعدة 1436هـ', r), [['ذو القعدة 1436هـ', '2015-08-16/2015-09-13']]);
  // Month names that are men's names or words need a mark of the month.
  assert.deepEqual(one('وقال شعبان إن رجب ونهاية رجب', r), []);
  assert.deepEqual(one('في الأسبوع الأول من رمضان', r), [], 'the first week is not the first day');
  assert.deepEqual(one('ارتفعت المبيعات في رمضان ومنذ شعبان، وقال رمضان إن الفوز بهدف في صفر', r), [['رمضان', '2015-06-18/2015-07-16'], ['شعبان', '2015-05-19/2015-06-17']], 'after a preposition of time, the month');
});

test('quarters and halves of a year, tomorrow as «الغد», a span counted from now', () => {
  const r = parseReference('2015-08-06');
  assert.deepEqual(one('نمت الأرباح في الربع الأول من العام الجاري', r), [['الربع الأول من العام الجاري', '2015-Q1']]);
  assert.deepEqual(one('ارتفعت المبيعات خلال الأشهر الخمسة الأولى من العام الحالي', r), [['الأشهر الخمسة الأولى من العام الحالي', '2015-01/2015-05']], 'the first months of a year');
  assert.deepEqual(one('مقارنة بالأشهر الثلاثة الأخيرة من عام 2014', r), [['الأشهر الثلاثة الأخيرة من عام 2014', '2014-10/2014-12']], 'its last months');
  assert.deepEqual(one('في الأشهر الستة الأولى من حياته', r), [], 'not of a life');
  assert.deepEqual(one('وأقرت الميزانية للعام الحالي وللشهر المقبل', r), [['للعام الحالي', '2015'], ['للشهر المقبل', '2015-09']], '«لل» before a unit: ل and ال');
  assert.deepEqual(one('بلغت الأرباح في النصف الأول للعام الحالي', r), [['النصف الأول للعام الحالي', '2015-H1']]);
  assert.deepEqual(one('فاز لليوم الثاني على التوالي', r), [], 'no unit: not «اليوم»');
  assert.deepEqual(one('خلال الربع الثالث من 2014', r), [['الربع الثالث من 2014', '2014-Q3']]);
  assert.deepEqual(one('في الربع الأخير من هذا العام', r), [['الربع الأخير من هذا العام', '2015-Q4']]);
  assert.deepEqual(one('في النصف الأول من العام الماضي', r), [['النصف الأول من العام الماضي', '2014-H1']]);
  assert.deepEqual(one('تنطلق صباح الغد', r), [['صباح الغد', '2015-08-07']]);
  assert.deepEqual(one('يصل مساء غد', r), [['مساء غد', '2015-08-07']]);
  assert.deepEqual(one('جيل الغد وصحيفة الغد', r), [], '«the future», a paper');
  assert.deepEqual(one('تنتهي بعد أسبوعين من الآن', r), [['بعد أسبوعين من الآن', '2015-08-20']]);
  assert.deepEqual(one('بعد أسبوعين من الانتخابات', r), [], 'counted from an event');
});

test('named days of the year, parts of «العام» alone, approximate spans, two weekdays under one modifier', () => {
  const r = parseReference('2015-08-06'); // a Thursday
  assert.deepEqual(one('يقف الحجاج يوم عرفة', r), [['يوم عرفة', '2015-09-22']]);
  assert.deepEqual(one('صيام عاشوراء', r), [['عاشوراء', '2015-10-23']]);
  assert.deepEqual(one('احتفالات رأس السنة الميلادية', r), [['رأس السنة الميلادية', '2016-01-01']]);
  assert.deepEqual(one('ارتفع المؤشر منذ مطلع العام', r), [['مطلع العام', '2015']]);
  assert.deepEqual(one('مطلع العام الدراسي', r), [], 'the school year is not the calendar year');
  assert.deepEqual(one('غادر قبل نحو أسبوعين', r), [['قبل نحو أسبوعين', '2015-07-23']]);
  assert.deepEqual(one('جرت الانتخابات الأحد والاثنين الماضيين', r), [['الأحد والاثنين الماضيين', '2015-08-02/2015-08-03']]);
  assert.deepEqual(one('في الـ15 من أغسطس', r), [['الـ15 من أغسطس', '2015-08-15']]);
  assert.deepEqual(one('مع بداية العام الجديد', r), [], 'the new year is not this one');
  assert.deepEqual(one('أعلن هذا الصباح', r), [['هذا الصباح', '2015-08-06']]);
  assert.deepEqual(one('خلال عامي 2013 و2014 ثم بين عامي 2010 و2012', r), [['عامي 2013 و2014', '2013/2014'], ['بين عامي 2010 و2012', '2010/2012']]);
  assert.deepEqual(one('ارتفعت الأسعار منذ بداية الشهر', r), [['بداية الشهر', '2015-08']]);
  assert.deepEqual(one('في نهاية الشهر الفضيل', r), [], 'the holy month, not this one');
  assert.deepEqual(one('تصل الشحنة يوم 5/8', r), [['يوم 5/8', '2015-08-05']]);
  assert.deepEqual(one('حصل على 5/8 درجات', r), [], 'a mark, not a date');
  // Said in August, «from 1 January to 31 March» is this year's first quarter, not next January to this March.
  assert.deepEqual(one('في الفترة من 1 يناير حتى 31 مارس', r), [['من 1 يناير حتى 31 مارس', '2015-01-01/2015-03-31']]);
  // Said on a Thursday, «Thursday and Friday next» are next week's.
  assert.deepEqual(one('يومي الخميس والجمعة المقبلين', r), [['يومي الخميس والجمعة المقبلين', '2015-08-13/2015-08-14']]);
});

test('«خلال أسبوعين», «في غضون ثلاثة أيام» are a deadline after a future verb or alone, not a span of the past', () => {
  const r = parseReference('2013-02-12');
  assert.deepEqual(one('خلال أسبوعين', r), [['خلال أسبوعين', '2013-02-12/2013-02-26']]);
  assert.deepEqual(one('وسيتم الرد خلال شهر', r), [['خلال شهر', '2013-02-12/2013-03-12']]);
  assert.deepEqual(one('ومن المتوقع انتهاؤه خلال 7 أشهر', r), [['خلال 7 أشهر', '2013-02-12/2013-09-12']]);
  // Told of the past, or a duration of something, or the month: no deadline.
  assert.deepEqual(one('وقتل 28 شخصا خلال 24 ساعة', r), []);
  assert.deepEqual(one('تكبد المتمردون خسائر فادحة بغضون 24 ساعة', r), []);
  assert.deepEqual(one('خلال 12 عاما عمدة لنيويورك، قال إنه', r), []);
  assert.deepEqual(one('وسيتم منح التأشيرة خلال خمسة أيام عمل', r), []);
  assert.deepEqual(one('سيعود خلال يومين من المفاوضات', r), []);
  assert.deepEqual(one('سيعود خلال أيام', r), [], 'vague');
  assert.deepEqual(one('سيصدر القرار خلال 5 ساعات', r), [], 'hours not a whole number of days');
});

test('«اليوم السابق», «اليوم التالي» count from the day told last in the paragraph, else from the reference', () => {
  const r = parseReference('2013-02-12');
  assert.deepEqual(one('اليوم السابق', r), [['اليوم السابق', '2013-02-11']]);
  assert.deepEqual(one('سجل 53.45 دولارا للبرميل أمس الأول مقابل 53.57 دولارا في اليوم السابق', r), [['أمس الأول', '2013-02-10'], ['اليوم السابق', '2013-02-09']]);
  assert.deepEqual(one('وصل الأحد 2 أغسطس 2015 وفي اليوم التالي عقد اجتماعا وفي اليوم التالي غادر', r), [['الأحد 2 أغسطس 2015', '2015-08-02'], ['اليوم التالي', '2015-08-03'], ['اليوم التالي', '2015-08-04']]);
  // After a month the day is unknown; before an event named after it, the event's day is.
  assert.deepEqual(one('وصل في يونيو الماضي، وفي اليوم التالي عقد اجتماعا', r), [['يونيو الماضي', '2012-06']]);
  assert.deepEqual(one('زارت المجموعة الضريح في اليوم السابق لاعتقالهم', r), []);
  // «اليوم التالي» with no day told before: the day after the reference after a future verb or alone, else unknown.
  assert.deepEqual(one('اليوم التالي', r), [['اليوم التالي', '2013-02-13']]);
  assert.deepEqual(one('وسيعود الوفد في اليوم التالي', r), [['اليوم التالي', '2013-02-13']]);
  assert.deepEqual(one('وعاد الوفد في اليوم التالي', r), []);
  // A day told in another paragraph is no anchor.
  assert.deepEqual(one('وصل الأحد 2 أغسطس 2015\nوفي اليوم السابق هبط السهم', r), [['الأحد 2 أغسطس 2015', '2015-08-02'], ['اليوم السابق', '2013-02-11']]);
  // Without a reference, only a day told gives one.
  assert.deepEqual(one('اليوم السابق', null), []);
});

test('the first person\'s future («سأعود») marks a weekday as the next one; a day before yesterday; marks between a day and its month', () => {
  const r = parseReference('2016-11-07'); // a Monday
  assert.deepEqual(one('سأعود يوم الجمعة', r), [['يوم الجمعة', '2016-11-11']]);
  assert.deepEqual(one('وقال إنه سأل يوم الجمعة', r), [['يوم الجمعة', '2016-11-04']], '«سأل» (he asked) is no future');
  assert.deepEqual(one('وكان السابق يوم الجمعة', r), [['يوم الجمعة', '2016-11-04']]);
  assert.deepEqual(one('عاد قبل يوم أمس', r), [['قبل يوم أمس', '2016-11-05']]);
  assert.deepEqual(one('سأعود يوم 2. أكتوبر', r).map(([, v]) => v), ['2017-10-02'], 'a future verb: next October');
  assert.deepEqual(one('وصل في 2- أكتوبر', r), [['2- أكتوبر', '2016-10-02']]);
  assert.deepEqual(one('16. نوفمبر. 2016', r), [['16. نوفمبر. 2016', '2016-11-16']]);
  assert.deepEqual(one('بتاريخ 29 - شعبان 1436هـ', r), [['29 - شعبان 1436هـ', '2015-06-16']]);
  assert.deepEqual(one('حقق الفوز 1 / صفر على الأهلي', r), [], 'one-nil, not the first of Safar');
});

test('a day and month in digits after «في», day first unless only the other order is a date; not a decimal, a count or a score', () => {
  const r = parseReference('2015-08-04');
  assert.deepEqual(one('تنطلق الفترة في 7/11 لقيد الناخبين', r), [['7/11', '2015-11-07']]);
  assert.deepEqual(one('سأعود في 22-4', r), [['22-4', '2015-04-22']]);
  assert.deepEqual(one('سأعود في 4/22', r), [['4/22', '2015-04-22']]);
  assert.deepEqual(one('قطعت المسافة في 2.3 ثانية', r), []);
  assert.deepEqual(one('حصر العجز في 20.4 مليار درهم', r), []);
  assert.deepEqual(one('ويكفي المشي في 20-30 دقيقة', r), []);
  assert.deepEqual(one('بعد فوزه على الوحدة (3/2) بنهائي الكأس', r), []);
});

test('a weekday with a day in digits ending the clause or a range; a named week before its weekday; feminine compound ordinals; days of a month told from the reference\'s', () => {
  const r = parseReference('2017-09-27'); // a Wednesday
  assert.deepEqual(one('عدت يوم الجمعة 15', r), [['يوم الجمعة 15', '2017-09-15']]);
  assert.deepEqual(one('وقتل يوم الخميس 3 أشخاص', r), [['يوم الخميس', '2017-09-21']], 'a count, not the 3rd');
  assert.deepEqual(one('سأعود الأسبوع المقبل يوم الجمعة', r), [['الأسبوع المقبل يوم الجمعة', '2017-10-06']]);
  assert.deepEqual(one('وكان ذلك الأسبوع الماضي الأحد', r), [['الأسبوع الماضي الأحد', '2017-09-24']]);
  assert.deepEqual(one('سأعود الثانية والعشرون من يونيو', r), [['الثانية والعشرون من يونيو', '2018-06-22']]);
  assert.deepEqual(one('عدت الثانية والعشرون من يونيو', r), [['الثانية والعشرون من يونيو', '2017-06-22']]);
  assert.deepEqual(one('وصل في الحادية عشرة من مساء الخميس', r), [['مساء الخميس', '2017-09-21']], 'an hour, not the 11th');
  const n = parseReference('2016-11-07');
  assert.deepEqual(one('سأخرج من 4 إلى 22 من هذا الشهر', n), [['من 4 إلى 22 من هذا الشهر', '2016-11-04/2016-11-22']]);
  assert.deepEqual(one('تقام من 4-23 في الشهر المقبل', n), [['من 4-23 في الشهر المقبل', '2016-12-04/2016-12-23']]);
  assert.deepEqual(one('سأخرج من الجمعة 11 حتى الثلاثاء 15', n), [['من الجمعة 11 حتى الثلاثاء 15', '2016-11-11/2016-11-15']]);
  assert.deepEqual(one('سأخرج في الأول من يناير حتى الأربعاء 22 يناير', n), [['الأول من يناير حتى الأربعاء 22 يناير', '2017-01-01/2017-01-22']], '«حتى» joins two days without «من»');
  assert.deepEqual(one('أجل اجتماع 5 يناير إلى 10 يناير', n), [['5 يناير', '2017-01-05'], ['10 يناير', '2017-01-10']], '«إلى» alone moves a date');
  // The n-th whole week of a month told from the reference's, as of a named month.
  assert.deepEqual(one('تبدأ الأسبوع الأول من الشهر المقبل', n), [['الأسبوع الأول من الشهر المقبل', '2016-12-05/2016-12-11']]);
  assert.deepEqual(one('في آخر أسبوع من الشهر الماضي', n), [['آخر أسبوع من الشهر الماضي', '2016-10-24/2016-10-30']]);
  // The month first with an ordinal day (a year told), years spelled out; «ألفين» counting things is no year.
  assert.deepEqual(one('الاثنين، يناير الثاني والعشرين، 2018', n), [['الاثنين، يناير الثاني والعشرين، 2018', '2018-01-22']]);
  assert.deepEqual(one('في العاشر من سبتمبر ، ألفين', n), [['العاشر من سبتمبر ، ألفين', '2000-09-10']]);
  assert.deepEqual(one('في سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون', n), [['سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون', '1978-09-21']]);
  assert.deepEqual(one('في عام ألفين وخمسة عشر', n), [['عام ألفين وخمسة عشر', '2015']]);
  assert.deepEqual(one('ودفع في يونيو ألفين ريال', n), [['يونيو', '2016-06']]);
  assert.deepEqual(one('وصل في يناير الأول من نوعه', n), [['يناير', '2017-01']], 'an ordinal after a month, no year told: not its day');
});

test('the first or last days of a month: «العشر الأواخر من رمضان» (Umm al-Qura), of a named or a told month; a period of the reference is not one of a month', () => {
  const r = parseReference('2015-08-04'); // after Ramadan 1436 (18 June to 16 July 2015)
  assert.deepEqual(one('ارتفعت المبيعات في العشر الأواخر من شهر رمضان الماضي', r), [['العشر الأواخر من شهر رمضان الماضي', '2015-07-07/2015-07-16']]);
  assert.deepEqual(one('وفي الأيام العشرة الأخيرة من رمضان تتوجه', r), [['الأيام العشرة الأخيرة من رمضان', '2015-07-07/2015-07-16']]);
  assert.deepEqual(one('في العشر الأوائل من ذي الحجة 1436هـ', r), [['العشر الأوائل من ذي الحجة 1436هـ', '2015-09-14/2015-09-23']]);
  assert.deepEqual(one('خلال الأيام الخمسة الأولى من الشهر المقبل', r), [['الأيام الخمسة الأولى من الشهر المقبل', '2015-09-01/2015-09-05']]);
  assert.deepEqual(one('التي ضاعت خلال الأشهر الخمسة الأخيرة من المفاوضات', r), [['الأشهر الخمسة الأخيرة', '2015-03/2015-07']], 'of the negotiations: counted from the reference');
  assert.deepEqual(one('انتعشت السوق في العشرة الأواخر من رمضان', r), [['العشرة الأواخر من رمضان', '2015-07-07/2015-07-16']], '«العشرة» as «العشر»');
  assert.deepEqual(one('يصعب إيجاد أفكار في النصف الثاني من رمضان', r), [['النصف الثاني من رمضان', '2015-07-03/2015-07-16']], 'a month\'s half: from the 16th');
  assert.deepEqual(one('وفي النصف الأول من مايو (أيار) الماضي صدر الحكم', r), [['النصف الأول من مايو (أيار) الماضي', '2015-05-01/2015-05-15']]);
});

test('the date suite (news sentences with their expression and value) stays at its minimum', () => {
  const minimums = JSON.parse(readFileSync(new URL('../fixtures/quality-minimums.json', import.meta.url), 'utf8'));
  const cases = readFileSync(new URL('../fixtures/dates-suite.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const missed: string[] = [];
  for (const c of cases) {
    const found = findTimeExpressions(c.text, parseReference(c.ref));
    if (!found.some((f) => normalize(f.text).includes(normalize(c.expr)) && f.value === c.value)) missed.push(`${c.expr} → ${c.value} (found ${found.map((f) => `${f.text}=${f.value}`).join(', ')})`);
  }
  assert.ok(cases.length - missed.length >= minimums.datesSuite, `${cases.length - missed.length}/${cases.length}; missed:\n${missed.join('\n')}`);
});

test('a month without a year is the reference year\'s unless far across the turn of a year; pairs and told years', () => {
  const aug = parseReference('2015-08-04');
  assert.deepEqual(one('أدنى مستوى منذ يناير', aug), [['يناير', '2015-01']], 'seven months back is this year');
  assert.deepEqual(one('الانتخابات في يناير', parseReference('2015-11-20')), [['يناير', '2016-01']], 'ten months back is next year');
  assert.deepEqual(one('توقفت المفاوضات في نوفمبر', parseReference('2024-01-17')), [['نوفمبر', '2023-11']], 'ten months ahead is last year');
  assert.deepEqual(one('بين يناير فبراير 2016', aug), [], 'two months side by side are no pair');
  assert.deepEqual(one('سمات اب ابن رصاص', aug), [], 'a pair ends at a word');
  assert.deepEqual(one('مارس الرياضة العام الماضي', aug), [['العام الماضي', '2014']], 'a verb before a told year is no month');
  assert.deepEqual(one('الخميس العام الماضي', aug), [['الخميس', '2015-07-30'], ['العام الماضي', '2014']], 'a weekday takes no told year');
  assert.deepEqual(one('في يونيو، العام الماضي', aug), [['يونيو، العام الماضي', '2014-06']]);
  assert.deepEqual(one('في الخامس والعشرين من يناير', aug), [['الخامس والعشرين من يناير', '2015-01-25']], 'one day, not the 5th to the 20th');
  assert.deepEqual(one('أدنى مستوى منذ نوفمبر', aug), [['نوفمبر', '2014-11']], '«since» names the past');
  assert.deepEqual(one('منذ 3 أغسطس', aug), [['3 أغسطس', '2015-08-03']]);
  assert.deepEqual(one('يبدأ في نوفمبر', aug), [['نوفمبر', '2015-11']], 'without «منذ», this year');
  assert.deepEqual(one('في يناير وأبريل', aug), [['يناير', '2015-01'], ['أبريل', '2015-04']], 'two months, no range');
  assert.ok(!one('من: يونيو - يوليو - أغسطس', aug).some(([, v]) => v.includes('/')), 'three months are no range of two');
  assert.deepEqual(one('بين ديسمبر ويناير 2016', aug), [['بين ديسمبر ويناير 2016', '2015-12/2016-01']], 'across the turn of the year');
  assert.deepEqual(one('حتى 27 شوال الجاري', aug), [['27 شوال الجاري', '2015-08-12']], 'a day of the Hijri month the reference is in');
  assert.deepEqual(one('وفي نفس اليوم أقاما حفلا، وفي مساء ذات اليوم افتتح محله', aug), [], '«the same day» is no date of its own');
  assert.deepEqual(one('في النصف الثاني من العام الذي شهد الأزمة، وفي النصف الأول من العام المالي', aug), [], '«the year which…» and the fiscal year are not the reference\'s');
  assert.deepEqual(one('المتأخرات المستحقة منذ يوم 30 يونيو الماضي', aug), [['30 يونيو الماضي', '2015-06-30']], '«يوم» here names the date, not «a day ago»');
  assert.deepEqual(one('تناسب بين الاثنين، ومستوى الاثنين في المائة', aug), [], '«the two», not Monday');
  assert.deepEqual(one('بين الاثنين والخميس', parseReference('2015-08-07')), [['بين الاثنين والخميس', '2015-08-03/2015-08-06']]);
  assert.deepEqual(one('بين الاثنين والخميس', aug), [['بين الاثنين والخميس', '2015-08-03/2015-08-06']], 'said on a Tuesday: last Monday to this Thursday');
  assert.deepEqual(one('وأقيمت فعاليات خلال اليومين التاليين', aug), [], 'the days after an event told');
  assert.deepEqual(one('ونقلت صحيفة "الإمارات اليوم" عن مصادر', aug), [], 'a paper\'s name in quotes');
  assert.deepEqual(one('وقال "سنصل اليوم"', aug), [['اليوم', '2015-08-04']], 'a quoted sentence ending with today');
  assert.deepEqual(one('بأهمية ثورتي 25 يناير و30 يونيو', aug), [['25 يناير', '2011-01-25'], ['30 يونيو', '2013-06-30']], 'events named by their date');
  assert.deepEqual(one('منذ ثورة 17 مارس', aug), [['17 مارس', 'XXXX-03-17']], 'an event not listed: its year unknown');
  assert.deepEqual(one('وصل إلى مدينة 6 أكتوبر وقصر 22 مايو', aug), [], 'places named by a date');
  assert.deepEqual(one('سيصل الخميس إلى الرياض', aug), [['الخميس', '2015-08-06']], 'a future verb: the next Thursday');
  assert.deepEqual(one('اعتبارا من السبت 25 يوليو وحتى السبت التالي', parseReference('2015-07-21')).map(([, v]) => v), ['2015-07-25', '2015-08-01'], '«the following Saturday» after the date told');
  assert.deepEqual(one('افتتح مساء اليوم الاثنين 4 شوال المعرض', parseReference('2015-07-20')), [['اليوم الاثنين 4 شوال', '2015-07-20']], 'today and its date, one expression');
  assert.deepEqual(one('وسيطروا على المدينة الخميس', aug), [['الخميس', '2015-07-30']], '«سيطروا» (seized) is no future verb');
  assert.deepEqual(one('سيصل الوزير في مايو', aug), [['مايو', '2015-05']], 'a month keeps its year (reported speech)');
  assert.ok(!one('اعتبارا من السبت 25 يوليو وحتى السبت التالي', parseReference('2015-07-21')).some(([, v]) => v.includes('/')), 'a day to itself is no range');
  assert.deepEqual(one('بين 11 و15 شوال الجاري', aug), [['بين 11 و15 شوال الجاري', '2015-07-27/2015-07-31']]);
});

test('spoken and English-style days, compound spans, and a speaker\'s own return with a bare day', () => {
  const nov = parseReference('2016-11-07'), late = parseReference('2017-11-23'), aug = parseReference('2015-08-04');
  assert.deepEqual(one('سأعود في واحد وعشرين مايو', nov), [['واحد وعشرين مايو', '2017-05-21']], 'a spoken cardinal day before its month');
  assert.deepEqual(one('من السابع عشر وحتى عشرين من سبتمبر هذا العام', aug), [['من السابع عشر وحتى عشرين من سبتمبر هذا العام', '2015-09-17/2015-09-20']], 'a range ending in a cardinal');
  assert.deepEqual(one('في خمسة وعشرين مايو', aug), [['خمسة وعشرين مايو', '2015-05-25']], 'one day, not the 5th to the 20th');
  assert.deepEqual(one('سأعود 08/12, 2015', nov), [['08/12, 2015', '2015-08-12']], 'the month first before a comma and a year');
  assert.deepEqual(one('سأعود 08/12, 15', nov), [['08/12, 15', '2015-08-12']]);
  assert.deepEqual(one('سأعود 18-9-15', nov), [['18-9-15', '2015-09-18']], 'a year of two digits');
  assert.deepEqual(one('سوف أعود 16/04/21', nov), [['16/04/21', '2016-04-21']], 'the year first where that date is much nearer');
  assert.deepEqual(one('في 21/4/16', nov), [['21/4/16', '2016-04-21']], 'day first where that is the nearer');
  assert.deepEqual(one('لعب بخطة 4-4-2 أو 3-1-0', nov), [], 'formations and scores are no dates');
  assert.deepEqual(one('سأعود إلى يناير-1', nov), [['يناير-1', '2017-01-01']]);
  assert.deepEqual(one('كان لدينا اجتماع منذ 1 شهر و 21 أيام من الآن', late), [['منذ 1 شهر و 21 أيام من الآن', '2017-10-02']], 'a month and days ago: a day');
  assert.deepEqual(one('سأعيش هنا بعد 2 عام و 21 يوما من الآن', late), [['بعد 2 عام و 21 يوما من الآن', '2019-12-14']]);
  assert.deepEqual(one('يعيش هنا منذ عامين وثلاثة أشهر', late), [['منذ عامين وثلاثة أشهر', '2015-08']], 'as fine as the finest unit');
  assert.deepEqual(one('منذ 16عامًا', aug), [['منذ 16عامًا', '1999']], 'a count glued to its unit');
  assert.deepEqual(one('سأعود في 15', nov), [['15', '2016-11-15']], 'a bare day after «I will return» is this month\'s');
  assert.deepEqual(one('عدت للثاني والعشرين', nov), [['للثاني والعشرين', '2016-11-22']]);
  assert.deepEqual(one('سوف أعود 4/22', nov), [['4/22', '2016-04-22']], 'day and month: only the other order is a date');
  assert.deepEqual(one('ارتفع عدد القتلى إلى 27.', nov), [], 'after other verbs a bare number counts');
  assert.deepEqual(one('وصلت إلى 10.9 في المائة، بفوزهما في 11 لقبا من أصل 12.', nov), [], 'a decimal, and «أصل» (origin)');
});

test('ranges of years, months of years in digits, weeks of a year, the rest of a period, counted periods', () => {
  const nov = parseReference('2016-11-07'), aug = parseReference('2015-08-04');
  assert.deepEqual(one('في موسم 2014/2015 وخلال الفترة 2011 - 2014.', aug).map(([, v]) => v), ['2014/2015', '2011/2014'], 'seasons and spans without «من»');
  assert.deepEqual(one('بين 1990-2050', aug).some(([, v]) => v === '1990/2050'), false, 'sixty years apart: not a span written bare');
  assert.deepEqual(one('تاريخ الإصدار: 05 / 2015 وخطة 2015/3', aug).map(([, v]) => v), ['2015-05', '2015-03']);
  assert.deepEqual(one('قرار رقم 2015/3', aug), [], 'a decision\'s number');
  assert.deepEqual(one('الأسبوع الأول من عام 2015', nov), [['الأسبوع الأول من عام 2015', '2014-12-29/2015-01-04']], 'ISO weeks: the first holds the first Thursday');
  assert.deepEqual(one('الأسبوع الأخير من عام 2015', nov), [['الأسبوع الأخير من عام 2015', '2015-12-28/2016-01-03']]);
  assert.deepEqual(one('سأرحل بقية الأسبوع', nov), [['بقية الأسبوع', '2016-11-07/2016-11-13']]);
  assert.deepEqual(one('خلال ما تبقى من العام الجاري', nov), [['ما تبقى من العام الجاري', '2016-11-07/2016-12-31']]);
  assert.deepEqual(one('تغيرت في الأيام الأولى من رمضان ثم في بقية الشهر', aug).some(([t]) => t.includes('بقية')), false, 'the rest of a month just told');
  assert.deepEqual(one('خلال الخمس سنوات الماضية', aug), [['الخمس سنوات الماضية', '2010/2014']], 'the count before the unit');
  assert.deepEqual(one('خلال الـ 9 أشهر الماضية', aug), [['الـ 9 أشهر الماضية', '2014-11/2015-07']]);
  assert.deepEqual(one('قبل دخوله فترة الستة أشهر الأخيرة من عقده', aug), [], 'the last months of a contract');
  assert.deepEqual(one('عقدنا اجتماعاً في 5 ديسمبر 1391', aug), [['5 ديسمبر 1391', '1391-12-05']], 'a year before 1900 where the clause ends');
  assert.deepEqual(one('في 5 ديسمبر 1500 جندي', aug), [['5 ديسمبر', '2015-12-05']], 'a count after the date is no year');
});

test('an expression starts a word (a clitic letter allowed): not inside a longer word, and found right after one that is not', () => {
  const ref = parseReference('2024-03-10');
  const found = (text: string) => findTimeExpressions(text, ref).map((t) => [t.text, t.value]);
  assert.deepEqual(found('عقد في 5 سيناير'), [], '«يناير» inside «سيناير» is no month');
  assert.deepEqual(found('سيناير ويناير 2020'), [['يناير 2020', '2020-01']], 'the next word start, past the one that is not');
  assert.deepEqual(found('اجتماع سيناير ويناير الماضي'), [['يناير الماضي', '2024-01']]);
  assert.deepEqual(found('وفي 5 يناير 2020 وبالأمس'), [['5 يناير 2020', '2020-01-05'], ['بالأمس', '2024-03-09']]);
});

test('an ordinal month after «الشهر» is a month only before a year or after a day: «الشهر الثامن» of a war is none', () => {
  const ref = parseReference('2013-02-12');
  assert.deepEqual(one('وأعلن الجيش أن الحرب دخلت الشهر الثامن دون أفق للحل', ref), []);
  assert.deepEqual(one('وأعلن الجيش أن الحرب دخلت الشهر الثامن من عام 2014', ref), [['الشهر الثامن من عام 2014', '2014-08']]);
  assert.deepEqual(one('نص الاتفاق الموقع في مارس', ref), [['مارس', '2013-03']], '«نص» before no «شهر» is a text');
});

test('a decade followed by «من العمر» is an age, not a date', () => {
  const ref = parseReference('2015-08-06');
  assert.deepEqual(one('المرضى في هذه السن المبكرة (بداية العشرينات من العمر) يحتاجون رعاية', ref), []);
  assert.deepEqual(one('ويؤكد محمد آل مهنا في الخمسينيات من عمره أن العيد تغير', ref), []);
  assert.deepEqual(one('وانتشرت الأغنية في الخمسينيات من القرن الماضي', ref), [['الخمسينيات من القرن الماضي', '1950/1959']]);
});

test('«بعد ثمانية أشهر أخرى» counts from a past event, not from the reference: no value', () => {
  const ref = parseReference('2015-07-25');
  assert.deepEqual(one('لكن أعيد تعيينه بعد ثمانية أشهر أخرى كأمين عام للاتحاد', ref), []);
  assert.deepEqual(one('ويعود السفير بعد شهرين', ref), [['بعد شهرين', '2015-09']]);
});

test('a month\'s name is a whole word: «مائة» is no «ماي» (May in the Maghreb), «ريال مايوركا» no «مايو», «market» no «mar»', () => {
  const ref = parseReference('2015-08-09');
  assert.deepEqual(one('من أول يونيو وحتى منتصف يوليو كانت الفترة الأكثر جفافا منذ مائة وعامين', ref), [['أول يونيو', '2015-06-01'], ['منتصف يوليو', '2015-07']]);
  assert.deepEqual(one('وأمضى موسمين في ريال مايوركا قبل العودة', ref), []);
  assert.deepEqual(one('in a market downtown in Tunis', ref), []);
});

test('«اليوم» in brackets after «لـ» or closing a paragraph is the paper «اليوم», not today; «يوم الأحد (اليوم)» is', () => {
  const ref = parseReference('2015-07-25');
  assert.deepEqual(one('وفي حديثها لـ (اليوم) توضح عضو هيئة التدريس', ref), []);
  assert.deepEqual(one('ومجدي الجابري. ( اليوم )\nوفي خبر آخر', ref), []);
  assert.deepEqual(one('يقام الحفل (اليوم) في الرياض', ref), [['اليوم', '2015-07-25']]);
});

test('a match announced in the present marks a bare weekday future («يخوض الاتفاق يوم (الاثنين) مباراته»)', () => {
  const ref = parseReference('2015-08-01'); // a Saturday
  assert.deepEqual(one('من جهة ثانية يخوض الاتفاق يوم (الاثنين) مباراته الودية الثالثة', ref), [['الاثنين', '2015-08-03']]);
  assert.deepEqual(one('وفاز الاتفاق يوم الاثنين في مباراته الودية الثالثة', ref), [['يوم الاثنين', '2015-07-27']]);
});

test('«يوما بعد يوم», «عاما بعد عام» (day after day) are no date; «بعد يومين» is', () => {
  const ref = parseReference('2015-08-06');
  assert.deepEqual(one('فباتت تؤرق نفوسنا يوما بعد يوم، خصوصا', ref), []);
  assert.deepEqual(one('يتجدد المهرجان عاماً بعد عام', ref), []);
  assert.deepEqual(one('وصل الوفد بعد يومين', ref), [['بعد يومين', '2015-08-08']]);
});

test('a weekday with a day and month and no year is the reading the weekday agrees with (Hijri month first or day first, or Gregorian)', () => {
  const ref = parseReference('2015-07-25');
  assert.deepEqual(one('وحددت الكلية أيام الثلاثاء 10/12 والأربعاء 10/13 مواعيد المراجعة', ref), [['الثلاثاء 10/12', '2015-07-28'], ['الأربعاء 10/13', '2015-07-29']]);
  assert.deepEqual(one('يوم الأربعاء 28/9 الماضي', ref), [['يوم الأربعاء 28/9', '2015-07-15']], '28 Ramadan 1436');
  assert.deepEqual(one('تبدأ الدراسة يوم الاثنين 7/9 في المدارس', ref), [['يوم الاثنين 7/9', '2015-09-07']], 'a Gregorian 7 September, a Monday');
});

test('a day and month without a year after a future verb are the next ones when the nearest lies more than a month back; a plan of the last weeks stays in the past', () => {
  const jul = parseReference('2015-07-21');
  assert.deepEqual(one('على أن تمنح الجائزة سنويا في الرابع من يناير', jul), [['الرابع من يناير', '2016-01-04']]);
  assert.deepEqual(one('وأعلن أن اجتماع اللجنة سيعقد يوم 20 يوليو', jul), [['20 يوليو', '2015-07-20']], 'reported speech of a plan now past');
  assert.deepEqual(one('وقع الهجوم في الرابع من يناير', jul), [['الرابع من يناير', '2015-01-04']], 'no future verb: the nearest');
  assert.ok(one('سيطالبون بالثالث من أغسطس من العام الماضي', jul).every(([, v]) => v.startsWith('2014')), 'a year told stays');
});
