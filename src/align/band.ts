import type { Prepared } from './prepared.js';

/**
 * Anchor-first search band. Evidence tokens found exactly once on each side give candidate
 * points (i, j); their longest chain increasing on both sides is the skeleton of the path.
 * Between two consecutive skeleton points the path may take its insertion or deletion
 * anywhere, so row i's window spans both extreme paths through that rectangle (diagonal
 * first, or the jump first), widened by w. Memory is O(n·(w + local excess)), never n×m.
 * Returns each row's first and last column (relative to the stretch).
 */
export function bandWindows(p: Prepared, s0: number, s1: number, t0: number, t1: number, w: number): { lo: Int32Array; hi: Int32Array } {
  const n = s1 - s0, m = t1 - t0;
  const pts = p.uniquePairs.filter(([i, j]) => i >= s0 && i < s1 && j >= t0 && j < t1).map(([i, j]) => [i - s0, j - t0] as const);
  const xs: number[] = [0], ys: number[] = [0];
  for (const [i, j] of longestChain(pts)) {
    if (i > xs[xs.length - 1] && j > ys[ys.length - 1]) { xs.push(i); ys.push(j); }
    if (i + 1 <= n && j + 1 <= m) { xs.push(i + 1); ys.push(j + 1); }
  }
  if (xs[xs.length - 1] < n || ys[ys.length - 1] < m) { xs.push(n); ys.push(m); }
  const rowLo = new Float64Array(n + 1), rowHi = new Float64Array(n + 1);
  rowLo.fill(Infinity); rowHi.fill(-Infinity);
  for (let k = 0; k + 1 < xs.length; k++) {
    const x0 = xs[k], x1 = xs[k + 1], y0 = ys[k], y1 = ys[k + 1];
    for (let i = x0; i <= x1; i++) {
      const diagFirst = Math.min(y1, y0 + (i - x0));
      const jumpFirst = Math.max(y0, y1 - (x1 - i));
      const linear = x1 === x0 ? y1 : y0 + ((i - x0) * (y1 - y0)) / (x1 - x0);
      const a = Math.min(diagFirst, jumpFirst, linear);
      const b = Math.max(diagFirst, jumpFirst, linear);
      if (a < rowLo[i]) rowLo[i] = a;
      if (b > rowHi[i]) rowHi[i] = b;
    }
  }
  const lo = new Int32Array(n + 1), hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    // span the neighbouring rows too, so consecutive rows always overlap
    const a = Math.min(rowLo[Math.max(0, i - 1)], rowLo[i], rowLo[Math.min(n, i + 1)]);
    const b = Math.max(rowHi[Math.max(0, i - 1)], rowHi[i], rowHi[Math.min(n, i + 1)]);
    lo[i] = Math.max(0, Math.floor(a) - w);
    hi[i] = Math.min(m, Math.ceil(b) + w);
  }
  lo[0] = 0; hi[n] = m;
  return { lo, hi };
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
