import type { Bead } from '../types.js';
import type { AlignUnit } from './cost.js';

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
  const sIds = new Map<string, number>(), tIds = new Map<string, number>();
  const sWords: string[] = [], tWords: string[] = [];
  const intern = (w: string, ids: Map<string, number>, words: string[]): number => {
    let id = ids.get(w);
    if (id === undefined) { id = words.length; ids.set(w, id); words.push(w); }
    return id;
  };
  // a unit's word keys are distinct already (wordKeys)
  const sLists = ones.map((b) => (src[b.source[0]].words ?? []).map((w) => intern(w, sIds, sWords)));
  const tLists = ones.map((b) => (tgt[b.target[0]].words ?? []).map((w) => intern(w, tIds, tWords)));
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

/** Units with lexicon evidence: the source gets the translations of its words, the target its words that are translations. */
export function withLexicon(src: AlignUnit[], tgt: AlignUnit[], lexicon: Map<string, string>): { src: AlignUnit[]; tgt: AlignUnit[] } {
  const values = new Set(lexicon.values());
  return {
    src: src.map((u) => ({ ...u, lexical: [...new Set((u.words ?? []).map((w) => lexicon.get(w)).filter((w): w is string => w !== undefined))] })),
    tgt: tgt.map((u) => ({ ...u, lexical: [...new Set((u.words ?? []).filter((w) => values.has(w)))] })),
  };
}
