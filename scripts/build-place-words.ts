/**
 * Builds data/place-words.json: one-word place names (folded), for telling occasions apart by the place their
 * headline names (src/stories/places.ts). From ANERgazet's location list (its one-word entries: cities, regions,
 * countries) and the gazetteer's LOC names and variants, and their two-word names as phrases. Words of longer names
 * are not places alone: they are common words («الديمقراطية», «مقاطعة»).
 *   node --import tsx scripts/build-place-words.ts [ANERGAZET_LOC]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { normalize, tokenize } from '../src/text/index.ts';

const path = process.argv[2] ?? '../shared/corpora/anercorp/gazetteer-loc.txt';
const gazetteer = JSON.parse(readFileSync('data/gazetteer.json', 'utf8')) as { entities: Array<{ type: string; name: string; variants?: string[]; short?: string[] }> };
const words = new Set<string>();
const phrases = new Set<string>();
const add = (name: string) => {
  const t = tokenize(normalize(name));
  if (t.length === 1 && t[0].norm.length >= 3) words.add(t[0].norm);
  if (t.length === 2) phrases.add(t.map((x) => x.norm).join(' '));
};
for (const line of readFileSync(path, 'utf8').split('\n')) if (!/^=+$/.test(line.trim())) add(line.trim());
for (const e of gazetteer.entities) if (e.type === 'LOC') for (const n of [e.name, ...(e.variants ?? []), ...(e.short ?? [])]) add(n);
writeFileSync('data/place-words.json', JSON.stringify({ about: `Place names, folded: ${words.size} of one word, ${phrases.size} of two («المدينة المنورة»), from ANERgazet's locations and data/gazetteer.json (scripts/build-place-words.ts). Used to read the place a headline names.`, words: [...words].sort(), phrases: [...phrases].sort() }) + '\n');
console.log(`${words.size} place words, ${phrases.size} phrases`);
