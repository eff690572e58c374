/**
 * Shared plumbing for checks that compare things found on both sides of a linked bead
 * (numbers, dates): collecting mentions per block, pointing at the counterpart sentence, and
 * per-kind severities that still honour a severity set for the whole rule in the config.
 */
import type { Block, RawFinding, Severity, Span } from '../types.js';
import { beadSentences } from '../align/sentences.js';
import type { LinkedBead, RuleContext } from './types.js';

export interface Located<T> { block: number; item: T }

/** Run `find` on every block of one side of a bead (its text, and the block for memos); results in document order. */
export function collect<T>(blocks: Block[], find: (text: string, block: Block) => T[]): Array<Located<T>> {
  return blocks.flatMap((b) => find(b.text, b).map((item) => ({ block: b.index, item })));
}

/**
 * The span on the other side that corresponds to `offset` in `block` on `side`: the sentence(s)
 * the sentence aligner linked to the sentence holding it, else the other side's first block.
 */
export function counterpart(lb: LinkedBead, side: 'source' | 'target', block: number, offset: number): Span {
  const mine = side === 'source' ? lb.source : lb.target;
  const other = side === 'source' ? lb.target : lb.source;
  const fallback = { block: other[0].index };
  const refs = beadSentences(mine);
  const b = mine.find((x) => x.index === block);
  const sentence = b?.sentences.find((s) => s.start <= offset && offset < s.end) ?? b?.sentences.at(-1);
  if (!sentence) return fallback;
  const k = refs.findIndex((r) => r.block === block && r.sentence === sentence.index);
  const sb = lb.bead.sentences?.find((x) => (side === 'source' ? x.source : x.target).includes(k));
  const linked = sb ? (side === 'source' ? sb.target : sb.source) : [];
  if (!linked.length) return fallback;
  const otherRefs = beadSentences(other);
  const first = otherRefs[linked[0]], last = otherRefs[linked[linked.length - 1]];
  const ob = other.find((x) => x.index === first.block)!;
  if (first.block !== last.block) return { block: first.block, start: ob.sentences[first.sentence].start, end: ob.text.length };
  return { block: first.block, start: ob.sentences[first.sentence].start, end: ob.sentences[last.sentence].end };
}

/** A mention with the index (in bead order) of the sentence holding it, -1 if none. */
export type InSentence<T> = Located<T> & { sentence: number };

/**
 * The mentions `find` gives in every block of one side of a bead (document order), each with
 * its sentence index, for preferring same-sentence pairings.
 */
export function sideMentions<T extends { start: number }>(lb: LinkedBead, side: 'source' | 'target', find: (text: string, block: Block) => T[]): Array<InSentence<T>> {
  const mine = side === 'source' ? lb.source : lb.target;
  const refs = beadSentences(mine);
  return collect(mine, find).map((x) => {
    const b = mine.find((y) => y.index === x.block);
    const s = b?.sentences.find((y) => y.start <= x.item.start && x.item.start < y.end);
    return { ...x, sentence: s ? refs.findIndex((r) => r.block === x.block && r.sentence === s.index) : -1 };
  });
}

/** Whether two mentions sit in sentences the sentence aligner linked. */
export function sameSentenceBead(lb: LinkedBead, src: number, tgt: number): boolean {
  if (src < 0 || tgt < 0) return false;
  return (lb.bead.sentences ?? []).some((sb) => sb.source.includes(src) && sb.target.includes(tgt));
}

/**
 * Severity of one kind of finding: `options.severities[kind]` when given; otherwise, when the
 * config sets a severity for the whole rule, that one (returned as undefined so the runner
 * applies it); otherwise the kind's default. "off" drops that kind of finding.
 */
export function kindSeverity(ctx: RuleContext, ruleId: string, kind: string, fallback: Severity): Severity | 'off' | undefined {
  const per = ctx.options.severities as Record<string, unknown> | undefined;
  const v = per?.[kind];
  if (v === 'error' || v === 'warning' || v === 'info' || v === 'off') return v;
  const setting = ctx.config.rules[ruleId];
  const explicit = typeof setting === 'string' ? setting : setting?.severity;
  return explicit ? undefined : fallback;
}

/** A finding whose kind may be switched off. */
export type Draft = Omit<RawFinding, 'severity'> & { severity?: Severity | 'off' };

/** Drop findings whose kind is switched off. */
export function withoutOff(list: Draft[]): RawFinding[] {
  return list.filter((f): f is RawFinding => f.severity !== 'off');
}
