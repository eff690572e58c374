import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { copySeedProject } from './helpers.js';
import { runMain } from './ci-helpers.js';
import { computeCounts } from '../src/report/counts.js';
import type { PairResult } from '../src/types.js';

const ID = 'zheksebaev-2022';

/**
 * Replace the cached message of every finding, and mark the stored text listing: visible in the
 * output only if the cache is read.
 */
function tamper(dir: string): void {
  const p = join(dir, '.bitext-cache', `${ID}.json`);
  const { head, result, plain, color } = readEntry(dir);
  for (const f of result.findings) f.message = 'FROM THE CACHE';
  const json = Buffer.from(`    ${JSON.stringify(result, null, 2).replace(/\n/g, '\n    ')}`);
  const lines = [Buffer.from(`LISTED FROM THE CACHE\n${plain}`), Buffer.from(`LISTED FROM THE CACHE\n${color}`)];
  const body = Buffer.concat([json, ...lines]);
  // a consistent entry: its header gives the new lengths and CRC-32
  writeFileSync(p, Buffer.concat([Buffer.from(`${JSON.stringify({ ...JSON.parse(head), text: lines.map((b) => b.length), bytes: body.length, crc: crc32(body) })}\n`), body]));
}

/**
 * An entry: its first line (JSON: key, alignment, digest, counts, lengths), then the pair's
 * result and its text listing, plain and coloured.
 */
function readEntry(dir: string): { head: string; result: { id: string; findings: Array<{ message: string }> }; json: string; plain: string; color: string } {
  const bytes = readFileSync(join(dir, '.bitext-cache', `${ID}.json`));
  const nl = bytes.indexOf(10);
  const head = bytes.toString('utf8', 0, nl);
  const [p, c] = (JSON.parse(head) as { text: [number, number] }).text;
  const body = bytes.subarray(nl + 1);
  const json = body.toString('utf8', 0, body.length - p - c);
  return { head, result: JSON.parse(json), json, plain: body.toString('utf8', body.length - p - c, body.length - c), color: body.toString('utf8', body.length - c) };
}

