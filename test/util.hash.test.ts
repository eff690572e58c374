import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { hashText } from '../src/util/hash.js';

describe('hashText (util/hash.ts)', () => {
  it('gives the digest of createHash on UTF-8, lone surrogates included (finding ids and alignment hashes must not change)', () => {
    const byHashObject = (s: string, n = 16) => createHash('sha256').update(s, 'utf8').digest('hex').slice(0, n);
    const unit = fc.constantFrom('a', 'Я', 'ё', '\u00a0', '\u0000', '😀', '\ud800', '\udc00', '\ufeff', ' ', '\n');
    fc.assert(fc.property(fc.string({ unit, maxLength: 60 }), (s) => {
      expect(hashText(s)).toBe(byHashObject(s));
      expect(hashText(s, 64)).toBe(byHashObject(s, 64));
    }), { numRuns: 500, seed: 13 });
    expect(hashText('abc')).toBe('ba7816bf8f01cfea');
  });
});
