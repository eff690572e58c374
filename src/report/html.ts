import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root } from 'hast';
import type { Block, Finding, Pair, PairResult, Severity } from '../types.js';
import type { Result } from './json.js';
import { isOpen } from './json.js';

/**
 * The HTML report, built as a hast tree and serialised by hast-util-to-html: corpus text is only
 * ever a text node or an attribute value, never markup, so it stays inert.
 */

const CSS = `
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--bg:#fff;--fg:#1b1b1b;--muted:#666;--line:#e3e3e3}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg);margin:0}
header{padding:16px 24px;border-bottom:1px solid var(--line)}
h1{font-size:20px;margin:0 0 4px}
.meta{color:var(--muted);font-size:13px}
main{padding:16px 24px}
table.pair{width:100%;border-collapse:collapse;table-layout:fixed}
table.pair th{position:sticky;top:0;background:#fafafa;text-align:left;font-size:13px;color:var(--muted);border-bottom:1px solid var(--line);padding:6px 8px}
table.pair td{vertical-align:top;padding:8px;border-bottom:1px solid var(--line)}
td.bead{width:64px;font-size:12px;color:var(--muted);white-space:nowrap}
td.gap{background:repeating-linear-gradient(45deg,#fff,#fff 6px,#f6f6f6 6px,#f6f6f6 12px);color:var(--muted);font-style:italic}
.block + .block{margin-top:8px;padding-top:8px;border-top:1px dashed var(--line)}
.bno{font-size:11px;color:var(--muted);margin-right:6px}
mark{background:#fff3c4;border-bottom:2px solid var(--warn);padding:0 1px}
mark.error{background:#fde2e2;border-color:var(--err)}
mark.info{background:#e3f0fd;border-color:var(--info)}
ul.findings{margin:6px 0 0;padding:0;list-style:none;font-size:13px}
ul.findings li{margin:2px 0;padding:2px 6px;border-left:3px solid var(--warn)}
ul.findings li.error{border-color:var(--err)}
ul.findings li.info{border-color:var(--info)}
ul.findings li.dismissed{opacity:.55;text-decoration:line-through}
.sev{font-weight:600;text-transform:uppercase;font-size:11px;margin-right:4px}
.sev.error{color:var(--err)}.sev.warning{color:var(--warn)}.sev.info{color:var(--info)}
.rule{color:var(--muted);font-family:ui-monospace,monospace;font-size:12px;margin-left:4px}
table.index{border-collapse:collapse}
table.index th,table.index td{padding:6px 12px;border-bottom:1px solid var(--line);text-align:left}
@media print{header{border:0}table.pair th{position:static}tr{break-inside:avoid}}
`;

interface Range { start: number; end: number; severity: Severity; id: string }

/** Split a block's text at the boundaries of the findings' ranges and wrap covered parts in <mark>. */
function highlight(block: Block, ranges: Range[]): ElementContent[] {
  const cuts = new Set<number>([0, block.text.length]);
  for (const r of ranges) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= block.text.length).sort((a, b) => a - b);
  const out: ElementContent[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const text = block.text.slice(a, b);
    const covering = ranges.filter((r) => r.start <= a && b <= r.end && r.end > r.start);
    if (covering.length === 0) { out.push({ type: 'text', value: text }); continue; }
    const sev = covering.some((r) => r.severity === 'error') ? 'error' : covering.some((r) => r.severity === 'warning') ? 'warning' : 'info';
    out.push(h('mark', { className: [sev], dataFindings: covering.map((r) => r.id).join(' ') }, text));
  }
  return out;
}

function rangesFor(findings: Finding[], side: 'source' | 'target', block: Block): Range[] {
  const out: Range[] = [];
  for (const f of findings) {
    const loc = f[side];
    if (!loc || loc.paragraph !== block.index || !isOpen(f)) continue;
    // whole-block findings are shown in the finding list, not as a highlight of everything
    const start = loc.start - block.start, end = loc.end - block.start;
    if (start === 0 && end === block.text.length && block.text.length > 40) continue;
    out.push({ start, end, severity: f.severity, id: f.id });
  }
  return out;
}

