/** Text normalisation for comparison only: positions always point into the original text. */

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
  return NEEDS_NORMALIZING.test(s) ? s.replace(NORMALIZE_CHARS, (ch) => REPLACEMENTS[ch]) : s;
}

const REPLACEMENTS: Record<string, string> = {
  ...QUOTES,
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\t': ' ',
  'ё': 'е', 'Ё': 'Е',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
};
const CLASS = `[${Object.keys(REPLACEMENTS).join('')}]`;
const NORMALIZE_CHARS = new RegExp(CLASS, 'g');
const NEEDS_NORMALIZING = new RegExp(CLASS);

/** Normalised key for fingerprints: same-length normalisation, lower case, collapsed spaces. */
export function normalizeKey(s: string): string {
  return normalizeSameLength(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

export const CYRILLIC = /[\u0400-\u04ff]/;
export const LATIN = /[A-Za-z\u00c0-\u024f]/;

/** Count of letters in a string by script. */
export function scriptCounts(s: string): { latin: number; cyrillic: number; letters: number } {
  let latin = 0, cyrillic = 0, letters = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (CYRILLIC.test(ch)) cyrillic++;
      else if (LATIN.test(ch)) latin++;
    }
  }
  return { latin, cyrillic, letters };
}
