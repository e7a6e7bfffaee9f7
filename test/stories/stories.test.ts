import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import gold from '../fixtures/gold/seeds.json' with { type: 'json' };
import { createMinHashIndex } from '../../src/dedup/minhash.ts';

const marsad = (args: string[]) => spawnSync(process.execPath, ['bin/marsad.js', ...args], { encoding: 'utf8' });

test('the sample pages make exactly the three gold stories', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'marsad-stories-')), 's.db');
  assert.equal(marsad(['ingest', 'examples', '--db', db]).status, 0);
  const stories = JSON.parse(marsad(['stories', '--db', db, '--format', 'json']).stdout) as Array<{ id: number; importance: number; reasons: string; articles: Array<{ file: string }> }>;
  const groups = stories.map((s) => s.articles.map((a) => a.file.replace(/^.*\//, '')).sort().join(' ')).sort();
  const goldGroups = [...new Set(gold.pages.map((p) => p.story))].map((st) => gold.pages.filter((p) => p.story === st).map((p) => p.file).sort().join(' ')).sort();
  assert.deepEqual(groups, goldGroups);
  assert.ok(stories.every((s) => s.importance > 0 && /مصدر|مصادر/.test(s.reasons)), 'importance is explained');
  const story = JSON.parse(marsad(['story', String(stories[0].id), '--db', db, '--format', 'json']).stdout) as { detail: { summary: unknown[] }; timeline: Array<{ value: string }> };
  assert.ok(story.detail.summary.length >= 2);
  assert.ok(story.timeline.length > 0);
  const byEntity = JSON.parse(marsad(['timeline', '--entity', 'وونسان', '--db', db, '--format', 'json']).stdout) as Array<{ sentence: string }>;
  assert.ok(byEntity.every((e) => e.sentence.includes('وونسان')));
  assert.equal(marsad(['timeline', '--db', db]).status, 2);
});

test('near-duplicate copies are found, different texts are not', () => {
  const idx = createMinHashIndex();
  const text = 'أعلنت وزارة الخارجية الروسية اليوم أن وزير الخارجية سيرغي لافروف سيزور بيونغ يانغ الأسبوع المقبل في زيارة رسمية تستغرق يومين يلتقي خلالها الزعيم الكوري الشمالي ويبحث معه العلاقات الثنائية والتعاون العسكري بين البلدين. وقالت المتحدثة باسم الوزارة إن الزيارة تأتي بعد قمة جمعت الرئيسين في أقصى الشرق الروسي الشهر الماضي وأثارت مخاوف غربية من صفقات أسلحة بين البلدين في ظل الحرب المستمرة منذ أكثر من عام ونصف العام';
  assert.equal(idx.add(1, text), null);
  assert.equal(idx.add(2, text.replace('اليوم', 'الأحد') + ' وفق ما أفادت وكالة تاس.'), 1, 'a lightly edited copy');
  assert.equal(idx.add(3, 'ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك خفض الإنتاج للمرة الثانية هذا العام وسط مخاوف من تباطؤ الطلب العالمي على الخام في الأشهر المقبلة'), null);
});

test('articles ingested later join the stored stories incrementally, with the same result as reclustering', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-incr-'));
  const db = join(dir, 's.db');
  const groupsOf = () => (JSON.parse(marsad(['stories', '--db', db, '--format', 'json']).stdout) as Array<{ articles: Array<{ file: string }> }>)
    .map((s) => s.articles.map((a) => a.file.replace(/^.*\//, '')).sort().join(' ')).sort();
  const first = marsad(['ingest', 'examples/000_05867d2d627bfb71.txt', 'examples/001_0da1ffbe29b36b8b.txt', 'examples/002_69a18c3edfd9111b.txt', '--db', db, '--format', 'json']);
  assert.equal(JSON.parse(first.stdout).storyUpdate, 'recluster', 'an empty archive is clustered whole');
  const later = marsad(['ingest', 'examples/003_272cc184b9253ae0.txt', 'examples/004_ee4591bf9e1c8d6b.txt', '--db', db, '--format', 'json']);
  assert.equal(JSON.parse(later.stdout).storyUpdate, 'incremental');
  const goldGroups = [...new Set(gold.pages.map((p) => p.story))].map((st) => gold.pages.filter((p) => p.story === st).map((p) => p.file).sort().join(' ')).sort();
  assert.deepEqual(groupsOf(), goldGroups);
  assert.equal(marsad(['recluster', '--db', db]).status, 0);
  assert.deepEqual(groupsOf(), goldGroups);
});

test('both ways of placing articles in stored stories (near stories, every story in reach) give the gold stories', async () => {
  const { openStore } = await import('../../src/store/index.ts');
  const { updateStories } = await import('../../src/pipeline.ts');
  const goldGroups = [...new Set(gold.pages.map((p) => p.story))].map((st) => gold.pages.filter((p) => p.story === st).map((p) => p.file).sort().join(' ')).sort();
  for (const nearRunMax of [0, 100]) {
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-place-')), 's.db');
    assert.equal(marsad(['ingest', 'examples/000_05867d2d627bfb71.txt', 'examples/001_0da1ffbe29b36b8b.txt', 'examples/002_69a18c3edfd9111b.txt', '--db', db]).status, 0);
    assert.equal(marsad(['ingest', 'examples/003_272cc184b9253ae0.txt', 'examples/004_ee4591bf9e1c8d6b.txt', '--db', db, '--skip', 'stories']).status, 0);
    const store = await openStore(db);
    try {
      const stored = await store.listArticles({ limit: 10 });
      const fileOf = new Map(stored.map((a) => [a.id, a.file!.replace(/^.*\//, '')]));
      const later = stored.filter((a) => /^00[34]/.test(fileOf.get(a.id)!)).map((a) => a.id);
      assert.equal(later.length, 2);
      assert.deepEqual(await updateStories(store, later, { nearRunMax }), { joined: 2, started: 0 }, `nearRunMax ${nearRunMax}`);
      const storyOf = await store.storyIdsOf(stored.map((a) => a.id));
      const groups = [...new Set(storyOf.values())].map((s) => stored.filter((a) => storyOf.get(a.id) === s).map((a) => fileOf.get(a.id)!).sort().join(' ')).sort();
      assert.deepEqual(groups, goldGroups, `nearRunMax ${nearRunMax}`);
    } finally {
      await store.close();
    }
  }
});

test('two stories grown in parallel from one occasion become one once their centroids meet', async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const article = (id: number, text: string) => ({ id, title: text, published: '2015-08-01', body: [{ type: 'p' as const, text }], entities: [], temporal: [], source: 'x' });
  const texts = [
    'اندلع حريق ضخم في مصنع للكيماويات بالمدينة الصناعية',
    'فرق الإطفاء تكافح حريق مصنع الكيماويات بالمدينة الصناعية',
    'الرئيس يعلن الحداد الوطني ثلاثة أيام على ضحايا الكارثة',
    'الحداد الوطني يعم البلاد والرئيس يعزي أسر ضحايا الكارثة',
    'الرئيس يعلن الحداد الوطني على ضحايا حريق مصنع الكيماويات بالمدينة الصناعية',
  ];
  const run = (mergeThreshold: number) => {
    const c = createClusterer({ ...DEFAULT_SETTINGS, mergeThreshold });
    texts.forEach((t, i) => c.add(article(i + 1, t)));
    return c.stories().map((s) => [...s.articleIds].sort()).sort();
  };
  assert.equal(run(Infinity).length, 2, 'without merging: the fire and the mourning');
  assert.deepEqual(run(0.15), [[1, 2, 3, 4, 5]], 'merged (their centroids meet at 0.19): one story, no empty one left');
});

test('headlines name the places of their occasions; countries, capitals and common words are not places', async () => {
  const { headlinePlaces } = await import('../../src/stories/places.ts');
  assert.deepEqual(headlinePlaces('66 مركزاً للانتخابات البلدية في الطائف'), ['طايف']);
  assert.deepEqual(headlinePlaces('البدء بتجهيز المراكز الانتخابية بالجوف'), ['جوف']);
  assert.deepEqual(headlinePlaces('أمانة جدة تستكمل خطتها لتدريب لجان الانتخابات'), ['جده'], '«لجان» is not a place');
  assert.deepEqual(headlinePlaces('البحرين تدين العمل الإجرامي'), [], 'a country acts');
  assert.deepEqual(headlinePlaces('محادثات في موسكو غدًا'), [], 'a capital stands for its government');
  assert.deepEqual(headlinePlaces('الذهب يتراجع بعد تكبده أكبر خسارة شهرية'), []);
  assert.deepEqual(headlinePlaces('ميليشيات الحوثي وصالح تعدم أسرى'), [], '«صالح» is a person here, not the town');
  assert.deepEqual(headlinePlaces('تفاصيل الخبر في مدينة نابلس'), ['نابلس'], '«الخبر» and «مدينة» are common words');
});

test('an article joins a story within the window after its latest article, up to the span from its first', async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const title = 'مئتا شخصية عربية في أول ملتقى للأمن السياحي بالطائف';
  const bodies = [
    'تستعد محافظة الطائف لاستضافة أول ملتقى للأمن السياحي بمشاركة مئتي شخصية عربية من خبراء الأمن والسياحة',
    'أكملت اللجنة المنظمة استعداداتها لملتقى الأمن السياحي الذي يشارك فيه خبراء عرب في الطائف لبحث حماية السياح',
    'ينطلق اليوم في الطائف ملتقى الأمن السياحي الأول بحضور مئتي خبير عربي يناقشون حماية السياح وتطوير الخدمات',
    'اختتم ملتقى الأمن السياحي في الطائف أعماله بتوصيات لحماية السياح وتطوير خدمات الأمن في المواقع السياحية',
  ];
  const article = (id: number, day: string) => ({ id, title, published: day, body: [{ type: 'p' as const, text: bodies[id - 1] }], entities: [], temporal: [], source: 'x' });
  const c = createClusterer(DEFAULT_SETTINGS);
  for (const [id, day] of [[1, '2015-07-26'], [2, '2015-07-31'], [3, '2015-08-04'], [4, '2015-08-09']] as const) c.add(article(id, day));
  // Day 9 after the first (4 after the latest) joins; day 14 after the first is past the span.
  assert.deepEqual(c.stories().map((s) => [...s.articleIds].sort()).sort(), [[1, 2, 3], [4]]);
  assert.ok(DEFAULT_SETTINGS.windowDays < 9 && DEFAULT_SETTINGS.maxSpanDays >= 9 && DEFAULT_SETTINGS.maxSpanDays < 14);
});

test('occasions of one kind in different places stay apart', async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  // Words the three share beyond «الانتخابات البلدية» (a pair written every day that summer, which weighs little).
  const common = 'وتبدأ مرحلة قيد الناخبين والناخبات في المراكز الانتخابية بعد أسبوعين وتستمر واحدا وعشرين يوما وتشارك المرأة للمرة الأولى ناخبة ومرشحة في الدورة الثالثة من المجالس التي تنتخب نصف أعضائها';
  const article = (id: number, title: string, text: string) => ({ id, title, published: '2015-08-04', body: [{ type: 'p' as const, text: `${text}. ${common}` }], entities: [], temporal: [], source: 'x' });
  const run = (placePenalty: number) => {
    const c = createClusterer({ ...DEFAULT_SETTINGS, placePenalty });
    c.add(article(1, 'تجهيز 66 مركزا للانتخابات البلدية في الطائف', 'أعلنت اللجنة المحلية للانتخابات البلدية في محافظة الطائف تجهيز ستة وستين مركزا لقيد الناخبين موزعة على أحياء المحافظة'));
    c.add(article(2, 'تدريب لجان الانتخابات البلدية في تبوك', 'نظمت اللجنة المحلية للانتخابات البلدية بمنطقة تبوك ورشة لتدريب العاملين في مراكز قيد الناخبين على الأنظمة الجديدة'));
    c.add(article(3, 'مراكز الانتخابات البلدية في الطائف جاهزة لاستقبال الناخبين', 'أكد رئيس اللجنة المحلية للانتخابات البلدية جاهزية المراكز لاستقبال الناخبين صباحا ومساء'));
    return c.stories().map((s) => [...s.articleIds].sort()).sort();
  };
  assert.deepEqual(run(0), [[1, 2, 3]], 'the words alone make one story');
  assert.deepEqual(run(DEFAULT_SETTINGS.placePenalty), [[1, 3], [2]]);
});

test("a story's timeline leaves out a year or month that only holds the story's own days", async () => {
  const { timeline } = await import('../../src/stories/timeline.ts');
  const text = 'قال الوزير إن هذا العام شهد نموا. وفي 23 يونيو أقر المجلس القانون. وارتفعت الإيرادات خلال شهر مايو الماضي.';
  const at = (w: string) => text.indexOf(w);
  const article = {
    id: 1, title: 'ت', published: '2015-08-05', source: 's', body: [{ type: 'p' as const, text }], entities: [], quotes: [], embeds: [], related: [],
    temporal: [
      { text: 'هذا العام', start: at('هذا العام'), end: at('هذا العام') + 9, value: '2015' },
      { text: '23 يونيو', start: at('23 يونيو'), end: at('23 يونيو') + 8, value: '2015-06-23' },
      { text: 'شهر مايو الماضي', start: at('شهر مايو'), end: at('شهر مايو') + 15, value: '2015-05' },
    ],
  };
  const events = timeline([article as never], undefined, { first: '2015-08-01', last: '2015-08-07' });
  assert.deepEqual(events.map((e) => e.value), ['2015-05', '2015-06-23']);
  assert.deepEqual(timeline([article as never]).map((e) => e.value), ['2015', '2015-05', '2015-06-23'], 'an entity timeline keeps them');
});

test("a timeline tells an event once, however many outlets republish its sentence", async () => {
  const { timeline } = await import('../../src/stories/timeline.ts');
  const sentence = (id: number, text: string) => ({
    id, title: 'ت', published: '2015-08-05', source: `s${id}`, body: [{ type: 'p' as const, text }], entities: [], quotes: [], embeds: [], related: [],
    temporal: [{ text: 'يوم الثلاثاء', start: text.indexOf('يوم الثلاثاء'), end: text.indexOf('يوم الثلاثاء') + 12, value: '2015-08-04' }],
  });
  const events = timeline([
    sentence(1, 'انطلاقاً من العلاقات التاريخية الوثيقة والراسخة بين البلدين زار ولي ولي العهد الأردن يوم الثلاثاء والتقى الملك.'),
    sentence(2, 'انطلاقا من العلاقات التاريخية الوثيقة والراسخة بين البلدين، زار ولي ولي العهد الأردن يوم الثلاثاء والتقى الملك.'),
    sentence(3, 'وعقد مجلس الوزراء جلسته يوم الثلاثاء برئاسة خادم الحرمين وأقر نظاما جديدا للشواطئ.'),
  ] as never);
  assert.deepEqual(events.map((e) => e.articleId), [1, 3], 'the copy of the first is left out; another event of the day stays');
});

test('an occasion is named by the pairs of content words of its headline and first paragraph', async () => {
  const { ledePairs } = await import('../../src/stories/cluster.ts');
  const pairs = ledePairs({
    title: 'البرلمان العربي يدين تفجير مسجد قوات الطوارئ',
    body: [{ kind: 'paragraph', text: 'أدان البرلمان العربي التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في عسير 2015' }, { kind: 'paragraph', text: 'فقرة ثانية لا تحسب' }],
  } as never);
  // The same name from the headline and the lede is one pair; function words and numbers make none.
  const named = pairs.filter((p) => p.startsWith('مسجد '));
  assert.equal(named.length, 1, pairs.join(' | '));
  assert.ok(pairs.some((p) => p.endsWith(' طوار') || p.includes('طوار')), pairs.join(' | '));
  assert.ok(!pairs.some((p) => /(^| )(ذي|الذي|في)( |$)|2015/.test(p)), pairs.join(' | '));
  assert.ok(!pairs.some((p) => p.includes('ثاني')), 'only the first paragraph counts');
  // A name whose key is a function word once its article is stripped («العند» -> «عند») still names.
  const anad = ledePairs({ title: 'تحرير قاعدة العند الجوية', body: [{ kind: 'paragraph', text: 'وصل الوفد عند الظهر إلى قاعدة العند بعد تحريرها' }] } as never);
  assert.ok(anad.includes('قاعد عند'), anad.join(' | '));
  assert.ok(!anad.some((p) => p.startsWith('وفد ') || (p.endsWith(' عند') && !p.startsWith('قاعد'))), 'the preposition «عند» names nothing: ' + anad.join(' | '));
});

test('articles put back in their stories, then new ones added, cluster as adding them all in order does', async () => {
  const { createClusterer } = await import('../../src/stories/cluster.ts');
  const texts = [
    ['2015-08-01', 'اندلع حريق ضخم في مصنع للكيماويات بالمدينة الصناعية'],
    ['2015-08-01', 'فرق الإطفاء تكافح حريق مصنع الكيماويات بالمدينة الصناعية'],
    ['2015-08-01', 'ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج'],
    ['2015-08-02', 'الرئيس يعلن الحداد الوطني ثلاثة أيام على ضحايا حريق مصنع الكيماويات'],
    ['2015-08-02', 'اندلع حريق ضخم في مصنع للكيماويات بالمدينة الصناعية'],
    ['2015-08-03', 'أسعار النفط تواصل الارتفاع في الأسواق العالمية بعد قرار أوبك'],
    ['2015-08-04', 'تشييع ضحايا حريق مصنع الكيماويات بالمدينة الصناعية وسط حداد وطني'],
    ['2015-08-05', 'منتخب الشباب يفوز على نظيره في افتتاح البطولة العربية لكرة القدم'],
    ['2015-08-20', 'لجنة التحقيق في حريق مصنع الكيماويات تنشر تقريرها الأول'],
    ['2015-08-21', 'أسعار النفط تتراجع في الأسواق العالمية مع زيادة الإنتاج'],
  ] as const;
  const article = (i: number) => ({ id: i + 1, title: texts[i][1], published: texts[i][0], body: [{ type: 'p' as const, text: `${texts[i][1]} وفق ما أفادت المصادر اليوم` }], entities: [], temporal: [], source: 'x' });
  const partition = (stories: Array<{ articleIds: number[] }>) => stories.map((s) => [...s.articleIds].sort((a, b) => a - b).join(',')).sort();
  for (const k of [3, 5, 7, 9]) {
    const whole = createClusterer();
    for (let i = 0; i < k; i++) whole.add(article(i));
    const stored = whole.stories().flatMap((s) => s.articleIds.map((id) => ({ id, story: s.id, copyOf: s.duplicateOf.get(id) ?? null })));
    for (let i = k; i < texts.length; i++) whole.add(article(i));
    const resumed = createClusterer();
    for (const m of stored.sort((a, b) => a.id - b.id)) resumed.restore(article(m.id - 1), m.story, m.copyOf);
    for (let i = k; i < texts.length; i++) resumed.add(article(i));
    assert.deepEqual(partition(resumed.stories()), partition(whole.stories()), `resumed after ${k} articles`);
  }
  const whole = createClusterer();
  texts.forEach((_, i) => whole.add(article(i)));
  const groups = partition(whole.stories());
  assert.ok(groups.includes('1,2,4,5,7'), `the fire, its copy, the mourning and the funeral are one story: ${groups.join(' | ')}`);
  assert.ok(groups.some((g) => g.split(',').includes('9')) && !groups.some((g) => g.split(',').includes('9') && g.split(',').includes('1')), 'the inquiry two weeks on is past the span');
});

test("a new occasion's name draws its reactions, and two stories that go by it become one; an old name does neither", async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const article = (id: number, day: string, title: string, text: string) => ({ id, title, published: day, body: [{ type: 'p' as const, text }], entities: [], temporal: [], source: 'x' });
  const fillers = ['ارتفاع أسعار الذهب في الأسواق العالمية', 'المنتخب الوطني يستعد لمباراة ودية', 'افتتاح معرض الكتاب الدولي في الرياض', 'هطول أمطار غزيرة على المرتفعات الجنوبية'];
  const places = ['حديقة', 'مكتبة', 'مدرسة', 'مستشفى', 'ملعب', 'جسر', 'سوق', 'متحف'];
  const ways = ['يستهدف', 'يضرب', 'يهز', 'في', 'داخل', 'على', 'بمقر', 'قرب', 'عند', 'أثناء', 'بعد', 'خلال'];
  const bombing = (id: number, k: number) => article(id, '2015-08-06', `تفجير انتحاري ${ways[k]} مسجد قوات الطوارئ في عسير`, `قتل ${10 + k} من رجال الأمن في تفجير انتحاري استهدف مسجد قوات الطوارئ في عسير أثناء صلاة الظهر وأعلنت وزارة الداخلية تفاصيل الهجوم`);
  /** Four days of news first (a name is new against them); the Najran governor's visits are in it every day. */
  const history = (c: ReturnType<typeof createClusterer>, withGovernor: boolean) => {
    let id = 0;
    for (const day of ['2015-08-01', '2015-08-02', '2015-08-03', '2015-08-04']) {
      for (const f of fillers) c.add(article(++id, day, `${f} ${day}`, `${f} وسط اهتمام واسع ${id}`));
      if (withGovernor) for (let k = 0; k < 2; k++) c.add(article(++id, day, `أمير منطقة نجران يتفقد ${places[(id + k) % 8]}`, `تفقد أمير منطقة نجران مشروع ${places[(id + k) % 8]} في حي ${id} واطلع على سير العمل فيه`));
    }
    return id;
  };
  // The Najran governor condemns the Asir bombing: its new name («مسجد قوات الطوارئ») outweighs his region's old one.
  const reactionStory = (settings: typeof DEFAULT_SETTINGS) => {
    const c = createClusterer(settings);
    let id = history(c, true);
    const bombingStory = new Set(ways.map((_, k) => c.add(bombing(++id, k))));
    const najranStory = new Set(places.slice(0, 6).map((p) => c.add(article(++id, '2015-08-06', `أمير منطقة نجران يفتتح ${p} جديدة`, `افتتح أمير منطقة نجران ${p} جديدة في حي الفيصلية ضمن مشاريع الأمانة لتحسين المشهد الحضري للمدينة`))));
    assert.equal(bombingStory.size, 1);
    assert.equal(najranStory.size, 1);
    const reaction = c.add(article(++id, '2015-08-07', 'أمير منطقة نجران: الإرهابيون شرذمة بغيضة', 'رفع أمير منطقة نجران التعازي في شهداء مسجد قوات الطوارئ ووصف الإرهابيين بأنهم شرذمة بغيضة انتهكت حرمة بيت الله'));
    return reaction === [...bombingStory][0] ? 'bombing' : reaction === [...najranStory][0] ? 'najran' : 'own';
  };
  assert.equal(reactionStory(DEFAULT_SETTINGS), 'bombing');
  assert.notEqual(reactionStory({ ...DEFAULT_SETTINGS, newNameWeight: DEFAULT_SETTINGS.pairWeight }), 'bombing', 'weighed as an old name, the name does not draw it');
  // The Mufti's statements and the bombing's reports arrive together and grow apart; once both go by the new name
  // they merge.
  const storiesOf = (settings: typeof DEFAULT_SETTINGS) => {
    const c = createClusterer(settings);
    let id = history(c, false);
    const ids: number[] = [];
    ways.forEach((_, k) => {
      if (k < 5) c.add(article((ids.push(++id), id), '2015-08-06', `المفتي العام: الفئة الضالة ${places[k]}`, `قال سماحة المفتي العام للمملكة رئيس هيئة كبار العلماء في بيان عن مسجد قوات الطوارئ إن الفئة الضالة الخارجة عن الدين لا يقبل فعلها مسلم ${k}`));
      c.add(bombing((ids.push(++id), id), k));
    });
    return new Set(c.stories().filter((s) => s.articleIds.some((a) => ids.includes(a))).map((s) => s.id)).size;
  };
  assert.equal(storiesOf(DEFAULT_SETTINGS), 1);
  assert.equal(storiesOf({ ...DEFAULT_SETTINGS, nameShare: Infinity, absorbShare: Infinity }), 2, 'without merging by name they stay two');
});

test("a new name's first reports and reactions, scattered in their own words, gather in the story holding most of them", async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const article = (id: number, day: string, title: string, text: string) => ({ id, title, published: day, body: [{ type: 'p' as const, text }], entities: [], temporal: [], source: 'x' });
  const fillers = ['ارتفاع أسعار الذهب في الأسواق العالمية', 'المنتخب الوطني يستعد لمباراة ودية', 'افتتاح معرض الكتاب الدولي في الرياض'];
  // Each reaction in words of its own (a country, a body, a scholar): by text alone none meets another.
  const reactions = [
    ['البحرين تعرب عن تضامنها الكامل مع المملكة', 'أعربت مملكة البحرين في بيان لوزارة خارجيتها عن إدانتها الشديدة للهجوم على مسجد قوات الطوارئ وتعازيها لأسر الضحايا'],
    ['البرلمان العربي يدعو إلى تكاتف الجهود', 'شجب رئيس البرلمان العربي في تصريح صحفي الاعتداء على مسجد قوات الطوارئ ودعا البرلمانات العربية إلى تشريعات رادعة'],
    ['هيئة كبار العلماء: جريمة نكراء مخالفة لشرع الله', 'وصفت هيئة كبار العلماء ما حدث في مسجد قوات الطوارئ بالجريمة النكراء التي يبرأ منها كل مسلم'],
    ['السودان يواسي الأسر المكلومة', 'دانت وزارة الخارجية السودانية استهداف المصلين في مسجد قوات الطوارئ وعبرت عن مواساتها للأسر المكلومة والشعب السعودي'],
    ['مفتي لبنان: عدوان سافر على بيوت الله', 'اعتبر مفتي الجمهورية اللبنانية قتل المصلين في مسجد قوات الطوارئ عدوانا سافرا على حرمة بيوت الله'],
    ['الجامعة العربية: لن ينال من أمن المملكة واستقرارها', 'أكد الأمين العام للجامعة العربية أن الهجوم على مسجد قوات الطوارئ لن ينال من أمن المملكة ووحدة شعبها'],
    ['أمير جازان يعزي ذوي الشهداء', 'نقل أمير منطقة جازان تعازيه إلى ذوي الشهداء الذين سقطوا في مسجد قوات الطوارئ سائلا الله أن يتغمدهم برحمته'],
    ['الأردن يقف إلى جانب الأشقاء', 'أكد الناطق باسم الحكومة الأردنية وقوف بلاده إلى جانب الأشقاء بعد الاعتداء الجبان على مسجد قوات الطوارئ'],
    ['رابطة العالم الإسلامي: فكر منحرف', 'قالت رابطة العالم الإسلامي إن من استهدف مسجد قوات الطوارئ يحمل فكرا منحرفا لا يمت للإسلام بصلة'],
    ['مجلس التعاون يؤكد دعمه للإجراءات السعودية', 'أعلن الأمين العام لمجلس التعاون الخليجي دعم المجلس لكل ما تتخذه المملكة من إجراءات بعد تفجير مسجد قوات الطوارئ'],
  ];
  const storiesOf = (settings: typeof DEFAULT_SETTINGS) => {
    const c = createClusterer(settings);
    let id = 0;
    for (const day of ['2015-08-01', '2015-08-02', '2015-08-03', '2015-08-04']) for (const f of fillers) c.add(article(++id, day, `${f} ${day}`, `${f} وسط اهتمام واسع ${id}`));
    // Three first reports, alike, then the reactions (a name is new from ten ledes a day: NAME_BURST).
    for (let k = 0; k < 3; k++) c.add(article(++id, "2015-08-06", `تفجير انتحاري يستهدف مسجد قوات الطوارئ في عسير ${k}`, `قتل ${10 + k} من رجال الأمن في تفجير انتحاري استهدف مسجد قوات الطوارئ في عسير أثناء صلاة الظهر`));
    const reports = c.stories().find((s) => s.articleIds.includes(id))!;
    const placed = reactions.map(([title, text]) => c.add(article(++id, '2015-08-06', title, text)));
    const first = id - reactions.length + 1;
    const storyOfReports = c.stories().find((s) => s.articleIds.includes(reports.articleIds[0]))!;
    return { scattered: new Set(placed).size, joined: placed.filter((s) => s === reports.id).length, gathered: storyOfReports.articleIds.filter((a) => a >= first).length };
  };
  const alone = storiesOf({ ...DEFAULT_SETTINGS, pairWeight: 0, newNameWeight: 0, absorbShare: Infinity });
  assert.equal(alone.joined, 0, 'by text alone none joins the reports');
  assert.ok(alone.scattered >= 8, `by text alone they scatter (${alone.scattered} stories)`);
  // Seven reactions come before the name is written ten times that day; the three after join the first reports,
  // whose story holds only three of its ledes (too few to name it by its share).
  const named = storiesOf({ ...DEFAULT_SETTINGS, absorbShare: Infinity });
  assert.equal(named.joined, 3);
  assert.equal(named.gathered, 3, 'the seven placed before the name was new stay on their own');
  // The seven, each a story whose lede holds the name, join its leading story once the name is known to be new.
  assert.equal(storiesOf(DEFAULT_SETTINGS).gathered, reactions.length);
});

test("a venue's name bursting like an occasion's gathers no story that shares nothing else with the leader", async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const article = (id: number, day: string, title: string, text: string) => ({ id, title, published: day, body: [{ type: 'p' as const, text }], entities: [], temporal: [], source: 'x' });
  const fillers = ['ارتفاع أسعار الذهب في الأسواق العالمية', 'المنتخب الوطني يستعد لمباراة ودية', 'افتتاح معرض الكتاب الدولي في الرياض'];
  // A visit told in many articles, four of them ending at the palace where the king receives and councils meet.
  const visit = ['يبحث التعاون العسكري', 'يشهد تخريج الكليات', 'يلتقي رئيس الوزراء', 'يوقع إعلان القاهرة', 'يزور الأزهر الشريف', 'يلتقي شيخ الأزهر', 'يزور قناة السويس', 'يشيد بالعلاقات التاريخية', 'يلتقي وزير الدفاع', 'يغادر القاهرة'];
  const councils = ['يناقش رؤى هيئة الاستثمار', 'يطلع على توجهات هيئة المدن الصناعية', 'يوصي بدعم برامج الإسكان'];
  const others = ['شركة بنده تتسلم درع التكريم', 'تدشين مشروع إسكان الأسر المحتاجة', 'تسليم جائزة التميز للموظفين', 'استقبال وفد رجال الأعمال الصينيين'];
  const placed = (settings: typeof DEFAULT_SETTINGS) => {
    const c = createClusterer(settings);
    let id = 0;
    for (const day of ['2015-08-01', '2015-08-02', '2015-08-03', '2015-08-04']) for (const f of fillers) c.add(article(++id, day, `${f} ${day}`, `${f} وسط اهتمام واسع ${id}`));
    const visitIds = visit.map((v, k) => (c.add(article(++id, '2015-08-06', `ولي ولي العهد ${v} في مصر`, `قال الديوان الملكي إن ولي ولي العهد ${v} خلال زيارته جمهورية مصر العربية ولقائه الرئيس المصري عبدالفتاح السيسي${k < 4 ? ' قبل عودته إلى قصر السلام بجدة' : ''}`)), id));
    const councilIds = councils.map((v) => (c.add(article(++id, '2015-08-06', `مجلس الشؤون الاقتصادية والتنمية ${v}`, `عقد مجلس الشؤون الاقتصادية والتنمية اجتماعه في قصر السلام بجدة و${v.slice(1)} ضمن جدول أعماله`)), id));
    for (const o of others) c.add(article(++id, '2015-08-06', o, `جرت في قصر السلام بجدة مراسم ${o}`));
    const storyOf = (a: number) => c.stories().find((x) => x.articleIds.includes(a))!.id;
    const visitStory = storyOf(visitIds[0]), council = councilIds.map(storyOf);
    return { visitStory, council };
  };
  // Without the cosine guard the venue, new that day (eleven ledes), drew the council's story into the visit's.
  const unguarded = placed({ ...DEFAULT_SETTINGS, absorbMinCosine: 0 });
  assert.ok(unguarded.council.every((s) => s === unguarded.visitStory), 'unguarded, the council is absorbed into the visit');
  const guarded = placed(DEFAULT_SETTINGS);
  assert.ok(guarded.council.every((s) => s !== guarded.visitStory), 'the council keeps its own story');
});

test('an archive of one day or of a few days apart still tells a new name', async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const article = (id: number, day: string, title: string, text: string) => ({ id, title, published: day, body: [{ type: 'p' as const, text }], entities: [], temporal: [], source: 'x' });
  const ways = ['يستهدف', 'يضرب', 'يهز', 'في', 'داخل', 'على', 'بمقر', 'قرب', 'عند', 'أثناء', 'بعد', 'خلال', 'وسط', 'أمام'];
  const reactions = ['البحرين تعرب عن تضامنها', 'البرلمان العربي يدعو إلى تكاتف الجهود', 'هيئة كبار العلماء تصف الجريمة', 'السودان يواسي الأسر', 'مفتي لبنان يندد', 'الجامعة العربية تؤكد', 'أمير جازان يعزي', 'الأردن يقف إلى جانب الأشقاء', 'رابطة العالم الإسلامي تحذر', 'مجلس التعاون يدعم'];
  const gathered = (days: string[]) => {
    const c = createClusterer(DEFAULT_SETTINGS);
    let id = 0;
    // Days of other news before, if any (fewer than NAME_HISTORY_DAYS).
    for (const day of days) for (let k = 0; k < 4; k++) c.add(article(++id, day, `افتتاح معرض الكتاب الدولي ${k} ${day}`, `افتتح معرض الكتاب الدولي ${k} وسط اهتمام واسع ${id}`));
    const firstReport = id + 1;
    for (const [k, w] of ways.entries()) c.add(article(++id, '2015-08-06', `تفجير انتحاري ${w} مسجد قوات الطوارئ في عسير`, `قتل ${10 + k} من رجال الأمن في تفجير انتحاري استهدف مسجد قوات الطوارئ في عسير أثناء صلاة الظهر`));
    const first = id + 1;
    for (const [k, r] of reactions.entries()) c.add(article(++id, '2015-08-06', r, `${r} بعد الاعتداء على مسجد قوات الطوارئ ${k} وتقدم التعازي لذوي الضحايا والشعب السعودي`));
    const story = c.stories().find((s) => s.articleIds.includes(firstReport))!;
    return story.articleIds.filter((a) => a >= first).length;
  };
  assert.equal(gathered([]), reactions.length, 'a lone day: the name written twenty times and more that day is new');
  assert.equal(gathered(['2015-08-01', '2015-08-04']), reactions.length, 'two days of history, not three');
});

