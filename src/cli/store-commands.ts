import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ingest, reprocess, STAGES, storiesAfterIngest } from '../pipeline.ts';
import { describeQuery, parseQuery, snippetText } from '../store/index.ts';
import { withStore } from './with-store.ts';
import { resolveEntity } from '../read.ts';
import { checkFormat, EXIT_PARTIAL, UsageError } from './errors.ts';
import { count } from './count.ts';

const formatOption = (cmd: Command) => cmd.option('--format <format>', 'json or text', 'text').option('--db <path>', 'the store: a SQLite file or a postgres:// URL (default $MARSAD_DB or ./marsad.db)');



const isDate = (s: string) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);

export function registerStoreCommands(program: Command): void {
  formatOption(program.command('ingest'))
    .description('store pages, folders of pages and JSON Lines (.jsonl, .jsonl.gz) of articles; idempotent')
    .argument('<path...>', 'files or folders')
    .option('--batch <n>', 'documents per transaction', '250')
    .option('--workers <n>', 'worker threads for extraction and enrichment (default: cores - 1, at least 1; 0: none)')
    .option('--skip <stages>', 'comma-separated stages to skip: enrich (or entities, temporal, quotes), stories (see marsad pipeline)')
    .option('--max-bytes <n>', 'refuse pages larger than this', String(20 * 1024 * 1024))
    .action(async (paths: string[], opts: { format: string; db?: string; batch: string; maxBytes: string; workers?: string; skip?: string }) => {
      const skip = opts.skip ? opts.skip.split(',').map((x) => x.trim()) : undefined;
      for (const x of skip ?? []) if (!['enrich', 'entities', 'temporal', 'quotes', 'stories'].includes(x)) throw new UsageError(`--skip takes enrich, entities, temporal, quotes or stories, not «${x}»`);
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) throw new UsageError(`--workers must be a whole number, not «${opts.workers}»`);
      checkFormat(opts.format);
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch must be a positive whole number, not «${opts.batch}»`);
      await withStore(opts.db, async (store) => {
        const bar = process.stderr.isTTY && opts.format !== 'json'
          ? new cliProgress.SingleBar({ format: 'ingest | {read} read | {stored} stored | {duplicates} already stored | {failed} failed | {rate} docs/s', hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
          : null;
        bar?.start(0, 0, { read: 0, stored: 0, duplicates: 0, failed: 0, rate: 0 });
        const failures: string[] = [];
        const summary = await ingest(paths, store, {
          batchSize,
          workers,
          skip,
          maxBytes: Number(opts.maxBytes),
          onProgress: (s) => bar?.update(0, { ...s, rate: Math.round(s.read / Math.max(s.seconds, 0.001)) }),
          onFailure: (origin, reason) => { failures.push(`marsad ingest: ${origin}: ${reason}`); if (!bar) process.stderr.write(`marsad ingest: ${origin}: ${reason}\n`); },
        });
        bar?.stop();
        // New articles join the stored stories (or, for a bulk load, the archive is reclustered).
        const clustered = summary.articleIds.length > 0 && !skip?.includes('stories') ? await storiesAfterIngest(store, summary.articleIds) : null;
        const { articleIds: _ids, ...printed } = summary;
        if (bar) for (const f of failures) process.stderr.write(f + '\n');
        if (opts.format === 'json') process.stdout.write(JSON.stringify(clustered ? { ...printed, stories: clustered.stories, storyUpdate: clustered.mode } : printed) + '\n');
        else {
          const stats = await store.stats();
          process.stdout.write(`${summary.read} documents read in ${summary.seconds}s: ${summary.stored} stored, ${summary.duplicates} already stored${summary.stored === 0 && summary.read > 0 ? ' (nothing new)' : ''}, ${summary.failed} failed (${summary.quarantined} in quarantine).\n`);
          process.stdout.write(`${store.description}: ${count(stats.articles, 'article')}, ${count(stats.rawDocs, 'raw document')}, ${stats.quarantined} in quarantine.\n`);
          for (const a of await store.listArticles({ limit: 10 })) process.stdout.write(`  #${a.id}  ${a.published ?? '----------'}  ${(a.source ?? '-').padEnd(14)} ${a.title}\n`);
          const stories = await store.listStories({ limit: 10 });
          if (stories.length) process.stdout.write(`\nstories (${clustered ? clustered.mode === 'recluster' ? `${clustered.stories} found in ${clustered.seconds} s` : `${count(summary.articleIds.length, 'article')} placed, ${count(clustered.stories, 'new story', 'new stories')}, in ${clustered.seconds} s` : 'unchanged'}):\n`);
          for (const s of stories) process.stdout.write(`  #${s.id}  [${s.importance}] ${s.title} — ${count(s.articles.length, 'article')}\n`);
        }
        if (summary.failed > 0) process.exitCode = EXIT_PARTIAL;
      });
    });

  formatOption(program.command('search'))
    .description('Arabic-aware full-text search: words, "phrases", OR, -exclusion')
    .argument('<query...>', 'the query')
    .option('--limit <n>', 'results', '20')
    .option('--source <outlet>', 'only this outlet')
    .option('--from <date>', 'published on or after (YYYY[-MM[-DD]])')
    .option('--to <date>', 'published on or before')
    .option('--entity <name>', 'only articles mentioning this entity (any spelling)')
    .option('--sort <order>', 'relevance, recent or blend (relevance weighed by recency)', 'relevance')
    .action(async (words: string[], opts: { format: string; db?: string; limit: string; source?: string; from?: string; to?: string; entity?: string; sort: string }) => {
      checkFormat(opts.format);
      if (opts.from && !isDate(opts.from)) throw new UsageError(`--from must be a date YYYY[-MM[-DD]], not «${opts.from}»`);
      if (opts.to && !isDate(opts.to)) throw new UsageError(`--to must be a date YYYY[-MM[-DD]], not «${opts.to}»`);
      if (!['relevance', 'recent', 'blend'].includes(opts.sort)) throw new UsageError(`--sort must be relevance, recent or blend`);
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number`);
      const query = parseQuery(words.join(' '));
      await withStore(opts.db, async (store) => {
        let entityKey: string | undefined;
        if (opts.entity) {
          const entity = await resolveEntity(store, opts.entity);
          if (!entity) { process.stderr.write(`marsad search: no entity «${opts.entity}» in ${store.description}\n`); process.stdout.write(opts.format === 'json' ? '[]\n' : ''); return; }
          entityKey = entity.key;
        }
        const hits = await store.search(query, { limit, source: opts.source, from: opts.from, to: opts.to, sort: opts.sort as 'relevance', entityKey });
        if (opts.format === 'json') { process.stdout.write(JSON.stringify(hits, null, 1) + '\n'); return; }
        process.stdout.write(`query keys: ${describeQuery(query) || '(none)'} — ${hits.length} results\n`);
        for (const h of hits) process.stdout.write(`\n#${h.id}  ${h.title}\n    ${h.published ?? '-'}  ${h.source ?? '-'}  score ${h.score}\n    ${snippetText(h.snippet, '[', ']')}\n`);
      });
    });

  formatOption(program.command('quarantine'))
    .description('documents that could not be extracted, with their errors')
    .action(async (opts: { format: string; db?: string }) => {
      checkFormat(opts.format);
      await withStore(opts.db, async (store) => {
        const entries = await store.listQuarantine();
        if (opts.format === 'json') process.stdout.write(JSON.stringify(entries, null, 1) + '\n');
        else if (entries.length === 0) process.stdout.write('quarantine is empty\n');
        else for (const q of entries) process.stdout.write(`${q.origin}: ${q.error}  (sha256 ${q.rawSha256.slice(0, 12)}, ${q.at})\n`);
      });
    });

  formatOption(program.command('reprocess'))
    .description('re-derive every article from the stored raw documents with the current code (reads no input)')
    .action(async (opts: { format: string; db?: string }) => {
      checkFormat(opts.format);
      await withStore(opts.db, async (store) => {
        const result = await reprocess(store, { onProgress: (n) => { if (process.stderr.isTTY) process.stderr.write(`\rreprocessed ${n}`); } });
        if (process.stderr.isTTY) process.stderr.write('\n');
        process.stdout.write(opts.format === 'json' ? JSON.stringify(result) + '\n' : `reprocessed: ${count(result.articles, 'article')}, ${result.quarantined} in quarantine\n`);
      });
    });

  program.command('pipeline').description('list the stages of the pipeline').action(() => {
    for (const s of STAGES) process.stdout.write(`${s.name.padEnd(8)} ${s.does}\n`);
  });
}
