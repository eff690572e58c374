import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLetters, CYRILLIC, LATIN } from '../src/util/charclass.js';

/** The per-character regex counting that countLetters replaces. */
function byRegex(s: string): { letters: number; cyrillic: number; latin: number; alnum: number } {
  let letters = 0, cyrillic = 0, latin = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (CYRILLIC.test(ch)) cyrillic++;
      else if (LATIN.test(ch)) latin++;
    }
  }
  return { letters, cyrillic, latin, alnum: s.match(/[\p{L}\p{N}]/gu)?.length ?? 0 };
}

describe('countLetters (util/charclass.ts)', () => {
  it('counts as the regexes do, on mixed scripts, digits, marks, astral and lone surrogates', () => {
    const unit = fc.constantFrom('a', 'Z', 'é', 'ß', 'ё', 'Я', 'Қ', 'ө', '\u0483', '҂', '5', '٣', '½', 'Ⅻ', ' ', '\u00a0', '-', '’', '😀', '𝐀', '𝟙', '\ud800', '\udc00', '中', 'ǅ', 'ʰ');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
      expect(countLetters(s)).toEqual(byRegex(s));
    }), { numRuns: 500, seed: 7 });
    expect(countLetters('Жексебаев v. Kazakhstan, 2022 😀')).toEqual({ letters: 20, cyrillic: 9, latin: 11, alnum: 24 });
  });
});
