import type { Log, ReportingDescriptor, Result as SarifResult, Location as SarifLocation } from 'sarif';
import type { Finding, Location, PairResult, Severity } from '../types.js';
import type { Result } from './json.js';
import type { RuleMeta } from './rules-meta.js';

/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers): one run, the rules with
 * their metadata, one result per finding with a physical location in the Markdown file of the
 * side it is about and the other side as a related location. Baselined and dismissed findings
 * are kept as suppressed results so the scanner closes them instead of reopening them.
 * Columns are UTF-16 code units, as bitext counts them; end columns are exclusive, as in SARIF.
 */

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function firstSentence(s: string): string {
  const m = /^.*?[.!?](\s|$)/.exec(s);
  return (m ? m[0] : s).trim();
}

function physical(path: string, loc: Location | null): SarifLocation['physicalLocation'] {
  if (!loc) return { artifactLocation: { uri: encodeURI(path) } };
  return {
    artifactLocation: { uri: encodeURI(path) },
    region: {
      startLine: loc.line,
      startColumn: loc.column,
      endLine: loc.endLine,
      endColumn: loc.endColumn,
      snippet: { text: loc.text },
    },
  };
}

function result(pair: PairResult, f: Finding, ruleIndex: Map<string, number>): SarifResult {
  const onSource = f.source !== null || f.target === null;
  const primary = onSource ? f.source : f.target;
  const other = onSource ? f.target : null;
  const out: SarifResult = {
    ruleId: f.rule,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physical(onSource ? pair.source.path : pair.target.path, primary) }],
    partialFingerprints: { 'bitextFinding/v1': f.id },
    properties: { pair: pair.id },
  };
  const idx = ruleIndex.get(f.rule);
  if (idx !== undefined) out.ruleIndex = idx;
  if (other) {
    out.relatedLocations = [{
      id: 1,
      physicalLocation: physical(pair.target.path, other),
      message: { text: `${pair.target.lang} counterpart` },
    }];
  }
  if (f.status === 'baseline') out.suppressions = [{ kind: 'external', justification: 'in the bitext baseline' }];
  else if (f.status === 'dismissed') out.suppressions = [{ kind: 'external', justification: f.reason ?? 'dismissed in review' }];
  return out;
}

export function toSarif(res: Result, rules: readonly RuleMeta[], version: string): Log {
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: firstSentence(r.description) },
    fullDescription: { text: r.description },
    help: { text: r.description },
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
  const ruleIndex = new Map(rules.map((r, k) => [r.id, k]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'bitext', version, semanticVersion: version, rules: descriptors } },
      columnKind: 'utf16CodeUnits',
      results: res.pairs.flatMap((p) => p.findings.map((f) => result(p, f, ruleIndex))),
    }],
  };
}

export function formatSarif(res: Result, rules: readonly RuleMeta[], version: string): string {
  return `${JSON.stringify(toSarif(res, rules, version), null, 2)}\n`;
}