describe('per-pair result cache', () => {
  const dir = copySeedProject();

  it('gives byte-identical output with and without the cache, and stores one ignorable entry per pair', async () => {
    const cold = await runMain(['check', '--format', 'json'], dir);
    // the first run wrote alignments/<id>.json with nothing confirmed: keyed as no file, so a hit
    tamper(dir);
    expect((await runMain(['check', '--format', 'json'], dir)).stdout).toContain('FROM THE CACHE');
    rmSync(join(dir, '.bitext-cache'), { recursive: true, force: true });
    const warm = await runMain(['check', '--format', 'json'], dir);
    const hit = await runMain(['check', '--format', 'json'], dir);
    const none = await runMain(['check', '--format', 'json', '--no-cache'], dir);
    expect(cold.code).toBe(1);
    for (const r of [warm, hit, none]) expect([r.stdout, r.code]).toEqual([cold.stdout, cold.code]);
    expect(existsSync(join(dir, '.bitext-cache', `${ID}.json`))).toBe(true);
    expect(readFileSync(join(dir, '.bitext-cache', '.gitignore'), 'utf8')).toBe('*\n');
  });

  it('reuses an unchanged pair (the stored result is what comes out) and --no-cache bypasses it', async () => {
    tamper(dir);
    expect((await runMain(['check', '--format', 'json'], dir)).stdout).toContain('FROM THE CACHE');
    expect((await runMain(['check', '--format', 'json', '--no-cache'], dir)).stdout).not.toContain('FROM THE CACHE');
  });

  it('lists an unchanged pair from its stored lines, plain or coloured, unless a filter changed its findings', async () => {
    rmSync(join(dir, '.bitext-cache'), { recursive: true, force: true });
    const fresh = (await runMain(['check', '--no-cache'], dir)).stdout;
    const freshColor = (await runMain(['check', '--no-cache', '--color'], dir)).stdout;
    await runMain(['check'], dir);
    tamper(dir);
    expect((await runMain(['check'], dir)).stdout).toBe(`LISTED FROM THE CACHE\n${fresh}`);
    expect((await runMain(['check', '--color'], dir)).stdout).toBe(`LISTED FROM THE CACHE\n${freshColor}`);
    // a baseline changes the result (its findings become accepted) without changing its inputs:
    // the lines are made again from the stored findings
    expect((await runMain(['baseline'], dir)).code).toBe(0);
    try {
      const filtered = (await runMain(['check'], dir)).stdout;
      expect(filtered).not.toContain('LISTED FROM THE CACHE');
      expect(filtered).toMatch(/^✔ 0 findings in 1 pair/);
      expect((await runMain(['check', '--format', 'json'], dir)).stdout).toContain('FROM THE CACHE');
    } finally {
      rmSync(join(dir, 'bitext.baseline.json'));
      rmSync(join(dir, '.bitext-cache'), { recursive: true, force: true });
    }
  });

  it('recomputes when a text, the pair metadata, the alignment or the config changes', async () => {
    const edits: Array<() => void> = [
      () => appendFileSync(join(dir, 'corpus', ID, 'ru.md'), '\n'),
      () => appendFileSync(join(dir, 'corpus', ID, 'pair.json'), ' '),
      // a reviewer confirms a bead (what the pipeline reads of the alignment file)
      () => { const p = join(dir, 'alignments', `${ID}.json`); writeFileSync(p, readFileSync(p, 'utf8').replace(/,"sourceHash"/, ',"confirmed":true,"sourceHash"')); },
      () => writeFileSync(join(dir, 'alignments', `${ID}.review.json`), JSON.stringify({ schemaVersion: 1, pair: ID, dismissals: [] })),
      () => writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ rules: { 'alignment-low-confidence': 'warning' } })),
    ];
    await runMain(['check', '--format', 'json'], dir); // store the current key
    for (const edit of edits) {
      tamper(dir);
      expect((await runMain(['check', '--format', 'json'], dir)).stdout).toContain('FROM THE CACHE');
      edit();
      expect((await runMain(['check', '--format', 'json'], dir)).stdout).not.toContain('FROM THE CACHE');
      await runMain(['check', '--format', 'json'], dir); // settle: a run that rewrote alignments/ changed the key once more
    }
  });

  it('is not invalidated by the alignment a run writes itself (only confirmed and stale beads count)', async () => {
    await runMain(['check', '--format', 'json'], dir);
    const p = join(dir, 'alignments', `${ID}.json`);
    // rescoring an unconfirmed bead changes the file but not what the pipeline reads from it
    writeFileSync(p, readFileSync(p, 'utf8').replace(/"score":[0-9.]+/, '"score":0.123'));
    tamper(dir);
    expect((await runMain(['check', '--format', 'json'], dir)).stdout).toContain('FROM THE CACHE');
  });

  it('keeps no segmented text in an entry, and reads the pair again when a page must be rendered', async () => {
    rmSync(join(dir, '.bitext-cache'), { recursive: true, force: true });
    await runMain(['check', '--format', 'json'], dir);
    const { head, result, json, plain, color } = readEntry(dir);
    expect(Object.keys(JSON.parse(head)).sort()).toEqual(['alignment', 'bytes', 'crc', 'digest', 'key', 'result', 'text', 'version']);
    expect(result.id).toBe(ID);
    // beside the bytes, what the summary, the index and the exit code need: the counts
    expect(JSON.parse(head).result).toEqual({ id: ID, source: (result as unknown as PairResult).source, target: (result as unknown as PairResult).target, counts: computeCounts(result as unknown as PairResult) });
    // the result is stored as it stands inside the JSON output: indented, ready to copy
    expect(json).toBe(`    ${JSON.stringify(JSON.parse(json), null, 2).replace(/\n/g, '\n    ')}`);
    // and its lines of the text listing, as `check` prints them (the summary line aside)
    const listed = (await runMain(['check', '--no-cache', '--fail-on', 'none'], dir)).stdout;
    expect(listed).toBe(`${plain}${listed.slice(plain.length)}`);
    expect(listed.slice(plain.length)).toMatch(/^✖ \d+ findings in 1 pair [^\n]*\n$/);
    expect(color.replace(/\x1b\[\d+m/g, '')).toBe(plain);
    expect(color).not.toBe(plain);
    tamper(dir);
    rmSync(join(dir, 'reports', `${ID}.html`));
    expect((await runMain(['check', '--format', 'json'], dir)).stdout).toContain('FROM THE CACHE');
    const page = readFileSync(join(dir, 'reports', `${ID}.html`), 'utf8');
    // the cached findings, on the texts read from the corpus
    expect(page).toContain('FROM THE CACHE');
    expect(page).toContain('Zheksebaev');
  });

  it('does not hide an alignment file broken after a cached run (exit 2, not the cached result)', async () => {
    await runMain(['check', '--format', 'json'], dir);
    const p = join(dir, 'alignments', `${ID}.json`);
    const good = readFileSync(p, 'utf8');
    // an unconfirmed bead with a bad block index: the file is invalid, though nothing is confirmed
    writeFileSync(p, good.replace(/"source":\[\d+\]/, '"source":[-1]'));
    const r = await runMain(['check', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('alignment file is invalid');
    writeFileSync(p, good);
  });

  it('ignores corrupt entries and survives the cache folder being deleted', async () => {
    const clean = await runMain(['check', '--format', 'json', '--no-cache'], dir);
    const { head } = readEntry(dir);
    const whole = readFileSync(join(dir, '.bitext-cache', `${ID}.json`), 'utf8');
    const at = whole.indexOf('"message": "') + 12;
    for (const junk of ['{not json', '{"version":1,"key":"x","run":{}}', '', `${head}\n{"id": "cut sh`, `${head}\n{"id": "other"}`, `${head}`,
      // still valid JSON, but not the bytes that were written: never copied into the output
      `${whole}\n`, `${whole.slice(0, at)}X${whole.slice(at + 1)}`]) {
      writeFileSync(join(dir, '.bitext-cache', `${ID}.json`), junk);
      expect((await runMain(['check', '--format', 'json'], dir)).stdout).toBe(clean.stdout);
    }
    rmSync(join(dir, '.bitext-cache'), { recursive: true, force: true });
    expect((await runMain(['check', '--format', 'json'], dir)).stdout).toBe(clean.stdout);
  });
});

describe('per-pair result cache across folders', () => {
  it('does not hand one folder the cached result of the same text in another folder (paths differ)', async () => {
    const a = copySeedProject();
    const b = copySeedProject();
    const run = async (d: string) => JSON.parse((await runMain(['check', '--format', 'json', '--corpus', join(d, 'corpus'), '--alignments', join(d, 'alignments'), '--reports', join(d, 'reports')], a)).stdout);
    await run(a);
    const ra = await run(a); // cached, with a's alignment file
    cpSync(join(a, 'alignments'), join(b, 'alignments'), { recursive: true }); // b: same bytes everywhere
    const rb = await run(b);
    expect(ra.pairs[0].source.path).toBe('corpus/zheksebaev-2022/en.md');
    expect(rb.pairs[0].source.path).toBe(join(b, 'corpus', 'zheksebaev-2022', 'en.md'));
  });
});
