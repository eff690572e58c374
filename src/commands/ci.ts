import type { CommonArgs, Context, RunHooks } from './run.js';
import { pairSelector } from '../ci/select.js';
import { pairCache, type ResidentRuns } from '../ci/runner.js';
import { makeProgress, type Progress } from '../ci/progress.js';
import { applyBaseline, readBaseline, BASELINE_FILE, type Baseline, type BaselineEntry } from '../filter/baseline.js';
import type { PairResult } from '../types.js';
import type { Result } from '../report/json.js';
import { renderOutput, type RenderOptions } from '../report/render.js';
import type { OutputTarget } from './outputs.js';
import type { RuleMeta } from '../report/rules-meta.js';
import { RULES } from '../checks/index.js';
import { CONFIG_FILE, type Config } from '../config.js';
import { writeFileAtomic } from '../util/atomic.js';

/** The CI layer of `check`/`baseline`: pair selection, cache, progress, baseline filter, outputs. */

export interface CiArgs extends CommonArgs {
  changedSince?: string;
  shard?: string;
  cache?: boolean;
  baseline?: string;
  /** Results kept in memory between the checks of one process (`check --watch`); not an option. */
  resident?: ResidentRuns;
}

/** The project's files every pair's result depends on, besides the corpus and alignments. */
export function projectFiles(args: CiArgs, config: Config | undefined): string[] {
  return [args.config ?? CONFIG_FILE, config?.termbase, config?.wordlist].filter((f): f is string => !!f);
}

export const RULE_META: readonly RuleMeta[] = RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description }));

export function ciHooks(ctx: Context, args: CiArgs, version: string, checks: boolean): RunHooks & { finish(): void } {
  let progress: Progress | undefined;
  const cache = pairCache(ctx, { encoding: args.encoding, cache: args.cache !== false, version, checks, resident: args.resident });
  return {
    select: pairSelector(args, {
      corpusDir: ctx.corpusDir,
      alignmentsDir: ctx.alignmentsDir,
      projectFiles: projectFiles(args, ctx.config),
    }),
    cache,
    onPair(id, done, total) {
      progress ??= makeProgress(total);
      progress.tick(id);
    },
    finish() {
      progress?.done();
      cache?.save();
    },
  };
}

export interface BaselineInfo {
  file: string;
  /** Findings marked 'baseline' (accepted, not failing). */
  matched: number;
  /** Entries of the checked pairs that no longer occur. */
  obsolete: BaselineEntry[];
}

export type CiResult = Result & { baseline?: BaselineInfo };

export function baselinePath(args: CiArgs): string {
  return args.baseline ?? BASELINE_FILE;
}

/** Read the baseline named by --baseline (default bitext.baseline.json); absent → undefined. Read before the run: a broken file fails fast. */
export function loadBaseline(args: CiArgs): { file: string; baseline?: Baseline } {
  const file = baselinePath(args);
  return { file, baseline: readBaseline(file) };
}

/** Filter stage: mark findings in the baseline (when there is one). */
export function filterBaseline(pairs: PairResult[], loaded: { file: string; baseline?: Baseline }): { pairs: PairResult[]; info?: BaselineInfo } {
  if (!loaded.baseline) return { pairs };
  const out = applyBaseline(pairs, loaded.baseline);
  return { pairs: out.pairs, info: { file: loaded.file, matched: out.matched, obsolete: out.obsolete } };
}

/** A human note on the baseline, for the text output (or stderr with the other formats). */
export function baselineNote(info: BaselineInfo | undefined): string {
  if (!info || (info.matched === 0 && info.obsolete.length === 0)) return '';
  const lines = [`baseline ${info.file}: ${info.matched} accepted finding${info.matched === 1 ? '' : 's'} not failing the run`];
  if (info.obsolete.length) {
    lines.push(`${info.obsolete.length} baseline entr${info.obsolete.length === 1 ? 'y no longer occurs' : 'ies no longer occur'} (fixed): run \`bitext baseline\` to drop ${info.obsolete.length === 1 ? 'it' : 'them'}`);
    for (const e of info.obsolete) lines.push(`  ${e.pair}  ${e.id}  ${e.rule}  ${e.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Write each requested format to its file (atomic) or stdout; the baseline note goes with the text. */
export function writeTargets(targets: OutputTarget[], result: CiResult, opts: RenderOptions & { colorDefault: boolean }): void {
  let noted = false;
  for (const t of targets) {
    let text = renderOutput(t.format, result, { ...opts, color: opts.color ?? (!t.output && opts.colorDefault) });
    if (t.format === 'text' && !noted) { text = `${String(text)}${baselineNote(result.baseline)}`; noted = true; }
    // atomic (a reader never sees half a file) but not flushed first: a run writes it again.
    // Written even when unchanged (unlike reports/): a file the user named may be a make
    // target, whose time must say the run happened.
    if (t.output) writeFileAtomic(t.output, text, { fsync: false });
    else process.stdout.write(text);
  }
  if (!noted) process.stderr.write(baselineNote(result.baseline));
}
