import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapsedLength, wordKeys } from '../src/align/units.js';
import { capitalisedWords, extractAnchors, monthNumber } from '../src/align/anchors.js';
import { normalizeSameLength } from '../src/util/text.js';

/**
 * The hand-written scanners of units.ts and anchors.ts against the regular expressions they
 * replace, on text built from awkward pieces: letters whose lower case is two code units (İ)
 * or depends on context (Σ), the Kelvin sign, letters outside the BMP with and without a lower
 * case, a lone surrogate, combining marks, Unicode spaces, ё, month names and their fragments.
 */
const PIECES = [
  'a', 'B', 'Ж', 'ж', 'ё', 'Ё', 'е', '1', '5', ' ', '-', "'", '’', '.', 'é', '\u0301', 'İ', '\u212a', 'Σ', 'σ', 'ß', 'ǅ',
  '\u{10400}', '\u{1D400}', '\ud800', '\u00a0', '\u2003', '\u2028', '\t', '\n', 'May', 'may', 'MAY', 'Jan', 'sept', 'SEPT',
  'January', 'марта', 'мая', 'Мае', 'маё', 'Сентябрь', 'ноябре', 'word', 'Слово', 'https://x.org/a', 'a@b.cd',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

function referenceWordKeys(t: string): string[] {
  const out = new Set<string>();
  for (const w of t.match(/\p{L}{4,}/gu) ?? []) out.add(w.toLowerCase().slice(0, 5));
  return [...out];
}

function referenceCollapsedLength(t: string): number {
  let n = 0, inSpace = false;
  for (let k = 0; k < t.length; k++) {
    const space = /\s/.test(t[k]);
    if (!(space && inSpace)) n++;
    inSpace = space;
  }
  return n;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+|[\w.+-]+@[\w-]+\.[\w.-]+/gi;
const MONTHISH = /(?:^|[^\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йяюе]|июн|июл|авг|сен|окт|ноя|дек)/iu;

/** Links, numbers and months as extractAnchors found them with regular expressions. */
function referenceNumbersAndLinks(raw: string): { numbers: string[]; links: string[] } {
  const t = normalizeSameLength(raw);
  const links = (t.match(URL) ?? []).map((u) => u.toLowerCase().replace(/[.,;:]+$/, ''));
  const noLinks = links.length ? t.replace(URL, ' ') : t;
  const numbers = (noLinks.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]/g, '')).filter((n) => n.length > 0);
  if (MONTHISH.test(noLinks)) {
    for (const m of noLinks.matchAll(/[\p{L}][\p{L}’'-]*/gu)) {
      const month = monthNumber(m[0]);
      if (month !== undefined && (m[0] !== 'May' || /\d/.test(noLinks.slice(m.index, m.index + 12)))) numbers.push(`m${month}`);
    }
  }
  return { numbers, links };
}

describe('scanners agree with the regular expressions they replace', () => {
  it('wordKeys', () => {
    fc.assert(fc.property(text, (t) => { expect(wordKeys(t)).toEqual(referenceWordKeys(t)); }), { numRuns: 3000 });
  });

  it('collapsedLength', () => {
    fc.assert(fc.property(text, (t) => { expect(collapsedLength(t)).toBe(referenceCollapsedLength(t)); }), { numRuns: 3000 });
  });

  it('numbers, months and links of extractAnchors', () => {
    fc.assert(fc.property(text, (t) => {
      const a = extractAnchors(t);
      expect({ numbers: a.numbers, links: a.links }).toEqual(referenceNumbersAndLinks(t));
    }), { numRuns: 3000 });
  });

  it('capitalised words inside words with more capitals than the scan keeps', () => {
    const REFERENCE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]{2,}/gu;
    for (const t of ['1' + 'AB'.repeat(40) + "'Cd", 'x' + 'Ж'.repeat(70) + '-Éé ok', "a'" + 'Q'.repeat(33), '5' + 'Q'.repeat(32) + "'Xy"]) {
      expect(capitalisedWords(t)).toEqual([...t.matchAll(REFERENCE)].map((m) => ({ index: m.index, word: m[0] })));
    }
  });

  it('month words in every case and script', () => {
    for (const w of ['Мая', 'МАРТА', 'ноябрЁ', 'SEPTEMBER', 'Sept', 'İanuary', 'маем', 'Jun']) {
      expect(extractAnchors(`on 3 ${w} 2020`).numbers).toEqual(referenceNumbersAndLinks(`on 3 ${w} 2020`).numbers);
    }
  });
});
