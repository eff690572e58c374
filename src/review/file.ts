import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic.js';
import { withFileLock } from './lock.js';

export const REVIEW_SCHEMA_VERSION = 1;

/** Why a reviewer dismissed a finding. */
export const DISMISS_REASONS = ['false-alarm', 'accepted-deviation', 'fixed-upstream'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export const REASON_LABELS: Record<DismissReason, string> = {
  'false-alarm': 'false alarm',
  'accepted-deviation': 'accepted deviation',
  'fixed-upstream': 'fixed upstream',
};

/** One dismissal, keyed by the finding's fingerprint (Finding.id). */
export interface Dismissal {
  id: string;
  rule: string;
  reason: DismissReason;
  /** Free-text comment by the reviewer. */
  comment?: string;
  /** The texts the finding was about, so a human reading the file (or a lapsed dismissal) knows what it was. */
  source?: string;
  target?: string;
  message?: string;
}

/** alignments/<pair-id>.review.json */
export interface ReviewFile {
  schemaVersion: number;
  pair: string;
  dismissals: Dismissal[];
}

export function reviewPath(alignmentsDir: string, pairId: string): string {
  return join(alignmentsDir, `${pairId}.review.json`);
}

export function emptyReview(pairId: string): ReviewFile {
  return { schemaVersion: REVIEW_SCHEMA_VERSION, pair: pairId, dismissals: [] };
}

/** Read and validate a review file; a broken file is an input error, never silently replaced. */
export function readReview(path: string, pairId: string): ReviewFile {
  if (!existsSync(path)) return emptyReview(pairId);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`the review file is not valid JSON (${(e as Error).message})`, {
      file: path, hint: 'repair it or restore it from git; bitext will not overwrite it while it is broken',
    });
  }
  const problem = validate(raw);
  if (problem) {
    throw new InputError(`the review file is invalid: ${problem}`, {
      file: path, hint: 'fix the entry by hand or restore the file from git; bitext will not overwrite it while it is invalid',
    });
  }
  return raw as ReviewFile;
}

function validate(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'expected a JSON object';
  const f = raw as Record<string, unknown>;
  if (f.schemaVersion !== REVIEW_SCHEMA_VERSION) return `schemaVersion ${JSON.stringify(f.schemaVersion)} is not supported (expected ${REVIEW_SCHEMA_VERSION})`;
  if (!Array.isArray(f.dismissals)) return '"dismissals" must be an array';
  for (let k = 0; k < f.dismissals.length; k++) {
    const d = f.dismissals[k] as Record<string, unknown>;
    if (typeof d !== 'object' || d === null) return `dismissal ${k} is not an object`;
    if (typeof d.id !== 'string' || !/^[0-9a-f]{16}$/.test(d.id)) return `dismissal ${k}: "id" must be a finding id (16 hex digits)`;
    if (typeof d.rule !== 'string') return `dismissal ${k}: "rule" must be a string`;
    if (!DISMISS_REASONS.includes(d.reason as DismissReason)) return `dismissal ${k}: "reason" must be one of ${DISMISS_REASONS.join(', ')}`;
  }
  return undefined;
}

/** Stable, diffable serialisation: one dismissal per line, sorted by rule then id. */
export function formatReview(file: ReviewFile): string {
  const sorted = [...file.dismissals].sort((a, b) => a.rule.localeCompare(b.rule) || a.id.localeCompare(b.id));
  const lines = sorted.map((d) => `    ${JSON.stringify(orderKeys(d))}`).join(',\n');
  return `{\n  "schemaVersion": ${REVIEW_SCHEMA_VERSION},\n  "pair": ${JSON.stringify(file.pair)},\n  "dismissals": [${sorted.length ? `\n${lines}\n  ` : ''}]\n}\n`;
}

function orderKeys(d: Dismissal): Dismissal {
  const out: Dismissal = { id: d.id, rule: d.rule, reason: d.reason };
  if (d.comment) out.comment = d.comment;
  if (d.message) out.message = d.message;
  if (d.source) out.source = d.source;
  if (d.target) out.target = d.target;
  return out;
}

/**
 * Apply one change to the review file under a lock: re-read the file as it is on disk now,
 * change it, write it atomically. Two processes each add their own decision; neither is lost.
 */
export function updateReview(path: string, pairId: string, change: (file: ReviewFile) => ReviewFile): ReviewFile {
  return withFileLock(path, () => {
    const next = change(readReview(path, pairId));
    writeFileAtomic(path, formatReview(next));
    return next;
  });
}

export function addDismissal(file: ReviewFile, d: Dismissal): ReviewFile {
  return { ...file, dismissals: [...file.dismissals.filter((x) => x.id !== d.id), d] };
}

export function removeDismissal(file: ReviewFile, id: string): ReviewFile {
  return { ...file, dismissals: file.dismissals.filter((x) => x.id !== id) };
}
