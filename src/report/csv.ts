import type { Finding, PairResult } from '../types.js';

const HEADER = ['id', 'rule', 'severity', 'status', 'reason', 'message',
  'source_file', 'source_line', 'source_column', 'source_text',
  'target_file', 'target_line', 'target_column', 'target_text'];

/**
 * One CSV cell, RFC 4180: quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * A cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
 * leading apostrophe, so corpus text like "=HYPERLINK(…)" stays text.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(f: Finding, pair: PairResult): string[] {
  const side = (loc: Finding['source'], path: string) => loc ? [path, String(loc.line), String(loc.column), loc.text] : ['', '', '', ''];
  return [f.id, f.rule, f.severity, f.status ?? 'open', f.reason ?? '', f.message,
    ...side(f.source, pair.source.path), ...side(f.target, pair.target.path)];
}

/** `reports/<pair-id>.csv`: every finding of the pair, one per row, CRLF line ends (RFC 4180). */
export function renderCsv(pair: PairResult): string {
  const lines = [HEADER, ...pair.findings.map((f) => row(f, pair))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
