import type { PreparedSide } from './prepared.js';

/**
 * Token counts of a few source ranges kept marked between calls, each in its own array: the
 * dynamic programme asks, at every cell of row i, for the shares of the same source ranges
 * ([i−1, i), [i−2, i), [i−2, i−1) …) against a moving target range, so each range is counted
 * once per row, not once per cell. A call then walks the target tokens only, taking matched
 * tokens from the counts as it goes and putting them back after, so the result (and the order
 * of its sum) is that of counting both sides afresh.
 */
const SLOTS = 4;

export class SourceMarks {
  private readonly from = new Int32Array(SLOTS).fill(-1);
  private readonly to = new Int32Array(SLOTS).fill(-1);
  private readonly lastUse = new Float64Array(SLOTS);
  private readonly counts: Int32Array[] = [];
  private taken: Int32Array;
  private clock = 0;

  constructor(tokenCount: number, private readonly src: PreparedSide, private readonly tgt: PreparedSide, private readonly weight: Float64Array) {
    for (let k = 0; k < SLOTS; k++) this.counts.push(new Int32Array(tokenCount));
    let most = 0;
    for (let j = 0; j < tgt.n; j++) most = Math.max(most, tgt.tokStart[j + 1] - tgt.tokStart[j]);
    // a target range spans at most a few units; grown on demand beyond that
    this.taken = new Int32Array(4 * most);
  }

  /** The counts of source tokens in [i0, i1), marking them in the least recently used slot if no slot holds them. */
  private countsOf(i0: number, i1: number): Int32Array {
    let slot = -1, oldest = 0;
    for (let k = 0; k < SLOTS; k++) {
      if (this.from[k] === i0 && this.to[k] === i1) { slot = k; break; }
      if (this.lastUse[k] < this.lastUse[oldest]) oldest = k;
    }
    if (slot < 0) {
      slot = oldest;
      const counts = this.counts[slot], tokens = this.src.tokens, start = this.src.tokStart;
      if (this.from[slot] >= 0) for (let k = start[this.from[slot]], e = start[this.to[slot]]; k < e; k++) counts[tokens[k]] = 0;
      for (let k = start[i0], e = start[i1]; k < e; k++) counts[tokens[k]]++;
      this.from[slot] = i0;
      this.to[slot] = i1;
    }
    this.lastUse[slot] = ++this.clock;
    return this.counts[slot];
  }

  /** Weighted count of tokens shared by source units [i0, i1) and target units [j0, j1), summed in target order. */
  shared(i0: number, i1: number, j0: number, j1: number): number {
    const { src, tgt, weight } = this;
    if (src.tokStart[i0] === src.tokStart[i1]) return 0;
    const t0 = tgt.tokStart[j0], t1 = tgt.tokStart[j1];
    if (t0 === t1) return 0;
    const counts = this.countsOf(i0, i1);
    if (this.taken.length < t1 - t0) this.taken = new Int32Array(t1 - t0);
    const taken = this.taken;
    let common = 0, n = 0;
    for (let k = t0; k < t1; k++) {
      const t = tgt.tokens[k];
      if (counts[t] > 0) { common += weight[t]; counts[t]--; taken[n++] = t; }
    }
    for (let q = 0; q < n; q++) counts[taken[q]]++;
    return common;
  }

  /** Whether the ranges share any token (shared(…) > 0: weights are positive). */
  sharesAny(i0: number, i1: number, j0: number, j1: number): boolean {
    const { src, tgt } = this;
    if (src.tokStart[i0] === src.tokStart[i1]) return false;
    const t0 = tgt.tokStart[j0], t1 = tgt.tokStart[j1];
    if (t0 === t1) return false;
    const counts = this.countsOf(i0, i1);
    for (let k = t0; k < t1; k++) if (counts[tgt.tokens[k]] > 0) return true;
    return false;
  }
}
