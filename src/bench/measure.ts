/**
 * Run `bitext` in this process and print one line `BENCH {"ms":…,"maxRssMB":…}` to stderr, so
 * the benchmark can take wall time (from the process's start) and peak RSS (of the main thread
 * and its workers) of a child.
 */
import '../v8-flags.js'; // as the CLI does (src/cli.ts)
import { main } from '../main.js';

const code = await main(process.argv.slice(2));
// from the process's start (performance's time origin): Node's start-up and module loading
// are part of what a user waits for
const ms = performance.now();
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stderr.write(`\nBENCH ${JSON.stringify({ ms, maxRssMB, code })}\n`);
process.exitCode = code === 2 ? 2 : 0;
