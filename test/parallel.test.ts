import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContext, runPairs } from '../src/commands/run.js';
import { buildResult, formatJson } from '../src/report/json.js';
import { workerCount } from '../src/parallel/pool.js';
import { SEED_DIR } from './helpers.js';
import { InputError } from '../src/errors.js';
import { writeFileSync } from 'node:fs';

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

  it('uses no workers for a few pairs or --jobs 1, and refuses a bad --jobs', () => {
    expect(workerCount(3, 2)).toBe(0);
    expect(workerCount(10, 1)).toBe(0);
    expect(workerCount(10, 2)).toBe(2);
    expect(workerCount(1000, 4)).toBe(4);
    expect(() => workerCount(10, 0)).toThrow(InputError);
    expect(() => workerCount(10, 1.5)).toThrow(/whole number/);
  });
});
