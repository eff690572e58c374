import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, paragraphs, join2 } from './helpers.js';
import { CI_CORPUS, CI_PAIRS, git, runMain, tempGitProject } from './ci-helpers.js';

/** The CLI against a temporary git repository, as a CI job runs it. */
describe('bitext in CI: exit codes, baseline, --changed-since', () => {
  const dir = tempGitProject();
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'base');
  const ruPath = join(dir, 'corpus', 'river-cleanup', 'ru.md');
  const ruClean = readFileSync(ruPath, 'utf8');

  it('exits 0 on a clean corpus', async () => {
    const r = runCli(['check'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 findings in 4 pairs/);
  });

  it('exits 1 and names file:line when a Russian paragraph is deleted', async () => {
    const paras = paragraphs(ruClean);
    paras.splice(1, 1); // the first paragraph after the title (EN block 1, line 3)
    writeFileSync(ruPath, join2(paras));
    git(dir, 'commit', '-q', '-am', 'drop a paragraph');
    const r = runCli(['check', '--format', 'text', '--format', 'github', '--output', 'annotations.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/corpus\/river-cleanup\/en\.md\n\s+3:1\s+error\s+source paragraph 1 has no counterpart/);
    const gh = readFileSync(join(dir, 'annotations.txt'), 'utf8');
    expect(gh).toMatch(/^::error file=corpus\/river-cleanup\/en\.md,line=3,endLine=3,col=1,endColumn=\d+,title=bitext paragraph-missing::source paragraph 1/m);
  });

  it('--changed-since HEAD~1 checks only the edited pair', async () => {
    const r = await runMain(['check', '--changed-since', 'HEAD~1', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).pairs.map((p: { id: string }) => p.id)).toEqual(['river-cleanup']);
    // nothing changed since HEAD (the alignments bitext wrote are untracked, not edits): exit 0
    const none = await runMain(['check', '--changed-since', 'HEAD', '--format', 'json'], dir);
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout).pairs).toEqual([]);
    expect(none.stderr).toMatch(/none changed since HEAD/);
    // a misspelt pair id is still an error, not silently "unchanged"
    const typo = await runMain(['check', '--changed-since', 'HEAD', 'river-claenup'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/no pair "river-claenup"[\s\S]*did you mean "river-cleanup"/);
  });

  it('after bitext baseline the same corpus exits 0, with the finding marked baseline', async () => {
    const b = await runMain(['baseline'], dir);
    expect(b.code).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'bitext.baseline.json'), 'utf8'));
    expect(file.findings.map((e: { pair: string; rule: string }) => [e.pair, e.rule])).toEqual([['river-cleanup', 'paragraph-missing']]);
    const r = await runMain(['check', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    const f = res.pairs.find((p: { id: string }) => p.id === 'river-cleanup').findings[0];
    expect(f.status).toBe('baseline');
    expect(res.baseline).toEqual({ file: 'bitext.baseline.json', matched: 1, obsolete: [] });
  });

  it('a new discrepancy on top of the baseline fails again; a fixed one is reported as obsolete', async () => {
    const garden = join(dir, 'corpus', 'school-garden', 'ru.md');
    const paras = paragraphs(readFileSync(garden, 'utf8'));
    paras.splice(2, 1);
    writeFileSync(garden, join2(paras));
    const failing = await runMain(['check'], dir);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/corpus\/school-garden\/en\.md\n\s+5:1\s+error/);
    expect(failing.stdout).not.toMatch(/river-cleanup\/en\.md/);
    git(dir, 'checkout', '--', 'corpus/school-garden/ru.md');
    writeFileSync(ruPath, ruClean); // the fix
    const fixed = await runMain(['check'], dir);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toMatch(/1 baseline entry no longer occurs \(fixed\)[^\n]*\n\s+river-cleanup\s+[0-9a-f]{16}\s+paragraph-missing/);
  });

  it('exits 2 with a clear message for an unknown ref or outside a git repository', async () => {
    const bad = await runMain(['check', '--changed-since', 'no-such-branch'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown git revision "no-such-branch"/);
    const plain = mkdtempSync(join(tmpdir(), 'bitext-nogit-'));
    cpSync(CI_CORPUS, join(plain, 'corpus'), { recursive: true });
    const r = await runMain(['check', '--changed-since', 'HEAD~1'], plain);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a git repository/);
    expect(r.stderr).toMatch(/fix: /);
  });
});