test('a pair of words that dates a text («اليوم الاثنين», «غدا الأربعاء») names no occasion', async () => {
  const { ledePairs } = await import('../../src/stories/cluster.ts');
  const pairs = ledePairs({ title: 'مجلس الوزراء يعقد جلسته اليوم الاثنين', body: [{ kind: 'paragraph', text: 'يفتتح وزير الصحة غدا الأربعاء مستشفى الملك فهد في شهر أغسطس المقبل' }] } as never);
  assert.ok(pairs.includes('مجلس وزراء') && pairs.includes('مستشف ملك'), pairs.join(' | '));
  assert.ok(!pairs.some((p) => /يوم|اثن|غدا|اربعاء|اغسطس/.test(p)), pairs.join(' | '));
  // A feast is a date too: its days' reports of every kind must not go by its name.
  const feast = ledePairs({ title: 'أمين الطائف يدشن احتفالات عيد الفطر المبارك', body: [{ kind: 'paragraph', text: 'دشن أمين محافظة الطائف احتفالات العيد في شهر رمضان وشوال' }] } as never);
  assert.ok(feast.includes('امين طايف'), feast.join(' | '));
  assert.ok(!feast.some((p) => /عيد|فطر|رمضان|شوال/.test(p)), feast.join(' | '));
});


