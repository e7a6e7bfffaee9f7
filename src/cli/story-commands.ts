import type { Command } from 'commander';
import { recluster } from '../pipeline.ts';
import { storyDetail, type StoredStory } from '../store/index.ts';
import { withStore } from './with-store.ts';
import type { TimelineEvent } from '../stories/timeline.ts';
import { entityTimeline, resolveEntity, storyTimeline } from '../read.ts';
import { checkFormat, EXIT_PARTIAL, UsageError } from './errors.ts';
import { count } from './count.ts';


function printTimeline(events: TimelineEvent[]): string {
  return events.map((e) => `  ${e.value.padEnd(22)} ${e.sentence.length > 150 ? e.sentence.slice(0, 150) + '…' : e.sentence}\n  ${''.padEnd(22)} «${e.text}» — #${e.articleId} ${e.source ?? ''}`).join('\n');
}

export function registerStoryCommands(program: Command): void {
  program.command('stories')
    .description('stories, most important first')
    .option('--limit <n>', 'how many', '20')
    .option('--format <format>', 'json or text', 'text')
    .option('--db <path>', 'the store')
    .action(async (opts: { limit: string; format: string; db?: string }) => {
      checkFormat(opts.format);
      await withStore(opts.db, async (store) => {
        const stories = await store.listStories({ limit: Number(opts.limit) });
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(stories.map((s) => ({ id: s.id, title: s.title, importance: s.importance, first: s.first, last: s.last, reasons: storyDetail(s).reasons, articles: s.articles.map(({ id, title, source, published, url, file, duplicateOf }) => ({ id, title, source, published, url, file, duplicate_of: duplicateOf })) })), null, 1) + '\n');
          return;
        }
        for (const s of stories) process.stdout.write(`#${s.id}  [${s.importance}] ${s.title}\n     ${storyDetail(s).reasons ?? ''} — ${s.first ?? '?'} → ${s.last ?? '?'}\n`);
      });
    });

  program.command('story')
    .description('one story: summary, timeline, sources, entities')
    .argument('<id>', 'story id')
    .option('--format <format>', 'json or text', 'text')
    .option('--db <path>', 'the store')
    .action(async (idText: string, opts: { format: string; db?: string }) => {
      checkFormat(opts.format);
      const id = Number(idText);
      if (!Number.isInteger(id)) throw new UsageError(`story ID must be a number, not «${idText}»`);
      await withStore(opts.db, async (store) => {
        const story = await store.getStory(id);
        if (!story) { process.stderr.write(`marsad story: no story #${id}\n`); process.exitCode = EXIT_PARTIAL; return; }
        const events = await storyTimeline(store, story);
        if (opts.format === 'json') { process.stdout.write(JSON.stringify({ ...story, timeline: events }, null, 1) + '\n'); return; }
        process.stdout.write(storyText(story, events));
      });
    });

  program.command('timeline')
    .description('dated events of a story or of an entity')
    .option('--story <id>', 'a story id')
    .option('--entity <name>', 'an entity, in any spelling')
    .option('--format <format>', 'json or text', 'text')
    .option('--db <path>', 'the store')
    .action(async (opts: { story?: string; entity?: string; format: string; db?: string }) => {
      checkFormat(opts.format);
      if (!opts.story === !opts.entity) throw new UsageError('give one of --story ID or --entity NAME');
      await withStore(opts.db, async (store) => {
        let events: TimelineEvent[] = [];
        if (opts.story) {
          const story = await store.getStory(Number(opts.story));
          if (!story) { process.stderr.write(`marsad timeline: no story #${opts.story}\n`); process.exitCode = EXIT_PARTIAL; return; }
          events = await storyTimeline(store, story);
        } else {
          const entity = await resolveEntity(store, opts.entity!);
          if (!entity) { process.stderr.write(`marsad timeline: no entity «${opts.entity}»\n`); process.exitCode = EXIT_PARTIAL; return; }
          const detail = (await store.getEntity(entity.id))!;
          events = await entityTimeline(store, detail);
        }
        process.stdout.write(opts.format === 'json' ? JSON.stringify(events, null, 1) + '\n' : printTimeline(events) + '\n');
      });
    });

  program.command('recluster')
    .description('recompute every story from the stored articles')
    .option('--format <format>', 'json or text', 'text')
    .option('--db <path>', 'the store')
    .action(async (opts: { format: string; db?: string }) => {
      checkFormat(opts.format);
      await withStore(opts.db, async (store) => {
        const r = await store.withStoryLock(() => recluster(store));
        process.stdout.write(opts.format === 'json' ? JSON.stringify(r) + '\n' : `${count(r.articles, 'article')} in ${count(r.stories, 'story', 'stories')} (${count(r.duplicates, 'near-duplicate copy', 'near-duplicate copies')}) in ${r.seconds} s\n`);
      });
    });
}

/** A story as readable text. */
export function storyText(story: StoredStory, events: TimelineEvent[]): string {
  const d = storyDetail(story);
  const lines = [`# ${story.title}`, `الأهمية ${story.importance}/100 — ${d.reasons ?? ''}`, `${story.first ?? '?'} → ${story.last ?? '?'}`, '', 'الملخص:'];
  for (const s of d.summary ?? []) lines.push(`  • ${s.sentence} (#${s.articleId})`);
  lines.push('', 'الخط الزمني:', printTimeline(events), '', 'المصادر:');
  for (const o of d.outlets ?? []) lines.push(`  ${o.source}: ${o.articles}`);
  lines.push('', 'الكيانات:', '  ' + (d.entities ?? []).map((e) => `${e.name} (${e.articles})`).join(' · '), '', 'المقالات:');
  for (const a of story.articles) lines.push(`  #${a.id} ${a.published ?? '----------'} ${a.source ?? '-'} — ${a.title}${a.duplicateOf ? ` (نسخة من #${a.duplicateOf})` : ''}`);
  return lines.join('\n') + '\n';
}
