import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../src/segment/blocks.js';
import { decodeFile } from '../src/corpus/decode.js';
import { lineColumn } from '../src/util/lines.js';
import { toFindings } from '../src/findings.js';
import { seedEn } from './helpers.js';
import type { Doc } from '../src/types.js';
import { makePair } from './robust.helpers.js';

/** Every block is an exact slice of the file, and its line/column match the offset. */
function expectExactBlocks(doc: Doc): void {
  for (const b of doc.blocks) {
    expect(doc.content.slice(b.start, b.end)).toBe(b.text);
    expect(lineColumn(doc.lineStarts, b.start)).toEqual({ line: b.line, column: b.column });
    for (const s of b.sentences) expect(b.text.slice(s.start, s.end)).toBe(s.text);
  }
}

/** Line of an offset counted by hand: \r\n, \n and a lone \r each end a line. */
function lineByHand(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\n|\r/).length;
}

describe('UTF-8 with a byte-order mark', () => {
  it('drops the BOM: blocks and positions are those of the file without it', () => {
    const plain = new TextEncoder().encode(seedEn());
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    const text = decodeFile(withBom, 'en.md');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const a = segmentMarkdown(text, 'en', 'en.md');
    const b = segmentMarkdown(seedEn(), 'en', 'en.md');
    expect(a.blocks).toEqual(b.blocks);
    expect(a.blocks[0]).toMatchObject({ line: 1, column: 3 }); // after "# "
  });
});

describe('CRLF and mixed line endings', () => {
  const lf = seedEn();
  const crlf = lf.replace(/\n/g, '\r\n');
  let k = 0;
  const mixed = lf.replace(/\n/g, () => ['\r\n', '\n', '\r'][k++ % 3]);

  it.each([['CRLF', crlf], ['mixed \\r\\n, \\n and \\r', mixed]])('%s: same blocks, exact slices, right lines', (_name, text) => {
    const doc = segmentMarkdown(text, 'en', 'en.md');
    const ref = segmentMarkdown(lf, 'en', 'en.md');
    expectExactBlocks(doc);
    expect(doc.blocks.map((b) => b.kind)).toEqual(ref.blocks.map((b) => b.kind));
    expect(doc.blocks.map((b) => b.line)).toEqual(ref.blocks.map((b) => b.line));
    expect(doc.blocks.map((b) => b.column)).toEqual(ref.blocks.map((b) => b.column));
    expect(doc.blocks.map((b) => b.sentences.length)).toEqual(ref.blocks.map((b) => b.sentences.length));
    for (const b of doc.blocks) expect(b.line).toBe(lineByHand(text, b.start));
  });

  it('a finding on a CRLF file points at the right line and column', () => {
    const ru = 'Первый абзац.\r\n\r\nВторой абзац,\r\nво второй строке.\r\n';
    const pair = makePair('First paragraph.\r\n\r\nSecond paragraph,\r\non a second line.\r\n', ru);
    const [f] = toFindings(pair, [{ rule: 'x', message: 'm', target: { block: 1, start: 15, end: 19 } }], 'info');
    expect(f.target).toMatchObject({ line: 4, column: 1, text: 'во в' });
    expect(ru.slice(f.target!.start, f.target!.end)).toBe('во в');
  });
});

describe('Markdown structure: the right blocks at the right places', () => {
  const md = [
    '---', 'title: "Front matter is not text"', 'lang: en', '---', '',
    '# A heading', '',
    'A paragraph with *emphasis* and a [link](https://example.com "t").', '',
    '| Name | Born |', '| ---- | ---- |', '| Ann Smith | 1970 |', '',
    '- first item', '- second item', '  - nested item', '',
    '1. numbered item', '',
    '> A quote.', '>', '> > A nested quote.', '>', '> - a list in a quote', '',
    '<div class="note">', 'An HTML block is not translated text.', '</div>', '',
    '```js', 'const code = "not text";', '```', '',
    '    indented code is not text either', '',
    'The last paragraph.', '',
  ].join('\n');
  const doc = segmentMarkdown(md, 'en', 'en.md');

  it('yields headings, paragraphs, table cells, list items and quotes in order', () => {
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'A heading'],
      ['paragraph', 'A paragraph with *emphasis* and a [link](https://example.com "t").'],
      ['tableCell', 'Name'], ['tableCell', 'Born'], ['tableCell', 'Ann Smith'], ['tableCell', '1970'],
      ['listItem', 'first item'], ['listItem', 'second item'], ['listItem', 'nested item'],
      ['listItem', 'numbered item'],
      ['blockquote', 'A quote.'], ['blockquote', 'A nested quote.'], ['blockquote', 'a list in a quote'],
      ['paragraph', 'The last paragraph.'],
    ]);
  });

  it('gives every block its exact slice and position', () => {
    expectExactBlocks(doc);
    const lines = md.split('\n');
    for (const b of doc.blocks) expect(lines[b.line - 1].slice(b.column - 1)).toContain(b.text.split('\n')[0]);
  });

  it('keeps front matter, HTML and code out of the blocks', () => {
    const all = doc.blocks.map((b) => b.text).join('\n');
    for (const s of ['Front matter', 'HTML block', 'const code', 'indented code']) expect(all).not.toContain(s);
  });
});
