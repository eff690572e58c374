import { describe, expect, it } from 'vitest';
import { reviewerChangedAlignment } from '../../src/review/guard.js';
import type { AlignmentFile, StoredBead } from '../../src/alignment/store.js';

const file = (beads: StoredBead[]): AlignmentFile => ({ schemaVersion: 1, pair: 'p', source: { path: 'en.md', blocks: 3 }, target: { path: 'ru.md', blocks: 3 }, beads });
const bead = (s: number, t: number, confirmed = false, extra: Partial<StoredBead> = {}): StoredBead => ({ source: [s], target: [t], sourceHash: `s${s}`, targetHash: `t${t}`, ...(confirmed ? { confirmed } : {}), ...extra });

describe('guarding reviewer decisions against a concurrent check', () => {
  it('lets a run write when the confirmed beads are the ones it started from (even moved)', () => {
    expect(reviewerChangedAlignment(undefined, file([bead(0, 0), bead(1, 1)]))).toBe(false);
    expect(reviewerChangedAlignment(file([bead(0, 0, true), bead(1, 1)]), file([bead(0, 0, true, { source: [1] }), bead(1, 1)]))).toBe(false);
    // a confirmed bead the run marked stale (text changed) is still the same decision
    expect(reviewerChangedAlignment(file([bead(0, 0, true)]), file([bead(0, 0), bead(0, 0, true, { stale: true, sourceHash: '', targetHash: '' })]))).toBe(false);
  });
  it('refuses when a reviewer confirmed or unconfirmed a bead meanwhile', () => {
    expect(reviewerChangedAlignment(file([bead(0, 0), bead(1, 1, true)]), file([bead(0, 0), bead(1, 1)]))).toBe(true);
    expect(reviewerChangedAlignment(file([bead(0, 0), bead(1, 1)]), file([bead(0, 0), bead(1, 1, true)]))).toBe(true);
  });
});
