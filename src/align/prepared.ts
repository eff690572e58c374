import type { AlignUnit } from './cost.js';
import { LocalIds, startWordIds, unitWordIds } from './wordids.js';
import { SourceMarks } from './shared.js';

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
  /** Marked source token counts for sharedWeight (shared.ts). */
  marks: SourceMarks;
  /** Token ids that occur in exactly one source unit and exactly one target unit: (i, j) pairs. */
  uniquePairs: Array<[number, number]>;
}

const KINDS: Record<AlignUnit['kind'], number> = { heading: 0, fragment: 1, prose: 2 };

/** Weights of the evidence classes: numbers and links are the surest anchors. */
export const TOKEN_WEIGHTS = { number: 1.5, link: 1.5, name: 1, word: 0.5, mark: 0.3, lexical: 0.75 };

/** Token classes, in the order a unit's tokens are listed; the first three are strong. */
const CLASS_WEIGHTS = [TOKEN_WEIGHTS.number, TOKEN_WEIGHTS.link, TOKEN_WEIGHTS.name, TOKEN_WEIGHTS.word, TOKEN_WEIGHTS.mark, TOKEN_WEIGHTS.lexical];
const WORD = 3, LEXICAL = 5;

/**
 * Token ids: one per (class, string), numbered in order of first use. Word keys and lexical
 * keys come as local word ids (see wordids.ts) and find their token ids in arrays.
 */
class Tokens {
  readonly weights: number[] = [];
  private readonly maps = CLASS_WEIGHTS.map(() => new Map<string, number>());
  private readonly wordTok: Int32Array;
  private readonly lexTok: Int32Array;
  constructor(words: number) {
    this.wordTok = new Int32Array(words).fill(-1);
    this.lexTok = new Int32Array(words).fill(-1);
  }
  private next(cls: number): number {
    this.weights.push(CLASS_WEIGHTS[cls]);
    return this.weights.length - 1;
  }
  id(cls: number, key: string): number {
    const m = this.maps[cls];
    let id = m.get(key);
    if (id === undefined) { id = this.next(cls); m.set(key, id); }
    return id;
  }
  /** Token id of the word (class WORD) or lexical key (class LEXICAL) with local id w. */
  word(cls: typeof WORD | typeof LEXICAL, w: number): number {
    const ids = cls === WORD ? this.wordTok : this.lexTok;
    let id = ids[w];
    if (id < 0) id = ids[w] = this.next(cls);
    return id;
  }
}

/** Local word ids of each unit's words and lexical keys, and how many units of each side hold each word. */
function localWords(src: AlignUnit[], tgt: AlignUnit[], local: LocalIds): { words: [Int32Array[], Int32Array[]]; lexical: [Int32Array[], Int32Array[]]; df: [Int32Array, Int32Array] } {
  // all ids first (unitWordIds may intern), then the local numbering
  const ids = [src.map(unitWordIds), tgt.map(unitWordIds)];
  const toLocal = (g: readonly number[]): Int32Array => {
    const l = new Int32Array(g.length);
    for (let k = 0; k < g.length; k++) l[k] = local.local(g[k]);
    return l;
  };
  const words: [Int32Array[], Int32Array[]] = [ids[0].map((x) => toLocal(x.wordIds)), ids[1].map((x) => toLocal(x.wordIds))];
  const lexical: [Int32Array[], Int32Array[]] = [ids[0].map((x) => toLocal(x.lexicalIds)), ids[1].map((x) => toLocal(x.lexicalIds))];
  const dfOf = (ls: Int32Array[]): Int32Array => {
    const df = new Int32Array(local.size);
    for (const l of ls) for (let k = 0; k < l.length; k++) df[l[k]]++;
    return df;
  };
  return { words, lexical, df: [dfOf(words[0]), dfOf(words[1])] };
}

export function prepare(src: AlignUnit[], tgt: AlignUnit[]): Prepared {
  startWordIds();
  const local = new LocalIds();
  try {
    return prepareWith(src, tgt, local);
  } finally {
    local.release();
  }
}

