/** A wrong use of the command line: exit status 2 (CLI.md). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Some inputs failed but the rest were processed: exit status 1 (CLI.md). */
export const EXIT_PARTIAL = 1;
export const EXIT_USAGE = 2;

/** --format takes json or text. */
export function checkFormat(format: string): void {
  if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be json or text, not «${format}»`);
}
