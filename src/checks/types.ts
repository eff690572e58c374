import type { Bead, Block, Pair, RawFinding, Severity } from '../types.js';
import type { Config } from '../config.js';
import type { StoredBead } from '../alignment/store.js';

/** Everything a rule may look at for one pair. Rules never write files. */
export interface RuleContext {
  pair: Pair;
  beads: Bead[];
  config: Config;
  /** This rule's options from bitext.config.json ("rules": {"id": {"options": {...}}}). */
  options: Record<string, unknown>;
  /** Confirmed beads whose texts changed since they were confirmed. */
  staleBeads: StoredBead[];
}

export interface Rule {
  /** Rule id: part of the JSON contract. */
  id: string;
  severity: Severity;
  /** One paragraph for the README's rule table. */
  description: string;
  run(ctx: RuleContext): RawFinding[];
}

/** A linked bead (both sides non-empty) with its blocks. */
export interface LinkedBead {
  bead: Bead;
  index: number;
  source: Block[];
  target: Block[];
}

export function linkedBeads(ctx: RuleContext): LinkedBead[] {
  const out: LinkedBead[] = [];
  ctx.beads.forEach((bead, index) => {
    if (bead.source.length && bead.target.length) {
      out.push({
        bead, index,
        source: bead.source.map((i) => ctx.pair.source.blocks[i]),
        target: bead.target.map((i) => ctx.pair.target.blocks[i]),
      });
    }
  });
  return out;
}
