/**
 * Stories: online clustering of articles into occasions. Each article joins the best story among the candidates
 * found through an inverted index of the stories' leading terms (not a scan of all stories), judged by TF-IDF
 * cosine to the story's centroid plus shared linked entities and the occasion's name (a pair of words of the ledes
 * found mostly in the story, weighed more when the name is new), within a time window; else it starts a new story.
 * Two stories merge when their centroids meet or when both go by one new name. Near-duplicate copies (MinHash)
 * join their original's story as copies. Pure: no I/O.
 */
import type { Article } from '../model.ts';
import { cosineSimilarity, counted, entityKeyOf, isAmbiguousPerson, isStopword, keyedWords, NOUNS, searchKeys, sentences, termVector, type TermVector } from '../text/index.ts';
import { termVectorOfKeys } from '../text/vector.ts';
import { headlinePlaces } from './places.ts';
import { loadData } from '../data.ts';
import { createMinHashIndex, signatureOfKeys } from '../dedup/minhash.ts';

/** Join a story at this score or above (cosine to its centroid + entity overlap). Calibrated on the SaudiNewsNet
 * stories labelled by hand (bench/fixtures/saudinewsnet-stories.json, scripts/calibrate-stories.ts): B-cubed F1
 * 0.855 at 0.3, 0.872 at 0.35 and at 0.4, 0.85 at 0.45, under 0.8 from 0.5 (stories split). On the sample pages
 * same-story pairs have cosines of 0.62-0.63; their three occasions are told apart by the time window.
 * Calibrated again with the names of short archives (isNewName, LONE_DAY_BURST), B-cubed F1 at 0.4 / 0.425 / 0.45:
 * the labelled days alone 0.855 / 0.858 / 0.858; 31 July, 4, 8, 10 August alone 0.851 / 0.861 / 0.863; 4, 8, 10
 * August 0.869 / 0.877 / 0.877; 8 August alone 0.917 / 0.927 / 0.927, 4 August 0.905 / 0.910 / 0.910, 10 August
 * 0.792 / 0.817 / 0.829; but the labelled weeks 0.883 / 0.877 / 0.877 and the whole corpus 0.891 / 0.891 / 0.876.
 * 0.425 keeps the whole corpus and takes most of what short archives (an evaluation's days) gain. */
const JOIN_THRESHOLD = 0.425;
/** Stories formed in parallel at an occasion's start (the attack; the president's response to it) meet once
 * each has grown: at this centroid cosine they become one. Calibrated like the join threshold (B-cubed F1 on
 * the hand-labelled stories, among 24,657 articles of their weeks): no merging 0.872; 0.5 -> 0.851 (occasions
 * of one topic run together), 0.55 -> 0.893, 0.6 -> 0.885, 0.65 -> 0.869, 0.7 -> 0.875; 0.6 sits in the middle
 * of the good range. It joined the Duma arson's two threads (the attack and Abbas's answer to it). Stories whose
 * headlines name different places do not merge at all: with that rule (and the place words cleaned of persons and
 * common words) the labelled weeks score B-cubed F1 0.909 (P 0.914 R 0.904); 0.55 -> 0.905, 0.65 -> 0.889. */
const MERGE_THRESHOLD = 0.6;
/** Occasions of one kind in different places (the election preparations of Taif and of Jouf) share most of their
 * words: a story whose headlines name other places than the article's, neither mentioning the other's, scores
 * this much less. Calibrated on the hand-labelled stories (among the 24,657 articles of their weeks, merging at
 * 0.6): penalty 0 -> B-cubed F1 0.885, 0.1 -> 0.895, 0.2 -> 0.899, 0.3 -> 0.909, never joining -> 0.909. */
const PLACE_PENALTY = 0.3;
/** A text «mentions» a place when the place is among its this many heaviest terms. */
const PLACE_MENTION_TERMS = 40;
/** Weight of the shared-entity overlap (Jaccard of linked entities) in the score. */
const ENTITY_WEIGHT = 0.25;
/** Weight of the occasion's name in the score: the share of the ledes holding a pair of words of the article's lede
 * («مسجد قوات الطوارئ») that are the story's (namedStories). A big occasion's reactions (condemnations by each
 * country, each region's governor, the funerals) share its name but few other words: by TF-IDF cosine alone the
 * Asir mosque bombing of 6 August 2015 fell apart into some forty stories. Calibrated on the hand-labelled stories
 * (bench/fixtures/saudinewsnet-stories.json, scripts/calibrate-stories.ts; B-cubed F1 all / 4 August / 8 August):
 * 0 -> 0.739 / 0.911 / 0.453; 0.2 -> 0.750 / 0.888 / 0.566; 0.4 -> 0.846 / 0.855 / 0.813 (at 5 articles);
 * 0.6 -> 0.833 / 0.831 / 0.864 (at 3). It costs the 4 August stories some precision (occasions of one topic named
 * alike: the municipal elections' regional stories). */
const PAIR_WEIGHT = 0.4;
/** A pair names a story's occasion once this many of its articles' ledes hold it: 3 -> 0.833, 5 -> 0.846, 8 -> 0.834
 * (B-cubed F1 of all the labelled stories, weight 0.4). */
const PAIR_MIN_ARTICLES = 5;
/** Old pairs held by more active stories than this are passed over (they name no one occasion): with it the labelled
 * stories score 0.856 / 0.866 / 0.823 (all / 4 August / 8 August), and the whole corpus clusters in 50 s, not 68.
 * A new name is not: its occasion's first reports scatter over many small stories before one leads. */
const PAIR_MAX_STORIES = 20;
/** Weight of a new name (isNewName: a pair born with its occasion, «مسجد قوات الطوارئ») in the score, instead of
 * PAIR_WEIGHT: such a name says which occasion more surely than an old one (a region, a title), and a reaction
 * that names it (the Najran governor's condemnation) must not stay with its region's other news. Calibrated on the
 * hand-labelled stories among their weeks (scripts/calibrate-stories.ts; B-cubed F1 all / 4 August / 8 August, with
 * the merges by name below): 0.4 -> 0.873 / 0.866 / 0.866; 0.6 -> 0.887 / 0.866 / 0.900; 0.8, 1.0 and 1.3 ->
 * 0.900 / 0.866 / 0.929. */
const NEW_NAME_WEIGHT = 1;
/** The story holding most of a new name's ledes, with this many at least, is its occasion's story… */
const NAME_LEADER_MIN = 2;
/** …and an article naming it adds at least this share of NEW_NAME_WEIGHT there. Calibrated on the hand-labelled
 * stories both among all the articles of their weeks and among those of their own days only (an archive holding
 * nothing else, where the Asir bombing's 8 August reactions come without its first two days): B-cubed F1 weeks /
 * own days, with the everyday pairs left out: every story holding a new name 5 times scored by its share 0.907 /
 * 0.721; the largest holder at 2 (share at least 0.5) 0.907 / 0.829, at 3 0.814 on own days; at least 1.0 0.904 /
 * 0.826. On 10 August, labelled after this choice: 0.837 -> 0.844 among its weeks, 0.624 -> 0.854 alone. */
const NAME_LEADER_SHARE = 0.5;
/** Two stories go by one new name when at least this share of each one's ledes hold it… */
const NAME_SHARE = 0.5;
/** …the two hold this share of all the recent ledes that do… */
const NAME_HOLD = 0.5;
/** …and it is new: written this many times more a day since some recent day than before, plus one (isNewName).
 * Calibrated with NEW_NAME_WEIGHT 0.8 (B-cubed F1 all / 31 July / 8 August): 5 -> 0.888 / 0.848 / 0.929 (the Duma
 * arson's story took another), 10 -> 0.900 / 0.970 / 0.929, 20 -> 0.890 / 0.970 / 0.905. The merges by name alone,
 * without NEW_NAME_WEIGHT: none 0.856, 0.873 at 5 to 15 (the 8 August stories 0.823 -> 0.866). Counting a pair new
 * from the stories' first day instead of its own rise let a region's name merge all its news (the Asir region's
 * pair rose 3.5 times with the bombing). */
const NAME_BURST = 10;
/** Days of news a pair's birth is judged against, at most: an archive holding fewer days before the latest judges
 * against those it has. Requiring all three made an archive of a few days apart blind to names: the labelled days
 * alone (31 July, 4, 8 and 10 August) scored B-cubed F1 0.672, and 4, 8 and 10 August 0.694; judged against the
 * days there are, 0.851 and 0.869 (an archive of the days 31 July to 4 August, 8 and 10 August 0.850 -> 0.855;
 * the labelled weeks 0.895 -> 0.883; the whole corpus 0.894 -> 0.891, both changed only by their first day). */
const NAME_HISTORY_DAYS = 3;
/** In an archive of one day, a pair is a new name when that day's ledes hold it this many times NAME_BURST. Each
 * labelled day alone (8, 4, 10 August, 31 July), B-cubed F1: never new 0.461 / 0.895 / 0.638 / 0.667; at 1 0.920 /
 * 0.864 / 0.863 / 1.000; at 2 0.917 / 0.905 / 0.792 / 1.000; at 3 0.900 / 0.895 / 0.768 / 0.667. The first day of
 * a longer archive is such a day too: among the labelled weeks 0.875 at 1, 0.883 at 2, 0.889 at 3, 0.895 never. */
const LONE_DAY_BURST = 2;
/* …and a pair news writes on most days borrows its usual count a day as the lone day's history (FREQUENT_PAIRS,
 * settings.loneDayPrior): it is new at NAME_BURST times that count plus one. Clustered from SaudiNewsNet's first day
 * (21 July 2015, the day after Eid al-Fitr), «العام الماضي», «شهر رمضان», «مجلس الأمن» and «عيد الفطر» each held
 * twenty ledes and more and passed for names: one story took 1,266 of the day's 1,500 articles and 2,710 by 3 August.
 * With the borrowed history only the feast's own pairs are new that day: 417 articles of its celebrations, 1,545 by
 * 3 August (still too many: the defect is open). B-cubed F1 without / with: labelled days alone 0.861 / 0.854,
 * labelled weeks 0.872 / 0.883, whole corpus 0.884 / 0.887; 8, 4, 10 August alone 0.925 / 0.923, 0.910 / 0.901,
 * 0.808 / 0.868. Refusing every frequent pair outright left 355 articles at most, but 8 August alone fell to 0.862
 * («تفجير إرهابي» is frequent). */
