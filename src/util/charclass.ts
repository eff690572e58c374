/**
 * What a character is, by code unit, from the same regular expressions the code used to run on
 * every character (`\p{L}`, `\p{N}`, CYRILLIC, LATIN), each asked once per code unit and kept in
 * a 64 KiB table: counting letters was a regex test per character.
 */
export const CYRILLIC = /[\u0400-\u04ff]/;
export const LATIN = /[A-Za-z\u00c0-\u024f]/;

const KNOWN = 1, LETTER = 2, NUMBER = 4, CYR = 8, LAT = 16, MARK = 64;
/** Set by classAt when the character is a surrogate pair (two code units). */
const PAIR = 32;
const IS_LETTER = /\p{L}/u;
const IS_NUMBER = /\p{N}/u;
const IS_MARK = /\p{M}/u;
const table = new Uint8Array(0x10000);

function classOf(ch: string): number {
  return KNOWN | (IS_LETTER.test(ch) ? LETTER : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0) | (CYRILLIC.test(ch) ? CYR : 0) | (LATIN.test(ch) ? LAT : 0)
    | (IS_MARK.test(ch) ? MARK : 0);
}

function flags(code: number): number {
  let f = table[code];
  if (f === 0) table[code] = f = classOf(String.fromCharCode(code));
  return f;
}

/**
 * What the character at `i` is, as `for (const ch of s)` sees it: a surrogate pair before `end`
 * is one character, tested whole (PAIR set); a lone surrogate is none of these.
 */
function classAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return classOf(s.slice(i, i + 2)) | PAIR;
  return flags(c);
}

export interface LetterCounts {
  /** Code points that are letters (\p{L}). */
  letters: number;
  /** Letters matching CYRILLIC / LATIN. */
  cyrillic: number;
  latin: number;
  /** Code points that are letters or numbers (\p{L} or \p{N}). */
  alnum: number;
}

/**
 * Letters and numbers of `s` counted by code point, as `for (const ch of s)` with the regexes
 * would: a surrogate pair is one character (tested whole), a lone surrogate none of these.
 */
export function countLetters(s: string): LetterCounts {
  let letters = 0, cyrillic = 0, latin = 0, alnum = 0;
  for (let i = 0; i < s.length; i++) {
    const f = classAt(s, i, s.length);
    if (f & PAIR) i++;
    if (f & LETTER) {
      letters++;
      if (f & CYR) cyrillic++;
      else if (f & LAT) latin++;
    }
    if (f & (LETTER | NUMBER)) alnum++;
  }
  return { letters, cyrillic, latin, alnum };
}

/** Length in code units of the code point at i: 2 for a surrogate pair, else 1. */
export function unitsAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Length (1, or 2 for a surrogate pair) of the letter (\p{L}) at `i`, 0 if none. */
export function letterAt(s: string, i: number): number {
  return charIn(s, i, LETTER);
}

/**
 * The runs of letters of `s` as `/\p{L}+/gu` finds them, or with `hyphenated` as
 * `/\p{L}+(?:-\p{L}+)?/gu` ("forty-nine"): [start, end) pairs in order.
 */
export function letterRuns(s: string, hyphenated = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  eachLetterRun(s, hyphenated, (start, end) => { out.push([start, end]); });
  return out;
}

/** letterRuns without the array: `f(start, end)` for each run in order (the number check reads every word of every block). */
export function eachLetterRun(s: string, hyphenated: boolean, f: (start: number, end: number) => void): void {
  for (let i = 0; i < s.length;) {
    if (!letterAt(s, i)) { i++; continue; }
    const start = i;
    i = runEnd(s, i, LETTER);
    if (hyphenated && s.charCodeAt(i) === 0x2d && letterAt(s, i + 1)) i = runEnd(s, i + 1, LETTER);
    f(start, i);
  }
}

/** Length (1, or 2 for a surrogate pair) of the character at `i` if it is of a class in `mask`, else 0. */
function charIn(s: string, i: number, mask: number): number {
  if (i >= s.length) return 0;
  const f = classAt(s, i, s.length);
  return f & mask ? (f & PAIR ? 2 : 1) : 0;
}

/** End of the run of `mask` characters from `i` (i itself when there is none). */
function runEnd(s: string, i: number, mask: number): number {
  for (let n = charIn(s, i, mask); n > 0; n = charIn(s, i, mask)) i += n;
  return i;
}

/** Hyphens and apostrophes that join the parts of a word: - ‐ ‑ ' ’ */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27 || c === 0x2019;
}

export interface WordStyle {
  /** Combining marks (\p{M}) are word characters. */
  marks: boolean;
  /** Editorial brackets inside a word: "establish[ing]". */
  brackets: boolean;
}

/**
 * The words of `s`, `f(start, end)` for each in order, as the global, unicode regex
 * `W+(?:[-‐‑'’]W+)*` finds them, where W is `[\p{L}\p{N}]`, or `[\p{L}\p{M}\p{N}]` with `marks`; with
 * `brackets`, `\[[\p{L}\p{M}]+\]W*` may also continue a word. No match arrays: the spelling,
 * term and name checks read every word of every block. A continuation starts with a character
 * that is not W, so the regex's greedy runs never give characters back and one pass finds the
 * same ends (test/util.charclass.test.ts compares the two on random text).
 */
export function eachWord(s: string, style: WordStyle, f: (start: number, end: number) => void): void {
  const w = LETTER | NUMBER | (style.marks ? MARK : 0);
  const inBrackets = LETTER | MARK;
  for (let i = 0; i < s.length;) {
    if (!charIn(s, i, w)) { i++; continue; }
    const start = i;
    i = runEnd(s, i, w);
    for (;;) {
      const c = s.charCodeAt(i);
      if (isJoiner(c) && charIn(s, i + 1, w)) { i = runEnd(s, i + 1, w); continue; }
      if (style.brackets && c === 0x5b) {
        const close = runEnd(s, i + 1, inBrackets);
        if (close > i + 1 && s.charCodeAt(close) === 0x5d) { i = runEnd(s, close + 1, w); continue; }
      }
      break;
    }
    f(start, i);
  }
}
