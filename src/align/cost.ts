import type { Anchors } from './anchors.js';
import type { Prepared } from './prepared.js';
import type { WordIds } from './wordids.js';

/** What the aligner knows of a block (or sentence). */
export interface AlignUnit {
  /** Length in characters (normalised spaces). */
  length: number;
  anchors: Anchors;
  sentences: number;
  /** Structural class: units of different classes never merge into one bead side. */
  kind: 'heading' | 'fragment' | 'prose';
  /** Word keys for shared-token evidence (cognates in same-script pairs), each once (see wordKeys). */
  words?: string[];
  /** Target word keys this unit's words translate to (source) or that it contains (target), from a learned lexicon. */
  lexical?: string[];
  /** Punctuation marks kept across translation (see units.ts). */
  marks?: string[];
  /** The interned ids of words and lexical, made with them (a cache: see wordids.ts). */
  wordIds?: WordIds;
}

export interface CostModel {
  /** Expected target characters per source character (Gale–Church c). */
  ratio: number;
  /** Variance of target length per source character (Gale–Church s²). */
  variance: number;
  /** Cost reduction per unit of shared evidence weight (additive over beads, so merging
   * beads gains nothing unless it joins tokens that were split across them). */
  matchReward: number;
  /** Penalty per unit of a multi-unit bead that has evidence of its own (names, numbers, links,
   * or evidence weight ≥ 2) but shares none of it with the other side (block level; 0 for
   * sentences, where German nouns look like names). */
  orphanPenalty: number;
  /** Penalty per unit of strong-anchor weight unmatched on both sides of a link (sentence
   * level only: between paragraphs, free translation drops and adds names too often). */
  conflictPenalty: number;
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

/**
 * Block-level priors: 2-2 is rarer still between paragraphs (a translator re-dividing two
 * paragraphs differently), and without this a 2-2 bead absorbs two loose 1-1 paragraphs.
 */
export const BLOCK_PRIORS: Record<string, number> = { ...DEFAULT_PRIORS, '2-2': -Math.log(0.0002) };

/** Sentence alignment also allows 1-3 and 3-1: translators split long sentences. */
export const SENTENCE_BEAD_TYPES: ReadonlyArray<readonly [number, number]> = [...BEAD_TYPES, [1, 3], [3, 1]];

/** Language-pair length ratios (target chars per source char), measured on parallel text. */
const RATIOS: Record<string, number> = { 'en-ru': 1.15, 'ru-en': 0.87, 'de-fr': 1.05, 'fr-de': 0.95 };

export function defaultModel(sourceLang: string, targetLang: string, level: 'block' | 'sentence' = 'block'): CostModel {
  return {
    ratio: RATIOS[`${sourceLang}-${targetLang}`] ?? 1,
    variance: 6.8,
    matchReward: 3,
    sentencePenalty: 0.6,
    orphanPenalty: level === 'block' ? 4 : 0,
    conflictPenalty: level === 'block' ? 0 : 0.75,
    priors: level === 'block' ? BLOCK_PRIORS : DEFAULT_PRIORS,
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

const TAIL_WEIGHT = 0.05, TAIL_SCALE = 3;
/**
 * −log probability of the length pair: Gale–Church's normal model mixed with a three times
 * wider one (weight 0.05), since free translation has heavier tails than the normal law and
 * one loose paragraph should not force its neighbours into a merged bead.
 */
export function lengthCost(l1: number, l2: number, model: CostModel): number {
  const z = lengthDelta(l1, l2, model);
  return -Math.log((1 - TAIL_WEIGHT) * twoSidedTail(z) + TAIL_WEIGHT * twoSidedTail(z / TAIL_SCALE));
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

/** Weighted count of evidence tokens shared by source units [i0, i1) and target units [j0, j1). */
export function sharedWeight(p: Prepared, i0: number, i1: number, j0: number, j1: number): number {
  return p.marks.shared(i0, i1, j0, j1);
}

/**
 * Cost (−log probability, lower is better) and confidence of linking source units [i0, i1)
 * with target units [j0, j1): bead prior + Gale–Church length cost + anchor disagreement +
 * sentence-count difference. Units of different kinds never share a bead side. With a `bound`,
 * a bead that cannot cost less than it (even sharing every token it could) is not evaluated
 * further and costs Infinity: the dynamic programme passes the best cost found so far.
 */
export function rangeCost(p: Prepared, i0: number, i1: number, j0: number, j1: number, model: CostModel, bound = Infinity): number {
  return evaluate(p, i0, i1, j0, j1, model, false, bound).cost;
}

/** Confidence in [0, 1] of the same bead. */
export function rangeScore(p: Prepared, i0: number, i1: number, j0: number, j1: number, model: CostModel): number {
  return evaluate(p, i0, i1, j0, j1, model, true).score;
}

/**
 * A unit joined into a multi-unit bead that has evidence of its own (names, numbers, links, or
 * enough lexicon and word evidence) yet shares none of it with the other side is probably an insertion or omission, not half
 * of a split: each such unit adds a penalty.
 */
/** Total evidence weight that makes a unit with no shared token an orphan even without names or numbers. */
const ORPHAN_EVIDENCE = 2;
function orphanEvidence(side: Prepared['src'], i: number): boolean {
  return side.strongPrefix[i + 1] - side.strongPrefix[i] >= 1 || side.weightPrefix[i + 1] - side.weightPrefix[i] >= ORPHAN_EVIDENCE;
}

function orphanCost(p: Prepared, i0: number, i1: number, j0: number, j1: number, model: CostModel): number {
  let cost = 0;
  const { src, tgt } = p;
  if (i1 - i0 > 1) {
    for (let i = i0; i < i1; i++) {
      if (orphanEvidence(src, i) && !p.marks.sharesAny(i, i + 1, j0, j1)) cost += model.orphanPenalty;
    }
  }
  if (j1 - j0 > 1) {
    for (let j = j0; j < j1; j++) {
      if (orphanEvidence(tgt, j) && !p.marks.sharesAny(i0, i1, j, j + 1)) cost += model.orphanPenalty;
    }
  }
  return cost;
}

const OUT: BeadCost = { cost: 0, score: 0 };
function out(cost: number, score: number): BeadCost {
  OUT.cost = cost;
  OUT.score = score;
  return OUT;
}

const priorTables = new WeakMap<Record<string, number>, Float64Array>();
// the table of the priors used last: the DP asks for the same priors millions of times in a row
let lastPriors: Record<string, number> | undefined;
let lastTable: Float64Array | undefined;
/** −log prior of an a-b bead, from a 4×4 table built once per priors object. */
function priorOf(priors: Record<string, number>, a: number, b: number): number {
  if (a > 3 || b > 3) return 20;
  if (priors !== lastPriors) {
    let t = priorTables.get(priors);
    if (!t) {
      t = new Float64Array(16).fill(20);
      for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) t[x * 4 + y] = priors[`${x}-${y}`] ?? 20;
      priorTables.set(priors, t);
    }
    lastPriors = priors;
    lastTable = t;
  }
  return lastTable![a * 4 + b];
}

/** Slack on the pruning bound, so rounding never prunes a bead that ties the best one. */
const BOUND_SLACK = 1e-9;
/**
 * A lower bound of lengthCost: twoSidedTail overestimates the normal tail by at most 1.5e-7
 * (Abramowitz–Stegun 26.2.17 errs by less than 7.5e-8), so the mixture is at most 1 + 1.5e-7
 * and its −log above −1.5e-7.
 */
const LC_FLOOR = -1e-6;

function evaluate(p: Prepared, i0: number, i1: number, j0: number, j1: number, model: CostModel, withScore: boolean, bound = Infinity): BeadCost {
  const a = i1 - i0, b = j1 - j0;
  const prior = priorOf(model.priors, a, b);
  if (a === 0 || b === 0) return out(prior, 0.5);
  const { src, tgt } = p;
  if (src.kindRunStart[i1 - 1] > i0 || tgt.kindRunStart[j1 - 1] > j0) return out(Infinity, 0);
  const sk = src.kind[i0], tk = tgt.kind[j0];
  const l1 = src.lenPrefix[i1] - src.lenPrefix[i0];
  const l2 = tgt.lenPrefix[j1] - tgt.lenPrefix[j0];
  if (sk !== tk) {
    if (a > 1 || b > 1) return out(Infinity, 0);
    // A heading (kind 0) against a paragraph is possible but costs extra.
    if (sk === 0 || tk === 0) return out(prior + 4 + lengthCost(l1, l2, model), 0.3);
  }
  const sentenceCost = model.sentencePenalty * Math.abs(src.sentPrefix[i1] - src.sentPrefix[i0] - (tgt.sentPrefix[j1] - tgt.sentPrefix[j0]));
  let lc: number;
  if (bound !== Infinity) {
    // Lower bound: every other term is ≥ 0 except the reward, which is at most reward × shareable weight.
    const shareable = Math.min(src.sharePrefix[i1] - src.sharePrefix[i0], tgt.sharePrefix[j1] - tgt.sharePrefix[j0]);
    // The length cost is never below LC_FLOOR: when the other terms exceed the bound by more,
    // the full test below would fail too, and the exponentials need not be computed.
    if (prior + sentenceCost - model.matchReward * shareable + LC_FLOOR > bound + BOUND_SLACK) return out(Infinity, 0);
    lc = lengthCost(l1, l2, model);
    if (prior + lc + sentenceCost - model.matchReward * shareable > bound + BOUND_SLACK) return out(Infinity, 0);
  } else {
    lc = lengthCost(l1, l2, model);
  }
  const evidence = src.weightPrefix[i1] - src.weightPrefix[i0] + tgt.weightPrefix[j1] - tgt.weightPrefix[j0];
  let sim = 0, weight = 0, shared = 0;
  if (evidence > 0) {
    shared = sharedWeight(p, i0, i1, j0, j1);
    sim = (2 * shared) / evidence;
    weight = Math.min(1, evidence / 6);
  }
  let anchorCost = -model.matchReward * shared;
  if (model.conflictPenalty > 0 && shared < evidence) {
    // Strong anchors on both sides that fail to match each other argue against the link.
    const us = src.strongPrefix[i1] - src.strongPrefix[i0] - shared;
    const ut = tgt.strongPrefix[j1] - tgt.strongPrefix[j0] - shared;
    if (us > 0 && ut > 0) anchorCost += model.conflictPenalty * Math.min(us, ut);
  }
  if ((a > 1 || b > 1) && model.orphanPenalty > 0) {
    // the orphan penalty only adds (and float sums are monotone): past the bound without it, past it with it
    if (bound !== Infinity && prior + lc + anchorCost + sentenceCost > bound + BOUND_SLACK) return out(Infinity, 0);
    anchorCost += orphanCost(p, i0, i1, j0, j1, model);
  }
  const cost = prior + lc + anchorCost + sentenceCost;
  if (!withScore) return out(cost, 0);
  const lengthP = Math.exp(-lc);
  const anchorP = evidence === 0 ? 0.75 : 0.5 + 0.5 * (sim * 2 - 1) * weight + 0.25 * (1 - weight);
  return { cost, score: Math.max(0, Math.min(1, 0.5 * Math.sqrt(lengthP) + 0.5 * anchorP)) };
}
