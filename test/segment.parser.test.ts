import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { segmentMarkdown } from '../src/segment/blocks.js';
import { ROOT } from './helpers.js';

/** The parse bitext used before segment/markdown.ts: every GFM construct, inline ones too. */
const remarkGfmParse = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * remark-gfm without its one tree rewrite (mdast-util-gfm-autolink-literal's transform): the
 * rewrite leaves the nodes it makes without positions, and a paragraph whose first or last text
 * it rewrites loses its bounds, so the old parse dropped that whole block (see the last test).
 */
function withoutTreeTransforms(this: Processor): void {
  const data = this.data();
  const strip = (ext: unknown): unknown => (Array.isArray(ext) ? ext.map(strip) : { ...(ext as object), transforms: [] });
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map(strip) as typeof data.fromMarkdownExtensions;
}
const fullGfm = unified().use(remarkParse).use(remarkGfm).use(withoutTreeTransforms).use(remarkFrontmatter, ['yaml', 'toml']);

/** Blocks from the block-only parser must be those of the full remark-gfm parse. */
function sameBlocks(md: string, lang = 'en'): void {
  const fast = segmentMarkdown(md, lang, 'x.md', Infinity);
  const full = segmentMarkdown(md, lang, 'x.md', Infinity, fullGfm);
  expect(fast.blocks).toEqual(full.blocks);
}

/** Inline GFM (autolink literals, strikethrough) at the edges of every kind of block. */
const INLINE_AT_EDGES = `# www.example.com heading ends with a@b.org

www.example.com starts this paragraph and https://example.org/a_(b) ends it https://x.org/y.

~~struck at the start~~ and at the end ~~struck~~

~~struck across
two lines~~

- [ ] www.example.com in an unchecked task
- [x] ~~done~~ a@b.org
- plain item ending in mailto:a@b.org

> quote starting with http://example.com/path?q=1&r=2 and ending with www.x.org.

| www.a.org | ~~b~~ |
| --------- | ----- |
| c@d.org   | \\| escaped pipe www.e.org |

A footnote call www.x.org[^note] and text.

[^note]: www.footnote.org in a definition.

Setext heading with www.example.com
-----------------------------------

An e-mail at the very end: someone@example.co.uk
`;

describe('block parser (segment/markdown.ts)', () => {
  it('gives the blocks of the full remark-gfm parse on inline GFM at block edges', () => {
    sameBlocks(INLINE_AT_EDGES);
    // tables of one column need no pipe: a colon against the hyphens of the delimiter row
    for (const md of ['a\n:-\n', 'a\n-:\nb\n', '> a\n> :-:\n', 'a\n--\n', 'a | b\n- | -\n']) sameBlocks(md);
    // and the check can fail: a parser that drops tables does not give the same blocks
    const noTables = unified().use(remarkParse);
    expect(segmentMarkdown(INLINE_AT_EDGES, 'en', 'x.md', Infinity, noTables).blocks)
      .not.toEqual(segmentMarkdown(INLINE_AT_EDGES, 'en', 'x.md', Infinity).blocks);
  });

  it('gives the blocks of the full parse on every Markdown file of the project', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.md')) files.push(join(dir, e.name));
      }
    };
    walk(join(ROOT, 'corpus'));
    walk(join(ROOT, 'test', 'fixtures'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) sameBlocks(readFileSync(f, 'utf8'), f.endsWith('ru.md') ? 'ru' : 'en');
  });

  it('keeps the blocks remark-gfm lost: an address behind an escape or reference at a block edge', () => {
    for (const md of ['Сайт&nbsp;www.example.kz\n', 'Email john\\.doe@x.org\n', '# Head a\\_b@x.org\n', '> See www&#46;example.org since 2020.\n', '- [ ] www&#46;x.org\n', '| www&#46;x.org | b |\n| - | - |\n']) {
      const ours = segmentMarkdown(md, 'ru', 'x.md', Infinity).blocks;
      const before = segmentMarkdown(md, 'ru', 'x.md', Infinity, remarkGfmParse).blocks;
      expect(ours.length).toBeGreaterThan(before.length);
      expect(ours.map((b) => b.text).join('|')).toContain(md.includes('|') ? 'www&#46;x.org' : md.replace(/^[#>\-\[\] ]+/, '').trim());
    }
  });

  it('gives the blocks of the full parse on generated Markdown', () => {
    const piece = fc.constantFrom(
      'word', 'Слово', 'www.example.com', 'http://x.org/a_b', 'a@b.org', 'x.y@z.co', '~~', '~', '*', '_', '`', '|', '\\|',
      '[^1]', '[link](http://x.org)', '<http://x.org>', '&amp;', '\\', '-', '[ ]', '[x]', '#', '>', '1.', ':', '.', ',', '(', ')',
      'a\\_b@x.org', 'www&#46;x.org', '&nbsp;www.x.kz', 'john\\.doe@x.org',
      ':-', '-:', ':--:', '---', '--',
    );
    const line = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    const prefix = fc.constantFrom('', '', '', '# ', '- ', '- [ ] ', '> ', '1. ', '  ', '| ', '[^1]: ');
    const block = fc.tuple(prefix, fc.array(line, { minLength: 1, maxLength: 3 })).map(([p, ls]) => ls.map((l, k) => (k ? l : p + l)).join('\n'));
    const table = fc.array(line, { minLength: 2, maxLength: 2 }).map(([a, b]) => `| ${a} | x |\n| --- | --- |\n| ${b} | y |`);
    const doc = fc.array(fc.oneof(block, block, block, table), { minLength: 1, maxLength: 6 }).map((bs) => `${bs.join('\n\n')}\n`);
    fc.assert(fc.property(doc, (md) => { sameBlocks(md); }), { numRuns: 150, seed: 20261125 });
  });
});
