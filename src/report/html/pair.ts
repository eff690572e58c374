import { h } from './h.js';
import type { Element } from 'hast';
import type { Bead, Block, Finding, Pair, PairResult, Severity } from '../../types.js';
import { isOpen } from '../json.js';
import { beadSentences } from '../../align/sentences.js';
import { DISMISS_REASONS, REASON_LABELS } from '../../review/file.js';
import { highlight, rangesIn, worst } from './highlight.js';
import { findingsPanel } from './panel.js';
import { beadOf, findingLine } from './finding-view.js';
import { page } from './page.js';
import { PAIR_SCRIPT } from './pair-script.js';

export interface PairPageOptions {
  /** Review mode (served by `bitext review`): action buttons and the session token. */
  review?: { token: string; /** dismissal-unused finding id → the dismissal it is about (offered for removal). */ unused?: Record<string, string> };
  /** Beads below this confidence are flagged (config alignment.lowConfidence). */
  lowConfidence?: number;
}

function blockView(block: Block, side: 'source' | 'target', findings: Finding[]): Element {
  const { ranges, whole } = rangesIn(findings, side, block);
  const open = whole.filter((r) => r.open);
  const cls = ['block', ...(whole.length ? ['flagged', `sev-${open.length ? worst(open) : 'info'}`, ...(open.length ? [] : ['all-dismissed'])] : [])];
  return h('div', { className: cls, id: `${side}-${block.index}`, dataFindings: whole.length ? whole.map((r) => r.id).join(' ') : undefined }, [
    h('span', { className: ['bno'], title: `paragraph ${block.index}, line ${block.line}` }, `¶${block.index}`),
    ...highlight(block.text, ranges),
  ]);
}

function sideCell(blocks: Block[], side: 'source' | 'target', lang: string, findings: Finding[]): Element {
  if (blocks.length === 0) return h('td', { className: ['gap'], lang }, side === 'source' ? 'no source paragraph' : 'no translation');
  return h('td', { lang, className: [side] }, blocks.map((b) => blockView(b, side, findings)));
}

function confidence(bead: Bead, low: number): Element {
  if (bead.confirmed) return h('span', { className: ['conf', 'ok'], title: 'confirmed by a reviewer' }, '✔ confirmed');
  const pct = Math.round(bead.score * 100);
  return h('span', { className: ['conf', ...(bead.score < low ? ['low'] : [])], title: 'alignment confidence' }, `${pct}%`);
}

function beadControls(bead: Bead): Element {
  const btn = (action: string, label: string, title: string) => h('button', { type: 'button', dataAction: action, title }, label);
  return h('div', { className: ['bead-ctl'] }, [
    bead.confirmed ? btn('unconfirm', 'Unconfirm', 'let the aligner decide this link again') : btn('confirm', 'Confirm', 'fix this link on later runs'),
    btn('merge', 'Merge ↓', 'merge with the next bead'),
    ...(bead.source.length > 1 || bead.target.length > 1 ? [btn('split', 'Split', 'split into one-to-one links')] : []),
    ...(bead.source.length && bead.target.length ? [btn('unlink', 'Unlink', 'the two sides do not belong together')] : []),
  ]);
}

function reviewControls(f: Finding, unused: Record<string, string>): Element {
  if (unused[f.id]) return h('span', { className: ['review-ctl'] }, h('button', { type: 'button', dataAction: 'undo', dataDismissal: unused[f.id] }, 'Remove the dismissal'));
  if (!isOpen(f)) return h('span', { className: ['review-ctl'] }, h('button', { type: 'button', dataAction: 'undo' }, 'Undo dismissal'));
  return h('span', { className: ['review-ctl'] }, [
    h('select', { className: ['reason'], ariaLabel: 'reason' }, [
      h('option', { value: '' }, 'reason…'),
      ...DISMISS_REASONS.map((r) => h('option', { value: r }, REASON_LABELS[r])),
    ]),
    h('input', { className: ['comment'], type: 'text', placeholder: 'comment (optional)', ariaLabel: 'comment' }),
    h('button', { type: 'button', className: ['dismiss'], dataAction: 'dismiss', disabled: true }, 'Dismiss'),
  ]);
}

function findingItem(f: Finding, review: PairPageOptions['review']): Element {
  return h('li', { className: [f.severity, isOpen(f) ? 'open' : 'dismissed'], id: `finding-${f.id}`, dataFinding: f.id }, [
    ...findingLine(f),
    ...(review ? [reviewControls(f, review.unused ?? {})] : []),
  ]);
}

