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
  const T = tWords.length;
  const co = new Map<number, number>();
  for (let k = 0; k < ones.length; k++) {
    const t = tLists[k].filter(keepT);
    if (!t.length) continue;
    for (const x of sLists[k]) {
      if (!keepS(x)) continue;
      for (const y of t) { const key = x * T + y; co.set(key, (co.get(key) ?? 0) + 1); }
    }
  }
  const bestY = new Int32Array(sWords.length).fill(-1), bestDice = new Float64Array(sWords.length);
  for (const [key, c] of co) {
    if (c < minCount) continue;
    const x = Math.floor(key / T), y = key - x * T;
    if (sWords[x] === tWords[y]) continue; // identical keys already count as shared words
    const dice = (2 * c) / (fs[x] + ft[y]);
    if (dice > bestDice[x] || (dice === bestDice[x] && bestY[x] >= 0 && tWords[y] < tWords[bestY[x]])) { bestDice[x] = dice; bestY[x] = y; }
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
