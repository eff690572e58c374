import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockKey, joinedKey, normalizeKey } from '../src/util/text.js';

describe('joinedKey (util/text.ts)', () => {
  it('is normalizeKey of the texts joined by spaces', () => {
    // spaces of every kind, letters whose lower case depends on their neighbours (final sigma)
    // or is longer (İ), letters the normalisation replaces (ё, dashes, quotes)
    const unit = fc.constantFrom('a', 'Б', 'ё', 'Ё', 'Σ', 'ΑΣ', 'İ', 'ß', ' ', '  ', '\u00a0', '\t', '\n', '\u2014', '\u2011', '«', '“', '’', '.', '5', "'");
    const text = fc.array(unit, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
      const blocks = texts.map((t) => ({ text: t }));
      expect(joinedKey(blocks)).toBe(normalizeKey(texts.join(' ')));
    }), { numRuns: 2000 });
  });

  it('keeps one key per block object', () => {
    const block = { text: '  Суд  ПРИГОВОРИЛ\u00a0— ' };
    expect(blockKey(block)).toBe('суд приговорил -');
    expect(blockKey(block)).toBe(blockKey(block));
  });
});
