import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLetters, CYRILLIC, LATIN, eachWord, letterRuns } from '../src/util/charclass.js';

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

  it('finds the letter runs /\\p{L}+/gu and /\\p{L}+(?:-\\p{L}+)?/gu find', () => {
    const unit = fc.constantFrom('a', 'Я', 'ё', '-', '-', ' ', '5', '\u0301', '😀', '𝐀', '\ud800', '\udc00', '’', '.', 'ǅ');
    const runs = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
      expect(letterRuns(s)).toEqual(runs(s, /\p{L}+/gu));
      expect(letterRuns(s, true)).toEqual(runs(s, /\p{L}+(?:-\p{L}+)?/gu));
    }), { numRuns: 1000, seed: 3 });
    expect(letterRuns('forty-nine-ten 𝐀b', true)).toEqual([[0, 10], [11, 14], [15, 18]]);
  });
});

describe('eachWord (util/charclass.ts)', () => {
  const found = (s: string, style: { marks: boolean; brackets: boolean }) => {
    const out: number[][] = [];
    eachWord(s, style, (a, b) => { out.push([a, b]); });
    return out;
  };
  const runs = (s: string, re: RegExp) => [...s.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
  // the regexes word-tokens.ts and termbase/stem.ts ran before
  const SPELLING = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'’][\p{L}\p{M}\p{N}]+|\[[\p{L}\p{M}]+\][\p{L}\p{M}\p{N}]*)*/gu;
  const TERMS = /[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*/gu;

  it('finds the words the regexes find, on random text of letters, marks, digits, joiners, brackets and surrogates', () => {
    const unit = fc.constantFrom('a', 'Я', 'ё', '5', '٣', '½', '\u0301', '\u0483', '-', '\u2010', '\u2011', '\u2012', "'", '’', '[', ']', ' ', '.', ',',
      '😀', '𝐀', '𝟙', '\ud800', '\udc00', 'ǅ', 'ʰ', '中');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
      expect(found(s, { marks: true, brackets: true })).toEqual(runs(s, SPELLING));
      expect(found(s, { marks: false, brackets: false })).toEqual(runs(s, TERMS));
    }), { numRuns: 3000, seed: 11 });
  });

  it('joins hyphenated and bracketed words, and stops at a dangling joiner or bracket', () => {
    const s = "establish[ing] co-authored Tokayev’s условно‑досрочного rock-- [sic] word[ a'";
    const texts = (style: { marks: boolean; brackets: boolean }) => found(s, style).map(([a, b]) => s.slice(a, b));
    expect(texts({ marks: true, brackets: true })).toEqual(['establish[ing]', 'co-authored', 'Tokayev’s', 'условно‑досрочного', 'rock', 'sic', 'word', 'a']);
    expect(texts({ marks: false, brackets: false })).toEqual(['establish', 'ing', 'co-authored', 'Tokayev’s', 'условно‑досрочного', 'rock', 'sic', 'word', 'a']);
    expect(texts({ marks: true, brackets: true })).toEqual(runs(s, SPELLING).map(([a, b]) => s.slice(a, b)));
  });
});

describe('normalizeKey (util/text.ts)', () => {
  it('collapses whitespace exactly as replace(/\\s+/g, " ") after the same-length normalisation', async () => {
    const { normalizeKey, normalizeSameLength } = await import('../src/util/text.js');
    const byAllSpaces = (s: string) => normalizeSameLength(s).toLowerCase().replace(/\s+/g, ' ').trim();
    const unit = fc.constantFrom('a', 'Я', 'ё', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\u2028', '\ufeff', '«', '—', 'x y');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      expect(normalizeKey(s)).toBe(byAllSpaces(s));
    }), { numRuns: 2000 });
  });
});