/** An occasion's developments and reactions follow within this many days of its articles: an article joins a
 * story up to this many days after its latest one (and before its first)… */
const WINDOW_DAYS = 7;
/** …but no more than this many days after its first: a story must not drift along a chain of days (measured on
 * SaudiNewsNet, with no bound «the Iran deal» gathered 262 articles over 22 days), yet an occasion announced days
 * ahead (a forum in Taif, reported daily the week before it opens) keeps its story. Calibrated on the hand-labelled
 * stories: B-cubed F1 on their weeks 0.909 at 7 (the window from the first day alone), 0.910 at 10, 0.888 at 14,
 * 0.898 at 21; clustering the whole corpus 0.890, 0.903 and 0.879 at 7, 10 and 14. */
const MAX_SPAN_DAYS = 10;
/** A story whose headlines are mostly market reports (marketSubject: gold, oil, shares) spans this many days from its
 * first at most, and meets other stories only as near: each trading day's report is its own occasion, but all share
 * their words, and a week of gold reports was one story (the labelled gold reports of 4 and 8 August and the oil
 * reports of 8 and 10 August in one of 49 articles, 31 July to 10 August). B-cubed F1 on the labelled stories, own
 * days / weeks (markets as places): 10 (as any story) 0.920 / 0.907; 2 0.929 / 0.911; 1 and 0 0.929 / 0.918. 1: a
 * report written the morning after the close joins it. */
const REPORT_SPAN_DAYS = 1;
/** Terms of an article used to look up candidate stories, and terms kept in a story's centroid. */
const QUERY_TERMS = 15;
const CENTROID_TERMS = 120;
/** A title counts twice: it says which occasion the article is about. Counting the first paragraph (the lede)
 * more too was tried: lede weight 1 gave B-cubed F1 0.887 instead of 0.872 on the hand-labelled stories (within
 * their noise), but put sample page 003 with the wrong occasion when placed incrementally; kept at 0. */
const TITLE_WEIGHT = 2;
const LEDE_WEIGHT = 0;
/** What an article sharing its headline with an article of its day adds to that article's story's score: enough to
 * join it. Identical headlines on one day tell one occasion (an agency's parts, a text republished by its title).
 * B-cubed F1 on the hand-labelled stories, weeks / own days: without 0.866 / 0.811; 0.4 0.867 / 0.813 (the cabinet
 * session of 10 August, six parts of the Saudi Press Agency, in one story instead of four); 1.0 0.866 / 0.814. */
const SAME_HEADLINE_WEIGHT = JOIN_THRESHOLD;
const SAME_HEADLINE_MIN_KEYS = 4;
/** Fewer words than this make a byline or a dateline, not a lede (see ledeOf). */
const LEDE_MIN_WORDS = 7;
/** Stories scored exactly per article: those sharing the most weight of its leading terms (measured on
 * SaudiNewsNet: scoring every story that shares one term cost 2.9 ms an article, hundreds of candidates). 15, 20
 * and 30 give the same B-cubed F1 on the labelled weeks (0.908); 20 keeps a margin. */
const MAX_CANDIDATES = 20;
/** Terms held by more active stories than this do not draw candidates (they tell none apart). 400 and 200 gave
 * the same B-cubed F1 on the labelled weeks (0.913), 100 lost some (0.903); 200 saves a tenth of recluster time. */
const MAX_POSTINGS = 200;
/** Summary sentences are chosen among the first few of each article: news is told first, background after. */
const SUMMARY_SENTENCES_PER_ARTICLE = 5;
const SUMMARY_PARAGRAPHS = 6;
/** A story's summary is drawn from its most central articles (a story of 200 articles need not split them all). */
const SUMMARY_ARTICLES = 12;

export interface StoryInput extends Pick<Article, 'title' | 'published' | 'body' | 'entities' | 'temporal' | 'source'> {
  id: number;
}

export interface StoryCluster {
  id: number;
  articleIds: number[];
  /** article id -> the id of the article it copies (near-duplicates). */
  duplicateOf: Map<number, number>;
  centroid: TermVector;
  entities: Map<string, number>;
  /** Places its headlines name (src/stories/places.ts), by how many headlines. */
  places: Map<string, number>;
  /** Word pairs of its articles' headlines and first paragraphs, by how many articles (see ledePairs). */
  pairs: Map<string, number>;
  /** How many of its articles' headlines are market reports (marketSubject). */
  reports: number;
  first: number | null;
  last: number | null;
}

const DAY = 86400000;
/** Lede pairs written every day at a steady rate (titles, offices, places: scripts/build-everyday-pairs.ts): they
 * name no one occasion. Without this list an archive's first days took them for names (nothing older told them
 * apart), and a story of royal news drew every article naming «خادم الحرمين». */
const EVERYDAY_PAIRS = new Set(loadData<{ pairs: string[] }>('everyday-pairs').pairs);
/** The first words of EVERYDAY_PAIRS: most words begin none, and skip building the pair to look it up. */
const EVERYDAY_FIRST_WORDS: ReadonlySet<string> = new Set([...EVERYDAY_PAIRS].map((p) => p.slice(0, p.indexOf(' '))));
/** Lede pairs news writes on most days, steadily or not, and their median count a day in SaudiNewsNet
 * (scripts/build-everyday-pairs.ts --frequent): the history an archive's lone first day borrows (LONE_DAY_BURST). */
const FREQUENT_PAIRS: ReadonlyMap<string, number> = new Map(Object.entries(loadData<{ pairs: Record<string, number> }>('frequent-pairs').pairs));
/** Market subjects and the lead-in words before them (data/market-report-words.json), as search keys. */
const marketWords = loadData<{ subjects: string[]; leadIns: string[] }>('market-report-words');
const MARKET_SUBJECTS: ReadonlySet<string> = new Set(marketWords.subjects.flatMap((w) => searchKeys(w)));
const MARKET_LEAD_INS: ReadonlySet<string> = new Set(marketWords.leadIns.flatMap((w) => searchKeys(w)));
/** Headline words read for a market report's subject, at most. */
const MARKET_HEAD_WORDS = 3;
/** The market a headline reports on, if it is a market report: the subject that opens it after lead-in words
 * («أسعار خام برنت ترتفع» برنت, «مؤشر الأسهم السعودية» أسهم, «الدولار يزيد الضغوط على الذهب» دولار), or none
 * («وزير النفط»). It counts as one of the headline's places (placesConflict): the gold and the oil reports of one day
 * are two occasions though they share most words («أطول موجة من الخسائر الأسبوعية»). B-cubed F1 on the labelled
 * stories, own days / weeks / whole corpus, with REPORT_SPAN_DAYS: 0.924 / 0.911 / 0.907 without, 0.929 / 0.918 /
 * 0.914 with (0.914 / 0.907 / 0.903 before either). */
function marketSubject(titleKeys: string[]): string | null {
  for (let i = 0; i < Math.min(MARKET_HEAD_WORDS, titleKeys.length); i++) {
    const k = titleKeys[i];
    if (MARKET_SUBJECTS.has(k) && !MARKET_SUBJECTS.has(titleKeys[i + 1] ?? '')) return k;
    if (!MARKET_LEAD_INS.has(k) && !MARKET_SUBJECTS.has(k)) return null;
  }
  return null;
}
/** Feasts, their months and their greetings («معايدة»): a date, not an occasion. «عيد الفطر» bursts like a new name on the feast's days and
 * drew every report of them into one story: the corpus's first day (21 July 2015, the day after Eid al-Fitr) made
 * one of 385 articles, its first three days one of 921 (the Taif celebrations, a death, a passport campaign); now
 * 180 at most, each occasion by its own words. B-cubed F1 on the labelled stories of August unchanged. */
const FEAST_WORDS = ['عيد', 'الفطر', 'الأضحى', 'رمضان', 'شوال', 'معايدة'];
/** Search keys of the words that date a text (weekdays, Gregorian months, «اليوم», «أمس», «غدا», feasts): a pair
 * holding one («اليوم الاثنين», «غدا الأربعاء», «عيد الفطر») names a day, not an occasion, yet bursts like a name on
 * its day. */
const DATE_KEYS: ReadonlySet<string> = (() => {
  const calendar = loadData<{ months: Record<string, number>; weekdays: Record<string, number> }>('calendar');
  const words = [...Object.keys(calendar.weekdays), ...Object.keys(calendar.months).filter((m) => !m.includes(' ')), 'اليوم', 'أمس', 'غدا', 'غد', ...FEAST_WORDS];
  return new Set(words.flatMap((w) => searchKeys(w)));
})();

/** The day an article speaks of: its publication date, else the latest full date it mentions, else null. */
export function articleDay(a: Pick<Article, 'published' | 'temporal'>): number | null {
  const t = Date.parse((a.published ?? '').slice(0, 10));
  if (Number.isFinite(t)) return t;
  const dates = a.temporal.map((x) => x.value.split('/').pop() ?? '').filter((v) => /^\d{4}-\d{2}(-\d{2})?$/.test(v)).map((v) => Date.parse(v.length === 7 ? `${v}-15` : v));
  return dates.length ? Math.max(...dates) : null;
}

/** The first n terms of a centroid: centroids are kept in descending weight order (topTerms makes them). */
function leadingOf(centroid: TermVector, n: number): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const e of centroid) { if (out.length >= n) break; out.push(e); }
  return out;
}

function topTerms(v: TermVector, n: number): TermVector {
  return new Map(topEntries([...v], n));
}

/** The n entries of greatest weight, heaviest first, ties in their order (a stable sort's first n): only those at
 * or above the n-th weight are sorted, found by selection (sorting every term of each centroid update was a
 * tenth of clustering's time). */
export function topEntries(entries: Array<[string, number]>, n: number): Array<[string, number]> {
  if (entries.length > n) {
    const weights = new Float64Array(entries.length);
    for (let i = 0; i < entries.length; i++) weights[i] = entries[i][1];
    const least = nthLargest(weights, n);
    entries = entries.filter((e) => e[1] >= least);
  }
  return entries.sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** The n-th largest of `values` (1-based; reorders them): quickselect. */
function nthLargest(values: Float64Array, n: number): number {
  let lo = 0, hi = values.length - 1;
  const target = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1];
    let i = lo, j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) { const t = values[i]; values[i] = values[j]; values[j] = t; i++; j--; }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target];
  }
  return values[target];
}

