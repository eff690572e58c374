import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder the tests make (projects, corpora, alignments, reports) goes into one
 * folder per test run, removed at the end: the test workers and the CLIs they spawn inherit
 * TMPDIR, and os.tmpdir() reads it. Without this, each run left ~100 folders in /tmp.
 * Vitest calls this once per project: the first call makes the folder, the others reuse it
 * (nesting them made paths too long for Chromium's socket).
 */
export default function setup(): () => void {
  if (process.env.BITEXT_TEST_TMP) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tests-'));
  process.env.BITEXT_TEST_TMP = dir;
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
