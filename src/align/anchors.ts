import { nameKeys } from '../util/translit.js';
import { normalizeSameLength } from '../util/text.js';
import { classAt, isLetterUnit, LETTER, letterAt, simpleLower, UPPER, upperAt } from './scan.js';
import { unitsAt } from '../util/charclass.js';
import { memoize } from '../util/memo.js';

/**
 * Anchors: tokens that survive translation and tie a source block to its target —
 * numbers, URLs and e-mails, quoted Latin words, and capitalised names (compared by a
 * cross-script key after stripping Russian case endings).
 */
export interface Anchors {
  numbers: string[];
  names: string[];
  links: string[];
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+|[\w.+-]+@[\w-]+\.[\w.-]+/gi;
/** Every URL match holds an "@" or one of these (a quick test: the e-mail branch of URL backtracks over every word). */
const URL_START = /https?:\/\/|www\./i;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code point before index i is a letter or digit (surrogate pairs read whole). */
function afterLetterOrDigit(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? String.fromCodePoint(s.codePointAt(i - 2)!) : s[i - 1];
  return LETTER_OR_DIGIT.test(ch);
}

/** End of the run of [\p{L}’'-] code points from i, and how many there are (in RUN). */
function nameRun(s: string, i: number): typeof RUN {
  let count = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 39 || c === 45) i++;
    else if (c < 0xd800 || c > 0xdfff ? isLetterUnit(c) : letterAt(s, i)) i += unitsAt(s, i);
    else break;
    count++;
  }
  RUN.end = i;
  RUN.count = count;
  return RUN;
}
const RUN = { end: 0, count: 0 };

/**
 * Capitalised words not glued to a preceding letter or digit: what
 * /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]{2,}/gu finds, scanned by hand (the regex, with or without
 * the lookbehind, was a tenth of the alignment time). See scanWords.
 */
export function capitalisedWords(s: string): Array<{ index: number; word: string }> {
  return scanWords(s).caps;
}

/**
 * One pass over the words of a text (what /[\p{L}][\p{L}’'-]*\/gu finds) for its capitalised
 * words (see capitalisedWords) and its month names ("m<month>", see monthAnchor). A capitalised
 * word can only start at a capital inside such a word, and runs to the word's end, its
 * letters and ’ ' - being the word's. Like the regex, the scan moves on one code point after a
 * capital that starts no capitalised word, and past the word after one that does.
 */
export function scanWords(s: string): { caps: Array<{ index: number; word: string }>; months: string[] } {
  const caps: Array<{ index: number; word: string }> = [];
  const months: string[] = [];
  const n = s.length;
  for (let i = 0; i < n;) {
    const first = classAt(s, i), w = unitsAt(s, i);
    if ((first & LETTER) === 0) { i += w; continue; }
    // the word's end, and the capitals in it (where a capitalised word may start); -1: too many to hold
    let capitals = 0;
    if ((first & UPPER) !== 0) CAPITALS[capitals++] = i;
    let end = i + w;
    while (end < n) {
      const c = s.charCodeAt(end);
      if (c === 0x2019 || c === 39 || c === 45) { end++; continue; }
      const cls = classAt(s, end);
      if ((cls & LETTER) === 0) break;
      if ((cls & UPPER) !== 0 && capitals >= 0) {
        if (capitals < CAPITALS.length) CAPITALS[capitals++] = end;
        else capitals = -1;
      }
      end += unitsAt(s, end);
    }
    monthAnchor(s, i, end, months);
    if (capitals > 0) {
      for (let q = 0; q < capitals; q++) if (capitalisedAt(s, CAPITALS[q], end, caps)) break;
    } else if (capitals < 0) {
      for (let p = i; p < end; p += unitsAt(s, p)) if (upperAt(s, p) && capitalisedAt(s, p, end, caps)) break;
    }
    i = end;
  }
  return { caps, months };
}
const CAPITALS = new Int32Array(32);

