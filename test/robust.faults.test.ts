import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, SEED_DIR, copySeedProject } from './helpers.js';
import { bitext } from './robust.cli-helpers.js';
import { makeContext, runPairs, saveAlignments } from '../src/commands/run.js';
import { withFolderLock, LOCK_NAME } from '../src/util/lock.js';
import type { AlignmentFile } from '../src/alignment/store.js';

const PAIR = 'zheksebaev-2022';
const alignmentFile = (dir: string, id = PAIR) => join(dir, 'alignments', `${id}.json`);
const readAlignmentJson = (dir: string, id = PAIR): AlignmentFile => JSON.parse(readFileSync(alignmentFile(dir, id), 'utf8'));
const confirmedLinks = (f: AlignmentFile) => f.beads.filter((b) => b.confirmed).map((b) => [b.source, b.target]);

/** Confirm, by hand, the bead whose source is `source` (what the review server does). */
function confirm(dir: string, source: number[]): void {
  const text = readFileSync(alignmentFile(dir), 'utf8');
  const key = `{"source":${JSON.stringify(source)},`;
  const lines = text.split('\n').map((l) => (l.includes(key) ? l.replace(/,"sourceHash"/, ',"confirmed":true,"sourceHash"') : l));
  writeFileSync(alignmentFile(dir), lines.join('\n'));
}

function spawnCli(args: string[], cwd: string) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, CI: 'true' } });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdout.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((res) =>
    child.on('close', (code, signal) => res({ code, signal, stderr })));
  return { child, done };
}

describe('two writers on one alignments folder', () => {
  it('a confirmation written while a run was in progress survives that run (re-read and merge)', async () => {
    const dir = copySeedProject();
    await bitext(dir, ['align']);
    confirm(dir, [1]); // reviewer A: the omission of EN 1 is intended
    const args = { corpus: join(dir, 'corpus'), alignments: join(dir, 'alignments'), reports: join(dir, 'reports') };
    const ctx = makeContext(args);
    const outcome = await runPairs(ctx, args, true);
    confirm(dir, [5]); // reviewer B confirms another bead while the run is still going
    saveAlignments(ctx, outcome);
    expect(confirmedLinks(readAlignmentJson(dir))).toEqual([[[1], []], [[5], [3]]]);
  });

  it('without a change on disk the run writes its own result', async () => {
    const dir = copySeedProject();
    await bitext(dir, ['align']);
    confirm(dir, [1]);
    const before = readFileSync(alignmentFile(dir), 'utf8');
    expect((await bitext(dir, ['align'])).code).toBe(0);
    expect(confirmedLinks(readAlignmentJson(dir))).toEqual([[[1], []]]);
    expect(readFileSync(alignmentFile(dir), 'utf8')).not.toBe(before); // reformatted: the confirmed bead's score is now 1
  });

  it('a held lock makes a writer wait, then fail with a clear message', () => {
    const dir = copySeedProject();
    const folder = join(dir, 'alignments');
    withFolderLock(folder, () => {
      expect(existsSync(join(folder, LOCK_NAME))).toBe(true);
      expect(() => withFolderLock(folder, () => 1, { waitMs: 150 })).toThrow(/the folder is locked by another bitext process/);
    });
    expect(existsSync(join(folder, LOCK_NAME))).toBe(false);
    expect(withFolderLock(folder, () => 42)).toBe(42);
  });

  it('a lock left by a killed process is taken over once stale', () => {
    const dir = copySeedProject();
    const folder = join(dir, 'alignments');
    mkdirSync(join(folder, LOCK_NAME), { recursive: true });
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(folder, LOCK_NAME), old, old);
    expect(withFolderLock(folder, () => 'ran', { waitMs: 100 })).toBe('ran');
  });

  it('two bitext processes at once on the same corpus: both finish, the file is valid, confirmed beads kept', async () => {
    const dir = copySeedProject();
    for (let k = 0; k < 2; k++) cpSync(SEED_DIR, join(dir, 'corpus', `copy-${k}`), { recursive: true });
    await bitext(dir, ['align']);
    confirm(dir, [1]);
    const [a, b] = [spawnCli(['check'], dir), spawnCli(['align'], dir)];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.stderr).toBe('');
    expect(rb.stderr).toBe('');
    expect([ra.code, rb.code]).toEqual([1, 0]);
    expect(confirmedLinks(readAlignmentJson(dir))).toEqual([[[1], []]]);
    for (const k of [0, 1]) expect(readAlignmentJson(dir, `copy-${k}`).beads.length).toBe(25);
    expect(readdirSync(join(dir, 'alignments')).filter((f) => !f.endsWith('.json'))).toEqual([]);
  }, 60_000);
});

describe('a run killed while writing', () => {
  it('leaves every alignment and report complete (old or new, never half)', async () => {
    const dir = copySeedProject();
    for (let k = 0; k < 3; k++) cpSync(SEED_DIR, join(dir, 'corpus', `copy-${k}`), { recursive: true });
    await bitext(dir, ['check']);
    // change every pair so the next run rewrites every file
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ alignment: { lowConfidence: 0.9 } }));
    const { child, done } = spawnCli(['check'], dir);
    // kill it as soon as it starts writing alignments (it holds the lock while it writes)
    const lock = join(dir, 'alignments', LOCK_NAME);
    await new Promise<void>((res) => {
      const t = setInterval(() => { if (existsSync(lock) || child.exitCode !== null) { child.kill('SIGKILL'); clearInterval(t); res(); } }, 1);
    });
    const r = await done;
    expect(r.signal).toBe('SIGKILL');
    for (const f of readdirSync(join(dir, 'alignments')).filter((x) => x.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(join(dir, 'alignments', f), 'utf8'))).not.toThrow();
    }
    for (const f of readdirSync(join(dir, 'reports')).filter((x) => x.endsWith('.html'))) {
      expect(readFileSync(join(dir, 'reports', f), 'utf8').endsWith('</html>\n')).toBe(true);
    }
  }, 60_000);
});

describe('deterministic output', () => {
  it('two runs from scratch give byte-identical JSON, text, alignments and HTML', async () => {
    const dir = copySeedProject();
    const snapshot = async () => {
      const json = (await bitext(dir, ['check', '--format', 'json'])).stdout;
      const text = (await bitext(dir, ['check', '--format', 'text', '--no-color'])).stdout;
      const files = Object.fromEntries(['alignments', 'reports'].flatMap((d) =>
        readdirSync(join(dir, d)).sort().map((f) => [`${d}/${f}`, readFileSync(join(dir, d, f), 'utf8')])));
      return { json, text, files };
    };
    const first = await snapshot();
    for (const d of ['alignments', 'reports']) rmSync(join(dir, d), { recursive: true });
    const second = await snapshot();
    expect(second).toEqual(first);
    expect(Object.keys(first.files)).toEqual(['alignments/zheksebaev-2022.json', 'reports/index.html', 'reports/zheksebaev-2022.csv', 'reports/zheksebaev-2022.html']);
  });
});
