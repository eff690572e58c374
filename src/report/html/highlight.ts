import { h } from './h.js';
import type { ElementContent } from 'hast';
import type { Block, Finding, Severity } from '../../types.js';
import { isOpen } from '../json.js';

/** A finding's range inside one block, in block-relative offsets. */
export interface Range { start: number; end: number; severity: Severity; id: string; open: boolean }

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worst(ranges: Array<{ severity: Severity }>): Severity {
  return ranges.reduce<Severity>((w, r) => (RANK[r.severity] < RANK[w] ? r.severity : w), 'info');
}

/** Ranges of the findings on one side of one block. Whole-block findings are flagged on the block instead. */
export function rangesIn(findings: Finding[], side: 'source' | 'target', block: Block): { ranges: Range[]; whole: Range[] } {
  const ranges: Range[] = [], whole: Range[] = [];
  for (const f of findings) {
    const loc = f[side];
    if (!loc || loc.paragraph !== block.index) continue;
    const r: Range = { start: loc.start - block.start, end: loc.end - block.start, severity: f.severity, id: f.id, open: isOpen(f) };
    // a highlight of the whole paragraph says nothing: mark the block itself
    if (r.start <= 0 && r.end >= block.text.length) whole.push(r);
    else if (r.end > r.start) ranges.push(r);
  }
  return { ranges, whole };
}

/**
 * The text between `from` and `to` of a block, cut at the ranges' boundaries, with covered
 * parts wrapped in <mark> (class = the worst open severity covering it, or `dismissed`).
 * Text is only ever a text node: corpus text never becomes markup.
 */
export function highlight(text: string, ranges: Range[], from = 0, to = text.length): ElementContent[] {
  const cuts = new Set<number>([from, to]);
  for (const r of ranges) for (const x of [r.start, r.end]) if (x > from && x < to) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  const out: ElementContent[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = text.slice(a, b);
    const covering = ranges.filter((r) => r.start <= a && b <= r.end);
    if (covering.length === 0) { out.push({ type: 'text', value: piece }); continue; }
    const open = covering.filter((r) => r.open);
    const cls = open.length ? worst(open) : 'dismissed';
    out.push(h('mark', { className: [cls], dataFindings: covering.map((r) => r.id).join(' ') }, piece));
  }
  return out;
}
