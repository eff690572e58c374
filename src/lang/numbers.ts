/**
 * Numbers in English and Russian text: digits with either locale's separators ("1,000.5",
 * "1 000,5", U+00A0 or thin-space grouping), digits with a scale word ("5 million", "1,5 млн"),
 * times ("10:30"), and number words in every form `number-words.ts` knows ("forty-nine",
 * "сорока девяти", "пятилетний"). "5 (five)" / "5 (пять)" counts once. Ordinals count as their
 * value ("21st" = "двадцать первый" = 21). Offsets point into the original text.
 */
import { normalizeSameLength } from '../util/text.js';
import { eachLetterRun } from '../util/charclass.js';
import { bounded, matchesOf, type Bounded } from '../util/lookbehind.js';
import { combine, enHyphenated, JOINERS, mayStartNumberWord, numberWord, type NumberWord } from './number-words.js';
import type { Lang } from './dates.js';

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  /** Canonical value used for comparison ("1000.5", "10:30"). */
  key: string;
  /** Written in digits (rather than words). */
  digits: boolean;
  /** A lone ambiguous word ("one", "first", "семью"): never reported on its own. */
  weak: boolean;
}

const DIGITS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?!\d)|\d+)(\.\d+)?(?!\p{N})/gu,
  ru: /(?<![\p{L}\p{N}.,])(\d{1,3}(?: \d{3})+(?!\d)|\d+)([.,]\d+)?(?!\p{N})/gu,
};
const TIME = /(?<![\p{L}\p{N}.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}:])/gu;
const SCALE_AFTER: Record<Lang, RegExp> = {
  en: /^\s+(thousand|million|billion|trillion)(?![\p{L}])/iu,
  ru: /^\s+(тыс\.?|тысяч\p{L}*|млн\.?|миллион\p{L}*|млрд\.?|миллиард\p{L}*|трлн\.?|триллион\p{L}*)(?![\p{L}])/iu,
};

/** Canonical string of a number: no float noise, no trailing zeros. */
function canon(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function scaleValue(word: string, lang: Lang): number | undefined {
  return numberWord(word.replace(/\.$/, ''), lang)?.value;
}

function digitMentions(text: string, norm: string, lang: Lang): NumberMention[] {
  const out: NumberMention[] = [];
  const times: Array<[number, number]> = [];
  for (const m of norm.matchAll(TIME)) {
    const s = m.index!, e = s + m[0].length;
    times.push([s, e]);
    out.push({ start: s, end: e, text: text.slice(s, e), key: `${+m[1]}:${m[2]}`, weak: false, digits: true });
  }
  for (const m of norm.matchAll(DIGITS[lang])) {
    const s = m.index!;
    let e = s + m[0].length;
    if (times.some(([a, b]) => s < b && e > a)) continue;
    const int = m[1].replace(/[, ]/g, '');
    let value = Number(`${int}${m[2] ? `.${m[2].slice(1)}` : ''}`);
    const scale = SCALE_AFTER[lang].exec(norm.slice(e));
    if (scale) {
      const v = scaleValue(scale[1], lang);
      if (v) { value *= v; e += scale[0].length; }
    }
    out.push({ start: s, end: e, text: text.slice(s, e), key: canon(value), weak: false, digits: true });
  }
  return out;
}

/** "half past eight" = "половина девятого" = "8:30". */
const HALF_PAST: Record<Lang, Bounded> = {
  en: bounded('\\p{L}', '(?:half\\s+past\\s+(\\p{L}+|\\d{1,2})(?![\\p{L}\\p{N}]))', 'giu'),
  ru: bounded('\\p{L}', '(?:половин[аеуы]\\s+(\\p{L}+)(?![\\p{L}]))', 'giu'),
};
function halfHourMentions(text: string, norm: string, lang: Lang): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of matchesOf(norm, HALF_PAST[lang])) {
    const w = /^\d+$/.test(m[1]) ? { value: +m[1], ordinal: false } : numberWord(m[1], lang);
    if (!w || (lang === 'ru' && !w.ordinal)) continue;
    const hour = lang === 'ru' ? w.value - 1 : w.value;
    if (hour < 0 || hour > 23) continue;
    const s = m.index!, e = s + m[0].length;
    out.push({ start: s, end: e, text: text.slice(s, e), key: `${hour}:30`, weak: false, digits: false });
  }
  return out;
}

