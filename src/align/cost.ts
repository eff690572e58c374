import type { Anchors } from './anchors.js';
import { anchorSimilarity, mergeAnchors } from './anchors.js';

/** What the aligner knows of a block (or sentence). */
export interface AlignUnit {
  /** Length in characters (normalised spaces). */
  length: number;
  anchors: Anchors;
  sentences: number;
  /** Structural class: units of different classes never merge into one bead side. */
  kind: 'heading' | 'fragment' | 'prose';
}

export interface CostModel {
  /** Expected target characters per source character (Gale–Church c). */
  ratio: number;
  /** Variance of target length per source character (Gale–Church s²). */
  variance: number;
  /** Weight of anchor agreement. */
  anchorWeight: number;
  /** Penalty per sentence of difference in count between the two sides. */
  sentencePenalty: number;
  /** −log prior of each bead type, keyed "a-b". */
  priors: Record<string, number>;
}

/** Bead shapes the dynamic programme considers: [source blocks, target blocks]. */
export const BEAD_TYPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2],
];

/**
 * Gale & Church (1993) bead priors, with omissions split evenly between the two sides; 2-2 is
 * made rarer than their 0.011 because with free paragraph translation it otherwise absorbs
 * two 1-1 beads whose lengths happen to balance.
 */
export const DEFAULT_PRIORS: Record<string, number> = {
  '1-1': -Math.log(0.89),
  '1-0': -Math.log(0.005),
  '0-1': -Math.log(0.005),
  '2-1': -Math.log(0.0445),
  '1-2': -Math.log(0.0445),
  '2-2': -Math.log(0.002),
  '1-3': -Math.log(0.01),
  '3-1': -Math.log(0.01),
};

/** Sentence alignment also allows 1-3 and 3-1: translators split long sentences. */
export const SENTENCE_BEAD_TYPES: ReadonlyArray<readonly [number, number]> = [...BEAD_TYPES, [1, 3], [3, 1]];

/** Language-pair length ratios (target chars per source char), measured on parallel text. */
const RATIOS: Record<string, number> = { 'en-ru': 1.15, 'ru-en': 0.87, 'de-fr': 1.05, 'fr-de': 0.95 };

export function defaultModel(sourceLang: string, targetLang: string): CostModel {
  return {
    ratio: RATIOS[`${sourceLang}-${targetLang}`] ?? 1,
    variance: 6.8,
    anchorWeight: 6,
    sentencePenalty: 0.6,
    priors: DEFAULT_PRIORS,
  };
}

/** Standard normal upper tail, 2·(1 − Φ(|z|)), by the Abramowitz–Stegun approximation. */
export function twoSidedTail(z: number): number {
  const x = Math.abs(z);
  const t = 1 / (1 + 0.2316419 * x);
  const d = 0.3989422804014327 * Math.exp((-x * x) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return Math.max(2 * p, 1e-12);
}

/** Gale–Church length z-score for source length l1 and target length l2. */
export function lengthDelta(l1: number, l2: number, model: CostModel): number {
  const mean = (l1 + l2 / model.ratio) / 2;
  return (l2 - l1 * model.ratio) / Math.sqrt(Math.max(mean, 1) * model.variance);
}

export interface BeadCost {
  cost: number;
  /** Confidence in [0, 1]. */
  score: number;
}

/** Cost and confidence of linking the given source units with the given target units. */
export function beadCost(src: AlignUnit[], tgt: AlignUnit[], model: CostModel): BeadCost {
  const key = `${src.length}-${tgt.length}`;
  const prior = model.priors[key] ?? 20;
  if (src.length === 0 || tgt.length === 0) return { cost: prior, score: 0.5 };
  const kind0 = src[0].kind;
  const mixed = src.some((u) => u.kind !== kind0) || tgt.some((u) => u.kind !== kind0);
  if ((src.length > 1 || tgt.length > 1) && mixed) return { cost: Infinity, score: 0 };
  if (src.length === 1 && tgt.length === 1 && mixed && (kind0 === 'heading' || tgt[0].kind === 'heading')) {
    // A heading against a paragraph is possible but costs extra.
    return { cost: prior + 4 + lengthCost(src, tgt, model), score: 0.3 };
  }
  const lc = lengthCost(src, tgt, model);
  const a = mergeAnchors(src.map((u) => u.anchors));
  const b = mergeAnchors(tgt.map((u) => u.anchors));
  const { sim, evidence } = anchorSimilarity(a, b);
  const weight = Math.min(1, evidence / 6);
  const anchorCost = model.anchorWeight * (0.5 - sim) * weight;
  const ss = src.reduce((n, u) => n + u.sentences, 0);
  const ts = tgt.reduce((n, u) => n + u.sentences, 0);
  const sentenceCost = model.sentencePenalty * Math.abs(ss - ts);
  const cost = prior + lc + anchorCost + sentenceCost;
  const lengthP = Math.exp(-lc);
  const anchorP = evidence === 0 ? 0.75 : 0.5 + 0.5 * (sim * 2 - 1) * weight + 0.25 * (1 - weight);
  const score = Math.max(0, Math.min(1, 0.5 * Math.sqrt(lengthP) + 0.5 * anchorP));
  return { cost, score };
}

function lengthCost(src: AlignUnit[], tgt: AlignUnit[], model: CostModel): number {
  const l1 = src.reduce((n, u) => n + u.length, 0);
  const l2 = tgt.reduce((n, u) => n + u.length, 0);
  return -Math.log(twoSidedTail(lengthDelta(l1, l2, model)));
}
