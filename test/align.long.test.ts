import { describe, expect, it } from 'vitest';
import { syntheticPair } from '../src/bench/synthetic.js';
import { perturb } from '../src/bench/perturb.js';
import { alignParagraphs, toBlocks } from '../src/bench/run-aligner.js';
import { linkScore, type BeadPair } from '../src/bench/score.js';

describe('long documents (banded, anchor-first DP)', () => {
  it('aligns a generated 3,000-block pair exactly', () => {
    const { en, ru } = syntheticPair(3000, 3, 2);
    const beads = alignParagraphs(toBlocks(en, 'en'), toBlocks(ru, 'ru'), 'en', 'ru');
    expect(beads).toEqual(en.map((_, i) => [[i], [i]]));
  });

  it('finds a 300-block insertion in the middle, far wider than the band', () => {
    const { en, ru } = syntheticPair(3000, 5, 2);
    const extra = syntheticPair(300, 99, 2).ru;
    const tgt = [...ru.slice(0, 1500), ...extra, ...ru.slice(1500)];
    const beads = alignParagraphs(toBlocks(en, 'en'), toBlocks(tgt, 'ru'), 'en', 'ru');
    // Generated paragraphs are interchangeable at the seams (no anchors, similar lengths), so
    // the aligner may lend a seam paragraph a few inserted ones (see README); everywhere else,
    // and for 290+ of the 300 inserted blocks, the alignment must be exact.
    const near = (b: BeadPair): boolean => b[0].some((i) => i >= 1494 && i <= 1505) || b[1].some((j) => (j >= 1494 && j <= 1505) || (j >= 1794 && j <= 1805) || (j >= 1500 && j < 1800));
    const expected: BeadPair[] = [];
    for (let i = 0; i < 1500; i++) expected.push([[i], [i]]);
    for (let k = 0; k < 300; k++) expected.push([[], [1500 + k]]);
    for (let i = 1500; i < 3000; i++) expected.push([[i], [i + 300]]);
    expect(beads.filter((b) => !near(b))).toEqual(expected.filter((b) => !near(b)));
    expect(beads.filter((b) => !b[0].length && b[1][0] >= 1500 && b[1][0] < 1800).length).toBeGreaterThanOrEqual(290);
  });

  it('recovers deletions, merges and splits in a perturbed 3,000-block pair', () => {
    const { en, ru } = syntheticPair(3000, 8, 2);
    const p = perturb(en, ru, 'ru', 21);
    const beads = alignParagraphs(toBlocks(p.source, 'en'), toBlocks(p.target, 'ru'), 'en', 'ru');
    const s = linkScore(p.gold, beads);
    expect(p.edits.deleted).toBeGreaterThan(100);
    expect(p.edits.merged).toBeGreaterThan(100);
    expect(p.edits.split).toBeGreaterThan(50);
    expect(s.f1).toBeGreaterThan(0.98);
  });
});
