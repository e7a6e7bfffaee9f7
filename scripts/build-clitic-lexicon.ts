/**
 * Builds data/clitics.json from a JSON Lines news corpus (default: SaudiNewsNet in ../shared/corpora).
 * A letter و/ف at the start of a word is a conjunction unless the whole word is far more common than the word
 * without it (وزير vs زير); ب/ك/ل are stripped only with positive evidence (لحرب -> حرب). Counts, not rules.
 *   node --import tsx scripts/build-clitic-lexicon.ts [CORPUS_DIR]
 */
import { writeFileSync } from 'node:fs';
import { corpusFiles, readJsonLines } from '../src/acquire/corpus.ts';
import { words } from '../src/text/tokenize.ts';

/** A word must be seen this often to be listed; below it the stemmer's default applies. */
const MIN_COUNT = 5;
/** و/ف-initial word kept whole when it is at least this many times as common as its remainder. Swept 2-16 on 30
 * hand-checked words: at 2, وقال and وأكد were kept whole (the conjunction is that common in news); at 8 they are
 * stripped while وزير، وكالة، فريق، وفد، واشنطن stay whole. */
const KEEP_WHOLE_RATIO = 8;
/** ب/ك/ل-initial word stripped when its remainder is at least this many times as common as the word itself. */
const STRIP_RATIO = 1;

const dir = process.argv[2] ?? '../shared/corpora/saudinewsnet';
const counts = new Map<string, number>();
for (const file of corpusFiles(dir)) {
  for await (const item of readJsonLines(file)) {
    if (!('record' in item)) continue;
    for (const w of words(`${item.record.title ?? ''} ${item.record.content ?? ''}`)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}
const keepWhole: string[] = [];
const stripLetter: string[] = [];
const isArabic = /^[\u0621-\u064a]+$/;
for (const [w, n] of counts) {
  if (n < MIN_COUNT || w.length < 3 || !isArabic.test(w)) continue;
  const rest = w.slice(1);
  const restCount = counts.get(rest) ?? 0;
  if ((w[0] === 'و' || w[0] === 'ف') && n >= KEEP_WHOLE_RATIO * restCount) keepWhole.push(w);
  if ((w[0] === 'ب' || w[0] === 'ك' || w[0] === 'ل') && !w.startsWith('ال') && rest.length >= 3 && restCount >= MIN_COUNT && restCount >= STRIP_RATIO * n) stripLetter.push(w);
}
keepWhole.sort();
stripLetter.sort();
writeFileSync('data/clitics.json', JSON.stringify({ about: 'Built by scripts/build-clitic-lexicon.ts from SaudiNewsNet word counts. keepWhole: words whose first letter و/ف is part of the word. stripLetter: words whose first letter ب/ك/ل is a clitic. Edit freely.', keepWhole, stripLetter }, null, 0) + '\n');
console.log(`words ${counts.size}, keepWhole ${keepWhole.length}, stripLetter ${stripLetter.length}`);
