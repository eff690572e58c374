import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * The GFM constructs that decide where blocks start and end or what a block holds: tables
 * (their cells are blocks), footnote definitions (not translated text) and task-list items
 * (the check box is not part of the item's text). remark-gfm adds two more, autolink literals
 * and strikethrough; both are inline, and inline markup never moves a block's bounds
 * (CommonMark finds the blocks first, then parses their text), while bitext keeps a block's
 * text as written. They cost half the parse: the autolink-literal tokenizer tries every word as
 * the start of an e-mail address. And remark-gfm's autolink rewrite of the tree leaves the nodes
 * it makes without positions: a paragraph starting or ending with an address behind an escape
 * or a reference ("Сайт&nbsp;www.example.kz", "john\.doe@x.org") lost its bounds and was
 * dropped from the blocks. test/segment.parser.test.ts checks that the blocks are those of the
 * full remark-gfm parse without that rewrite, and that those paragraphs are now kept.
 */
function remarkGfmBlocks(this: Processor, options: { tables: boolean }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(...(options.tables ? [gfmTable()] : []), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(...(options.tables ? [gfmTableFromMarkdown()] : []), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const parser = (tables: boolean) => unified().use(remarkParse).use(remarkGfmBlocks, { tables }).use(remarkFrontmatter, ['yaml', 'toml']);
const withTables = parser(true);
const withoutTables = parser(false);

/**
 * A table's delimiter row holds a pipe, or (a table of one column) a colon against a hyphen
 * (":--", "--:"); the table tokenizer is tried at the start of every paragraph and reads its
 * whole first line, so text with neither is parsed without it (the same tree).
 */
const MAY_HOLD_TABLE = /\||:-|-:/;

/** unified + remark-parse, GFM's block constructs, YAML and TOML front matter. */
export const blockParser: MarkdownParser = {
  parse: (text) => (MAY_HOLD_TABLE.test(text) ? withTables : withoutTables).parse(text),
};

/** Anything with unified's `parse` (the tests pass the full remark-gfm parser). */
export interface MarkdownParser {
  parse(text: string): unknown;
}
