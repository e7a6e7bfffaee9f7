/**
 * Versioned schema of the PostgreSQL store, the same model as the SQLite one (src/store/sqlite/migrations.ts).
 * MIGRATIONS[n] takes a store from version n to n+1 (table marsad_meta); a released migration is never edited.
 * Text columns compare byte-wise (COLLATE "C"), as SQLite does, so that both engines sort and filter alike.
 * Search: a tsvector built by Marsad from its own search keys (not PostgreSQL's `arabic` configuration, which
 * over-strips و/ب and does not fold Persian letters), with a GIN index.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE raw_docs (
    id BIGSERIAL PRIMARY KEY,
    sha256 TEXT COLLATE "C" NOT NULL UNIQUE,
    bytes BYTEA NOT NULL,
    compression TEXT NOT NULL DEFAULT 'none',
    origin TEXT COLLATE "C" NOT NULL,
    media_type TEXT NOT NULL,
    hints TEXT,
    acquired_at TEXT NOT NULL
  );
  CREATE TABLE articles (
    id BIGSERIAL PRIMARY KEY,
    raw_id BIGINT NOT NULL UNIQUE REFERENCES raw_docs(id) ON DELETE CASCADE,
    file TEXT COLLATE "C" NOT NULL,
    url TEXT,
    title TEXT COLLATE "C" NOT NULL,
    published TEXT COLLATE "C",
    source TEXT COLLATE "C",
    source_key TEXT COLLATE "C",
    lang TEXT,
    article_json TEXT NOT NULL,
    norm_hash TEXT,
    extracted_at TEXT NOT NULL,
    search TSVECTOR NOT NULL
  );
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_source ON articles(source_key, published);
  CREATE INDEX articles_norm_hash ON articles(norm_hash);
  CREATE INDEX articles_search ON articles USING GIN (search);
  CREATE TABLE quarantine (
    id BIGSERIAL PRIMARY KEY,
    raw_id BIGINT NOT NULL UNIQUE REFERENCES raw_docs(id) ON DELETE CASCADE,
    origin TEXT COLLATE "C" NOT NULL,
    error TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE entities (
    id BIGSERIAL PRIMARY KEY,
    key TEXT COLLATE "C" NOT NULL UNIQUE,
    name TEXT COLLATE "C" NOT NULL,
    folded TEXT COLLATE "C" NOT NULL,
    type TEXT NOT NULL,
    wikidata TEXT
  );
  CREATE INDEX entities_folded ON entities(folded);
  CREATE TABLE mentions (
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    text TEXT COLLATE "C" NOT NULL,
    folded TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, start)
  );
  CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
  CREATE INDEX mentions_folded ON mentions(folded);
  `,
  `
  CREATE TABLE stories (
    id BIGSERIAL PRIMARY KEY,
    title TEXT COLLATE "C" NOT NULL,
    importance INTEGER NOT NULL,
    first TEXT COLLATE "C",
    last TEXT COLLATE "C",
    story_json TEXT NOT NULL
  );
  CREATE TABLE story_articles (
    story_id BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    duplicate_of BIGINT REFERENCES articles(id),
    PRIMARY KEY (article_id)
  );
  CREATE INDEX story_articles_story ON story_articles(story_id);
  `,
  `
  CREATE INDEX stories_rank ON stories(importance DESC, last DESC NULLS LAST);
  CREATE INDEX stories_last ON stories(last);
  `,
];
