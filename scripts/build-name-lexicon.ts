/**
 * Builds data/name-lexicon.json: single words of names and the kinds of names they occur in (P person, L place,
 * O organization, C sports club), from ANERgazet, ANETAC's transliterations, Marsad's gazetteer and its list of sports clubs — features for the tagger.
 *   node --import tsx scripts/build-name-lexicon.ts [CORPORA_DIR]
 */
/* Tried and left out (session 34): the lexicon rebuilt from the gazetteer as it had grown since (222 words added, 73
 * with a new kind) and the tagger retrained on it: held-out tenths pooled, texts of 20 sentences, PERS 0.813, LOC
 * 0.893, ORG 0.776 -> 0.775, and three readings the tests hold went wrong («جنونيا لصلاح» read as a person): the
 * words of multiword place names made common given names places too («حسن» of «بني حسن», «سعيد» of «بور سعيد»,
 * «صلاح»). The lexicon stays as built in session 18; a rebuild wants those words kept out first. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import gazetteer from '../data/gazetteer.json' with { type: 'json' };
import { isStopword, words } from '../src/text/index.ts';

const dir = process.argv[2] ?? '../shared/corpora';
const kinds = new Map<string, Set<string>>();
const add = (text: string, kind: string) => {
  for (const w of words(text)) if (w.length >= 2 && !isStopword(w) && !/\d/.test(w)) (kinds.get(w) ?? kinds.set(w, new Set()).get(w)!).add(kind);
};
for (const [file, kind] of [['gazetteer-pers.txt', 'P'], ['gazetteer-loc.txt', 'L'], ['gazetteer-org.txt', 'O']]) {
  for (const line of readFileSync(join(dir, 'anercorp', file), 'utf8').split('\n')) if (!line.startsWith('=')) add(line, kind);
}
const ANETAC_KIND: Record<string, string> = { PERSON: 'P', LOCATION: 'L', ORGANIZATION: 'O' };
for (const line of readFileSync(join(dir, 'anetac', 'named-entities.txt'), 'utf8').split('\n')) {
  const [cls, , ...arabic] = line.trim().split(/\s+/);
  if (ANETAC_KIND[cls]) add(arabic.join(' '), ANETAC_KIND[cls]);
}
// Sports clubs: kind C (data/sports-clubs.json).
for (const club of JSON.parse(readFileSync('data/sports-clubs.json', 'utf8')).clubs as string[]) add(club, 'C');
for (const e of gazetteer.entities) for (const v of [e.name, ...e.variants, ...((e as { short?: string[] }).short ?? [])]) add(v, e.type[0] === 'P' ? 'P' : e.type[0] === 'L' ? 'L' : 'O');
const out: Record<string, string> = {};
for (const [w, k] of [...kinds].sort((a, b) => (a[0] < b[0] ? -1 : 1))) out[w] = [...k].sort().join('');
writeFileSync('data/name-lexicon.json', JSON.stringify({ about: 'Folded name words -> kinds of names they occur in (P, L, O, C club). Built by scripts/build-name-lexicon.ts from ANERgazet, ANETAC, data/gazetteer.json and data/sports-clubs.json.', words: out }) + '\n');
console.log(`${Object.keys(out).length} name words`);
