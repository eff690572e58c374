import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentMarkdown } from '../src/segment/blocks.js';
import { alignPair } from '../src/pipeline.js';
import { RULES } from '../src/checks/index.js';
import { toFindings } from '../src/findings.js';
import type { Bead, Doc, Pair } from '../src/types.js';
import { config } from './robust.helpers.js';
import { align } from '../src/align/dp.js';
import { defaultModel, type AlignUnit } from '../src/align/cost.js';
import { splitSentences } from '../src/segment/sentences.js';

const EN = ['the', 'court', 'Smith', 'said', 'on', '12', 'March', '2021', 'U.S.', 'Mr.', 'law', 'e.g.', '1,500', 'Astana', '"quoted"', '(aside)', 'https://example.com/x', '—', '5%'];
const RU = ['суд', 'Смит', 'заявил', '12', 'марта', '2021', 'г.', 'т. е.', 'закон', 'Астана', '«цитата»', '(в скобках)', '1 500', '—', '5 %', 'г-н'];
const ODD = ['😀', '\u00a0', '\t', '**bold**', '_it_', '`code`', '[link](http://a.b)', '<b>x</b>', '&amp;', '\\*', '|', '1.', '#', '>', '-', '...', '?!', '\u200b', 'ё', 'Ё'];

const sentence = (words: string[]) => fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.constantFrom(...ODD) }), { minLength: 1, maxLength: 12 })
  .chain((ws) => fc.constantFrom('.', '!', '?', '', '…', '.»').map((end) => ws.join(' ') + end));

