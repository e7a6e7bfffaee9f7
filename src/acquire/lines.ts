/**
 * Lines of a (possibly gzipped) file, read with backpressure: the next chunk is read only when the caller asks
 * for the next line. (readline's async iterator kept reading ahead while ingest was busy, and held every line of
 * a file in memory: RSS grew with the input.)
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

export async function* readLines(path: string): AsyncGenerator<string> {
  const input = createReadStream(path, { highWaterMark: 256 * 1024 });
  const stream = path.toLowerCase().endsWith('.gz') ? input.pipe(createGunzip()) : input;
  input.on('error', (e) => stream.destroy(e));
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of stream) {
    carry += decoder.write(chunk as Buffer);
    let nl = carry.indexOf('\n');
    let from = 0;
    while (nl >= 0) {
      yield carry.slice(from, nl).replace(/\r$/, '');
      from = nl + 1;
      nl = carry.indexOf('\n', from);
    }
    carry = carry.slice(from);
  }
  carry += decoder.end();
  if (carry !== '') yield carry.replace(/\r$/, '');
}
