import type { Finding } from '../types.js';
import type { Result } from './json.js';
import { isOpen } from './json.js';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

function excerpt(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A linter-like listing: per file, `line:col  severity  message  rule`. */
export function formatText(result: Result, opts: { color?: boolean } = {}): string {
  const c = (k: keyof typeof COLORS, s: string) => (opts.color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const lines: string[] = [];
  for (const pair of result.pairs) {
    const groups = new Map<string, Array<{ f: Finding; line: number; col: number }>>();
    for (const f of pair.findings) {
      if (!isOpen(f)) continue;
      const onSource = f.source !== null;
      const loc = f.source ?? f.target;
      // a finding about the pair as a whole (e.g. dismissal-unused) has no position
      const file = loc ? (onSource ? pair.source.path : pair.target.path) : pair.id;
      if (!groups.has(file)) groups.set(file, []);
      groups.get(file)!.push({ f, line: loc?.line ?? 0, col: loc?.column ?? 0 });
    }
    for (const [file, items] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(c('bold', file));
      for (const { f, line, col } of items.sort((a, b) => a.line - b.line || a.col - b.col)) {
        const other = f.source && f.target ? `  ${c('dim', `↔ ${pair.target.path}:${f.target.line}:${f.target.column}`)}` : '';
        const quoted = f.source?.text && f.target?.text && f.source.text.length < 80
          ? ` ${c('dim', `“${excerpt(f.source.text, 40)}” / “${excerpt(f.target.text, 40)}”`)}` : '';
        lines.push(`  ${(line ? `${line}:${col}` : '-').padEnd(8)} ${c(f.severity, f.severity.padEnd(7))} ${f.message}${quoted}  ${c('dim', f.rule)}${other}`);
      }
      lines.push('');
    }
  }
  const s = result.summary;
  const total = `${s.findings} finding${s.findings === 1 ? '' : 's'} in ${s.pairs} pair${s.pairs === 1 ? '' : 's'} (${s.bySeverity.error} error${s.bySeverity.error === 1 ? '' : 's'}, ${s.bySeverity.warning} warning${s.bySeverity.warning === 1 ? '' : 's'}, ${s.bySeverity.info} info)${s.dismissed ? `, ${s.dismissed} dismissed` : ''}`;
  lines.push(s.findings ? c(s.bySeverity.error ? 'error' : 'warning', `✖ ${total}`) : `✔ ${total}`);
  return `${lines.join('\n')}\n`;
}
