import { EXIT_INPUT, EXIT_OK, type InputError } from '../errors.js';
import { makeContext, runPairs } from './run.js';
import { ciHooks, baselinePath, type CiArgs } from './ci.js';
import { buildBaseline, formatBaseline, readBaseline } from '../filter/baseline.js';
import { writeFileAtomic } from '../util/atomic.js';

/**
 * `bitext baseline`: record the current findings of the checked pairs as accepted. Entries of
 * pairs not checked in this run (other shards, --changed-since, named pairs) are kept.
 * Writes nothing when a pair has an input error, so a broken file cannot empty the baseline.
 */
export async function baseline(args: CiArgs, version: string, report: (errors: InputError[]) => void): Promise<number> {
  const ctx = makeContext(args);
  const file = baselinePath(args);
  const previous = readBaseline(file); // a broken baseline fails before the run, and is never overwritten
  const hooks = ciHooks(ctx, args, version, true);
  const { runs, errors } = await runPairs(ctx, args, true, hooks);
  hooks.finish();
  if (errors.length) {
    report(errors);
    process.stderr.write('bitext: baseline not written (fix the errors above first)\n');
    return EXIT_INPUT;
  }
  const next = buildBaseline(runs.map((r) => r.result), previous);
  writeFileAtomic(file, formatBaseline(next));
  const before = previous?.findings.length ?? 0;
  process.stdout.write(`bitext: ${file}: ${next.findings.length} finding${next.findings.length === 1 ? '' : 's'} accepted (${runs.length} pair${runs.length === 1 ? '' : 's'} checked; was ${before})\n`);
  return EXIT_OK;
}
