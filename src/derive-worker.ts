/**
 * Worker thread of the ingest pipeline: derives articles (extraction and search keys) from raw documents while
 * the main thread writes the previous batch to the store. Pure computation, no store access.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, derive } from './pipeline.ts';
import type { RawRecord } from './store/types.ts';

const data = (workerData ?? {}) as { maxBytes?: number; skip?: string[] };
const analyzer = createAnalyzer({ maxBytes: data.maxBytes, disable: data.skip });
parentPort!.on('message', (msg: { id: number; raws: RawRecord[] }) => {
  const results = msg.raws.map((raw) => derive(raw, analyzer.analyze).result);
  parentPort!.postMessage({ id: msg.id, results });
});
