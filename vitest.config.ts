import { defineConfig } from 'vitest/config';

const json = process.env.BITEXT_VITEST_JSON;
/** Test files that replace modules (vi.mock) or read process-wide state need a fresh module graph of their own. */
const MOCKING = ['test/robust.atomic.test.ts', 'test/robust.debug.test.ts', 'test/report/serialize.test.ts', 'test/report/h.test.ts', 'test/util.answers.test.ts', 'test/ci.report-memo.test.ts', 'test/parallel.tiering.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // one test file per core; the pipeline's own worker threads are off in tests (BITEXT_JOBS=1)
    // except where a test asks for them, so the two kinds of parallelism don't fight for 2 cores
    pool: 'forks',
    maxWorkers: 2,
    env: { BITEXT_JOBS: '1' },
    // one temporary folder per run, removed afterwards (test/global-setup.ts)
    globalSetup: ['test/global-setup.ts'],
    reporters: json ? ['default', ['json', { outputFile: json }]] : ['default'],
    projects: [
      // Files share a worker's module graph, so dictionaries, the termbase and the aligner's
      // tables load once per worker instead of once per file.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING, isolate: true } },
    ],
  },
});