function blockCell(blocks: Block[], findings: Finding[], side: 'source' | 'target', lang: string): Element {
  if (blocks.length === 0) return h('td', { className: ['gap'], lang }, 'no counterpart');
  return h('td', { lang }, blocks.map((b) =>
    h('div', { className: ['block'], id: `${side}-${b.index}` }, [
      h('span', { className: ['bno'] }, `¶${b.index}`),
      ...highlight(b, rangesFor(findings, side, b)),
    ])));
}

function findingItem(f: Finding): Element {
  return h('li', { className: [f.severity, isOpen(f) ? 'open' : 'dismissed'], id: `finding-${f.id}`, dataRule: f.rule }, [
    h('span', { className: ['sev', f.severity] }, f.severity),
    f.message,
    h('span', { className: ['rule'] }, f.rule),
    ...(f.reason ? [h('span', { className: ['reason'] }, ` — dismissed: ${f.reason}`)] : []),
  ]);
}

function page(title: string, body: ElementContent[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }),
          h('title', title),
          h('style', CSS),
        ]),
        h('body', body),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

/** `<pair-id>.html`: the aligned blocks side by side with the findings. */
export function renderPair(pair: Pair, result: PairResult): string {
  const rows: Element[] = [];
  const beadOf = (f: Finding): number => result.alignment.findIndex((b) =>
    (f.source && b.source.includes(f.source.paragraph)) || (f.target && b.target.includes(f.target.paragraph)));
  const byBead = new Map<number, Finding[]>();
  for (const f of result.findings) {
    const k = beadOf(f);
    if (!byBead.has(k)) byBead.set(k, []);
    byBead.get(k)!.push(f);
  }
  result.alignment.forEach((bead, k) => {
    const fs = byBead.get(k) ?? [];
    const src = bead.source.map((i) => pair.source.blocks[i]);
    const tgt = bead.target.map((i) => pair.target.blocks[i]);
    rows.push(h('tr', { id: `bead-${k}` }, [
      h('td', { className: ['bead'] }, [`#${k}`, h('br'), bead.confirmed ? '✔ confirmed' : `${Math.round(bead.score * 100)}%`]),
      blockCell(src, fs, 'source', pair.source.lang),
      blockCell(tgt, fs, 'target', pair.target.lang),
    ]));
    if (fs.length) rows.push(h('tr', { className: ['findings-row'] }, [h('td'), h('td', { colSpan: 2 }, h('ul', { className: ['findings'] }, fs.map(findingItem)))]));
  });
  const open = result.findings.filter(isOpen);
  const count = (s: Severity) => open.filter((f) => f.severity === s).length;
  return page(`${pair.meta.title ?? pair.id} — bitext`, [
    h('header', [
      h('h1', pair.meta.title ?? pair.id),
      h('div', { className: ['meta'] }, `${result.source.path} ↔ ${result.target.path} · ${result.alignment.length} beads · ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info`),
    ]),
    h('main', [
      h('table', { className: ['pair'] }, [
        h('thead', h('tr', [h('th', 'bead'), h('th', result.source.lang), h('th', result.target.lang)])),
        h('tbody', rows),
      ]),
    ]),
  ]);
}

/** `index.html`: every pair with its counts. */
export function renderIndex(result: Result): string {
  return page('bitext report', [
    h('header', [h('h1', 'bitext report'), h('div', { className: ['meta'] }, `${result.summary.pairs} pairs · ${result.summary.findings} open findings`)]),
    h('main', [
      h('table', { className: ['index'] }, [
        h('thead', h('tr', [h('th', 'pair'), h('th', 'errors'), h('th', 'warnings'), h('th', 'info'), h('th', 'beads')])),
        h('tbody', result.pairs.map((p) => {
          const open = p.findings.filter(isOpen);
          const n = (s: Severity) => String(open.filter((f) => f.severity === s).length);
          return h('tr', [h('td', h('a', { href: `${encodeURIComponent(p.id)}.html` }, p.id)), h('td', n('error')), h('td', n('warning')), h('td', n('info')), h('td', String(p.alignment.length))]);
        })),
      ]),
    ]),
  ]);
}
