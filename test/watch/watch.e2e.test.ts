import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, copySeedProject, runCli, ROOT } from '../helpers.js';

/** `bitext check --watch` as a child process, its stderr collected, waited on line by line. */
function startWatch(cwd: string, args: string[]): { child: ChildProcess; err: () => string; waitFor: (re: RegExp, from?: number) => Promise<number> } {
  const child = spawn(process.execPath, [CLI, 'check', '--watch', ...args], { cwd, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const waiters: Array<() => void> = [];
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; for (const w of waiters.splice(0)) w(); });
  const waitFor = (re: RegExp, from = 0) => new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`timed out waiting for ${re} in:\n${err}`)), 30_000);
    const look = () => {
      const m = re.exec(err.slice(from));
      if (m) { clearTimeout(timer); ok(from + m.index + m[0].length); } else waiters.push(look);
    };
    look();
  });
  return { child, err: () => err, waitFor };
}

const stop = (child: ChildProcess) => new Promise<number | null>((ok) => { child.once('exit', (code) => ok(code)); child.kill('SIGINT'); });

describe('bitext check --watch', () => {
  const dir = copySeedProject();
  cpSync(join(ROOT, 'corpus', 'terms'), join(dir, 'corpus', 'terms'), { recursive: true });
  writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ termbase: 'corpus/terms/legal.en-ru.tbx' }));
  const ru = join(dir, 'corpus', 'zheksebaev-2022', 'ru.md');
  const out = join(dir, 'out.json');
  const w = startWatch(dir, ['--format', 'json', '--output', 'out.json']);
  afterAll(() => { w.child.kill('SIGKILL'); });

  it('checks at start, and again after an edit, giving what a one-shot run gives; its own writes start no re-check', async () => {
    let at = await w.waitFor(/watching .*corpus.* for changes/);
    const first = JSON.parse(readFileSync(out, 'utf8'));
    expect(first.pairs[0].findings.length).toBeGreaterThan(0);
    // the seed's "5 лет" becomes "7 лет": a new number mismatch
    writeFileSync(ru, readFileSync(ru, 'utf8').replace('пяти', 'семи'));
    at = await w.waitFor(/re-checked after a change to corpus\/zheksebaev-2022\/ru\.md in [\d.]+ s\n/, at);
    const watched = readFileSync(out);
    const page = readFileSync(join(dir, 'reports', 'zheksebaev-2022.html'));
    const index = readFileSync(join(dir, 'reports', 'index.html'));
    const mentions = (r: { pairs: Array<{ findings: Array<{ rule: string; target?: { text?: string } | null }> }> }) =>
      r.pairs[0].findings.filter((f) => f.rule === 'number-mismatch' && /семи/.test(f.target?.text ?? '')).length;
    expect(mentions(first)).toBe(0);
    expect(mentions(JSON.parse(watched.toString()))).toBeGreaterThan(0);
    // nothing more happens by itself (the alignment file it wrote is its own change)
    await new Promise((r) => setTimeout(r, 1500));
    expect(w.err().slice(at)).not.toMatch(/re-checked/);
    // a one-shot run without the cache writes the same bytes
    const r = runCli(['check', '--no-cache', '--format', 'json', '--output', 'ref.json', '--fail-on', 'none'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'ref.json')).equals(watched)).toBe(true);
    expect(readFileSync(join(dir, 'reports', 'zheksebaev-2022.html')).equals(page)).toBe(true);
    expect(readFileSync(join(dir, 'reports', 'index.html')).equals(index)).toBe(true);
  });

  it('reports a broken file and goes on watching; the fix is checked', async () => {
    let at = w.err().length;
    const config = join(dir, 'bitext.config.json');
    const good = readFileSync(config, 'utf8');
    writeFileSync(config, '{ "termbase": ');
    at = await w.waitFor(/bitext\.config\.json[^\n]*\n[^]*?re-checked/, at);
    expect(w.err()).toMatch(/bitext\.config\.json/);
    expect(w.child.exitCode).toBeNull();
    writeFileSync(config, good);
    await w.waitFor(/re-checked after a change to bitext\.config\.json/, at);
  });

  it('reads the termbase again when it changes', async () => {
    const at = w.err().length;
    const count = () => JSON.parse(readFileSync(out, 'utf8')).pairs[0].findings.filter((f: { rule: string }) => f.rule === 'term-mismatch').length;
    const before = count();
    const tbx = join(dir, 'corpus', 'terms', 'legal.en-ru.tbx');
    // one concept the press release never mentions: no term findings any more
    const bicycle = '<conceptEntry id="bicycle"><langSec xml:lang="en"><termSec><term>bicycle</term></termSec></langSec><langSec xml:lang="ru"><termSec><term>велосипед</term></termSec></langSec></conceptEntry>';
    writeFileSync(tbx, readFileSync(tbx, 'utf8').replace(/<body>[^]*<\/body>/, `<body>${bicycle}</body>`));
    await w.waitFor(/re-checked after a change to corpus\/terms\/legal\.en-ru\.tbx/, at);
    expect(before).toBeGreaterThan(0);
    expect(count()).toBe(0);
  });

  it('stops on Ctrl-C with exit code 0', async () => {
    expect(await stop(w.child)).toBe(0);
  });

  it('refuses --no-cache (exit 2)', () => {
    const r = runCli(['check', '--watch', '--no-cache'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--watch .* --no-cache/);
  });
});
