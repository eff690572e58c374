import type { Block } from '../types.js';
import { splitSentences } from '../segment/sentences.js';
import { blockUnits, textUnit } from '../align/units.js';
import { alignCalibrated } from '../align/calibrate.js';
import { defaultModel, SENTENCE_BEAD_TYPES } from '../align/cost.js';
import type { BeadPair } from './score.js';
import type { PerturbedUnit } from './perturb.js';

/** Blocks as the segmenter would give them for one-paragraph-per-line text. */
export function toBlocks(units: PerturbedUnit[], lang: string): Block[] {
  let offset = 0;
  return units.map((u, index) => {
    const block: Block = {
      index, kind: u.heading ? 'heading' : 'paragraph', text: u.text, start: offset, end: offset + u.text.length,
      line: index + 1, column: 1, sentences: splitSentences(u.text, lang),
    };
    offset += u.text.length + 1;
    return block;
  });
}

/** Paragraph alignment exactly as the pipeline runs it. */
export function alignParagraphs(src: Block[], tgt: Block[], sl: string, tl: string, band = 60): BeadPair[] {
  const { beads } = alignCalibrated(blockUnits(src), blockUnits(tgt), { model: defaultModel(sl, tl), band });
  return beads.map((b) => [b.source, b.target]);
}

/** Sentence alignment of two sentence lists (one document), with calibration. */
export function alignSentenceLists(src: string[], tgt: string[], sl: string, tl: string): BeadPair[] {
  const { beads } = alignCalibrated(src.map((s) => textUnit(s)), tgt.map((t) => textUnit(t)), {
    model: defaultModel(sl, tl, 'sentence'), beadTypes: SENTENCE_BEAD_TYPES,
  });
  return beads.map((b) => [b.source, b.target]);
}
