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
import { tierForBusyCores } from './tiering.js';

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
 * Jobs a worker holds at most: the one it computes and the next, so it starts that the moment it
 * finishes, even while this thread is busy. With one at a time, each worker of a cold 1,000-pair
 * check waited 1.0-1.4 s in all for this thread (storing cache entries, looking up cached pairs)
 * to send its next job; with two, 40-60 ms.
 */
const AHEAD = 2;

type Task = { job: PairJob; done: (o: PairOutcome) => void; fail: (e: Error) => void };

/**
 * Worker threads that take pair jobs as they come: a worker is started when a job arrives and
 * every running one is busy, up to `max`. Each worker is sent up to AHEAD jobs (a free worker
 * first), so its next pair is waiting for it when it finishes one, even while this thread is
 * busy (looking up cached pairs, storing cache entries): `submit` may be called meanwhile, and an
 * outcome is taken when this thread next waits. A worker replies in the order it was sent
 * jobs. An internal error in any worker fails every job not yet done.
 */
export class PairPool {
  /** Each worker with the jobs sent to it and not yet answered, oldest first. */
  private readonly workers: Array<{ worker: Worker; sent: Task[] }> = [];
  private readonly waiting: Task[] = [];
  private failure: Error | undefined;

  constructor(private readonly max: number) {}

  submit(job: PairJob): Promise<PairOutcome> {
    return new Promise<PairOutcome>((done, fail) => {
      if (this.failure) { fail(this.failure); return; }
      this.waiting.push({ job, done, fail });
      if (this.workers.length < this.max && this.workers.every((w) => w.sent.length > 0)) this.start();
      this.feed();
    });
  }

  /** Stop every worker (after the last outcome has been taken, or on failure). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private start(): void {
    // `--debug` turned source maps on in this thread (cli.ts): the workers' stack traces too
    const options = process.sourceMapsEnabled ? { execArgv: [...process.execArgv, '--enable-source-maps'] } : undefined;
    // every core about to be busy with a worker: optimise only the hottest code (tiering.ts)
    if (this.workers.length + 1 >= availableParallelism()) tierForBusyCores();
    const worker = new Worker(workerScript(), options);
    const sent: Task[] = [];
    this.workers.push({ worker, sent });
    worker.on('message', (reply: PairReply) => {
      const task = sent[0];
      if (!task) return;
      let outcome: PairOutcome;
      try {
        outcome = fromReply(reply, task.job);
      } catch (e) {
        this.fail(e as Error); // this task included: it is still among the sent ones
        return;
      }
      sent.shift();
      task.done(outcome);
      this.feed();
    });
    worker.on('error', (e) => this.fail(e));
    // a worker that ends while it holds a job (whatever its exit code) fails the run; after
    // close(), terminated workers hold none
    worker.on('exit', (code) => { if (code !== 0 || sent.length > 0) this.fail(new Error(`worker exited with code ${code}`)); });
  }

  /** Send waiting jobs, each to the worker with the fewest jobs in hand (the first such), up to AHEAD each. */
  private feed(): void {
    while (!this.failure && this.waiting.length) {
      let least: { worker: Worker; sent: Task[] } | undefined;
      for (const w of this.workers) if (w.sent.length < (least ? least.sent.length : AHEAD)) least = w;
      if (!least) return;
      const task = this.waiting.shift()!;
      least.sent.push(task);
      least.worker.postMessage(task.job);
    }
  }

  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const t of [...this.workers.flatMap((w) => w.sent), ...this.waiting]) t.fail(e);
    for (const w of this.workers) w.sent.length = 0;
    this.waiting.length = 0;
  }
}

/**
 * Run the pipeline for each job, in worker threads when there are enough pairs, else in this
 * thread. Results come back in job order, identical to a serial run (the pipeline is pure: it
 * reads its inputs and writes nothing). `onDone` is called as each pair finishes.
 */
export async function runJobs(jobs: PairJob[], workers: number, onDone?: (k: number) => void): Promise<PairOutcome[]> {
  if (workers === 0) {
    const out: PairOutcome[] = [];
    jobs.forEach((job, k) => { out.push(runHere(job)); onDone?.(k); });
    return out;
  }
  const pool = new PairPool(workers);
  try {
    return await Promise.all(jobs.map((job, k) => pool.submit(job).then((o) => { onDone?.(k); return o; })));
  } finally {
    await pool.close();
  }
}
