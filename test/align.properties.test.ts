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

describe('second pass within a band around the first pass (guide)', () => {
  it('covers both sides with any guide, even a wrong one, and with fixed links', () => {
    fc.assert(fc.property(fc.array(sentence, { maxLength: 20 }), fc.array(sentence, { maxLength: 20 }), fc.integer({ min: 0, max: 3 }), (s, t, w) => {
      const src = s.map((x) => textUnit(x)), tgt = t.map((x) => textUnit(x));
      const model = defaultModel('de', 'fr');
      const first = align(src, tgt, { model });
      checkCover(align(src, tgt, { model, guide: first, guideBand: w }), s.length, t.length);
      // a guide that is not an alignment of these units at all (everything unlinked)
      const wrong = [...s.map((_, i) => ({ source: [i], target: [], score: 0.5 })), ...t.map((_, j) => ({ source: [], target: [j], score: 0.5 }))];
      checkCover(align(src, tgt, { model, guide: wrong, guideBand: w }), s.length, t.length);
      if (s.length > 2 && t.length > 2) {
        const fixed = [{ source: [1], target: [1] }];
        const guided = align(src, tgt, { model, fixed, guide: align(src, tgt, { model, fixed }), guideBand: w });
        checkCover(guided, s.length, t.length);
        expect(guided.find((b) => b.confirmed)).toMatchObject({ source: [1], target: [1] });
      }
    }), { numRuns: 150, seed: 7 });
  });

  it('finds what the full search finds when the best path stays near the guide', () => {
    const s = ['Le Cervin 4478 m.', 'Première ascension 1865.', 'Whymper et Carrel.', 'Une cordée de 7.', 'Quatre morts.', 'Fin de 1865.'];
    const t = ['Das Matterhorn 4478 m.', 'Erstbesteigung 1865.', 'Whymper und Carrel.', 'Quatre morts: vier Tote.', 'Ende 1865.'];
    const src = s.map((x) => textUnit(x)), tgt = t.map((x) => textUnit(x));
    const model = defaultModel('fr', 'de');
    const full = align(src, tgt, { model });
    expect(align(src, tgt, { model, guide: full, guideBand: 2 })).toEqual(full);
    expect(full.find((b) => b.source.includes(3))?.target).toEqual([]);
  });
});
