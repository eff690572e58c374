import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySeedProject, runCli } from './helpers.js';

describe('bitext check on the seed pair', () => {
  const dir = copySeedProject();
  const first = runCli(['check', '--format', 'json'], dir);
  const result = JSON.parse(first.stdout);
  const pair = result.pairs[0];

  it('exits 1 because the seed has errors, and writes JSON with schemaVersion 1', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(result.schemaVersion).toBe(1);
    expect(pair.id).toBe('zheksebaev-2022');
    expect(pair.source).toEqual({ lang: 'en', path: 'corpus/zheksebaev-2022/en.md', blocks: 25 });
    expect(pair.target).toEqual({ lang: 'ru', path: 'corpus/zheksebaev-2022/ru.md', blocks: 23 });
  });

  it('aligns EN 0↔RU 0, leaves EN 1 and 2 unlinked and EN i↔RU i−2 for the rest', () => {
    const links = pair.alignment.map((b: { source: number[]; target: number[] }) => [b.source, b.target]);
    const expected: Array<[number[], number[]]> = [[[0], [0]], [[1], []], [[2], []]];
    for (let i = 3; i < 25; i++) expected.push([[i], [i - 2]]);
    expect(links).toEqual(expected);
    for (const b of pair.alignment) expect(b.score).toBeGreaterThanOrEqual(0), expect(b.score).toBeLessThanOrEqual(1);
  });

  it('reports EN blocks 1 and 2 as paragraph-missing with file positions', () => {
    const missing = pair.findings.filter((f: { rule: string }) => f.rule === 'paragraph-missing');
    expect(missing.map((f: { source: { paragraph: number; line: number } }) => [f.source.paragraph, f.source.line])).toEqual([[1, 3], [2, 5]]);
    expect(missing[0].target).toBeNull();
    expect(missing[0].source.text).toMatch(/^This statement can be attributed/);
  });

  it('writes a byte-identical alignment, JSON and HTML on a second run', () => {
    const align1 = readFileSync(join(dir, 'alignments', 'zheksebaev-2022.json'), 'utf8');
    const html1 = readFileSync(join(dir, 'reports', 'zheksebaev-2022.html'), 'utf8');
    const second = runCli(['check', '--format', 'json'], dir);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(join(dir, 'alignments', 'zheksebaev-2022.json'), 'utf8')).toBe(align1);
    expect(readFileSync(join(dir, 'reports', 'zheksebaev-2022.html'), 'utf8')).toBe(html1);
  });
});