describe('bitext in CI: shards and merge', () => {
  const dir = tempGitProject();
  const paras = paragraphs(readFileSync(join(dir, 'corpus', 'city-bridge', 'ru.md'), 'utf8'));
  writeFileSync(join(dir, 'corpus', 'city-bridge', 'ru.md'), join2([paras[0], ...paras.slice(2)]));

  it('shards 1/3..3/3 cover each pair exactly once and their merge equals the unsharded result', async () => {
    const whole = await runMain(['check', '--no-cache', '--reports', 'whole-reports', '--format', 'json', '--output', 'all.json', '--format', 'sarif', '--output', 'all.sarif'], dir);
    expect(whole.code).toBe(1);
    const seen: string[] = [];
    for (const i of [1, 2, 3]) {
      const r = await runMain(['check', '--shard', `${i}/3`, '--format', 'json', '--output', `shard-${i}.json`], dir);
      expect([0, 1]).toContain(r.code);
      seen.push(...JSON.parse(readFileSync(join(dir, `shard-${i}.json`), 'utf8')).pairs.map((p: { id: string }) => p.id));
    }
    expect([...seen].sort()).toEqual(CI_PAIRS);
    const m = runCli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--format', 'json', '--output', 'merged.json', '--format', 'sarif', '--output', 'merged.sarif', '--reports', 'merged-reports'], dir);
    expect(m.stderr).toBe('');
    expect(m.code).toBe(1);
    expect(readFileSync(join(dir, 'merged.json'), 'utf8')).toBe(readFileSync(join(dir, 'all.json'), 'utf8'));
    expect(readFileSync(join(dir, 'merged.sarif'), 'utf8')).toBe(readFileSync(join(dir, 'all.sarif'), 'utf8'));
    for (const page of ['index.html', 'city-bridge.html']) {
      expect(readFileSync(join(dir, 'merged-reports', page), 'utf8')).toBe(readFileSync(join(dir, 'whole-reports', page), 'utf8'));
    }
  });

  it('merge refuses a pair given twice and a file that is not a result (exit 2)', async () => {
    const twice = await runMain(['merge', 'shard-1.json', 'shard-1.json'], dir);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/shard-1\.json: pair "[a-z-]+" is in two results/);
    const notResult = await runMain(['merge', 'corpus/city-bridge/en.md'], dir);
    expect(notResult.code).toBe(2);
    expect(notResult.stderr).toMatch(/not valid JSON/);
  });

  it('merge refuses a pair id that is a path and a finding that is not a finding, writing nothing (exit 2)', async () => {
    const shard = JSON.parse(readFileSync(join(dir, 'shard-1.json'), 'utf8'));
    const escaping = structuredClone(shard);
    escaping.pairs[0].id = '../../escaped';
    writeFileSync(join(dir, 'escaping.json'), JSON.stringify(escaping));
    const r1 = await runMain(['merge', 'escaping.json', '--reports', 'bad-reports'], dir);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/escaping\.json: "\.\.\/\.\.\/escaped" is not a pair id/);
    expect(existsSync(join(dir, '..', 'escaped.html'))).toBe(false);
    const markup = structuredClone(shard);
    markup.pairs[0].findings = [{ id: 'ffffffffffffffff', rule: { type: 'raw', value: '<b>injected</b>' }, severity: 'error', message: 'm', source: null, target: null }];
    writeFileSync(join(dir, 'markup.json'), JSON.stringify(markup));
    const r2 = await runMain(['merge', 'markup.json', '--reports', 'bad-reports'], dir);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/lacks a string id, rule or message/);
    expect(existsSync(join(dir, 'bad-reports'))).toBe(false);
  });
});
