import { SEVERITIES, type PairResult, type Severity } from '../types.js';
import { isOpen, severityAtLeast } from '../findings.js';

/**
 * What the summary, the index page and the exit code need of a pair: counts, not its findings.
 * Computed once per result object; a result taken from the cache comes with its counts, so an
 * unchanged pair's findings are not even parsed (report/json.ts lazyPairJson).
 */
export interface PairCounts {
  /** Open findings by rule (sorted) and severity. */
  open: Record<string, Record<Severity, number>>;
  /** Findings that are not open (dismissed by a reviewer, accepted in the baseline). */
  closed: number;
  beads: number;
  /** Beads with a side empty: a paragraph without counterpart. */
  gaps: number;
  /** Every finding has a status (the pipeline sets "open"; a result from elsewhere may not). */
  statuses: boolean;
}

const known = new WeakMap<PairResult, PairCounts>();

export function computeCounts(p: PairResult): PairCounts {
  const open: Record<string, Record<Severity, number>> = {};
  let closed = 0;
  let statuses = true;
  for (const f of p.findings) {
    if (f.status === undefined) statuses = false;
    if (!isOpen(f)) { closed++; continue; }
    (open[f.rule] ??= { error: 0, warning: 0, info: 0 })[f.severity]++;
  }
  const sorted = Object.fromEntries(Object.keys(open).sort().map((r) => [r, open[r]]));
  const gaps = p.alignment.filter((b) => !b.source.length || !b.target.length).length;
  return { open: sorted, closed, beads: p.alignment.length, gaps, statuses };
}

export function countsOf(p: PairResult): PairCounts {
  let c = known.get(p);
  if (!c) known.set(p, c = computeCounts(p));
  return c;
}

/** Give a result its counts, known without reading its findings (a cache entry keeps them). */
export function setCounts(p: PairResult, c: PairCounts): void {
  known.set(p, c);
}

/** Open findings of all the pairs, by rule and severity (the summary's and the index chart's sums). */
export function openByRule(pairs: PairResult[]): Map<string, Record<Severity, number>> {
  const out = new Map<string, Record<Severity, number>>();
  for (const p of pairs) {
    for (const [rule, bySev] of Object.entries(countsOf(p).open)) {
      let sum = out.get(rule);
      if (!sum) out.set(rule, sum = { error: 0, warning: 0, info: 0 });
      for (const sev of SEVERITIES) sum[sev] += bySev[sev];
    }
  }
  return out;
}

/** Open findings of the pair at one severity. */
export function openOf(c: PairCounts, sev: Severity): number {
  let n = 0;
  for (const r in c.open) n += c.open[r][sev];
  return n;
}

/** The pair has an open finding at `threshold` or above (it fails the run). */
export function failsAt(p: PairResult, threshold: Severity | 'none'): boolean {
  const c = countsOf(p);
  return SEVERITIES.some((sev) => severityAtLeast(sev, threshold) && openOf(c, sev) > 0);
}

/** Counts as read back from a cache entry, or undefined when they are not of that shape. */
export function asCounts(v: unknown): PairCounts | undefined {
  const c = v as PairCounts;
  const n = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  if (!c || typeof c !== 'object' || !c.open || typeof c.open !== 'object' || !n(c.closed) || !n(c.beads) || !n(c.gaps) || typeof c.statuses !== 'boolean') return undefined;
  for (const r of Object.values(c.open)) if (!r || typeof r !== 'object' || !n(r.error) || !n(r.warning) || !n(r.info)) return undefined;
  return c;
}
