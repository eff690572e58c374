import type { Block, RawFinding } from '../types.js';
import type { Rule } from './types.js';
import { numberOption } from './options.js';
import { linkedBeads } from './types.js';
import { countLetters } from '../util/charclass.js';

/** Letters and digits: markup, spaces and punctuation differ between languages for no reason. */
function textLength(blocks: Block[]): number {
  return blocks.reduce((s, b) => s + countLetters(b.text).alnum, 0);
}

function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  const h = v.length >> 1;
  return v.length % 2 ? v[h] : (v[h - 1] + v[h]) / 2;
}

const rule: Rule = {
  id: 'length-ratio',
  severity: 'warning',
  description: 'A linked pair of blocks whose target/source length ratio is an outlier for its document, a symptom of an omission or an addition. Lengths count letters and digits; the log ratios of all linked pairs give a median and a MAD (scaled to a standard deviation, at least `minSpread`, default 0.08), and a pair is reported when its robust z-score exceeds `threshold` (default 3: about a third shorter or longer than usual on the seed, whose own pairs stay within 2.6). Pairs with fewer than `minLength` letters on the source side (default 30) are skipped, and documents with fewer than `minPairs` such pairs (default 6) are not judged.',
  run(ctx) {
    const threshold = numberOption(ctx.options, 'threshold', 3);
    const minLength = numberOption(ctx.options, 'minLength', 30);
    const minPairs = numberOption(ctx.options, 'minPairs', 6);
    const minSpread = numberOption(ctx.options, 'minSpread', 0.08);
    const pairs = linkedBeads(ctx)
      .map((lb) => ({ lb, s: textLength(lb.source), t: textLength(lb.target) }))
      .filter((p) => p.s >= minLength && p.t > 0)
      .map((p) => ({ ...p, log: Math.log(p.t / p.s) }));
    if (pairs.length < minPairs) return [];
    const med = median(pairs.map((p) => p.log));
    const spread = Math.max(minSpread, 1.4826 * median(pairs.map((p) => Math.abs(p.log - med))));
    const out: RawFinding[] = [];
    for (const p of pairs) {
      const z = (p.log - med) / spread;
      if (Math.abs(z) <= threshold) continue;
      const expected = Math.exp(med);
      const ratio = p.t / p.s;
      const what = z < 0
        ? `the translation is ${Math.round((1 - ratio / expected) * 100)}% shorter than this document's usual ratio: something may be left out`
        : `the translation is ${Math.round((ratio / expected - 1) * 100)}% longer than this document's usual ratio: something may be added`;
      out.push({
        rule: rule.id,
        message: `${what} (length ratio ${ratio.toFixed(2)}, document median ${expected.toFixed(2)}, robust z ${z.toFixed(1)})`,
        source: { block: p.lb.source[0].index },
        target: { block: p.lb.target[0].index },
      });
    }
    return out;
  },
};
export default rule;
