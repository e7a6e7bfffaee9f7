import type { Command } from 'commander';
import { normalize, searchKeys } from '../text/index.ts';

export function registerNormalize(program: Command): void {
  program
    .command('normalize')
    .description('print the normalized form of each TEXT, one line each (--stem: its search keys, one per word)')
    .argument('<text...>', 'texts to normalize')
    .option('--stem', 'print space-separated search keys instead')
    .action((texts: string[], opts: { stem?: boolean }) => {
      for (const text of texts) process.stdout.write((opts.stem ? searchKeys(text).join(' ') : normalize(text)) + '\n');
    });
}
