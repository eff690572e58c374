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
  const sGlobal = ones.map((b) => unitWordIds(src[b.source[0]]).wordIds), tGlobal = ones.map((b) => unitWordIds(tgt[b.target[0]]).wordIds);
  const { words: sWords, lists: sLists } = numberSide(sGlobal);
  const { words: tWords, lists: tLists } = numberSide(tGlobal);
  const fs = new Int32Array(sWords.length), ft = new Int32Array(tWords.length);
  for (const l of sLists) for (const x of l) fs[x]++;
  for (const l of tLists) for (const y of l) ft[y]++;
  const keepS = (x: number): boolean => fs[x] >= minCount && fs[x] <= maxFreq;
  const keepT = (y: number): boolean => ft[y] >= minCount && ft[y] <= maxFreq;
  // Co-occurrence counts, one source word at a time: the beads it occurs in (postings) give
  // the target words it meets, counted in a dense array over target ids (no map keyed by pairs).
  const tKept = tLists.map((l) => l.filter(keepT));
  const postings: number[][] = sWords.map(() => []);
  for (let k = 0; k < ones.length; k++) {
    if (!tKept[k].length) continue;
    for (const x of sLists[k]) if (keepS(x)) postings[x].push(k);
  }
  const co = new Int32Array(tWords.length);
  const touched: number[] = [];
  const bestY = new Int32Array(sWords.length).fill(-1), bestDice = new Float64Array(sWords.length);
  for (let x = 0; x < sWords.length; x++) {
    for (const k of postings[x]) {
      for (const y of tKept[k]) if (co[y]++ === 0) touched.push(y);
    }
    for (const y of touched) {
      const c = co[y];
      co[y] = 0;
      if (c < minCount) continue;
      if (sWords[x] === tWords[y]) continue; // identical keys already count as shared words
      const dice = (2 * c) / (fs[x] + ft[y]);
      // the best Dice, ties to the smaller target key (so the order of candidates does not matter)
      if (dice > bestDice[x] || (dice === bestDice[x] && bestY[x] >= 0 && tWords[y] < tWords[bestY[x]])) { bestDice[x] = dice; bestY[x] = y; }
    }
    touched.length = 0;
  }
  const lexicon = new Map<string, string>();
  for (let x = 0; x < sWords.length; x++) if (bestY[x] >= 0 && bestDice[x] >= minDice) lexicon.set(sWords[x], tWords[bestY[x]]);
  return lexicon;
}

/** One side's word ids renumbered from 0 in order of first occurrence, with the keys. */
function numberSide(global: Array<readonly number[]>): { words: string[]; lists: number[][] } {
  const local = new LocalIds();
  try {
    const lists = global.map((g) => {
      const l: number[] = [];
      for (let k = 0; k < g.length; k++) l.push(local.local(g[k]));
      return l;
    });
    return { words: local.global.map(wordOf), lists };
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
