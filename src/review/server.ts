import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PAIR_ID } from '../corpus/discover.js';
import { InputError } from '../errors.js';
import type { ReviewSession } from './session.js';

export const TOKEN_HEADER = 'x-bitext-token';
const MAX_BODY = 64 * 1024;

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const json = (res: ServerResponse, status: number, body: unknown) => send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(body)}\n`);

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given), b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { reject(new Error('body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serve a review session on 127.0.0.1 only. GET serves the generated pages of known pairs
 * (nothing else from the disk: any other path is 404). POST /api/pairs/<id>/<action> applies a
 * decision and needs the per-session token header; every request must name this server in
 * Host (defeats DNS rebinding), and a POST that carries an Origin must come from it.
 */
export function startReviewServer(session: ReviewSession, port = 0): Promise<RunningServer> {
  let allowedHosts: Set<string> = new Set();
  const server: Server = createServer((req, res) => {
    handle(session, allowedHosts, req, res).catch((e) => {
      const msg = e instanceof InputError ? e.format() : `internal error: ${(e as Error).message}`;
      if (!res.headersSent) json(res, e instanceof InputError ? 422 : 500, { error: msg });
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(new InputError(`cannot listen on 127.0.0.1:${port} (${e.code ?? e.message})`, {
      hint: e.code === 'EADDRINUSE' ? 'choose another port with --port N, or --port 0 for any free port' : 'check the port number',
    })));
    server.listen(port, '127.0.0.1', () => {
      const p = (server.address() as AddressInfo).port;
      allowedHosts = new Set([`127.0.0.1:${p}`, `localhost:${p}`]);
      resolve({
        url: `http://127.0.0.1:${p}/`,
        port: p,
        close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}

async function handle(session: ReviewSession, hosts: Set<string>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!hosts.has(req.headers.host ?? '')) return json(res, 421, { error: 'wrong Host header: open the address bitext review printed' });
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let path: string;
  try { path = decodeURIComponent(url.pathname); } catch { return json(res, 400, { error: 'bad path' }); }

  if (req.method === 'GET' || req.method === 'HEAD') {
    if (path === '/' || path === '/index.html') return send(res, 200, 'text/html; charset=utf-8', session.indexPage());
    const m = /^\/([^/]+)\.html$/.exec(path);
    if (m && PAIR_ID.test(m[1]) && session.pairIds().includes(m[1])) return send(res, 200, 'text/html; charset=utf-8', session.pairPage(m[1]));
    return json(res, 404, { error: 'not found: only the report pages of the project are served' });
  }
  if (req.method !== 'POST') return json(res, 405, { error: 'method not allowed' });

  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return json(res, 403, { error: 'cross-origin request refused' });
  if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, session.token)) return json(res, 403, { error: 'missing or wrong session token' });
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return json(res, 415, { error: 'send application/json' });
  const m = /^\/api\/pairs\/([^/]+)\/([a-z]+)$/.exec(path);
  if (!m || !PAIR_ID.test(m[1]) || !session.pairIds().includes(m[1])) return json(res, 404, { error: 'no such pair' });
  let body: unknown;
  try { body = JSON.parse(await readBody(req)); } catch { return json(res, 400, { error: 'the body is not JSON' }); }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return json(res, 400, { error: 'the body must be a JSON object' });
  const out = session.act(m[1], m[2], body as Record<string, unknown>);
  return json(res, out.status, out.body);
}