function normalized(v: TermVector): TermVector {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  const out: TermVector = new Map();
  for (const [k, x] of v) out.set(k, x / norm);
  return out;
}

export function articleVector(a: Pick<Article, 'title' | 'body'>): TermVector {
  return articleFeatures(a).vector;
}

/** What clustering needs of an article, from one pass over its search keys: its vector and MinHash signature. */
export function articleFeatures(a: Pick<Article, 'title' | 'body'>): { vector: TermVector; signature: Uint32Array | null; places: string[]; pairs: string[]; headline: string | null; report: boolean } {
  const keys = searchKeys(a.body.map((b) => b.text).join('\n'));
  const v = storyTermVector(keys);
  const titleKeys = searchKeys(a.title);
  const headKeys = searchKeys(bareHeadline(a.title));
  const market = marketSubject(headKeys);
  for (let i = 0; i < TITLE_WEIGHT; i++) storyTermVector(titleKeys, v);
  const lede = ledeOf(a);
  if (lede) for (let i = 0; i < LEDE_WEIGHT; i++) termVector(lede, v);
  return { vector: normalized(v), signature: signatureOfKeys(keys), places: market ? [...headlinePlaces(a.title), market] : headlinePlaces(a.title), pairs: ledePairs(a), headline: headlineKeyOf(headKeys), report: market !== null };
}

/** Weight of a word, in an article's vector, where it is written in a pair news writes every day (EVERYDAY_PAIRS):
 * a dignitary's long title («ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع») or an office is in every
 * report of his, and drew his different occasions into one story by their words (the Crown Prince's Jordan visit, the
 * economic council, the cabinet and a Qatari guest: 165 articles of 31 July to 10 August). B-cubed F1 at 1 / 0.5 /
 * 0.25 / 0.1 / 0: labelled days alone 0.854 / 0.875 / 0.883 / 0.883 / 0.886; at 1 / 0.25 / 0: labelled weeks 0.883 /
 * 0.881 / 0.880, 8, 4, 10 August alone 0.923 / 0.912 / 0.912, 0.901 / 0.907 / 0.887, 0.868 / 0.875 / 0.880; at 1 /
 * 0.25: whole corpus 0.887 / 0.887, 31 July, 4, 8 and 10 August alone 0.842 / 0.851. (Join threshold at 0.25:
 * 0.375 0.863, 0.4 0.881, 0.425 0.883.) */
const EVERYDAY_TERM_WEIGHT = 0.25;

/** An article's term vector (TF-IDF over search keys) with the words of everyday pairs weighed down
 * (EVERYDAY_TERM_WEIGHT). */
function storyTermVector(keys: string[], into: TermVector = new Map()): TermVector {
  let everyday: Uint8Array | null = null;
  for (let i = 0; i + 1 < keys.length; i++) {
    if (EVERYDAY_FIRST_WORDS.has(keys[i]) && EVERYDAY_PAIRS.has(`${keys[i]} ${keys[i + 1]}`)) { everyday ??= new Uint8Array(keys.length); everyday[i] = everyday[i + 1] = 1; }
  }
  const marked = everyday;
  return termVectorOfKeys(keys, into, marked ? (i) => (marked[i] ? EVERYDAY_TERM_WEIGHT : 1) : undefined);
}

/** An article's lede: its first paragraph of LEDE_MIN_WORDS words or more among the first few. A line of a few
 * words before it is a byline or a dateline («عين اليوم – طرابلس», «حامد القرشي – مكة المكرمة»): taken for the
 * lede, an outlet's or a writer's name rose like an occasion's when the outlet's articles began to come in. */
function ledeOf(a: Pick<Article, 'body'>): string {
  for (const b of a.body.slice(0, 3)) if (b.text.split(/\s+/).length >= LEDE_MIN_WORDS) return b.text;
  return a.body[0]?.text ?? '';
}

/** A headline without a news agency's desk prefix («عام /», «اقتصادي /») or continuation suffix («إضافة أولى»). */
function bareHeadline(title: string): string {
  return title.replace(/^\s*[^/\s]{1,12}\s*\/\s*/u, '').replace(/\s+إضافة\s+\S+\s*$/u, '');
}

/** A headline as it identifies an occasion: its search keys, without a news agency's desk prefix («عام /»,
 * «اقتصادي /») or continuation suffix («إضافة أولى»); null when under SAME_HEADLINE_MIN_KEYS keys (a short headline
 * fits many occasions). The Saudi Press Agency sends one cabinet session in six parts under one headline. */
export function headlineKey(title: string): string | null {
  return headlineKeyOf(searchKeys(bareHeadline(title)));
}
const headlineKeyOf = (keys: string[]) => (keys.length >= SAME_HEADLINE_MIN_KEYS ? keys.join(' ') : null);

/** A written word bearing the definite article, after a conjunction or preposition if any («العند», «بالعند»,
 * «للعند»). Function words are told by the word as written («الذي» made the pair «إرهاب ذي») and by its key unless
 * it bears the article (the Anad base's name «قاعدة العند» was lost to the preposition «عند»). B-cubed F1 own days /
 * weeks / whole corpus: 0.836 / 0.878 / 0.877 -> 0.844 / 0.884 / 0.879. */
const DEFINITE = /^[وف]?(?:[بك]?ال|لل)\p{L}{2}/u;

/** The distinct pairs of adjacent content words (search keys) of an article's headline and first paragraph: the
 * name an occasion goes by («مسجد قوات الطوارئ», «قناة السويس») is a pair of words, each common alone. */
export function ledePairs(a: Pick<Article, 'title' | 'body'>): string[] {
  const pairs = new Set<string>();
  for (const text of [a.title, ledeOf(a)]) {
    // The words as written and their keys: a key that is a function word names nothing, unless its word bears the
    // article («قاعدة العند»: «العند» is a place, not «عند»).
    const { words: written, keys } = keyedWords(text);
    const functionWord = (i: number) => isStopword(written[i] ?? '') || (isStopword(keys[i]) && !DEFINITE.test(written[i] ?? ''));
    for (let i = 0; i + 1 < keys.length; i++) {
      const x = keys[i], y = keys[i + 1];
      if (x.length < 2 || y.length < 2 || functionWord(i) || functionWord(i + 1) || /\d/.test(x + y) || DATE_KEYS.has(x) || DATE_KEYS.has(y)) continue;
      pairs.add(`${x} ${y}`);
    }
  }
  return [...pairs];
}

/** The terms an article looks up its candidate stories by (the heaviest of its vector), and the pairs that name its
 * occasion: what a store is searched for when only the stories near one article are rebuilt. */
export function lookupTerms(a: Pick<Article, 'title' | 'body'>): { terms: string[]; pairs: string[] } {
  const f = articleFeatures(a);
  return { terms: [...topTerms(f.vector, QUERY_TERMS).keys()], pairs: f.pairs };
}

/** Taken off the score of a story that has no article of the article's day yet, unless a name (a lede pair the
 * story holds, or the same headline) links them: a story goes on to a new day through its occasion's name or
 * through text closer than a topic's. Without it, a topic's reports of different days ran together more (the oil
 * prices of 8 and 10 August; the Crown Prince's Jordan visit of 4 August and his Qatari guest of 10 August).
 * B-cubed F1 on the labelled stories among their weeks / their days alone (scripts/calibrate-stories.ts) / the
 * whole corpus (npm run bench -- stories): 0 0.867 / 0.812 / 0.880; 0.05 0.864 / 0.807; 0.1 0.875 / 0.817 / 0.884;
 * 0.2 0.883 / 0.824 / 0.865; 0.3 0.865 / 0.821; 0.5 0.860 / 0.826: 0.1 then, better in all three settings (online
 * clustering is sensitive to order: a gain seen in one setting alone is not one). Calibrated again once reports
 * placed before their name was known joined its story (absorbNamed) and function-word names were mended (DEFINITE),
 * same settings: 0.1 0.884 / 0.844 / 0.879; 0.15 0.887 / 0.846 / 0.882; 0.2 0.895 / 0.850 / 0.894; 0.25 0.881 /
 * 0.850 / 0.904; 0.3 0.871 / 0.849 / 0.901. 0.2 now, the best among the weeks and near the best elsewhere. */
const NEW_DAY_PENALTY = 0.2;
/** A story whose ledes hold a new name this often (a share of its articles) joins the name's leading story
 * (absorbNamed). A day taken alone, without its occasion's first day, places its first reports before their name
 * is known to be new (NAME_BURST needs some ten ledes of the day): the Asir bombing's reactions of 8 August began
 * twenty stories, and those that named it stayed apart. B-cubed F1 on the labelled stories, own days / weeks /
 * whole corpus (with the date pairs left out of ledePairs): never 0.817 / 0.875 / 0.879; 0.5 0.836 / 0.878 / 0.877
 * (the bombing 20 -> 11 stories; 8 August 0.800 -> 0.888); 1.0 0.835. A venue bursts like a name too: «قصر السلام
 * بجدة» drew the economic council's meeting into the royal news of 4 August (0.841 -> 0.813 that day); guards
 * tried against it (the leader holding the name in most of its ledes, or half the name's ledes, or a centroid
 * cosine of 0.2) cost the bombing more than they saved. */
const ABSORB_SHARE = 0.5;
/** A story absorbed by a new name's leading story must share some text with it: a venue's name bursts like an
 * occasion's («قصر السلام بجدة», where the king receives and councils meet), and the Crown Prince's Egypt visit,
 * holding two of its ledes, absorbed the economic council's meeting and a company's honouring there (centroid
 * cosines 0.04 and 0.01). B-cubed F1 on the labelled stories, own days / weeks / whole corpus: none 0.896 / 0.881 /
 * 0.886; 0.03 0.894 / - / 0.891; 0.05 0.903 / 0.887 / 0.891; 0.08 0.901 / - / 0.891; 0.1 0.901. (Asking instead
 * that the leader's ledes hold the name, a tenth of them: 0.905 / 0.881; a fifth: 0.887.) */
const ABSORB_MIN_COSINE = 0.05;

/** An old pair (a pair of the story's ledes that is no new name) links an article to a story only where their
 * texts meet at this cosine at least. Without it, a story holding most of a pair's ledes drew any article with
 * the pair whatever its text (cosine 0.02 + PAIR_WEIGHT 0.4 passed the join threshold): the Crown Prince's Egypt
 * visit of 31 July gathered the Cairo Declaration, then two cabinet sessions, the economic council, his Jordan
 * visit and the Yemeni president's meetings, 168 articles by 10 August. B-cubed F1 on the labelled stories, own
 * days / weeks / whole corpus: 0 0.889 / 0.880 / 0.886; 0.05 0.896 / 0.881 / 0.886; 0.1 0.892 / 0.877; 0.15
 * 0.908 / 0.872 / 0.877; 0.2 0.883 / 0.868. 0.05: better or as good in all three (0.15 wins the own days alone). */
