import { describe, expect, it } from 'vitest';
import { linkScore, precisionCounts, scoreDocs, type BeadPair } from '../src/bench/score.js';
import { goldBeads, perturb } from '../src/bench/perturb.js';
import { parseGold } from '../src/bench/data.js';
import { learnLexicon } from '../src/align/lexicon.js';
import { textUnit } from '../src/align/units.js';

describe('benchmark scoring (as Vecalign score.py)', () => {
  const gold: BeadPair[] = [[[0], [0]], [[1, 2], [1]], [[], [2]], [[3], [3]]];
  it('counts exact beads as strict hits and overlapping ones as lax hits', () => {
    const test: BeadPair[] = [[[0], [0]], [[1], [1]], [[2], []], [[], [2]], [[3], [3]]];
    expect(precisionCounts(gold, test)).toEqual({ tpStrict: 3, fpStrict: 2, tpLax: 4, fpLax: 1 });
    const s = scoreDocs([{ gold, test }]);
    expect(s.strict.precision).toBeCloseTo(3 / 5);
    expect(s.strict.recall).toBeCloseTo(3 / 4);
  });
  it('link F1 counts source–target pairs', () => {
    const l = linkScore(gold, [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
    expect([l.tp, l.fp, l.fn]).toEqual([3, 1, 1]);
  });
  it('parses gold files', () => {
    expect(parseGold('[0]:[0, 1]\n[1, 2]:[2]\n[]:[3]\n')).toEqual([[[0], [0, 1]], [[1, 2], [2]], [[], [3]]]);
  });
});

describe('perturbed copies derive their gold from the edits', () => {
  const u = (orig: number[]) => ({ text: '', heading: false, orig });
  it('deletion, merge and split', () => {
    // source: 0, 1+2 merged, 3; target: 0, 1 deleted, 2 split in two, 3
    expect(goldBeads([u([0]), u([1, 2]), u([3])], [u([0]), u([2]), u([2]), u([3])]))
      .toEqual([[[0], [0]], [[1], [1, 2]], [[2], [3]]]);
  });
  it('is deterministic for a seed and covers every unit once', () => {
    const units = Array.from({ length: 200 }, (_, i) => ({ text: `Sentence ${i} one. Sentence ${i} two.`, heading: false, orig: [i] }));
    const a = perturb(units, units, 'en', 5), b = perturb(units, units, 'en', 5);
    expect(a).toEqual(b);
    expect(a.gold.flatMap((g) => g[0])).toEqual(a.source.map((_, i) => i));
    expect(a.gold.flatMap((g) => g[1])).toEqual(a.target.map((_, j) => j));
    expect(a.edits.deleted).toBe(10);
    expect(a.edits.merged).toBeGreaterThan(5);
    expect(a.edits.split).toBe(6);
  });
});

describe('lexicon learned from the first pass', () => {
  it('pairs words that co-occur in 1-1 beads, and not chance neighbours', () => {
    const de = ['Das Haus ist alt.', 'Der Berg ist hoch.', 'Ein Haus am See.', 'Der Berg im Winter.', 'Das Wetter.'];
    const fr = ['La maison est vieille.', 'La montagne est haute.', 'Une maison au lac.', 'La montagne en hiver.', 'Le temps.'];
    const beads = de.map((_, i) => ({ source: [i], target: [i], score: 1 }));
    const lex = learnLexicon(beads, de.map((t) => textUnit(t)), fr.map((t) => textUnit(t)));
    expect(lex.get('haus')).toBe('maiso');
    expect(lex.get('berg')).toBe('monta');
    expect(lex.has('wette')).toBe(false); // seen once: no evidence
  });
});
