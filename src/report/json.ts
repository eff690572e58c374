import { SEVERITIES, type PairResult, type Severity } from '../types.js';
import { countsOf, openByRule, setCounts, type PairCounts } from './counts.js';

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

export { isOpen } from '../findings.js';

export function summarize(pairs: PairResult[]): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  let findings = 0, dismissed = 0;
  for (const p of pairs) dismissed += countsOf(p).closed;
  for (const [rule, bySev] of openByRule(pairs)) {
    let n = 0;
    for (const sev of SEVERITIES) {
      bySeverity[sev] += bySev[sev];
      n += bySev[sev];
    }
    findings += n;
    byRule[rule] = n;
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

/** Each pair's JSON (UTF-8, indented as inside the result), by result object. */
const pairJson = new WeakMap<PairResult, Buffer>();
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/**
 * A pair's JSON as it stands inside the result document (UTF-8, indented by four spaces),
 * serialised once per result object. The result cache stores these bytes (ci/cache.ts), so a
 * pair taken from the cache is written out without being serialised again.
 */
export function pairJsonBytes(p: PairResult): Buffer {
  let bytes = pairJson.get(p);
  if (!bytes) pairJson.set(p, bytes = utf8(`    ${JSON.stringify(p, null, 2).replace(/\n/g, '\n    ')}`));
  return bytes;
}

/** What of a pair's result stands beside its JSON bytes in a cache entry (ci/cache.ts). */
export interface PairHead {
  id: string;
  source: PairResult['source'];
  target: PairResult['target'];
  counts: PairCounts;
}

export function pairHead(p: PairResult): PairHead {
  return { id: p.id, source: p.source, target: p.target, counts: countsOf(p) };
}

/**
 * The result whose JSON is `bytes` (from pairJsonBytes), its alignment and findings parsed
 * from them on first access: an unchanged pair taken from the cache is counted (from `head`)
 * and written out (as `bytes`) without being parsed. Never mutated after.
 */
export function lazyPairJson(bytes: Buffer, head: PairHead): PairResult {
  const p = { id: head.id, source: head.source, target: head.target } as PairResult;
  const parse = (): void => {
    const full = JSON.parse(bytes.toString('utf8')) as PairResult;
    for (const k of ['alignment', 'findings'] as const) Object.defineProperty(p, k, { value: full[k], enumerable: true, writable: true, configurable: true });
  };
  for (const k of ['alignment', 'findings'] as const) {
    Object.defineProperty(p, k, {
      enumerable: true, configurable: true,
      get: () => { parse(); return p[k]; },
    });
  }
  pairJson.set(p, bytes);
  setCounts(p, head.counts);
  return p;
}

/**
 * formatJson's exact bytes in UTF-8, assembled from each pair's own bytes, which are kept per
 * result object: `check --watch` serialises again only the pairs that changed, and joins
 * buffers rather than strings (joining 1,000 strings into one of 45 MB took as long as
 * serialising them all). Results are never mutated once built: each filter stage returns new
 * objects.
 */
export function formatJsonBytes(result: Result): Buffer {
  const parts: Buffer[] = [];
  const fields = Object.entries(result).filter(([, v]) => v !== undefined);
  fields.forEach(([k, v], n) => {
    parts.push(utf8(`${n ? ',\n' : '{\n'}  ${JSON.stringify(k)}: `));
    if (k !== 'pairs' || !Array.isArray(v) || v.length === 0) {
      parts.push(utf8(JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')));
      return;
    }
    parts.push(utf8('[\n'));
    (v as PairResult[]).forEach((p, i) => {
      if (i) parts.push(utf8(',\n'));
      parts.push(pairJsonBytes(p));
    });
    parts.push(utf8('\n  ]'));
  });
  parts.push(utf8(fields.length ? '\n}\n' : '{}\n'));
  return Buffer.concat(parts);
}
