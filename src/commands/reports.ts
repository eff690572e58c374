import type { Context } from './run.js';
import { reportPath } from './run.js';
import { pairDigest, withResult, type PairRun } from '../pipeline.js';
import type { Result } from '../report/json.js';
import { renderIndex, renderPair } from '../report/html.js';
import { renderCsv } from '../report/csv.js';
import { applyReviewFile } from '../filter/dismissals.js';
import { REGENERABLE, writeFileAtomic } from '../util/atomic.js';
import { reportKey, type ReportMemo } from '../ci/report-memo.js';
import { baselineByPair, pageKey } from '../report/pages.js';
import type { Baseline } from '../filter/baseline.js';

/** The filter stage for every run: reviewers' dismissals from alignments/<pair-id>.review.json. */
export function filterRuns(ctx: Context, runs: PairRun[]): PairRun[] {
  return runs.map((run) => withResult(run, applyReviewFile(run.result, ctx.alignmentsDir)));
}

/** The report memo and what else a page depends on besides its run (the baseline). */
export interface ReportsMemo {
  memo: ReportMemo;
  tool: string;
  baseline?: Baseline;
}

/**
 * The memo key of a pair's page and CSV. A run with an inputs key (the cache is on) has a
 * filtered result fixed by that key (texts, config, the pair's review file) and the pair's
 * baseline entries, so those are hashed rather than the result itself; otherwise the page key
 * of the filtered result.
 */
function memoKey(memo: ReportsMemo, run: PairRun, baseline: Baseline | undefined, page: () => string, low: number): string {
  return run.inputsKey
    ? reportKey([memo.tool, 'inputs', run.inputsKey, low, (baseline?.findings ?? []).map((e) => e.id).sort()])
    : reportKey([memo.tool, page()]);
}

/** reports/<pair-id>.html, reports/<pair-id>.csv and reports/index.html (atomic writes). */
export function writeReports(ctx: Context, runs: PairRun[], result: Result, memo?: ReportsMemo): void {
  const byId = new Map(result.pairs.map((p) => [p.id, p]));
  const low = ctx.config.alignment.lowConfidence;
  const baselineOf = baselineByPair(memo?.baseline);
  for (const run of runs) {
    const id = run.result.id;
    const pairResult = byId.get(id) ?? run.result;
    const html = reportPath(ctx, `${id}.html`);
    const csv = reportPath(ctx, `${id}.csv`);
    // run.pair of a cached or worker run is read from the corpus on first use: only when a page is rendered here
    let pageMemo: string | undefined;
    const page = (): string => (pageMemo ??= pageKey(low, pairDigest(run), pairResult));
    const key = memo ? memoKey(memo, run, baselineOf(id), page, low) : '';
    if (memo && memo.memo.isCurrent(html, key) && memo.memo.isCurrent(csv, key)) continue;
    // a worker already wrote the files from the same inputs: keep them
    if (run.pagesKey !== page()) {
      writeFileAtomic(html, renderPair(run.pair, pairResult, { lowConfidence: low }), REGENERABLE);
      writeFileAtomic(csv, renderCsv(pairResult), REGENERABLE);
    }
    memo?.memo.record(html, key);
    memo?.memo.record(csv, key);
  }
  writeFileAtomic(reportPath(ctx, 'index.html'), renderIndex(result), REGENERABLE);
  memo?.memo.save();
}
