import { describe, expect, it } from 'vitest';
import { byRule, check, edit, seedParas } from './misc-helpers.js';

const found = (en: string, ru: string) => byRule(check(en, ru), 'punctuation')
  .map((f) => [f.source ? 'en' : 'ru', (f.source ?? f.target)!.text, f.message]);

describe('punctuation', () => {
  // EN 7 ↔ RU 5 (nested «… “…”», [Я], ‘Koshe Party.’”) and EN 13 ↔ RU 11 (establish[ing], …).
  const en = seedParas('en', [7, 13]);
  const ru = seedParas('ru', [5, 11]);

  it('stays quiet on the seed paragraphs with nested quotes, editorial brackets and apostrophes', () => {
    expect(found(en, ru)).toEqual([]);
    expect(found('The authorities’ abuse: a) arrest; b) trial; 2) appeal (“final”).\n', 'Злоупотребления: а) арест; б) суд; 2) жалоба («окончательная»).\n')).toEqual([]);
  });

  it('reports an editorial bracket left open and a guillemet never closed', () => {
    const e = seedParas('en', [7, 13], { 13: (p) => edit(p, 'establish[ing]', 'establish[ing') });
    const r = seedParas('ru', [5, 11], { 5: (p) => edit(p, '“Көше партиясы”».', '“Көше партиясы”.') });
    expect(found(e, r).sort()).toEqual([
      ['en', '[', 'opening bracket [ is never closed'],
      ['ru', '«', 'opening guillemet « is never closed'],
    ]);
  });

  it('reports a closing parenthesis with nothing to open and a stray closing quote', () => {
    const e = edit(seedParas('en', [7, 13]), 'private messages in which', 'private messages) in which');
    const r = edit(seedParas('ru', [5, 11]), 'призываю вас', 'призываю» вас');
    // «[Я] призываю» closes early, so the guillemet at the end of the quotation is the stray one.
    expect(found(e, r).sort()).toEqual([
      ['en', ')', 'closing parenthesis ) has no opening counterpart'],
      ['ru', '»', 'closing guillemet » has no opening counterpart'],
    ]);
  });
});
