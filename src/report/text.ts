import type { Finding, PairResult } from '../types.js';
import type { Result } from './json.js';
import { isOpen } from './json.js';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

function excerpt(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * Each result's lines, plain and coloured, kept per result object (results are never mutated
 * once built): a cache entry carries them (ci/cache.ts), so an unchanged pair is listed without
 * its findings being parsed, and `check --watch` formats again only the pairs that changed.
 */
const kept = new WeakMap<PairResult, { plain?: string | Buffer; color?: string | Buffer }>();

/** Give a result the lines pairText would make for it (UTF-8), as a cache entry stored them. */
export function keepPairText(pair: PairResult, plain: Buffer, color: Buffer): void {
  kept.set(pair, { plain, color });
}

/** One pair's part of the listing: per file, its open findings, each line ended by a newline. */
export function pairText(pair: PairResult, color: boolean): string {
  let memo = kept.get(pair);
  if (!memo) kept.set(pair, memo = {});
  const variant = color ? 'color' : 'plain';
  const had = memo[variant];
  if (typeof had === 'string') return had;
  const text = had ? had.toString('utf8') : listPair(pair, color);
  memo[variant] = text;
  return text;
}

/** Paint a string with a terminal colour, or leave it plain. */
function painter(color: boolean): (k: keyof typeof COLORS, s: string) => string {
  return (k, s) => (color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
}

function listPair(pair: PairResult, color: boolean): string {
  const c = painter(color);
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
  let out = '';
  for (const [file, items] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    out += `${c('bold', file)}\n`;
    for (const { f, line, col } of items.sort((a, b) => a.line - b.line || a.col - b.col)) {
      const other = f.source && f.target ? `  ${c('dim', `↔ ${pair.target.path}:${f.target.line}:${f.target.column}`)}` : '';
      const quoted = f.source?.text && f.target?.text && f.source.text.length < 80
        ? ` ${c('dim', `“${excerpt(f.source.text, 40)}” / “${excerpt(f.target.text, 40)}”`)}` : '';
      out += `  ${(line ? `${line}:${col}` : '-').padEnd(8)} ${c(f.severity, f.severity.padEnd(7))} ${f.message}${quoted}  ${c('dim', f.rule)}${other}\n`;
    }
    out += '\n';
  }
  return out;
}

/** A linter-like listing: per file, `line:col  severity  message  rule`. */
export function formatText(result: Result, opts: { color?: boolean } = {}): string {
  const color = !!opts.color;
  const c = painter(color);
  const parts = result.pairs.map((p) => pairText(p, color));
  const s = result.summary;
  const total = `${s.findings} finding${s.findings === 1 ? '' : 's'} in ${s.pairs} pair${s.pairs === 1 ? '' : 's'} (${s.bySeverity.error} error${s.bySeverity.error === 1 ? '' : 's'}, ${s.bySeverity.warning} warning${s.bySeverity.warning === 1 ? '' : 's'}, ${s.bySeverity.info} info)${s.dismissed ? `, ${s.dismissed} dismissed` : ''}`;
  parts.push(`${s.findings ? c(s.bySeverity.error ? 'error' : 'warning', `✖ ${total}`) : `✔ ${total}`}\n`);
  return parts.join('');
}
