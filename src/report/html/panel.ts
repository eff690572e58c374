import { h } from './h.js';
import type { Element } from 'hast';
import type { Bead, Finding, Severity } from '../../types.js';
import { SEVERITIES } from '../../types.js';
import { isOpen } from '../json.js';
import { beadOf, findingLine } from './finding-view.js';

function where(f: Finding, beads: Bead[]): string {
  const k = beadOf(beads, f);
  const side = f.source ? `src ${f.source.line}:${f.source.column}` : f.target ? `tgt ${f.target.line}:${f.target.column}` : '';
  return [k >= 0 ? `#${k}` : '', side].filter(Boolean).join(' · ');
}

/** The side panel: counts by severity and rule, filters, search, next/previous, the list of findings. */
export function findingsPanel(findings: Finding[], beads: Bead[], byRule: Record<string, number>, bySeverity: Record<string, number>, dismissed: number): Element {
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const option = (value: string, label: string) => h('option', { value }, label);
  return h('aside', { className: ['panel'], ariaLabel: 'findings' }, [
    h('h2', 'Findings'),
    h('table', { className: ['counts', 'by-severity'] }, h('tbody', [
      ...SEVERITIES.map((s: Severity) => h('tr', [h('td', h('span', { className: ['sev', s] }, s)), h('td', { className: ['n'] }, String(bySeverity[s] ?? 0))])),
      h('tr', [h('td', 'dismissed'), h('td', { className: ['n'] }, String(dismissed))]),
    ])),
    h('table', { className: ['counts', 'by-rule'] }, h('tbody', rules.map((r) => h('tr', [
      h('td', h('span', { className: ['rule'] }, r)),
      h('td', { className: ['n'] }, `${byRule[r] ?? 0}${findings.some((f) => f.rule === r && !isOpen(f)) ? ` (+${findings.filter((f) => f.rule === r && !isOpen(f)).length} dismissed)` : ''}`),
    ])))),
    h('div', { className: ['filters'] }, [
      h('label', ['rule', h('select', { id: 'f-rule' }, [option('', 'all rules'), ...rules.map((r) => option(r, r))])]),
      h('label', ['severity', h('select', { id: 'f-severity' }, [option('', 'all'), ...SEVERITIES.map((s) => option(s, s))])]),
      h('label', ['status', h('select', { id: 'f-status' }, [option('', 'open and dismissed'), option('open', 'open'), option('dismissed', 'dismissed')])]),
      h('label', ['view', h('span', [h('input', { type: 'checkbox', id: 'sentences' }), ' sentence by sentence'])]),
      h('label', { className: ['wide'] }, ['search', h('input', { type: 'search', id: 'f-search', placeholder: 'text, message or rule' })]),
    ]),
    h('div', { className: ['nav'] }, [
      h('button', { type: 'button', id: 'prev', title: 'previous finding (k)' }, '↑ prev'),
      h('button', { type: 'button', id: 'next', title: 'next finding (j)' }, 'next ↓'),
      h('span', { id: 'shown-count', className: ['hint'] }),
    ]),
    h('div', { className: ['hint'] }, 'keys: j / k next / previous · / search · s sentences'),
    h('ol', { className: ['panel-list'], id: 'panel-list' }, findings.map((f) => h('li', { className: [f.severity, isOpen(f) ? 'open' : 'dismissed'], dataFinding: f.id }, [
      h('a', { href: `#finding-${f.id}` }, findingLine(f)),
      h('span', { className: ['where'] }, where(f, beads)),
    ]))),
  ]);
}
