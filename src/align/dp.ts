import type { Bead } from '../types.js';
import { BEAD_TYPES, beadCost, type AlignUnit, type CostModel } from './cost.js';

export interface FixedLink {
  source: number[];
  target: number[];
}

export interface AlignOptions {
  model: CostModel;
  /** Half-width of the search band around the diagonal (grown for unequal lengths). */
  band?: number;
  /** Links fixed in advance (confirmed by a reviewer): the DP aligns the stretches between them. */
  fixed?: FixedLink[];
  /** Bead shapes to consider (default BEAD_TYPES). */
  beadTypes?: ReadonlyArray<readonly [number, number]>;
}

/**
 * Monotonic dynamic programming over units with beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2,
 * restricted to a band around the diagonal so time and memory grow linearly with length.
 * Fixed links split the problem into independent stretches.
 */
export function align(src: AlignUnit[], tgt: AlignUnit[], opts: AlignOptions): Bead[] {
  const fixed = [...(opts.fixed ?? [])]
    .filter((f) => f.source.length + f.target.length > 0)
    .sort((x, y) => firstOf(x.source, x.target) - firstOf(y.source, y.target));
  const beads: Bead[] = [];
  let si = 0, ti = 0;
  for (const f of fixed) {
    const sEnd = f.source.length ? Math.min(...f.source) : si;
    const tEnd = f.target.length ? Math.min(...f.target) : ti;
    if (sEnd < si || tEnd < ti) continue; // overlapping or out of order: caller validates
    beads.push(...alignStretch(src, tgt, si, sEnd, ti, tEnd, opts));
    beads.push({ source: [...f.source], target: [...f.target], score: 1, confirmed: true });
    si = f.source.length ? Math.max(...f.source) + 1 : si;
    ti = f.target.length ? Math.max(...f.target) + 1 : ti;
  }
  beads.push(...alignStretch(src, tgt, si, src.length, ti, tgt.length, opts));
  return beads;
}

function firstOf(a: number[], b: number[]): number {
  return a.length ? Math.min(...a) : b.length ? Math.min(...b) : 0;
}

function alignStretch(
  src: AlignUnit[], tgt: AlignUnit[], s0: number, s1: number, t0: number, t1: number, opts: AlignOptions,
): Bead[] {
  const n = s1 - s0, m = t1 - t0;
  if (n === 0 && m === 0) return [];
  if (n === 0) return range(t0, t1).map((j) => ({ source: [], target: [j], score: 0.5 }));
  if (m === 0) return range(s0, s1).map((i) => ({ source: [i], target: [], score: 0.5 }));
  const types = opts.beadTypes ?? BEAD_TYPES;
  const w = Math.max(opts.band ?? 60, Math.abs(n - m) + 10);
  const width = 2 * w + 1;
  // cell (i, j) stored at i * width + (j - lo(i)), lo(i) = center(i) - w
  const center = (i: number): number => Math.round((i * m) / n);
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width).fill(255);
  const idx = (i: number, j: number): number => {
    const off = j - (center(i) - w);
    return off < 0 || off >= width ? -1 : i * width + off;
  };
  cost[idx(0, 0)] = 0;
  const S = (i: number, a: number) => src.slice(s0 + i - a, s0 + i);
  const T = (j: number, b: number) => tgt.slice(t0 + j - b, t0 + j);
  for (let i = 0; i <= n; i++) {
    const lo = Math.max(0, center(i) - w), hi = Math.min(m, center(i) + w);
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      const here = idx(i, j);
      let best = Infinity, bestK = 255;
      for (let k = 0; k < types.length; k++) {
        const [a, b] = types[k];
        if (a > i || b > j) continue;
        const p = idx(i - a, j - b);
        if (p < 0 || cost[p] === Infinity) continue;
        const c = cost[p] + beadCost(S(i, a), T(j, b), opts.model).cost;
        if (c < best) { best = c; bestK = k; }
      }
      cost[here] = best;
      back[here] = bestK;
    }
  }
  const beads: Bead[] = [];
  let i = n, j = m;
  while (i > 0 || j > 0) {
    const k = back[idx(i, j)];
    if (k === 255) throw new Error(`alignment failed at ${i},${j}`);
    const [a, b] = types[k];
    const { score } = beadCost(S(i, a), T(j, b), opts.model);
    beads.push({ source: range(s0 + i - a, s0 + i), target: range(t0 + j - b, t0 + j), score: round(score) });
    i -= a; j -= b;
  }
  beads.reverse();
  scoreNullBeads(beads, src, tgt, opts.model);
  return beads;
}

/** A 1-0 or 0-1 bead is sure when its unit resembles neither neighbour on the other side. */
function scoreNullBeads(beads: Bead[], src: AlignUnit[], tgt: AlignUnit[], model: CostModel): void {
  for (let k = 0; k < beads.length; k++) {
    const bead = beads[k];
    if (bead.source.length && bead.target.length) continue;
    const neighbours = [beads[k - 1], beads[k + 1]].filter(Boolean) as Bead[];
    let best = 0;
    for (const nb of neighbours) {
      const other = bead.source.length ? nb.target.map((t) => tgt[t]) : nb.source.map((s) => src[s]);
      const mine = bead.source.length ? bead.source.map((s) => src[s]) : bead.target.map((t) => tgt[t]);
      if (!other.length) continue;
      const { score } = bead.source.length ? beadCost(mine, other, model) : beadCost(other, mine, model);
      best = Math.max(best, score);
    }
    bead.score = round(1 - best * 0.8);
  }
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let x = a; x < b; x++) out.push(x);
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
