import type { Context } from './run.js';
import { reportPath } from './run.js';
import type { PairRun } from '../pipeline.js';
import type { Result } from '../report/json.js';
import { renderIndex, renderPair } from '../report/html.js';
import { renderCsv } from '../report/csv.js';
import { applyDismissals } from '../filter/dismissals.js';
import { readReview, reviewPath } from '../review/file.js';
import { displayPath } from '../corpus/read.js';
import { writeFileAtomic } from '../util/atomic.js';

/** The filter stage for every run: reviewers' dismissals from alignments/<pair-id>.review.json. */
export function filterRuns(ctx: Context, runs: PairRun[]): PairRun[] {
  return runs.map((run) => {
    const path = reviewPath(ctx.alignmentsDir, run.pair.id);
    const review = readReview(path, run.pair.id);
    return { ...run, result: applyDismissals(run.result, review, displayPath(path)) };
  });
}

/** reports/<pair-id>.html, reports/<pair-id>.csv and reports/index.html (atomic writes). */
export function writeReports(ctx: Context, runs: PairRun[], result: Result): void {
  for (const run of runs) {
    const pairResult = result.pairs.find((p) => p.id === run.pair.id) ?? run.result;
    writeFileAtomic(reportPath(ctx, `${run.pair.id}.html`), renderPair(run.pair, pairResult, { lowConfidence: ctx.config.alignment.lowConfidence }));
    writeFileAtomic(reportPath(ctx, `${run.pair.id}.csv`), renderCsv(pairResult));
  }
  writeFileAtomic(reportPath(ctx, 'index.html'), renderIndex(result));
}
