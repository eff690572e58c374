/** Text normalisation for comparison only: positions always point into the original text. */

import { countLetters } from './charclass.js';

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"',
};

/**
 * Normalise a string for comparison while keeping its length, so an index into the
 * normalised string is an index into the original: U+00A0 and other spaces become a space,
 * curly quotes and guillemets become straight quotes, ё becomes е, dashes become '-'.
 */
export function normalizeSameLength(s: string): string {
  // the date and number readers ask for the same block one after the other
  if (s === lastIn) return lastOut;
  lastIn = s;
  lastOut = NEEDS_NORMALIZING.test(s) ? s.replace(NORMALIZE_CHARS, (ch) => REPLACEMENTS[ch]) : s;
  return lastOut;
}
let lastIn = '';
let lastOut = '';

const REPLACEMENTS: Record<string, string> = {
  ...QUOTES,
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\t': ' ',
  'ё': 'е', 'Ё': 'Е',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
};
const CLASS = `[${Object.keys(REPLACEMENTS).join('')}]`;
const NORMALIZE_CHARS = new RegExp(CLASS, 'g');
const NEEDS_NORMALIZING = new RegExp(CLASS);

/**
 * Normalised key for fingerprints: same-length normalisation, lower case, collapsed spaces.
 * Only runs of two or more and single spaces other than ' ' are replaced (the same result as
 * /\s+/g): replacing every single space by itself took three quarters of the time.
 */
export function normalizeKey(s: string): string {
  return normalizeSameLength(s).toLowerCase().replace(SPACES_TO_COLLAPSE, ' ').trim();
}
const SPACES_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

const blockKeys = new WeakMap<{ text: string }, string>();
/**
 * normalizeKey of a block's text, computed once per block object: the fingerprints of a pair's
 * findings ask for the same blocks again and again. Blocks are never changed once segmented.
 */
export function blockKey(block: { text: string }): string {
  let k = blockKeys.get(block);
  if (k === undefined) blockKeys.set(block, k = normalizeKey(block.text));
  return k;
}

const SPACES = /\s*/y;
/** Whether `text` holds only white space (\s) from `from` to `to`, without cutting it out. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  SPACES.lastIndex = from;
  SPACES.test(text);
  return SPACES.lastIndex >= to;
}

export { CYRILLIC, LATIN } from './charclass.js';

/** Count of letters in a string by script (CYRILLIC first, then LATIN, as for each letter). */
export function scriptCounts(s: string): { latin: number; cyrillic: number; letters: number } {
  const { latin, cyrillic, letters } = countLetters(s);
  return { latin, cyrillic, letters };
}
