/**
 * A worker thread of the pair pool: runs the pipeline for one pair at a time (and, for
 * `check`, writes its report files). Heavy resources (dictionaries, termbase) load lazily, once
 * per worker, only when a rule needs them.
 */
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { runPair, toLight } from '../pipeline.js';
import { writePairPages } from '../report/pages.js';
import type { PairJob, PairReply } from './pool.js';
import { takeNewAnswers, useAnswers } from '../util/answers.js';

parentPort!.on('message', (job: PairJob) => {
  let reply: PairReply;
  try {
    useAnswers(job.opts.answers);
    const run = runPair(job.files, job.config, job.opts);
    // the segmented texts stay here: the main thread reads them again only if it needs them
    const light = toLight(run);
    const pagesKey = job.opts.pages ? writePairPages(run, light.digest, job.opts.pages) : undefined;
    reply = { id: job.files.id, run: { ...light, pagesKey }, answers: takeNewAnswers() };
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