/** If the capital at p starts a capitalised word (ending at the word's end), push it. */
function capitalisedAt(s: string, p: number, end: number, caps: Array<{ index: number; word: string }>): boolean {
  const step = unitsAt(s, p);
  // two or more code points after the capital (four code units are at least two), not after a letter or digit
  if ((end - p - step >= 4 || nameRun(s, p + step).count >= 2) && !afterLetterOrDigit(s, p)) {
    caps.push({ index: p, word: s.slice(p, end) });
    return true;
  }
  return false;
}

/** Words capitalised only because they start a sentence, or too common to be names. */
const STOP_CAPS = new Set([
  'the', 'this', 'that', 'these', 'those', 'there', 'then', 'when', 'while', 'although', 'after', 'before', 'following',
  'for', 'from', 'with', 'without', 'and', 'but', 'neither', 'instead', 'apart', 'meanwhile', 'however', 'his', 'her',
  'its', 'their', 'in', 'on', 'at', 'as', 'it', 'he', 'she', 'they', 'we', 'a', 'an', 'of', 'to', 'by', 'is', 'was',
  'mr', 'mrs', 'ms', 'dr', 'said', 'according',
]);

/**
 * Month names in English (full and abbreviated) and in every Russian case (ё written as е),
 * mapped to month numbers (as date anchors). A table, not a regex per month: it is looked up
 * for every word of every block.
 */
const MONTH_FORMS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const en = [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'],
    ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']];
  // [stem, endings]: soft stems (январь, января, январю, январе, январем), hard ones (март, марта, …)
  const soft = ['ь', 'я', 'ю', 'е', 'ем'], hard = ['', 'а', 'е', 'у', 'ом'];
  const ru: Array<[string, string[]]> = [['январ', soft], ['феврал', soft], ['март', hard], ['апрел', soft], ['ма', ['й', 'я', 'ю', 'е', 'ем']],
    ['июн', soft], ['июл', soft], ['август', hard], ['сентябр', soft], ['октябр', soft], ['ноябр', soft], ['декабр', soft]];
  en.forEach((names, k) => { for (const n of names) m.set(n, k + 1); });
  ru.forEach(([stem, endings], k) => { for (const e of endings) m.set(stem + e, k + 1); });
  return m;
})();
/**
 * The comparison key of a name anchor: the cross-script name key after Russian case endings
 * are stripped, with trailing vowels dropped on both sides (Almaty/Алматы → "almat") and cut
 * to six letters so inflected forms meet.
 */
export function nameAnchorKey(word: string): string {
  return anchorKeyMemo(word);
}

/** Called for every capitalised word of every block: memoised per word. */
const anchorKeyMemo = memoize((word) => nameKeys(word)[0].replace(/[aeiou]+$/, '').slice(0, 6));

/**
 * The name anchor of a capitalised word (its possessive and trailing marks dropped), or ''
 * when it is a stop word, a month or too short a key. Memoised per word.
 */
function capitalKey(word: string): string {
  return capitalMemo(word);
}
const capitalMemo = memoize((word) => {
  const w = word.replace(/[’'-]+$/, '').replace(/[’']s$/, '');
  const key = STOP_CAPS.has(w.toLowerCase()) || monthNumber(w) !== undefined ? '' : nameAnchorKey(w);
  return key.length < 4 ? '' : key;
});

export function monthNumber(word: string): number | undefined {
  if (word.length < 3 || word.length > 9) return undefined;
  return MONTH_FORMS.get(word.toLowerCase().replace(/ё/g, 'е'));
}

/**
 * A quick test before monthNumber, on the first three letters of a word lower-cased: which
 * letters begin a month form (MONTH_FIRST: its number from 1), and which three-letter
 * beginnings there are, packed as (number × 2048 + second) × 2048 + third (all forms' letters
 * are below U+0800, so the packing is exact and a small integer).
 */
