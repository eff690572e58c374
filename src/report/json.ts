import type { Finding, PairResult, Severity } from '../types.js';

export const RESULT_SCHEMA_VERSION = 1;

export interface Summary {
  pairs: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
  dismissed: number;
}

export interface Result {
  schemaVersion: number;
  pairs: PairResult[];
  summary: Summary;
}

export function isOpen(f: Finding): boolean {
  return f.status === undefined || f.status === 'open';
}

export function summarize(pairs: PairResult[]): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  let findings = 0, dismissed = 0;
  for (const p of pairs) {
    for (const f of p.findings) {
      if (!isOpen(f)) { dismissed++; continue; }
      findings++;
      bySeverity[f.severity]++;
      byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    }
  }
  const sortedRules = Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b)));
  return { pairs: pairs.length, findings, bySeverity, byRule: sortedRules, dismissed };
}

export function buildResult(pairs: PairResult[]): Result {
  const sorted = [...pairs].sort((a, b) => a.id.localeCompare(b.id));
  return { schemaVersion: RESULT_SCHEMA_VERSION, pairs: sorted, summary: summarize(sorted) };
}

export function formatJson(result: Result): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
