import type { AlignUnit } from './cost.js';

/**
 * Per-unit data of one side laid out for the dynamic programme: prefix sums of lengths,
 * sentence counts and evidence weights (so a bead's totals cost O(1)), and each unit's evidence
 * tokens as interned integer ids (so matching them allocates nothing).
 */
export interface PreparedSide {
  n: number;
  lenPrefix: Float64Array;
  sentPrefix: Float64Array;
  /** Sum of token weights up to each unit. */
  weightPrefix: Float64Array;
  /** Sum of the weights of strong tokens (numbers, links, names) up to each unit. */
  strongPrefix: Float64Array;
  /** Index of the first unit of the run of same-kind units that unit i belongs to. */
  kindRunStart: Int32Array;
  kind: Uint8Array;
  /** Sum of the weights of tokens that occur on both sides (the most a bead can share) up to each unit. */
  sharePrefix: Float64Array;
  tokStart: Int32Array;
  tokens: Int32Array;
}

export interface Prepared {
  src: PreparedSide;
  tgt: PreparedSide;
  /** Weight of each token id. */
  weight: Float64Array;
  /** Scratch counts per token id (all zero between uses). */
  counts: Int32Array;
  /** Token ids that occur in exactly one source unit and exactly one target unit: (i, j) pairs. */
  uniquePairs: Array<[number, number]>;
}

const KINDS: Record<AlignUnit['kind'], number> = { heading: 0, fragment: 1, prose: 2 };

/** Weights of the evidence classes: numbers and links are the surest anchors. */
export const TOKEN_WEIGHTS = { number: 1.5, link: 1.5, name: 1, word: 0.5, mark: 0.3, lexical: 0.75 };

/**
 * Evidence tokens of a unit: its anchors, plus shared word keys (same-script cognates, names
 * and numbers written as words) kept only when the key occurs on both sides of the document
 * and in few units (a word in every sentence tells nothing about which sentence).
 */
function unitTokens(u: AlignUnit, useWord: (k: string) => boolean): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const x of u.anchors.numbers) out.push([`n:${x}`, TOKEN_WEIGHTS.number]);
  for (const x of u.anchors.links) out.push([`l:${x}`, TOKEN_WEIGHTS.link]);
  for (const x of u.anchors.names) out.push([`p:${x}`, TOKEN_WEIGHTS.name]);
  for (const x of u.words ?? []) if (useWord(x)) out.push([`w:${x}`, TOKEN_WEIGHTS.word]);
  for (const x of u.marks ?? []) out.push([`m:${x}`, TOKEN_WEIGHTS.mark]);
  for (const x of u.lexical ?? []) out.push([`x:${x}`, TOKEN_WEIGHTS.lexical]);
  return out;
}

function docFrequency(units: AlignUnit[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const u of units) for (const w of u.words ?? []) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

export function prepare(src: AlignUnit[], tgt: AlignUnit[]): Prepared {
  const dfS = docFrequency(src), dfT = docFrequency(tgt);
  const maxDf = (n: number): number => Math.max(2, Math.ceil(n * 0.05));
  const useWord = (k: string): boolean => {
    const a = dfS.get(k) ?? 0, b = dfT.get(k) ?? 0;
    return a > 0 && b > 0 && a <= maxDf(src.length) && b <= maxDf(tgt.length);
  };
  const ids = new Map<string, number>();
  const weights: number[] = [];
  const side = (units: AlignUnit[]): { side: PreparedSide; lists: number[][] } => {
    const n = units.length;
    const s: PreparedSide = {
      n, lenPrefix: new Float64Array(n + 1), sentPrefix: new Float64Array(n + 1), weightPrefix: new Float64Array(n + 1), strongPrefix: new Float64Array(n + 1),
      kindRunStart: new Int32Array(n), kind: new Uint8Array(n), sharePrefix: new Float64Array(n + 1), tokStart: new Int32Array(n + 1), tokens: new Int32Array(0),
    };
    const lists: number[][] = [];
    for (let i = 0; i < n; i++) {
      const u = units[i];
      s.lenPrefix[i + 1] = s.lenPrefix[i] + u.length;
      s.sentPrefix[i + 1] = s.sentPrefix[i] + u.sentences;
      s.kind[i] = KINDS[u.kind];
      s.kindRunStart[i] = i > 0 && s.kind[i - 1] === s.kind[i] ? s.kindRunStart[i - 1] : i;
      const list: number[] = [];
      let w = 0, strong = 0;
      for (const [tok, weight] of unitTokens(u, useWord)) {
        if (/^[nlp]:/.test(tok)) strong += weight;
        let id = ids.get(tok);
        if (id === undefined) { id = weights.length; ids.set(tok, id); weights.push(weight); }
        list.push(id);
        w += weight;
      }
      s.weightPrefix[i + 1] = s.weightPrefix[i] + w;
      s.strongPrefix[i + 1] = s.strongPrefix[i] + strong;
      lists.push(list);
    }
    return { side: s, lists };
  };
  const a = side(src), b = side(tgt);
  // Only tokens found on both sides can be shared: the others count in the evidence weight
  // (weightPrefix) but are left out of the lists sharedWeight walks for every cell.
  const inSrc = new Uint8Array(weights.length), inTgt = new Uint8Array(weights.length);
  for (const l of a.lists) for (const t of l) inSrc[t] = 1;
  for (const l of b.lists) for (const t of l) inTgt[t] = 1;
  const both = (t: number): boolean => inSrc[t] === 1 && inTgt[t] === 1;
  const weight = Float64Array.from(weights);
  fillTokens(a.side, a.lists, both, weight);
  fillTokens(b.side, b.lists, both, weight);
  return { src: a.side, tgt: b.side, weight, counts: new Int32Array(weights.length), uniquePairs: uniquePairs(a.lists, b.lists) };
}

function fillTokens(s: PreparedSide, lists: number[][], keep: (t: number) => boolean, weight: Float64Array): void {
  let total = 0;
  for (const l of lists) for (const t of l) if (keep(t)) total++;
  s.tokens = new Int32Array(total);
  let k = 0;
  lists.forEach((l, i) => {
    s.tokStart[i] = k;
    let w = 0;
    for (const t of l) if (keep(t)) { s.tokens[k++] = t; w += weight[t]; }
    s.sharePrefix[i + 1] = s.sharePrefix[i] + w;
  });
  s.tokStart[s.n] = k;
}

function uniquePairs(src: number[][], tgt: number[][]): Array<[number, number]> {
  const where = (lists: number[][]): Map<number, number> => {
    const m = new Map<number, number>();
    lists.forEach((l, i) => { for (const t of new Set(l)) m.set(t, m.has(t) ? -1 : i); });
    return m;
  };
  const ws = where(src), wt = where(tgt);
  const out: Array<[number, number]> = [];
  for (const [t, i] of ws) {
    const j = wt.get(t);
    if (i >= 0 && j !== undefined && j >= 0) out.push([i, j]);
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
