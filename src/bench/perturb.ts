import { splitSentences } from '../segment/sentences.js';
import type { BeadPair } from './score.js';
import { mulberry32 } from './rng.js';

/** A unit of a perturbed document and the original paragraph indices it holds. */
export interface PerturbedUnit { text: string; heading: boolean; orig: number[] }

export interface Perturbed {
  source: PerturbedUnit[];
  target: PerturbedUnit[];
  gold: BeadPair[];
  edits: { deleted: number; merged: number; split: number };
}

export interface PerturbRates { delete: number; merge: number; split: number }
export const DEFAULT_RATES: PerturbRates = { delete: 0.05, merge: 0.05, split: 0.03 };

function pickDistinct(rand: () => number, count: number, n: number, ok: (i: number) => boolean): number[] {
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < count && tries < n * 20; tries++) {
    const i = Math.floor(rand() * n);
    if (ok(i) && !chosen.has(i)) chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Perturb a paragraph-parallel pair (line i of one side translates line i of the other) with a
 * fixed seed: delete ~5% of target paragraphs, merge ~5% of adjacent source paragraph pairs and
 * split ~3% of target paragraphs at a sentence boundary; the gold beads follow from the edits.
 */
export function perturb(
  source: PerturbedUnit[], target: PerturbedUnit[], targetLang: string, seed: number, rates: PerturbRates = DEFAULT_RATES,
): Perturbed {
  const rand = mulberry32(seed);
  const n = source.length;
  // delete on the target side
  const del = new Set(pickDistinct(rand, Math.round(n * rates.delete), n, () => true));
  let tgt = target.filter((_, i) => !del.has(i));
  // merge adjacent pairs on the source side (k with k+1; no unit merged twice)
  const merges = pickDistinct(rand, Math.round(n * rates.merge), n - 1, (k) => !source[k].heading && !source[k + 1].heading)
    .filter((k, idx, arr) => idx === 0 || arr[idx - 1] < k - 1);
  const mergeSet = new Set(merges);
  const src: PerturbedUnit[] = [];
  for (let i = 0; i < n; i++) {
    if (mergeSet.has(i - 1)) continue;
    if (mergeSet.has(i)) {
      src.push({ text: `${source[i].text} ${source[i + 1].text}`, heading: false, orig: [...source[i].orig, ...source[i + 1].orig] });
    } else src.push(source[i]);
  }
  // split on the target side at a sentence boundary near the middle
  const sentences = tgt.map((u) => splitSentences(u.text, targetLang));
  const splits = new Set(pickDistinct(rand, Math.round(n * rates.split), tgt.length, (i) => sentences[i].length >= 2 && !tgt[i].heading));
  const out: PerturbedUnit[] = [];
  tgt.forEach((u, i) => {
    if (!splits.has(i)) { out.push(u); return; }
    const s = sentences[i];
    const cut = s[Math.floor(s.length / 2)].start;
    out.push({ text: u.text.slice(0, cut).trimEnd(), heading: false, orig: u.orig });
    out.push({ text: u.text.slice(cut).trimStart(), heading: false, orig: u.orig });
  });
  tgt = out;
  return { source: src, target: tgt, gold: goldBeads(src, tgt), edits: { deleted: del.size, merged: merges.length, split: splits.size } };
}

/** Gold beads: source and target units that share an original paragraph form one bead. */
export function goldBeads(src: PerturbedUnit[], tgt: PerturbedUnit[]): BeadPair[] {
  const tgtOf = new Map<number, number[]>();
  tgt.forEach((u, j) => u.orig.forEach((p) => tgtOf.set(p, [...(tgtOf.get(p) ?? []), j])));
  const beads: BeadPair[] = [];
  let nextT = 0;
  src.forEach((u, i) => {
    const ts = [...new Set(u.orig.flatMap((p) => tgtOf.get(p) ?? []))].sort((a, b) => a - b);
    for (; ts.length && nextT < ts[0]; nextT++) beads.push([[], [nextT]]);
    const last = beads[beads.length - 1];
    if (ts.length && last && last[1].includes(ts[0])) last[0].push(i); // shares a split target unit
    else beads.push([[i], ts]);
    if (ts.length) nextT = Math.max(nextT, ts[ts.length - 1] + 1);
  });
  for (; nextT < tgt.length; nextT++) beads.push([[], [nextT]]);
  return beads;
}
