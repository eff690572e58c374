import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CLI, copySeedProject, runCli } from '../helpers.js';
import { HAVE_CHROMIUM, launch } from './browser.js';

/** Start `bitext review` in `dir` and resolve with the page address it prints. */
function startReview(dir: string, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'review', ...args, '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '', err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.stderr!.on('data', (d) => { err += d; });
    child.on('exit', (code) => reject(new Error(`bitext review exited ${code}: ${err}`)));
  });
}

describe.skipIf(!HAVE_CHROMIUM)('bitext review in Chromium', () => {
  const dir = copySeedProject();
  let browser: Browser | undefined;
  let child: ChildProcess | undefined;
  afterAll(async () => { await browser?.close(); if (child && child.exitCode === null) child.kill('SIGTERM'); });

  it('dismisses a finding with a reason and confirms a bead; bitext check then honours both', async () => {
    const started = await startReview(dir, ['zheksebaev-2022']);
    child = started.child;
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zheksebaev-2022\.html$/);
    browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(started.url);
    expect(await page.getAttribute('body', 'class')).toContain('review');

    // dismiss: the button stays disabled until a reason is chosen
    const item = page.locator('ul.findings li', { hasText: 'source paragraph 2 has no counterpart' });
    expect(await item.locator('button.dismiss').isDisabled()).toBe(true);
    await item.locator('select.reason').selectOption('accepted-deviation');
    await item.locator('input.comment').fill('byline dropped on purpose');
    await Promise.all([page.waitForEvent('load'), item.locator('button.dismiss').click()]);
    const done = page.locator('ul.findings li.dismissed', { hasText: 'source paragraph 2' });
    expect(await done.locator('.reason').textContent()).toBe('dismissed — accepted deviation: byline dropped on purpose');

    // confirm bead #3 (EN 3 ↔ RU 1)
    await Promise.all([page.waitForEvent('load'), page.click('#bead-3 button[data-action=confirm]')]);
    expect(await page.textContent('#bead-3 .conf')).toBe('✔ confirmed');
    expect(errors).toEqual([]);

    // undo is offered on the dismissed finding
    expect(await done.locator('button[data-action=undo]').count()).toBe(1);

    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
    expect(child.exitCode).toBe(0);

    const review = JSON.parse(readFileSync(join(dir, 'alignments', 'zheksebaev-2022.review.json'), 'utf8'));
    expect(review.dismissals).toHaveLength(1);
    expect(review.dismissals[0]).toMatchObject({ rule: 'paragraph-missing', reason: 'accepted-deviation', comment: 'byline dropped on purpose', source: 'Jounalist Askhat Zheksebaev' });

    const r = runCli(['check', '--format', 'json'], dir);
    const pair = JSON.parse(r.stdout).pairs[0];
    const missing = pair.findings.filter((f: { rule: string }) => f.rule === 'paragraph-missing');
    expect(missing.map((f: { status: string; reason?: string }) => [f.status, f.reason ?? null])).toEqual([
      ['open', null], ['dismissed', 'accepted deviation: byline dropped on purpose'],
    ]);
    expect(r.code).toBe(1); // paragraph 1 is still open
    expect(pair.alignment[3]).toMatchObject({ source: [3], target: [1], confirmed: true });
    const stored = JSON.parse(readFileSync(join(dir, 'alignments', 'zheksebaev-2022.json'), 'utf8'));
    expect(stored.beads.filter((b: { confirmed?: boolean }) => b.confirmed).map((b: { source: number[]; target: number[] }) => [b.source, b.target])).toEqual([[[3], [1]]]);
    // the static report greys it with its reason; the CSV says so too
    expect(readFileSync(join(dir, 'reports', 'zheksebaev-2022.html'), 'utf8')).toContain('dismissed — accepted deviation: byline dropped on purpose');
    expect(readFileSync(join(dir, 'reports', 'zheksebaev-2022.csv'), 'utf8')).toContain(',paragraph-missing,error,dismissed,accepted deviation: byline dropped on purpose,');

    // (a dismissal lapsing when its text changes is tested in-process: test/filter/dismissals.test.ts)
  });
});
