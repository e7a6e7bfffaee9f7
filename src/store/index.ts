/**
 * Opening a store from `--db`, `$MARSAD_DB` or `./marsad.db` (CLI.md): a postgres:// URL selects PostgreSQL,
 * anything else is a SQLite file.
 */
import { openSqliteStore, type SqliteOptions } from './sqlite/index.ts';
import type { Store } from './types.ts';

export * from './types.ts';
export { parseQuery, describeQuery, snippet, snippetText, escapeHtml } from './query.ts';

export const DEFAULT_DB = './marsad.db';

export function resolveDb(flag?: string): string {
  return flag ?? process.env.MARSAD_DB ?? DEFAULT_DB;
}

export async function openStore(location: string, options: SqliteOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) return (await import('./postgres/index.ts')).openPostgresStore(location);
  return openSqliteStore(location.replace(/^sqlite:(\/\/)?/, ''), options);
}

export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);