const paragraph = (words: string[]) => fc.array(sentence(words), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** One Markdown block: mostly paragraphs, with every construct bitext must read. */
const block = (words: string[]) => fc.oneof(
  { weight: 6, arbitrary: paragraph(words) },
  { weight: 1, arbitrary: paragraph(words).map((p) => `## ${p.replace(/\n/g, ' ')}`) },
  { weight: 1, arbitrary: fc.array(paragraph(words), { minLength: 1, maxLength: 3 }).map((ps) => ps.map((p) => `- ${p}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(paragraph(words), paragraph(words)).map(([a, b]) => `> ${a}\n>\n> > ${b}`) },
  { weight: 1, arbitrary: fc.tuple(paragraph(words), paragraph(words)).map(([a, b]) => `| a | b |\n| - | - |\n| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |`) },
  { weight: 1, arbitrary: paragraph(words).map((p) => `\`\`\`\n${p}\n\`\`\``) },
  { weight: 1, arbitrary: paragraph(words).map((p) => `<div>\n${p}\n</div>`) },
);

const doc = (words: string[]) => fc.record({
  blocks: fc.array(block(words), { minLength: 1, maxLength: 8 }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  frontMatter: fc.boolean(),
}).map(({ blocks, eol, frontMatter }) => `${frontMatter ? '---\ntitle: x\n---\n\n' : ''}${blocks.join('\n\n')}\n`.replace(/\n/g, eol));

function checkSide(d: Doc, beads: Bead[], side: 'source' | 'target'): void {
  // every block in exactly one bead, in order (monotonic)
  const seen = beads.flatMap((b) => b[side]);
  expect(seen).toEqual(d.blocks.map((b) => b.index));
  for (const b of d.blocks) {
    expect(d.content.slice(b.start, b.end)).toBe(b.text);
    for (const s of b.sentences) {
      expect(0 <= s.start && s.start < s.end && s.end <= b.text.length).toBe(true);
      expect(b.text.slice(s.start, s.end)).toBe(s.text);
    }
  }
}

describe('property: random Markdown pairs through segment → align → check', () => {
  it('never crash; every block in exactly one bead; beads monotonic; findings inside the text', () => {
    const cfg = config();
    fc.assert(fc.property(doc(EN), doc(RU), fc.boolean(), (en, ru, swap) => {
      const source = segmentMarkdown(swap ? ru : en, 'en', 'en.md');
      const target = segmentMarkdown(swap ? en : ru, 'ru', 'ru.md');
      if (!source.blocks.length || !target.blocks.length) return; // bitext refuses these files
      const pair: Pair = { id: 'p', dir: '.', meta: {}, source, target };
      const { beads, stale } = alignPair(pair, cfg, undefined);
      for (const b of beads) {
        expect(b.source.length + b.target.length).toBeGreaterThan(0);
        expect(b.score >= 0 && b.score <= 1).toBe(true);
      }
      checkSide(source, beads, 'source');
      checkSide(target, beads, 'target');
      for (const rule of RULES) {
        const raw = rule.run({ pair, beads, config: cfg, options: {}, staleBeads: stale });
        for (const r of raw) {
          for (const side of ['source', 'target'] as const) {
            const span = r[side];
            if (!span) continue;
            const blk = pair[side].blocks[span.block];
            expect(blk, `${rule.id}: ${side} block ${span.block} exists`).toBeDefined();
            const s = span.start ?? 0, e = span.end ?? blk.text.length;
            expect(0 <= s && s <= e && e <= blk.text.length, `${rule.id}: range ${s}-${e} inside block of ${blk.text.length}`).toBe(true);
          }
        }
        for (const f of toFindings(pair, raw, rule.severity)) {
          for (const side of ['source', 'target'] as const) {
            const loc = f[side];
            if (!loc) continue;
            expect(pair[side].content.slice(loc.start, loc.end)).toBe(loc.text);
            expect(loc.line <= loc.endLine).toBe(true);
          }
        }
      }
    }), { numRuns: Number(process.env.BITEXT_PROPERTY_RUNS ?? 300), seed: Number(process.env.BITEXT_PROPERTY_SEED ?? 20221115) });
  }, 120_000);
});

const unit: fc.Arbitrary<AlignUnit> = fc.record({
  length: fc.integer({ min: 0, max: 600 }),
  anchors: fc.record({
    numbers: fc.array(fc.constantFrom('12', '2021', 'm3', '1500', '5'), { maxLength: 4 }),
    names: fc.array(fc.constantFrom('smith', 'astana', 'zhekse', 'kazakh'), { maxLength: 3 }),
    links: fc.array(fc.constantFrom('https://a.b/c', 'x@y.z'), { maxLength: 1 }),
  }),
  sentences: fc.integer({ min: 1, max: 5 }),
  kind: fc.constantFrom('heading' as const, 'fragment' as const, 'prose' as const),
});

describe('property: the block aligner on random units (with confirmed links)', () => {
  it('every unit of both sides in exactly one bead, beads monotonic, confirmed links kept', () => {
    const model = defaultModel('en', 'ru');
    fc.assert(fc.property(
      fc.array(unit, { maxLength: 30 }), fc.array(unit, { maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      (src, tgt, picks) => {
        // confirmed 1-1 links, made monotonic and distinct
        const fixed: Array<{ source: number[]; target: number[] }> = [];
        if (src.length && tgt.length) {
          const links = picks.map(([a, b]) => [a % src.length, b % tgt.length]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
          let ls = -1, lt = -1;
          for (const [a, b] of links) if (a > ls && b > lt) { fixed.push({ source: [a], target: [b] }); ls = a; lt = b; }
        }
        const beads = align(src, tgt, { model, band: 8, fixed });
        expect(beads.flatMap((b) => b.source)).toEqual(src.map((_, i) => i));
        expect(beads.flatMap((b) => b.target)).toEqual(tgt.map((_, i) => i));
        for (const b of beads) expect(b.source.length + b.target.length).toBeGreaterThan(0);
        for (const f of fixed) expect(beads.some((b) => b.confirmed && b.source[0] === f.source[0] && b.target[0] === f.target[0])).toBe(true);
      },
    ), { numRuns: 3000, seed: 7 });
  });
});

describe('property: sentence splitting on random text', () => {
  const piece = fc.oneof(
    fc.constantFrom(...EN, ...RU, ...ODD, '. ', '! ', '? ', '\n', ' ', 'Mr. ', 'т. е. ', 'A. B. '),
    fc.string({ maxLength: 6 }),
  );
  it('sentences are exact, ordered, non-overlapping slices that leave out only white space', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('en', 'ru'), (parts, lang) => {
      const text = parts.join(' ');
      const ss = splitSentences(text, lang);
      let last = 0;
      for (const s of ss) {
        expect(s.start >= last && s.start < s.end && s.end <= text.length).toBe(true);
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(text.slice(last, s.start).trim()).toBe('');
        last = s.end;
      }
      expect(text.slice(last).trim()).toBe('');
    }), { numRuns: 3000, seed: 11 });
  });

  it('long texts (cut into chunks for the segmenter) split like the same text in pieces', () => {
    const para = 'The court said on 12 March 2021 that Mr. Smith was wrong. Astana agreed! Was it fair? Yes.';
    const long = Array.from({ length: 2000 }, () => para).join(' ');
    expect(long.length).toBeGreaterThan(150_000);
    const once = splitSentences(para, 'en').map((s) => s.text);
    expect(splitSentences(long, 'en').map((s) => s.text)).toEqual(Array.from({ length: 2000 }, () => once).flat());
  });
});
