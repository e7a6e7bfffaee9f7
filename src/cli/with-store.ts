import { openStore, resolveDb, type Store } from '../store/index.ts';

/** Opens the store of `--db` (else $MARSAD_DB, else ./marsad.db), runs `fn`, and always closes it. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(resolveDb(db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
