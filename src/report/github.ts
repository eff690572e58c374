import type { Finding, PairResult, Severity } from '../types.js';
import type { Result } from './json.js';
import { isOpen } from './json.js';

/**
 * GitHub Actions workflow commands: one `::error file=…,line=…::message` per open finding,
 * which the runner turns into annotations on the pull request's diff. Escaping follows the
 * runner (actions/toolkit `command.ts`): in data, % CR LF; in property values also : and ,.
 */

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(pair: PairResult, f: Finding): string {
  const onSource = f.source !== null || f.target === null;
  const loc = onSource ? f.source : f.target;
  const props: Array<[string, string | number]> = [['file', onSource ? pair.source.path : pair.target.path]];
  if (loc) {
    props.push(['line', loc.line], ['endLine', loc.endLine]);
    // GitHub ignores columns on multi-line annotations
    if (loc.line === loc.endLine) props.push(['col', loc.column], ['endColumn', loc.endColumn]);
  }
  props.push(['title', `bitext ${f.rule}`]);
  const other = onSource && f.target ? ` (${pair.target.path}:${f.target.line}:${f.target.column})` : '';
  const head = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.severity]} ${head}::${escapeData(`${f.message}${other}`)}`;
}

export function formatGithub(res: Result): string {
  const lines = res.pairs.flatMap((p) => p.findings.filter(isOpen).map((f) => annotation(p, f)));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
