import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchRuns } from '../../src/commands/watch.js';
import { stampOf, type Written } from '../../src/util/stamp.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** watchRuns in this process with a scripted check: resolves when `until` says so, then stops it. */
async function watchWith(paths: () => string[], check: (n: number, wrote: (w: Written[]) => void) => Promise<void>, until: (log: string[], runs: number) => boolean, ignored: string[] = []) {
  const log: string[] = [];
  let runs = 0;
  const stop = new AbortController();
  const done = watchRuns({
    paths, ignored, debounceMs: 50, signal: stop.signal,
    log: (l) => log.push(l),
    run: async (wrote) => { await check(++runs, wrote); return 0; },
  });
  const deadline = Date.now() + 20_000;
  while (!until(log, runs) && Date.now() < deadline) await sleep(50);
  stop.abort();
  await done;
  return { log, runs };
}

describe('watchRuns', () => {
  it('sees an edit made while the first check runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-watch-'));
    mkdirSync(join(dir, 'corpus'));
    writeFileSync(join(dir, 'corpus', 'a.md'), 'one');
    const { log, runs } = await watchWith(() => [join(dir, 'corpus')], async (n) => {
      if (n === 1) { // a long first check; the user saves meanwhile
        await sleep(300);
        writeFileSync(join(dir, 'corpus', 'a.md'), 'two');
        await sleep(500);
      }
    }, (_log, r) => r >= 2);
    expect(runs).toBe(2);
    expect(log.some((l) => /re-checked after a change to .*a\.md/.test(l))).toBe(true);
  });

  it('sees files that did not exist when it started (a baseline, a folder), and files the config names later', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-watch-'));
    const named = [join(dir, 'bitext.baseline.json'), join(dir, 'alignments')];
    const tbx = join(dir, 'terms', 'new.tbx');
    // each check makes the next change: a baseline appears, then alignments/ and a review file
    // in it, then the config names a termbase in a folder that does not exist yet
    const { log } = await watchWith(() => named, async () => {
      if (!existsSync(named[0])) setTimeout(() => writeFileSync(named[0], '{}'), 300);
      else if (!existsSync(join(dir, 'alignments'))) {
        mkdirSync(join(dir, 'alignments'));
        setTimeout(() => writeFileSync(join(dir, 'alignments', 'a.review.json'), '{}'), 300);
      } else if (!named.includes(tbx)) {
        named.push(tbx);
        setTimeout(() => { mkdirSync(join(dir, 'terms')); writeFileSync(tbx, '<tbx/>'); }, 300);
      }
    }, (l) => l.some((x) => /re-checked after a change to .*new\.tbx/.test(x)));
    const rechecks = log.filter((l) => l.includes('re-checked')).join('\n');
    expect(rechecks).toMatch(/bitext\.baseline\.json/);
    expect(rechecks).toMatch(/a\.review\.json/);
    expect(rechecks).toMatch(/new\.tbx/);
  });

  it('ignores its own writes (same stamp) but not a later write to the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-watch-'));
    mkdirSync(join(dir, 'alignments'));
    const file = join(dir, 'alignments', 'a.json');
    const { log, runs } = await watchWith(() => [join(dir, 'alignments')], async (n, wrote) => {
      if (n === 1) {
        writeFileSync(file, 'ours');
        wrote([{ path: file, stamp: stampOf(file) }]);
        // a reviewer writes later
        setTimeout(() => writeFileSync(file, 'a reviewer\'s decision'), 600);
      }
    }, (_log, r) => r >= 2);
    expect(runs).toBe(2);
    expect(log.filter((l) => l.includes('re-checked')).length).toBe(1);
  });

  it('reports a broken file and goes on; leaves its own output folders alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-watch-'));
    mkdirSync(join(dir, 'corpus', 'reports'), { recursive: true });
    const { InputError } = await import('../../src/errors.js');
    const { log, runs } = await watchWith(() => [join(dir, 'corpus')], async (n) => {
      if (n === 1) {
        writeFileSync(join(dir, 'corpus', 'reports', 'index.html'), 'output'); // ignored
        setTimeout(() => writeFileSync(join(dir, 'corpus', 'a.md'), 'x'), 400);
        throw new InputError('the config is broken', { file: 'bitext.config.json' });
      }
    }, (_log, r) => r >= 2, [join(dir, 'corpus', 'reports')]);
    expect(runs).toBe(2);
    expect(log[0]).toMatch(/bitext\.config\.json.*the config is broken/);
    expect(log.filter((l) => l.includes('re-checked')).join('\n')).toMatch(/a\.md/);
    expect(log.join('\n')).not.toMatch(/index\.html/);
  });
});
