import { describe, expect, it, vi } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_DIR } from './helpers.js';
import { runMain } from './ci-helpers.js';

// which pages a run renders: an unchanged page is no longer rewritten (util/atomic.ts keeps a
// file that already holds the same bytes), so its mtime alone cannot tell a memo hit
const rendered: string[] = [];
vi.mock('../src/report/html.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../src/report/html.js')>();
  return { ...m, renderPair: (...a: Parameters<typeof m.renderPair>) => { rendered.push(a[1].id); return m.renderPair(...a); } };
});
async function check(dir: string, extra: string[] = []): Promise<string[]> {
  rendered.length = 0;
  await runMain(['check', '--fail-on', 'none', ...extra], dir);
  return [...rendered].sort();
}

describe('reports of unchanged pairs are kept, not rendered again (cache on)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-memo-'));
  for (const id of ['a', 'b']) cpSync(SEED_DIR, join(dir, 'corpus', id), { recursive: true });
  const page = (id: string) => join(dir, 'reports', `${id}.html`);
  const mtime = (id: string) => statSync(page(id)).mtimeMs;

  it('re-renders only the edited pair and a hand-edited page; the pages equal a --no-cache run', async () => {
    expect(await check(dir)).toEqual(['a', 'b']);
    await check(dir); // settle: the first run wrote alignments/
    expect(await check(dir)).toEqual([]);
    const before = { a: mtime('a'), b: mtime('b') };
    await new Promise((r) => setTimeout(r, 20));
    appendFileSync(join(dir, 'corpus', 'b', 'ru.md'), '\nНовый абзац, которого нет в оригинале.\n');
    expect(await check(dir)).toEqual(['b']);
    expect(mtime('a')).toBe(before.a);
    expect(mtime('b')).not.toBe(before.b);
    expect(readFileSync(page('b'), 'utf8')).toContain('Новый абзац');

    writeFileSync(page('a'), 'tampered');
    expect(await check(dir)).toEqual(['a']);
    expect(readFileSync(page('a'), 'utf8')).toMatch(/^<!doctype html>/);

    const cached = { a: readFileSync(page('a'), 'utf8'), b: readFileSync(page('b'), 'utf8') };
    expect(await check(dir, ['--no-cache'])).toEqual(['a', 'b']);
    expect(readFileSync(page('a'), 'utf8')).toBe(cached.a);
    expect(readFileSync(page('b'), 'utf8')).toBe(cached.b);
  });

  it('renders again the page of a pair whose baseline entries changed, and only that page', async () => {
    await check(dir);
    const before = { text: readFileSync(page('a'), 'utf8') };
    await runMain(['baseline', 'a'], dir);
    expect(await check(dir)).toEqual(['a']);
    const withBaseline = readFileSync(page('a'), 'utf8');
    expect(withBaseline).not.toBe(before.text);
    await check(dir, ['--no-cache']);
    expect(readFileSync(page('a'), 'utf8')).toBe(withBaseline);
  });
});
