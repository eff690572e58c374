import { readJsonFile } from '../util/json-file.js';
import { InputError } from '../errors.js';
import type { Finding, PairResult } from '../types.js';

/**
 * The baseline: fingerprints (Finding.id) of findings a team has accepted, kept in git.
 * Filter stage: a finding whose (pair, id) is in the baseline gets status 'baseline' and no
 * longer fails the run; baseline entries of the checked pairs that no longer occur are
 * returned as obsolete so the file can shrink. Pure apart from reading/formatting the file.
 */

export const BASELINE_FILE = 'bitext.baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  pair: string;
  id: string;
  rule: string;
  /** For humans reading the diff; matching uses pair + id only. */
  message: string;
}

export interface Baseline {
  schemaVersion: number;
  findings: BaselineEntry[];
}

function compare(a: BaselineEntry, b: BaselineEntry): number {
  return a.pair.localeCompare(b.pair) || a.rule.localeCompare(b.rule) || a.id.localeCompare(b.id);
}

const key = (pair: string, id: string) => `${pair}\u0000${id}`;

/** Entries for every open finding of these pairs; entries of pairs not checked are kept from `previous`. */
export function buildBaseline(pairs: PairResult[], previous?: Baseline): Baseline {
  const checked = new Set(pairs.map((p) => p.id));
  const entries = (previous?.findings ?? []).filter((e) => !checked.has(e.pair));
  for (const p of pairs) {
    for (const f of p.findings) {
      if (f.status !== undefined && f.status !== 'open' && f.status !== 'baseline') continue;
      entries.push({ pair: p.id, id: f.id, rule: f.rule, message: f.message });
    }
  }
  const seen = new Set<string>();
  return {
    schemaVersion: BASELINE_VERSION,
    findings: entries.sort(compare).filter((e) => !seen.has(key(e.pair, e.id)) && !!seen.add(key(e.pair, e.id))),
  };
}

export function formatBaseline(b: Baseline): string {
  const lines = b.findings.map((e) => `    ${JSON.stringify({ pair: e.pair, id: e.id, rule: e.rule, message: e.message })}`);
  return `{\n  "schemaVersion": ${b.schemaVersion},\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** Read and validate a baseline file; absent → undefined; malformed → InputError (never ignored). */
export function readBaseline(path: string): Baseline | undefined {
  const read = readJsonFile(path, 'baseline', 'repair it from git (git checkout -- the file), or regenerate it with bitext baseline');
  if (!read) return undefined;
  const { raw, text } = read;
  const b = raw as Baseline;
  if (typeof b !== 'object' || b === null || b.schemaVersion !== BASELINE_VERSION || !Array.isArray(b.findings)) {
    throw new InputError(`the baseline must be {"schemaVersion": ${BASELINE_VERSION}, "findings": [...]}`, {
      file: path, hint: 'regenerate it with bitext baseline',
    });
  }
  b.findings.forEach((e, k) => {
    if (!e || typeof e.pair !== 'string' || typeof e.id !== 'string' || typeof e.rule !== 'string' || typeof e.message !== 'string') {
      const line = text.split('\n').findIndex((l) => l.includes(String((e as BaselineEntry)?.id ?? '\u0000'))) + 1;
      throw new InputError(`baseline entry ${k} needs string fields pair, id, rule and message`, {
        file: path, line: line || undefined, hint: 'fix or delete the entry, or regenerate the file with bitext baseline',
      });
    }
  });
  return b;
}

export interface BaselineOutcome {
  pairs: PairResult[];
  /** Findings now marked 'baseline'. */
  matched: number;
  /** Baseline entries of the checked pairs that no longer occur: delete them (bitext baseline). */
  obsolete: BaselineEntry[];
}

/**
 * Mark baselined findings; returns new results (the inputs are not mutated). A pair with no
 * baselined finding is returned as it is (the same object: outputs memoised per result, in
 * `check --watch`, stay valid).
 */
export function applyBaseline(pairs: PairResult[], baseline: Baseline): BaselineOutcome {
  const known = new Set(baseline.findings.map((e) => key(e.pair, e.id)));
  // a pair with no entry is left as it is, its findings unread (a cached pair's are parsed
  // only when read: report/json.ts lazyPairJson)
  const listed = new Set(baseline.findings.map((e) => e.pair));
  const found = new Set<string>();
  let matched = 0;
  const out = pairs.map((p) => {
    if (!listed.has(p.id)) return p;
    let hit = false;
    const findings = p.findings.map((f): Finding => {
      if ((f.status !== undefined && f.status !== 'open') || !known.has(key(p.id, f.id))) return f;
      matched++;
      hit = true;
      found.add(key(p.id, f.id));
      return { ...f, status: 'baseline' };
    });
    return hit ? { ...p, findings } : p;
  });
  // an entry whose finding is dismissed elsewhere still occurs: it is not obsolete
  for (const p of pairs) if (listed.has(p.id)) for (const f of p.findings) found.add(key(p.id, f.id));
  const checked = new Set(pairs.map((p) => p.id));
  const obsolete = baseline.findings.filter((e) => checked.has(e.pair) && !found.has(key(e.pair, e.id))).sort(compare);
  return { pairs: out, matched, obsolete };
}
