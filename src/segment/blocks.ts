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

/**
 * Parse Markdown with unified + remark-parse (GFM tables, front matter) and return the
 * alignable blocks in document order: headings, paragraphs, list-item paragraphs, block-quote
 * paragraphs and table cells. Code, HTML blocks and front matter are not translated text.
 */
export function segmentMarkdown(content: string, lang: string, path: string): Doc {
  const tree = parser.parse(content) as MdNode;
  const lineStarts = computeLineStarts(content);
  const blocks: Block[] = [];

  const push = (kind: BlockKind, range: [number, number] | undefined): void => {
    if (!range) return;
    let [start, end] = range;
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
  walk(tree, 'paragraph');
  return { lang, path, content, blocks, lineStarts };
}
