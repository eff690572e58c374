import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, renameSync, statSync, utimesSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestMemo } from '../src/ci/digests.js';
import { cacheKey } from '../src/ci/cache.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { statStamp } from '../src/util/stamp.js';

/** A memo whose "now" is `ahead` ms later than the real clock (to age files without waiting). */
async function withClock<T>(ahead: number, fn: () => T): Promise<T> {
  const real = Date.now;
  Date.now = () => real() + ahead;
  try { return fn(); } finally { Date.now = real; }
}

describe('digest memo (stat stamps, racy-git rule)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-digests-'));
  const file = join(dir, 'a.md');

  it('reuses a digest only for an unchanged file whose ctime was old enough when it was taken', async () => {
    writeFileSync(file, 'one');
    let calls = 0;
    const compute = () => { calls++; return `d${calls}`; };
    // taken right after the write: too recent to be trusted next time
    const m1 = digestMemo(dir);
    expect(m1.digest(file, compute)).toBe('d1');
    expect(m1.digest(file, compute)).toBe('d1'); // once per run
    m1.save();
    expect(digestMemo(dir).digest(file, compute)).toBe('d2');
    // taken 3 s after the write (clock moved on): trusted by the next run
    const m3 = await withClock(3000, () => { const m = digestMemo(dir); m.digest(file, compute); m.save(); return m; });
    expect(m3).toBeDefined();
    expect(calls).toBe(3);
    expect(digestMemo(dir).digest(file, compute)).toBe('d3');
    expect(calls).toBe(3);
  });

  it('hashes again when the content, size, mtime or inode changes', async () => {
    const seen: string[] = [];
    const remember = async () => withClock(3000, () => { const m = digestMemo(dir); m.digest(file, () => 'x'); m.save(); });
    const next = () => digestMemo(dir).digest(file, () => { seen.push('computed'); return 'y'; });
    writeFileSync(file, 'same size A');
    await remember();
    expect(next()).toBe('x');
    writeFileSync(file, 'same size B'); // same size, new ctime
    expect(next()).toBe('y');
    await remember();
    // an editor's save: a new file renamed over the old one (new inode), old times restored
    const old = statSync(file);
    writeFileSync(join(dir, 'tmp'), 'same size C');
    renameSync(join(dir, 'tmp'), file);
    utimesSync(file, old.atime, old.mtime);
    expect(next()).toBe('y');
    expect(seen.length).toBe(2);
  });

  it('stamps differ when only the size, mtime, ctime or inode differs', () => {
    const base = { size: 10, mtimeMs: 1000.5, ctimeMs: 2000.25, ino: 7 } as Stats;
    const s0 = statStamp(base);
    for (const change of [{ size: 11 }, { mtimeMs: 1000.6 }, { ctimeMs: 2000.3 }, { ino: 8 }]) {
      expect(statStamp({ ...base, ...change } as Stats)).not.toBe(s0);
    }
  });

  it('hashes again after a change of the ctime alone (chmod: same size, mtime and inode)', async () => {
    writeFileSync(file, 'ctime only');
    await withClock(3000, () => { const m = digestMemo(dir); m.digest(file, () => 'before'); m.save(); });
    expect(digestMemo(dir).digest(file, () => 'after')).toBe('before');
    const st = statSync(file);
    chmodSync(file, 0o600);
    expect(statSync(file).mtimeMs).toBe(st.mtimeMs);
    expect(digestMemo(dir).digest(file, () => 'after')).toBe('after');
  });

  it('treats a corrupt memo as empty', () => {
    writeFileSync(join(dir, 'digests.json'), '{not json');
    expect(digestMemo(dir).digest(file, () => 'fresh')).toBe('fresh');
    writeFileSync(join(dir, 'digests.json'), JSON.stringify({ [file]: { stamp: 1, digest: null } }));
    expect(digestMemo(dir).digest(file, () => 'fresh2')).toBe('fresh2');
  });

  it('keeps apart the two digests of one file: pair a.b\'s alignment is also a file of pair a', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bitext-digests-dotted-'));
    mkdirSync(join(root, 'alignments'));
    const pair = (id: string) => {
      const d = join(root, 'corpus', id);
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'en.md'), 'Hello.\n');
      writeFileSync(join(d, 'ru.md'), 'Привет.\n');
      return { id, dir: d, sourcePath: join(d, 'en.md'), targetPath: join(d, 'ru.md') };
    };
    const a = pair('a'), ab = pair('a.b');
    writeFileSync(join(root, 'alignments', 'a.b.json'), JSON.stringify({ schemaVersion: 1, pair: 'a.b', source: {}, target: {}, beads: [] }));
    const inputs = (files: typeof a) => ({ files, config: DEFAULT_CONFIG, alignmentsDir: join(root, 'alignments'), tool: 't' });
    const plain = { a: cacheKey(inputs(a)), ab: cacheKey(inputs(ab)) };
    const cacheDir = join(root, '.cache');
    mkdirSync(cacheDir);
    const m = digestMemo(cacheDir);
    expect(cacheKey({ ...inputs(a), digests: m })).toBe(plain.a);
    expect(cacheKey({ ...inputs(ab), digests: m })).toBe(plain.ab);
  });

  it('gives the same cache keys as hashing every file, before and after an edit', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bitext-digests-key-'));
    const pairDir = join(root, 'corpus', 'p');
    mkdirSync(pairDir, { recursive: true });
    mkdirSync(join(root, 'alignments'));
    writeFileSync(join(pairDir, 'en.md'), 'Hello.\n');
    writeFileSync(join(pairDir, 'ru.md'), 'Привет.\n');
    writeFileSync(join(root, 'alignments', 'p.json'), 'not json: keyed on its bytes');
    const files = { id: 'p', dir: pairDir, sourcePath: join(pairDir, 'en.md'), targetPath: join(pairDir, 'ru.md') };
    const base = { files, config: DEFAULT_CONFIG, alignmentsDir: join(root, 'alignments'), tool: 't' };
    const cacheDir = join(root, '.cache');
    mkdirSync(cacheDir);
    const plain = cacheKey(base);
    await withClock(3000, () => { const m = digestMemo(cacheDir); expect(cacheKey({ ...base, digests: m })).toBe(plain); m.save(); });
    expect(cacheKey({ ...base, digests: digestMemo(cacheDir) })).toBe(plain);
    writeFileSync(join(pairDir, 'ru.md'), 'Пока.\n');
    const edited = cacheKey(base);
    expect(edited).not.toBe(plain);
    expect(cacheKey({ ...base, digests: digestMemo(cacheDir) })).toBe(edited);
  });
});
