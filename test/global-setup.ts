import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder the tests make (projects, corpora, alignments, reports) goes into one
 * folder per test run, removed at the end: the test workers and the CLIs they spawn inherit
 * TMPDIR, and os.tmpdir() reads it. Without this, each run left ~100 folders in /tmp.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tests-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
