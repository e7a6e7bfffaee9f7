/**
 * Builds data/name-tokens.json: single words of person and place names (ANERgazet, ANERcorp's gazetteers) in
 * folded form. The search-key stemmer strips only clitics from these, never suffixes: a name is not a word to stem.
 *   node --import tsx scripts/build-name-tokens.ts [ANERCORP_DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { words } from '../src/text/tokenize.ts';

const dir = process.argv[2] ?? '../shared/corpora/anercorp';
const tokens = new Set<string>();
for (const kind of ['pers', 'loc']) {
  for (const line of readFileSync(join(dir, `gazetteer-${kind}.txt`), 'utf8').split('\n')) {
    // Single-word entries only: multi-word entries carry common adjectives (كوريا الشمالية -> شمالية).
    const ws = words(line);
    if (ws.length === 1 && ws[0].length >= 3 && !ws[0].startsWith('ال')) tokens.add(ws[0]);
  }
}
writeFileSync('data/name-tokens.json', JSON.stringify({ about: 'Folded single words of person and place names (from ANERgazet); the stemmer strips no suffix from them. Edit freely.', tokens: [...tokens].sort() }) + '\n');
console.log(`name tokens: ${tokens.size}`);
