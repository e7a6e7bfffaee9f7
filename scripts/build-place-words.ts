/**
 * Builds data/place-words.json: one-word place names (folded), for telling occasions apart by the place their
 * headline names (src/stories/places.ts). From ANERgazet's location list (its one-word entries: cities, regions,
 * countries) and the gazetteer's LOC names and variants, and their two-word names as phrases. Words of longer names
 * are not places alone: they are common words («الديمقراطية», «مقاطعة»). Left out: words that annotated news
 * (ANERcorp's train.conll) tags as persons more often than as locations («صالح» is a town in the gazetteer and the
 * deposed president in headlines, «ميليشيات الحوثي وصالح»), and the common words of data/not-places.json («الخبر»
 * is a city and «the news», «مدينة» «the city of»).
 *   node --import tsx scripts/build-place-words.ts [ANERGAZET_LOC] [TRAIN_CONLL]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { normalize, tokenize } from '../src/text/index.ts';

const path = process.argv[2] ?? '../shared/corpora/anercorp/gazetteer-loc.txt';
const conll = process.argv[3] ?? '../shared/corpora/anercorp/train.conll';
/** Folded word -> how often annotated news tags it a person and a location. */
const tagged = new Map<string, { person: number; location: number; other: number }>();
for (const line of readFileSync(conll, 'utf8').split('\n')) {
  const [word, tag] = line.trim().split(/\s+/);
  if (!word || !tag) continue;
  const key = normalize(word);
  const c = tagged.get(key) ?? tagged.set(key, { person: 0, location: 0, other: 0 }).get(key)!;
  if (tag.endsWith('-PERS') || tag.endsWith('-PER')) c.person++;
  else if (tag.endsWith('-LOC')) c.location++;
  else c.other++;
}
/** Mostly a person in annotated news («صالح»); common words are listed by hand in data/not-places.json (ANERcorp
 * leaves «الطائف» untagged in «اتفاق الطائف» as often as «مدينة», so its untagged counts cannot tell them apart). */
const notPlaces = new Set((JSON.parse(readFileSync('data/not-places.json', 'utf8')) as { words: string[] }).words);
const mostlyNotPlace = (w: string) => { const c = tagged.get(w); return notPlaces.has(w) || (c !== undefined && c.person >= 2 && c.person > c.location); };
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
const dropped = [...words].filter(mostlyNotPlace);
for (const w of dropped) words.delete(w);
writeFileSync('data/place-words.json', JSON.stringify({ about: `Place names, folded: ${words.size} of one word, ${phrases.size} of two («المدينة المنورة»), from ANERgazet's locations and data/gazetteer.json, less the words ANERcorp tags as persons more often than as locations and the common words of data/not-places.json (scripts/build-place-words.ts). Used to read the place a headline names.`, words: [...words].sort(), phrases: [...phrases].sort() }) + '\n');
console.log(`left out as mostly not places: ${dropped.join(' ')}`);
console.log(`${words.size} place words, ${phrases.size} phrases`);
