import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { align } from '../src/align/dp.js';
import { alignCalibrated } from '../src/align/calibrate.js';
import { defaultModel, SENTENCE_BEAD_TYPES } from '../src/align/cost.js';
import { textUnit } from '../src/align/units.js';

const sentence = fc.array(fc.constantFrom('alpha', 'Berlin', '1990', 'quatre', 'maison', 'Haus', 'x', '«quoted»', 'why?'), { minLength: 0, maxLength: 12 })
  .map((w) => `${w.join(' ')}.`);

/** Every unit in exactly one bead, in order on both sides, scores in [0, 1]. */
function checkCover(beads: Array<{ source: number[]; target: number[]; score: number }>, n: number, m: number): void {
  expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.target)).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const b of beads) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
}

describe('alignment invariants on arbitrary input', () => {
  it('covers both sides monotonically, with any band and any bead set', () => {
    fc.assert(fc.property(fc.array(sentence, { maxLength: 25 }), fc.array(sentence, { maxLength: 25 }), fc.integer({ min: 1, max: 8 }), (s, t, band) => {
      const src = s.map((x) => textUnit(x)), tgt = t.map((x) => textUnit(x));
      checkCover(align(src, tgt, { model: defaultModel('de', 'fr', 'sentence'), band, beadTypes: SENTENCE_BEAD_TYPES }), s.length, t.length);
      checkCover(alignCalibrated(src, tgt, { model: defaultModel('de', 'fr'), band }).beads, s.length, t.length);
    }), { numRuns: 150, seed: 42 });
  });

  it('keeps fixed links and aligns around them', () => {
    const s = ['Le Cervin 4478 m.', 'Première ascension 1865.', 'Whymper.', 'Fin.'];
    const src = s.map((x) => textUnit(x));
    const beads = align(src, src, { model: defaultModel('fr', 'fr'), fixed: [{ source: [1], target: [2] }] });
    checkCover(beads, 4, 4);
    expect(beads.find((b) => b.confirmed)).toEqual({ source: [1], target: [2], score: 1, confirmed: true });
  });
});
