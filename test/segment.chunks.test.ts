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

describe('parsing a long document in pieces', () => {
  it('cuts only where the whole parse has a block boundary: the tricky constructs give the same blocks', () => {
    for (const size of [1, 10, 50, 200]) samePieces(TRICKY, 'en', size);
    for (const size of [1, 10, 50]) samePieces(TRICKY.replace(/\n/g, '\r\n'), 'en', size);
    // cuts happen (the test is not vacuous), never inside the fenced code or the front matter
    const starts = chunkStarts(TRICKY, 1);
    expect(starts.length).toBeGreaterThan(5);
    const fence = TRICKY.indexOf('```'), fenceEnd = TRICKY.indexOf('```', fence + 3);
    expect(starts.some((s) => s > fence && s <= fenceEnd)).toBe(false);
    expect(starts.some((s) => s > 0 && s < TRICKY.indexOf('# Heading'))).toBe(false);
  });

  it('gives the seed and the fixtures the same blocks in pieces as whole', () => {
    const files = [join(SEED_DIR, 'en.md'), join(SEED_DIR, 'ru.md')];
    const fixtures = join(__dirname, 'fixtures', 'ci-corpus');
    for (const d of readdirSync(fixtures)) for (const f of ['en.md', 'ru.md']) files.push(join(fixtures, d, f));
    for (const f of files) samePieces(readFileSync(f, 'utf8'), f.endsWith('ru.md') ? 'ru' : 'en', 64);
  });

  it('holds for random documents made of those constructs', () => {
    const parts = TRICKY.split(/\n(?=\S)(?<=\n\n)/);
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 400 }), (chosen, size) => {
      samePieces(chosen.join(''), 'en', size);
    }), { numRuns: 150 });
  });

  it('leaves a short document whole', () => {
    expect(chunkStarts('One.\n\nTwo.\n', 1000)).toEqual([0]);
  });
});
