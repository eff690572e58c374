import { changedFiles, pairsTouched } from './git.js';
import { parseShard, shardPairs } from './shard.js';

export interface SelectArgs {
  changedSince?: string;
  shard?: string;
}

/**
 * Narrow the requested pairs: first to those changed since a git ref, then to this runner's
 * shard. Every runner of a matrix computes the same list before sharding, so the shards
 * partition it.
 */
export function pairSelector(args: SelectArgs, dirs: { corpusDir: string; alignmentsDir: string; projectFiles?: string[] }): ((ids: string[]) => string[]) | undefined {
  if (args.changedSince === undefined && args.shard === undefined) return undefined;
  const shard = args.shard !== undefined ? parseShard(args.shard) : undefined; // validate before any work
  return (ids) => {
    let out = ids;
    if (args.changedSince !== undefined) out = pairsTouched(changedFiles(args.changedSince), out, dirs.corpusDir, dirs.alignmentsDir, process.cwd(), dirs.projectFiles);
    if (shard) out = shardPairs(out, shard);
    return out;
  };
}
