import type { Command } from 'commander';
import { serve } from '@hono/node-server';
import { createServer } from '../server.ts';
import { openStore, resolveDb } from '../store/index.ts';
import { UsageError } from './errors.ts';

export function registerServe(program: Command): void {
  program.command('serve')
    .description('HTTP API and web UI (writes need $MARSAD_TOKEN as a bearer token)')
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <path>', 'the store: a SQLite file or a postgres:// URL (default $MARSAD_DB or ./marsad.db)')
    .action(async (opts: { port: string; host: string; db?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not «${opts.port}»`);
      const store = await openStore(resolveDb(opts.db));
      const app = createServer(store, { token: process.env.MARSAD_TOKEN || undefined });
      const server = serve({ fetch: app.fetch, port, hostname: opts.host }, (info) => {
        process.stderr.write(`marsad: serving ${store.description} on http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${info.port}/ (API at /api/v1, writes ${process.env.MARSAD_TOKEN ? 'need the token' : 'disabled: no MARSAD_TOKEN'})\n`);
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', (e: NodeJS.ErrnoException) => reject(new UsageError(e.code === 'EADDRINUSE' ? `port ${port} on ${opts.host} is in use; give another with --port` : `cannot listen on ${opts.host}:${port}: ${e.message}`)));
        const stop = () => { server.close(() => resolve()); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await store.close();
    });
}
