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

/** The report's own executable script: the same for every page of a kind, whatever the corpus says. */
const OWN_SCRIPT = /<script>([\s\S]*?)<\/script>/;
const benign = (): { pair: string; index: string } => render('A plain paragraph.', 'Простой абзац.', 'Plain');

function expectInert(html: string, kind: 'pair' | 'index'): void {
  // exactly the report's own scripts: its page code (identical to a benign page's) and its data,
  // a JSON block the browser never runs, with every '<' escaped so it cannot close the element
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(scripts.every((t) => t === '<script>' || t === '<script type="application/json" id="bitext-data">')).toBe(true);
  expect(scripts.filter((t) => t === '<script>')).toHaveLength(html.includes('<script>') ? 1 : 0);
  expect(html.match(OWN_SCRIPT)?.[1]).toBe(benign()[kind].match(OWN_SCRIPT)?.[1]);
  const data = /<script type="application\/json" id="bitext-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  expect(data).not.toContain('<');
  expect(html.replace(/<script\b[\s\S]*?<\/script>/gi, '')).not.toMatch(/<script/i);
  // the index's own chart and legend swatches are the only SVG; nothing else embeds content
  const ownSvg = /<svg (?:class="chart" width="\d+" height="\d+" viewBox="[\d ]+" role="img" aria-label="open findings by rule"|width="10" height="10" aria-hidden="true")>/g;
  expect(html.replace(ownSvg, '')).not.toMatch(/<(iframe|svg|img|object|embed)\b/i);
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
    expectInert(out.pair, 'pair');
    expectInert(out.index, 'index');
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
      expectInert(pair, 'pair');
      expectInert(index, 'index');
    }), { numRuns: 150, seed: 3 });
  });
});
