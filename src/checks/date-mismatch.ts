import type { Block } from '../types.js';
import { findDates, formatDate, parseReference, readableLang, type DateMention, type DateParts, type Lang } from '../lang/dates.js';
import { unreadableRanges } from '../lang/numbers.js';
import { linkedBeads, type Rule, type RuleContext } from './types.js';
import { checkOptions, severitiesSchema } from './options.js';
import { counterpart, kindSeverity, withoutOff, type Draft, sameSentenceBead, sideMentions, type InSentence } from './bead-mentions.js';

const ID = 'date-mismatch';
const PARTS: Array<keyof DateParts> = ['year', 'month', 'day'];

/**
 * Each block's dates, by language and reference date: number-mismatch asks for the dates of
 * every block too (to leave them to this rule), so a block is read once. Kept per block object,
 * so per pair; mentions are never changed after they are found.
 */
const byBlock = new WeakMap<Block, Map<string, DateMention[]>>();

/** Dates of a text, leaving out those inside URLs and link targets; `block`, when given, holds `text`. */
export function datesOf(text: string, l: Lang, ref: DateParts | undefined, block?: Block): DateMention[] {
  const key = `${l}\0${ref?.year ?? ''}-${ref?.month ?? ''}-${ref?.day ?? ''}`;
  let memo: Map<string, DateMention[]> | undefined;
  if (block && block.text === text && !(memo = byBlock.get(block))) byBlock.set(block, memo = new Map());
  let found = memo?.get(key);
  if (found === undefined) {
    const skip = unreadableRanges(text);
    found = findDates(text, l, ref).filter((d) => skip.every((x) => d.end <= x.start || d.start >= x.end));
    memo?.set(key, found);
  }
  return found;
}

function conflicts(a: DateParts, b: DateParts): Array<keyof DateParts> {
  return PARTS.filter((p) => a[p] !== undefined && b[p] !== undefined && a[p] !== b[p]);
}
function sameParts(a: DateMention, b: DateMention): boolean {
  return PARTS.every((p) => a[p] === b[p]) && !!a.decade === !!b.decade;
}
function shared(a: DateParts, b: DateParts): number {
  return PARTS.filter((p) => a[p] !== undefined && a[p] === b[p]).length;
}

type M = InSentence<DateMention>;

/** The date's value for messages (the reporter shows the texts): "2020-05", "this month = 2022-11". */
function describe(d: DateMention): string {
  return d.relative ? `"${d.text}" = ${formatDate(d)}` : formatDate(d);
}

const OPTIONS = {
  properties: {
    severities: severitiesSchema(['conflict', 'precision', 'relative', 'missing']),
    reportMissing: { type: 'boolean' },
  },
};

