import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { h, s } from 'hastscript';
import type { ElementContent, Nodes } from 'hast';
import { toHtml as reference } from 'hast-util-to-html';
import { renderIndex, renderPair } from '../../src/report/html.js';
import { toHtml } from '../../src/report/html/serialize.js';
import { buildResult } from '../../src/report/json.js';
import { runWithFindings, seedFixtureFindings, SEED_CORPUS } from './seed-run.js';

// Every tree the pages serialise is also given to hast-util-to-html: the two must agree.
const seen = vi.hoisted(() => ({ trees: 0, differ: [] as Array<[string, string]> }));
vi.mock('../../src/report/html/serialize.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/report/html/serialize.js')>();
  const { toHtml: ref } = await import('hast-util-to-html');
  return {
    ...real,
    toHtml: (tree: Nodes): string => {
      const ours = real.toHtml(tree);
      const theirs = ref(tree);
      seen.trees++;
      if (ours !== theirs) seen.differ.push([ours, theirs]);
      return ours;
    },
  };
});

/** Text that needs escaping in every place it can go. */
const NASTY = 'a < b && c > d "quoted" \'single\' `tick` \0 nul --> <!-- --!> 😀 \u00a0 \u2028';

describe('HTML serializer (report/html/serialize.ts)', () => {
  it('writes what hast-util-to-html writes for pair pages (plain and review mode) and the index', () => {
    const run = runWithFindings(SEED_CORPUS, 'zheksebaev-2022', (r) => [
      ...seedFixtureFindings(r),
      { rule: 'spelling', severity: 'warning', message: NASTY, source: { block: 0, start: 0, end: 3 } },
    ]);
    run.result.findings[0] = { ...run.result.findings[0], status: 'dismissed', reason: 'false-positive', comment: NASTY } as typeof run.result.findings[0];
    const before = seen.trees;
    renderPair(run.pair, run.result);
    renderPair(run.pair, run.result, { review: { token: 'tok"&<', unused: { [run.result.findings[1].id]: 'd1' } }, lowConfidence: 0.99 });
    renderIndex(buildResult([run.result, { ...run.result, id: `odd id ${NASTY}`, findings: [] }]));
    expect(seen.trees - before).toBe(3); // two pair pages and the index (its rows are text: test/report/counts.test.ts)
    expect(seen.differ).toEqual([]);
  });

  it('writes what hast-util-to-html writes for random trees of the elements and properties pages use', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Я', ' ', '<', '>', '&', '"', "'", '`', '\0', '-', '!', '😀', '\n', '=', '/'), maxLength: 12 });
    const props = fc.record({
      className: fc.array(fc.constantFrom('a', 'b c', 'sev-error', ''), { maxLength: 3 }),
      id: text, title: text, dataFindings: text, lang: fc.constantFrom('en', 'ru'), colSpan: fc.integer({ min: 1, max: 3 }),
      type: fc.constantFrom('button', 'checkbox', 'search'), value: text, href: text, ariaLabel: text, role: text,
      disabled: fc.boolean(), hidden: fc.constantFrom(true, false, '', 'until-found'), download: fc.constantFrom(true, '', 'x'),
      placeholder: text, httpEquiv: text, content: text, charset: fc.constant('utf-8'), accept: fc.array(text, { maxLength: 3 }),
    }, { requiredKeys: [] });
    const svgProps = fc.record({ textAnchor: fc.constantFrom('end', 'start'), viewBox: text, width: fc.integer({ max: 500 }), fill: text, x: fc.double({ noNaN: false }) }, { requiredKeys: [] });
    const tree = fc.letrec<{ node: ElementContent }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text.map((value): ElementContent => ({ type: 'text', value })),
        text.map((value): ElementContent => ({ type: 'comment', value })),
        fc.tuple(fc.constantFrom('div', 'span', 'td', 'mark', 'meta', 'input', 'br', 'col', 'script', 'style', 'option', 'a', 'title', 'template'), props, fc.array(tie('node'), { maxLength: 3 }))
          .map(([tag, p, kids]): ElementContent => h(tag, p, kids)),
        fc.tuple(fc.constantFrom('svg', 'rect', 'text', 'title', 'g', 'desc', 'image', 'foreignObject'), svgProps, fc.array(tie('node'), { maxLength: 3 }))
          .map(([tag, p, kids]): ElementContent => s(tag, p, kids)),
      ),
    })).node;
    // void HTML element names inside SVG get end tags; SVG's title holds HTML again
    const fixed: ElementContent = s('svg', { viewBox: '0 0 1 1' }, [s('image', { width: 1 }), h('br'), s('title', [h('br'), 'a & b'])]);
    expect(toHtml(fixed)).toBe(reference(fixed));
    // a template built by hand: its children are not its content
    const bare: ElementContent = { type: 'element', tagName: 'template', properties: {}, children: [{ type: 'text', value: 'x' }] };
    expect(toHtml(bare)).toBe(reference(bare));
    fc.assert(fc.property(tree, (node) => {
      const root: Nodes = { type: 'root', children: [{ type: 'doctype' }, node] };
      expect(toHtml(root)).toBe(reference(root));
    }), { numRuns: 400, seed: 20261125 });
    expect(seen.differ).toEqual([]);
  });

  it('would notice a difference', () => {
    // the comparison is not vacuous: a tree with an escaped character differs from its raw text
    const tree: Nodes = h('p', 'a & b');
    expect(toHtml(tree)).toBe('<p>a &#x26; b</p>');
    expect(reference(tree)).not.toBe('<p>a & b</p>');
  });
});
