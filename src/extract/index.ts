/**
 * The extraction stage: RawDoc -> Article. Reads the bytes of a page (plain text or HTML), adds title, body,
 * metadata, embeds and related items. Pure: no I/O, so it runs alone in tests, benchmarks and worker threads.
 */
import type { Article, RawDoc } from '../model.ts';
import { assemble } from './assemble.ts';
import { classifyBlocks, type ClassifiedBlock } from './classify.ts';
import { decode, DEFAULT_MAX_BYTES, ExtractError } from './decode.ts';
import { htmlToBlocks, looksLikeHtml } from './html.ts';
import { articleFromContent, recordHints, recordPage, type JsonRecord } from './record.ts';
import { segmentText } from './segment.ts';

export { ExtractError } from './decode.ts';
export type { ClassifiedBlock } from './classify.ts';

export interface ExtractorOptions {
  /** Pages larger than this are refused (default 20 MB). */
  maxBytes?: number;
}

export interface Extraction {
  article: Article;
  blocks: ClassifiedBlock[];
  encoding: string;
}

/**
 * Creates the extractor.
 * @example const extract = createExtractor(); extract({origin: 'a.txt', bytes, mediaType: 'text/plain'}).title
 */
export function createExtractor(options: ExtractorOptions = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  /** Extracts with the classified blocks, for --explain and tuning. */
  function extractDetailed(raw: RawDoc): Extraction {
    if (raw.mediaType === 'application/json') return extractRecord(raw);
    const { text, encoding } = decode(raw.bytes, maxBytes);
    const html = raw.mediaType === 'text/html' || (raw.mediaType !== 'text/plain' && looksLikeHtml(text));
    if (html) {
      const page = htmlToBlocks(text);
      const blocks = classifyBlocks(page.blocks, { hasTitle: Boolean(page.meta.title) });
      const article = assemble(blocks, page.meta, raw.origin, raw.hints);
      return { article, blocks, encoding };
    }
    const blocks = classifyBlocks(segmentText(text.replace(/^\ufeff/, '')));
    const article = assemble(blocks, {}, raw.origin, raw.hints);
    if (article.title === '' && article.body.length === 0) throw new ExtractError('no article text found in the page');
    return { article, blocks, encoding };
  }

  /** A JSON Lines record: its page through page extraction, or its exported content as the body. */
  function extractRecord(raw: RawDoc): Extraction {
    const { text } = decode(raw.bytes, maxBytes);
    let record: JsonRecord;
    try {
      record = JSON.parse(text) as JsonRecord;
    } catch (e) {
      throw new ExtractError(`malformed JSON (${(e as Error).message})`);
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new ExtractError('not a JSON object');
    const page = recordPage(record);
    if (page) {
      return extractDetailed({ origin: raw.origin, bytes: new TextEncoder().encode(page.text), mediaType: page.mediaType, hints: { ...recordHints(record), ...raw.hints } });
    }
    return { article: articleFromContent(record, raw.origin), blocks: [], encoding: 'utf-8' };
  }

  return {
    extractDetailed,
    /** RawDoc -> Article; throws ExtractError for pages that cannot be read. */
    extract(raw: RawDoc): Article {
      return extractDetailed(raw).article;
    },
  };
}
