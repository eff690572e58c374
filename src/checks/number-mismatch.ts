import type { Lang } from '../lang/dates.js';
import type { Block } from '../types.js';
import { findNumbers, unreadableRanges, type NumberMention } from '../lang/numbers.js';
import { parseReference, readableLang } from '../lang/dates.js';
import { datesOf } from './date-mismatch.js';
import { linkedBeads, type Rule, type RuleContext } from './types.js';
import { checkOptions, severitiesSchema } from './options.js';
import { counterpart, kindSeverity, withoutOff, type Draft, sameSentenceBead, sideMentions, type InSentence } from './bead-mentions.js';

const ID = 'number-mismatch';

type M = InSentence<NumberMention>;

/** Numbers of a text outside its dates (the date check owns those) and URLs. */
export function numbersOf(text: string, l: Lang, published: string | undefined, block?: Block): NumberMention[] {
  const exclude = [...unreadableRanges(text), ...datesOf(text, l, parseReference(published), block)];
  return findNumbers(text, l, exclude);
}

const OPTIONS = {
  properties: {
    severities: severitiesSchema(['conflict', 'missing']),
    ignore: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } },
  },
};

const rule: Rule = {
  id: ID,
  severity: 'error',
  description: 'Numbers compared as multisets per aligned pair: digits with either locale\'s separators ("1,000.5" = "1 000,5", U+00A0 or thin-space grouping), digits with a scale word ("5 million" = "5 млн"), times, percentages and ranges, and English and Russian number words in every case and gender ("five" = "пяти", "forty-nine" = "сорока девяти", "five-year" = "пятилетний"); "5 (five)" counts once, ordinals count as their value. A number that differs is an error; a number on one side only is a warning. Lone "one"/"first"/"second" (and "один", "первый", "второй", "семью") never fire on their own. Numbers inside dates belong to `date-mismatch`. Options: `severities` ({conflict, missing}), `ignore` (values never reported, e.g. ["1", "0"]).',
  run(ctx: RuleContext) {
    const sl = readableLang(ctx.pair.source.lang), tl = readableLang(ctx.pair.target.lang);
    const published = ctx.pair.meta.published;
    const ignore = new Set(Array.isArray(ctx.options.ignore) ? ctx.options.ignore.map(String) : []);
    checkOptions(ID, ctx.options, OPTIONS);
    if (!sl || !tl) return []; // only English and Russian are read
    const out: Draft[] = [];
    for (const lb of linkedBeads(ctx)) {
      const src: M[] = sideMentions(lb, 'source', (t, b) => numbersOf(t, sl, published, b));
      const tgt: M[] = sideMentions(lb, 'target', (t, b) => numbersOf(t, tl, published, b));
      const used = new Set<M>();
      // Equal values pair up, same sentence pair and same notation (digits or words) first;
      // what is left is a difference.
      for (const [sameSentence, sameNotation] of [[true, true], [true, false], [false, true], [false, false]]) {
        for (const a of src) {
          if (used.has(a)) continue;
          const b = tgt.find((t) => !used.has(t) && t.item.key === a.item.key
            && (!sameSentence || sameSentenceBead(lb, a.sentence, t.sentence)) && (!sameNotation || t.item.digits === a.item.digits));
          if (b) { used.add(a); used.add(b); }
        }
      }
      const left = (list: M[]) => list.filter((m) => !used.has(m) && !m.item.weak && !ignore.has(m.item.key));
      const ls = left(src), lt = left(tgt);
      // A number left on each side of the same sentence pair: one value changed into another.
      // Then any left on both sides, in order (the sentence aligner may have merged sentences).
      for (const same of [true, false]) for (const a of ls) {
        if (used.has(a)) continue;
        const b = lt.find((t) => !used.has(t) && (!same || sameSentenceBead(lb, a.sentence, t.sentence)));
        if (!b) continue;
        used.add(a); used.add(b);
        out.push({
          rule: ID,
          severity: kindSeverity(ctx, ID, 'conflict', 'error'),
          message: `numbers differ: ${a.item.key} in the source, ${b.item.key} in the target`,
          source: { block: a.block, start: a.item.start, end: a.item.end },
          target: { block: b.block, start: b.item.start, end: b.item.end },
        });
      }
      for (const [list, side] of [[ls, 'source'], [lt, 'target']] as const) {
        for (const m of list) {
          if (used.has(m)) continue;
          const here = { block: m.block, start: m.item.start, end: m.item.end };
          const there = counterpart(lb, side, m.block, m.item.start);
          out.push({
            rule: ID,
            severity: kindSeverity(ctx, ID, 'missing', 'warning'),
            message: `number "${m.item.text}" (${m.item.key}) in the ${side} has no counterpart in the ${side === 'source' ? 'target' : 'source'}`,
            source: side === 'source' ? here : there,
            target: side === 'target' ? here : there,
          });
        }
      }
    }
    return withoutOff(out);
  },
};
export default rule;
