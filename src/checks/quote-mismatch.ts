import type { Block, RawFinding } from '../types.js';
import type { Rule } from './types.js';
import { numberOption } from './options.js';
import { linkedBeads } from './types.js';
import { scanPairs } from '../util/quote-pairs.js';

interface Quote { block: number; start: number; end: number; text: string; length: number; required: boolean }

/** Top-level quotations of a bead side; nested ones belong to their outer quotation. */
function quotes(blocks: Block[], minWords: number): Quote[] {
  return blocks.flatMap((b) => scanPairs(b.text).quotes
    .filter((q) => q.depth === 0)
    .map((q) => {
      const text = b.text.slice(q.open.index + 1, q.close.index);
      const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      // Short quoted items are scare quotes, terms and names («Көше партиясы», ‘D’): one
      // language quotes them where the other does not, so they may match but need not.
      return { block: b.index, start: q.open.index, end: q.close.index + 1, text, length: text.length, required: words >= minWords };
    }));
}

/**
 * Match quotations of the two sides in order (Gale–Church style): one to one, or one to a run
 * of up to three full quotations (a Russian quotation often joins an English one split by "said X"), when
 * their lengths agree within `tolerance` after scaling by the pair's length ratio. Returns the
 * required quotations left unmatched, minimising their number.
 */
export function unmatchedQuotes(src: Quote[], tgt: Quote[], ratio: number, tolerance: number): { source: Quote[]; target: Quote[] } {
  const n = src.length, m = tgt.length;
  const sum = (qs: Quote[], a: number, b: number) => qs.slice(a, b).reduce((s, q) => s + q.length, 0);
  const fits = (ls: number, lt: number) => { const r = lt / Math.max(1, ls * ratio); return r >= 1 / tolerance && r <= tolerance; };
  const cost: number[][] = Array.from({ length: n + 1 }, () => Array(m + 1).fill(Infinity));
  const back: Array<Array<[number, number]>> = Array.from({ length: n + 1 }, () => Array(m + 1).fill([0, 0]));
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      const tryMove = (di: number, dj: number, c: number) => {
        if (i - di < 0 || j - dj < 0) return;
        const v = cost[i - di][j - dj] + c;
        if (v < cost[i][j]) { cost[i][j] = v; back[i][j] = [di, dj]; }
      };
      if (i > 0) tryMove(1, 0, src[i - 1].required ? 1 : 0);
      if (j > 0) tryMove(0, 1, tgt[j - 1].required ? 1 : 0);
      // Only full quotations are joined: a run of short quoted names is not a quotation.
      const allRequired = (qs: Quote[], a: number, b: number) => b - a === 1 || qs.slice(a, b).every((q) => q.required);
      for (let k = 1; k <= 3; k++) {
        if (i >= k && j >= 1 && allRequired(src, i - k, i) && fits(sum(src, i - k, i), tgt[j - 1].length)) tryMove(k, 1, 0);
        if (k > 1 && i >= 1 && j >= k && allRequired(tgt, j - k, j) && fits(src[i - 1].length, sum(tgt, j - k, j))) tryMove(1, k, 0);
      }
    }
  }
  const out = { source: [] as Quote[], target: [] as Quote[] };
  for (let i = n, j = m; i > 0 || j > 0;) {
    const [di, dj] = back[i][j];
    if (dj === 0 && src[i - 1].required) out.source.unshift(src[i - 1]);
    if (di === 0 && tgt[j - 1].required) out.target.unshift(tgt[j - 1]);
    i -= di; j -= dj;
  }
  return out;
}

const rule: Rule = {
  id: 'quote-mismatch',
  severity: 'warning',
  description: 'A quotation on one side of a linked pair of blocks with no quotation of comparable length on the other: quoted words turned into paraphrase, or quotes added to a paraphrase. Top-level «…», “…”, „…“, ‘…’ and "…" passages are matched in order, one to one or one to a run of up to three (a Russian quotation often joins an English one interrupted by "said X"), when their lengths agree within a factor of `tolerance` (default 3) after scaling by the pair\'s length ratio. Quotations shorter than `minWords` words (default 4) — scare quotes, terms, names such as «Көше партиясы» or a grade ‘D’ rendered as bare D — may match but are never reported.',
  run(ctx) {
    const minWords = numberOption(ctx.options, 'minWords', 4);
    const tolerance = numberOption(ctx.options, 'tolerance', 3);
    const out: RawFinding[] = [];
    for (const lb of linkedBeads(ctx)) {
      const len = (bs: Block[]) => bs.reduce((s, b) => s + b.text.length, 0);
      const ratio = len(lb.target) / Math.max(1, len(lb.source));
      const { source, target } = unmatchedQuotes(quotes(lb.source, minWords), quotes(lb.target, minWords), ratio, tolerance);
      const short = (t: string) => (t.length > 50 ? `${t.slice(0, 47)}…` : t);
      for (const q of source) {
        out.push({
          rule: rule.id,
          message: `quotation "${short(q.text)}" has no quoted counterpart in the ${ctx.config.targetLang} text`,
          source: { block: q.block, start: q.start, end: q.end }, target: { block: lb.target[0].index },
        });
      }
      for (const q of target) {
        out.push({
          rule: rule.id,
          message: `quotation "${short(q.text)}" has no quoted counterpart in the ${ctx.config.sourceLang} text`,
          source: { block: lb.source[0].index }, target: { block: q.block, start: q.start, end: q.end },
        });
      }
    }
    return out;
  },
};
export default rule;
