import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createEntityRecognizer, findQuotes, findTimeExpressions, parseReference, reconcile } from '../enrich/index.ts';
import { withStore } from './with-store.ts';
import { entityTimeline, resolveEntity } from '../read.ts';
import { checkFormat, EXIT_PARTIAL, UsageError } from './errors.ts';
import { count } from './count.ts';

const DATE = /^\d{4}-\d{2}-\d{2}/;

export function registerEnrichCommands(program: Command): void {
  program.command('dates')
    .description('find the time expressions in TEXT and resolve them against --ref')
    .argument('[text...]', 'the text')
    .option('--ref <date>', 'reference date, YYYY-MM-DD (default: none, values stay partial)')
    .option('--batch <file>', 'JSON Lines of {text, ref}: one JSON line {results} per input line')
    .option('--format <format>', 'json or text', 'text')
    .action((words: string[], opts: { ref?: string; batch?: string; format: string }) => {
      checkFormat(opts.format);
      if (opts.ref && !DATE.test(opts.ref)) throw new UsageError(`--ref must be a date YYYY-MM-DD, not «${opts.ref}»`);
      if (opts.batch) {
        let failed = 0;
        const lines = readFileSync(opts.batch, 'utf8').split('\n');
        lines.forEach((line, i) => {
          if (line.trim() === '') return;
          try {
            const { text, ref } = JSON.parse(line) as { text?: unknown; ref?: unknown };
            if (typeof text !== 'string') throw new Error('no "text" string');
            const results = findTimeExpressions(text, parseReference(typeof ref === 'string' ? ref : opts.ref));
            process.stdout.write(JSON.stringify({ results }) + '\n');
          } catch (e) {
            failed++;
            process.stderr.write(`marsad dates: ${opts.batch}#${i + 1}: ${(e as Error).message}\n`);
            process.stdout.write(JSON.stringify({ results: [], error: (e as Error).message }) + '\n');
          }
        });
        if (failed) process.exitCode = EXIT_PARTIAL;
        return;
      }
      if (words.length === 0) throw new UsageError('give a TEXT or --batch FILE');
      const results = findTimeExpressions(words.join(' '), parseReference(opts.ref));
      if (opts.format === 'json') process.stdout.write(JSON.stringify(results) + '\n');
      else for (const r of results) process.stdout.write(`${r.value.padEnd(24)} ${r.text}  [${r.start}-${r.end}]\n`);
    });

  program.command('annotate')
    .description('entities, time expressions and quotes of a plain text (a file, or - for standard input)')
    .argument('<file>', 'a text file, or -')
    .option('--ref <date>', 'reference date for time expressions, YYYY-MM-DD')
    .option('--format <format>', 'json or text', 'text')
    .action((file: string, opts: { ref?: string; format: string }) => {
      checkFormat(opts.format);
      if (opts.ref && !DATE.test(opts.ref)) throw new UsageError(`--ref must be a date YYYY-MM-DD, not «${opts.ref}»`);
      let text: string;
      try {
        text = readFileSync(file === '-' ? 0 : file, 'utf8');
      } catch (e) {
        throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      }
      const { temporal, entities } = reconcile(text, findTimeExpressions(text, parseReference(opts.ref)), createEntityRecognizer().recognize(text));
      const quotes = findQuotes(text, entities);
      if (opts.format === 'json') { process.stdout.write(JSON.stringify({ entities, temporal, quotes }) + '\n'); return; }
      for (const e of entities) process.stdout.write(`${e.type}  ${e.name}${e.wikidata ? ` (${e.wikidata})` : ''}: ${[...new Set(e.mentions.map((m) => m.text))].join(' · ')}\n`);
      for (const t of temporal) process.stdout.write(`DATE ${t.value}  ${t.text}\n`);
      for (const q of quotes) process.stdout.write(`QUOTE ${q.speaker ?? '?'}: «${q.text}»\n`);
    });

  program.command('entities')
    .description('entities with mention counts, most covered first')
    .option('--limit <n>', 'how many', '50')
    .option('--type <type>', 'PER, LOC or ORG')
    .option('--format <format>', 'json or text', 'text')
    .option('--db <path>', 'the store')
    .action(async (opts: { limit: string; type?: string; format: string; db?: string }) => {
      checkFormat(opts.format);
      if (opts.type && !['PER', 'LOC', 'ORG'].includes(opts.type)) throw new UsageError('--type must be PER, LOC or ORG');
      await withStore(opts.db, async (store) => {
        const list = await store.listEntities({ limit: Number(opts.limit), type: opts.type });
        if (opts.format === 'json') process.stdout.write(JSON.stringify(list, null, 1) + '\n');
        else for (const e of list) process.stdout.write(`#${String(e.id).padEnd(5)} ${e.type}  ${e.name}  — ${count(e.articles, 'article')}, ${count(e.mentions, 'mention')}${e.wikidata ? `  ${e.wikidata}` : ''}\n`);
      });
    });

  program.command('entity')
    .description('one entity: spellings, articles, co-occurring entities and its timeline')
    .argument('<name...>', 'the entity, in any spelling')
    .option('--format <format>', 'json or text', 'text')
    .option('--db <path>', 'the store')
    .action(async (words: string[], opts: { format: string; db?: string }) => {
      checkFormat(opts.format);
      await withStore(opts.db, async (store) => {
        const found = await resolveEntity(store, words.join(' '));
        if (!found) { process.stderr.write(`marsad entity: no entity «${words.join(' ')}» in ${store.description}\n`); process.exitCode = EXIT_PARTIAL; return; }
        const detail = (await store.getEntity(found.id))!;
        const events = await entityTimeline(store, detail);
        if (opts.format === 'json') { process.stdout.write(JSON.stringify({ ...detail, timeline: events }, null, 1) + '\n'); return; }
        process.stdout.write(`${detail.name} (${detail.type}${detail.wikidata ? `, ${detail.wikidata}` : ''}) — ${detail.articles} articles, ${detail.mentions} mentions\n`);
        process.stdout.write(`spellings: ${detail.spellings.map((s) => `${s.text} (${s.count})`).join(' · ')}\n`);
        process.stdout.write(`with: ${detail.cooccurring.slice(0, 10).map((c) => `${c.name} (${c.articles})`).join(' · ')}\n\ntimeline:\n`);
        for (const e of events) process.stdout.write(`  ${e.value.padEnd(22)} ${e.sentence.slice(0, 140)}  — #${e.articleId} ${e.source ?? ''}\n`);
        process.stdout.write('\narticles:\n');
        for (const a of detail.articleRefs.slice(0, 20)) process.stdout.write(`  #${a.id} ${a.published ?? '----------'} ${a.title}\n`);
      });
    });
}