const rule: Rule = {
  id: ID,
  severity: 'error',
  description: 'Dates compared per aligned pair with their precision (year, month, day): month names in every Russian case, numeric forms ("11.10.2021", "2021-10-11"), ranges ("from April to June 2020" / "с апреля по июнь 2020 года") and relative expressions ("this month", "в прошлом году") resolved against `published` in pair.json. A conflicting value is an error; a year, month or day stated on one side only, a relative date rendered as an absolute one (or back), and a date with no counterpart are warnings. Durations ("five-year ban", "в течение пяти лет"), counts and times are not dates, a relative expression with no counterpart ("today" rendered as "недавно") is not reported. Options: `severities` ({conflict, precision, relative, missing}), `reportMissing` (default true).',
  run(ctx: RuleContext) {
    const ref = parseReference(ctx.pair.meta.published);
    const sl = readableLang(ctx.pair.source.lang), tl = readableLang(ctx.pair.target.lang);
    const reportMissing = ctx.options.reportMissing !== false;
    checkOptions(ID, ctx.options, OPTIONS);
    if (!sl || !tl) return []; // only English and Russian are read
    const out: Draft[] = [];
    for (const lb of linkedBeads(ctx)) {
      const src: M[] = sideMentions(lb, 'source', (t, b) => datesOf(t, sl, ref, b));
      const tgt: M[] = sideMentions(lb, 'target', (t, b) => datesOf(t, tl, ref, b));
      const used = new Set<M>();
      const pairs: Array<[M, M]> = [];
      // 1. Same date, same kind; 2. compatible (no component conflicts), most shared components
      // first, same sentence pair preferred; 3. dates left on both sides that
      // disagree on a component: conflicting values.
      const pass = (ok: (a: M, b: M) => boolean, score: (a: M, b: M) => number) => {
        for (const a of src) {
          if (used.has(a)) continue;
          let best: M | undefined, bestScore = -Infinity;
          for (const b of tgt) {
            if (used.has(b) || !ok(a, b)) continue;
            const s = score(a, b) + (sameSentenceBead(lb, a.sentence, b.sentence) ? 10 : 0);
            if (s > bestScore) { best = b; bestScore = s; }
          }
          if (best) { used.add(a); used.add(best); pairs.push([a, best]); }
        }
      };
      pass((a, b) => sameParts(a.item, b.item) && !!a.item.relative === !!b.item.relative, () => 0);
      pass((a, b) => conflicts(a.item, b.item).length === 0 && (shared(a.item, b.item) > 0 || !!a.item.relative !== !!b.item.relative), (a, b) => shared(a.item, b.item));
      pass((a, b) => conflicts(a.item, b.item).length > 0, (a, b) => shared(a.item, b.item) - Math.abs(src.indexOf(a) - tgt.indexOf(b)) / 100);
      for (const [a, b] of pairs) {
        const s = a.item, t = b.item;
        const span = { source: { block: a.block, start: s.start, end: s.end }, target: { block: b.block, start: t.start, end: t.end } };
        const bad = conflicts(s, t);
        if (bad.length) {
          out.push({ rule: ID, ...span, severity: kindSeverity(ctx, ID, 'conflict', 'error'), message: `the ${bad.join(' and ')} differ${bad.length > 1 ? '' : 's'}: ${describe(s)} in the source, ${describe(t)} in the target` });
        } else if (!!s.relative !== !!t.relative) {
          out.push({ rule: ID, ...span, severity: kindSeverity(ctx, ID, 'relative', 'warning'), message: `${s.relative ? 'relative' : 'absolute'} date in the source (${describe(s)}), ${t.relative ? 'relative' : 'absolute'} in the target (${describe(t)})` });
        } else if (!sameParts(s, t)) {
          const added = PARTS.filter((p) => s[p] === undefined && t[p] !== undefined);
          const dropped = PARTS.filter((p) => s[p] !== undefined && t[p] === undefined);
          const what = [added.length ? `the target adds the ${added.join(' and ')}` : '', dropped.length ? `the target drops the ${dropped.join(' and ')}` : ''].filter(Boolean).join('; ') || 'one side names a decade';
          out.push({ rule: ID, ...span, severity: kindSeverity(ctx, ID, 'precision', 'warning'), message: `${what}: ${describe(s)} in the source, ${describe(t)} in the target` });
        }
      }
      if (!reportMissing) continue;
      for (const [list, side] of [[src, 'source'], [tgt, 'target']] as const) {
        for (const m of list) {
          if (used.has(m) || m.item.weak) continue;
          const here = { block: m.block, start: m.item.start, end: m.item.end };
          const there = counterpart(lb, side, m.block, m.item.start);
          out.push({
            rule: ID,
            source: side === 'source' ? here : there,
            target: side === 'target' ? here : there,
            severity: kindSeverity(ctx, ID, 'missing', 'warning'),
            message: `date "${m.item.text}" (${describe(m.item)}) in the ${side} has no counterpart in the ${side === 'source' ? 'target' : 'source'}`,
          });
        }
      }
    }
    return withoutOff(out);
  },
};
export default rule;
