import { Command, CommanderError } from 'commander';
import { StoreError } from '../store/types.ts';
import { EXIT_USAGE, UsageError } from './errors.ts';
import { registerEnrichCommands } from './enrich-commands.ts';
import { registerExtract } from './extract.ts';
import { registerNormalize } from './normalize.ts';
import { registerStoreCommands } from './store-commands.ts';
import { registerStoryCommands } from './story-commands.ts';
import { registerServe } from './serve.ts';
import { registerAdminCommands } from './admin-commands.ts';

// Output piped into a reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

const program = new Command();
program
  .name('marsad')
  .description('Marsad (مرصد): clean articles, stories, entities and timelines from Arabic news pages')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError();

registerExtract(program);
registerEnrichCommands(program);
registerNormalize(program);
registerStoreCommands(program);
registerStoryCommands(program);
registerServe(program);
registerAdminCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // --help and --version end through here too, with exit code 0.
    process.exitCode = e.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (e instanceof StoreError) {
    process.stderr.write(`marsad: ${e.message}\n`);
    process.exitCode = 1;
  } else if (e instanceof UsageError) {
    process.stderr.write(`marsad: ${e.message}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    process.stderr.write(`marsad: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  }
}
