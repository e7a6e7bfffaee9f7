/**
 * The data files of data/ (lexicons, gazetteer, model), read once when a module that needs one loads.
 * Read with JSON.parse rather than imported as modules: the import path through the TypeScript loader took twice
 * the memory (118 MB against 53 MB for the tagger's model and name lexicon), in every worker thread.
 */
import { readFileSync } from 'node:fs';

const DATA_DIR = new URL('../data/', import.meta.url);

/** Parses data/NAME.json. Throws with the file's path when it is missing or broken. */
export function loadData<T>(name: string): T {
  const url = new URL(`${name}.json`, DATA_DIR);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (e) {
    throw new Error(`cannot load the data file ${url.pathname}: ${(e as Error).message}`);
  }
}
