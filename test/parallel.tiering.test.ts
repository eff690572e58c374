import { afterEach, describe, expect, it, vi } from 'vitest';
import v8 from 'node:v8';
import { availableParallelism } from 'node:os';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContext } from '../src/commands/run.js';
import { runJobs, type PairJob } from '../src/parallel/pool.js';
import { SATURATED_INTERRUPT_BUDGET, tieredForBusyCores } from '../src/parallel/tiering.js';
import { pairFiles } from '../src/corpus/discover.js';
import { SEED_DIR } from './helpers.js';

// An isolated test file (vitest.config.ts): nothing else in this process has started a pool.
describe('optimising-compiler budget for pools that fill every core (parallel/tiering.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tier-'));
  const cores = availableParallelism();
  for (let k = 0; k < cores; k++) cpSync(SEED_DIR, join(dir, 'corpus', `copy-${k}`), { recursive: true });
  const ctx = makeContext({ corpus: join(dir, 'corpus'), alignments: join(dir, 'alignments'), reports: join(dir, 'reports') });
  const jobs = (n: number): PairJob[] => Array.from({ length: n }, (_, k) => ({
    files: pairFiles(ctx.corpusDir, `copy-${k}`, ctx.config.sourceLang, ctx.config.targetLang),
    config: ctx.config,
    opts: { alignmentsDir: ctx.alignmentsDir, checks: false },
  }));
  afterEach(() => { vi.restoreAllMocks(); delete process.env.BITEXT_V8_DEFAULTS; });

  // The tests share the process's once-only state and run in order: the raising one is last.
  it.skipIf(cores < 2)('keeps V8’s default while a core is left for its compiler threads', async () => {
    const set = vi.spyOn(v8, 'setFlagsFromString');
    await runJobs(jobs(cores - 1), cores - 1);
    // a pool allowed a worker per core that is given fewer jobs starts fewer workers
    await runJobs(jobs(1), cores);
    expect(set).not.toHaveBeenCalled();
    expect(tieredForBusyCores()).toBe(false);
  });

  it('keeps the default with BITEXT_V8_DEFAULTS set, for comparing runs', async () => {
    process.env.BITEXT_V8_DEFAULTS = '1';
    const set = vi.spyOn(v8, 'setFlagsFromString');
    await runJobs(jobs(cores), cores);
    expect(set).not.toHaveBeenCalled();
    expect(tieredForBusyCores()).toBe(false);
  });

  it('raises the interrupt budget once when the workers fill every core', async () => {
    const set = vi.spyOn(v8, 'setFlagsFromString');
    const out = await runJobs(jobs(cores), cores);
    expect(out.every((o) => 'run' in o)).toBe(true);
    expect(SATURATED_INTERRUPT_BUDGET).toBe(540_672); // Node 20's V8: 8 × 67,584
    expect(set.mock.calls).toEqual([['--interrupt-budget=540672']]);
    expect(tieredForBusyCores()).toBe(true);
    await runJobs(jobs(cores), cores);
    expect(set).toHaveBeenCalledTimes(1);
  });
});
