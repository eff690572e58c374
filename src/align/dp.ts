import type { Bead } from '../types.js';
import { BEAD_TYPES, rangeCost, rangeScore, type AlignUnit, type CostModel } from './cost.js';
import { prepare, type Prepared } from './prepared.js';
import { bandWindows } from './band.js';

export interface FixedLink {
  source: number[];
  target: number[];
}

export interface AlignOptions {
  model: CostModel;
  /** Half-width of the search band around the anchor path (default 60). */
  band?: number;
  /** Links fixed in advance (confirmed by a reviewer): the DP aligns the stretches between them. */
  fixed?: FixedLink[];
  /** Bead shapes to consider (default BEAD_TYPES). */
  beadTypes?: ReadonlyArray<readonly [number, number]>;
  /**
   * A previous alignment of the same units (and fixed links): search only within `guideBand`
   * units of its path instead of the anchor band, as hunalign's second pass does.
   */
  guide?: Bead[];
  guideBand?: number;
}

/**
 * Monotonic dynamic programming over units with beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2,
 * restricted to a band around an anchor-first path (see band.ts) so time and memory grow
 * linearly with length. Fixed links split the problem into independent stretches.
 */
export function align(src: AlignUnit[], tgt: AlignUnit[], opts: AlignOptions): Bead[] {
  const p = prepare(src, tgt);
  const fixed = [...(opts.fixed ?? [])]
    .filter((f) => f.source.length + f.target.length > 0)
    .sort((x, y) => firstOf(x.source, x.target) - firstOf(y.source, y.target));
  const beads: Bead[] = [];
  let si = 0, ti = 0;
  for (const f of fixed) {
    const sEnd = f.source.length ? Math.min(...f.source) : si;
    const tEnd = f.target.length ? Math.min(...f.target) : ti;
    if (sEnd < si || tEnd < ti) continue; // overlapping or out of order: caller validates
    beads.push(...alignStretch(p, si, sEnd, ti, tEnd, opts));
    beads.push({ source: [...f.source], target: [...f.target], score: 1, confirmed: true });
    si = f.source.length ? Math.max(...f.source) + 1 : si;
    ti = f.target.length ? Math.max(...f.target) + 1 : ti;
  }
  beads.push(...alignStretch(p, si, src.length, ti, tgt.length, opts));
  return beads;
}

function firstOf(a: number[], b: number[]): number {
  return a.length ? Math.min(...a) : b.length ? Math.min(...b) : 0;
}

function alignStretch(p: Prepared, s0: number, s1: number, t0: number, t1: number, opts: AlignOptions): Bead[] {
  const n = s1 - s0, m = t1 - t0;
  if (n === 0 && m === 0) return [];
  if (n === 0) return range(t0, t1).map((j) => ({ source: [], target: [j], score: 0.5 }));
  if (m === 0) return range(s0, s1).map((i) => ({ source: [i], target: [], score: 0.5 }));
  const types = opts.beadTypes ?? BEAD_TYPES;
  const w = opts.band ?? 60;
  // Row i holds columns lo[i]..hi[i] (see band.ts); cell (i, j) is at off[i] + j − lo[i].
  const { lo, hi } = opts.guide ? guideWindows(opts.guide, s0, s1, t0, t1, opts.guideBand ?? 4) : bandWindows(p, s0, s1, t0, t1, w);
  const off = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = off[i] + (hi[i] - lo[i] + 1);
  const cells = off[n + 1];
  const cost = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells).fill(255);
  const idx = (i: number, j: number): number => (j < lo[i] || j > hi[i] ? -1 : off[i] + j - lo[i]);
  cost[0] = 0;
  const model = opts.model;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity, bestK = 255;
      for (let k = 0; k < types.length; k++) {
        const a = types[k][0], b = types[k][1];
        if (a > i || b > j) continue;
        const q = idx(i - a, j - b);
        if (q < 0) continue;
        const base = cost[q];
        if (base === Infinity) continue;
        const c = base + rangeCost(p, s0 + i - a, s0 + i, t0 + j - b, t0 + j, model, best - base);
        if (c < best) { best = c; bestK = k; }
      }
      const h = off[i] + j - lo[i];
      cost[h] = best;
      back[h] = bestK;
    }
  }
  const beads: Bead[] = [];
  let i = n, j = m;
  while (i > 0 || j > 0) {
    const q = idx(i, j);
    const k = q < 0 ? 255 : back[q];
    if (k === 255) throw new Error(`alignment failed at ${i},${j}`);
    const [a, b] = types[k];
    const score = rangeScore(p, s0 + i - a, s0 + i, t0 + j - b, t0 + j, model);
    beads.push({ source: range(s0 + i - a, s0 + i), target: range(t0 + j - b, t0 + j), score: round(score) });
    i -= a; j -= b;
  }
  beads.reverse();
  scoreNullBeads(beads, p, model);
  return beads;
}

