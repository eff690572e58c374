import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { InputError } from '../errors.js';
import { listPairIds, pairFiles } from '../corpus/discover.js';
import type { PairRun } from '../pipeline.js';
import { PairPool, runJobs, workerCount, type PairJob, type PairOutcome } from '../parallel/pool.js';
import type { PairCache } from '../ci/runner.js';
import { RULE_IDS } from '../checks/index.js';
import { alignmentPath, formatAlignment, readAlignment, toAlignmentFile, type AlignmentFile } from '../alignment/store.js';
import { alignPair } from '../pipeline.js';
import { displayPath } from '../corpus/read.js';
import { withFolderLock } from '../util/lock.js';
import { withFileLock } from '../review/lock.js';
import { writeFileAtomic } from '../util/atomic.js';
import { checkEncoding } from '../corpus/decode.js';
import { baselineByPair } from '../report/pages.js';
import type { Baseline } from '../filter/baseline.js';
import { settled, stampOf, statStamp, type Written } from '../util/stamp.js';

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
  if (args.encoding !== undefined) checkEncoding(args.encoding);
  if (args.config !== undefined && !existsSync(resolve(args.config))) {
    throw new InputError('the config file does not exist', { file: args.config, hint: 'check the path given to --config, or leave the option out to use ./bitext.config.json' });
  }
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
  /** Each pair's alignment file text as it was when the run read it (undefined: no file). */
  bases: Map<string, string | undefined>;
}

/** Hooks for CI runs: narrow the pair list (changed since / shard), run through the cache, report progress. */
export interface RunHooks {
  select?: (ids: string[]) => string[];
  cache?: PairCache;
  onPair?: (id: string, done: number, total: number) => void;
  /** Have the workers write each computed pair's report files (report/pages.ts). */
  pages?: { reportsDir: string; lowConfidence: number; baseline?: Baseline };
  /** Called with the selected pair ids before any pair runs: throw an InputError to stop the run first. */
  beforeRun?: (ids: string[]) => void;
  /** Cached pairs still to look up, at least, for a pair to compute to go to a worker at once (default OVERLAP_LOOKUPS). */
  overlapLookups?: number;
}

/**
 * Run every selected pair: cached results are taken as they are, the rest go through the
 * pipeline in worker threads (one per core; `--jobs` or BITEXT_JOBS to change, 1 for none).
 * A pair to compute found while many cached pairs are still to be looked up goes to a worker at
 * once (so does every later one), so that it is computed while this thread reads the cache.
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
  hooks.beforeRun?.(ids.filter((id) => all.includes(id)));
  const slots: Array<PairOutcome | undefined> = new Array(ids.length);
  const bases = new Map<string, string | undefined>();
  const jobs: Array<{ slot: number; job: PairJob }> = [];
  let done = 0;
  const tick = (k: number): void => { hooks.onPair?.(ids[k], ++done, ids.length); };
  const baselineOf = baselineByPair(hooks.pages?.baseline);
  const keep = (k: number, job: PairJob, outcome: PairOutcome): void => {
    slots[k] = outcome;
    if ('run' in outcome && hooks.cache) {
      hooks.cache.store(job.files, outcome.run);
      outcome.run.inputsKey = hooks.cache.key(job.files);
    }
  };
  // a pair to compute found with many cached pairs still to look up (one edited pair in a large
  // corpus): a worker computes it while this thread reads the cache
  const overlap = workerCount(ids.length, args.jobs, 1);
  let pool: PairPool | undefined;
  const early: Array<Promise<void>> = [];
  try {
    ids.forEach((id, k) => {
      try {
        const files = pairFiles(ctx.corpusDir, id, config.sourceLang, config.targetLang, all);
        bases.set(id, readIfExists(alignmentPath(ctx.alignmentsDir, id)));
        const hit = hooks.cache?.lookup(files);
        if (hit) { slots[k] = { run: hit }; tick(k); return; }
        const pages = hooks.pages && { ...hooks.pages, alignmentsDir: ctx.alignmentsDir, baseline: baselineOf(id) };
        const job: PairJob = { files, config, opts: { alignmentsDir: ctx.alignmentsDir, encoding: args.encoding, checks, pages, answers: hooks.cache?.answers } };
        if (pool || (overlap > 0 && ids.length - k - 1 >= (hooks.overlapLookups ?? OVERLAP_LOOKUPS))) {
          pool ??= new PairPool(overlap);
          const settled = pool.submit(job).then((o) => { keep(k, job, o); tick(k); });
          settled.catch(() => { /* awaited below; if this loop throws first, the pool is closed */ });
          early.push(settled);
        } else {
          jobs.push({ slot: k, job });
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        slots[k] = { error: e };
        tick(k);
      }
    });
    await Promise.all(early);
  } finally {
    await pool?.close();
  }
  const computed = await runJobs(jobs.map((j) => j.job), workerCount(jobs.length, args.jobs), (j) => tick(jobs[j].slot));
  computed.forEach((outcome, j) => keep(jobs[j].slot, jobs[j].job, outcome));
  const runs: PairRun[] = [];
  const errors: InputError[] = [];
  for (const o of slots) {
    if (!o) continue;
    if ('run' in o) runs.push(o.run);
    else errors.push(o.error);
  }
  return { runs, errors, bases };
}

