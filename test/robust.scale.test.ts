import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../src/segment/blocks.js';
import { alignPair } from '../src/pipeline.js';
import { paragraphs, seedEn, seedRu } from './helpers.js';
import { config } from './robust.helpers.js';
import { alignSentences } from '../src/align/sentences.js';
import { defaultModel } from '../src/align/cost.js';
import type { Pair } from '../src/types.js';

/** The seed's body paragraphs (EN 3.. ↔ RU 1..), repeated until `count` paragraphs. */
function repeated(count: number): { en: string[]; ru: string[] } {
  const en = paragraphs(seedEn()).slice(3), ru = paragraphs(seedRu()).slice(1);
  const out = { en: [] as string[], ru: [] as string[] };
  for (let k = 0; out.en.length < count; k++) {
    // a running number makes every paragraph distinct and gives the aligner an anchor
    out.en.push(`${en[k % en.length]} (${k + 1})`);
    out.ru.push(`${ru[k % ru.length]} (${k + 1})`);
  }
  return out;
}

function run(en: string, ru: string): { pair: Pair; ms: { segment: number; align: number }; beads: ReturnType<typeof alignPair>['beads'] } {
  let t = performance.now();
  const pair: Pair = { id: 'big', dir: '.', meta: {}, source: segmentMarkdown(en, 'en', 'en.md'), target: segmentMarkdown(ru, 'ru', 'ru.md') };
  const segment = performance.now() - t;
  t = performance.now();
  const { beads } = alignPair(pair, config(), undefined);
  return { pair, beads, ms: { segment, align: performance.now() - t } };
}

describe('large inputs stay fast', () => {
  it('a 1 MB paragraph: segmented into sentences and block-aligned (the segmenter is fed in chunks)', () => {
    const { en, ru } = repeated(400);
    let big = '', bigRu = '';
    for (let k = 0; big.length < 1_000_000; k++) { big += `${en[k % en.length]} `; bigRu += `${ru[k % ru.length]} `; }
    const r = run(big, bigRu);
    expect(big.length).toBeGreaterThanOrEqual(1_000_000);
    expect(r.pair.source.blocks).toHaveLength(1);
    expect(r.pair.target.blocks).toHaveLength(1);
    const ss = r.pair.source.blocks[0].sentences;
    expect(ss.length).toBeGreaterThan(5000);
    // the block aligner finished (it judges two giant blocks by length alone, and may leave them unlinked)
    expect(r.beads.flatMap((b) => b.source)).toEqual([0]);
    console.log(`1 MB paragraph: segment ${Math.round(r.ms.segment)} ms, align blocks ${Math.round(r.ms.align)} ms, ${ss.length} sentences`);
  }, 120_000);

  // Aligning the ~5,600 sentences of two 1 MB blocks takes 20 s of CPU or more (the DP's band
  // widens to |n − m| sentences): opt-in with BITEXT_SCALE, see docs/bad-input.md.
  it.runIf(process.env.BITEXT_SCALE)('the sentences of two 1 MB paragraphs, aligned', () => {
    const { en, ru } = repeated(400);
    let big = '', bigRu = '';
    for (let k = 0; big.length < 1_000_000; k++) { big += `${en[k % en.length]} `; bigRu += `${ru[k % ru.length]} `; }
    const r = { pair: { source: segmentMarkdown(big, 'en', 'en.md'), target: segmentMarkdown(bigRu, 'ru', 'ru.md') } };
    const ss = r.pair.source.blocks[0].sentences;
    const t = performance.now();
    const sb = alignSentences(r.pair.source.blocks, r.pair.target.blocks, defaultModel('en', 'ru'));
    const sentenceMs = performance.now() - t;
    expect(sb.flatMap((b) => b.source)).toEqual(ss.map((_, i) => i));
    expect(sb.flatMap((b) => b.target)).toEqual(r.pair.target.blocks[0].sentences.map((_, i) => i));
    console.log(`1 MB paragraphs: sentence alignment ${Math.round(sentenceMs)} ms`);
  }, 600_000);

  // BITEXT_SCALE=1 runs the full 10,000-paragraph pair (about a minute of CPU: see docs/bad-input.md)
  const count = process.env.BITEXT_SCALE ? 10_000 : 600;
  it(`a ${count}-paragraph pair: every paragraph linked 1-1`, () => {
    const { en, ru } = repeated(count);
    const r = run(en.join('\n\n'), ru.join('\n\n'));
    expect(r.pair.source.blocks).toHaveLength(count);
    expect(r.pair.target.blocks).toHaveLength(count);
    const oneToOne = r.beads.filter((b) => b.source.length === 1 && b.target.length === 1 && b.source[0] === b.target[0]).length;
    expect(oneToOne / count).toBeGreaterThan(0.99);
    console.log(`${count} paragraphs: segment ${Math.round(r.ms.segment)} ms, align ${Math.round(r.ms.align)} ms`);
  }, 600_000);
});
