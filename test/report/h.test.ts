import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { h as reference } from 'hastscript';
import type { ElementContent } from 'hast';
import { renderPair } from '../../src/report/html.js';
import { h } from '../../src/report/html/h.js';
import { runWithFindings, seedFixtureFindings, SEED_CORPUS } from './seed-run.js';

// Every element the pages build is also built by hastscript's h from the same arguments: the
// trees must be equal.
const seen = vi.hoisted(() => ({ calls: 0, differ: [] as Array<[unknown, unknown]> }));
vi.mock('../../src/report/html/h.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/report/html/h.js')>();
  const hastscript = await import('hastscript');
  return {
    h: (...args: Parameters<typeof real.h>) => {
      const ours = real.h(...args);
      const theirs = (hastscript.h as unknown as (...a: unknown[]) => unknown)(...args);
      seen.calls++;
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) seen.differ.push([ours, theirs]);
      return ours;
    },
  };
});

describe('h (report/html/h.ts)', () => {
  it('builds the trees hastscript builds, for every element of a pair page (plain and review mode)', () => {
    const run = runWithFindings(SEED_CORPUS, 'zheksebaev-2022', (r) => seedFixtureFindings(r));
    run.result.findings[0] = { ...run.result.findings[0], status: 'dismissed', reason: 'false-positive' } as typeof run.result.findings[0];
    renderPair(run.pair, run.result);
    renderPair(run.pair, run.result, { review: { token: 't', unused: { [run.result.findings[1].id]: 'd1' } } });
    expect(seen.calls).toBeGreaterThan(1000);
    expect(seen.differ).toEqual([]);
  });

  it('builds the trees hastscript builds from random properties and children', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Я', ' ', '<', '&', '"', 'hidden', '2', ''), maxLength: 8 });
    const props = fc.record({
      className: fc.oneof(fc.array(fc.constantFrom('a', 'b c', 'sev-error', ''), { maxLength: 3 }), text),
      id: text, title: text, dataFindings: text, colSpan: fc.oneof(fc.integer({ min: 1, max: 3 }), text), type: fc.constantFrom('button', 'checkbox'),
      value: text, ariaLabel: text, disabled: fc.oneof(fc.boolean(), text), hidden: fc.constantFrom(true, false, '', 'hidden', 'until-found'),
      accept: fc.oneof(fc.array(text, { maxLength: 3 }), text), charset: fc.constant('utf-8'), httpEquiv: text, rel: text, none: fc.constantFrom(null, undefined, Number.NaN),
    }, { requiredKeys: [] });
    const child: fc.Arbitrary<ElementContent | string | number | null | undefined> = fc.oneof(text, fc.integer(), fc.constantFrom(null, undefined),
      text.map((value): ElementContent => ({ type: 'text', value })), fc.constant(reference('br')));
    const tag = fc.constantFrom('div', 'span', 'td', 'button', 'input', 'meta', 'option');
    fc.assert(fc.property(tag, fc.oneof(props, child, fc.array(child, { maxLength: 3 })), fc.array(fc.oneof(child, fc.array(child, { maxLength: 2 })), { maxLength: 3 }), (t, p, kids) => {
      const call = [t, p, ...kids] as Parameters<typeof h>;
      expect(h(...call)).toEqual((reference as unknown as (...a: unknown[]) => unknown)(...call));
    }), { numRuns: 1000, seed: 20261125 });
  });

  it('refuses selectors it does not read', () => {
    expect(() => h('div.x')).toThrow(/plain lower-case tag/);
  });
});
