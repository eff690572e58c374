import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Block, BlockKind, Doc } from '../types.js';
import { computeLineStarts, lineColumn } from '../util/lines.js';
import { splitSentences } from './sentences.js';

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

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
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FRONTMATTER_FENCE = /^(?:---|\+\+\+)\s*$/;
/** HTML blocks that may hold blank lines, and what ends them (CommonMark types 1–5). */
const HTML_OPEN: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i, (m) => `</${m[1].toLowerCase()}>`],
  [/^ {0,3}<!--/, () => '-->'],
  [/^ {0,3}<\?/, () => '?>'],
  [/^ {0,3}<!\[CDATA\[/, () => ']]>'],
  [/^ {0,3}<![A-Za-z]/, () => '>'],
];

/**
 * Where to cut a long document so that each piece parses to exactly the blocks the whole
 * would: only before a line at column 0 that follows a blank line and cannot continue what
 * came before (not a list item, not inside a code fence, an HTML block or the front matter,
 * not a line that would read as front matter at the start of a piece). Link and footnote
 * definitions elsewhere do not change where a block starts and ends. Micromark's memory grows
 * with the text it is given at once (~30 bytes per character): pieces keep a 10,000-paragraph
 * document within a few tens of megabytes.
 */
export function chunkStarts(content: string, size = PARSE_CHUNK): number[] {
  const starts = [0];
  if (content.length <= size) return starts;
  let fence: string | undefined;
  let htmlEnd: string | undefined;
  let frontmatter = FRONTMATTER_FENCE.test(content.slice(0, content.indexOf('\n') + 1 || undefined));
  let prevBlank = false;
  let pos = 0, lineNo = 0;
  while (pos < content.length) {
    const nl = content.indexOf('\n', pos);
    const end = nl < 0 ? content.length : nl + 1;
    const line = content.slice(pos, end).replace(/\r?\n$/, '');
    const blank = /^\s*$/.test(line);
    if (frontmatter) {
      if (lineNo > 0 && FRONTMATTER_FENCE.test(line)) frontmatter = false;
    } else if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && /^\s*$/.test(line.slice(m[0].length))) fence = undefined;
    } else if (htmlEnd) {
      if (line.includes(htmlEnd)) htmlEnd = undefined;
    } else {
      if (prevBlank && !blank && pos - starts[starts.length - 1] >= size && /^\S/.test(line) && !LIST_ITEM.test(line) && !FRONTMATTER_FENCE.test(line)) {
        starts.push(pos);
      }
      const f = FENCE.exec(line);
      if (f) fence = f[1];
      for (const [re, close] of HTML_OPEN) {
        const m = re.exec(line);
        if (m) {
          const want = close(m);
          // the end marker on the opening line closes it at once
          if (!line.slice(m[0].length).toLowerCase().includes(want)) htmlEnd = want;
          break;
        }
      }
    }
    prevBlank = blank;
    pos = end;
    lineNo++;
  }
  return starts;
}

/**
 * Parse Markdown with unified + remark-parse (GFM tables, front matter) and return the
 * alignable blocks in document order: headings, paragraphs, list-item paragraphs, block-quote
 * paragraphs and table cells. Code, HTML blocks and front matter are not translated text.
 * Long documents are parsed piece by piece (chunkStarts): the same blocks, less memory.
 */
export function segmentMarkdown(content: string, lang: string, path: string, chunkSize = PARSE_CHUNK): Doc {
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
