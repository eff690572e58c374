import type { Context } from '../commands/run.js';
import { listPairIds, pairFiles } from '../corpus/discover.js';
import { runPair, type PairRun } from '../pipeline.js';
import type { PairCache } from '../ci/runner.js';
import { filterRuns } from '../commands/reports.js';
import { buildResult } from '../report/json.js';
import { renderIndex, renderPair } from '../report/html.js';
import { alignmentPath, toAlignmentFile, writeAlignment } from '../alignment/store.js';
import { withFileLock } from './lock.js';
import { addDismissal, DISMISS_REASONS, readReview, removeDismissal, reviewPath, updateReview, type DismissReason } from './file.js';
import { unusedFindingId } from '../filter/dismissals.js';
import { BEAD_ACTIONS, editBeads, type BeadAction } from './beads.js';

/** What an action answers: an HTTP status and a JSON body. */
export interface ActionResult { status: number; body: Record<string, unknown> }

const bad = (status: number, error: string): ActionResult => ({ status, body: { error } });

const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= 0);

/**
 * One review session over a project: renders pages from the current files on every request
 * (so they always show the decisions on disk) and applies reviewers' actions to the decision
 * files, each under a lock and with an atomic write.
 */
export class ReviewSession {
  /**
   * `cache`: a result cache for one request (ci/runner.ts). Pages are rendered from the files as
   * they are at each request either way; with it, a pair whose files did not change is not
   * computed again, so the index of a 1,000-pair corpus is not 1,000 pipeline runs.
   */
  constructor(readonly ctx: Context, readonly token: string, private readonly cache?: () => PairCache | undefined, private readonly encoding?: string) {}

  pairIds(): string[] {
    return listPairIds(this.ctx.corpusDir, this.ctx.config.sourceLang, this.ctx.config.targetLang);
  }

  /** The pair's run from its files as they are now (through `cache`, or one made for this call). */
  run(pairId: string, cache?: PairCache): PairRun {
    const own = cache ? undefined : this.cache?.();
    const c = cache ?? own;
    const { config } = this.ctx;
    const files = pairFiles(this.ctx.corpusDir, pairId, config.sourceLang, config.targetLang, this.pairIds());
    const hit = c?.lookup(files);
    if (hit) return hit;
    const run = runPair(files, config, { alignmentsDir: this.ctx.alignmentsDir, encoding: this.encoding });
    c?.store(files, run);
    own?.save();
    return run;
  }

  private filtered(pairId: string): PairRun {
    return filterRuns(this.ctx, [this.run(pairId)])[0];
  }

  pairPage(pairId: string): string {
    const run = this.filtered(pairId);
    const unused: Record<string, string> = {};
    for (const d of readReview(reviewPath(this.ctx.alignmentsDir, pairId), pairId).dismissals) unused[unusedFindingId(d.id)] = d.id;
    return renderPair(run.pair, run.result, { review: { token: this.token, unused }, lowConfidence: this.ctx.config.alignment.lowConfidence });
  }

  indexPage(): string {
    const cache = this.cache?.();
    const runs = filterRuns(this.ctx, this.pairIds().map((id) => this.run(id, cache)));
    cache?.save();
    return renderIndex(buildResult(runs.map((r) => r.result)));
  }

  act(pairId: string, action: string, body: Record<string, unknown>): ActionResult {
    if (action === 'dismiss') return this.dismiss(pairId, body);
    if (action === 'undo') return this.undo(pairId, body);
    if (action === 'bead') return this.bead(pairId, body);
    return bad(404, `unknown action "${action}"`);
  }

  private dismiss(pairId: string, body: Record<string, unknown>): ActionResult {
    const { id, reason, comment } = body;
    if (typeof reason !== 'string' || !DISMISS_REASONS.includes(reason as DismissReason)) {
      return bad(400, `a reason is required: one of ${DISMISS_REASONS.join(', ')}`);
    }
    if (comment !== undefined && (typeof comment !== 'string' || comment.length > 2000)) return bad(400, 'comment must be a string of at most 2000 characters');
    const finding = this.run(pairId).result.findings.find((f) => f.id === id);
    if (!finding) return bad(409, 'no such finding in the current text (it changed?): reload the page');
    updateReview(reviewPath(this.ctx.alignmentsDir, pairId), pairId, (file) => addDismissal(file, {
      id: finding.id, rule: finding.rule, reason: reason as DismissReason,
      comment: typeof comment === 'string' && comment.trim() ? comment.trim() : undefined,
      message: finding.message, source: finding.source?.text, target: finding.target?.text,
    }));
    return { status: 200, body: { ok: true, dismissed: finding.id } };
  }

  private undo(pairId: string, body: Record<string, unknown>): ActionResult {
    if (typeof body.id !== 'string') return bad(400, '"id" (the finding id) is required');
    const id = body.id;
    let found = false;
    updateReview(reviewPath(this.ctx.alignmentsDir, pairId), pairId, (file) => {
      found = file.dismissals.some((d) => d.id === id);
      return removeDismissal(file, id);
    });
    return found ? { status: 200, body: { ok: true, undone: id } } : bad(409, 'that finding is not dismissed');
  }

  private bead(pairId: string, body: Record<string, unknown>): ActionResult {
    const { action, source, target } = body;
    if (typeof action !== 'string' || !BEAD_ACTIONS.includes(action as BeadAction)) return bad(400, `"action" must be one of ${BEAD_ACTIONS.join(', ')}`);
    if (!isIndexList(source) || !isIndexList(target)) return bad(400, '"source" and "target" must be arrays of block indices');
    const path = alignmentPath(this.ctx.alignmentsDir, pairId);
    // re-align from the file as it is now, under the lock, so a concurrent confirmation is kept
    return withFileLock(path, () => {
      const run = this.run(pairId);
      const beads = editBeads(run.result.alignment, { action: action as BeadAction, source, target });
      if (typeof beads === 'string') return bad(409, beads);
      const stale = run.alignment.beads.filter((b) => b.stale);
      writeAlignment(path, toAlignmentFile(pairId, run.pair.source, run.pair.target, beads, stale));
      return { status: 200, body: { ok: true } };
    });
  }
}
