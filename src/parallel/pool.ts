import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import type { Config } from '../config.js';
import type { PairFiles } from '../corpus/discover.js';
import { InputError } from '../errors.js';
import { lazyRun, runPair, type LightRun, type PairRun, type RunOptions } from '../pipeline.js';
import { readPair } from '../corpus/read.js';
import { addAnswers, type NewAnswers } from '../util/answers.js';

export interface PairJob {
  files: PairFiles;
  config: Config;
  opts: RunOptions;
}

export interface PairReply {
  id: string;
  run?: LightRun;
  inputError?: { message: string; file?: string; line?: number; hint?: string };
  internalError?: { message: string; stack?: string };
  /** Look-up answers the worker computed for this pair, for the main thread to keep (util/answers.ts). */
  answers?: NewAnswers;
}

/** Outcome of one pair: its run, or the input error that stopped it. */
export type PairOutcome = { run: PairRun } | { error: InputError };

/**
 * How many worker threads to use: `--jobs`, else BITEXT_JOBS, else one per core; never more
 * than there are pairs to compute, and none (run in this thread) for fewer than `minPairs`.
 */
export function workerCount(pairs: number, jobs?: number, minPairs = 4): number {
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
    throw new InputError(`--jobs must be a whole number of 1 or more, not ${jobs}`, { hint: 'use --jobs 1 to run in one thread, or leave it out for one worker per core' });
  }
  const env = Number(process.env.BITEXT_JOBS);
  const wanted = jobs ?? (Number.isInteger(env) && env > 0 ? env : availableParallelism());
  if (wanted <= 1 || pairs < minPairs) return 0;
  return Math.min(wanted, pairs);
}

function fromReply(reply: PairReply, job: PairJob): PairOutcome {
  addAnswers(reply.answers);
  if (reply.run) return { run: lazyRun(reply.run, () => readPair(job.files, job.config.sourceLang, job.config.targetLang, job.opts.encoding)) };
  if (reply.inputError) {
    const e = reply.inputError;
    return { error: new InputError(e.message, { file: e.file, line: e.line, hint: e.hint }) };
  }
  const err = new Error(reply.internalError?.message ?? 'worker failed');
  err.stack = reply.internalError?.stack;
  throw err;
}

function runHere(job: PairJob): PairOutcome {
  try {
    return { run: runPair(job.files, job.config, job.opts) };
  } catch (e) {
    if (e instanceof InputError) return { error: e };
    throw e;
  }
}

/**
 * The worker's compiled script. Under the test runner this module is loaded from `src/*.ts`,
 * which a worker thread cannot load: use the build in `dist/` (`npm test` builds it first).
 */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? join(dirname(here), '..', '..', 'dist', 'parallel', 'worker.js') : join(dirname(here), 'worker.js');
}

/**
 * Run the pipeline for each job, in worker threads when there are enough pairs, else in this
 * thread. Results come back in job order, identical to a serial run (the pipeline is pure: it
 * reads its inputs and writes nothing). `onDone` is called as each pair finishes.
 */
export async function runJobs(jobs: PairJob[], workers: number, onDone?: (k: number) => void): Promise<PairOutcome[]> {
  const out: PairOutcome[] = new Array(jobs.length);
  if (workers === 0) {
    jobs.forEach((job, k) => { out[k] = runHere(job); onDone?.(k); });
    return out;
  }
  const url = workerScript();
  let next = 0;
  let failure: Error | undefined;
  // `--debug` turned source maps on in this thread (cli.ts): the workers' stack traces too
  const options = process.sourceMapsEnabled ? { execArgv: [...process.execArgv, '--enable-source-maps'] } : undefined;
  const pool = Array.from({ length: workers }, () => new Worker(url, options));
  try {
    await Promise.all(pool.map((worker) => new Promise<void>((resolve, reject) => {
      let current = -1;
      const feed = (): void => {
        if (next >= jobs.length || failure) { resolve(); return; }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (reply: PairReply) => {
        try {
          out[current] = fromReply(reply, jobs[current]);
          onDone?.(current);
          feed();
        } catch (e) {
          failure = e as Error;
          reject(e);
        }
      });
      worker.on('error', (e) => { failure = e; reject(e); });
      worker.on('exit', (code) => { if (code !== 0 && !failure) { failure = new Error(`worker exited with code ${code}`); reject(failure); } });
      feed();
    })));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}
