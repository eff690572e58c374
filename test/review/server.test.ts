import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { ReviewSession } from '../../src/review/session.js';
import { startReviewServer, type RunningServer } from '../../src/review/server.js';
import { copySeedProject } from '../helpers.js';

interface Reply { status: number; body: string }

function call(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

describe('the review server', () => {
  const dir = copySeedProject();
  const ctx = { config: structuredClone(DEFAULT_CONFIG), corpusDir: join(dir, 'corpus'), alignmentsDir: join(dir, 'alignments'), reportsDir: join(dir, 'reports') };
  const token = 'test-token-0123456789abcdef';
  const session = new ReviewSession(ctx, token);
  let server: RunningServer;
  let findingId: string;
  const post = (action: string, body: object, headers: Record<string, string> = {}) => call(server.port, 'POST', `/api/pairs/zheksebaev-2022/${action}`,
    { 'Content-Type': 'application/json', 'X-Bitext-Token': token, Origin: `http://127.0.0.1:${server.port}`, ...headers }, JSON.stringify(body));

  beforeAll(async () => {
    server = await startReviewServer(session, 0);
    findingId = session.run('zheksebaev-2022').result.findings[0].id;
  });
  afterAll(async () => { await server.close(); });

  it('listens on 127.0.0.1 and serves the pages with the token and a CSP that allows fetch to itself only', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await call(server.port, 'GET', '/zheksebaev-2022.html');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`"token":"${token}"`);
    expect(page.body).toMatch(/connect-src (&#x27;|')self/);
    expect((await call(server.port, 'GET', '/')).body).toContain('zheksebaev-2022.html');
  });

  it('serves nothing else from the disk', async () => {
    for (const p of ['/bitext.config.json', '/../../etc/passwd', '/..%2F..%2Fetc%2Fpasswd', '/corpus/zheksebaev-2022/en.md', '/%2e%2e.html', '/nosuch.html']) {
      expect((await call(server.port, 'GET', p)).status, p).toBe(404);
    }
  });

  it('refuses a foreign Host (DNS rebinding), a write without or with a wrong token, and a cross-origin write', async () => {
    expect((await call(server.port, 'GET', '/zheksebaev-2022.html', { Host: 'evil.example:80' })).status).toBe(421);
    const body = { id: findingId, reason: 'false-alarm' };
    expect((await post('dismiss', body, { 'X-Bitext-Token': '' })).status).toBe(403);
    expect((await post('dismiss', body, { 'X-Bitext-Token': 'test-token-0123456789abcdeX' })).status).toBe(403);
    expect((await post('dismiss', body, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('dismiss', body, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect(existsSync(join(dir, 'alignments', 'zheksebaev-2022.review.json'))).toBe(false);
  });

  it('requires a known reason and an existing finding', async () => {
    expect((await post('dismiss', { id: findingId })).status).toBe(400);
    expect((await post('dismiss', { id: findingId, reason: 'because' })).status).toBe(400);
    expect((await post('dismiss', { id: '0123456789abcdef', reason: 'false-alarm' })).status).toBe(409);
    expect((await call(server.port, 'POST', '/api/pairs/other/dismiss', { 'X-Bitext-Token': token, 'Content-Type': 'application/json' }, '{}')).status).toBe(404);
  });

  it('dismisses and undoes, writing the review file', async () => {
    const ok = await post('dismiss', { id: findingId, reason: 'false-alarm', comment: '  checked with the editor ' });
    expect(ok.status).toBe(200);
    const file = JSON.parse(readFileSync(join(dir, 'alignments', 'zheksebaev-2022.review.json'), 'utf8'));
    expect(file.dismissals).toEqual([expect.objectContaining({ id: findingId, reason: 'false-alarm', comment: 'checked with the editor' })]);
    expect((await call(server.port, 'GET', '/zheksebaev-2022.html')).body).toContain('dismissed — false alarm: checked with the editor');
    expect((await post('undo', { id: findingId })).status).toBe(200);
    expect((await post('undo', { id: findingId })).status).toBe(409);
    expect(JSON.parse(readFileSync(join(dir, 'alignments', 'zheksebaev-2022.review.json'), 'utf8')).dismissals).toEqual([]);
  });

  it('offers to remove a dismissal that matches no finding any more', async () => {
    const path = join(dir, 'alignments', 'zheksebaev-2022.review.json');
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, pair: 'zheksebaev-2022', dismissals: [{ id: 'fedcba9876543210', rule: 'number-mismatch', reason: 'false-alarm', source: 'old text' }] }));
    const page = (await call(server.port, 'GET', '/zheksebaev-2022.html')).body;
    expect(page).toContain('data-action="undo" data-dismissal="fedcba9876543210">Remove the dismissal</button>');
    expect((await post('undo', { id: 'fedcba9876543210' })).status).toBe(200);
    expect(JSON.parse(readFileSync(path, 'utf8')).dismissals).toEqual([]);
  });

  it('re-links blocks: merge, split and unlink end up as confirmed beads the aligner keeps', async () => {
    const links = () => session.run('zheksebaev-2022').result.alignment.map((b) => [b.source, b.target, !!b.confirmed]);
    // EN 0 ↔ RU 0 and EN 1 ↔ ∅ merged into a 2-1 bead
    expect((await post('bead', { action: 'merge', source: [0], target: [0] })).status).toBe(200);
    expect(links().slice(0, 3)).toEqual([[[0, 1], [0], true], [[2], [], false], [[3], [1], false]]);
    // split it back into 1-1 + 1-0
    expect((await post('bead', { action: 'split', source: [0, 1], target: [0] })).status).toBe(200);
    expect(links().slice(0, 2)).toEqual([[[0], [0], true], [[1], [], true]]);
    // unlink EN 3 ↔ RU 1: the aligner must keep them apart from now on
    expect((await post('bead', { action: 'unlink', source: [3], target: [1] })).status).toBe(200);
    const after = links();
    expect(after).toContainEqual([[3], [], true]);
    expect(after).toContainEqual([[], [1], true]);
    // a bead that is not in the alignment any more is a conflict, not a silent change
    expect((await post('bead', { action: 'confirm', source: [3], target: [1] })).status).toBe(409);
    expect((await post('bead', { action: 'explode', source: [3], target: [] })).status).toBe(400);
  });
});
