import type { Prepared } from './prepared.js';

/**
 * Anchor-first search band. Evidence tokens found exactly once on each side give candidate
 * points (i, j); their longest chain increasing on both sides is taken as the skeleton of the
 * path, and the band follows the piecewise-linear line through it instead of the diagonal,
 * so a long insertion or deletion does not push the true path out of the band.
 * Returns the band centre for every source position 0..n (relative to the stretch).
 */
export function bandCentres(p: Prepared, s0: number, s1: number, t0: number, t1: number): Float64Array {
  const n = s1 - s0, m = t1 - t0;
  const pts = p.uniquePairs.filter(([i, j]) => i >= s0 && i < s1 && j >= t0 && j < t1).map(([i, j]) => [i - s0, j - t0] as const);
  const chain = longestChain(pts);
  const xs: number[] = [0], ys: number[] = [0];
  for (const [i, j] of chain) {
    if (i > xs[xs.length - 1]) { xs.push(i); ys.push(j); }
    xs.push(i + 1); ys.push(j + 1);
  }
  if (n > xs[xs.length - 1]) { xs.push(n); ys.push(m); } else ys[ys.length - 1] = Math.max(ys[ys.length - 1], m);
  const centre = new Float64Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k + 1 < xs.length - 1 && xs[k + 1] <= i) k++;
    const x0 = xs[k], x1 = xs[Math.min(k + 1, xs.length - 1)];
    const y0 = ys[k], y1 = ys[Math.min(k + 1, ys.length - 1)];
    centre[i] = x1 === x0 ? y1 : y0 + ((i - x0) * (y1 - y0)) / (x1 - x0);
  }
  return centre;
}

/** Longest chain of points strictly increasing in both coordinates (patience sorting, O(k log k)). */
export function longestChain(points: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const tailIdx: number[] = [];
  const prev = new Int32Array(sorted.length).fill(-1);
  for (let k = 0; k < sorted.length; k++) {
    const y = sorted[k][1];
    let lo = 0, hi = tailIdx.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tailIdx[mid]][1] < y) lo = mid + 1; else hi = mid;
    }
    if (lo > 0) prev[k] = tailIdx[lo - 1];
    tailIdx[lo] = k;
  }
  const out: Array<readonly [number, number]> = [];
  for (let k = tailIdx.length ? tailIdx[tailIdx.length - 1] : -1; k >= 0; k = prev[k]) out.push(sorted[k]);
  return out.reverse();
}