function prepareWith(src: AlignUnit[], tgt: AlignUnit[], local: LocalIds): Prepared {
  // Evidence tokens of a unit: its anchors, plus shared word keys (same-script cognates, names
  // and numbers written as words) kept only when the key occurs on both sides of the document
  // and in few units (a word in every sentence tells nothing about which sentence).
  const words = localWords(src, tgt, local);
  const [dfS, dfT] = words.df;
  const maxDf = (n: number): number => Math.max(2, Math.ceil(n * 0.05));
  const maxS = maxDf(src.length), maxT = maxDf(tgt.length);
  const useWord = (w: number): boolean => {
    const a = dfS[w], b = dfT[w];
    return a > 0 && b > 0 && a <= maxS && b <= maxT;
  };
  const toks = new Tokens(local.size);
  const side = (units: AlignUnit[], wordLists: Int32Array[], lexLists: Int32Array[]): { side: PreparedSide; lists: number[][] } => {
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
      // tokens in class order (numbers, links, names, words, marks, lexical); weights summed in that order
      const list: number[] = [];
      let w = 0, strong = 0;
      const add = (cls: number, id: number): void => {
        const weight = CLASS_WEIGHTS[cls];
        if (cls < WORD) strong += weight;
        list.push(id);
        w += weight;
      };
      for (const x of u.anchors.numbers) add(0, toks.id(0, x));
      for (const x of u.anchors.links) add(1, toks.id(1, x));
      for (const x of u.anchors.names) add(2, toks.id(2, x));
      const wl = wordLists[i];
      for (let k = 0; k < wl.length; k++) if (useWord(wl[k])) add(WORD, toks.word(WORD, wl[k]));
      for (const x of u.marks ?? []) add(4, toks.id(4, x));
      const ll = lexLists[i];
      for (let k = 0; k < ll.length; k++) add(LEXICAL, toks.word(LEXICAL, ll[k]));
      s.weightPrefix[i + 1] = s.weightPrefix[i] + w;
      s.strongPrefix[i + 1] = s.strongPrefix[i] + strong;
      lists.push(list);
    }
    return { side: s, lists };
  };
  const a = side(src, words.words[0], words.lexical[0]), b = side(tgt, words.words[1], words.lexical[1]);
  const weights = toks.weights;
  // Only tokens found on both sides can be shared: the others count in the evidence weight
  // (weightPrefix) but are left out of the lists sharedWeight walks for every cell.
  const inSrc = new Uint8Array(weights.length), inTgt = new Uint8Array(weights.length);
  for (const l of a.lists) for (const t of l) inSrc[t] = 1;
  for (const l of b.lists) for (const t of l) inTgt[t] = 1;
  const both = (t: number): boolean => inSrc[t] === 1 && inTgt[t] === 1;
  const weight = Float64Array.from(weights);
  fillTokens(a.side, a.lists, both, weight);
  fillTokens(b.side, b.lists, both, weight);
  return { src: a.side, tgt: b.side, weight, marks: new SourceMarks(weights.length, a.side, b.side, weight), uniquePairs: uniquePairs(a.lists, b.lists, weights.length) };
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

/** Pairs (i, j) of the tokens found in exactly one source unit i and one target unit j, sorted. */
function uniquePairs(src: number[][], tgt: number[][], tokens: number): Array<[number, number]> {
  // the one unit holding each token, -1 for several, -2 for none
  const where = (lists: number[][]): Int32Array => {
    const at = new Int32Array(tokens).fill(-2);
    lists.forEach((l, i) => { for (const t of l) at[t] = at[t] === -2 || at[t] === i ? i : -1; });
    return at;
  };
  const ws = where(src), wt = where(tgt);
  const out: Array<[number, number]> = [];
  for (let t = 0; t < tokens; t++) if (ws[t] >= 0 && wt[t] >= 0) out.push([ws[t], wt[t]]);
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
