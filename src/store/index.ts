/**
 * Opening a store from `--db`, `$MARSAD_DB` or `./marsad.db` (CLI.md). A postgres:// URL selects PostgreSQL once
 * that engine exists.
 */
import { openSqliteStore, type SqliteOptions } from './sqlite/index.ts';
import { StoreError, type Store } from './types.ts';

export * from './types.ts';
export { parseQuery, describeQuery, snippet, snippetText, escapeHtml } from './query.ts';

export const DEFAULT_DB = './marsad.db';

export function resolveDb(flag?: string): string {
  return flag ?? process.env.MARSAD_DB ?? DEFAULT_DB;
}

export async function openStore(location: string, options: SqliteOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) throw new StoreError(`PostgreSQL (${location.replace(/:[^:@/]*@/, ':***@')}) is not supported by this version of Marsad yet; use a SQLite path`);
  return openSqliteStore(location.replace(/^sqlite:(\/\/)?/, ''), options);
}
