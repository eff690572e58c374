import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { ReviewSession } from '../../src/review/session.js';
import { pairCache, type PairCache, type ResidentRuns } from '../../src/ci/runner.js';
import { SEED_DIR } from '../helpers.js';

describe('the review session with the result cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-review-cache-'));
  for (const id of ['a', 'b', 'c']) cpSync(SEED_DIR, join(dir, 'corpus', id), { recursive: true });
  const ctx = { config: structuredClone(DEFAULT_CONFIG), corpusDir: join(dir, 'corpus'), alignmentsDir: join(dir, 'alignments'), reportsDir: join(dir, 'reports') };
  const resident: ResidentRuns = new Map();
  const computed: string[] = [];
  const counting = (): PairCache => {
    const c = pairCache(ctx, { cache: true, version: 'test', checks: true, resident, cacheDir: join(dir, '.bitext-cache') })!;
    return { ...c, store: (files, run) => { computed.push(files.id); c.store(files, run); } };
  };
  const session = new ReviewSession(ctx, 'token-0123456789abcdef', counting);
  const plain = new ReviewSession(ctx, 'token-0123456789abcdef');

  it('computes each pair once, then only a pair whose files changed; pages equal those of a session without cache', () => {
    const first = session.indexPage();
    expect(computed.sort()).toEqual(['a', 'b', 'c']);
    expect(session.indexPage()).toBe(first);
    expect(computed.length).toBe(3);
    appendFileSync(join(dir, 'corpus', 'b', 'ru.md'), '\n\nНовый абзац, которого нет в оригинале.\n');
    const edited = session.indexPage();
    expect(computed.slice(3)).toEqual(['b']);
    expect(edited).not.toBe(first);
    expect(edited).toBe(plain.indexPage());
    expect(session.pairPage('b')).toBe(plain.pairPage('b'));
    expect(session.pairPage('b')).toContain('Новый абзац');
  });

  it('shows a dismissal at once (the review file is part of the key)', () => {
    const id = session.run('a').result.findings[0].id;
    expect(session.act('a', 'dismiss', { id, reason: 'false-alarm' }).status).toBe(200);
    const page = session.pairPage('a');
    expect(page).toBe(plain.pairPage('a'));
    expect(session.run('a').result.findings.length).toBeGreaterThan(0);
    expect(computed.filter((x) => x === 'a').length).toBe(2);
  });
});
