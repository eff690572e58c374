import type { Block, BlockKind, Doc } from '../types.js';
import { computeLineStarts, lineColumn } from '../util/lines.js';
import { splitSentences } from './sentences.js';
import { blockParser, type MarkdownParser } from './markdown.js';

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Node types that hold no translated text. */
const SKIP = new Set(['code', 'html', 'yaml', 'toml', 'thematicBreak', 'definition', 'footnoteDefinition']);

function innerRange(node: MdNode): [number, number] | undefined {
  const kids = node.children ?? [];
  const first = kids[0]?.position?.start.offset;
  const last = kids[kids.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return undefined;
  return [first, last];
}

/** Documents longer than this are parsed in pieces of about this size (see chunkStarts). */
export const PARSE_CHUNK = 16 * 1024;

const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const FRONTMATTER_FENCE = /^(?:---|\+\+\+)[ \t]*$/;
/** CommonMark's blank line: nothing but spaces and tabs (a line of U+00A0 is not blank). */
const BLANK = /^[ \t]*$/;
/**
 * Constructs that can hold blank lines and whose end a line scanner cannot tell for sure (code
 * fences, also inside list items; HTML blocks; lone CR line endings): a document with any of
 * them is parsed whole.
 */
const UNSAFE = /^[ \t]*(?:`{3,}|~{3,}|<)|\r(?!\n)/m;

/**
 * Where to cut a long document so that each piece parses to exactly the blocks the whole
 * would. Only before a line at column 0 that follows a blank line, starts no list item and no
 * front-matter fence, after the front matter: such a line always starts a new top-level block
 * (a blank line ends paragraphs, block quotes and tables; a column-0 line ends lists and
 * indented code). Documents holding fences, HTML blocks or lone CRs are not cut at all. Link
 * and footnote definitions elsewhere do not change where a block starts and ends. Micromark's
 * memory grows with the text it is given at once (~30 bytes per character): pieces keep a
 * 10,000-paragraph document within a few tens of megabytes.
 */
export function chunkStarts(content: string, size = PARSE_CHUNK): number[] {
  const starts = [0];
  if (content.length <= size || UNSAFE.test(content)) return starts;
  const lines = content.split('\n');
  let first = 0;
  if (FRONTMATTER_FENCE.test(lines[0].replace(/\r$/, ''))) {
    // front matter: no cut before its closing fence (the same fence); none found, no cuts
    const fence = lines[0].trim();
    const close = lines.findIndex((l, k) => k > 0 && l.replace(/\r$/, '').trimEnd() === fence);
    if (close < 0) return starts;
    first = close + 1;
  }
  let pos = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].replace(/\r$/, '');
    if (k > first && k > 0 && pos - starts[starts.length - 1] >= size && BLANK.test(lines[k - 1].replace(/\r$/, ''))
      && /^\S/.test(line) && !LIST_ITEM.test(line) && !FRONTMATTER_FENCE.test(line)) {
      starts.push(pos);
    }
    pos += lines[k].length + 1;
  }
  return starts;
}

/**
 * Parse Markdown with unified + remark-parse (GFM tables, front matter: markdown.ts) and return the
 * alignable blocks in document order: headings, paragraphs, list-item paragraphs, block-quote
 * paragraphs and table cells. Code, HTML blocks and front matter are not translated text.
 * Long documents are parsed piece by piece (chunkStarts): the same blocks, less memory.
 */
export function segmentMarkdown(content: string, lang: string, path: string, chunkSize = PARSE_CHUNK, parser: MarkdownParser = blockParser): Doc {
  const lineStarts = computeLineStarts(content);
  const blocks: Block[] = [];
  let base = 0;

  const push = (kind: BlockKind, range: [number, number] | undefined): void => {
    if (!range) return;
    let [start, end] = range;
    start += base;
    end += base;
    while (start < end && /\s/.test(content[start])) start++;
    while (end > start && /\s/.test(content[end - 1])) end--;
    if (end <= start) return;
    const text = content.slice(start, end);
    const { line, column } = lineColumn(lineStarts, start);
    blocks.push({ index: blocks.length, kind, text, start, end, line, column, sentences: splitSentences(text, lang) });
  };

  const walk = (node: MdNode, context: BlockKind): void => {
    for (const child of node.children ?? []) {
      if (SKIP.has(child.type)) continue;
      switch (child.type) {
        case 'heading':
          push('heading', innerRange(child));
          break;
        case 'paragraph':
          push(context, innerRange(child));
          break;
        case 'blockquote':
          walk(child, 'blockquote');
          break;
        case 'list':
          walk(child, context);
          break;
        case 'listItem':
          walk(child, context === 'blockquote' ? 'blockquote' : 'listItem');
          break;
        case 'table':
          for (const row of child.children ?? []) for (const cell of row.children ?? []) push('tableCell', innerRange(cell));
          break;
        default:
          if (child.children) walk(child, context);
      }
    }
  };
  const starts = chunkStarts(content, chunkSize);
  starts.forEach((from, k) => {
    base = from;
    walk(parser.parse(content.slice(from, starts[k + 1] ?? content.length)) as MdNode, 'paragraph');
  });
  return { lang, path, content, blocks, lineStarts };
}
