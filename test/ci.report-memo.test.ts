import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_DIR } from './helpers.js';
import { runMain } from './ci-helpers.js';

describe('reports of unchanged pairs are kept, not rendered again (cache on)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-memo-'));
  for (const id of ['a', 'b']) cpSync(SEED_DIR, join(dir, 'corpus', id), { recursive: true });
  const page = (id: string) => join(dir, 'reports', `${id}.html`);
  const mtime = (id: string) => statSync(page(id)).mtimeMs;

  it('re-renders only the edited pair and a hand-edited page; the pages equal a --no-cache run', async () => {
    await runMain(['check', '--fail-on', 'none'], dir);
    await runMain(['check', '--fail-on', 'none'], dir); // settle: the first run wrote alignments/
    const before = { a: mtime('a'), b: mtime('b') };
    await new Promise((r) => setTimeout(r, 20));
    appendFileSync(join(dir, 'corpus', 'b', 'ru.md'), '\nНовый абзац, которого нет в оригинале.\n');
    await runMain(['check', '--fail-on', 'none'], dir);
    expect(mtime('a')).toBe(before.a);
    expect(mtime('b')).not.toBe(before.b);
    expect(readFileSync(page('b'), 'utf8')).toContain('Новый абзац');

    writeFileSync(page('a'), 'tampered');
    await runMain(['check', '--fail-on', 'none'], dir);
    expect(readFileSync(page('a'), 'utf8')).toMatch(/^<!doctype html>/);

    const cached = { a: readFileSync(page('a'), 'utf8'), b: readFileSync(page('b'), 'utf8') };
    await runMain(['check', '--fail-on', 'none', '--no-cache'], dir);
    expect(readFileSync(page('a'), 'utf8')).toBe(cached.a);
    expect(readFileSync(page('b'), 'utf8')).toBe(cached.b);
  });

  it('renders again the page of a pair whose baseline entries changed, and only that page', async () => {
    await runMain(['check', '--fail-on', 'none'], dir);
    const before = { a: mtime('a'), b: mtime('b'), text: readFileSync(page('a'), 'utf8') };
    await new Promise((r) => setTimeout(r, 20));
    await runMain(['baseline', 'a'], dir);
    await runMain(['check', '--fail-on', 'none'], dir);
    expect(mtime('b')).toBe(before.b);
    expect(mtime('a')).not.toBe(before.a);
    const withBaseline = readFileSync(page('a'), 'utf8');
    expect(withBaseline).not.toBe(before.text);
    await runMain(['check', '--fail-on', 'none', '--no-cache'], dir);
    expect(readFileSync(page('a'), 'utf8')).toBe(withBaseline);
  });
});
