/**
 * A worker thread of the pair pool: runs the pipeline for one pair at a time. Heavy resources
 * (dictionaries, termbase) load lazily, once per worker, only when a rule needs them.
 */
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { runPair } from '../pipeline.js';
import type { PairJob, PairReply } from './pool.js';

parentPort!.on('message', (job: PairJob) => {
  let reply: PairReply;
  try {
    reply = { id: job.files.id, run: runPair(job.files, job.config, job.opts) };
  } catch (e) {
    if (e instanceof InputError) {
      reply = { id: job.files.id, inputError: { message: e.message, file: e.file, line: e.line, hint: e.hint } };
    } else {
      const err = e as Error;
      reply = { id: job.files.id, internalError: { message: err.message, stack: err.stack } };
    }
  }
  parentPort!.postMessage(reply);
});
