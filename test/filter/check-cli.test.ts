import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySeedProject, runCli } from '../helpers.js';
import { runWithFindings, REPORT_TEST_CONFIG } from '../report/seed-run.js';

describe('bitext check with a review file', () => {
  const dir = copySeedProject();
  // only the alignment's rules, so the counts below do not move as content checks evolve
  writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ rules: REPORT_TEST_CONFIG.rules }));
  const ids = runWithFindings(join(dir, 'corpus'), 'zheksebaev-2022').result.findings.filter((f) => f.rule === 'paragraph-missing').map((f) => f.id);
  const write = (dismissals: object[]) => {
    mkdirSync(join(dir, 'alignments'), { recursive: true });
    writeFileSync(join(dir, 'alignments', 'zheksebaev-2022.review.json'), JSON.stringify({ schemaVersion: 1, pair: 'zheksebaev-2022', dismissals }));
  };

  it('does not fail on dismissed findings, and lists an unused dismissal as info in the text listing', () => {
    expect(ids).toHaveLength(2);
    write([
      ...ids.map((id) => ({ id, rule: 'paragraph-missing', reason: 'accepted-deviation' })),
      { id: '0123456789abcdef', rule: 'number-mismatch', reason: 'false-alarm', source: 'every 16 days' },
    ]);
    const r = runCli(['check'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('zheksebaev-2022\n  -        info    dismissal 0123456789abcdef of a number-mismatch finding (about “every 16 days”) matches no finding any more');
    expect(r.stdout).toMatch(/1 finding in 1 pair \(0 errors, 0 warnings, 1 info\), 2 dismissed/);
  });

  it('refuses a broken review file with exit 2, naming the file', () => {
    writeFileSync(join(dir, 'alignments', 'zheksebaev-2022.review.json'), '{"schemaVersion":1,"pair":"zheksebaev-2022","dismissals":[{"id":"zz","rule":"r","reason":"false-alarm"}]}');
    const r = runCli(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zheksebaev-2022.review.json: the review file is invalid: dismissal 0: "id" must be a finding id');
  });
});