/**
 * Cached pairs still to look up, at least, for a pair to compute to go to a worker at once
 * rather than wait for the look-ups: a worker takes ~0.2 s to start, ~500 look-ups' time
 * (measured on the 1,000-pair benchmark corpus).
 */
const OVERLAP_LOOKUPS = 500;

/** Alignments found equal to their file, with the file's stamp then (see saveAlignments). */
const inSync = new WeakMap<AlignmentFile, { path: string; stamp?: string }>();

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Write alignments/<pair-id>.json when its content changed (atomic), holding the folder lock.
 * If another process (a second bitext, the review server) changed the file since this run read
 * it, re-align against the file on disk so its confirmed beads are kept, not overwritten.
 * Returns the files written from this run's own result, each with its stamp taken under the
 * lock (`check --watch` ignores their events); a file merged with another process's change is
 * not among them: that change is news, and a watcher must check again.
 */
export function saveAlignments(ctx: Context, outcome: Pick<RunOutcome, 'runs' | 'bases'>): Written[] {
  const { runs, bases } = outcome;
  const written: Written[] = [];
  if (runs.length === 0) return written;
  withFolderLock(ctx.alignmentsDir, () => {
    for (const run of runs) {
      const id = run.result.id;
      const path = alignmentPath(ctx.alignmentsDir, id);
      // the same alignment object (kept in memory by `check --watch`) and a file untouched
      // since it was found to say exactly that: nothing to read, format or write
      const seen = inSync.get(run.alignment);
      if (seen && seen.path === path && seen.stamp !== undefined && seen.stamp === stampOf(path)) continue;
      // the file already says exactly what this run would write (the usual case on a re-run):
      // nothing to write, so no need to take its lock
      const computed = formatAlignment(run.alignment);
      const before = statSync(path, { throwIfNoEntry: false }); // taken before reading: a later write changes it
      if (readIfExists(path) === computed) {
        // remembered by stamp only when the stamp can stand for the content (util/stamp.ts)
        if (before && settled(before, Date.now())) inSync.set(run.alignment, { path, stamp: statStamp(before) });
        continue;
      }
      // the review server locks the file itself: hold that lock too while reading and writing
      withFileLock(path, () => {
        const current = readIfExists(path);
        let file = run.alignment;
        const foreign = bases.has(id) && current !== bases.get(id);
        if (foreign) {
          const stored = readAlignment(path, displayPath(path));
          const { beads, stale } = alignPair(run.pair, ctx.config, stored);
          file = toAlignmentFile(id, run.pair.source, run.pair.target, beads, stale);
        }
        const text = file === run.alignment ? computed : formatAlignment(file);
        if (current !== text) {
          writeFileAtomic(path, text);
          if (!foreign) written.push({ path, stamp: stampOf(path) });
        }
      });
    }
  });
  return written;
}

export function reportPath(ctx: Context, name: string): string {
  return join(ctx.reportsDir, name);
}
