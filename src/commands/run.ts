import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { InputError } from '../errors.js';
import { listPairIds, pairFiles } from '../corpus/discover.js';
import type { PairRun } from '../pipeline.js';
import { runJobs, workerCount, type PairJob, type PairOutcome } from '../parallel/pool.js';
import type { PairCache } from '../ci/runner.js';
import { RULE_IDS } from '../checks/index.js';
import { alignmentPath, formatAlignment, readAlignment } from '../alignment/store.js';
import { withFileLock } from '../review/lock.js';
import { reviewerChangedAlignment } from '../review/guard.js';
import { writeFileAtomic } from '../util/atomic.js';

export interface CommonArgs {
  corpus?: string;
  alignments?: string;
  reports?: string;
  config?: string;
  encoding?: string;
  pairs?: string[];
}

export interface Context {
  config: Config;
  corpusDir: string;
  alignmentsDir: string;
  reportsDir: string;
}

export function makeContext(args: CommonArgs): Context {
  const config = loadConfig(process.cwd(), RULE_IDS, args.config ? resolve(args.config) : undefined);
  return {
    config,
    corpusDir: args.corpus ?? config.corpus,
    alignmentsDir: args.alignments ?? config.alignments,
    reportsDir: args.reports ?? config.reports,
  };
}

export interface RunOutcome {
  runs: PairRun[];
  errors: InputError[];
}

/** Hooks for CI runs: narrow the pair list (changed since / shard), run through the cache, report progress. */
export interface RunHooks {
  select?: (ids: string[]) => string[];
  cache?: PairCache;
  onPair?: (id: string, done: number, total: number) => void;
}

/**
 * Run every selected pair: cached results are taken as they are, the rest go through the
 * pipeline in worker threads (one per core; `--jobs` or BITEXT_JOBS to change, 1 for none).
 * An input error in one pair is collected and the others go on. Results are in pair order,
 * identical to a serial run.
 */
export async function runPairs(ctx: Context, args: CommonArgs & { jobs?: number }, checks: boolean, hooks: RunHooks = {}): Promise<RunOutcome> {
  const { config } = ctx;
  const all = listPairIds(ctx.corpusDir, config.sourceLang, config.targetLang);
  const requested = args.pairs && args.pairs.length ? args.pairs : all;
  if (requested.length === 0) {
    throw new InputError('the corpus has no pairs', {
      file: ctx.corpusDir,
      hint: `add a folder per pair with ${config.sourceLang}.md and ${config.targetLang}.md`,
    });
  }
  const ids = hooks.select ? [...requested.filter((id) => !all.includes(id)), ...hooks.select(requested.filter((id) => all.includes(id)))] : requested;
  const slots: Array<PairOutcome | undefined> = new Array(ids.length);
  const jobs: Array<{ slot: number; job: PairJob }> = [];
  let done = 0;
  const tick = (k: number): void => { hooks.onPair?.(ids[k], ++done, ids.length); };
  ids.forEach((id, k) => {
    try {
      const files = pairFiles(ctx.corpusDir, id, config.sourceLang, config.targetLang, all);
      const hit = hooks.cache?.lookup(files);
      if (hit) { slots[k] = { run: hit }; tick(k); return; }
      jobs.push({ slot: k, job: { files, config, opts: { alignmentsDir: ctx.alignmentsDir, encoding: args.encoding, checks } } });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      slots[k] = { error: e };
      tick(k);
    }
  });
  const computed = await runJobs(jobs.map((j) => j.job), workerCount(jobs.length, args.jobs), (j) => tick(jobs[j].slot));
  computed.forEach((outcome, j) => {
    slots[jobs[j].slot] = outcome;
    if ('run' in outcome) hooks.cache?.store(jobs[j].job.files, outcome.run);
  });
  const runs: PairRun[] = [];
  const errors: InputError[] = [];
  for (const o of slots) {
    if (!o) continue;
    if ('run' in o) runs.push(o.run);
    else errors.push(o.error);
  }
  return { runs, errors };
}

/** Write alignments/<pair-id>.json when its content changed (atomic). */
export function saveAlignments(ctx: Context, runs: PairRun[]): void {
  for (const run of runs) {
    const path = alignmentPath(ctx.alignmentsDir, run.pair.id);
    const text = formatAlignment(run.alignment);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    // under the review lock: never overwrite a decision `bitext review` made during this run
    withFileLock(path, () => {
      if (reviewerChangedAlignment(readAlignment(path), run.alignment)) {
        process.stderr.write(`bitext: ${path} changed during the run (a reviewer's decision); kept as is, run again to use it\n`);
        return;
      }
      writeFileAtomic(path, text);
    });
  }
}

export function reportPath(ctx: Context, name: string): string {
  return join(ctx.reportsDir, name);
}
