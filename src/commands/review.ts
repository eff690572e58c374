import { makeContext, type CommonArgs } from './run.js';
import { ReviewSession } from '../review/session.js';
import { newToken, startReviewServer } from '../review/server.js';
import { InputError, EXIT_OK } from '../errors.js';
import { pairCache, type ResidentRuns } from '../ci/runner.js';

export interface ReviewArgs extends CommonArgs {
  pair?: string;
  port: number;
}

/** `bitext review [PAIR-ID] [--port N]`: serve the report with review actions until interrupted. */
export async function review(args: ReviewArgs, version: string): Promise<number> {
  const ctx = makeContext(args);
  // results of unchanged pairs come from the cache (and stay in memory between requests)
  const resident: ResidentRuns = new Map();
  const cache = () => pairCache(ctx, { encoding: args.encoding, cache: true, version, checks: true, resident });
  const session = new ReviewSession(ctx, newToken(), cache, args.encoding);
  const ids = session.pairIds();
  if (args.pair && !ids.includes(args.pair)) {
    throw new InputError(`no pair "${args.pair}" in the corpus`, { file: ctx.corpusDir, hint: `choose one of: ${ids.join(', ') || '(none)'}` });
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new InputError(`--port ${args.port} is not a port number`, { hint: 'give 1–65535, or 0 for any free port' });
  const server = await startReviewServer(session, args.port);
  const start = args.pair ? `${server.url}${encodeURIComponent(args.pair)}.html` : server.url;
  process.stdout.write(`bitext review: open ${start}\n  (listening on 127.0.0.1 only; decisions go to ${ctx.alignmentsDir}/; Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return EXIT_OK;
}