test('articles of one day under one headline (an agency sends a cabinet session in parts) make one story', async () => {
  const { createClusterer, headlineKey } = await import('../../src/stories/cluster.ts');
  assert.equal(headlineKey('عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء        إضافة ثانية'), headlineKey('نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء'));
  assert.equal(headlineKey('حالة الطقس'), null, 'a short headline fits many occasions');
  // Long parts, each on other decisions: the shared headline is a small part of each text.
  const parts = [
    'وافق مجلس الوزراء على اتفاقية بين المملكة وألمانيا لتدريب حرس الحدود وتطوير قدراته الفنية. ويشمل الاتفاق دورات للضباط في مراقبة السواحل والطائرات المسيرة وتبادل الخبراء. كما أقر تنظيم المراكز الحدودية الجديدة في الشمال وتزويدها بأجهزة رصد حرارية وزوارق سريعة. وكلف الجهات المعنية بإعداد جدول زمني للتنفيذ خلال عامين.',
    'قرر المجلس تعديل نظام المرور بحيث تضاعف غرامات قطع الإشارة وتجاوز السرعة المحددة في المدن. وتضمن التعديل نقاطا على رخصة القيادة تسحب بعد المخالفة الثالثة. وأشار إلى تركيب كاميرات آلية عند التقاطعات المزدحمة في الرياض وجدة والدمام. ودعا السائقين إلى ربط أحزمة الأمان وعدم استعمال الهاتف أثناء القيادة.',
    'اطلع المجلس على التقرير السنوي لهيئة الغذاء والدواء ووجه بتوسيع برامج الرقابة على المصانع. وبين التقرير سحب عشرات المنتجات المغشوشة من الأسواق وإغلاق مستودعات مخالفة. كما استعرض خطة تسجيل الأدوية الجنيسة وتقليص مدة الفسح للمستلزمات الطبية. وأوصى بحملات توعية للمستهلكين حول قراءة بطاقات المكونات.',
  ];
  const story = (days: string[]) => {
    const c = createClusterer();
    const ids = parts.map((text, k) => c.add({ id: k + 1, title: `عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء إضافة ${['أولى', 'ثانية', 'ثالثة'][k]}`, published: days[k], body: [{ type: 'p' as const, text }], entities: [], temporal: [], source: 'واس' }));
    return new Set(ids).size;
  };
  // Their texts share too little to meet by words: the headline joins them.
  assert.equal(story(['2015-08-10', '2015-08-10', '2015-08-10']), 1);
});

