/**
 * The types every stage shares. An Article flows through the pipeline (acquire -> extract -> enrich -> dedup ->
 * stories -> store); each stage adds to it and none overwrites the original text.
 */

/** A raw input as acquired, before any extraction: the bytes are what is stored, content-addressed. */
export interface RawDoc {
  /** Where it came from: a path as given, or a URL, or `path#line` for a JSON Lines record. */
  origin: string;
  bytes: Uint8Array;
  /** `text/plain`, `text/html` or `application/json` (a JSON Lines record). */
  mediaType: string;
  /** Metadata that came with the document (JSON Lines fields); extraction prefers the page's own. */
  hints?: DocHints;
}

export interface DocHints {
  url?: string | null;
  title?: string | null;
  source?: string | null;
  published?: string | null;
  author?: string | null;
}

export type BlockRole =
  | 'title' | 'body' | 'subheading' | 'metadata' | 'tags' | 'embed' | 'related' | 'related-header' | 'chrome' | 'empty';

/** A piece of a page: a line (or part of a glued line) of text, or an HTML block element. */
export interface Block {
  text: string;
  /** Offset of the block in the decoded page text (plain text input); -1 for HTML blocks. */
  start: number;
  /** Index of the source line (plain text) or element order (HTML). */
  line: number;
  role: BlockRole;
  /** Why the block got its role, for `--explain` and people tuning the extractor. */
  reason: string;
  /** HTML context: the tag and the landmark ancestors (nav, aside, footer …) and class hints. */
  tag?: string;
  context?: string[];
}

export interface BodyBlock {
  type: 'p' | 'h';
  text: string;
}

export interface Embed {
  platform: string | null;
  text: string;
  author: string | null;
  handle: string | null;
  date: string | null;
  url: string | null;
}

export interface RelatedItem {
  title: string;
  body: string[];
  source: string | null;
  published: string | null;
  age?: string | null;
  category?: string | null;
  aggregator_scores?: AggregatorScores | null;
  url?: string | null;
}

export interface AggregatorScores {
  health?: number;
  importance?: number;
}

export interface TimeExpression {
  text: string;
  start: number;
  end: number;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-SU`, `A/B` ranges, `XXXX-MM-DD` when the year is unknown. */
  value: string;
}

export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface EntityRef {
  name: string;
  type: 'PER' | 'LOC' | 'ORG';
  wikidata: string | null;
  mentions: Mention[];
}

export interface Quote {
  speaker: string | null;
  text: string;
  start: number;
  end: number;
}

/** A non-fatal problem found on the way, with the stage that found it (`extract:glued-headline`). */
export interface Message {
  origin: string;
  text: string;
}

/** The Article object of CLI.md. */
export interface Article {
  file: string;
  url: string | null;
  title: string;
  published: string | null;
  source: string | null;
  source_country?: string | null;
  category: string | null;
  tags: string[];
  body: BodyBlock[];
  embeds: Embed[];
  related: RelatedItem[];
  aggregator_scores?: AggregatorScores | null;
  lang: string;
  temporal: TimeExpression[];
  entities: EntityRef[];
  quotes: Quote[];
  messages: Message[];
}
