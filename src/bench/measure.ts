/**
 * Run `bitext` in this process and print one line `BENCH {"ms":…,"maxRssMB":…}` to stderr, so
 * the benchmark can take wall time and peak RSS (of the main thread and its workers) of a child.
 */
import '../v8-flags.js'; // as the CLI does (src/cli.ts)
import { main } from '../main.js';

const t0 = performance.now();
const code = await main(process.argv.slice(2));
const ms = performance.now() - t0;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stderr.write(`\nBENCH ${JSON.stringify({ ms, maxRssMB, code })}\n`);
process.exitCode = code === 2 ? 2 : 0;
