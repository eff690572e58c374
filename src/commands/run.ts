import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { InputError } from '../errors.js';
import { listPairIds, pairFiles } from '../corpus/discover.js';
import { runPair, type PairRun } from '../pipeline.js';
import { RULE_IDS } from '../checks/index.js';
import { alignmentPath, formatAlignment, readAlignment, toAlignmentFile } from '../alignment/store.js';
import { alignPair } from '../pipeline.js';
import { displayPath } from '../corpus/read.js';
import { withFolderLock } from '../util/lock.js';
import { writeFileAtomic } from '../util/atomic.js';
import { checkEncoding } from '../corpus/decode.js';

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
  if (args.encoding !== undefined) checkEncoding(args.encoding);
  if (args.config !== undefined && !existsSync(resolve(args.config))) {
    throw new InputError('the config file does not exist', { file: args.config, hint: 'check the path given to --config, or leave the option out to use ./bitext.config.json' });
  }
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

/** Run every selected pair; an input error in one pair is collected and the others go on. */
export function runPairs(ctx: Context, args: CommonArgs, checks: boolean): RunOutcome {
  const { config } = ctx;
  const all = listPairIds(ctx.corpusDir, config.sourceLang, config.targetLang);
  const ids = args.pairs && args.pairs.length ? args.pairs : all;
  if (ids.length === 0) {
    throw new InputError('the corpus has no pairs', {
      file: ctx.corpusDir,
      hint: `add a folder per pair with ${config.sourceLang}.md and ${config.targetLang}.md`,
    });
  }
  const runs: PairRun[] = [];
  const errors: InputError[] = [];
  for (const id of ids) {
    try {
      const files = pairFiles(ctx.corpusDir, id, config.sourceLang, config.targetLang, all);
      const basis = readIfExists(alignmentPath(ctx.alignmentsDir, id));
      const run = runPair(files, config, { alignmentsDir: ctx.alignmentsDir, encoding: args.encoding, checks });
      alignmentBasis.set(run, basis);
      runs.push(run);
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  return { runs, errors };
}

/** The alignment file's text as it was before each run read it (undefined: no file). */
const alignmentBasis = new WeakMap<PairRun, string | undefined>();

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Write alignments/<pair-id>.json when its content changed (atomic), holding the folder lock.
 * If another process (a second bitext, the review server) changed the file since this run read
 * it, re-align against the file on disk so its confirmed beads are kept, not overwritten.
 */
export function saveAlignments(ctx: Context, runs: PairRun[]): void {
  if (runs.length === 0) return;
  withFolderLock(ctx.alignmentsDir, () => {
    for (const run of runs) {
      const path = alignmentPath(ctx.alignmentsDir, run.pair.id);
      const current = readIfExists(path);
      let file = run.alignment;
      if (alignmentBasis.has(run) && current !== alignmentBasis.get(run)) {
        const stored = readAlignment(path, displayPath(path));
        const { beads, stale } = alignPair(run.pair, ctx.config, stored);
        file = toAlignmentFile(run.pair.id, run.pair.source, run.pair.target, beads, stale);
      }
      const text = formatAlignment(file);
      if (current !== text) writeFileAtomic(path, text);
    }
  });
}

export function reportPath(ctx: Context, name: string): string {
  return join(ctx.reportsDir, name);
}
