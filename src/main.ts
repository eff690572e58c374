import yargs from 'yargs';
import { suggest } from './config.js';
import { InputError, EXIT_INPUT, EXIT_OK, EXIT_FINDINGS } from './errors.js';
import { makeContext, runPairs, saveAlignments, type CommonArgs, type Context } from './commands/run.js';
import { filterRuns, writeReports } from './commands/reports.js';
import { reportMemo } from './ci/report-memo.js';
import { CACHE_DIR, toolFingerprint } from './ci/cache.js';
import { review, type ReviewArgs } from './commands/review.js';
import { buildResult } from './report/json.js';
import { FORMATS } from './report/render.js';
import { planOutputs } from './commands/outputs.js';
import { baselinePath, ciHooks, projectFiles, filterBaseline, loadBaseline, writeTargets, RULE_META, type CiArgs, type CiResult } from './commands/ci.js';
import { baseline } from './commands/baseline.js';
import { merge, type MergeArgs } from './commands/merge.js';
import { failsAt } from './report/counts.js';
import { readReview, reviewPath } from './review/file.js';
import type { Severity } from './types.js';
import type { ResidentRuns } from './ci/runner.js';
import type { Written } from './util/stamp.js';
import { listPairIds, pairFiles } from './corpus/discover.js';
import { runPair } from './pipeline.js';

const VERSION = '0.1.0';

interface CheckArgs extends CiArgs {
  format?: string | string[];
  output?: string | string[];
  failOn: Severity | 'none';
  debug?: boolean;
  color?: boolean;
}

function reportErrors(errors: InputError[]): void {
  for (const e of errors) process.stderr.write(`${e.format()}\n`);
}

