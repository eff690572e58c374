import type { Bead } from '../types.js';
import type { AlignUnit } from './cost.js';
import { DistinctIds, LocalIds, startWordIds, unitWordIds, wordId, wordIdsFor, wordOf } from './wordids.js';

/**
 * A translation lexicon learned from the document itself (as hunalign bootstraps one): word
 * keys that co-occur in the first pass's 1-1 beads far more than chance (Dice ≥ minDice over
 * at least minCount beads) are taken as translations. Each source key keeps its best target.
 * Language-independent: it needs no dictionary, only the document's own repetition.
 */
const MAX_BEADS = 2000;

export function learnLexicon(beads: Bead[], src: AlignUnit[], tgt: AlignUnit[], minCount = 2, minDice = 0.5): Map<string, string> {
  const all = beads.filter((b) => b.source.length === 1 && b.target.length === 1);
  // A lexicon needs a few thousand beads at most: sample long documents evenly (bounded time and memory).
  const step = Math.max(1, Math.ceil(all.length / MAX_BEADS));
  const ones = step === 1 ? all : all.filter((_, k) => k % step === 0);
  const maxFreq = Math.max(minCount, Math.ceil(ones.length * 0.2));
  // Each side's word keys numbered 0, 1, … in order of first occurrence, through their ids
  // (wordids.ts); a unit's word keys are distinct already (wordKeys).
  startWordIds();
  const sSide = numberSide(ones.map((b) => unitWordIds(src[b.source[0]]).wordIds));
  const tSide = numberSide(ones.map((b) => unitWordIds(tgt[b.target[0]]).wordIds));
  const S = sSide.global.length, T = tSide.global.length, B = ones.length;
  const fs = new Int32Array(S), ft = new Int32Array(T);
  for (const x of sSide.ids) fs[x]++;
  for (const y of tSide.ids) ft[y]++;
  const keepS = (x: number): boolean => fs[x] >= minCount && fs[x] <= maxFreq;
  const keepT = (y: number): boolean => ft[y] >= minCount && ft[y] <= maxFreq;
  // Co-occurrence counts, one source word at a time: the beads it occurs in (postings) give
  // the target words it meets, counted in a dense array over target ids (no map keyed by pairs).
  // Lists are flat arrays with start offsets (a bead's kept target words, a word's beads).
  const tKept = flat(B, (k, push) => { for (let q = tSide.start[k]; q < tSide.start[k + 1]; q++) if (keepT(tSide.ids[q])) push(tSide.ids[q]); });
  const postings = postingsOf(S, B, (k, visit) => {
    if (tKept.start[k] === tKept.start[k + 1]) return;
    for (let q = sSide.start[k]; q < sSide.start[k + 1]; q++) if (keepS(sSide.ids[q])) visit(sSide.ids[q]);
  });
  const co = new Int32Array(T);
  const touched = new Int32Array(T);
  const bestY = new Int32Array(S).fill(-1), bestDice = new Float64Array(S);
  for (let x = 0; x < S; x++) {
    let n = 0;
    for (let p = postings.start[x]; p < postings.start[x + 1]; p++) {
      const k = postings.ids[p];
      for (let q = tKept.start[k]; q < tKept.start[k + 1]; q++) {
        const y = tKept.ids[q];
        if (co[y]++ === 0) touched[n++] = y;
      }
    }
    for (let q = 0; q < n; q++) {
      const y = touched[q];
      const c = co[y];
      co[y] = 0;
      if (c < minCount) continue;
      if (sSide.global[x] === tSide.global[y]) continue; // identical keys already count as shared words
      const dice = (2 * c) / (fs[x] + ft[y]);
      // the best Dice, ties to the smaller target key (so the order of candidates does not matter)
      if (dice > bestDice[x] || (dice === bestDice[x] && bestY[x] >= 0 && wordOf(tSide.global[y]) < wordOf(tSide.global[bestY[x]]))) { bestDice[x] = dice; bestY[x] = y; }
    }
  }
  const lexicon = new Map<string, string>();
  for (let x = 0; x < S; x++) if (bestY[x] >= 0 && bestDice[x] >= minDice) lexicon.set(wordOf(sSide.global[x]), wordOf(tSide.global[bestY[x]]));
  return lexicon;
}

/** Lists as one array of ids with each list's start (list k is ids[start[k]] … ids[start[k + 1] − 1]). */
interface Flat { ids: Int32Array; start: Int32Array }

/** B lists, list k made of what fill(k, push) pushes. */
function flat(B: number, fill: (k: number, push: (id: number) => void) => void): Flat {
  const ids: number[] = [];
  const start = new Int32Array(B + 1);
  const push = (id: number): void => { ids.push(id); };
  for (let k = 0; k < B; k++) {
    fill(k, push);
    start[k + 1] = ids.length;
  }
  return { ids: Int32Array.from(ids), start };
}

/** For each of n ids, the lists k (of B) in which visit(k, …) visits it, in increasing k. */
function postingsOf(n: number, B: number, each: (k: number, visit: (id: number) => void) => void): Flat {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < B; k++) each(k, (x) => { start[x + 1]++; });
  for (let x = 0; x < n; x++) start[x + 1] += start[x];
  const ids = new Int32Array(start[n]);
  const next = start.slice(0, n);
  for (let k = 0; k < B; k++) each(k, (x) => { ids[next[x]++] = k; });
  return { ids, start };
}

/** One side's lists of word ids renumbered from 0 in order of first occurrence (global: each number's id). */
function numberSide(lists: Array<readonly number[]>): Flat & { global: number[] } {
  const local = new LocalIds();
  try {
    const out = flat(lists.length, (k, push) => { const g = lists[k]; for (let q = 0; q < g.length; q++) push(local.local(g[q])); });
    return { ...out, global: [...local.global] };
  } finally {
    local.release();
  }
}

/** Units with lexicon evidence: the source gets the translations of its words, the target its words that are translations. */
export function withLexicon(src: AlignUnit[], tgt: AlignUnit[], lexicon: Map<string, string>): { src: AlignUnit[]; tgt: AlignUnit[] } {
  startWordIds();
  // by word id: the id of its translation (source keys), and whether it is a translation (targets)
  const pairs = [...lexicon].map(([s, t]) => [wordId(s), wordId(t)] as const);
  const sIds = src.map((u) => unitWordIds(u).wordIds), tIds = tgt.map((u) => unitWordIds(u).wordIds);
  const local = new LocalIds();
  try {
    for (const [s, t] of pairs) { local.local(s); local.local(t); }
    const translation = new Int32Array(local.size).fill(-1), isTranslation = new Uint8Array(local.size);
    for (const [s, t] of pairs) { translation[local.find(s)] = t; isTranslation[local.find(t)] = 1; }
    // each key once, in order of first occurrence (as [...new Set(…)])
    const withKeys = (u: AlignUnit, ids: readonly number[], pick: (l: number) => number): AlignUnit => {
      const out = new DistinctIds();
      for (let k = 0; k < ids.length; k++) {
        const l = local.find(ids[k]);
        const g = l < 0 ? -1 : pick(l);
        if (g >= 0) out.add(g);
      }
      const lexical = out.words();
      // as { ...u, lexical, wordIds }, which V8 builds ten times slower
      return Object.assign({}, u, { lexical, wordIds: wordIdsFor(u.words, ids, lexical, out.ids) });
    };
    return {
      src: src.map((u, i) => withKeys(u, sIds[i], (l) => translation[l])),
      tgt: tgt.map((u, j) => withKeys(u, tIds[j], (l) => (isTranslation[l] ? local.global[l] : -1))),
    };
  } finally {
    local.release();
  }
}