const PAIR_MIN_COSINE = 0.05;

/** Online clustering places each article once, against the stories as they stood when it came: an article that
 * joined a young story on shared phrases («the weekly loss» of gold, then of oil; a cabinet session's statement,
 * then the Crown Prince's visit it mentions) stays there after its own occasion's story has grown. After a run,
 * each article of a story of two or more moves to the story whose centroid it meets best if that cosine is
 * REFINE_MIN_COSINE or more and beats its own story's (its own words taken out) by REFINE_MARGIN, provided the two
 * stories' centroids meet at REFINE_MIN_STORY_COSINE: one pass of k-means over the online result. The last guard
 * keeps the reactions an occasion's new name gathered (an imam's sermon on the Asir bombing reads like the other
 * sermons, whose story shares no word with the bombing's). Lone articles stay (moving them lost precision: a lone
 * report is often alone rightly). B-cubed F1 on the labelled stories, own days / weeks / whole corpus:
 * - without: 0.903 / 0.887 / 0.891;
 * - (0.4, 0.15) without the story guard: 0.909 / 0.897 / 0.891 (the Asir reactions left for the sermons);
 * - (0.4, 0.15, 0.05): 0.916 / 0.904 / 0.898 (0.03 and 0.08 the same on own days, 0.914 / 0.916);
 * - (0.35, 0.1, 0.05): 0.922 / 0.898 / 0.891; (0.35, 0.15): 0.912 / 0.900 / 0.894; (0.4, 0.1) 0.915 own days;
 * - a second pass: 0.919 / 0.902 / 0.898. */
const REFINE_MIN_COSINE = 0.4;
const REFINE_MARGIN = 0.15;
const REFINE_MIN_STORY_COSINE = 0.05;
/** Twin stories (mergeTwins): centroids meeting at TWIN_MIN_COSINE, first days at most TWIN_FIRST_DAYS apart, one of
 * their TWIN_TOP_ENTITIES most frequent entities shared. B-cubed F1 on the labelled stories, own days / weeks /
 * whole corpus, as a pass after the run (scratch/postmerge2.ts): none 0.908 / 0.907 / 0.903; 0.5 0.916 / 0.907 /
 * 0.903; 0.45 0.916 / 0.904 / 0.903; 0.4 0.913 / 0.903 / 0.906; without the entity, 0.5: 0.917 / 0.907, but by
 * reading half its merges joined different occasions of one topic (two cities' festivals); with it, about three in
 * four are one occasion (Kerry in Doha, the Omani bus crash), the rest a topic's (two days of European stocks). */
const TWIN_MIN_COSINE = 0.5;
const TWIN_FIRST_DAYS = 1;
const TWIN_TOP_ENTITIES = 3;
/** An article's terms kept after clustering, to choose its story's headline and to refine its story. */
const REFINE_TERMS = 100;

/** The clustering's settings: the named constants above unless a calibration run tries others. */
export interface ClusterSettings {
  joinThreshold: number;
  /** Two active stories whose centroids meet at this cosine are one occasion told twice (Infinity: never). */
  mergeThreshold: number;
  /** Taken off the score of a story whose headlines name other places than the article's (Infinity: never join). */
  placePenalty: number;
  entityWeight: number;
  pairWeight: number;
  /** PAIR_WEIGHT for a new name (isNewName). */
  newNameWeight: number;
  /** Stories merge when this share of each one's ledes hold a new name (Infinity: never); NAME_BURST says new. */
  nameShare: number;
  nameHold: number;
  nameBurst: number;
  /** Days of news a pair's birth is judged against, at most (NAME_HISTORY_DAYS). */
  nameHistoryDays: number;
  windowDays: number;
  /** The most days a story may span from its first article. */
  maxSpanDays: number;
  /** The same for a story of market reports, and how far its first day may be from another story's to merge. */
  reportSpanDays: number;
  maxCandidates: number;
  /** Taken off the score of a story with no article of the article's day yet, where no name links them. */
  newDayPenalty: number;
  /** A story whose ledes hold a new name at this share or more joins the name's leading story (Infinity: never). */
  absorbShare: number;
  /** The least centroid cosine between a story and the new name's leading story that absorbs it. */
  absorbMinCosine: number;
  /** An old pair (no new name) links an article to a story only where their texts meet at this cosine. */
  pairMinCosine: number;
  /** Whether an archive's lone first day borrows the usual daily count of the pairs news writes on most days
   * (FREQUENT_PAIRS) as their history. */
  loneDayPrior: boolean;
  /** After a run, an article moves to another story whose centroid it meets at this cosine at least (Infinity:
   * never)… */
  refineMinCosine: number;
  /** …and by this much more than its own story's (without it), if the two stories' centroids meet at this cosine. */
  refineMargin: number;
  refineMinStoryCosine: number;
  /** After refining, two stories of near days whose centroids meet at this cosine and that share a leading entity
   * are merged (Infinity: never). */
  twinMinCosine: number;
}
export const DEFAULT_SETTINGS: ClusterSettings = { joinThreshold: JOIN_THRESHOLD, mergeThreshold: MERGE_THRESHOLD, placePenalty: PLACE_PENALTY, entityWeight: ENTITY_WEIGHT, pairWeight: PAIR_WEIGHT, newNameWeight: NEW_NAME_WEIGHT, nameShare: NAME_SHARE, nameHold: NAME_HOLD, nameBurst: NAME_BURST, nameHistoryDays: NAME_HISTORY_DAYS, windowDays: WINDOW_DAYS, maxSpanDays: MAX_SPAN_DAYS, reportSpanDays: REPORT_SPAN_DAYS, maxCandidates: MAX_CANDIDATES, newDayPenalty: NEW_DAY_PENALTY, absorbShare: ABSORB_SHARE, absorbMinCosine: ABSORB_MIN_COSINE, pairMinCosine: PAIR_MIN_COSINE, loneDayPrior: true, refineMinCosine: REFINE_MIN_COSINE, refineMargin: REFINE_MARGIN, refineMinStoryCosine: REFINE_MIN_STORY_COSINE, twinMinCosine: TWIN_MIN_COSINE };

/**
 * @example const c = createClusterer(); for (const a of articles) c.add(a); c.stories()
 */