/** The sentence-by-sentence view of a bead: one row per sentence bead (shown instead of the block row on demand). */
function sentenceRows(k: number, bead: Bead, pair: Pair, findings: Finding[]): Element[] {
  if (!bead.sentences?.length) return [];
  const sRefs = beadSentences(bead.source.map((i) => pair.source.blocks[i]));
  const tRefs = beadSentences(bead.target.map((i) => pair.target.blocks[i]));
  const cell = (refs: number[], all: ReturnType<typeof beadSentences>, doc: Pair['source'], side: 'source' | 'target'): Element => {
    if (refs.length === 0) return h('td', { className: ['gap'], lang: doc.lang }, side === 'source' ? 'no source sentence' : 'no translation');
    return h('td', { lang: doc.lang }, refs.map((r) => {
      const ref = all[r];
      const block = doc.blocks[ref.block];
      const s = block.sentences[ref.sentence];
      const { ranges } = rangesIn(findings, side, block);
      return h('div', { className: ['sentence'] }, [h('span', { className: ['bno'] }, `¶${ref.block}.${ref.sentence}`), ...highlight(block.text, ranges, s.start, s.end)]);
    }));
  };
  return bead.sentences.map((sb, j) => h('tr', { className: ['sent-row', ...(j ? ['sent-next'] : [])], id: j === 0 ? `sent-${k}` : undefined }, [
    h('td', { className: ['bead'] }, [h('span', { className: ['no'] }, `#${k}.${j + 1}`), h('br'), h('span', { className: ['conf'] }, `${Math.round(sb.score * 100)}%`)]),
    cell(sb.source, sRefs, pair.source, 'source'),
    cell(sb.target, tRefs, pair.target, 'target'),
  ]));
}

function countsBy(findings: Finding[], key: 'severity' | 'rule'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) if (isOpen(f)) out[f[key]] = (out[f[key]] ?? 0) + 1;
  return out;
}

/** `<pair-id>.html`: the aligned pair side by side with every finding in place, and a findings panel. */
export function renderPair(pair: Pair, result: PairResult, opts: PairPageOptions = {}): string {
  const beads = result.alignment;
  const low = opts.lowConfidence ?? 0.4;
  const byBead = new Map<number, Finding[]>();
  for (const f of result.findings) {
    const k = beadOf(beads, f);
    if (!byBead.has(k)) byBead.set(k, []);
    byBead.get(k)!.push(f);
  }
  const rows: Element[] = [];
  beads.forEach((bead, k) => {
    const fs = byBead.get(k) ?? [];
    const src = bead.source.map((i) => pair.source.blocks[i]);
    const tgt = bead.target.map((i) => pair.target.blocks[i]);
    const sent = sentenceRows(k, bead, pair, fs);
    rows.push(h('tr', { id: `bead-${k}`, dataBead: String(k), className: [...(sent.length ? ['has-sent'] : [])] }, [
      h('td', { className: ['bead'] }, [h('span', { className: ['no'] }, `#${k}`), h('br'), confidence(bead, low), ...(opts.review ? [beadControls(bead)] : [])]),
      sideCell(src, 'source', pair.source.lang, fs),
      sideCell(tgt, 'target', pair.target.lang, fs),
    ]));
    rows.push(...sent);
    if (fs.length) rows.push(h('tr', { className: ['findings-row'], dataBead: String(k) }, [h('td'), h('td', { colSpan: 2 }, h('ul', { className: ['findings'] }, fs.map((f) => findingItem(f, opts.review))))]));
  });
  const unplaced = byBead.get(-1) ?? [];
  if (unplaced.length) {
    rows.push(h('tr', { id: 'unplaced', className: ['findings-row'] }, [h('td', { className: ['bead'] }, 'pair'), h('td', { colSpan: 2 }, h('ul', { className: ['findings'] }, unplaced.map((f) => findingItem(f, opts.review))))]));
  }
  const sev = countsBy(result.findings, 'severity');
  const n = (s: Severity) => sev[s] ?? 0;
  const dismissed = result.findings.filter((f) => !isOpen(f)).length;
  const gaps = beads.filter((b) => !b.source.length || !b.target.length).length;
  const title = pair.meta.title ?? pair.id;
  const data = {
    pair: pair.id,
    review: opts.review ? { token: opts.review.token } : null,
    beads: beads.map((b) => ({ source: b.source, target: b.target })),
    findings: result.findings.map((f) => ({
      id: f.id, rule: f.rule, severity: f.severity, status: isOpen(f) ? 'open' : 'dismissed', bead: beadOf(beads, f),
      haystack: [f.message, f.rule, f.reason ?? '', f.source?.text ?? '', f.target?.text ?? ''].join('\n').toLowerCase(),
    })),
  };
  return page({
    title: `${title} — bitext report`,
    data,
    script: PAIR_SCRIPT,
    connectSelf: !!opts.review,
    body: [
      h('header', { className: ['top'] }, [
        h('h1', title),
        h('div', { className: ['meta'] }, [
          `${result.source.path} ↔ ${result.target.path}`,
          ...(pair.meta.published ? [` · published ${pair.meta.published}`] : []),
          ` · ${beads.length} beads, ${gaps} gaps · ${n('error')} errors, ${n('warning')} warnings, ${n('info')} info`,
          ...(dismissed ? [`, ${dismissed} dismissed`] : []),
          ...(opts.review ? [' · review mode'] : []),
        ]),
      ]),
      h('div', { className: ['layout'] }, [
        h('main', [
          h('table', { className: ['pair'] }, [
            h('colgroup', [h('col', { className: ['c-bead'] }), h('col'), h('col')]),
            h('thead', h('tr', [h('th', 'bead'), h('th', `source (${result.source.lang})`), h('th', `target (${result.target.lang})`)])),
            h('tbody', rows),
          ]),
        ]),
        findingsPanel(result.findings, beads, countsBy(result.findings, 'rule'), sev, dismissed),
      ]),
      h('div', { id: 'status', className: ['status'], role: 'status' }),
    ],
  });
}
