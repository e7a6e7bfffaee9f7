/**
 * Versioned schema of the SQLite store. MIGRATIONS[n] takes a store from version n to n+1 (PRAGMA user_version);
 * a migration, once released, is never edited: a change is a new entry.
 */

/** PRAGMA application_id of a Marsad store ('MRSD'), so that another program's database is never taken for one. */
export const APPLICATION_ID = 0x4d525344;

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE raw_docs (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    bytes BLOB NOT NULL,
    compression TEXT NOT NULL DEFAULT 'none',
    origin TEXT NOT NULL,
    media_type TEXT NOT NULL,
    hints TEXT,
    acquired_at TEXT NOT NULL
  );
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    raw_id INTEGER NOT NULL UNIQUE REFERENCES raw_docs(id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    url TEXT,
    title TEXT NOT NULL,
    published TEXT,
    source TEXT,
    source_key TEXT,
    lang TEXT,
    article_json TEXT NOT NULL,
    norm_hash TEXT,
    extracted_at TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_source ON articles(source_key, published);
  CREATE INDEX articles_norm_hash ON articles(norm_hash);
  CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY,
    raw_id INTEGER NOT NULL UNIQUE REFERENCES raw_docs(id) ON DELETE CASCADE,
    origin TEXT NOT NULL,
    error TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0");
  `,
  `
  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    type TEXT NOT NULL,
    wikidata TEXT
  );
  CREATE INDEX entities_folded ON entities(folded);
  CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    folded TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (article_id, start)
  ) WITHOUT ROWID;
  CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
  CREATE INDEX mentions_folded ON mentions(folded);
  `,
  `
  CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    importance INTEGER NOT NULL,
    first TEXT,
    last TEXT,
    story_json TEXT NOT NULL
  );
  CREATE TABLE story_articles (
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    duplicate_of INTEGER REFERENCES articles(id),
    PRIMARY KEY (article_id)
  );
  CREATE INDEX story_articles_story ON story_articles(story_id);
  `,
  `
  CREATE INDEX stories_rank ON stories(importance DESC, last DESC);
  CREATE INDEX stories_last ON stories(last);
  `,
];