export function createClusterer(settings: ClusterSettings = DEFAULT_SETTINGS, featureCache?: Map<number, ReturnType<typeof articleFeatures>>) {
  const stories = new Map<number, StoryCluster>();
  /** term -> the stories whose centroid holds it, with its weight there. */
  const index = new Map<string, Map<number, number>>();
  const minhash = createMinHashIndex();
  const storyOf = new Map<number, number>();
  /** Day and headline key (headlineKey) -> an article of that day with that headline; days leave with the pairs'. */
  const articleByHeadline = new Map<string, { day: number; article: number }>();
  const headlineOf = (key: string | null, day: number | null) => (key === null || day === null ? null : `${day} ${key}`);
  let nextId = 1;
  /** The latest day seen: stories that ended a window before it leave the index (their terms no longer draw
   * candidates), so the cost of an article does not grow with the archive. Articles come roughly in date order. */
  let latest = -Infinity;
  const evicted = new Set<number>();
  /** Keys of the places among the entities of the articles joined: a place two stories share does not make them one
   * occasion (mergeTwins). */
  const placeKeys = new Set<string>();
  /** Each article's leading terms (unit length), for refining and describing its story later without reading it
   * again, and its day. */
  const leading = new Map<number, TermVector>();
  const dayOf = new Map<number, number | null>();
  /** Articles whose headlines are market reports (StoryCluster.reports follows them when they move). */
  const reportIds = new Set<number>();
  /** Word pair -> how many ledes of the recent days hold it (the days of a story's reach: counts of older days are
   * taken off, so memory does not grow with the archive), and the active stories whose ledes do. */
  const pairCount = new Map<string, number>();
  /** Day -> how many of that day's ledes hold each pair: what pairCount takes off when the day grows old, and how a
   * name born with an occasion («مسجد قوات الطوارئ») is told from one news has used for weeks (isNewName). */
  const pairsByDay = new Map<number, Map<string, number>>();
  /** The days of pairsByDay in order (kept until a day comes or goes). */
  let daysInOrder: number[] | null = null;
  const sortedDays = () => (daysInOrder ??= [...pairsByDay.keys()].sort((a, b) => a - b));
  const countPairs = (pairs: string[], day: number | null) => {
    for (const p of pairs) pairCount.set(p, (pairCount.get(p) ?? 0) + 1);
    if (day === null) return;
    let counts = pairsByDay.get(day);
    if (!counts) { pairsByDay.set(day, (counts = new Map())); daysInOrder = null; }
    for (const p of pairs) counts.set(p, (counts.get(p) ?? 0) + 1);
  };
  const pairStories = new Map<string, Set<number>>();
  let lastEviction = -Infinity;
  function evict(): void {
    if (latest - lastEviction < DAY) return;
    lastEviction = latest;
    for (const [day, counts] of pairsByDay) {
      if (day >= latest - (settings.windowDays + settings.maxSpanDays) * DAY) continue;
      for (const [p, k] of counts) {
        const n = (pairCount.get(p) ?? k) - k;
        if (n > 0) pairCount.set(p, n); else { pairCount.delete(p); newNames.delete(p); }
      }
      pairsByDay.delete(day);
      daysInOrder = null;
    }
    for (const [k, { day }] of articleByHeadline) if (day < latest - (settings.windowDays + settings.maxSpanDays) * DAY) articleByHeadline.delete(k);
    for (const s of stories.values()) {
      if (!evicted.has(s.id) && s.first !== null && windowEnd(s, settings) < latest) {
        for (const k of s.centroid.keys()) index.get(k)?.delete(s.id);
        for (const p of s.pairs.keys()) { const set = pairStories.get(p); set?.delete(s.id); if (set?.size === 0) pairStories.delete(p); }
        evicted.add(s.id);
      }
    }
  }

  function indexStory(s: StoryCluster, previous: TermVector | null): void {
    // Terms that stay are re-weighted in place below; only those that left the centroid are removed.
    if (previous) for (const k of previous.keys()) if (!s.centroid.has(k)) index.get(k)?.delete(s.id);
    evicted.delete(s.id);
    for (const [k, w] of s.centroid) (index.get(k) ?? index.set(k, new Map()).get(k)!).set(s.id, w);
  }

  function join(s: StoryCluster, a: StoryInput, v: TermVector, ents: Set<string>, day: number | null, f: Pick<ReturnType<typeof articleFeatures>, 'places' | 'pairs' | 'headline' | 'report'>, copyOf?: number): void {
    const { places, pairs } = f;
    if (f.report) { s.reports++; reportIds.add(a.id); }
    const previous = s.centroid;
    for (const p of pairs) {
      s.pairs.set(p, (s.pairs.get(p) ?? 0) + 1);
      (pairStories.get(p) ?? pairStories.set(p, new Set()).get(p)!).add(s.id);
    }
    for (const p of places) s.places.set(p, (s.places.get(p) ?? 0) + 1);
    s.centroid = centroidWith(previous, s.articleIds.length, v);
    s.articleIds.push(a.id);
    if (copyOf !== undefined) s.duplicateOf.set(a.id, copyOf);
    for (const e of ents) s.entities.set(e, (s.entities.get(e) ?? 0) + 1);
    for (const e of a.entities) if (e.type === 'LOC') placeKeys.add(entityKeyOf(e));
    if (day !== null) { s.first = s.first === null ? day : Math.min(s.first, day); s.last = s.last === null ? day : Math.max(s.last, day); }
    storyOf.set(a.id, s.id);
    const headline = headlineOf(f.headline, day);
    if (headline !== null && !articleByHeadline.has(headline)) articleByHeadline.set(headline, { day: day!, article: a.id });
    indexStory(s, previous);
  }

  /** Merges into the grown story `s` the story among the article's other candidates that it now meets (the
   * article bridged them; looking only there costs nothing more), the smaller into the larger; returns the story
   * that holds s's articles now. */
  function mergeInto(s: StoryCluster, others: StoryCluster[], pairs: string[] = []): StoryCluster {
    const live = others.filter((t) => stories.has(t.id));
    const other = mergeTarget(s, live, settings) ?? namedMergeTarget(s, live, pairs);
    return other ? merge(s, other) : s;
  }

  /** Makes two stories one, the smaller into the larger; returns the one left. */
  /** Merges two stories, the smaller into the larger; `indexed`: both are in the term and pair indexes (false: both
   * evicted from them, which stay as they are). */
  function merge(s: StoryCluster, other: StoryCluster, indexed = true): StoryCluster {
    const [big, small] = other.articleIds.length > s.articleIds.length ? [other, s] : [s, other];
    const previous = big.centroid;
    big.centroid = mergedCentroid(big.centroid, big.articleIds.length, small.centroid, small.articleIds.length);
    for (const id of small.articleIds) { big.articleIds.push(id); storyOf.set(id, big.id); }
    for (const [a, b] of small.duplicateOf) big.duplicateOf.set(a, b);
    for (const [e, n] of small.entities) big.entities.set(e, (big.entities.get(e) ?? 0) + n);
    for (const [p, n] of small.places) big.places.set(p, (big.places.get(p) ?? 0) + n);
    big.reports += small.reports;
    for (const [p, n] of small.pairs) {
      big.pairs.set(p, (big.pairs.get(p) ?? 0) + n);
      if (indexed) { const set = pairStories.get(p); set?.delete(small.id); set?.add(big.id); }
    }
    if (small.first !== null) big.first = big.first === null ? small.first : Math.min(big.first, small.first);
    if (small.last !== null) big.last = big.last === null ? small.last : Math.max(big.last, small.last);
    stories.delete(small.id);
    if (indexed) {
      for (const k of small.centroid.keys()) index.get(k)?.delete(small.id);
      indexStory(big, previous);
    }
    return big;
  }

  /** Refining's first step: each article of a story of two or more (with its copies) moves to the story of its days
   * it meets best, by REFINE_MARGIN over its own (the sources: `ids`, else every story). */
  function moveArticles(ids: Set<number> | undefined, changed: Set<number>, lost: Set<number>): void {
    // The stories an article may move to, in order of first day, and by centroid term the positions of those
    // holding it (a window of days is a slice of each list).
    const near = storiesByFirstDay(stories.values(), (t) => t.centroid);
    const targets = near.list;
    const ends = targets.map((t) => windowEnd(t, settings));
    const positionOf = new Map(targets.map((t, i) => [t, i]));
    const moves: Array<{ from: StoryCluster; to: StoryCluster; head: number; members: number[] }> = [];
    const sources = ids === undefined ? [...stories.values()] : [...ids].flatMap((id) => stories.get(id) ?? []);
    for (const s of sources) {
      if (s.articleIds.length < 2) continue;
      // An original and its copies move together (a copy judged alone would leave its original's story).
      const units = new Map<number, number[]>();
      for (const id of s.articleIds) { const head = s.duplicateOf.get(id) ?? id; (units.get(head) ?? units.set(head, []).get(head)!).push(id); }
      if (units.size < 2) continue;
      const own = positionOf.get(s) ?? -1;
      for (const [head, members] of units) {
        const v = leading.get(head);
        const day = dayOf.get(head);
        if (!v || day === null || day === undefined) continue;
        // Candidates as in add: the stories in reach sharing the most weight of its leading terms. A story can
        // take the article only if it began between maxSpanDays before it and windowDays after; a term of very
        // many such stories tells none apart.
        const candidates = near.nearest(leadingOf(v, QUERY_TERMS), day - settings.maxSpanDays * DAY, day + settings.windowDays * DAY, settings.maxCandidates, (j) => j !== own && day <= ends[j]);
        let best: StoryCluster | null = null;
        let bestScore = Math.max(settings.refineMinCosine, cosineWithout(v, s.centroid, s.articleIds.length, members.length) + settings.refineMargin);
        for (const j of candidates) {
          const t = targets[j];
          const c = cosineToCentroid(v, t.centroid);
          if (c > bestScore && centroidCosine(s.centroid, t.centroid) >= settings.refineMinStoryCosine) { best = t; bestScore = c; }
        }
        if (best) moves.push({ from: s, to: best, head, members });
      }
    }
    for (const { from, to, head, members } of moves) {
      if (!stories.has(from.id) || !stories.has(to.id)) continue;
      const v = leading.get(head)!;
      const n = from.articleIds.length, k = members.length;
      const moving = new Set(members);
      from.articleIds = from.articleIds.filter((id) => !moving.has(id));
      const previousTo = to.centroid;
      to.centroid = mergedCentroid(to.centroid, to.articleIds.length, v, k);
      for (const id of members) {
        if (reportIds.has(id)) { to.reports++; from.reports--; }
        to.articleIds.push(id);
        storyOf.set(id, to.id);
        const original = from.duplicateOf.get(id);
        if (original !== undefined) { from.duplicateOf.delete(id); to.duplicateOf.set(id, original); }
        const day = dayOf.get(id) ?? null;
        if (day !== null) { to.first = to.first === null ? day : Math.min(to.first, day); to.last = to.last === null ? day : Math.max(to.last, day); }
      }
      if (!evicted.has(to.id)) indexStory(to, previousTo);
      changed.add(to.id);
      changed.add(from.id);
      lost.add(from.id);
      for (const key of from.centroid.keys()) index.get(key)?.delete(from.id);
      if (from.articleIds.length === 0) { stories.delete(from.id); continue; }
      from.centroid = centroidWithout(from.centroid, n, v, k);
      const days = from.articleIds.map((id) => dayOf.get(id) ?? null).filter((d): d is number => d !== null);
      from.first = days.length ? Math.min(...days) : null;
      from.last = days.length ? Math.max(...days) : null;
      if (!evicted.has(from.id)) indexStory(from, null);
    }
  }

  /**
   * One occasion told twice: two stories of two articles or more that began within TWIN_FIRST_DAYS of each other,
   * whose centroids meet at settings.twinMinCosine and that share one of their TWIN_TOP_ENTITIES most frequent
   * entities, are merged (the sources: `ids`, else every story). Online placement can start a second story of an
   * occasion before the first has the words that would draw its articles («كيري» in Doha seen from Washington and
   * from the Gulf: 17 and 14 articles, cosine 0.51). The entity keeps apart a topic's stories of different places
   * (two cities' honey festivals share their words, not their city). A place is no such entity: two attacks in
   * Istanbul on 10 August 2015 share their words and their city, and are two occasions (once the gazetteer linked
   * «إسطنبول», they merged: labelled B-cubed over the whole archive 0.912 -> 0.910; counting persons and
   * organizations only, 0.914).
   */
  function mergeTwins(ids: Set<number> | undefined, changed: Set<number>, lost: Set<number>): void {
    if (!(settings.twinMinCosine <= 1)) return;
    const near = storiesByFirstDay(stories.values(), (t) => leadingOf(t.centroid, QUERY_TERMS));
    const pool = near.list;
    const positionOf = new Map(pool.map((t, i) => [t, i]));
    const topEntities = (t: StoryCluster) => [...t.entities].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TWIN_TOP_ENTITIES).map(([e]) => e).filter((e) => !placeKeys.has(e));
    const sources = ids === undefined ? pool : [...ids].flatMap((id) => { const t = stories.get(id); return t && positionOf.has(t) ? [t] : []; });
    for (const source of sources) {
      let s = source;
      if (!stories.has(s.id)) continue;
      const candidates = near.nearest(leadingOf(s.centroid, QUERY_TERMS), s.first! - TWIN_FIRST_DAYS * DAY, s.first! + TWIN_FIRST_DAYS * DAY, settings.maxCandidates);
      for (const j of candidates) {
        const t = pool[j];
        if (t === s || !stories.has(t.id) || !stories.has(s.id)) continue;
        // Both in the indexes or both out of them (a story evicted while the other is live is no twin).
        if (evicted.has(s.id) !== evicted.has(t.id)) continue;
        if (centroidCosine(s.centroid, t.centroid) < settings.twinMinCosine) continue;
        const own = new Set(topEntities(s));
        if (!topEntities(t).some((e) => own.has(e))) continue;
        const kept = merge(s, t, !evicted.has(s.id));
        const gone = kept === s ? t : s;
        changed.add(kept.id); changed.add(gone.id); lost.add(gone.id);
        s = kept;
      }
    }
  }

  /** The story whose ledes hold a name most (ties: leadsTie), among those holding it, and how many. */
  function nameLeader(p: string, ids: Iterable<number>): { leader: StoryCluster | null; most: number } {
    let leader: StoryCluster | null = null, most = 0;
    for (const id of ids) {
      const s = stories.get(id);
      const n = s?.pairs.get(p) ?? 0;
      if (s && (n > most || (n === most && leader && leadsTie(s, leader)))) { most = n; leader = s; }
    }
    return { leader, most };
  }

  /**
   * Gathers into a new name's leading story (the one holding most of its recent ledes) every other story whose
   * ledes mostly hold it (settings.absorbShare) and whose text meets the leader's a little (absorbMinCosine): the
   * reports placed before the name was known to be new. Returns the story that holds the article now.
   */
  function absorbNamed(s: StoryCluster, pairs: string[]): StoryCluster {
    if (!(settings.absorbShare <= 1)) return s;
    let holder = s;
    for (const p of pairs) {
      if (EVERYDAY_PAIRS.has(p) || (pairCount.get(p) ?? 0) < PAIR_MIN_ARTICLES || !isNewName(p)) continue;
      const ids = pairStories.get(p);
      if (!ids || ids.size < 2) continue;
      const found = nameLeader(p, ids);
      let leader = found.leader;
      if (leader === null || found.most < NAME_LEADER_MIN) continue;
      for (const id of [...ids]) {
        const t = stories.get(id);
        if (!t || t === leader) continue;
        if ((t.pairs.get(p) ?? 0) < settings.absorbShare * t.articleIds.length) continue;
        if (centroidCosine(leader.centroid, t.centroid) < settings.absorbMinCosine) continue;
        if (!firstDaysNear(t, leader, settings)) continue;
        const kept = merge(leader, t);
        if (t === holder || leader === holder) holder = kept;
        leader = kept;
      }
    }
    return holder;
  }

  /** Whether a pair is a new name, born with an occasion: on some recent day its daily count of ledes rose to
   * NAME_BURST times or more its daily count before plus one (a rare pair's noise is no birth), with
   * NAME_HISTORY_DAYS days or more of news before to tell. A place or a title is named every day and only swells
   * when news happens there (the Asir region's pair some 3.5 times; its bombing's name 77 times). */
  const newNames = new Map<string, { total: number; days: number[]; isNew: boolean }>();
  function isNewName(p: string): boolean {
    const days = sortedDays();
    const total = pairCount.get(p) ?? 0;
    const known = newNames.get(p);
    if (known && known.total === total && known.days === days) return known.isNew;
    const isNew = burst(p, days);
    newNames.set(p, { total, days, isNew });
    return isNew;
  }
  function burst(p: string, days: number[]): boolean {
    const counts = days.map((d) => pairsByDay.get(d)!.get(p) ?? 0);
    let before = 0;
    let after = 0;
    for (const n of counts) after += n;
    // As many days of history as the archive holds, up to nameHistoryDays (an archive of a few days, or of days
    // apart, must still tell its names); an archive of one day has nothing to compare with (LONE_DAY_BURST).
    const history = Math.min(settings.nameHistoryDays, days.length - 1);
    const loneDayBurst = Math.max(LONE_DAY_BURST, (settings.loneDayPrior ? FREQUENT_PAIRS.get(p) ?? 0 : 0) + 1) * settings.nameBurst;
    for (let i = 0; i < days.length; i++) {
      const burstNeeded = i === 0 ? loneDayBurst : settings.nameBurst * (before / i + 1);
      if (i >= history && after / (days.length - i) >= burstNeeded) return true;
      const n = counts[i];
      before += n;
      after -= n;
    }
    return false;
  }

  /**
   * The story among `others` that goes by the same new name as the grown story `s`: a pair of the joining article's
   * lede that most ledes of each story hold (NAME_SHARE, and PAIR_MIN_ARTICLES at least), that is new (isNewName)
   * and that is mostly theirs. A big occasion's reactions (the Mufti's condemnation, the king's condolence calls)
   * grow their own stories from their first article, before the occasion's story is known by its name; they share
   * the name but too few other words to meet by centroids. Else null.
   */
  function namedMergeTarget(s: StoryCluster, others: StoryCluster[], pairs: string[]): StoryCluster | null {
    if (!(settings.nameShare <= 1) || s.articleIds.length < PAIR_MIN_ARTICLES) return null;
    let best: { t: StoryCluster; held: number } | null = null;
    for (const p of pairs) {
      const ns = s.pairs.get(p) ?? 0;
      if (EVERYDAY_PAIRS.has(p) || ns < PAIR_MIN_ARTICLES || ns < settings.nameShare * s.articleIds.length || !isNewName(p)) continue;
      for (const t of others) {
        if (t.id === s.id || t.articleIds.length < PAIR_MIN_ARTICLES) continue;
        if (!firstDaysNear(s, t, settings)) continue;
        const nt = t.pairs.get(p) ?? 0;
        if (nt < PAIR_MIN_ARTICLES || nt < settings.nameShare * t.articleIds.length) continue;
        if (ns + nt < settings.nameHold * (pairCount.get(p) ?? 0)) continue;
        if (!best || ns + nt > best.held) best = { t, held: ns + nt };
      }
    }
    return best?.t ?? null;
  }

  /** Stories whose weight in the last namedStories call came from an old pair alone (no new name). */
  const byOldPairOnly = new Set<number>();
  /** Stories named by the article's lede pairs: what the name adds to each one's score.
   * - A new name (isNewName) names the story holding most of its recent ledes (NAME_LEADER_MIN at least): it adds
   *   the new-name weight times that story's share of them, or NAME_LEADER_SHARE if more. An occasion's first
   *   reports and reactions scatter over small stories before one grows; its name gathers them into the largest.
   * - An old name adds the share of its ledes that are a story's times PAIR_WEIGHT, for each story whose ledes hold
   *   it PAIR_MIN_ARTICLES times or more (its concentration there); the scoring drops it where the texts meet under
   *   PAIR_MIN_COSINE (byOldPairOnly). */
  function namedStories(pairs: string[]): Map<number, number> {
    const out = new Map<number, number>();
    const fromName = new Set<number>();
    byOldPairOnly.clear();
    const add = (id: number, weight: number, name = false) => { if (name) fromName.add(id); if (weight > (out.get(id) ?? 0)) out.set(id, weight); };
    for (const p of pairs) {
      if (EVERYDAY_PAIRS.has(p)) continue;
      const ids = pairStories.get(p);
      const total = pairCount.get(p) ?? 0;
      if (!ids || total < PAIR_MIN_ARTICLES) continue;
      if (settings.newNameWeight && isNewName(p)) {
        const { leader, most } = nameLeader(p, ids);
        if (leader !== null && most >= NAME_LEADER_MIN) add(leader.id, settings.newNameWeight * Math.max(Math.min(1, most / total), NAME_LEADER_SHARE), true);
        continue;
      }
      // An old pair in many active stories names none of them (and would cost a look-up in each).
      if (ids.size > PAIR_MAX_STORIES || !settings.pairWeight) continue;
      for (const id of ids) {
        const n = stories.get(id)?.pairs.get(p) ?? 0;
        if (n >= PAIR_MIN_ARTICLES) add(id, Math.min(1, n / total) * settings.pairWeight);
      }
    }
    for (const id of out.keys()) if (!fromName.has(id)) byOldPairOnly.add(id);
    return out;
  }

  return {
    /** Adds an article; returns its story's id. */
    add(a: StoryInput): number {
      let features = featureCache?.get(a.id);
      if (!features) { features = articleFeatures(a); featureCache?.set(a.id, features); }
      const { vector: v, signature: sig } = features;
      leading.set(a.id, normalized(topTerms(v, REFINE_TERMS)));
      dayOf.set(a.id, articleDay(a));
      const copyOf = minhash.add(a.id, sig);
      if (copyOf !== null && storyOf.has(copyOf)) {
        const s = stories.get(storyOf.get(copyOf)!)!;
        countPairs(features.pairs, articleDay(a));
        join(s, a, v, new Set(a.entities.map(entityKeyOf)), articleDay(a), features, copyOf);
        return s.id;
      }
      const ents = linkingEntities(a);
      const day = articleDay(a);
      if (day !== null && day > latest) { latest = day; evict(); }
      // Candidates: the stories sharing the most weight of the article's leading terms.
      const overlap = new Map<number, number>();
      for (const [k, x] of topTerms(v, QUERY_TERMS)) {
        const postings = index.get(k);
        // A term in very many active stories tells none apart: it only slows the lookup (scores still count it).
        if (postings && postings.size <= MAX_POSTINGS) for (const [id, w] of postings) overlap.set(id, (overlap.get(id) ?? 0) + x * w);
      }
      // The stories whose ledes name the article's occasion as it does (a pair of words found mostly in them).
      const named = settings.pairWeight || settings.newNameWeight ? namedStories(features.pairs) : new Map<number, number>();
      const headline = headlineOf(features.headline, day);
      const sameHeadline = headline === null ? undefined : storyOf.get(articleByHeadline.get(headline)?.article ?? -1);
      if (sameHeadline !== undefined && SAME_HEADLINE_WEIGHT > (named.get(sameHeadline) ?? 0)) { named.set(sameHeadline, SAME_HEADLINE_WEIGHT); byOldPairOnly.delete(sameHeadline); }
      countPairs(features.pairs, day);
      let candidates: Iterable<number> = overlap.keys();
      if (overlap.size > settings.maxCandidates) {
        // The best by shared weight, without sorting every story that shares a term: those under a tenth of the
        // best share cannot reach the join threshold's cosine first.
        let most = 0;
        for (const x of overlap.values()) if (x > most) most = x;
        const strong: Array<[number, number]> = [];
        for (const e of overlap) if (e[1] >= most * 0.1) strong.push(e);
        candidates = strong.sort((p, q) => q[1] - p[1]).slice(0, settings.maxCandidates).map(([id]) => id);
      }
      if (named.size) candidates = new Set([...candidates, ...named.keys()]);
      let best: { s: StoryCluster; score: number } | null = null;
      const scored: StoryCluster[] = [];
      for (const id of candidates) {
        const s = stories.get(id)!;
        scored.push(s);
        let score = storyScore(v, ents, day, s, settings, features.places);
        if (score !== null) {
          let name = named.get(id) ?? 0;
          if (name && byOldPairOnly.has(id) && cosineToCentroid(v, s.centroid) < settings.pairMinCosine) name = 0;
          score += name;
          if (name === 0 && day !== null && s.last !== null && day > s.last) score -= settings.newDayPenalty;
        }
        if (score !== null && (!best || score > best.score)) best = { s, score };
      }
      if (best && best.score >= settings.joinThreshold) {
        join(best.s, a, v, ents, day, features);
        return absorbNamed(mergeInto(best.s, scored, features.pairs), features.pairs).id;
      }
      const s: StoryCluster = { id: nextId++, articleIds: [], duplicateOf: new Map(), centroid: new Map(), entities: new Map(), places: new Map(), pairs: new Map(), reports: 0, first: null, last: null };
      stories.set(s.id, s);
      join(s, a, v, ents, day, features);
      return absorbNamed(s, features.pairs).id;
    },
    /**
     * Puts an article back in the story it was stored in (its id kept), updating every count and index as `add`
     * would have: the incremental path rebuilds the recent days this way, then adds the new articles. All restores
     * come before any `add` (new stories are numbered after the restored ones).
     */
    restore(a: StoryInput, storyId: number, copyOf: number | null): void {
      let features = featureCache?.get(a.id);
      if (!features) { features = articleFeatures(a); featureCache?.set(a.id, features); }
      leading.set(a.id, normalized(topTerms(features.vector, REFINE_TERMS)));
      minhash.add(a.id, features.signature);
      const day = articleDay(a);
      dayOf.set(a.id, day);
      if (day !== null && day > latest) { latest = day; evict(); }
      countPairs(features.pairs, day);
      let s = stories.get(storyId);
      if (!s) {
        s = { id: storyId, articleIds: [], duplicateOf: new Map(), centroid: new Map(), entities: new Map(), places: new Map(), pairs: new Map(), reports: 0, first: null, last: null };
        stories.set(storyId, s);
        nextId = Math.max(nextId, storyId + 1);
      }
      const ents = copyOf !== null ? new Set(a.entities.map(entityKeyOf)) : linkingEntities(a);
      join(s, a, features.vector, ents, day, features, copyOf ?? undefined);
    },
    /** Counts an older article's lede pairs only (it is in no story an article can still join, but its lede
     * still tells how common a name is). */
    countLede(a: StoryInput): void {
      const day = articleDay(a);
      if (day !== null && day > latest) { latest = day; evict(); }
      countPairs(ledePairs(a), day);
    },
    /**
     * Ends a run (call it after the run's last add): each article of the given stories (every story by default)
     * that fits another story better (REFINE_MIN_COSINE, REFINE_MARGIN) moves there with its copies. The moves are
     * judged against the stories as the run left them, then made. Returns the ids of the stories that lost articles
     * (a story left empty is gone) and of all that changed. The stories' entity, place and pair counts keep the moved
     * articles'.
     */
    refine(ids?: Iterable<number>): { changed: Set<number>; lost: Set<number> } {
      const changed = new Set<number>(), lost = new Set<number>();
      const requested = ids === undefined ? undefined : new Set(ids);
      if (settings.refineMinCosine <= 1) moveArticles(requested, changed, lost);
      // The twins among the stories asked for and those that took or gave articles.
      mergeTwins(requested === undefined ? undefined : new Set([...requested, ...changed]), changed, lost);
      return { changed, lost };
    },
    stories(): StoryCluster[] {
      return [...stories.values()];
    },
    story(id: number): StoryCluster | undefined {
      return stories.get(id);
    },
    /** Whether an article was added or restored. */
    knows(articleId: number): boolean {
      return storyOf.has(articleId);
    },
    /** An added article's leading terms (for describeStory's choice of headline). */
    vectorOf(a: StoryInput): TermVector {
      return leading.get(a.id) ?? articleVector(a);
    },
  };
}

