import { InputError } from '../errors.js';

/** One runner's share of the pairs: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parse `--shard i/n` (1 ≤ i ≤ n). */
export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InputError(`--shard "${spec}" is not of the form i/n with 1 ≤ i ≤ n`, {
      hint: 'e.g. --shard 2/4 for the second of four runners (GitHub matrix: --shard ${{ matrix.shard }}/4)',
    });
  }
  return { index, count };
}

/**
 * The pairs of one shard: the ids sorted, then every n-th starting at i−1. Sorted-index modulo
 * gives shards that differ in size by at most one, and every runner of a matrix that sees the
 * same corpus computes the same split, so shards 1..n cover each pair exactly once.
 */
export function shardPairs(ids: readonly string[], shard: Shard): string[] {
  return [...ids].sort().filter((_, k) => k % shard.count === shard.index - 1);
}