test("a topic's reports of different days stay apart unless a name or closer text links them; of one day they join", async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const reports = [
    { title: 'النفط يتجه لتكبد خسارة أسبوعية سادسة', text: 'تراجعت أسعار النفط اليوم متجهة لتكبد سادس خسارة أسبوعية على التوالي مع وفرة المعروض في الأسواق العالمية وارتفاع مخزونات الخام الأمريكية وهبط خام برنت إلى أدنى مستوى في ستة أشهر وسط مخاوف من تخمة الإمدادات وتباطؤ الطلب الصيني على الوقود' },
    { title: 'النفط يتعافى مع صعود البنزين', text: 'ارتفعت أسعار النفط اليوم بعد سادس خسارة أسبوعية على التوالي مع صعود أسعار البنزين رغم وفرة المعروض في الأسواق العالمية وارتفاع مخزونات الخام الأمريكية وصعد خام برنت من أدنى مستوى في ستة أشهر وسط مخاوف من تخمة الإمدادات وتباطؤ الطلب الصيني على الوقود' },
  ];
  const stories = (days: string[], settings = DEFAULT_SETTINGS) => {
    const c = createClusterer(settings);
    return new Set(reports.map((r, k) => c.add({ id: k + 1, title: r.title, published: days[k], body: [{ type: 'p' as const, text: r.text }], entities: [], temporal: [], source: 'x' }))).size;
  };
  assert.equal(stories(['2015-08-08', '2015-08-10']), 2, 'two days, two occasions');
  // Market reports are kept to their day by a rule of their own (next test): the penalty is tested without it.
  const asAnyStory = { ...DEFAULT_SETTINGS, reportSpanDays: DEFAULT_SETTINGS.maxSpanDays };
  assert.equal(stories(['2015-08-08', '2015-08-10'], asAnyStory), 2, 'the penalty alone keeps them apart');
  assert.equal(stories(['2015-08-08', '2015-08-10'], { ...asAnyStory, newDayPenalty: 0 }), 1, 'without the penalty the words join them');
  assert.equal(stories(['2015-08-10', '2015-08-10']), 1, 'the penalty is for a new day only');
});