/**
 * The story among `others` that the grown story `s` is the same occasion as: both of two articles or more, first
 * seen within the window of each other, centroids meeting at the merge threshold (the best such); else null.
 */
function mergeTarget(s: StoryCluster, others: StoryCluster[], settings: ClusterSettings = DEFAULT_SETTINGS): StoryCluster | null {
  if (!Number.isFinite(settings.mergeThreshold) || s.articleIds.length < 2) return null;
  let best: { t: StoryCluster; score: number } | null = null;
  const places = [...s.places.keys()];
  for (const t of others) {
    if (t.id === s.id || t.articleIds.length < 2) continue;
    if (!firstDaysNear(s, t, settings)) continue;
    // Two stories are judged on their headlines' places alone: the mention rule, meant for one article against a
    // story, let every pair of regional stories through (each regional story names the others in passing).
    if (places.length > 0 && t.places.size > 0 && !places.some((p) => t.places.has(p))) continue;
    const score = centroidCosine(s.centroid, t.centroid);
    if (score >= settings.mergeThreshold && (!best || score > best.score)) best = { t, score };
  }
  return best?.t ?? null;
}

function entityOverlap(ents: Set<string>, s: StoryCluster): number {
  if (ents.size === 0 || s.entities.size === 0) return 0;
  let shared = 0;
  for (const e of ents) if (s.entities.has(e)) shared++;
  return shared / (ents.size + s.entities.size - shared);
}

