import type { Command } from 'commander';
import { indexedItem } from '../pipeline.ts';
import { copyArchive } from '../store/copy.ts';
import { openStore, resolveDb } from '../store/index.ts';
import { withStore } from './with-store.ts';
import { checkFormat, UsageError } from './errors.ts';
import { count } from './count.ts';

export function registerAdminCommands(program: Command): void {
  program.command('migrate')
    .description('bring a store to this version\'s schema (opening a store does it too); prints its version')
    .option('--db <path>', 'the store: a SQLite file or a postgres:// URL (default $MARSAD_DB or ./marsad.db)')
    .option('--format <format>', 'json or text', 'text')
    .action(async (opts: { db?: string; format: string }) => {
      checkFormat(opts.format);
      await withStore(opts.db, async (store) => {
        const stats = await store.stats();
        const problems = await store.check();
        if (opts.format === 'json') process.stdout.write(JSON.stringify({ store: store.description, ...stats, problems }) + '\n');
        else process.stdout.write(`${store.description}: schema ${stats.schemaVersion}, ${count(stats.articles, 'article')}, ${count(stats.rawDocs, 'raw document')}${problems.length ? `\nproblems:\n  ${problems.join('\n  ')}` : ', consistent'}\n`);
        if (problems.length) process.exitCode = 1;
      });
    });

  program.command('copy')
    .description('copy an archive into an empty one on another engine (SQLite <-> PostgreSQL), verified by counts and checksums')
    .requiredOption('--from <store>', 'the archive to copy: a SQLite file or a postgres:// URL')
    .requiredOption('--to <store>', 'an empty archive to copy into')
    .option('--format <format>', 'json or text', 'text')
    .action(async (opts: { from: string; to: string; format: string }) => {
      checkFormat(opts.format);
      if (resolveDb(opts.from) === resolveDb(opts.to)) throw new UsageError('--from and --to are the same archive');
      const from = await openStore(opts.from);
      try {
        const to = await openStore(opts.to);
        try {
          const started = performance.now();
          let result;
          try {
            result = await copyArchive(from, to, indexedItem, (n) => { if (process.stderr.isTTY) process.stderr.write(`\rcopy: ${n} documents`); });
          } catch (e) {
            throw new UsageError(`marsad copy: ${(e as Error).message}`);
          }
          if (process.stderr.isTTY) process.stderr.write('\n');
          const { source, target } = result;
          const same = JSON.stringify(source) === JSON.stringify(target);
          const seconds = Math.round((performance.now() - started) / 100) / 10;
          if (opts.format === 'json') process.stdout.write(JSON.stringify({ verified: same, seconds, source, target }) + '\n');
          else {
            process.stdout.write(`${from.description} -> ${to.description} in ${seconds} s\n`);
            process.stdout.write(`  raw documents ${source.rawDocs} -> ${target.rawDocs}, articles ${source.articles} -> ${target.articles}, quarantined ${source.quarantined} -> ${target.quarantined}, stories ${source.stories} -> ${target.stories}\n`);
            process.stdout.write(`  articles checksum ${source.articlesDigest.slice(0, 16)} ${source.articlesDigest === target.articlesDigest ? '=' : '≠'} ${target.articlesDigest.slice(0, 16)}; stories ${source.storiesDigest.slice(0, 16)} ${source.storiesDigest === target.storiesDigest ? '=' : '≠'} ${target.storiesDigest.slice(0, 16)}\n`);
            process.stdout.write(same ? '  verified: the copy holds the same archive\n' : '  NOT verified: the copy differs\n');
          }
          if (!same) process.exitCode = 1;
        } finally {
          await to.close();
        }
      } finally {
        await from.close();
      }
    });
}
