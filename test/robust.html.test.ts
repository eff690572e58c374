import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderIndex, renderPair } from '../src/report/html.js';
import { buildResult } from '../src/report/json.js';
import { sortFindings, toFindings } from '../src/findings.js';
import type { PairResult } from '../src/types.js';
import { makePair, runAll } from './robust.helpers.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '<a href="javascript:alert(3)">click</a>',
  '[link](javascript:alert(4))',
  '"><svg onload=alert(5)>',
  "'><iframe srcdoc='<script>alert(6)</script>'>",
  '<style>body{background:url(javascript:alert(7))}</style>',
  '</td></tr></table><script>alert(8)</script>',
  '<!--',
  '&lt;script&gt;',
];

/** The tags of an HTML string, with their attributes. */
const tags = (html: string): string[] => html.match(/<[a-zA-Z!/][^>]*>/g) ?? [];

function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|svg|img|object|embed)\b/i);
  for (const t of tags(html)) {
    expect(t, `event handler in ${t}`).not.toMatch(/\son[a-z]+\s*=/i);
    expect(t, `javascript: URL in ${t}`).not.toMatch(/(href|src|action|formaction|srcdoc)\s*=\s*["']?\s*javascript:/i);
  }
  // exactly the report's own <style> element
  expect(html.match(/<style/gi)).toHaveLength(1);
}

function render(en: string, ru: string, title?: string): { pair: string; index: string } {
  const pair = makePair(en, ru, 'hostile');
  if (title) pair.meta.title = title;
  const { beads, findings } = runAll(pair);
  // a finding whose message quotes corpus text (as the number and name rules do)
  const quoting = toFindings(pair, [{ rule: 'test-quote', message: `"${pair.target.blocks[0].text}" differs`, target: { block: 0, start: 0, end: 8 } }], 'warning');
  const result: PairResult = {
    id: pair.id,
    source: { lang: 'en', path: 'en.md', blocks: pair.source.blocks.length },
    target: { lang: 'ru', path: 'ru.md', blocks: pair.target.blocks.length },
    alignment: beads,
    findings: sortFindings([...findings, ...quoting]),
  };
  return { pair: renderPair(pair, result), index: renderIndex(buildResult([result])) };
}

describe('the HTML report treats corpus text as data', () => {
  const en = PAYLOADS.map((p, i) => `Paragraph ${i} says ${p} and ends.`).join('\n\n');
  const ru = PAYLOADS.map((p, i) => `Абзац ${i} говорит ${p} и кончается.`).join('\n\n');
  const out = render(en, ru, '<script>alert("title")</script>');

  it('has no script, no event handler and no javascript: URL from the corpus', () => {
    expectInert(out.pair);
    expectInert(out.index);
  });

  it('shows the hostile text escaped, as text', () => {
    expect(out.pair).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(out.pair).toContain('&#x3C;img src=x onerror="alert(2)">');
    expect(out.pair).toContain('&#x3C;script>alert("title")&#x3C;/script>');
    expect(out.pair).toContain('content="default-src &#x27;none&#x27;;'); // and a CSP that forbids scripts anyway
  });

  it('stays inert for random mixes of hostile fragments and text', () => {
    const piece = fc.oneof(fc.constantFrom(...PAYLOADS, 'word', 'слово', ' ', '. ', '\n'), fc.string({ maxLength: 8 }));
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.array(piece, { minLength: 1, maxLength: 12 }), (a, b) => {
      const en = `Start ${a.join('')} end.`;
      const ru = `Начало ${b.join('')} конец.`;
      const { pair, index } = render(en, ru);
      expectInert(pair);
      expectInert(index);
    }), { numRuns: 150, seed: 3 });
  });
});
