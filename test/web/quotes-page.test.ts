/**
 * An entity's page lists his own words under «أقواله», not the words of one who speaks for or of him.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createServer } from '../../src/server.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { ingest } from '../../src/pipeline.ts';

let store: Store;
let app: ReturnType<typeof createServer>;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-quotes-'));
  writeFileSync(join(dir, 'putin.txt'), 'بوتين يتحدث عن العلاقات مع الغرب\n\nقال الرئيس الروسي فلاديمير بوتين في موسكو أمس: «سنواصل العمل مع شركائنا في كل مكان دون استثناء».\n\nوقال المتحدث باسم الرئيس فلاديمير بوتين: «لا نعرف شيئا عن هذا الاجتماع المزعوم في جنيف».\n');
  store = await openStore(join(dir, 'q.db'));
  await ingest([join(dir, 'putin.txt')], store, { workers: 0 });
  app = createServer(store, { token: 't' });
});
after(async () => { await store.close(); });

test('«أقواله» holds the entity\'s own quotes, not his spokesman\'s', async () => {
  const putin = (await store.listEntities({ limit: 20, type: 'PER' })).find((e) => e.name.includes('بوتين'));
  assert.ok(putin, 'Putin is an entity');
  const html = await (await app.request(`/entities/${putin.id}`)).text();
  const own = html.slice(html.indexOf('<h2>أقواله</h2>'));
  assert.ok(html.includes('<h2>أقواله</h2>'), 'the section is there');
  assert.ok(own.includes('سنواصل العمل مع شركائنا'), 'his words');
  assert.ok(!own.includes('لا نعرف شيئا عن هذا الاجتماع'), 'not his spokesman\'s');
});
