import { h } from './h.js';
import type { ElementContent } from 'hast';
import type { Bead, Finding } from '../../types.js';

/** The bead a finding belongs to: the one holding its source block, else its target block; -1 if none. */
export function beadOf(beads: Bead[], f: Finding): number {
  return beads.findIndex((b) => (f.source && b.source.includes(f.source.paragraph)) || (f.target && b.target.includes(f.target.paragraph)));
}

/** Severity, message, rule id and (when dismissed) the reviewer's reason. */
export function findingLine(f: Finding): ElementContent[] {
  return [
    h('span', { className: ['sev', f.severity] }, f.severity),
    h('span', { className: ['msg'] }, f.message),
    h('span', { className: ['rule'] }, f.rule),
    ...(f.reason ? [h('span', { className: ['reason'] }, `dismissed — ${f.reason}`)] : []),
  ];
}
