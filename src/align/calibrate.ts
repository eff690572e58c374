import type { Bead } from '../types.js';
import type { AlignUnit, CostModel } from './cost.js';
import { align, type AlignOptions } from './dp.js';
import { learnLexicon, withLexicon } from './lexicon.js';

/**
 * Re-estimate the Gale–Church length parameters (ratio c and variance s²) from the confident
 * 1-1 beads of a first pass: free translation of paragraphs varies far more than the
 * sentence-level s² = 6.8 of the original paper. Needs at least `minBeads` 1-1 beads.
 */
export function calibrate(beads: Bead[], src: AlignUnit[], tgt: AlignUnit[], model: CostModel, minBeads = 6): CostModel {
  const pairs = beads
    .filter((b) => b.source.length === 1 && b.target.length === 1)
    .map((b) => [src[b.source[0]].length, tgt[b.target[0]].length] as const)
    .filter(([l1, l2]) => l1 > 0 && l2 > 0);
  if (pairs.length < minBeads) return model;
  const ratios = pairs.map(([l1, l2]) => l2 / l1).sort((a, b) => a - b);
  const ratio = clamp(ratios[Math.floor(ratios.length / 2)], 0.5, 2);
  const z2 = pairs.map(([l1, l2]) => (l2 - ratio * l1) ** 2 / ((l1 + l2 / ratio) / 2)).sort((a, b) => a - b);
  // median of χ²(1) is 0.455·σ²
  const variance = clamp(z2[Math.floor(z2.length / 2)] / 0.455, model.variance, 60);
  return { ...model, ratio, variance };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Two passes: align with the language-pair defaults, calibrate the length model and learn a
 * lexicon (lexicon.ts) from the result, align again.
 */
export function alignCalibrated(src: AlignUnit[], tgt: AlignUnit[], opts: AlignOptions): { beads: Bead[]; model: CostModel } {
  const first = align(src, tgt, opts);
  const model = calibrate(first, src, tgt, opts.model);
  const lexicon = learnLexicon(first, src, tgt);
  if (model === opts.model && lexicon.size === 0) return { beads: first, model };
  const units = lexicon.size ? withLexicon(src, tgt, lexicon) : { src, tgt };
  return { beads: align(units.src, units.tgt, { ...opts, model, guide: first }), model };
}
