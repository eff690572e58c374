import type { Block, SentenceBead } from '../types.js';
import { textUnit } from './units.js';
import { align } from './dp.js';
import { DEFAULT_PRIORS, SENTENCE_BEAD_TYPES, type CostModel } from './cost.js';

/** A sentence of a bead, addressed by block and sentence index. */
export interface SentenceRef {
  block: number;
  sentence: number;
}

/** The sentences of a bead's blocks in order; a SentenceBead's indices point into this list. */
export function beadSentences(blocks: Block[]): SentenceRef[] {
  return blocks.flatMap((b) => b.sentences.map((s) => ({ block: b.index, sentence: s.index })));
}

/**
 * Align the sentences inside one aligned block pair, by the same dynamic programme as the
 * blocks, with the document's calibrated length model.
 */
export function alignSentences(src: Block[], tgt: Block[], model: CostModel): SentenceBead[] {
  const s = src.flatMap((b) => b.sentences.map((x) => textUnit(x.text)));
  const t = tgt.flatMap((b) => b.sentences.map((x) => textUnit(x.text)));
  if (s.length === 0 || t.length === 0) return [];
  // Sentences vary more than their paragraphs: use at least the sentence-level s² of the paper.
  const beads = align(s, t, { model: { ...model, sentencePenalty: 0, orphanPenalty: 0, conflictPenalty: 0.75, priors: DEFAULT_PRIORS }, beadTypes: SENTENCE_BEAD_TYPES });
  return beads.map((b) => ({ source: b.source, target: b.target, score: b.score }));
}
