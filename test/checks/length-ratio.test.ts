import { describe, expect, it } from 'vitest';
import { byRule, check, edit, seedParas } from './misc-helpers.js';

describe('length-ratio', () => {
  // Eight linked pairs: EN 3–10 ↔ RU 1–8.
  const en = seedParas('en', [3, 4, 5, 6, 7, 8, 9, 10]);
  const ru = seedParas('ru', [1, 2, 3, 4, 5, 6, 7, 8]);
  const cut = seedParas('ru', [1, 2, 3, 4, 5, 6, 7, 8], {
    // Drop the middle sentence of RU 7 (a third of the paragraph).
    7: (p) => edit(p, ' В данном случае уголовное преследование г-на Жексебаева за действия, которые не являлись преступными на момент их совершения, противоречит основополагающему принципу международного права.', ''),
  });

  it('stays quiet on the seed pairs', () => {
    expect(byRule(check(en, ru), 'length-ratio')).toEqual([]);
  });

  it('reports a pair whose translation lost a third of its text', () => {
    const f = byRule(check(en, cut), 'length-ratio');
    expect(f).toHaveLength(1);
    expect([f[0].source!.paragraph, f[0].target!.paragraph]).toEqual([6, 6]);
    expect(f[0].message).toMatch(/shorter than this document's usual ratio/);
  });

  it('honours the threshold option', () => {
    const f = check(en, cut, { rules: { 'length-ratio': { options: { threshold: 50 } } } });
    expect(byRule(f, 'length-ratio')).toEqual([]);
  });
});