test('market reports: each trading day is its own occasion, and one day\'s gold and oil reports are two', async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const lossText = (market: string) => `سجل ${market} اليوم أطول موجة من الخسائر الأسبوعية منذ سنوات مع ارتفاع الدولار وتوقعات رفع الفائدة الأمريكية في اجتماع البنك المركزي المقبل وعزوف المستثمرين عن المخاطرة وتراجع الطلب في الأسواق الآسيوية وسط بيانات اقتصادية ضعيفة من الصين`;
  // Another day's report in other words (a copy would join its original's story whatever the day).
  const laterText = (market: string) => `واصل ${market} أطول موجة من الخسائر الأسبوعية إذ يترقب المستثمرون رفع الفائدة الأمريكية بعد بيانات الوظائف وصعد الدولار أمام العملات بينما ضعف الطلب الآسيوي مع تباطؤ الاقتصاد في الصين وابتعد المتعاملون عن المخاطرة قبل اجتماع البنك المركزي`;
  const place = (articles: Array<{ title: string; text: string; day: string }>, settings = DEFAULT_SETTINGS) => {
    const c = createClusterer(settings);
    return new Set(articles.map((a, k) => c.add({ id: k + 1, title: a.title, published: a.day, body: [{ type: 'p' as const, text: a.text }], entities: [], temporal: [], source: 'x' }))).size;
  };
  // The same words three days apart, with no penalty for a new day: a market's reports stay apart…
  const noPenalty = { ...DEFAULT_SETTINGS, newDayPenalty: 0 };
  const gold = [{ title: 'الذهب يسجل أطول موجة من الخسائر الأسبوعية', text: lossText('الذهب'), day: '2015-08-04' }, { title: 'أسعار الذهب تواصل أطول موجة من الخسائر الأسبوعية', text: laterText('الذهب'), day: '2015-08-07' }];
  assert.equal(place(gold, noPenalty), 2, 'two days of gold reports are two occasions');
  assert.equal(place(gold, { ...noPenalty, reportSpanDays: DEFAULT_SETTINGS.maxSpanDays }), 1, 'as any story they would join');
  // …any other story's join.
  const minister = gold.map((a) => ({ ...a, title: a.title.replace(/^(?:أسعار )?الذهب/, 'وزير النفط: الذهب') }));
  assert.equal(place(minister, noPenalty), 1, 'a headline that only names a market is no report');
  // One day, two markets, one phrase: the market is the report's place.
  const goldText = 'سجل الذهب أطول موجة من الخسائر الأسبوعية منذ 1999 وتراجع سعر الأوقية في المعاملات الفورية إلى 1090 دولارا مع ارتفاع الدولار وتوقعات رفع الفائدة الأمريكية وعزوف المستثمرين عن المعدن النفيس وخروج الأموال من صناديق المؤشرات المدعومة بالذهب';
  const oilText = 'سجل النفط أطول موجة من الخسائر الأسبوعية منذ بداية العام وتراجع خام برنت إلى 49 دولارا للبرميل مع ارتفاع الدولار وتخمة المعروض وزيادة إنتاج أوبك إلى مستوى قياسي وارتفاع مخزونات الخام الأمريكية وتوقعات رفع الفائدة الأمريكية';
  const sameDay = [{ title: 'الذهب يسجل أطول موجة من الخسائر الأسبوعية', text: goldText, day: '2015-08-08' }, { title: 'النفط يسجل أطول موجة من الخسائر الأسبوعية', text: oilText, day: '2015-08-08' }];
  assert.equal(place(sameDay), 2, 'gold and oil apart');
  assert.equal(place(sameDay, { ...DEFAULT_SETTINGS, placePenalty: 0 }), 1, 'their words alone would join them');
});

