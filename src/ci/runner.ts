import type { PairFiles } from '../corpus/discover.js';
import type { PairRun } from '../pipeline.js';
import { readPair } from '../corpus/read.js';
import type { Context } from '../commands/run.js';
import { digestMemo } from './digests.js';
import { CACHE_DIR, cacheKey, readCached, toolFingerprint, writeCached } from './cache.js';

export interface PairCache {
  lookup(files: PairFiles): PairRun | undefined;
  /** The key of everything the pipeline reads for this pair (computed once per run). */
  key(files: PairFiles): string;
  store(files: PairFiles, run: PairRun): void;
  /** Keep what this run learnt about the files (their digests) for the next run. */
  save(): void;
}

/**
 * The result cache for one run, or undefined when it is off (`--no-cache`, or `bitext align`).
 * Only successful runs are stored; a pair with an input error is recomputed (and reported)
 * every time.
 */
export function pairCache(ctx: Context, opts: { encoding?: string; cache: boolean; version: string; checks: boolean; cacheDir?: string }): PairCache | undefined {
  if (!opts.cache || !opts.checks) return undefined;
  const dir = opts.cacheDir ?? CACHE_DIR;
  const tool = toolFingerprint(opts.version);
  const digests = digestMemo(dir);
  const keys = new Map<string, string>();
  const key = (files: PairFiles): string => {
    let k = keys.get(files.id);
    if (k === undefined) {
      k = cacheKey({ files, config: ctx.config, alignmentsDir: ctx.alignmentsDir, encoding: opts.encoding, tool, digests });
      keys.set(files.id, k);
    }
    return k;
  };
  return {
    key,
    lookup: (files) => readCached(dir, files.id, key(files), () => readPair(files, ctx.config.sourceLang, ctx.config.targetLang, opts.encoding)),
    store: (files, run) => writeCached(dir, files.id, key(files), run),
    save: () => digests.save(),
  };
}
