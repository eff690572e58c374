/**
 * Alignment scores as in the literature (Vecalign's score.py): strict precision/recall over
 * beads (a bead counts only when it matches a gold bead exactly) and lax (a link counts when
 * it overlaps a gold bead on both sides). Recall is precision with gold and test swapped;
 * counts are summed over documents before dividing (micro average).
 */
export type BeadPair = [number[], number[]];

export interface Counts { tpStrict: number; fpStrict: number; tpLax: number; fpLax: number }

export function emptyCounts(): Counts {
  return { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
}

const key = (b: BeadPair): string => `${b[0].join(',')}:${b[1].join(',')}`;

export function precisionCounts(gold: BeadPair[], test: BeadPair[], into: Counts = emptyCounts()): Counts {
  const goldSet = new Set(gold.filter((b) => b[0].length || b[1].length).map(key));
  const srcToTgt = new Map<number, Set<number>>();
  for (const [s, t] of gold) for (const i of s) {
    let set = srcToTgt.get(i);
    if (!set) srcToTgt.set(i, (set = new Set()));
    for (const j of t) set.add(j);
  }
  const seen = new Set<string>();
  for (const b of test) {
    if (!b[0].length && !b[1].length) continue;
    const k = key(b);
    if (seen.has(k)) continue;
    seen.add(k);
    if (goldSet.has(k)) { into.tpStrict++; into.tpLax++; continue; }
    into.fpStrict++;
    const targets = new Set<number>();
    for (const i of b[0]) for (const j of srcToTgt.get(i) ?? []) targets.add(j);
    if (b[1].some((j) => targets.has(j))) into.tpLax++;
    else into.fpLax++;
  }
  return into;
}

export interface Prf { precision: number; recall: number; f1: number }

function prf(p: number, r: number): Prf {
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
const ratio = (a: number, b: number): number => (a + b === 0 ? 0 : a / (a + b));

/** Strict and lax P/R/F1 of several documents, micro-averaged. */
export function scoreDocs(docs: Array<{ gold: BeadPair[]; test: BeadPair[] }>): { strict: Prf; lax: Prf } {
  const p = emptyCounts(), r = emptyCounts();
  for (const d of docs) {
    precisionCounts(d.gold, d.test, p);
    precisionCounts(d.test, d.gold, r);
  }
  return {
    strict: prf(ratio(p.tpStrict, p.fpStrict), ratio(r.tpStrict, r.fpStrict)),
    lax: prf(ratio(p.tpLax, p.fpLax), ratio(r.tpLax, r.fpLax)),
  };
}

/** Link-level P/R/F1: every (source, target) pair joined by a bead is one link. */
export function linkScore(gold: BeadPair[], test: BeadPair[]): Prf & { tp: number; fp: number; fn: number } {
  const links = (beads: BeadPair[]): Set<string> => {
    const out = new Set<string>();
    for (const [s, t] of beads) for (const i of s) for (const j of t) out.add(`${i}:${j}`);
    return out;
  };
  const g = links(gold), t = links(test);
  let tp = 0;
  for (const l of t) if (g.has(l)) tp++;
  const fp = t.size - tp, fn = g.size - tp;
  return { ...prf(ratio(tp, fp), ratio(tp, fn)), tp, fp, fn };
}
