import { describe, expect, it } from 'vitest';
import { renderIndex, renderPair } from '../../src/report/html.js';
import { scriptJson } from '../../src/report/html/page.js';
import { buildResult } from '../../src/report/json.js';
import { runWithFindings, seedFixtureFindings, SEED_CORPUS } from './seed-run.js';

const dataOf = (html: string) => JSON.parse(/<script type="application\/json" id="bitext-data">([^<]*)<\/script>/.exec(html)![1]);

describe('HTML report pages', () => {
  const run = runWithFindings(SEED_CORPUS, 'zheksebaev-2022', seedFixtureFindings);
  const html = renderPair(run.pair, run.result);

  it('escapes JSON so corpus text cannot close the data element', () => {
    const text = scriptJson({ t: '</script><script>alert(1)</script><!-- & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ t: '</script><script>alert(1)</script><!-- & \u2028' });
  });

  it('highlights each finding on both sides, with the severity as class', () => {
    const number = run.result.findings.find((f) => f.rule === 'number-mismatch')!;
    const marks = [...html.matchAll(new RegExp(`<mark class="(\\w+)" data-findings="${number.id}">([^<]*)</mark>`, 'g'))].map((m) => [m[1], m[2]]);
    // block view and sentence view, each side
    expect(marks).toEqual([['error', '15 days'], ['error', '15 дней'], ['error', '15 days'], ['error', '15 дней']]);
    expect(html).toContain(`id="finding-${number.id}"`);
    // whole-paragraph findings flag the block instead of marking all of its text
    const missing = run.result.findings.find((f) => f.rule === 'paragraph-missing')!;
    expect(html).toContain(`class="block flagged sev-error" id="source-1" data-findings="${missing.id}"`);
    expect(dataOf(html).findings.map((f: { bead: number }) => f.bead)).toEqual([1, 2, 4, 5, 9]);
  });

  it('is one offline file: a CSP with hashes, no external URL, no token outside review mode', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;sha256-[^"]+; script-src &#x27;sha256-/);
    expect(html).not.toMatch(/connect-src/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    expect(dataOf(html).review).toBeNull();
    expect(html).not.toContain('data-action="');
    const reviewHtml = renderPair(run.pair, run.result, { review: { token: 'tok' } });
    expect(dataOf(reviewHtml).review).toEqual({ token: 'tok' });
    expect(reviewHtml).toContain('data-action="confirm"');
  });

  it('is byte-identical for the same input', () => {
    expect(renderPair(run.pair, run.result)).toBe(html);
    const result = buildResult([run.result]);
    expect(renderIndex(result)).toBe(renderIndex(result));
  });

  it('index: counts per severity and rule, and a bar per rule in the chart', () => {
    const index = renderIndex(buildResult([run.result]));
    expect(index).toContain('href="zheksebaev-2022.html"');
    for (const rule of ['paragraph-missing', 'number-mismatch', 'name-missing', 'date-mismatch']) expect(index).toMatch(new RegExp(`<text [^>]*text-anchor="end">${rule}</text>`));
    expect([...index.matchAll(/<rect x="190.0" [^>]*fill="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(['#1565c0', '#c62828', '#c62828', '#e09000']);
    expect(index).toMatch(/<td class="n" data-value="2">2<\/td>/); // errors
  });
});