test('an archive\'s lone first day does not take a pair news writes every day («العام الماضي») for a new name', async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const article = (id: number, title: string, text: string) => ({ id, title, published: '2015-07-21', body: [{ type: 'p' as const, text }], entities: [], temporal: [], source: 'x' });
  const topics = ['أسعار الذهب', 'عدد الحجاج', 'صادرات التمور', 'زوار المتاحف', 'إنتاج القمح', 'حركة المطارات', 'واردات الأدوية', 'تسجيل الطلاب', 'قروض الإسكان', 'رحلات القطارات', 'إيرادات الفنادق', 'تراخيص البناء', 'أرباح البنوك', 'استهلاك الكهرباء', 'مخزون المياه', 'صيد الأسماك', 'بيع العقارات', 'تصدير البتروكيماويات', 'نقل البضائع', 'مرضى السكري', 'حوادث الطرق', 'اشتراكات الإنترنت', 'إنتاج الحليب', 'عقود التوظيف'];
  const storyOfTheFirstReports = (settings: typeof DEFAULT_SETTINGS) => {
    const c = createClusterer(settings);
    // A story of two reports first (a name's leading story needs two ledes), then ledes that share «العام
    // الماضي» with it and nothing else: the words around it are function words.
    c.add(article(100, 'مبيعات السيارات ترتفع', 'ارتفعت مبيعات السيارات عن مستواها في العام الماضي'));
    c.add(article(101, 'مبيعات السيارات ترتفع بقوة', 'ارتفعت مبيعات السيارات بقوة عن مستواها في العام الماضي'));
    for (const [k, t] of topics.entries()) c.add(article(k + 1, t, `${t} عن مستواه في العام الماضي`));
    return c.stories().find((x) => x.articleIds.includes(100))!.articleIds.length;
  };
  // Twenty-five ledes hold it: more than a lone day's burst (LONE_DAY_BURST times NAME_BURST), far fewer than ten
  // times its usual count a day (data/frequent-pairs.json).
  assert.equal(storyOfTheFirstReports(DEFAULT_SETTINGS), 2, 'the car sales story keeps its two reports');
  assert.ok(storyOfTheFirstReports({ ...DEFAULT_SETTINGS, loneDayPrior: false }) > 10, 'without the borrowed history the other topics gather into it');
});

