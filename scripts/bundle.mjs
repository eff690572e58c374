/**
 * Bundle the compiled CLI and its worker thread into dist/bundle/ (esbuild), after `tsc`.
 * Node's start-up loading ~400 ES module files (micromark alone has ~100) took 0.6 s of every
 * run; one bundle loads in half that. The bin, `npm run qa` and the spawned-CLI tests use the
 * bundle; dist/*.js stay for the benchmark tools and as the worker of unbundled imports.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true }); // chunks are named by hash: no stale ones

await build({
  entryPoints: { cli: 'dist/cli.js', worker: 'dist/parallel/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true, // the worker and the CLI share one chunk instead of two copies
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked', // `--debug` turns source maps on: stack traces name src/ files
  chunkNames: 'chunk-[hash]',
  // CommonJS packages inside an ES module bundle call require: give them one
  banner: { js: "import { createRequire as __bitextRequire } from 'node:module'; const require = __bitextRequire(import.meta.url);" },
  external: ['fsevents'], // chokidar's macOS back-end, an optional native package
  logLevel: 'warning',
});
