import type { Doc, Finding, Location, Pair, RawFinding, Severity, Span } from './types.js';
import { lineColumn } from './util/lines.js';
import { hashText } from './util/hash.js';
import { blockKey, normalizeKey } from './util/text.js';

function locate(doc: Doc, span: Span | null | undefined): Location | null {
  if (!span) return null;
  const block = doc.blocks[span.block];
  if (!block) return null;
  const s = Math.max(0, Math.min(block.text.length, span.start ?? 0));
  const e = Math.max(s, Math.min(block.text.length, span.end ?? block.text.length));
  const start = block.start + s;
  const end = block.start + e;
  const a = lineColumn(doc.lineStarts, start);
  const b = lineColumn(doc.lineStarts, end);
  const loc: Location = {
    paragraph: block.index,
    line: a.line, column: a.column, endLine: b.line, endColumn: b.column,
    start, end,
    text: doc.content.slice(start, end),
  };
  const sentence = block.sentences.find((x) => x.start <= s && e <= x.end && (span.start !== undefined));
  if (sentence) loc.sentence = sentence.index;
  return loc;
}

/**
 * Turn a rule's raw findings into located findings with a stable fingerprint: the rule plus
 * the normalised texts involved (the whole blocks and the highlighted ranges), so the id
 * survives edits elsewhere in the document and changes when the text it is about changes.
 */
export function toFindings(pair: Pair, raw: RawFinding[], severity: Severity): Finding[] {
  const seen = new Map<string, number>();
  return raw.map((r) => {
    const source = locate(pair.source, r.source);
    const target = locate(pair.target, r.target);
    const blockText = (doc: Doc, s: Span | null | undefined) => {
      const block = s ? doc.blocks[s.block] : undefined;
      return block ? blockKey(block) : '';
    };
    const basis = [
      r.rule,
      blockText(pair.source, r.source), normalizeKey(source?.text ?? ''),
      blockText(pair.target, r.target), normalizeKey(target?.text ?? ''),
    ].join('\u0000');
    const n = seen.get(basis) ?? 0;
    seen.set(basis, n + 1);
    return {
      id: hashText(n === 0 ? basis : `${basis}\u0000${n}`, 16),
      rule: r.rule,
      severity: r.severity ?? severity,
      message: r.message,
      source,
      target,
      status: 'open',
    };
  });
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Document order: by the first side's position, then rule, then id. */
export function sortFindings(findings: Finding[]): Finding[] {
  const pos = (f: Finding): [number, number] => [
    f.source?.paragraph ?? f.target?.paragraph ?? 0,
    f.source ? f.source.start : f.target ? f.target.start : 0,
  ];
  return [...findings].sort((a, b) => {
    const [pa, oa] = pos(a), [pb, ob] = pos(b);
    return pa - pb || oa - ob || a.rule.localeCompare(b.rule) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id);
  });
}

export function severityAtLeast(s: Severity, threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false;
  return SEVERITY_ORDER[s] <= SEVERITY_ORDER[threshold];
}

/** A finding still to be dealt with: not dismissed by a reviewer nor accepted in the baseline. */
export function isOpen(f: Pick<Finding, 'status'>): boolean {
  return f.status === undefined || f.status === 'open';
}