test("a dignitary's long title, written in every report of his, weighs little in an article's words: his two occasions stay apart", async () => {
  const { articleVector, createClusterer } = await import('../../src/stories/cluster.ts');
  const { termVector, cosineSimilarity } = await import('../../src/text/index.ts');
  const title = 'صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع';
  const guest = { id: 1, published: '2015-08-10', entities: [], temporal: [], source: 'x', title: 'ولي ولي العهد يستقبل وزير الدولة لشؤون الدفاع القطري', body: [{ type: 'p' as const, text: `استقبل ${title} في جدة اليوم وزير الدولة لشؤون الدفاع في دولة قطر الدكتور خالد العطية وبحثا التعاون العسكري` }] };
  const council = { id: 2, published: '2015-08-10', entities: [], temporal: [], source: 'y', title: 'ولي ولي العهد يرأس اجتماع مجلس الشؤون الاقتصادية والتنمية', body: [{ type: 'p' as const, text: `رأس ${title} رئيس مجلس الشؤون الاقتصادية والتنمية اجتماع المجلس في جدة اليوم واستعرض برامج الإسكان والتوظيف` }] };
  // Every word counted in full, the title alone makes the two alike.
  const plain = (a: typeof guest) => { const v = termVector(a.body[0].text); termVector(a.title, v); termVector(a.title, v); return v; };
  assert.ok(cosineSimilarity(plain(guest), plain(council)) > 0.5);
  assert.ok(cosineSimilarity(articleVector(guest), articleVector(council)) < 0.25);
  const c = createClusterer();
  assert.notEqual(c.add(guest), c.add(council));
});

test('an old pair links an article to a story only where their texts meet a little: a passing mention is no link', async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const article = (id: number, title: string, text: string) => ({ id, title, published: '2015-08-02', body: [{ type: 'p' as const, text }], entities: [], temporal: [], source: `s${id}` });
  const topics = ['التعاون العسكري', 'التكامل الاقتصادي', 'الاستثمارات المشتركة', 'الأمن القومي العربي', 'القوة العربية المشتركة', 'العلاقات الثقافية', 'حركة التجارة', 'السياحة المتبادلة'];
  const joins = (settings: typeof DEFAULT_SETTINGS) => {
    const c = createClusterer(settings);
    // A story whose ledes hold «المبعوث الأممي» (an old pair: no burst) six times in eight, among many other words.
    const story = new Set(topics.map((t, k) => c.add(article(k + 1, `إعلان القاهرة يعزز ${t} بين مصر والسعودية`, `أشاد ${k < 6 ? 'المبعوث الأممي' : 'الأمين العام'} بإعلان القاهرة بين المملكة ومصر الذي يعزز ${t} ويرسم خارطة جديدة للعمل العربي المشترك في المنطقة ووصفه بأنه خطوة تاريخية لحماية الأمن القومي العربي من التدخلات الخارجية وأضاف المحللون أن الاتفاق يشمل تطوير الصناعات الدفاعية وإنشاء منطقة تجارة حرة وتوسيع الربط الكهربائي وتبادل الخبرات الجامعية وتسهيل حركة المستثمرين ورجال الأعمال بين البلدين الشقيقين وتنظيم معارض مشتركة للصناعات الوطنية`))));
    assert.equal(story.size, 1);
    // Another occasion whose lede has the pair and little else in common.
    const other = c.add(article(99, 'لقاء في مسقط لبحث الهدنة الإنسانية', 'التقى المبعوث الأممي وفد الحوثيين في مسقط وبحث معهم الهدنة الإنسانية وتبادل الأسرى وفتح الممرات البحرية لإدخال الوقود والدواء والغذاء إلى الموانئ المحاصرة وإطلاق سراح الصيادين المحتجزين وترميم المستشفيات المتضررة في تعز والحديدة وصعدة وتأمين رواتب الموظفين المتأخرة منذ أشهر طويلة'));
    return story.has(other);
  };
  assert.equal(joins({ ...DEFAULT_SETTINGS, pairMinCosine: 0 }), true, 'the pair alone would draw it');
  assert.equal(joins(DEFAULT_SETTINGS), false);
});

test('an article placed in a young story on shared phrases moves to its own occasion once that story has grown', async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const fed = [{ name: 'الاحتياطي الفيدرالي', type: 'ORG' as const, wikidata: 'Q53536', mentions: [] }];
  const article = (id: number, day: string, title: string, text: string, entities: typeof fed = []) => ({ id, title, published: day, body: [{ type: 'p' as const, text }], entities, temporal: [], source: 'x' });
  const markets = ['في التعاملات الفورية', 'في تعاملات لندن', 'في السوق الآسيوية', 'عند التسوية', 'في المعاملات المبكرة', 'في ختام التداول'];
  const crudes = ['مزيج برنت', 'خام غرب تكساس', 'سلة أوبك', 'الخام الأمريكي', 'خام دبي'];
  const placed = (settings: typeof DEFAULT_SETTINGS) => {
    const c = createClusterer(settings);
    let id = 0;
    for (const m of markets) c.add(article(++id, '2015-08-07', `الذهب يتجه لخسارة أسبوعية ${m}`, `تراجعت أسعار الذهب ${m} متجهة لتسجيل خسارة أسبوعية مع صعود الدولار وتوقعات رفع الفائدة الأمريكية وقال متعاملون إن المعدن النفيس يفقد بريقه ${m}`, fed));
    // The first oil report: the only story of its day is gold's, which it meets on the Fed and the rates.
    const oil = ++id;
    c.add(article(oil, '2015-08-07', 'أسعار النفط تهبط', 'هبطت أسعار النفط مع تخمة المعروض من الخام وارتفاع مخزونات الخام الأمريكية وتوقعات رفع الفائدة الأمريكية', fed));
    const storyOf = (a: number) => c.stories().find((s) => s.articleIds.includes(a))!.id;
    const placedWithGold = storyOf(oil) === storyOf(1);
    for (const k of crudes) c.add(article(++id, '2015-08-08', `${k} ينخفض مع تخمة المعروض`, `انخفضت أسعار النفط ${k} مع تخمة المعروض من الخام وارتفاع مخزونات الخام الأمريكية وزيادة إنتاج أوبك ${k}`));
    const { changed } = c.refine();
    return { placedWithGold, withOil: storyOf(oil) === storyOf(id), withGold: storyOf(oil) === storyOf(1), changed };
  };
  const unrefined = placed({ ...DEFAULT_SETTINGS, refineMinCosine: Infinity });
  assert.ok(unrefined.placedWithGold && unrefined.withGold && !unrefined.withOil, 'placed online, it stays with gold');
  const refined = placed(DEFAULT_SETTINGS);
  assert.ok(refined.withOil && !refined.withGold, 'refined, it is with the oil reports');
  assert.equal(refined.changed.size, 2, 'the story it left and the one it joined');
  // Stories that share (almost) no words are not two threads of one occasion: none gives articles to the other.
  const apart = placed({ ...DEFAULT_SETTINGS, refineMinStoryCosine: 0.5 });
  assert.ok(apart.withGold && apart.changed.size === 0, 'gold and oil meet at a centroid cosine under 0.5');
});

