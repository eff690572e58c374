import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

export const CI_CORPUS = join(ROOT, 'test', 'fixtures', 'ci-corpus');
export const CI_PAIRS = ['city-bridge', 'library-opening', 'river-cleanup', 'school-garden'];

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A temporary git repository holding the clean four-pair corpus in one commit. */
export function tempGitProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-ci-'));
  cpSync(CI_CORPUS, join(dir, 'corpus'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'ci@example.invalid');
  git(dir, 'config', 'user.name', 'bitext test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'clean corpus');
  return dir;
}

/**
 * Run the CLI in this process (vitest's fork pool allows chdir): the same `main` the binary
 * calls, without paying Node's start-up for every case. stdout/stderr are captured.
 */
export async function runMain(args: string[], cwd: string, env: Record<string, string | undefined> = { CI: 'true' }): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../src/main.js');
  const before = process.cwd();
  const saved = { ...process.env };
  const out: string[] = [];
  const err: string[] = [];
  const w1 = process.stdout.write.bind(process.stdout);
  const w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string | Uint8Array) => { out.push(String(s)); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => { err.push(String(s)); return true; }) as typeof process.stderr.write;
  Object.assign(process.env, env);
  try {
    process.chdir(cwd);
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(before);
    process.stdout.write = w1;
    process.stderr.write = w2;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}