/** The entities that link an article to a story: known ones (with a Wikidata id) or named more than once, and no
 * person named by one common word («محمد» twice in two articles is no shared person). */
function linkingEntities(a: Pick<Article, 'entities'>): Set<string> {
  return new Set(a.entities.filter((e) => (e.wikidata || e.mentions.length > 1) && !isAmbiguousPerson(e)).map(entityKeyOf));
}

/** Of two stories holding a new name equally, the one that leads: the larger, then the older. Not the order the
 * stories were indexed in, which differs between reclustering and placing articles in stored stories. */
function leadsTie(s: StoryCluster, leader: StoryCluster): boolean {
  return s.articleIds.length > leader.articleIds.length || (s.articleIds.length === leader.articleIds.length && s.id < leader.id);
}

/** How well an article fits a story (cosine to its centroid + shared entities), or null outside its window. */
const centroidNorms = new WeakMap<TermVector, number>();
/** Cosine of a unit article vector to a centroid, the centroid's norm computed once (centroids are replaced, not
 * changed, when a story grows): the inner loop of clustering. */
function centroidNorm(centroid: TermVector): number {
  let norm = centroidNorms.get(centroid);
  if (norm === undefined) {
    norm = 0;
    for (const x of centroid.values()) norm += x * x;
    norm = Math.sqrt(norm);
    centroidNorms.set(centroid, norm);
  }
  return norm;
}
function cosineToCentroid(v: TermVector, centroid: TermVector): number {
  const norm = centroidNorm(centroid);
  if (norm === 0) return 0;
  let dot = 0;
  for (const [k, w] of centroid) { const x = v.get(k); if (x !== undefined) dot += x * w; }
  return dot / norm;
}

/** Cosine of two centroids, their norms cached. */
function centroidCosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) { const x = large.get(k); if (x !== undefined) dot += x * w; }
  const na = centroidNorm(a), nb = centroidNorm(b);
  return na && nb ? dot / (na * nb) : 0;
}

/** The last day an article may join a story: a window after its latest article, up to a span from its first. */
/** Stories of two articles or more in order of first day, with by term the positions of those whose `terms` hold
 * it (a window of days is a slice of each list): how refine and mergeTwins find the stories near a vector without
 * scoring every story. */
function storiesByFirstDay(all: Iterable<StoryCluster>, terms: (t: StoryCluster) => Iterable<[string, number]>) {
  const list = [...all].filter((t) => t.articleIds.length >= 2 && t.first !== null).sort((x, y) => x.first! - y.first! || x.id - y.id);
  const byTerm = new Map<string, { at: number[]; first: number[]; weight: number[] }>();
  list.forEach((t, i) => {
    for (const [k, w] of terms(t)) {
      let postings = byTerm.get(k);
      if (!postings) byTerm.set(k, (postings = { at: [], first: [], weight: [] }));
      postings.at.push(i); postings.first.push(t.first!); postings.weight.push(w);
    }
  });
  const overlap = new Float64Array(list.length);
  const touched: number[] = [];
  return {
    list,
    /** The positions of the `n` stories sharing most weight of `leadingTerms`, among those that began between
     * `from` and `to` (inclusive) and that `accept` takes; a term of very many such stories tells none apart. */
    nearest(leadingTerms: Array<[string, number]>, from: number, to: number, n: number, accept: (j: number) => boolean = () => true): number[] {
      for (const [k, x] of leadingTerms) {
        const postings = byTerm.get(k);
        if (!postings) continue;
        const a = firstFrom(postings.first, from), b = firstFrom(postings.first, to + 1);
        if (b - a > MAX_POSTINGS) continue;
        for (let i = a; i < b; i++) {
          const j = postings.at[i];
          if (!accept(j)) continue;
          if (overlap[j] === 0) touched.push(j);
          overlap[j] += x * postings.weight[i];
        }
      }
      const out = leadingPositions(touched, overlap, n);
      for (const j of touched) overlap[j] = 0;
      touched.length = 0;
      return out;
    },
  };
}

/** Whether most of a story's headlines are market reports (REPORT_SPAN_DAYS). */
const isReportStory = (s: StoryCluster) => 2 * s.reports > s.articleIds.length;

function windowEnd(s: StoryCluster, settings: ClusterSettings): number {
  return Math.min((s.last ?? s.first!) + settings.windowDays * DAY, s.first! + (isReportStory(s) ? settings.reportSpanDays : settings.maxSpanDays) * DAY);
}

/** Whether two stories began near enough to be one occasion: within the window, or REPORT_SPAN_DAYS for reports. */
function firstDaysNear(s: StoryCluster, t: StoryCluster, settings: ClusterSettings): boolean {
  if (s.first === null || t.first === null) return true;
  const days = isReportStory(s) || isReportStory(t) ? Math.min(settings.reportSpanDays, settings.windowDays) : settings.windowDays;
  return Math.abs(s.first - t.first) <= days * DAY;
}

function storyScore(v: TermVector, ents: Set<string>, day: number | null, s: StoryCluster, settings: ClusterSettings = DEFAULT_SETTINGS, places: string[] = []): number | null {
  if (day !== null && s.first !== null && (day < s.first - (isReportStory(s) ? settings.reportSpanDays : settings.windowDays) * DAY || day > windowEnd(s, settings))) return null;
  const score = cosineToCentroid(v, s.centroid) + settings.entityWeight * entityOverlap(ents, s);
  return placesConflict(places, v, s.places, s.centroid) ? score - settings.placePenalty : score;
}

