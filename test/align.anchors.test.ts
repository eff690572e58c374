import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capitalisedWords, extractAnchors, midSentenceNames, monthNumber } from '../src/align/anchors.js';

/** The capitalised-word pattern the scanner replaces (with a lookbehind), for comparison. */
const REFERENCE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]{2,}/gu;

describe('anchors', () => {
  it('finds names, numbers, months and links', () => {
    const a = extractAnchors('On 5 May 2022 Zheksebaev wrote to https://example.org/x, see Article 174.');
    expect(a.numbers).toEqual(['5', '2022', '174', 'm5']);
    expect(a.links).toEqual(['https://example.org/x']);
    expect(a.names.length).toBeGreaterThan(0);
    expect(monthNumber('мая')).toBe(5);
    expect(monthNumber('Maybe')).toBeUndefined();
  });

  it('terminates on a capital outside the BMP glued to a letter, and skips it as the lookbehind did', () => {
    // 𝐀 (U+1D400) after "a": the scan must step over the whole surrogate pair
    const a = extractAnchors('a\u{1D400}bcd Xyzzy and Zheksebaev');
    expect(a.names).toContain(extractAnchors('Zheksebaev').names[0]);
    expect(midSentenceNames(['x\u{1D402}de Tokayev'])).toEqual(midSentenceNames(['x Tokayev']));
  });

  it('finds exactly what the lookbehind pattern finds, on arbitrary text', () => {
    const chars = ['a', 'B', 'Ж', 'ж', '1', ' ', '-', "'", '’', '\u{1D400}', '\u{1D41A}', '.', 'Q', 'é', 'É', '\u0301'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (cs) => {
      const text = cs.join('');
      expect(capitalisedWords(text)).toEqual([...text.matchAll(REFERENCE)].map((m) => ({ index: m.index, word: m[0] })));
    }), { numRuns: 2000 });
  });
});
