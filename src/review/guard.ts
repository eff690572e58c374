import type { AlignmentFile, StoredBead } from '../alignment/store.js';

const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The same reviewer decision: same texts (hashes), or — for a stale record, whose hashes may be blank — the same blocks. */
function sameDecision(a: StoredBead, b: StoredBead): boolean {
  if (a.sourceHash === b.sourceHash && a.targetHash === b.targetHash && (a.sourceHash || a.targetHash)) return true;
  return (!!a.stale || !!b.stale) && sameList(a.source, b.source) && sameList(a.target, b.target);
}

/**
 * True when the reviewer decisions (confirmed beads) in the file on disk are not the ones a
 * run started from: a `bitext review` confirmed, unconfirmed or re-linked beads while the run
 * was aligning. Writing the run's file then would silently undo that decision, so the caller
 * keeps the file on disk (the next run aligns with it).
 */
export function reviewerChangedAlignment(onDisk: AlignmentFile | undefined, fromRun: AlignmentFile): boolean {
  const disk = (onDisk?.beads ?? []).filter((b) => b.confirmed);
  const run = fromRun.beads.filter((b) => b.confirmed);
  return disk.some((d) => !run.some((r) => sameDecision(d, r))) || run.some((r) => !disk.some((d) => sameDecision(d, r)));
}
