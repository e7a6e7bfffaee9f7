/**
 * The server: API, web UI, feeds and static files in one hono app over one store; `marsad serve` runs it with
 * @hono/node-server. A strict Content-Security-Policy backs the escaping: no script runs that Marsad did not send.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createApi, type ApiOptions } from './api/app.ts';
import type { Store } from './store/index.ts';
import { createFeeds } from './web/feeds.ts';
import { createWeb } from './web/pages.ts';
import { problemResponse } from './api/problems.ts';
import { html, page } from './web/layout.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('@fontsource/noto-naskh-arabic/package.json')), 'files');
const CSS = readFileSync(new URL('./web/static/marsad.css', import.meta.url));

export function createServer(store: Store, options: ApiOptions = {}) {
  const app = new Hono();
  app.use('*', secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], fontSrc: ["'self'"], imgSrc: ["'self'", 'data:'], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"] },
    crossOriginResourcePolicy: 'same-origin',
  }));
  app.get('/static/marsad.css', (c) => c.body(CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/static/fonts/:name{noto-naskh-arabic-[a-z-]+-[0-9]{3}-normal\\.woff2}', (c) => {
    try {
      return c.body(readFileSync(join(FONT_DIR, c.req.param('name'))), 200, { 'content-type': 'font/woff2', 'cache-control': 'public, max-age=31536000, immutable' });
    } catch {
      return c.text('no such font', 404);
    }
  });
  app.route('/', createApi(store, options));
  app.route('/', createFeeds(store));
  app.route('/', createWeb(store));
  app.notFound((c) => c.req.path.startsWith('/api/')
    ? problemResponse(c, 404, `no such route: ${c.req.method} ${c.req.path}`)
    : c.html(page('غير موجودة', html`<h1>لا توجد هذه الصفحة</h1><p><a href="/">العودة إلى أهم القصص</a></p>`), 404));
  return app;
}
