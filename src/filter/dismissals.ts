import type { Finding, PairResult } from '../types.js';
import { hashText } from '../util/hash.js';
import { REASON_LABELS, readReview, reviewPath, type ReviewFile } from '../review/file.js';
import { displayPath } from '../corpus/read.js';
import { statSync } from 'node:fs';
import { statStamp } from '../util/stamp.js';
import { countsOf } from '../report/counts.js';

export const DISMISSAL_UNUSED = 'dismissal-unused';

/**
 * Filter stage: mark findings a reviewer dismissed as `status: 'dismissed'` with the reason
 * (they stay in the output but no longer fail the run), mark the rest `open`, and report each
 * dismissal that matches no finding any more as an info finding `dismissal-unused` — its text
 * changed or the problem was fixed, so the entry can be removed from the review file.
 * Pure: returns a new result.
 */
export function applyDismissals(result: PairResult, review: ReviewFile, reviewFileShown: string): PairResult {
  // nothing dismissed and every status set (the pipeline sets "open"): the result as it is, so
  // what is kept with it (its JSON bytes from the cache, report/json.ts) stays with it
  if (review.dismissals.length === 0 && countsOf(result).statuses) return result;
  const byId = new Map(review.dismissals.map((d) => [d.id, d]));
  const used = new Set<string>();
  const findings: Finding[] = result.findings.map((f) => {
    const d = byId.get(f.id);
    if (!d) return { ...f, status: f.status ?? 'open' };
    used.add(d.id);
    const reason = `${REASON_LABELS[d.reason]}${d.comment ? `: ${d.comment}` : ''}`;
    return { ...f, status: 'dismissed', reason };
  });
  for (const d of review.dismissals) {
    if (used.has(d.id)) continue;
    const about = d.source || d.target ? ` (about “${excerpt(d.source || d.target || '')}”)` : '';
    findings.push({
      id: unusedFindingId(d.id),
      rule: DISMISSAL_UNUSED,
      severity: 'info',
      message: `dismissal ${d.id} of a ${d.rule} finding${about} matches no finding any more: the text changed or the problem is gone; remove it from ${reviewFileShown}`,
      source: null,
      target: null,
      status: 'open',
    });
  }
  return { ...result, findings };
}

function excerpt(s: string, max = 50): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The id of the `dismissal-unused` finding reported for a dismissal. */
export function unusedFindingId(dismissalId: string): string {
  return hashText(`${DISMISSAL_UNUSED}\u0000${dismissalId}`, 16);
}

/**
 * The last filtered result of each result object, with the stamp of the review file it was
 * filtered with: a long-running process (`check --watch`) filters an unchanged pair once, and
 * its outputs, memoised per result object, stay valid.
 */
const filtered = new WeakMap<PairResult, { path: string; stamp: string; result: PairResult }>();

/** applyDismissals with the pair's review file, alignments/<pair-id>.review.json (none: nothing dismissed). */
export function applyReviewFile(result: PairResult, alignmentsDir: string): PairResult {
  const path = reviewPath(alignmentsDir, result.id);
  const st = statSync(path, { throwIfNoEntry: false });
  const stamp = st ? statStamp(st) : 'none';
  const hit = filtered.get(result);
  if (hit && hit.path === path && hit.stamp === stamp) return hit.result;
  const out = applyDismissals(result, readReview(path, result.id), displayPath(path));
  filtered.set(result, { path, stamp, result: out });
  return out;
}
