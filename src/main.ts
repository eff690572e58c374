import yargs from 'yargs';
import { InputError, EXIT_INPUT, EXIT_OK, EXIT_FINDINGS } from './errors.js';
import { makeContext, runPairs, saveAlignments, reportPath, type CommonArgs } from './commands/run.js';
import { buildResult, formatJson, isOpen } from './report/json.js';
import { formatText } from './report/text.js';
import { renderIndex, renderPair } from './report/html.js';
import { writeFileAtomic } from './util/atomic.js';
import { severityAtLeast } from './findings.js';
import type { Severity } from './types.js';

const VERSION = '0.1.0';

interface CheckArgs extends CommonArgs {
  format: 'text' | 'json';
  output?: string;
  failOn: Severity | 'none';
  debug?: boolean;
  color?: boolean;
}

function emit(text: string, output: string | undefined): void {
  if (output) writeFileAtomic(output, text);
  else process.stdout.write(text);
}

function reportErrors(errors: InputError[]): void {
  for (const e of errors) process.stderr.write(`${e.format()}\n`);
}

function check(args: CheckArgs): number {
  const ctx = makeContext(args);
  const { runs, errors } = runPairs(ctx, args, true);
  // nothing was checked: say why, and leave the previous reports alone
  if (runs.length === 0 && errors.length) { reportErrors(errors); return EXIT_INPUT; }
  saveAlignments(ctx, runs);
  const result = buildResult(runs.map((r) => r.result));
  for (const run of runs) writeFileAtomic(reportPath(ctx, `${run.pair.id}.html`), renderPair(run.pair, run.result));
  writeFileAtomic(reportPath(ctx, 'index.html'), renderIndex(result));
  emit(args.format === 'json' ? formatJson(result) : formatText(result, { color: args.color ?? (!args.output && process.stdout.isTTY) }), args.output);
  reportErrors(errors);
  if (errors.length) return EXIT_INPUT;
  const failing = result.pairs.some((p) => p.findings.some((f) => isOpen(f) && severityAtLeast(f.severity, args.failOn)));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

function alignOnly(args: CommonArgs & { debug?: boolean }): number {
  const ctx = makeContext(args);
  const { runs, errors } = runPairs(ctx, args, false);
  saveAlignments(ctx, runs);
  for (const run of runs) {
    const beads = run.result.alignment;
    const gaps = beads.filter((b) => !b.source.length || !b.target.length).length;
    process.stdout.write(`${run.pair.id}: ${beads.length} beads (${gaps} unlinked) → ${ctx.alignmentsDir}/${run.pair.id}.json\n`);
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
} as const;

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
        .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
        .option('output', { type: 'string', describe: 'write the output to FILE instead of stdout' })
        .option('fail-on', { choices: ['error', 'warning', 'info', 'none'] as const, default: 'error' as const, describe: 'lowest severity that fails the run (exit 1)' })
        .option('color', { type: 'boolean', describe: 'colour the text output (default: when stdout is a terminal)' }),
      (a) => { code = check(a as unknown as CheckArgs); })
      .command('align [pairs..]', 'align pairs and write alignments/ only', (y) => y
        .positional('pairs', { type: 'string', array: true })
        .options(commonOptions),
      (a) => { code = alignOnly(a as unknown as CommonArgs); })
      .demandCommand(1, 'name a command: check or align')
      .strict()
      .version(VERSION)
      .help()
      .fail((msg, err) => {
        if (err) throw err;
        throw new InputError(msg ?? 'invalid arguments', { hint: 'run bitext --help' });
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

