import { describe, expect, it } from 'vitest';
import { byRule, check, edit, seedParas } from './misc-helpers.js';

const found = (en: string, ru: string) => byRule(check(en, ru), 'quote-mismatch');

describe('quote-mismatch', () => {
  // EN 4 ↔ RU 2 (‘D’ vs bare D), EN 7 ↔ RU 5 (quoted speech), EN 10 ↔ RU 8 (two English quotes
  // joined into one Russian quotation around "– говорит …").
  const en = seedParas('en', [4, 7, 10]);
  const ru = seedParas('ru', [2, 5, 8]);

  it('stays quiet on the seed, and when ‘D’ is rendered «D»', () => {
    expect(found(en, ru)).toEqual([]);
    expect(found(en, seedParas('ru', [2, 5, 8], { 2: (p) => edit(p, 'оценку D,', 'оценку «D»,') }))).toEqual([]);
  });

  it('reports quoted speech turned into paraphrase (quotes dropped in Russian)', () => {
    const r = seedParas('ru', [2, 5, 8], { 5: (p) => edit(edit(p, '«[Я] призываю', '[Я] призываю'), 'партиясы”».', 'партиясы”.') });
    const f = found(en, r);
    expect(f).toHaveLength(1);
    expect(f[0].source!.paragraph).toBe(1);
    expect(f[0].source!.text).toMatch(/^“I urge you to unite/);
    expect(f[0].target!.paragraph).toBe(1);
  });

  it('reports a quotation added in the translation', () => {
    const r = seedParas('ru', [2, 5, 8], { 2: (p) => edit(p, 'гарантировать соблюдение прав на справедливое судебное разбирательство', '«гарантировать соблюдение прав на справедливое судебное разбирательство»') });
    const f = found(en, r);
    expect(f).toHaveLength(1);
    expect(f[0].target!.text).toMatch(/^«гарантировать/);
  });
});
