/**
 * npm run bench: every benchmark, on the corpora in ../shared/corpora (or MARSAD_CORPUS).
 * Figures, not pass/fail: targets are stated beside each and reported in the closing notes.
 */
import { existsSync } from 'node:fs';
import { benchEnrich } from './enrich.ts';
import { benchExtract } from './extract.ts';
import { benchStore } from './store.ts';
import { benchText } from './text.ts';
import { benchWeb } from './web.ts';
import { benchPostgres } from './postgres.ts';
import { benchStories } from './stories.ts';
import { benchIncremental } from './incremental.ts';

const corpus = process.env.MARSAD_CORPUS ?? '../shared/corpora/saudinewsnet';
if (!existsSync(corpus)) {
  console.error(`bench: no corpus at ${corpus} (set MARSAD_CORPUS to the SaudiNewsNet folder)`);
  process.exit(2);
}
const only = process.argv[2];
if (!only || only === 'text') { console.log('== text core (target: normalize + tokenize >= 20 MB/s)'); await benchText(corpus); }
if (!only || only === 'extract') { console.log('== extraction (targets: unseen pages body F1 >= 0.95; >= 1,000 text and >= 200 HTML pages/s)'); await benchExtract(); }
// The whole corpus, as the target is stated (the tagger's per-word setup is paid once per word type: on the first
// 3,000 articles alone it weighs more, a third fewer articles a second than over all of them on the same machine).
if (!only || only === 'enrich') { console.log('== enrichment of the whole corpus (target: >= 500 articles/s on one core)'); await benchEnrich(corpus); }
if (!only || only === 'store') { console.log('== store (targets: ingest >= 1,000 articles/s, peak RSS < 500 MB; search p95 <= 10 ms)'); await benchStore(corpus); }
if (!only || only === 'web') { console.log('== web UI over HTTP (target: home and story pages p95 well under 100 ms)'); await benchWeb(corpus); }
if (!only || only === 'postgres') { console.log('== PostgreSQL next to SQLite: ingest by 1, 2, 4 processes; search latency'); await benchPostgres(corpus); }
if (!only || only === 'stories') { console.log('== stories over SaudiNewsNet (targets: all 31,030 within 60 s, flat per-article cost; B-cubed F1 >= 0.92)'); await benchStories(); }
if (!only || only === 'incremental') { console.log('== stories placed incrementally (a week after the one before it, then one article alone): the bulk result, its time per article'); await benchIncremental(); }
