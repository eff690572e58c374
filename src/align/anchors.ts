import { nameKey, stripRussianEnding } from '../util/translit.js';
import { normalizeSameLength } from '../util/text.js';

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
const NUMBER = /\d+(?:[.,]\d+)*/g;
/** A capitalised word; it must not follow a letter or digit (checked in capitalisedWords: a lookbehind is slower). */
const CAPITALISED = /\p{Lu}[\p{L}’'-]{2,}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code point before index i is a letter or digit (surrogate pairs read whole). */
function afterLetterOrDigit(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? String.fromCodePoint(s.codePointAt(i - 2)!) : s[i - 1];
  return LETTER_OR_DIGIT.test(ch);
}

/** Capitalised words not glued to a preceding letter or digit: what /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]{2,}/gu finds. */
export function capitalisedWords(s: string): Array<{ index: number; word: string }> {
  const out: Array<{ index: number; word: string }> = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(s); m; m = CAPITALISED.exec(s)) {
    if (afterLetterOrDigit(s, m.index)) {
      // try again one code point later (a surrogate pair is one character to the /u regex)
      CAPITALISED.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
      continue;
    }
    out.push({ index: m.index, word: m[0] });
  }
  return out;
}

/** Every Russian and English month form starts with one of these, after a non-letter (a quick test before the word loop). */
const MONTHISH = /(?:^|[^\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йяюе]|июн|июл|авг|сен|окт|ноя|дек)/iu;

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
  let key = anchorKeyMemo.get(word);
  if (key === undefined) {
    if (anchorKeyMemo.size > 100_000) anchorKeyMemo.clear();
    key = nameKey(stripRussianEnding(word)).replace(/[aeiou]+$/, '').slice(0, 6);
    anchorKeyMemo.set(word, key);
  }
  return key;
}

/** Called for every capitalised word of every block: memoised per word. */
const anchorKeyMemo = new Map<string, string>();

export function monthNumber(word: string): number | undefined {
  if (word.length < 3 || word.length > 9) return undefined;
  return MONTH_FORMS.get(word.toLowerCase().replace(/ё/g, 'е'));
}

const WORD = /[\p{L}][\p{L}’'-]*/gu;
const SENTENCE_START = /(?:^|[.!?…]\s*[«“"(]?|[«“"(]|[:;–—-]\s)\s*$/;

/**
 * Capitalised words that stand mid-sentence somewhere in a document: a sentence-initial
 * capitalised word counts as a name only when the document also writes it mid-sentence.
 */
export function midSentenceNames(texts: string[]): Set<string> {
  return midSentenceNamesOf(texts.map(scanCapitalised));
}

/** A text normalised for anchors and its capitalised words, computed once per block. */
export interface CapitalScan { t: string; caps: Array<{ index: number; word: string }> }

export function scanCapitalised(text: string): CapitalScan {
  const t = normalizeSameLength(text);
  return { t, caps: capitalisedWords(t) };
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
  const links = (t.match(URL) ?? []).map((u) => u.toLowerCase().replace(/[.,;:]+$/, ''));
  const noLinks = links.length ? t.replace(URL, ' ') : t;
  // without links the text scanned is the one the scan was made of
  const caps = scan && !links.length ? scan.caps : capitalisedWords(noLinks);
  const numbers = (noLinks.match(NUMBER) ?? []).map((n) => n.replace(/[.,]/g, '')).filter((n) => n.length > 0);
  if (MONTHISH.test(noLinks)) {
    for (const m of noLinks.matchAll(WORD)) {
      const month = monthNumber(m[0]);
      if (month !== undefined && (m[0] !== 'May' || /\d/.test(noLinks.slice(m.index, m.index + 12)))) numbers.push(`m${month}`);
    }
  }
  const found: string[] = [];
  for (const m of caps) {
    const w = m.word.replace(/[’'-]+$/, '').replace(/[’']s$/, '');
    if (STOP_CAPS.has(w.toLowerCase()) || monthNumber(w) !== undefined) continue;
    const key = nameAnchorKey(w);
    if (key.length < 4) continue;
    const initial = SENTENCE_START.test(noLinks.slice(Math.max(0, m.index - 4), m.index));
    if (initial && names && !names.has(key)) continue;
    found.push(key);
  }
  return { numbers, names: [...new Set(found)], links };
}
