import { findAddresses } from './addresses.js';
import { eachWord } from './charclass.js';

/** A word of running text with block-relative offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Letters (any script, with combining marks), joined by inner hyphens and apostrophes, and
 * by editorial brackets inside a word ("establish[ing]").
 */
const STYLE = { marks: true, brackets: true };

/**
 * The words of a block, skipping URLs, e-mail addresses, scraping artefacts and the
 * destinations of Markdown links and images, which are not running text.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  eachWordOf(text, (word, start, end) => { out.push({ text: word, start, end }); });
  return out;
}

/** words() without the array: `f` for each word in order (the untranslated check counts them). */
export function eachWordOf(text: string, f: (word: string, start: number, end: number) => void): void {
  const skip: Array<[number, number]> = findAddresses(text).map((a) => [a.start, a.end]);
  if (text.includes('](')) for (const m of text.matchAll(/\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g)) skip.push([m.index!, m.index! + m[0].length]);
  if (text.includes('`')) for (const m of text.matchAll(/`[^`]*`/g)) skip.push([m.index!, m.index! + m[0].length]);
  eachWord(text, STYLE, (start, end) => {
    if (skip.length && skip.some(([a, b]) => start < b && end > a)) return;
    f(text.slice(start, end), start, end);
  });
}

/** An acronym or code: two or more letters, none lower case (ICCPR, МПГПП, U.S.). */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function hasDigit(word: string): boolean {
  return /\p{N}/u.test(word);
}

export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}
