import { describe, expect, it } from 'vitest';
import { editBeads } from '../../src/review/beads.js';
import type { Bead } from '../../src/types.js';

const b = (source: number[], target: number[], confirmed = false): Bead => ({ source, target, score: 0.5, ...(confirmed ? { confirmed } : {}) });
const links = (beads: Bead[] | string) => (beads as Bead[]).map((x) => `${x.source.join('+')}:${x.target.join('+')}${x.confirmed ? '!' : ''}`);

describe('bead edits', () => {
  const beads = [b([0], [0]), b([1], []), b([2, 3], [1]), b([4], [2], true)];
  it('confirms and unconfirms one bead, leaving the others', () => {
    expect(links(editBeads(beads, { action: 'confirm', source: [0], target: [0] }))).toEqual(['0:0!', '1:', '2+3:1', '4:2!']);
    expect(links(editBeads(beads, { action: 'unconfirm', source: [4], target: [2] }))).toEqual(['0:0', '1:', '2+3:1', '4:2']);
  });
  it('merges with the next bead, splits and unlinks, confirming what it touched', () => {
    expect(links(editBeads(beads, { action: 'merge', source: [0], target: [0] }))).toEqual(['0+1:0!', '2+3:1', '4:2!']);
    expect(links(editBeads(beads, { action: 'split', source: [2, 3], target: [1] }))).toEqual(['0:0', '1:', '2:1!', '3:!', '4:2!']);
    expect(links(editBeads(beads, { action: 'unlink', source: [2, 3], target: [1] }))).toEqual(['0:0', '1:', '2:!', '3:!', ':1!', '4:2!']);
  });
  it('refuses edits that do not apply', () => {
    expect(editBeads(beads, { action: 'confirm', source: [9], target: [9] })).toMatch(/not in the current alignment/);
    expect(editBeads(beads, { action: 'merge', source: [4], target: [2] })).toMatch(/no next bead/);
    expect(editBeads(beads, { action: 'split', source: [0], target: [0] })).toMatch(/two or more/);
    expect(editBeads(beads, { action: 'unlink', source: [1], target: [] })).toMatch(/already unlinked/);
  });
});
