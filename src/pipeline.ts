import type { Config, RuleSetting } from './config.js';
import type { Bead, Pair, PairResult, Severity } from './types.js';
import { readPair } from './corpus/read.js';
import type { PairFiles } from './corpus/discover.js';
import type { AnswerStore } from './util/answers.js';
import { blockUnits } from './align/units.js';
import { alignCalibrated } from './align/calibrate.js';
import { defaultModel } from './align/cost.js';
import { alignSentences } from './align/sentences.js';
import { readAlignment, resolveConfirmed, toAlignmentFile, alignmentPath, type AlignmentFile } from './alignment/store.js';
import { RULES } from './checks/index.js';
import type { RuleContext } from './checks/types.js';
import { sortFindings, toFindings } from './findings.js';
import { displayPath } from './corpus/read.js';
import { hashText } from './util/hash.js';
import type { PageRequest } from './report/pages.js';

export interface RunOptions {
  alignmentsDir: string;
  encoding?: string;
  /** Run the checks (false for `bitext align`). */
  checks?: boolean;
  /** In a worker: also write the pair's report files (report/pages.ts). */
  pages?: PageRequest;
  /** In a worker: where look-up answers are kept across runs (util/answers.ts; absent with the cache off). */
  answers?: AnswerStore;
}

export interface PairRun {
  pair: Pair;
  result: PairResult;
  alignment: AlignmentFile;
  /** What the reports key on of the pair (set on runs from the cache, whose pair is read only when needed). */
  digest?: PairDigest;
  /** The page key of the report files a worker already wrote for this pair (report/pages.ts). */
  pagesKey?: string;
  /**
   * The cache key of the inputs this run was computed from, when the cache is on: the report
   * memo keys the pair's page on it rather than hashing the whole result again.
   */
  inputsKey?: string;
}

/** A run as a worker or the cache hands it over: everything but the segmented texts. */
export interface LightRun {
  result: PairResult;
  alignment: AlignmentFile;
  digest: PairDigest;
  pagesKey?: string;
}

/** A run whose pair is read (with `loadPair`) only if something uses it. */
export function lazyRun(light: LightRun, loadPair: () => Pair): PairRun {
  let pair: Pair | undefined;
  const run = { ...light } as PairRun;
  Object.defineProperty(run, 'pair', { enumerable: true, configurable: true, get: () => (pair ??= loadPair()) });
  return run;
}

/** A pair's metadata and the hashes of its two texts: enough to tell whether its report changed. */
export interface PairDigest {
  meta: Pair['meta'];
  source: string;
  target: string;
}

/** The run with another result; a pair not read yet (from the cache) stays unread. */
export function withResult(run: PairRun, result: PairResult): PairRun {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(run)) as PairRun;
  Object.defineProperty(copy, 'result', { value: result, enumerable: true, writable: true, configurable: true });
  return copy;
}

export function pairDigest(run: PairRun): PairDigest {
  return run.digest ?? { meta: run.pair.meta, source: hashText(run.pair.source.content), target: hashText(run.pair.target.content) };
}

/** What of a run is handed over or kept (worker reply, cache entry, memory): all but the segmented texts. */
export function toLight(run: PairRun): LightRun {
  return { result: run.result, alignment: run.alignment, digest: pairDigest(run) };
}

function ruleSetting(setting: RuleSetting | undefined, fallback: Severity): { severity: Severity | 'off'; options: Record<string, unknown> } {
  if (setting === undefined) return { severity: fallback, options: {} };
  if (typeof setting === 'string') return { severity: setting, options: {} };
  return { severity: setting.severity ?? fallback, options: setting.options ?? {} };
}

/** Align the blocks of a pair (confirmed beads fixed), then the sentences inside each linked bead. */
export function alignPair(pair: Pair, config: Config, stored: AlignmentFile | undefined): { beads: Bead[]; stale: AlignmentFile['beads'] } {
  const { fixed, stale } = resolveConfirmed(stored, pair.source, pair.target);
  const src = blockUnits(pair.source.blocks);
  const tgt = blockUnits(pair.target.blocks);
  const { beads, model } = alignCalibrated(src, tgt, {
    model: defaultModel(config.sourceLang, config.targetLang),
    band: config.alignment.band,
    fixed,
  });
  for (const bead of beads) {
    if (bead.source.length && bead.target.length) {
      bead.sentences = alignSentences(
        bead.source.map((i) => pair.source.blocks[i]),
        bead.target.map((i) => pair.target.blocks[i]),
        model,
      );
    }
  }
  return { beads, stale };
}

/** read → segment → align → check for one pair. Writes nothing. */
export function runPair(files: PairFiles, config: Config, opts: RunOptions): PairRun {
  const pair = readPair(files, config.sourceLang, config.targetLang, opts.encoding);
  const path = alignmentPath(opts.alignmentsDir, pair.id);
  const stored = readAlignment(path, displayPath(path));
  const { beads, stale } = alignPair(pair, config, stored);
  const findings = [];
  if (opts.checks !== false) {
    for (const rule of RULES) {
      const { severity, options } = ruleSetting(config.rules[rule.id], rule.severity);
      if (severity === 'off') continue;
      const ctx: RuleContext = { pair, beads, config, options, staleBeads: stale };
      findings.push(...toFindings(pair, rule.run(ctx), severity));
    }
  }
  const result: PairResult = {
    id: pair.id,
    source: { lang: pair.source.lang, path: pair.source.path, blocks: pair.source.blocks.length },
    target: { lang: pair.target.lang, path: pair.target.path, blocks: pair.target.blocks.length },
    alignment: beads,
    findings: sortFindings(findings),
  };
  return { pair, result, alignment: toAlignmentFile(pair.id, pair.source, pair.target, beads, stale) };
}
