import type { Bead } from '../types.js';
import type { AlignUnit } from './cost.js';

/**
 * A translation lexicon learned from the document itself (as hunalign bootstraps one): word
 * keys that co-occur in the first pass's 1-1 beads far more than chance (Dice ≥ minDice over
 * at least minCount beads) are taken as translations. Each source key keeps its best target.
 * Language-independent: it needs no dictionary, only the document's own repetition.
 */
export function learnLexicon(beads: Bead[], src: AlignUnit[], tgt: AlignUnit[], minCount = 2, minDice = 0.5): Map<string, string> {
  const ones = beads.filter((b) => b.source.length === 1 && b.target.length === 1);
  const fs = new Map<string, number>(), ft = new Map<string, number>(), co = new Map<string, Map<string, number>>();
  const maxFreq = Math.max(minCount, Math.ceil(ones.length * 0.2));
  for (const b of ones) {
    const s = new Set(src[b.source[0]].words ?? []), t = new Set(tgt[b.target[0]].words ?? []);
    for (const x of s) fs.set(x, (fs.get(x) ?? 0) + 1);
    for (const y of t) ft.set(y, (ft.get(y) ?? 0) + 1);
  }
  for (const b of ones) {
    const s = [...new Set(src[b.source[0]].words ?? [])].filter((x) => (fs.get(x) ?? 0) >= minCount && fs.get(x)! <= maxFreq);
    const t = [...new Set(tgt[b.target[0]].words ?? [])].filter((y) => (ft.get(y) ?? 0) >= minCount && ft.get(y)! <= maxFreq);
    for (const x of s) {
      let row = co.get(x);
      if (!row) co.set(x, (row = new Map()));
      for (const y of t) row.set(y, (row.get(y) ?? 0) + 1);
    }
  }
  const lexicon = new Map<string, string>();
  for (const [x, row] of [...co].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let best = '', bestDice = 0;
    for (const [y, c] of [...row].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (c < minCount || x === y) continue;
      const dice = (2 * c) / (fs.get(x)! + ft.get(y)!);
      if (dice > bestDice) { bestDice = dice; best = y; }
    }
    if (bestDice >= minDice) lexicon.set(x, best);
  }
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
