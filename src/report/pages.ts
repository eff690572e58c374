/**
 * One pair's report files (reports/<id>.html and <id>.csv), written by the worker that checked
 * the pair, so rendering runs in parallel and the main thread keeps no page or segmented text.
 * The worker applies the same filter stage for its pair (the pair's dismissals, the baseline
 * entries of that pair) and tags what it wrote with a key of the page's inputs; the main thread
 * computes the key from its own filtered result and renders the page again only if the keys
 * differ. A failure here only means the main thread renders the page itself.
 */
import { join } from 'node:path';
import type { PairResult } from '../types.js';
import type { PairDigest, PairRun } from '../pipeline.js';
import type { Baseline } from '../filter/baseline.js';
import { applyBaseline } from '../filter/baseline.js';
import { applyReviewFile } from '../filter/dismissals.js';
import { renderPair } from './html.js';
import { renderCsv } from './csv.js';
import { reportKey } from '../ci/report-memo.js';
import { REGENERABLE, writeFileAtomic } from '../util/atomic.js';

/** What a worker needs to write a pair's report files. */
export interface PageRequest {
  reportsDir: string;
  alignmentsDir: string;
  lowConfidence: number;
  /** The baseline's entries for this pair (undefined: no baseline file). */
  baseline?: Baseline;
}

/** The key of everything a pair's page and CSV are rendered from. */
export function pageKey(lowConfidence: number, digest: PairDigest, result: PairResult): string {
  return reportKey([lowConfidence, digest.meta, digest.source, digest.target, result]);
}

/** The filter stage for one pair: its reviewers' dismissals, then the baseline. */
export function filterPair(result: PairResult, alignmentsDir: string, baseline: Baseline | undefined): PairResult {
  const dismissed = applyReviewFile(result, alignmentsDir);
  return baseline ? applyBaseline([dismissed], baseline).pairs[0] : dismissed;
}

/**
 * The baseline split by pair, once: for each pair a baseline of its own entries (what a worker
 * is sent, what the pair's page is keyed on); undefined when there is no baseline file.
 */
export function baselineByPair(baseline: Baseline | undefined): (pairId: string) => Baseline | undefined {
  if (!baseline) return () => undefined;
  const byPair = new Map<string, Baseline['findings']>();
  for (const e of baseline.findings) {
    let list = byPair.get(e.pair);
    if (!list) byPair.set(e.pair, list = []);
    list.push(e);
  }
  return (pairId) => ({ ...baseline, findings: byPair.get(pairId) ?? [] });
}

/** Write the pair's page and CSV; the key they were written from, or undefined if not written. */
export function writePairPages(run: PairRun, digest: PairDigest, req: PageRequest): string | undefined {
  try {
    const result = filterPair(run.result, req.alignmentsDir, req.baseline);
    const key = pageKey(req.lowConfidence, digest, result);
    writeFileAtomic(join(req.reportsDir, `${result.id}.html`), renderPair(run.pair, result, { lowConfidence: req.lowConfidence }), REGENERABLE);
    writeFileAtomic(join(req.reportsDir, `${result.id}.csv`), renderCsv(result), REGENERABLE);
    return key;
  } catch {
    return undefined; // a broken review file, an unwritable folder: the main thread reports it
  }
}
