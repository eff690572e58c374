/** Leading lookbehinds checked in code, for patterns V8 would otherwise try at every position. */
import { unitsAt } from './charclass.js';

/**
 * A global pattern whose leading lookbehind `(?<![…])` is checked in code: `notAfter` is the
 * class the code point before a match must not be in. V8 tries a pattern that starts with a
 * lookbehind at every position of the text; the month and relative-date patterns of lang/dates.ts
 * (a letter first, case-insensitive) took two thirds of the date reader's time that way.
 */
export interface Bounded { re: RegExp; notAfter?: RegExp }

/** `(?<![class])body` as a Bounded pattern; `flags` include g. */
export function bounded(cls: string, body: string, flags: string): Bounded {
  return { re: new RegExp(body, flags), notAfter: new RegExp(`[${cls}]`, flags.replace('g', '')) };
}

/** The code point before `i` ('' at the start): a surrogate pair is one. */
function codePointBefore(text: string, i: number): string {
  if (i === 0) return '';
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.charAt(i - 1);
}

/**
 * The matches `matchAll` finds for the pattern with its lookbehind: a match whose code point
 * before is in `notAfter` is dropped and the search goes on at the next code point (where the
 * pattern with the lookbehind would have gone on), so a later match overlapping a dropped one
 * is found as before. The body must not match empty (V8 then also tries positions inside a
 * surrogate pair, which this does not copy).
 */
export function matchesOf(text: string, p: Bounded): RegExpExecArray[] {
  if (!p.notAfter) return [...text.matchAll(p.re)] as RegExpExecArray[];
  const out: RegExpExecArray[] = [];
  const re = p.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (p.notAfter.test(codePointBefore(text, m.index))) re.lastIndex = m.index + unitsAt(text, m.index);
    else out.push(m);
  }
  re.lastIndex = 0;
  return out;
}
