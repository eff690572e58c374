import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lookupNumberWord, numberWord } from '../src/lang/number-words.js';
import { seedEn, seedRu } from './helpers.js';

describe('numberWord first-letter test (lang/number-words.ts)', () => {
  it('answers as the full lookup for every word of the seed and for random words', () => {
    const words = [...`${seedEn()} ${seedRu()}`.matchAll(/\p{L}+/gu)].map((m) => m[0]);
    const numbers = ['Five', 'ПЯТИ', 'пятилетний', 'Трехкратный', 'треугольный', 'Hundred', 'first', 'Первого', 'дюжину', 'half', 'İ', 'Σ'];
    for (const w of [...words, ...numbers]) for (const lang of ['en', 'ru'] as const) expect(numberWord(w, lang)).toEqual(lookupNumberWord(w, lang));
    expect(numberWord('ПЯТИ', 'ru')).toEqual({ value: 5 }); // the test is not vacuous: number words are found
    const unit = fc.constantFrom('п', 'Я', 'т', 'р', 'е', 'х', 'f', 'I', 'v', 'e', 'O', 'n', 'İ', '😀', 'ё', 'Ё', 'д', 'с');
    fc.assert(fc.property(fc.string({ unit, maxLength: 8 }), (w) => {
      for (const lang of ['en', 'ru'] as const) expect(numberWord(w, lang)).toEqual(lookupNumberWord(w, lang));
    }), { numRuns: 2000, seed: 11 });
  });
});