function wordMentions(text: string, norm: string, lang: Lang): NumberMention[] {
  const words: Array<{ start: number; end: number; w: NumberWord }> = [];
  // the words as /\p{L}+(?:-\p{L}+)?/gu (English) or /\p{L}+/gu find them
  eachLetterRun(norm, lang === 'en', (s, e) => {
    // a word of one part that no number word starts like is skipped before it is cut out
    const hyphen = lang === 'en' ? norm.indexOf('-', s) : -1;
    const joined = hyphen >= 0 && hyphen < e;
    if (!joined && !mayStartNumberWord(norm.charAt(s), lang)) return;
    const word = norm.slice(s, e);
    if (!joined) {
      const w = numberWord(word, lang);
      if (w) words.push({ start: s, end: e, w });
      return;
    }
    const hyph = enHyphenated(word);
    if (hyph) { words.push({ start: s, end: e, w: hyph }); return; }
    // "five-year", "first-instance": the parts are read one by one ("nine-tenths" = 9, 10).
    let at = s;
    for (const part of word.split('-')) {
      const w = numberWord(part, lang);
      if (w) words.push({ start: at, end: at + part.length, w });
      at += part.length + 1;
    }
  });
  const out: NumberMention[] = [];
  let run: typeof words = [];
  const flush = () => {
    for (const c of combine(run.map((r) => r.w))) {
      const a = run[c.first], b = run[c.first + c.count - 1];
      out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), key: canon(c.value), weak: c.weak, digits: false });
    }
    run = [];
  };
  for (const w of words) {
    if (run.length && !JOINERS[lang].test(norm.slice(run[run.length - 1].end, w.start))) flush();
    run.push(w);
  }
  flush();
  return out;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const CENTURY = /^\s+(?:век|столети|century|centuries)/iu;

/** Value of a canonical Roman numeral up to 399 (I, V, X, L, C), else undefined. */
export function romanValue(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]], next = ROMAN_VALUES[s[i + 1]] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  return total > 0 && toRoman(total) === s ? total : undefined;
}
function toRoman(n: number): string {
  let out = '';
  for (const [r, v] of [['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]] as Array<[string, number]>) {
    while (n >= v) { out += r; n -= v; }
  }
  return out;
}

/**
 * Roman numerals ("XVIII век", "Louis XIV", "Part II"): two letters or more, or one before a
 * century word; "I" the pronoun and one-letter initials are not numbers.
 */
function romanMentions(text: string, norm: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of norm.matchAll(/(?<![\p{L}\p{N}])[IVXLC]+(?![\p{L}\p{N}])/gu)) {
    const v = romanValue(m[0]);
    if (v === undefined || (m[0].length < 2 && !CENTURY.test(norm.slice(m.index! + 1)))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: text.slice(m.index!, m.index! + m[0].length), key: canon(v), weak: false, digits: true });
  }
  return out;
}

/** Drop the parenthesised repeat in "5 (five)", "five (5)", "5 (пять)". */
function dropGlosses(list: NumberMention[], norm: string): NumberMention[] {
  const drop = new Set<NumberMention>();
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i], b = list[i + 1];
    if (a.key === b.key && /^\s*\($/.test(norm.slice(a.end, b.start)) && /^\s*\)/.test(norm.slice(b.end))) drop.add(b);
  }
  return list.filter((x) => !drop.has(x));
}

/** Every number in `text` outside the `exclude` ranges (dates, URLs), in order. */
export function findNumbers(text: string, lang: Lang, exclude: Array<{ start: number; end: number }> = []): NumberMention[] {
  const norm = normalizeSameLength(text);
  const digits = [...halfHourMentions(text, norm, lang), ...digitMentions(text, norm, lang), ...romanMentions(text, norm)]
    .filter((d, i, all) => all.every((o, j) => j >= i || d.end <= o.start || d.start >= o.end));
  // Scale words already read with their digits ("5 млн") are not numbers of their own.
  const words = wordMentions(text, norm, lang).filter((w) => digits.every((d) => w.end <= d.start || w.start >= d.end));
  const all = [...digits, ...words]
    .filter((n) => exclude.every((x) => n.end <= x.start || n.start >= x.end))
    .sort((a, b) => a.start - b.start);
  return dropGlosses(all, norm);
}

/** URLs, e-mail addresses and Markdown link targets: numbers and dates there are not prose. */
export function unreadableRanges(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // each branch needs one of these strings: most texts have none, and the e-mail branch
  // would otherwise be tried at every letter
  if (!(text.includes('](') || text.includes('://') || text.includes('@') || text.includes('[email'))) return out;
  for (const m of text.matchAll(/\]\([^)\s]*\)|https?:\/\/[^\s)\]>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]/gu)) {
    out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
