import { syntheticPair } from './synthetic.js';
import { perturb } from './perturb.js';
import { alignParagraphs, toBlocks } from './run-aligner.js';
import { linkScore } from './score.js';

/** Runs in its own process so its peak memory (maxRSS) is its own: `node scale-child.js N`. */
const n = Number(process.argv[2] ?? 10000);
const { en, ru } = syntheticPair(n, 7);
const p = perturb(en, ru, 'ru', 11);
const src = toBlocks(p.source, 'en'), tgt = toBlocks(p.target, 'ru');
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const beads = alignParagraphs(src, tgt, 'en', 'ru');
const ms = performance.now() - t0;
const s = linkScore(p.gold, beads);
process.stdout.write(`${JSON.stringify({
  blocks: [src.length, tgt.length], ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  rssBeforeMB: Math.round(rssBefore / 2 ** 20), f1: s.f1,
})}\n`);
