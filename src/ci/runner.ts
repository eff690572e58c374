import type { PairFiles } from '../corpus/discover.js';
import { runPair, type PairRun } from '../pipeline.js';
import type { Context } from '../commands/run.js';
import { CACHE_DIR, cacheKey, readCached, toolFingerprint, writeCached } from './cache.js';

/**
 * The pipeline for one pair, through the cache unless it is off. Only successful runs are
 * stored; a pair with an input error is recomputed (and reported) every time.
 */
export function cachedRunner(ctx: Context, opts: { encoding?: string; cache: boolean; version: string; checks: boolean; cacheDir?: string }): (files: PairFiles) => PairRun {
  const dir = opts.cacheDir ?? CACHE_DIR;
  return (files) => {
    const run = () => runPair(files, ctx.config, { alignmentsDir: ctx.alignmentsDir, encoding: opts.encoding, checks: opts.checks });
    if (!opts.cache || !opts.checks) return run();
    const key = cacheKey({ files, config: ctx.config, alignmentsDir: ctx.alignmentsDir, encoding: opts.encoding, tool: toolFingerprint(opts.version) });
    const hit = readCached(dir, files.id, key);
    if (hit) return hit;
    const fresh = run();
    writeCached(dir, files.id, key, fresh);
    return fresh;
  };
}
