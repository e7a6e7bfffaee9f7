import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore, StoreError } from '../../src/store/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { sampleItems, storeContract } from './contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-sqlite-'));
let n = 0;
storeContract('sqlite', async () => openStore(join(dir, `contract-${n++}.db`)));

test('a file that is not SQLite is refused with a clear error, and left as it was', async () => {
  const p = join(dir, 'notes.db');
  writeFileSync(p, 'these are my notes, not a database\n'.repeat(200));
  await assert.rejects(openStore(p), (e: Error) => e instanceof StoreError && /not a Marsad database/.test(e.message));
  assert.equal((await import('node:fs')).readFileSync(p, 'utf8').slice(0, 10), 'these are ');
});

test('another program\'s SQLite database is refused', async () => {
  const p = join(dir, 'other.db');
  const db = new Database(p);
  db.exec('CREATE TABLE contacts (name TEXT)');
  db.close();
  await assert.rejects(openStore(p), /another program/);
});

test('a store from a newer Marsad is refused, not modified', async () => {
  const p = join(dir, 'newer.db');
  (await openStore(p)).close();
  const db = new Database(p);
  db.pragma('user_version = 99');
  db.close();
  await assert.rejects(openStore(p), /newer Marsad \(schema 99/);
  const check = new Database(p);
  assert.equal(check.pragma('user_version', { simple: true }), 99);
  check.close();
});

test('a folder that does not exist is a clear error', async () => {
  await assert.rejects(openStore(join(dir, 'no', 'such', 'x.db')), /folder .* does not exist/);
});

test('a full disk fails the batch cleanly and keeps what was stored', async () => {
  const p = join(dir, 'full.db');
  const first = await openStore(p);
  await first.ingestBatch(sampleItems().slice(0, 1));
  const before = await first.stats();
  await first.close();
  // Cap the database at its current size: the next batch meets SQLITE_FULL, as on a full disk.
  const probe = new Database(p);
  const pages = probe.pragma('page_count', { simple: true }) as number;
  probe.close();
  const store = openSqliteStore(p, { maxPages: pages });
  await assert.rejects(store.ingestBatch(sampleItems()), (e: Error) => e instanceof StoreError && /full/.test(e.message));
  assert.deepEqual(await store.stats(), before, 'nothing of the failed batch was written');
  assert.deepEqual(await store.check(), []);
  await store.close();
  const reopened = await openStore(p);
  const r = await reopened.ingestBatch(sampleItems());
  assert.equal(r.stored, 4, 'with space again, the same batch completes');
  await reopened.close();
});

test('a postgres URL nobody answers at is a clear error, the password not shown', async () => {
  await assert.rejects(openStore('postgres://u:secret@127.0.0.1:1/x'), (e: Error) => /cannot connect to postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x/.test(e.message) && !e.message.includes('secret'));
});
