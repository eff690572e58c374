import type { Bead } from '../types.js';

export const BEAD_ACTIONS = ['confirm', 'unconfirm', 'merge', 'split', 'unlink'] as const;
export type BeadAction = (typeof BEAD_ACTIONS)[number];

/** A reviewer's edit of one bead, named by the blocks it links (not its index, which moves). */
export interface BeadEdit {
  action: BeadAction;
  source: number[];
  target: number[];
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const fixedBead = (source: number[], target: number[]): Bead => ({ source, target, score: 1, confirmed: true });

/**
 * Apply a bead edit to the current alignment and return the new bead list. Every bead a
 * reviewer touched comes out confirmed (a fixed anchor on later runs), except `unconfirm`.
 * - confirm / unconfirm: set or clear the flag;
 * - merge: join the bead with the next one (e.g. a 1-1 and a following 1-0 become a 2-1);
 * - split: break a many-to-many bead into 1-1 links in order, leftovers unlinked;
 * - unlink: the two sides do not belong together: one unlinked bead per block.
 * Returns an error message when the bead is not in the alignment (it changed meanwhile) or the
 * edit makes no sense for it.
 */
export function editBeads(beads: Bead[], edit: BeadEdit): Bead[] | string {
  const k = beads.findIndex((b) => same(b.source, edit.source) && same(b.target, edit.target));
  if (k < 0) return 'that bead is not in the current alignment (the documents or the alignment changed): reload the page';
  const bead = beads[k];
  const strip = (b: Bead): Bead => ({ source: b.source, target: b.target, score: b.score, ...(b.confirmed ? { confirmed: true } : {}) });
  const before = beads.slice(0, k).map(strip), after = beads.slice(k + 1).map(strip);
  switch (edit.action) {
    case 'confirm':
      return [...before, { ...strip(bead), confirmed: true }, ...after];
    case 'unconfirm':
      return [...before, { source: bead.source, target: bead.target, score: bead.score }, ...after];
    case 'merge': {
      const next = beads[k + 1];
      if (!next) return 'the last bead has no next bead to merge with';
      return [...before, fixedBead([...bead.source, ...next.source], [...bead.target, ...next.target]), ...after.slice(1)];
    }
    case 'split': {
      if (bead.source.length < 2 && bead.target.length < 2) return 'only a bead with two or more blocks on a side can be split';
      const out: Bead[] = [];
      const n = Math.max(bead.source.length, bead.target.length);
      for (let i = 0; i < n; i++) {
        const s = i < bead.source.length ? [bead.source[i]] : [];
        const t = i < bead.target.length ? [bead.target[i]] : [];
        out.push(fixedBead(s, t));
      }
      return [...before, ...out, ...after];
    }
    case 'unlink': {
      if (!bead.source.length || !bead.target.length) return 'this bead is already unlinked';
      return [...before, ...bead.source.map((i) => fixedBead([i], [])), ...bead.target.map((j) => fixedBead([], [j])), ...after];
    }
  }
}
