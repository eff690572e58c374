import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enRuWorks, textBergDocs } from './data.js';
import { perturb } from './perturb.js';
import { alignParagraphs, alignSentenceLists, toBlocks } from './run-aligner.js';
import { linkScore, scoreDocs, type BeadPair } from './score.js';
import { loadHunalign } from './hunalign-peer.js';

/**
 * `npm run bench:align [-- --json] [-- --dev] [-- --scale N]`: alignment quality and speed on
 * ../shared/bench (read in place, never copied). Skips with a message when the data is absent.
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const scaleArg = args.indexOf('--scale');
const scaleN = scaleArg >= 0 ? Number(args[scaleArg + 1]) : 10000;
const benchDir = process.env.BITEXT_BENCH_DIR ?? resolve(root, '..', 'shared', 'bench');

if (!existsSync(benchDir)) {
  process.stdout.write(`bench:align skipped: no benchmark data at ${benchDir} (see the README, "Alignment")\n`);
  process.exit(0);
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const report: Record<string, unknown> = {};
const peer = args.includes('--no-peer') ? undefined : await loadHunalign();
const rows: string[][] = [];

const tbDir = join(benchDir, 'textberg-de-fr');
if (existsSync(tbDir)) {
  for (const which of args.includes('--dev') ? ['dev', 'test'] as const : ['test'] as const) {
    const docs = textBergDocs(tbDir, which);
    const t0 = performance.now();
    const scored = docs.map((d) => ({ gold: d.gold, test: alignSentenceLists(d.de, d.fr, 'de', 'fr') }));
    const ms = performance.now() - t0;
    const s = scoreDocs(scored);
    const perDoc = docs.map((d, k) => ({ doc: d.name, strictF1: r3(scoreDocs([scored[k]]).strict.f1) }));
    report[`textberg-${which}`] = { docs: docs.length, strict: mapR(s.strict), lax: mapR(s.lax), ms: Math.round(ms), perDoc };
    rows.push([`Text+Berg de-fr ${which} (${docs.length} docs, sentences)`, 'strict', f(s.strict.precision), f(s.strict.recall), f(s.strict.f1), `${Math.round(ms)} ms`]);
    rows.push(['', 'lax', f(s.lax.precision), f(s.lax.recall), f(s.lax.f1), '']);
    if (peer) {
      const h0 = performance.now();
      const hs = scoreDocs(await Promise.all(docs.map(async (d) => ({ gold: d.gold, test: await peer(d.de, d.fr) }))));
      const hms = performance.now() - h0;
      report[`textberg-${which}-hunalign`] = { strict: mapR(hs.strict), lax: mapR(hs.lax), ms: Math.round(hms) };
      rows.push(['  peer: hunalign (wasm, no dictionary)', 'strict', f(hs.strict.precision), f(hs.strict.recall), f(hs.strict.f1), `${Math.round(hms)} ms`]);
    }
  }
}

const works = enRuWorks(join(benchDir, 'en-ru-paragraphs'));
if (works.length) {
  const all: Array<{ gold: BeadPair[]; test: BeadPair[] }> = [];
  let tp = 0, fp = 0, fn = 0, ms = 0, blocks = 0;
  const perWork: unknown[] = [];
  works.forEach((w, k) => {
    const p = perturb(w.en, w.ru, 'ru', 1000 + k);
    const src = toBlocks(p.source, 'en'), tgt = toBlocks(p.target, 'ru');
    const t0 = performance.now();
    const test = alignParagraphs(src, tgt, 'en', 'ru');
    const t = performance.now() - t0;
    ms += t; blocks += src.length + tgt.length;
    const l = linkScore(p.gold, test);
    tp += l.tp; fp += l.fp; fn += l.fn;
    all.push({ gold: p.gold, test });
    perWork.push({ work: w.name, blocks: [src.length, tgt.length], edits: p.edits, linkF1: r3(l.f1), ms: Math.round(t) });
  });
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1), F = P + R ? (2 * P * R) / (P + R) : 0;
  const s = scoreDocs(all);
  report['enru-perturbed'] = { works: works.length, blocks, links: { precision: r3(P), recall: r3(R), f1: r3(F) }, strict: mapR(s.strict), ms: Math.round(ms), perWork };
  rows.push([`EN-RU paragraphs, perturbed (${works.length} works, ${blocks} blocks)`, 'links', f(P), f(R), f(F), `${Math.round(ms)} ms`]);
  rows.push(['', 'beads strict', f(s.strict.precision), f(s.strict.recall), f(s.strict.f1), '']);
  if (peer) {
    let htp = 0, hfp = 0, hfn = 0;
    const h0 = performance.now();
    for (const [k, w] of works.entries()) {
      const p = perturb(w.en, w.ru, 'ru', 1000 + k);
      const l = linkScore(p.gold, await peer(p.source.map((u) => u.text), p.target.map((u) => u.text)));
      htp += l.tp; hfp += l.fp; hfn += l.fn;
    }
    const hms = performance.now() - h0;
    const hP = htp / (htp + hfp || 1), hR = htp / (htp + hfn || 1), hF = hP + hR ? (2 * hP * hR) / (hP + hR) : 0;
    report['enru-perturbed-hunalign'] = { links: { precision: r3(hP), recall: r3(hR), f1: r3(hF) }, ms: Math.round(hms) };
    rows.push(['  peer: hunalign (wasm, no dictionary)', 'links', f(hP), f(hR), f(hF), `${Math.round(hms)} ms`]);
  }
}

if (scaleN > 0) {
  const child = spawnSync(process.execPath, [join(here, 'scale-child.js'), String(scaleN)], { encoding: 'utf8' });
  if (child.status === 0) {
    const r = JSON.parse(child.stdout);
    report.scale = r;
    rows.push([`Generated pair, perturbed (${r.blocks[0]}+${r.blocks[1]} blocks)`, 'links', '', '', f(r.f1), `${r.ms} ms, max RSS ${r.maxRssMB} MB`]);
  } else {
    report.scale = { error: child.stderr.trim() };
    rows.push(['Generated pair', 'failed', '', '', '', child.stderr.trim().split('\n')[0] ?? '']);
  }
}

if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else process.stdout.write(table([['benchmark', 'measure', 'P', 'R', 'F1', 'time'], ...rows]));

function mapR(p: { precision: number; recall: number; f1: number }): { precision: number; recall: number; f1: number } {
  return { precision: r3(p.precision), recall: r3(p.recall), f1: r3(p.f1) };
}
function f(x: number): string { return x.toFixed(3); }
function table(data: string[][]): string {
  const w = data[0].map((_, c) => Math.max(...data.map((r) => r[c].length)));
  return `${data.map((r) => r.map((x, c) => x.padEnd(w[c])).join('  ').trimEnd()).join('\n')}\n`;
}
