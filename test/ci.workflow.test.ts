import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, paragraphs, join2 } from './helpers.js';
import { runMain, tempGitProject } from './ci-helpers.js';

/**
 * The example workflow's bitext commands, run as written (a "docs that run" test): the shard
 * commands of the matrix, then the merge command, on a corpus with one dropped paragraph.
 */
const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'bitext.yml'), 'utf8');

function commands(text: string): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k].includes('node dist/bundle/cli.js')) continue;
    let cmd = lines[k].trim();
    while (cmd.endsWith('\\')) cmd = `${cmd.slice(0, -1).trim()} ${lines[++k].trim()}`;
    out.push(cmd.replace(/^node dist\/bundle\/cli\.js\s+/, ''));
  }
  return out;
}

describe('.github/workflows/bitext.yml', () => {
  it('runs on corpus changes, uploads reports/ and the SARIF file', () => {
    expect(workflow).toMatch(/paths:\n\s+- 'corpus\/\*\*'/);
    expect(workflow).toMatch(/uses: github\/codeql-action\/upload-sarif@v\d+\n\s+with:\n\s+sarif_file: bitext\.sarif/);
    expect(workflow).toMatch(/uses: actions\/upload-artifact@v\d+\n\s+with:\n\s+name: bitext-report\n\s+path: reports\//);
    expect(workflow).toMatch(/security-events: write/);
  });

  it('its shard and merge commands work as written and fail on the new finding', async () => {
    const [check, merge] = commands(workflow);
    expect(check).toMatch(/^check --shard/);
    expect(merge).toMatch(/^merge shards\/\*\.json/);
    const shards = Number(/SHARDS: (\d+)/.exec(workflow)![1]);
    expect(/shard: \[([\d, ]+)\]/.exec(workflow)![1].split(',').map(Number)).toEqual(Array.from({ length: shards }, (_, k) => k + 1));

    const dir = tempGitProject();
    const ru = join(dir, 'corpus', 'library-opening', 'ru.md');
    const paras = paragraphs(readFileSync(ru, 'utf8'));
    writeFileSync(ru, join2([paras[0], ...paras.slice(2)]));
    mkdirSync(join(dir, 'shards'));
    const annotations: string[] = [];
    for (let i = 1; i <= shards; i++) {
      const args = check.replace(/\$\{\{ matrix\.shard \}\}/g, String(i)).replace(/\$\{\{ env\.SHARDS \}\}/g, String(shards)).split(/\s+/);
      const r = await runMain(args, dir);
      expect(r.code).toBeLessThanOrEqual(1); // the step passes on 0 and 1
      annotations.push(r.stdout);
      renameSync(join(dir, `shard-${i}.json`), join(dir, 'shards', `shard-${i}.json`));
    }
    expect(annotations.join('')).toMatch(/^::error file=corpus\/library-opening\/en\.md,line=3,/m);
    const files = readdirSync(join(dir, 'shards')).sort().map((f) => `shards/${f}`);
    const r = await runMain(merge.split(/\s+/).flatMap((a) => (a === 'shards/*.json' ? files : [a])), dir);
    expect(r.code).toBe(1); // the last step exits with it: the workflow fails
    expect(r.stdout).toMatch(/corpus\/library-opening\/en\.md\n\s+3:1\s+error/);
    for (const f of ['bitext.sarif', 'bitext-junit.xml', 'reports/index.html', 'reports/library-opening.html']) expect(existsSync(join(dir, f))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'bitext.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });
});
