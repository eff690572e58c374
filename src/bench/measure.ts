/**
 * Preloaded into a `bitext` child (`node --import <this> dist/bundle/cli.js …`): at exit, print
 * one line `BENCH {"ms":…,"maxRssMB":…}` to stderr, so the benchmark can take the wall time from
 * the process's start (Node's start-up and module loading are part of what a user waits for)
 * and the peak RSS of the main thread and its workers, of the CLI exactly as shipped.
 */
process.on('exit', (code) => {
  const ms = performance.now();
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`\nBENCH ${JSON.stringify({ ms, maxRssMB, code })}\n`);
});