const MONTH_FIRST = new Uint8Array(2048);
const MONTH_PREFIXES = new Set<number>();
for (const k of MONTH_FORMS.keys()) {
  const a = k.charCodeAt(0);
  if (MONTH_FIRST[a] === 0) MONTH_FIRST[a] = Math.max(...MONTH_FIRST) + 1;
  MONTH_PREFIXES.add((MONTH_FIRST[a] * 2048 + k.charCodeAt(1)) * 2048 + k.charCodeAt(2));
}
/** A lower-cased code unit as monthNumber compares it: ё as е; -1 when not simple (see simpleLower). */
function monthUnit(c: number): number {
  const l = simpleLower(c);
  return l === 0x451 ? 0x435 : l;
}

/**
 * The month name of the word [start, end), if any, pushed to months as "m<month>"; "May" only
 * with a digit close after it (not the modal verb). Only words of monthNumber's lengths whose
 * first three letters begin a month form are looked up.
 */
function monthAnchor(s: string, start: number, end: number, months: string[]): void {
  const len = end - start;
  if (len < 3 || len > 9) return;
  // the word lower-cases to a month form only if its first three letters do (when they lower-case alone)
  const a = monthUnit(s.charCodeAt(start));
  if (a >= 0) {
    if (a >= 2048 || MONTH_FIRST[a] === 0) return;
    const b = monthUnit(s.charCodeAt(start + 1)), c = monthUnit(s.charCodeAt(start + 2));
    if (b >= 0 && c >= 0 && (b >= 2048 || c >= 2048 || !MONTH_PREFIXES.has((MONTH_FIRST[a] * 2048 + b) * 2048 + c))) return;
  }
  const w = s.slice(start, end);
  const month = monthNumber(w);
  if (month !== undefined && (w !== 'May' || /\d/.test(s.slice(start, start + 12)))) months.push(`m${month}`);
}

const SENTENCE_START = /(?:^|[.!?…]\s*[«“"(]?|[«“"(]|[:;–—-]\s)\s*$/;

/**
 * Capitalised words that stand mid-sentence somewhere in a document: a sentence-initial
 * capitalised word counts as a name only when the document also writes it mid-sentence.
 */
export function midSentenceNames(texts: string[]): Set<string> {
  return midSentenceNamesOf(texts.map(scanCapitalised));
}

/** A text normalised for anchors, its capitalised words and month names (scanWords), computed once per block. */
export interface CapitalScan { t: string; caps: Array<{ index: number; word: string }>; months: string[] }

export function scanCapitalised(text: string): CapitalScan {
  const t = normalizeSameLength(text);
  const { caps, months } = scanWords(t);
  return { t, caps, months };
}

/** midSentenceNames from scans already made (blockUnits scans each block once for both uses). */
export function midSentenceNamesOf(scans: CapitalScan[]): Set<string> {
  const out = new Set<string>();
  for (const { t, caps } of scans) {
    for (const m of caps) {
      if (!SENTENCE_START.test(t.slice(Math.max(0, m.index - 4), m.index))) out.add(nameAnchorKey(m.word));
    }
  }
  return out;
}

export function extractAnchors(text: string, names?: Set<string>, scan?: CapitalScan): Anchors {
  const t = scan ? scan.t : normalizeSameLength(text);
  const links = (t.includes('@') || URL_START.test(t) ? t.match(URL) ?? [] : []).map((u) => u.toLowerCase().replace(/[.,;:]+$/, ''));
  const noLinks = links.length ? t.replace(URL, ' ') : t;
  // without links the text scanned is the one the scan was made of
  const { caps, months } = scan && !links.length ? scan : scanWords(noLinks);
  const numbers = (noLinks.match(NUMBER) ?? []).map((n) => n.replace(/[.,]/g, '')).filter((n) => n.length > 0);
  for (const m of months) numbers.push(m);
  const found: string[] = [];
  for (const m of caps) {
    const key = capitalKey(m.word);
    if (key === '') continue;
    const initial = SENTENCE_START.test(noLinks.slice(Math.max(0, m.index - 4), m.index));
    if (initial && names && !names.has(key)) continue;
    found.push(key);
  }
  return { numbers, names: [...new Set(found)], links };
}