/**
 * Whether a headline's places say another occasion than a story's: both name places, none in common, and neither
 * text mentions the other's (the Taif preparations are not the Jouf ones; a reaction from Bahrain names no place
 * of its own here, and a story's later development mentions where it began).
 */
function placesConflict(places: string[], v: TermVector, storyPlaces: Map<string, number>, centroid: TermVector): boolean {
  if (places.length === 0 || storyPlaces.size === 0) return false;
  for (const p of places) if (storyPlaces.has(p)) return false;
  // «Mentions» means among the leading terms: a national announcement lists every region in passing.
  if (leadingOf(centroid, PLACE_MENTION_TERMS).some(([k]) => places.includes(k))) return false;
  for (const p of storyPlaces.keys()) if (ranksAmongLeading(v, p)) return false;
  return true;
}

/** Whether `key` is among the PLACE_MENTION_TERMS heaviest terms of an (unsorted) article vector. */
function ranksAmongLeading(v: TermVector, key: string): boolean {
  const w = v.get(key);
  if (w === undefined) return false;
  let heavier = 0;
  for (const x of v.values()) if (x > w && ++heavier >= PLACE_MENTION_TERMS) return false;
  return true;
}

/** The index of the first of ascending days that is `day` or later. */
function firstFrom(days: number[], day: number): number {
  let lo = 0, hi = days.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (days[mid] < day) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The `n` positions with the most weight (ties: the earlier listed), without sorting them all. */
function leadingPositions(positions: number[], weight: Float64Array, n: number): number[] {
  const out: number[] = [];
  for (const j of positions) {
    if (out.length === n && weight[j] <= weight[out[n - 1]]) continue;
    let k = out.length === n ? n - 1 : out.length;
    while (k > 0 && weight[out[k - 1]] < weight[j]) { out[k] = out[k - 1]; k--; }
    out[k] = j;
  }
  return out;
}

/** A story's centroid of n articles without k of them that share the vector v (an original and its copies). */
function centroidWithout(centroid: TermVector, n: number, v: TermVector, k: number): TermVector {
  const out = new Map<string, number>();
  for (const [key, x] of centroid) { const w = (x * n - (v.get(key) ?? 0) * k) / (n - k); if (w > 0) out.set(key, w); }
  return out;
}

/** Cosine of a unit article vector to its story's centroid of n articles without the article's k (itself and its
 * copies): how well the rest of its story fits it. */
function cosineWithout(v: TermVector, centroid: TermVector, n: number, k: number): number {
  let dot = 0, norm = 0;
  for (const [key, x] of centroid) {
    const w = (x * n - (v.get(key) ?? 0) * k) / (n - k);
    norm += w * w;
    dot += w * (v.get(key) ?? 0);
  }
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}

/** The centroid of two stories of n and m articles taken together. */
function mergedCentroid(a: TermVector, n: number, b: TermVector, m: number): TermVector {
  const merged = new Map<string, number>();
  for (const [k, x] of a) merged.set(k, (x * n) / (n + m));
  for (const [k, x] of b) merged.set(k, (merged.get(k) ?? 0) + (x * m) / (n + m));
  return topTerms(merged, CENTROID_TERMS);
}

/** The centroid of n articles with one more (a running mean, its leading terms kept): online clustering and a
 * story rebuilt from the store compute it alike. */
function centroidWith(centroid: TermVector, n: number, v: TermVector): TermVector {
  // The entries in the order a Map of the centroid updated with v would hold them (the centroid's, then v's new
  // terms): topEntries keeps ties in that order.
  const entries: Array<[string, number]> = [];
  const at = new Map<string, number>();
  for (const [k, x] of centroid) { at.set(k, entries.length); entries.push([k, (x * n) / (n + 1)]); }
  for (const [k, x] of v) {
    const i = at.get(k);
    if (i === undefined) entries.push([k, x / (n + 1)]);
    else entries[i][1] += x / (n + 1);
  }
  return new Map(topEntries(entries, CENTROID_TERMS));
}

export interface StorySummary {
  title: string;
  summary: Array<{ sentence: string; articleId: number }>;
  outlets: Array<{ source: string; articles: number }>;
  entities: Array<{ name: string; type: string; wikidata: string | null; articles: number }>;
  first: string | null;
  last: string | null;
  importance: number;
  reasons: string;
}

/** Sentences chosen for a summary, and how different they must be from those already chosen. */
const SUMMARY_SENTENCES = 3;
/** A summary sentence reads as one: between these many words (longer ones are run-on paragraphs). */
const MIN_SUMMARY_WORDS = 8;
const MAX_SUMMARY_WORDS = 45;
const MAX_SENTENCE_OVERLAP = 0.5;

/** Title, extractive summary, outlets, entities, dates and an explained importance of a story. */
export function describeStory(cluster: StoryCluster, articles: StoryInput[], vectorOf: (a: StoryInput) => TermVector = articleVector): StorySummary {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const members = cluster.articleIds.map((id) => byId.get(id)!).filter(Boolean);
  const canonical = members.filter((a) => !cluster.duplicateOf.has(a.id));
  // Sentences of the first paragraphs only: a summary draws on the first few of each article.
  // Paragraph by paragraph, up to `limit` (a line break always ends a sentence, so this is what splitting the
  // paragraphs together gives, without splitting those not needed: most stories are single articles).
  const readable = (a: StoryInput, limit: number) => {
    const out: Array<{ text: string }> = [];
    for (const b of a.body.slice(0, SUMMARY_PARAGRAPHS)) {
      if (b.text.split(/\s+/, MIN_SUMMARY_WORDS).length < MIN_SUMMARY_WORDS) continue; // no sentence long enough
      for (const x of sentences(b.text)) { const n = x.text.split(/\s+/).length; if (n >= MIN_SUMMARY_WORDS && n <= MAX_SUMMARY_WORDS) out.push(x); }
      if (out.length >= limit) break;
    }
    return out.slice(0, limit);
  };
  let title: string;
  const summary: Array<{ sentence: string; articleId: number }> = [];
  if (canonical.length === 1) {
    // One article (copies aside): its own headline, and its lede — what its writer put first.
    title = canonical[0].title;
    for (const s of readable(canonical[0], SUMMARY_SENTENCES)) summary.push({ sentence: s.text, articleId: canonical[0].id });
  } else {
    const scored = canonical.map((a) => ({ a, score: cosineSimilarity(vectorOf(a), cluster.centroid) })).sort((x, y) => y.score - x.score);
    // The title: the headline that says most of what the story's articles say — its own words against the centroid,
    // with its article's (an article near the centroid can carry a headline about a side of it: the Asir bombing's
    // story was titled by a condolence call received).
    let bestHeadline = -Infinity;
    title = '';
    for (const x of scored) {
      const headlineScore = x.score + cosineSimilarity(termVector(x.a.title), cluster.centroid);
      if (headlineScore > bestHeadline) { bestHeadline = headlineScore; title = x.a.title; }
    }
    const candidates = scored.slice(0, SUMMARY_ARTICLES).map((x) => x.a).flatMap((a) => readable(a, SUMMARY_SENTENCES_PER_ARTICLE).map((s) => ({ sentence: s.text, articleId: a.id, v: termVector(s.text) })));
    const ranked = candidates.map((c) => ({ ...c, score: cosineSimilarity(c.v, cluster.centroid) })).sort((x, y) => y.score - x.score);
    const chosen: TermVector[] = [];
    for (const c of ranked) {
      if (summary.length >= SUMMARY_SENTENCES) break;
      if (chosen.some((v) => cosineSimilarity(v, c.v) > MAX_SENTENCE_OVERLAP)) continue;
      chosen.push(c.v);
      summary.push({ sentence: c.sentence, articleId: c.articleId });
    }
  }
  const outlets = new Map<string, number>();
  for (const a of members) if (a.source) outlets.set(a.source, (outlets.get(a.source) ?? 0) + 1);
  const entityArticles = new Map<string, { name: string; type: string; wikidata: string | null; articles: number }>();
  for (const a of members) for (const e of a.entities) {
    if (isAmbiguousPerson(e)) continue;
    const k = entityKeyOf(e);
    const x = entityArticles.get(k) ?? { name: e.name, type: e.type, wikidata: e.wikidata, articles: 0 };
    x.articles++;
    entityArticles.set(k, x);
  }
  const entities = [...entityArticles.values()].sort((a, b) => b.articles - a.articles).slice(0, 15);
  const days = members.map((a) => Date.parse((a.published ?? '').slice(0, 10))).filter(Number.isFinite);
  const first = days.length ? new Date(Math.min(...days)).toISOString().slice(0, 10) : null;
  const last = days.length ? new Date(Math.max(...days)).toISOString().slice(0, 10) : null;
  const spanDays = days.length ? (Math.max(...days) - Math.min(...days)) / DAY + 1 : 1;
  const prominent = entities.filter((e) => e.wikidata).length;
  // Importance in 0..100 from coverage, distinct outlets, velocity and entity prominence, each saturating.
  const raw = 0.35 * Math.log1p(canonical.length) + 0.45 * Math.log1p(outlets.size) + 0.25 * Math.log1p(canonical.length / spanDays) + 0.1 * Math.min(prominent, 5);
  const importance = Math.round(100 * (1 - Math.exp(-raw)));
  const reasons = [
    // The copies before the outlets, which count theirs: «6 مقالات (ونسختان مكررتان) من 7 مصادر».
    `${counted(canonical.length, NOUNS.article)}${members.length > canonical.length ? ` (و${counted(members.length - canonical.length, NOUNS.copy)})` : ''} من ${counted(outlets.size || 1, NOUNS.outlet)}`,
    days.length ? `خلال ${counted(Math.round(spanDays), NOUNS.day)}` : 'بلا تواريخ نشر',
    prominent ? `يذكر ${prominent} من الشخصيات والأماكن البارزة (${entities.filter((e) => e.wikidata).slice(0, 3).map((e) => e.name).join('، ')})` : '',
  ].filter(Boolean).join('؛ ');
  return { title, summary, outlets: [...outlets].map(([source, n]) => ({ source, articles: n })).sort((a, b) => b.articles - a.articles), entities, first, last, importance, reasons };
}
