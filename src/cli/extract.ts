import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { ExtractError } from '../extract/index.ts';
import { createAnalyzer } from '../pipeline.ts';
import { DEFAULT_MAX_BYTES } from '../extract/decode.ts';
import type { Article } from '../model.ts';
import { checkFormat, EXIT_PARTIAL, UsageError } from './errors.ts';

interface ExtractOptions {
  format: string;
  ref?: string;
  enrich: boolean;
  explain?: boolean;
  maxBytes: string;
}

export function mediaTypeOf(path: string): string {
  return /\.x?html?$/i.test(path) ? 'text/html' : /\.txt$/i.test(path) ? 'text/plain' : 'application/octet-stream';
}

function printText(a: Article): string {
  const lines = [`# ${a.title}`, `published: ${a.published ?? '-'}   source: ${a.source ?? '-'}   category: ${a.category ?? '-'}`];
  if (a.tags.length) lines.push(`tags: ${a.tags.join(' · ')}`);
  lines.push('');
  for (const b of a.body) lines.push(b.type === 'h' ? `## ${b.text}` : b.text, '');
  for (const e of a.embeds) lines.push(`[${e.platform ?? 'embed'}] ${e.author ?? ''} ${e.handle ?? ''} ${e.date ?? ''}`.trim());
  for (const r of a.related) lines.push(`[related] ${r.title}${r.source ? ` — ${r.source}` : ''}`);
  return lines.join('\n') + '\n';
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract articles from pages (.txt, .html), touching no store')
    .argument('<file...>', 'pages to extract')
    .option('--format <format>', 'json or text', 'text')
    .option('--explain', 'show every block with its role and the reason')
    .option('--max-bytes <n>', 'refuse pages larger than this', String(DEFAULT_MAX_BYTES))
    .option('--ref <date>', 'reference date (YYYY-MM-DD) for time expressions of pages that state no publication date')
    .option('--no-enrich', 'extraction only: no time expressions, entities or quotes')
    .action((files: string[], opts: ExtractOptions) => {
      checkFormat(opts.format);
      const maxBytes = Number(opts.maxBytes);
      if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive number, not «${opts.maxBytes}»`);
      if (opts.ref && !/^\d{4}-\d{2}-\d{2}/.test(opts.ref)) throw new UsageError(`--ref must be a date YYYY-MM-DD, not «${opts.ref}»`);
      const analyzer = createAnalyzer({ maxBytes, ref: opts.ref, disable: opts.enrich ? [] : ['enrich'] });
      const articles: Article[] = [];
      let failed = 0;
      for (const file of files) {
        try {
          const stat = statSync(file);
          if (stat.isDirectory()) throw new ExtractError('is a directory, not a page (marsad ingest reads folders)');
          const size = stat.size;
          if (size > maxBytes) throw new ExtractError(`larger than the size limit (${size} bytes > ${maxBytes}; raise it with --max-bytes)`);
          const bytes = readFileSync(file);
          const { article, blocks } = analyzer.analyzeDetailed({ origin: file, bytes, mediaType: mediaTypeOf(file) });
          articles.push(article);
          if (opts.explain) {
            process.stderr.write(`== ${file}\n`);
            for (const b of blocks) if (b.role !== 'empty') process.stderr.write(`${String(b.line + 1).padStart(4)} ${b.role.padEnd(14)} ${b.zone.padEnd(12)} ${b.text.slice(0, 60).replace(/\s+/g, ' ')}  ← ${b.reason}\n`);
          }
        } catch (e) {
          failed++;
          const reason = e instanceof ExtractError ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory, not a page' : (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message;
          process.stderr.write(`marsad extract: ${file}: ${reason}\n`);
        }
      }
      if (opts.format === 'json') process.stdout.write(JSON.stringify(articles, null, 1) + '\n');
      else for (const a of articles) process.stdout.write(printText(a) + '\n');
      if (failed) process.exitCode = EXIT_PARTIAL;
    });
}