test('a centroid keeps its n heaviest terms, heaviest first and ties in their order, as a stable sort would', async () => {
  const { topEntries } = await import('../../src/stories/cluster.ts');
  // Weights with many ties (a few distinct values), in several sizes around n.
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (const size of [0, 1, 5, 119, 120, 121, 300]) {
    const entries: Array<[string, number]> = Array.from({ length: size }, (_, i) => [`k${i}`, Math.floor(random() * 6) / 6]);
    const expected = [...entries].sort((a, b) => b[1] - a[1]).slice(0, 120);
    assert.deepEqual(topEntries([...entries], 120), expected, `size ${size}`);
  }
});

test('two stories of one occasion begun apart are merged after a run where their words meet and they share a leading entity', async () => {
  const { createClusterer, DEFAULT_SETTINGS } = await import('../../src/stories/cluster.ts');
  const kerry = { name: 'جون كيري', type: 'PER' as const, wikidata: 'Q22316', mentions: [{ text: 'كيري', start: 0, end: 4 }] };
  const other = { name: 'سيرغي لافروف', type: 'PER' as const, wikidata: 'Q80137', mentions: [{ text: 'لافروف', start: 0, end: 6 }] };
  const shared = 'اجتمع وزير الخارجية الأمريكي مع وزراء خارجية دول مجلس التعاون الخليجي في الدوحة لبحث الاتفاق النووي مع إيران وأمن المنطقة وبيع الأسلحة ومكافحة الإرهاب';
  const article = (id: number, title: string, extra: string, entity: typeof kerry) => ({ id, title, published: '2015-08-03', body: [{ type: 'p' as const, text: `${shared} ${extra}` }], entities: [entity], temporal: [], source: `s${id}` });
  // Each story is an article and its copy (copies join whatever the threshold); a join threshold no article meets
  // keeps the two apart while they are placed.
  const run = (twinMinCosine: number, second = kerry) => {
    const c = createClusterer({ ...DEFAULT_SETTINGS, joinThreshold: 0.99, mergeThreshold: Infinity, twinMinCosine });
    const a = article(1, 'كيري يلتقي وزراء خارجية الخليج في الدوحة', 'وأكد الوزراء التزامهم بالشراكة الاستراتيجية', kerry);
    const b = article(3, 'كيري في الدوحة: واشنطن تسرع بيع الأسلحة لدول الخليج', 'وقال إن بلاده ستسرع تسليم الأسلحة', second);
    for (const x of [a, { ...a, id: 2, source: 's2' }, b, { ...b, id: 4, source: 's4' }]) c.add(x);
    c.refine();
    return c.stories().map((s) => [...s.articleIds].sort()).sort();
  };
  assert.deepEqual(run(Infinity), [[1, 2], [3, 4]], 'placed apart');
  assert.deepEqual(run(DEFAULT_SETTINGS.twinMinCosine), [[1, 2, 3, 4]], 'merged after the run');
  assert.deepEqual(run(DEFAULT_SETTINGS.twinMinCosine, other), [[1, 2], [3, 4]], 'no leading entity in common: apart');
  // A place in common is no occasion in common: two attacks in Istanbul on one day are two stories.
  const istanbul = { name: 'إسطنبول', type: 'LOC' as const, wikidata: 'Q406', mentions: [{ text: 'إسطنبول', start: 0, end: 7 }] };
  const placeOnly = () => {
    const c = createClusterer({ ...DEFAULT_SETTINGS, joinThreshold: 0.99, mergeThreshold: Infinity });
    const a = { ...article(1, 'كيري يلتقي وزراء خارجية الخليج في الدوحة', 'وأكد الوزراء التزامهم بالشراكة الاستراتيجية', kerry), entities: [istanbul] };
    const b = { ...article(3, 'كيري في الدوحة: واشنطن تسرع بيع الأسلحة لدول الخليج', 'وقال إن بلاده ستسرع تسليم الأسلحة', kerry), entities: [istanbul] };
    for (const x of [a, { ...a, id: 2, source: 's2' }, b, { ...b, id: 4, source: 's4' }]) c.add(x);
    c.refine();
    return c.stories().map((s) => [...s.articleIds].sort()).sort();
  };
  assert.deepEqual(placeOnly(), [[1, 2], [3, 4]], 'only a place in common: apart');
});

test('a story is titled by the headline that says most of what its articles say, not by a side of it', async () => {
  const { articleVector, describeStory } = await import('../../src/stories/cluster.ts');
  const attack = 'استهدف تفجير إرهابي مسجد قوات الطوارئ في أبها أثناء صلاة الظهر وأسفر عن استشهاد خمسة عشر من رجال الأمن وإصابة آخرين ونقل المصابون إلى مستشفى عسير';
  const call = 'وتلقى نائب خادم الحرمين اتصالات هاتفية من ولي عهد البحرين ووزراء خليجيين عبروا فيها عن تعازيهم';
  const articles = [
    { id: 1, title: 'نائب خادم الحرمين يتلقى اتصالا هاتفيا من ولي عهد البحرين', text: `${attack} ${call}` },
    { id: 2, title: 'تفجير إرهابي يستهدف مسجد قوات الطوارئ في أبها', text: attack },
    { id: 3, title: 'استشهاد 15 من رجال الأمن في تفجير مسجد قوات الطوارئ بأبها', text: attack },
  ].map((a) => ({ id: a.id, title: a.title, published: '2015-08-07', body: [{ type: 'p' as const, text: a.text }], entities: [], temporal: [], source: `s${a.id}` }));
  // The story as clustering would hold it: its centroid the mean of its articles' vectors.
  const centroid = new Map<string, number>();
  for (const a of articles) for (const [k, w] of articleVector(a)) centroid.set(k, (centroid.get(k) ?? 0) + w / articles.length);
  const story = { id: 1, articleIds: [1, 2, 3], duplicateOf: new Map(), centroid, entities: new Map(), places: new Map(), pairs: new Map(), reports: 0, first: null, last: null };
  // The call's article is the one nearest the centroid (as in the Asir bombing's story of 141 articles, many of them
  // condolences): its headline still names only a side of the occasion.
  const { title } = describeStory(story, articles, (a) => (a.id === 1 ? story.centroid : articleVector(a)));
  assert.notEqual(title, articles[0].title);
  assert.ok(title.includes('مسجد قوات الطوارئ'), title);
});
