/**
 * Character classes for the hand-written scanners of units.ts and anchors.ts, which replace
 * regular expressions run over every block (and the per-word toLowerCase calls that followed
 * them). Each class is what the regex says, by construction: a code unit's classes are found
 * by testing it against those very regexes the first time it is seen (a lazily filled table),
 * and a code point outside the BMP is tested directly.
 */

import { unitsAt } from '../util/charclass.js';

const KNOWN = 1;
/** Class bits: \p{L}, \p{Lu}. */
export const LETTER = 2, UPPER = 4;
/** Set when the code unit lower-cases to one code unit with no context rule (see simpleLower). */
const SIMPLE_LOWER = 8;

const classes = new Uint8Array(0x10000);
const lowerUnit = new Uint16Array(0x10000);

const L = /\p{L}/u, LU = /\p{Lu}/u;

function classOfUnit(c: number): number {
  let v = classes[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    // a lone surrogate is none of these (the /u regexes read it as one unpaired code point)
    v = KNOWN | (L.test(ch) ? LETTER : 0) | (LU.test(ch) ? UPPER : 0);
    const lower = ch.toLowerCase();
    // Σ lower-cases to σ or ς depending on the letters around it (Final_Sigma), and a
    // surrogate is half of a code point: never simple
    if (lower.length === 1 && c !== 0x3a3 && (c < 0xd800 || c > 0xdfff)) { v |= SIMPLE_LOWER; lowerUnit[c] = lower.charCodeAt(0); }
    classes[c] = v;
  }
  return v;
}

function classOfAstral(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (L.test(ch) ? LETTER : 0) | (LU.test(ch) ? UPPER : 0);
}


/** Class bits of the code point at i (read whole when it is a surrogate pair). */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return unitsAt(s, i) === 2 ? classOfAstral(s.codePointAt(i)!) : classOfUnit(c);
}

/** Is the code unit, not a surrogate, a letter (\p{L})? */
export function isLetterUnit(c: number): boolean {
  return (classOfUnit(c) & LETTER) !== 0;
}

/** Is the code point at i a letter (\p{L})? */
export function letterAt(s: string, i: number): boolean {
  return (classAt(s, i) & LETTER) !== 0;
}

/** Is the code point at i an upper-case letter (\p{Lu})? */
export function upperAt(s: string, i: number): boolean {
  return (classAt(s, i) & UPPER) !== 0;
}

/**
 * The code unit's lower case when it is one code unit that does not depend on its neighbours,
 * else -1. String.prototype.toLowerCase maps each code point on its own except for Σ (and
 * the code points that become two, like İ), so a prefix made of such units lower-cases to
 * the units' lower cases.
 */
export function simpleLower(c: number): number {
  return (classOfUnit(c) & SIMPLE_LOWER) !== 0 ? lowerUnit[c] : -1;
}

/** End (exclusive) of the run of letters starting at i, and the number of code points in it. */
export function letterRun(s: string, i: number): { end: number; count: number } {
  let count = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    // the common case: a letter of one code unit
    if (c < 0xd800 || c > 0xdfff) {
      if ((classOfUnit(c) & LETTER) === 0) break;
      i++;
    } else {
      if (!letterAt(s, i)) break;
      i += unitsAt(s, i);
    }
    count++;
  }
  RUN.end = i;
  RUN.count = count;
  return RUN;
}
const RUN = { end: 0, count: 0 };
