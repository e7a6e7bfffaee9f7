/**
 * A real, throw-away PostgreSQL server for the tests: $MARSAD_TEST_PG if set (a database the tests may fill and
 * empty), else a server of this machine's PostgreSQL binaries started on loopback in a temporary folder and
 * removed afterwards. None here: the tests skip locally, and fail in CI (where .ci/run installs PostgreSQL).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** A URL of a fresh, empty schema of the test database. */
  freshUrl(): Promise<string>;
  url: string;
  stop(): Promise<void>;
}

function binaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  for (const v of readdirSync(root).sort().reverse()) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });
}

let counter = 0;

export async function startTestPostgres(): Promise<TestPostgres | null> {
  let url = process.env.MARSAD_TEST_PG;
  let stop = async () => {};
  if (!url) {
    const bin = binaries();
    if (!bin) {
      if (process.env.CI) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql: .ci/run installs Debian\'s postgresql');
      return null;
    }
    const dir = mkdtempSync(join(tmpdir(), 'marsad-pg-'));
    const port = await freePort();
    // PostgreSQL refuses to run as root: as root, its files and processes belong to the postgres user.
    const asRoot = process.getuid?.() === 0;
    const run = (cmd: string, args: string[]) => {
      const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { encoding: 'utf8' }) : spawnSync(join(bin, cmd), args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
    };
    if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
    run('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--locale=C.UTF-8']);
    run('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`, 'start']);
    url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    stop = async () => {
      try { run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']); } finally { rmSync(dir, { recursive: true, force: true }); }
    };
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const schemas: string[] = [];
  return {
    url,
    async freshUrl() {
      const schema = `t_${process.pid}_${++counter}_${Date.now() % 100000}`;
      schemas.push(schema);
      const u = new URL(url!);
      u.searchParams.set('schema', schema);
      return u.toString();
    },
    async stop() {
      for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`).catch(() => {});
      await admin.end();
      await stop();
    },
  };
}
