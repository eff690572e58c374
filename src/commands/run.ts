import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { InputError } from '../errors.js';
import { listPairIds, pairFiles, type PairFiles } from '../corpus/discover.js';
import { runPair, type PairRun } from '../pipeline.js';
import { RULE_IDS } from '../checks/index.js';
import { alignmentPath, formatAlignment, readAlignment } from '../alignment/store.js';
import { withFileLock } from '../review/lock.js';
import { reviewerChangedAlignment } from '../review/guard.js';
import { writeFileAtomic } from '../util/atomic.js';

export interface CommonArgs {
  corpus?: string;
  alignments?: string;
  reports?: string;
  config?: string;
  encoding?: string;
  pairs?: string[];
}

export interface Context {
  config: Config;
  corpusDir: string;
  alignmentsDir: string;
  reportsDir: string;
}

export function makeContext(args: CommonArgs): Context {
  const config = loadConfig(process.cwd(), RULE_IDS, args.config ? resolve(args.config) : undefined);
  return {
    config,
    corpusDir: args.corpus ?? config.corpus,
    alignmentsDir: args.alignments ?? config.alignments,
    reportsDir: args.reports ?? config.reports,
  };
}

export interface RunOutcome {
  runs: PairRun[];
  errors: InputError[];
}

/** Hooks for CI runs: narrow the pair list (changed since / shard), run through the cache, report progress. */
export interface RunHooks {
  select?: (ids: string[]) => string[];
  run?: (files: PairFiles) => PairRun;
  onPair?: (id: string, done: number, total: number) => void;
}

/** Run every selected pair; an input error in one pair is collected and the others go on. */
export function runPairs(ctx: Context, args: CommonArgs, checks: boolean, hooks: RunHooks = {}): RunOutcome {
  const { config } = ctx;
  const all = listPairIds(ctx.corpusDir, config.sourceLang, config.targetLang);
  const requested = args.pairs && args.pairs.length ? args.pairs : all;
  if (requested.length === 0) {
    throw new InputError('the corpus has no pairs', {
      file: ctx.corpusDir,
      hint: `add a folder per pair with ${config.sourceLang}.md and ${config.targetLang}.md`,
    });
  }
  const runs: PairRun[] = [];
  const errors: InputError[] = [];
  // unknown ids stay in, so they are reported (with a suggestion) rather than filtered away
  const ids = hooks.select ? [...requested.filter((id) => !all.includes(id)), ...hooks.select(requested.filter((id) => all.includes(id)))] : requested;
  ids.forEach((id, k) => {
    try {
      const files = pairFiles(ctx.corpusDir, id, config.sourceLang, config.targetLang, all);
      runs.push(hooks.run ? hooks.run(files) : runPair(files, config, { alignmentsDir: ctx.alignmentsDir, encoding: args.encoding, checks }));
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
    hooks.onPair?.(id, k + 1, ids.length);
  });
  return { runs, errors };
}

/** Write alignments/<pair-id>.json when its content changed (atomic). */
export function saveAlignments(ctx: Context, runs: PairRun[]): void {
  for (const run of runs) {
    const path = alignmentPath(ctx.alignmentsDir, run.pair.id);
    const text = formatAlignment(run.alignment);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    // under the review lock: never overwrite a decision `bitext review` made during this run
    withFileLock(path, () => {
      if (reviewerChangedAlignment(readAlignment(path), run.alignment)) {
        process.stderr.write(`bitext: ${path} changed during the run (a reviewer's decision); kept as is, run again to use it\n`);
        return;
      }
      writeFileAtomic(path, text);
    });
  }
}

export function reportPath(ctx: Context, name: string): string {
  return join(ctx.reportsDir, name);
}
