import { describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContext, runPairs } from '../src/commands/run.js';
import { buildResult, formatJson } from '../src/report/json.js';
import { PairPool, runJobs, workerCount } from '../src/parallel/pool.js';
import { pairCache } from '../src/ci/runner.js';
import { pairFiles } from '../src/corpus/discover.js';
import { SEED_DIR } from './helpers.js';
import { InputError } from '../src/errors.js';
import { writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

describe('pairs in worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-par-'));
  for (let k = 0; k < 5; k++) cpSync(SEED_DIR, join(dir, 'corpus', `copy-${k}`), { recursive: true });
  // one broken pair: its input error must come back from the worker as a clear InputError
  cpSync(SEED_DIR, join(dir, 'corpus', 'broken'), { recursive: true });
  writeFileSync(join(dir, 'corpus', 'broken', 'ru.md'), '   \n');
  const args = { corpus: join(dir, 'corpus'), alignments: join(dir, 'alignments'), reports: join(dir, 'reports') };

  it('gives results identical to a serial run, in pair order, with input errors kept', async () => {
    const ctx = makeContext(args);
    const serial = await runPairs(ctx, { ...args, jobs: 1 }, true);
    const parallel = await runPairs(ctx, { ...args, jobs: 2 }, true);
    expect(parallel.runs.map((r) => r.pair.id)).toEqual(['copy-0', 'copy-1', 'copy-2', 'copy-3', 'copy-4']);
    expect(formatJson(buildResult(parallel.runs.map((r) => r.result)))).toBe(formatJson(buildResult(serial.runs.map((r) => r.result))));
    expect(parallel.errors).toHaveLength(1);
    expect(parallel.errors[0]).toBeInstanceOf(InputError);
    expect(parallel.errors[0].format()).toBe(serial.errors[0].format());
  });

  it('sends a pair to compute to a worker before the cache look-ups that follow it, with the same results', async () => {
    const ctx = makeContext(args);
    const cacheDir = mkdtempSync(join(tmpdir(), 'bitext-par-cache-'));
    const cache = () => pairCache(ctx, { cache: true, version: 'test', checks: true, cacheDir });
    const serial = await runPairs(ctx, { ...args, jobs: 1 }, true, { cache: cache() });
    // copy-0 edited: the only pair to compute besides the broken one; copy-1…4 come from the cache
    const edited = join(dir, 'corpus', 'copy-0', 'ru.md');
    const text = readFileSync(edited, 'utf8');
    writeFileSync(edited, `${text}\nДобавленный абзац.\n`);
    try {
      const reference = await runPairs(ctx, { ...args, jobs: 1 }, true); // no cache: copy-0 stays to compute
      // when each pair went to a worker: the number of pairs finished (cache hits) by then
      const submitted: Array<[string, number]> = [];
      let ticks = 0;
      const submit = PairPool.prototype.submit;
      const spy = vi.spyOn(PairPool.prototype, 'submit').mockImplementation(function (this: PairPool, job) {
        submitted.push([job.files.id, ticks]);
        return submit.call(this, job);
      });
      try {
        const streamed = await runPairs(ctx, { ...args, jobs: 2 }, true, { cache: cache(), overlapLookups: 1, onPair: () => { ticks++; } });
        expect(submitted).toEqual([['broken', 0], ['copy-0', 0]]);
        expect(formatJson(buildResult(streamed.runs.map((r) => r.result)))).toBe(formatJson(buildResult(reference.runs.map((r) => r.result))));
        expect(streamed.errors.map((e) => e.format())).toEqual(serial.errors.map((e) => e.format()));
        // by default (500 look-ups to overlap) a corpus this small computes after its look-ups, here
        submitted.length = 0;
        ticks = 0;
        writeFileSync(edited, `${text}\nЕщё один абзац.\n`);
        await runPairs(ctx, { ...args, jobs: 2 }, true, { cache: cache(), onPair: () => { ticks++; } });
        expect(submitted).toEqual([]);
      } finally {
        spy.mockRestore();
      }
    } finally {
      writeFileSync(edited, text);
    }
  });

  it('sends a worker its next job before it replies (two in hand), and takes the outcomes in order', async () => {
    const ctx = makeContext(args);
    const job = (id: string) => ({ files: pairFiles(ctx.corpusDir, id, ctx.config.sourceLang, ctx.config.targetLang), config: ctx.config, opts: { alignmentsDir: ctx.alignmentsDir } });
    const posted: string[] = [];
    const post = Worker.prototype.postMessage;
    const spy = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, msg: unknown) {
      posted.push((msg as { files: { id: string } }).files.id);
      return post.call(this, msg);
    });
    const pool = new PairPool(1);
    try {
      const outcomes = ['copy-0', 'copy-1', 'copy-2'].map((id) => pool.submit(job(id)));
      // before any reply: the one worker holds two jobs, the third waits in this thread
      expect(posted).toEqual(['copy-0', 'copy-1']);
      const runs = await Promise.all(outcomes);
      expect(posted).toEqual(['copy-0', 'copy-1', 'copy-2']);
      expect(runs.map((o) => ('run' in o ? o.run.result.id : o.error.message))).toEqual(['copy-0', 'copy-1', 'copy-2']);
    } finally {
      spy.mockRestore();
      await pool.close();
    }
  });

  it('fails every job a worker holds, and does not hang, when it hits an internal error with a job in hand behind it', async () => {
    const ctx = makeContext(args);
    const files = pairFiles(ctx.corpusDir, 'copy-1', ctx.config.sourceLang, ctx.config.targetLang);
    const good = { files, config: ctx.config, opts: { alignmentsDir: ctx.alignmentsDir } };
    const broken = { ...good, config: { ...ctx.config, alignment: null as unknown as typeof ctx.config.alignment } };
    const pool = new PairPool(1);
    try {
      const outcomes = [broken, good, good].map((j) => pool.submit(j));
      for (const o of outcomes) await expect(o).rejects.toThrow(/alignment|null/);
    } finally {
      await pool.close();
    }
  });

  it('fails the run, and does not hang, when a worker hits an internal error in its only job', async () => {
    const ctx = makeContext(args);
    const files = pairFiles(ctx.corpusDir, 'copy-0', ctx.config.sourceLang, ctx.config.targetLang);
    const broken = { files, config: { ...ctx.config, alignment: null as unknown as typeof ctx.config.alignment }, opts: { alignmentsDir: ctx.alignmentsDir } };
    await expect(runJobs([broken], 1)).rejects.toThrow(/alignment|null/);
    const pool = new PairPool(1);
    try {
      await expect(pool.submit(broken)).rejects.toThrow(/alignment|null/);
      // and a job submitted after the failure is refused at once
      await expect(pool.submit(broken)).rejects.toThrow(/alignment|null/);
    } finally {
      await pool.close();
    }
  });

  it('uses no workers for a few pairs or --jobs 1, and refuses a bad --jobs', () => {
    expect(workerCount(3, 2)).toBe(0);
    expect(workerCount(10, 1)).toBe(0);
    expect(workerCount(10, 2)).toBe(2);
    expect(workerCount(1000, 4)).toBe(4);
    expect(() => workerCount(10, 0)).toThrow(InputError);
    expect(() => workerCount(10, 1.5)).toThrow(/whole number/);
  });
});