/**
 * Confidence of a 1-0 or 0-1 bead: the logistic of the cost margin by which the chosen
 * alignment beats the best local alternative — absorbing the unit into a neighbouring bead, or
 * linking it to the neighbour's partner instead (leaving the neighbour's unit unlinked). A unit
 * that would fit its neighbour almost as well scores near 0.5; a clear omission near 1.
 */
function scoreNullBeads(beads: Bead[], p: Prepared, model: CostModel): void {
  const cost = (s: number[], t: number[]): number =>
    rangeCost(p, s.length ? s[0] : 0, s.length ? s[s.length - 1] + 1 : 0, t.length ? t[0] : 0, t.length ? t[t.length - 1] + 1 : 0, model);
  for (let k = 0; k < beads.length; k++) {
    const bead = beads[k];
    if (bead.source.length && bead.target.length) continue;
    const onSource = bead.source.length > 0;
    let margin = Infinity, considered = false;
    for (const nb of [beads[k - 1], beads[k + 1]]) {
      if (!nb || !nb.source.length || !nb.target.length) continue;
      considered = true;
      const current = cost(nb.source, nb.target) + cost(bead.source, bead.target);
      const merged = cost([...bead.source, ...nb.source].sort((a, b) => a - b), [...bead.target, ...nb.target].sort((a, b) => a - b));
      const swapped = onSource
        ? cost(bead.source, nb.target) + nb.source.reduce((c, i) => c + cost([i], []), 0)
        : cost(nb.source, bead.target) + nb.target.reduce((c, j) => c + cost([], [j]), 0);
      margin = Math.min(margin, merged - current, swapped - current);
    }
    bead.score = !considered ? 0.5 : margin === Infinity ? 1 : round(1 / (1 + Math.exp(-margin)));
  }
}

/**
 * Row windows (relative to the stretch) spanning the guide's path through the stretch, widened
 * by w. The guide went through the same fixed links, so its path enters the stretch at its
 * corner and leaves at the opposite one.
 */
function guideWindows(guide: Bead[], s0: number, s1: number, t0: number, t1: number, w: number): { lo: Int32Array; hi: Int32Array } {
  const n = s1 - s0, m = t1 - t0;
  const rowLo = new Int32Array(n + 1).fill(m), rowHi = new Int32Array(n + 1).fill(0);
  const mark = (i: number, j: number): void => {
    if (i < 0 || i > n) return;
    const jj = Math.max(0, Math.min(m, j));
    if (jj < rowLo[i]) rowLo[i] = jj;
    if (jj > rowHi[i]) rowHi[i] = jj;
  };
  let i = 0, j = 0;
  for (const b of guide) {
    const si = b.source.length ? Math.min(...b.source) : -1, ti = b.target.length ? Math.min(...b.target) : -1;
    if ((si >= 0 && (si < s0 || si >= s1)) || (ti >= 0 && (ti < t0 || ti >= t1)) || (si < 0 && ti < 0)) continue;
    const i1 = i + b.source.length, j1 = j + b.target.length;
    for (let r = i; r <= i1; r++) { mark(r, j); mark(r, j1); }
    i = i1; j = j1;
  }
  mark(0, 0); mark(n, m);
  const lo = new Int32Array(n + 1), hi = new Int32Array(n + 1);
  for (let r = 0; r <= n; r++) {
    // rows the guide did not reach (it should reach all): the whole stretch
    const a = rowLo[r] > rowHi[r] ? 0 : rowLo[r], b = rowLo[r] > rowHi[r] ? m : rowHi[r];
    lo[r] = Math.max(0, a - w);
    hi[r] = Math.min(m, b + w);
  }
  for (let r = 1; r <= n; r++) if (lo[r] > hi[r - 1]) lo[r] = hi[r - 1]; // consecutive rows overlap
  lo[0] = 0; hi[n] = m;
  return { lo, hi };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let x = a; x < b; x++) out.push(x);
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
