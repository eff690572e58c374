import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { chunkStarts, segmentMarkdown } from '../src/segment/blocks.js';
import { SEED_DIR } from './helpers.js';

/** Blocks as parsed in pieces of (at least) `size` characters must equal the whole-document parse. */
function samePieces(md: string, lang: string, size: number): void {
  const whole = segmentMarkdown(md, lang, 'x.md', Infinity);
  const pieces = segmentMarkdown(md, lang, 'x.md', size);
  expect(pieces.blocks).toEqual(whole.blocks);
}

/** Constructs that may hold blank lines or read differently at the start of a piece. */
const TRICKY = `---
title: Front matter

with a blank line
---

# Heading one

A paragraph with a [reference][ref] and a footnote[^1].

\`\`\`
code with a blank line

Not a paragraph.
\`\`\`

<!-- an HTML comment

Not a paragraph either. -->

<pre>
preformatted

still pre
</pre>

- loose list item one

- loose list item two

  continuation paragraph of item two

1. ordered

2. ordered again

> quoted paragraph

> another quote

| a | b |
| - | - |
| cell one | cell two |

Setext heading
==============

---

A paragraph after a thematic break.

    indented code

    more indented code

Final paragraph.

[ref]: https://example.org
[^1]: The footnote text.
`;

/** Everything a press release may hold without fences or HTML: cut freely, same blocks. */
const PLAIN = `---
title: Front matter

with a blank line
---

# Heading one

A paragraph with a [reference][ref] and a footnote[^1].

- loose list item one

- loose list item two

  continuation paragraph of item two

1. ordered

2. ordered again

> quoted paragraph

> another quote
lazy continuation

| a | b |
| - | - |
| cell one | cell two |

Setext heading
==============

----

A paragraph after a thematic break.

    indented code

    more indented code

Para line one
\u00a0
Second line of the same paragraph (the line above is not blank).

\tTabbed line: indented code.

Final paragraph.

[ref]: https://example.org
[^1]: The footnote text.

    Its second paragraph.
`;

/** Inputs found in review that a line scanner gets wrong: such documents must not be cut wrongly. */
const REVIEWED = [
  'Para line one\n\u00a0\nSecond line\n',
  '```inline```\n\n```\nreal code\n\nInside code\n```\n',
  '```a`b\n\n```\nreal code\n\nInside code\n```\n',
  '- a\n\n  ```\n  code\n\nb\n\n```\nc\n\nInside\n```\n',
  '- a\n\n  <!--\n  x\n\nb\n\n-->\nc\n\nInside\n-->\n',
  '<pre>\n</PRE>\n\n<!--\n</pre>\n\nInside comment\n-->\n',
  '---\na: 1\n+++\n\nInside fm\n---\n\nAfter\n',
  'para\r```\n\nInside\n```\n',
  '+++\na = 1\n\nb = 2\n+++\n\nText\n\nMore\n',
];

describe('parsing a long document in pieces', () => {
  it('cuts only where the whole parse has a block boundary', () => {
    for (const size of [1, 10, 50, 200]) samePieces(PLAIN, 'en', size);
    for (const size of [1, 10, 50]) samePieces(PLAIN.replace(/\n/g, '\r\n'), 'en', size);
    // cuts happen (the test is not vacuous), never inside the front matter
    const starts = chunkStarts(PLAIN, 1);
    expect(starts.length).toBeGreaterThan(10);
    expect(starts.some((s) => s > 0 && s < PLAIN.indexOf('# Heading'))).toBe(false);
  });

  it('leaves documents with code fences, HTML blocks or lone CRs whole, and gets the reviewed cases right', () => {
    expect(chunkStarts(TRICKY, 1)).toEqual([0]);
    for (const md of REVIEWED) samePieces(md, 'en', 1);
    // and at the default piece size, with the tricky part after 16 KB of ordinary paragraphs
    const filler = 'An ordinary paragraph of a long document.\n\n'.repeat(400);
    for (const md of REVIEWED) samePieces(filler + md, 'en', 16 * 1024);
  });

  it('gives the seed and the fixtures the same blocks in pieces as whole', () => {
    const files = [join(SEED_DIR, 'en.md'), join(SEED_DIR, 'ru.md')];
    const fixtures = join(__dirname, 'fixtures', 'ci-corpus');
    for (const d of readdirSync(fixtures)) for (const f of ['en.md', 'ru.md']) files.push(join(fixtures, d, f));
    for (const f of files) samePieces(readFileSync(f, 'utf8'), f.endsWith('ru.md') ? 'ru' : 'en', 64);
  });

  it('holds for random documents made of Markdown lines', () => {
    const LINES = ['Text line.', '', ' ', '\t', '\u00a0', '# Heading', 'Setext', '===', '---', '----', '+++', '- item', '  continued', '1. one', '> quote',
      '    code', '| a | b |', '| - | - |', '[ref]: http://x.org', '[^1]: note', '```', '  ```', '~~~', '<!--', '-->', '<pre>', '</pre>', '<div>', '*emph* text',
      'Text\r', '[link][ref] text', '***', '* star item', '\\- escaped'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (lines, size) => {
      samePieces(lines.join('\n'), 'en', size);
    }), { numRuns: 400 });
    const parts = PLAIN.split(/\n(?=\S)(?<=\n\n)/);
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 400 }), (chosen, size) => {
      samePieces(chosen.join(''), 'en', size);
    }), { numRuns: 150 });
  });

  it('leaves a short document whole', () => {
    expect(chunkStarts('One.\n\nTwo.\n', 1000)).toEqual([0]);
  });
});
