/**
 * Errors of the API as RFC 9457 problem details (`application/problem+json`), and the small guards that raise
 * them: a bearer token for writes, and a fixed-window rate limit per client.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 413: 'Content Too Large', 415: 'Unsupported Media Type',
  422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error',
};

/** A failure the client is told about: its status and, in words, what was wrong. */
export class Problem extends Error {
  constructor(readonly status: number, readonly detail: string, readonly extra: Record<string, unknown> = {}) {
    super(detail);
  }
}

export function problemResponse(c: Context, status: number, detail: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, instance: new URL(c.req.url).pathname, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...(status === 401 ? { 'www-authenticate': 'Bearer realm="marsad"' } : {}) },
  });
}

/** Writes need `Authorization: Bearer $MARSAD_TOKEN`; with no token configured, every write is refused. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return problemResponse(c, 401, 'writes are disabled: the server has no MARSAD_TOKEN set');
    const given = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
    if (!given || !timingSafeEqualText(given, token)) return problemResponse(c, 401, 'a valid bearer token is needed to write');
    await next();
  };
}

function timingSafeEqualText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

/** At most `limit` requests per client per window; the next get 429 with Retry-After. */
export function rateLimit(limit: number, windowMs: number): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const now = Date.now();
    const key = clientOf(c);
    let w = windows.get(key);
    if (!w || now - w.start >= windowMs) {
      if (windows.size > 10000) windows.clear(); // bounded memory under many clients
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    if (++w.count > limit) {
      const retry = Math.ceil((w.start + windowMs - now) / 1000);
      const res = problemResponse(c, 429, `more than ${limit} requests in ${windowMs / 1000} s; try again in ${retry} s`);
      res.headers.set('retry-after', String(retry));
      return res;
    }
    await next();
  };
}
