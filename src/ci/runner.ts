import type { PairFiles } from '../corpus/discover.js';
import { lazyRun, toLight, type LightRun, type PairRun } from '../pipeline.js';
import { readPair } from '../corpus/read.js';
import type { Context } from '../commands/run.js';
import { digestMemo } from './digests.js';
import { CACHE_DIR, cacheKey, readCached, toolFingerprint, writeCached } from './cache.js';
import { join } from 'node:path';
import { saveAnswers, useAnswers, type AnswerStore } from '../util/answers.js';
import { spellingDataVersions } from '../spell/hunspell.js';

export interface PairCache {
  lookup(files: PairFiles): PairRun | undefined;
  /** The key of everything the pipeline reads for this pair (computed once per run). */
  key(files: PairFiles): string;
  store(files: PairFiles, run: PairRun): void;
  /** Where answers to slow look-ups are kept across runs (util/answers.ts); workers are handed it. */
  answers: AnswerStore;
  /** Keep what this run learnt (the files' digests, look-up answers) for the next run. */
  save(): void;
}

/**
 * Runs kept in memory between the runs of one process (`check --watch`), by cache folder and
 * pair: a re-check after one edit then reads no cache entry from disk. Holds results and
 * alignments, not the segmented texts.
 */
export type ResidentRuns = Map<string, { key: string; light: LightRun }>;

/**
 * The result cache for one run, or undefined when it is off (`--no-cache`, or `bitext align`).
 * Only successful runs are stored; a pair with an input error is recomputed (and reported)
 * every time.
 */
export function pairCache(ctx: Context, opts: { encoding?: string; cache: boolean; version: string; checks: boolean; cacheDir?: string; resident?: ResidentRuns }): PairCache | undefined {
  if (!opts.cache || !opts.checks) return undefined;
  const dir = opts.cacheDir ?? CACHE_DIR;
  const tool = toolFingerprint(opts.version);
  const digests = digestMemo(dir);
  const answers: AnswerStore = { dir: join(dir, 'answers'), fingerprint: `${tool} ${spellingDataVersions()}` };
  useAnswers(answers);
  const keys = new Map<string, string>();
  const key = (files: PairFiles): string => {
    let k = keys.get(files.id);
    if (k === undefined) {
      k = cacheKey({ files, config: ctx.config, alignmentsDir: ctx.alignmentsDir, encoding: opts.encoding, tool, digests });
      keys.set(files.id, k);
    }
    return k;
  };
  const loader = (files: PairFiles) => () => readPair(files, ctx.config.sourceLang, ctx.config.targetLang, opts.encoding);
  const resident = opts.resident;
  const slot = (files: PairFiles) => `${dir}\0${files.id}`;
  return {
    key,
    lookup(files) {
      const k = key(files);
      const kept = resident?.get(slot(files));
      if (kept && kept.key === k) {
        const run = lazyRun(kept.light, loader(files));
        run.inputsKey = k;
        return run;
      }
      const run = readCached(dir, files.id, k, loader(files));
      if (run && resident) resident.set(slot(files), { key: k, light: toLight(run) });
      return run;
    },
    store(files, run) {
      const light = toLight(run);
      writeCached(dir, files.id, key(files), light);
      resident?.set(slot(files), { key: key(files), light });
    },
    answers,
    save: () => { digests.save(); saveAnswers(); },
  };
}
