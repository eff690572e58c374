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
  let out = '';
  for (const ch of s) {
    if (ch.length !== 1) { out += ch; continue; }
    if (ch === '\u00a0' || ch === '\u2007' || ch === '\u202f' || ch === '\u2009' || ch === '\t') out += ' ';
    else if (QUOTES[ch]) out += QUOTES[ch];
    else if (ch === 'ё') out += 'е';
    else if (ch === 'Ё') out += 'Е';
    else if (ch === '\u2013' || ch === '\u2014' || ch === '\u2212' || ch === '\u2010' || ch === '\u2011') out += '-';
    else out += ch;
  }
  return out;
}

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
