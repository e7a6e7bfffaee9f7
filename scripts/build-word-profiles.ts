/**
 * Builds data/word-profiles.json: for each word of the wide news corpus (SaudiNewsNet and the words of ANERcorp),
 * how often it follows words that announce a person («الرئيس»، «اللاعب»), an organization («نادي»، «صحيفة») or a
 * place («مدينة»، «محافظة»), or stands after «في»; how often a title or a nationality adjective follows it. A feature of the NER tagger (src/enrich/tagger.ts): a name not in
 * the 125k labelled tokens is still read in many contexts of the 8.7M words of news, and a club such as «السد» that
 * follows «نادي» and «فريق» there is an organization in a sentence whose neighbours say nothing.
 * The triggers are a linguist's lists, below; rebuild after editing them, then retrain (npm run train:ner).
 *   node --import tsx scripts/build-word-profiles.ts [CORPUS_DIR] [ANERCORP_TRAIN]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { normalize, stripClitics, tokenize } from '../src/text/index.ts';

const dir = process.argv[2] ?? '../shared/corpora/saudinewsnet';
const conll = process.argv[3] ?? '../shared/corpora/anercorp/train.conll';

/** Words right before a name of each kind (written as in news; folded with the normalizer). */
const TRIGGERS: Record<string, string> = {
  P: 'الرئيس السيد السيدة الشيخ الأمير الأميرة الملك الملكة الدكتور المهندس اللاعب اللاعبة المدرب الفنان الفنانة الممثل الممثلة المطرب المطربة النجم النجمة الحارس المهاجم المدافع الكاتب الشاعر الروائي المخرج الوزير الوزيرة النائب العقيد اللواء العميد المستشار الإمام البابا الكاردينال القس المطران السفير الصحفي المواطن الطبيب المحامي القاضي المشير الجنرال سمو سماحة فخامة معالي السلطان الحاج الأستاذ المفكر الباحث الناشط الداعية المرشح الزعيم الأسير الشهيد المتهم الطفل الشاب',
  O: 'نادي النادي فريق شركة شركتي صحيفة جريدة مجلة قناة وكالة حزب حركة جماعة تنظيم منظمة بنك مصرف مجموعة جمعية هيئة مؤسسة اتحاد تلفزيون إذاعة موقع',
  L: 'مدينة محافظة ولاية منطقة إقليم عاصمة بلدة قرية دولة جزيرة مقاطعة ميناء حي',
  /** «في» before a word: places mostly. */
  F: 'في',
};
/** Words right after a name: a title in apposition («فايزة أبو النجا وزيرة التعاون»: a person), or a nationality
 * adjective («ليون الفرنسي»، «ميسي الأرجنتيني»: a club or a player, rarely a place). */
const AFTER: Record<string, string> = {
  T: 'وزير وزيرة رئيس رئيسة مدير مديرة المتحدث الناطق الأمين سفير قائد مستشار نائب عضو مساعد زعيم مدرب لاعب حارس مهاجم نجم',
  N: ['فرنسي', 'ألماني', 'إسباني', 'إيطالي', 'إنجليزي', 'بريطاني', 'أمريكي', 'أميركي', 'روسي', 'صيني', 'ياباني', 'برازيلي', 'أرجنتيني', 'هولندي', 'برتغالي', 'بلجيكي', 'سويسري', 'سويدي', 'نرويجي', 'دنماركي', 'تركي', 'إيراني', 'عراقي', 'سوري', 'لبناني', 'مصري', 'سعودي', 'قطري', 'إماراتي', 'كويتي', 'بحريني', 'عماني', 'يمني', 'أردني', 'فلسطيني', 'إسرائيلي', 'مغربي', 'جزائري', 'تونسي', 'ليبي', 'سوداني', 'كوري', 'هندي', 'باكستاني', 'أفغاني', 'أوكراني', 'بولندي', 'يوناني', 'نمساوي', 'اسكتلندي', 'كاميروني', 'نيجيري', 'غاني', 'سنغالي', 'إيفواري', 'عاجي', 'كرواتي', 'صربي', 'تشيكي', 'مكسيكي', 'كولومبي', 'أوروغوياني', 'تشيلي', 'أسترالي', 'كندي'].flatMap((g) => [`ال${g}`, `ال${g}ة`]).join(' '),
};
const AFTER_KIND = new Map<string, string>();
for (const [kind, list] of Object.entries(AFTER)) for (const w of list.split(' ')) AFTER_KIND.set(normalize(w), kind);
const TRIGGER_KIND = new Map<string, string>();
for (const [kind, list] of Object.entries(TRIGGERS)) for (const w of list.split(' ')) TRIGGER_KIND.set(normalize(w), kind);
/** Words seen fewer times get no profile (too few contexts to count on). */
const MIN_COUNT = 4;
/** Shares bucketed: a profile says a word follows a kind's triggers often (h), sometimes (m) or now and then (l). */
const BUCKETS: Array<[string, number]> = [['h', 0.25], ['m', 0.08], ['l', 0.02]];

async function* texts(): AsyncGenerator<string[]> {
  for (const file of corpusFiles(dir)) {
    for await (const item of readJsonLines(file)) {
      if (!('record' in item)) continue;
      yield tokenize(`${item.record.title ?? ''}\n${item.record.content ?? ''}`).map((t) => t.norm);
    }
  }
  const words = readFileSync(conll, 'utf8').split('\n').map((l) => l.trim().split(/\s+/)[0]).filter(Boolean).map(normalize);
  for (let i = 0; i < words.length; i += 2000) yield words.slice(i, i + 2000);
}

const kinds = [...Object.keys(TRIGGERS), ...Object.keys(AFTER)];
const counts = new Map<string, Int32Array>();
for await (const words of texts()) {
  for (let i = 0; i < words.length; i++) {
    const s = stripClitics(words[i]);
    const c = counts.get(s) ?? counts.set(s, new Int32Array(kinds.length + 1)).get(s)!;
    c[kinds.length]++;
    // The trigger as written (with its clitics: «والرئيس») or stripped.
    const before = words[i - 1] ?? '', after = words[i + 1] ?? '';
    const kind = TRIGGER_KIND.get(before) ?? TRIGGER_KIND.get(stripClitics(before));
    if (kind) c[kinds.indexOf(kind)]++;
    const next = AFTER_KIND.get(after) ?? AFTER_KIND.get(stripClitics(after));
    if (next) c[kinds.indexOf(next)]++;
  }
}
const profiles: Record<string, string> = {};
for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const n = c[kinds.length];
  if (n < MIN_COUNT || !/[\u0621-\u064a]/.test(w)) continue;
  let code = '';
  kinds.forEach((k, i) => { const b = BUCKETS.find(([, min]) => c[i] / n >= min); if (b) code += k + b[0]; });
  if (code) profiles[w] = code;
}
writeFileSync('data/word-profiles.json', JSON.stringify({ about: 'Folded clitic-stripped words -> how often they follow triggers of persons (P), organizations (O), places (L) and «في» (F), and before titles (T) and nationality adjectives (N), in SaudiNewsNet and ANERcorp: h often, m sometimes, l now and then. Built by scripts/build-word-profiles.ts.', words: profiles }) + '\n');
console.log(`${Object.keys(profiles).length} word profiles of ${counts.size} words`);