async function check(args: CheckArgs, argv: string[], wrote?: (files: Written[]) => void): Promise<number> {
  const targets = planOutputs(argv, args.format, args.output);
  const ctx = makeContext(args);
  const accepted = loadBaseline(args);
  const hooks = ciHooks(ctx, args, VERSION, true);
  // workers write the report files of the pairs they check (the main thread verifies their
  // key); the pairs' review files are read first, so a broken one stops the run (exit 2)
  // before any page is written, as it did when only the main thread wrote pages
  const outcome = await runPairs(ctx, args, true, {
    ...hooks,
    pages: { reportsDir: ctx.reportsDir, lowConfidence: ctx.config.alignment.lowConfidence, baseline: accepted.baseline },
    beforeRun: (ids) => { for (const id of ids) readReview(reviewPath(ctx.alignmentsDir, id), id); },
  });
  hooks.finish();
  const { errors } = outcome;
  // nothing was checked: say why, and leave the previous reports alone
  if (outcome.runs.length === 0 && errors.length) { reportErrors(errors); return EXIT_INPUT; }
  // (not inside `wrote?.(…)`: an optional call skips evaluating its argument)
  const written = saveAlignments(ctx, outcome);
  wrote?.(written);
  // filter stage: reviewers' dismissals, then the baseline (accepted findings)
  const runs = filterRuns(ctx, outcome.runs);
  const filtered = filterBaseline(runs.map((r) => r.result), accepted);
  const result: CiResult = buildResult(filtered.pairs);
  if (filtered.info) result.baseline = filtered.info;
  // with the cache on, pages whose inputs did not change since they were written are kept
  const memo = args.cache === false ? undefined : { memo: reportMemo(CACHE_DIR), tool: toolFingerprint(VERSION), baseline: accepted.baseline };
  // writeReports takes each pair's filtered result from `result`
  writeReports(ctx, runs, result, memo);
  writeTargets(targets, result, { rules: RULE_META, version: VERSION, failOn: args.failOn, color: args.color, colorDefault: !!process.stdout.isTTY });
  if (runs.length === 0 && errors.length === 0) {
    process.stderr.write(`bitext: no pair selected${args.changedSince !== undefined ? ` (none changed since ${args.changedSince})` : ''}; nothing to check\n`);
  }
  reportErrors(errors);
  if (errors.length) return EXIT_INPUT;
  const failing = result.pairs.some((p) => failsAt(p, args.failOn));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

/** `check --watch`: check, then check again on every change until Ctrl-C (commands/watch.ts). */
async function watchCheck(args: CheckArgs, argv: string[]): Promise<number> {
  if (args.cache === false) throw new InputError('--watch keeps results between checks in the cache: it cannot run with --no-cache', { hint: 'leave out --no-cache (delete .bitext-cache/ to start from nothing)' });
  const resident: ResidentRuns = new Map();
  const outputs = planOutputs(argv, args.format, args.output).map((t) => t.output).filter((o): o is string => !!o);
  // the project as the config says now; while the config is broken, as it last said (or the defaults)
  let last: Context | undefined;
  const current = (): Context | undefined => {
    try { last = makeContext(args); } catch (e) { if (!(e instanceof InputError)) throw e; }
    return last;
  };
  const ctx = current();
  const { watchRuns } = await import('./commands/watch.js');
  return watchRuns({
    paths: () => {
      const c = current();
      return [c?.corpusDir ?? args.corpus ?? 'corpus', c?.alignmentsDir ?? args.alignments ?? 'alignments', ...projectFiles(args, c?.config), baselinePath(args)];
    },
    ignored: [ctx?.reportsDir ?? args.reports ?? 'reports', CACHE_DIR, ...outputs],
    run: (wrote) => check({ ...args, resident }, argv, wrote),
    // the first check took its results from the cache or from workers: compute one pair here
    // (result dropped) so the first re-check finds dictionaries, termbase and compiled code ready
    warmUp: () => {
      const c = current();
      try {
        const ids = c ? listPairIds(c.corpusDir, c.config.sourceLang, c.config.targetLang) : [];
        if (c && ids.length) runPair(pairFiles(c.corpusDir, ids[0], c.config.sourceLang, c.config.targetLang), c.config, { alignmentsDir: c.alignmentsDir, encoding: args.encoding });
      } catch (e) { if (!(e instanceof InputError)) throw e; /* the checks report it */ }
    },
    log: (line) => process.stderr.write(`${line}\n`),
  });
}

async function alignOnly(args: CommonArgs & { debug?: boolean; jobs?: number }): Promise<number> {
  const ctx = makeContext(args);
  const outcome = await runPairs(ctx, args, false);
  const { runs, errors } = outcome;
  saveAlignments(ctx, outcome);
  for (const run of runs) {
    const beads = run.result.alignment;
    const gaps = beads.filter((b) => !b.source.length || !b.target.length).length;
    // run.result.id, not run.pair.id: a worker's run reads its pair again on first access
    process.stdout.write(`${run.result.id}: ${beads.length} beads (${gaps} unlinked) → ${ctx.alignmentsDir}/${run.result.id}.json\n`);
  }
  reportErrors(errors);
  return errors.length ? EXIT_INPUT : EXIT_OK;
}

const commonOptions = {
  corpus: { type: 'string', describe: 'corpus folder (default from bitext.config.json: corpus/)' },
  alignments: { type: 'string', describe: 'alignments folder (default alignments/)' },
  reports: { type: 'string', describe: 'reports folder (default reports/)' },
  config: { type: 'string', describe: 'path of the config file (default ./bitext.config.json)' },
  encoding: { type: 'string', describe: 'encoding of the corpus files when not UTF-8 (windows-1251, koi8-r, …)' },
  debug: { type: 'boolean', describe: 'print stack traces of internal errors' },
  jobs: { type: 'number', describe: 'worker threads for the pairs (default: one per core; 1 = run in one thread)' },
} as const;

const ciOptions = {
  'changed-since': { type: 'string', describe: 'only pairs whose corpus/<id>/ or alignments/<id>*.json files changed since this git ref' },
  shard: { type: 'string', describe: 'check shard i of n (i/n) of the pairs, for a CI matrix; merge the JSON results with bitext merge' },
  cache: { type: 'boolean', default: true, describe: 'reuse results of unchanged pairs from .bitext-cache/ (--no-cache to recompute)' },
  baseline: { type: 'string', describe: 'baseline file of accepted findings (default bitext.baseline.json)' },
} as const;

const outputOptions = {
  format: { type: 'string', choices: FORMATS, describe: 'output format; repeat with --output after each for several outputs' },
  output: { type: 'string', describe: 'write the preceding --format to FILE instead of stdout' },
  'fail-on': { choices: ['error', 'warning', 'info', 'none'] as const, default: 'error' as const, describe: 'lowest severity that fails the run (exit 1)' },
  color: { type: 'boolean', describe: 'colour the text output (default: when stdout is a terminal)' },
} as const;

/** Every long option of every command, for "did you mean" on a misspelt one. */
const KNOWN_OPTIONS = [...Object.keys(commonOptions), ...Object.keys(ciOptions), ...Object.keys(outputOptions), 'port', 'watch', 'no-cache', 'no-color', 'help', 'version'];

/** "Unknown argument: frmat" → "did you mean --format?". */
function unknownOptionHint(msg: string | undefined): string | undefined {
  const m = /^Unknown arguments?: (.+)$/.exec(msg ?? '');
  if (!m) return undefined;
  const known = KNOWN_OPTIONS;
  const hints = m[1].split(', ').filter((a) => !/[A-Z]/.test(a)).map((a) => {
    const best = suggest(a.replace(/^-+/, ''), known);
    return best ? `--${best} for ${a}` : undefined;
  }).filter(Boolean);
  return hints.length ? `did you mean ${hints.join(', ')}? (bitext --help lists the options)` : undefined;
}

/** Parse arguments and run; returns the exit code (0 clean, 1 findings, 2 usage or input error). */
export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const debug = argv.includes('--debug');
  try {
    await yargs(argv)
      .scriptName('bitext')
      .usage('$0 <command> [PAIR-ID...] [options]')
      .command('check [pairs..]', 'align and check pairs, write reports', (y) => y
        .positional('pairs', { type: 'string', array: true, describe: 'pair ids (default: every pair in the corpus)' })
        .options(commonOptions)
        .options(outputOptions)
        .options(ciOptions)
        .option('watch', { type: 'boolean', describe: 'check again whenever a corpus, alignment, review or project file changes, until Ctrl-C' }),
      async (a) => {
        const c = a as unknown as CheckArgs & { watch?: boolean };
        code = c.watch ? await watchCheck(c, argv) : await check(c, argv);
      })
      .command('baseline [pairs..]', 'record the current findings as accepted in bitext.baseline.json', (y) => y
        .positional('pairs', { type: 'string', array: true, describe: 'pair ids (default: every pair in the corpus)' })
        .options(commonOptions)
        .options(ciOptions),
      async (a) => { code = await baseline(a as unknown as CiArgs, VERSION, reportErrors); })
      .command('merge <results..>', 'merge the JSON results of shards into one result', (y) => y
        .positional('results', { type: 'string', array: true, describe: 'JSON files written by bitext check --format json --output FILE' })
        .options(outputOptions)
        .option('reports', { type: 'string', describe: 'also write the HTML report (index.html, <pair-id>.html) to DIR' })
        .option('encoding', commonOptions.encoding),
      (a) => {
        const m = a as unknown as MergeArgs & { format?: string | string[]; output?: string | string[] };
        code = merge(m, planOutputs(argv, m.format, m.output), VERSION);
      })
      .command('align [pairs..]', 'align pairs and write alignments/ only', (y) => y
        .positional('pairs', { type: 'string', array: true })
        .options(commonOptions),
      async (a) => { code = await alignOnly(a as unknown as CommonArgs); })
      .command('review [pair]', 'serve the report on 127.0.0.1 to dismiss findings and confirm or re-link beads', (y) => y
        .positional('pair', { type: 'string', describe: 'pair id to open (default: the index)' })
        .options(commonOptions)
        .option('port', { type: 'number', default: 0, describe: 'port on 127.0.0.1 (default: any free port)' }),
      async (a) => { code = await review(a as unknown as ReviewArgs, VERSION); })
      .demandCommand(1, 'name a command: check, align, review, baseline or merge')
      .strict()
      .version(VERSION)
      .help()
      .fail((msg, err) => {
        if (err) throw err;
        throw new InputError(msg ?? 'invalid arguments', { hint: unknownOptionHint(msg) ?? 'run bitext --help' });
      })
      .parseAsync();
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`${e.format()}\n`);
      return EXIT_INPUT;
    }
    const err = e as Error;
    process.stderr.write(`bitext: internal error: ${err.message}\n${debug ? `${err.stack}\n` : '  (run with --debug for the stack trace, and report it)\n'}`);
    return EXIT_INPUT;
  }
  return code;
}

