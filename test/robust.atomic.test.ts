import { describe, expect, it, vi, beforeEach } from 'vitest';
import * as realFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// renameSync fails for paths matching `failOn` (a full disk, a crash between write and rename)
const failOn: { re?: RegExp } = {};
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const renameSync = (from: string, to: string) => {
    if (failOn.re?.test(String(to))) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    return fs.renameSync(from, to);
  };
  return { ...fs, renameSync, default: { ...fs, renameSync } };
});

const { writeFileAtomic, REGENERABLE } = await import('../src/util/atomic.js');
const { copySeedProject } = await import('./helpers.js');
const { bitext, expectCleanError } = await import('./robust.cli-helpers.js');

const listTemps = (dir: string): string[] => realFs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('atomic writes', () => {
  beforeEach(() => { failOn.re = undefined; });

  it('a write that throws leaves the previous file intact and no temp file behind', () => {
    const dir = realFs.mkdtempSync(join(realFs.realpathSync(tmpdir()), 'bitext-atomic-'));
    const file = join(dir, 'out.json');
    writeFileAtomic(file, '{"old":true}\n');
    failOn.re = /out\.json$/;
    expect(() => writeFileAtomic(file, '{"new":true}\n')).toThrow(/cannot write the file \(EIO\)/);
    expect(realFs.readFileSync(file, 'utf8')).toBe('{"old":true}\n');
    expect(listTemps(dir)).toEqual([]);
  });

  it('regenerable output that already holds the same bytes is left alone; any other content is written', () => {
    const dir = realFs.mkdtempSync(join(realFs.realpathSync(tmpdir()), 'bitext-atomic-'));
    const file = join(dir, 'page.html');
    writeFileAtomic(file, '<p>Жексебаев</p>\n', REGENERABLE);
    const ino = realFs.statSync(file).ino;
    // the same bytes (string or buffer): no temp file, no rename (it would fail)
    failOn.re = /page\.html$/;
    writeFileAtomic(file, '<p>Жексебаев</p>\n', REGENERABLE);
    writeFileAtomic(file, Buffer.from('<p>Жексебаев</p>\n'), REGENERABLE);
    expect(realFs.statSync(file).ino).toBe(ino);
    // same length, other bytes: written (and here the rename fails, so it is attempted)
    expect(() => writeFileAtomic(file, '<p>Жексебаеа</p>\n', REGENERABLE)).toThrow(/EIO/);
    failOn.re = undefined;
    writeFileAtomic(file, '<p>Жексебаеа</p>\n', REGENERABLE);
    expect(realFs.readFileSync(file, 'utf8')).toBe('<p>Жексебаеа</p>\n');
    expect(realFs.statSync(file).ino).not.toBe(ino);
    // a reviewer's file (not regenerable) is always written
    failOn.re = /page\.html$/;
    expect(() => writeFileAtomic(file, '<p>Жексебаеа</p>\n')).toThrow(/EIO/);
    // a folder where the file should be: the usual clear error
    failOn.re = undefined;
    realFs.mkdirSync(join(dir, 'sub.html'));
    expect(() => writeFileAtomic(join(dir, 'sub.html'), 'x', REGENERABLE)).toThrow(/cannot write the file \(EISDIR\)/);
    expect(listTemps(dir)).toEqual([]);
  });

  it('a run whose report write fails exits 2 and keeps the previous report, alignment and output', async () => {
    const dir = copySeedProject();
    const out = join(dir, 'out.json');
    expect((await bitext(dir, ['check', '--format', 'json', '--output', out])).code).toBe(1);
    const before = {
      html: realFs.readFileSync(join(dir, 'reports', 'zheksebaev-2022.html'), 'utf8'),
      out: realFs.readFileSync(out, 'utf8'),
    };
    // a reviewer's change makes the next run write new content everywhere
    realFs.writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ rules: { 'paragraph-missing': 'warning' } }));
    failOn.re = /zheksebaev-2022\.html$/;
    const r = await bitext(dir, ['check', '--format', 'json', '--output', out]);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toMatch(/zheksebaev-2022\.html: cannot write the file \(EIO\)/);
    expect(realFs.readFileSync(join(dir, 'reports', 'zheksebaev-2022.html'), 'utf8')).toBe(before.html);
    expect(realFs.readFileSync(out, 'utf8')).toBe(before.out);
    expect(listTemps(join(dir, 'reports'))).toEqual([]);
    JSON.parse(realFs.readFileSync(join(dir, 'alignments', 'zheksebaev-2022.json'), 'utf8'));
  });

  it('every module writes through writeFileAtomic (no direct writeFileSync outside src/util/atomic.ts)', () => {
    const root = join(import.meta.dirname, '..', 'src');
    const offenders: string[] = [];
    const walk = (d: string): void => {
      for (const e of realFs.readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith(join('util', 'atomic.ts'))) {
          const src = realFs.readFileSync(p, 'utf8');
          if (/\b(writeFileSync|appendFileSync|createWriteStream|writeFile)\s*\(/.test(src.replace(/writeFileAtomic/g, ''))) offenders.push(p);
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
