import { DEFAULT_CONFIG, type Config } from '../src/config.js';
import { segmentMarkdown } from '../src/segment/blocks.js';
import { alignPair } from '../src/pipeline.js';
import { RULES } from '../src/checks/index.js';
import { toFindings } from '../src/findings.js';
import type { Bead, Finding, Pair, RawFinding } from '../src/types.js';
import type { Rule } from '../src/checks/types.js';

/** A pair built in-process from two Markdown texts (no files). */
export function makePair(en: string, ru: string, id = 'p'): Pair {
  return { id, dir: '.', meta: {}, source: segmentMarkdown(en, 'en', 'en.md'), target: segmentMarkdown(ru, 'ru', 'ru.md') };
}

export function config(): Config {
  return structuredClone(DEFAULT_CONFIG);
}

/** segment → align → every rule, in-process. */
export function runAll(pair: Pair, cfg = config()): { beads: Bead[]; raw: RawFinding[]; findings: Finding[] } {
  const { beads, stale } = alignPair(pair, cfg, undefined);
  const raw: RawFinding[] = [];
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const r = rule.run({ pair, beads, config: cfg, options: {}, staleBeads: stale });
    raw.push(...r);
    findings.push(...toFindings(pair, r, rule.severity));
  }
  return { beads, raw, findings };
}

/** Run one rule; `align: false` gives it no beads (for rules that read whole sides only). */
export function runRule(rule: Rule, pair: Pair, opts: { align?: boolean; cfg?: Config } = {}): RawFinding[] {
  const cfg = opts.cfg ?? config();
  const { beads, stale } = opts.align === false ? { beads: [], stale: [] } : alignPair(pair, cfg, undefined);
  return rule.run({ pair, beads, config: cfg, options: {}, staleBeads: stale });
}