describe('report files written by the workers', () => {
  it('are byte-identical to a serial run, dismissals and baseline applied', async () => {
    const { runCli } = await import('./helpers.js');
    const { readdirSync, readFileSync } = await import('node:fs');
    // one project for both runs: five pairs checked once, then a reviewer dismisses one finding
    // of copy-1 and the baseline accepts one of copy-2
    const prepared = mkdtempSync(join(tmpdir(), 'bitext-par-pages-'));
    for (let k = 0; k < 5; k++) cpSync(SEED_DIR, join(prepared, 'corpus', `copy-${k}`), { recursive: true });
    const first = JSON.parse(runCli(['check', '--format', 'json', '--no-cache', '--jobs', '1'], prepared).stdout);
    const f1 = first.pairs.find((p: { id: string }) => p.id === 'copy-1').findings[0];
    const f2 = first.pairs.find((p: { id: string }) => p.id === 'copy-2').findings[0];
    writeFileSync(join(prepared, 'alignments', 'copy-1.review.json'), JSON.stringify({ schemaVersion: 1, pair: 'copy-1', dismissals: [{ id: f1.id, rule: f1.rule, reason: 'false-alarm' }] }));
    writeFileSync(join(prepared, 'bitext.baseline.json'), JSON.stringify({ schemaVersion: 1, findings: [{ pair: 'copy-2', id: f2.id, rule: f2.rule, message: f2.message }] }));
    const outputs = (jobs: string): Record<string, string> => {
      const dir = mkdtempSync(join(tmpdir(), 'bitext-par-pages-'));
      cpSync(prepared, dir, { recursive: true });
      const r = runCli(['check', '--format', 'json', '--no-cache', '--jobs', jobs], dir);
      const files: Record<string, string> = { stdout: r.stdout };
      for (const n of readdirSync(join(dir, 'reports')).sort()) files[n] = readFileSync(join(dir, 'reports', n), 'utf8');
      return files;
    };
    const serial = outputs('1');
    const parallel = outputs('2');
    expect(Object.keys(parallel)).toEqual(Object.keys(serial));
    for (const name of Object.keys(serial)) expect(parallel[name], name).toBe(serial[name]);
    expect(serial['copy-1.html']).toContain('false alarm');
    expect(serial.stdout).toContain('"status": "baseline"');
  });
});

describe('a broken review file with workers writing pages', () => {
  it('stops the run with exit 2 before any page is rewritten', async () => {
    const { runCli } = await import('./helpers.js');
    const { readdirSync, readFileSync, appendFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'bitext-par-broken-'));
    for (let k = 0; k < 5; k++) cpSync(SEED_DIR, join(dir, 'corpus', `copy-${k}`), { recursive: true });
    expect(runCli(['check', '--format', 'json', '--no-cache', '--jobs', '2', '--fail-on', 'none'], dir).code).toBe(0);
    const snapshot = (): Record<string, string> => Object.fromEntries(readdirSync(join(dir, 'reports')).sort().map((n) => [n, readFileSync(join(dir, 'reports', n), 'utf8')]));
    const before = snapshot();
    writeFileSync(join(dir, 'alignments', 'copy-3.review.json'), '{ broken');
    appendFileSync(join(dir, 'corpus', 'copy-1', 'en.md'), '\nA new paragraph that changes the page of copy-1.\n');
    const r = runCli(['check', '--format', 'json', '--no-cache', '--jobs', '2'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('copy-3.review.json');
    expect(snapshot()).toEqual(before);
  });
});
