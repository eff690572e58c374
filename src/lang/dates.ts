/**
 * Date mentions in English and Russian text, with their precision (year, month, day) and
 * whether they are relative ("this month", "в прошлом году"), resolved against a reference
 * date (the pair's `meta.published`).
 *
 * Why not chrono-node: tried on the seed (chrono 2.x, ref 2022-11-15) it reads "now" as a
 * date, "в течение пяти лет" as the year 2027, "с 12 другими" as 12:00, resolves "в мае" to
 * May 2023 (forward-looking), misses "в 2006 году" and bare years ("Koshe's 2020 ban"), and
 * does not report which components the text states versus which it implied. A translation
 * check needs exactly that distinction, so this is a small pattern reader over month tables
 * (`months.ts`); durations ("five-year ban", "в течение пяти лет"), counts and times are not
 * matched because a date needs a month name, a numeric date form, a year in range, or a
 * relative expression.
 */
import { normalizeSameLength } from '../util/text.js';
import { monthNumber, monthPattern } from './months.js';
import { bounded, matchesOf, type Bounded } from '../util/lookbehind.js';
import { memoize } from '../util/memo.js';

export type Lang = 'en' | 'ru';

/** The languages this module (and `numbers.ts`) can read; undefined for any other. */
export function readableLang(code: string): Lang | undefined {
  return code === 'en' || code === 'ru' ? code : undefined;
}

export interface DateParts { year?: number; month?: number; day?: number }

export interface DateMention extends DateParts {
  start: number;
  end: number;
  text: string;
  /** A decade ("the 1990s", "1990-х годах"): `year` is its first year. */
  decade?: boolean;
  /** The relative expression ("this month", "сегодня"), when the date is relative. */
  relative?: boolean;
  /** Relative expressions: a translation often drops or rephrases them ("today" → "недавно"). */
  weak?: boolean;
}

/** Parse `meta.published` ("YYYY", "YYYY-MM" or "YYYY-MM-DD"). */
export function parseReference(s: string | undefined): DateParts | undefined {
  const m = s ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s) : null;
  if (!m) return undefined;
  return { year: +m[1], month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined };
}

/** Letters and digits: a date's words and numbers do not continue one (L, R; `bounded`). */
const ALNUM = '\\p{L}\\p{N}';
const L = `(?<![${ALNUM}])`;
const R = `(?![${ALNUM}])`;

const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const RU_YEAR_WORD = '(?:\\s*(?:-?(?:го|м|й)\\s+)?(?:(?:годах|годами|годам|годов|годы|годом|году|года|год)(?![\\p{L}])|гг?\\.))?';

interface Pattern extends Bounded {
  /** What a match cannot do without (tested once per text, so most patterns skip most texts). */
  needs?: 'month';
  read(m: RegExpExecArray, lang: Lang): Partial<DateMention> | null;
  /** Context test for forms that are also ordinary words ("May I", "April Smith", "Марта"). */
  accept?(before: string, m: RegExpExecArray): boolean;
}

/** A bare English month name needs a word that makes it a time: "in May", "from April to". */
const EN_MONTH_CUE = /(?<![\p{L}])(?:in|on|since|by|until|till|from|to|of|through|during|before|after|early|late|mid|last|next|this|and|or|between|end|beginning|start|middle)[\s-]+$/iu;
/** A capitalised Russian month inside a sentence is a name ("Марта", "Август"). */
const SENTENCE_START = /(?:^|[.!?…:;«"(\[-]\s*|\n\s*)$/u;

/** Each language's patterns, built on first use. */
const patterns = memoize((lang) => buildPatterns(lang as Lang));

function buildPatterns(lang: Lang): Pattern[] {
  const MONTH = monthPattern(lang);
  const f = lang === 'en' ? 'gu' : 'giu';
  const mon = (s: string) => monthNumber(s, lang);
  const list: Pattern[] = [
    { re: new RegExp(`${L}(\\d{4})-(\\d{2})-(\\d{2})${R}`, 'gu'), read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
    { re: new RegExp(`${L}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${R}${lang === 'ru' ? RU_YEAR_WORD : ''}`, 'gu'), read: (m) => ({ day: +m[1], month: +m[2], year: +m[3] }) },
    {
      re: new RegExp(`${L}(\\d{1,2})/(\\d{1,2})/(\\d{4})${R}`, 'gu'),
      read: (m, l) => (l === 'en' ? { month: +m[1], day: +m[2], year: +m[3] } : { day: +m[1], month: +m[2], year: +m[3] }),
    },
  ];
  if (lang === 'en') {
    list.push(
      { needs: 'month', ...bounded(ALNUM, `(${MONTH})${R}\\s+(\\d{1,2})(?:st|nd|rd|th)?${R}(?:,?\\s+${YEAR}${R})?`, f), read: (m) => ({ month: mon(m[1]), day: +m[2], year: m[3] ? +m[3] : undefined }) },
      { needs: 'month', re: new RegExp(`${L}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})${R}(?:,?\\s+${YEAR}${R})?`, f), read: (m) => ({ day: +m[1], month: mon(m[2]), year: m[3] ? +m[3] : undefined }) },
      { re: new RegExp(`${L}(1[89]\\d0|20\\d0)'?s${R}`, 'gu'), read: (m) => ({ year: +m[1], decade: true }) },
      {
        needs: 'month', ...bounded(ALNUM, `(${MONTH})${R}(?:,?\\s+${YEAR}${R})?`, f),
        read: (m) => ({ month: mon(m[1]), year: m[2] ? +m[2] : undefined }),
        accept: (before, m) => m[2] !== undefined || EN_MONTH_CUE.test(before),
      },
    );
  } else {
    list.push(
      { needs: 'month', re: new RegExp(`${L}(\\d{1,2})(?:-?го)?\\s+(${MONTH})${R}(?:\\s+${YEAR}${R}${RU_YEAR_WORD})?`, f), read: (m) => ({ day: +m[1], month: mon(m[2]), year: m[3] ? +m[3] : undefined }) },
      { re: new RegExp(`${L}(1[89]\\d0|20\\d0)-(?:х|е|ых|ые)${R}(?:\\s+(?:годах|годов|годы|годам|гг\\.))?`, 'gu'), read: (m) => ({ year: +m[1], decade: true }) },
      {
        needs: 'month', ...bounded(ALNUM, `(${MONTH})${R}(?:\\s+${YEAR}${R}${RU_YEAR_WORD})?`, f),
        read: (m) => ({ month: mon(m[1]), year: m[2] ? +m[2] : undefined }),
        accept: (before, m) => m[2] !== undefined || m[1][0] === m[1][0].toLowerCase() || SENTENCE_START.test(before),
      },
    );
  }
  // A year on its own ("in 2006", "Koshe's 2020 ban", "в 2006 году", "от 2018 года"), unless it
  // numbers an article or item, or is part of a larger number.
  const notArticle = lang === 'en' ? '(?<!(?:Article|Art\\.|No\\.|Nos\\.|№|§|Section|Paragraph)\\s+)' : '(?<!(?:[Сс]тать[яиеюй]|[Сс]т\\.|№|§|[Пп]ункт\\p{L}*|[Чч]аст\\p{L}*)\\s+)';
  list.push({
    re: new RegExp(`${notArticle}(?<![\\p{L}\\p{N}.,:])${YEAR}(?![\\p{L}\\p{N}%]|[.,:]\\d|\\s\\d{3}(?!\\d))${lang === 'ru' ? RU_YEAR_WORD : ''}`, 'gu'),
    read: (m) => ({ year: +m[1] }),
  });
  return list;
}

/** Relative expressions: offset in months or years from the reference, or a day word. */
interface Relative extends Bounded { unit: 'day' | 'month' | 'year'; offset(m: RegExpExecArray): number }
const relatives = memoize((lang) => buildRelatives(lang as Lang));
function buildRelatives(lang: Lang): Relative[] {
  if (lang === 'en') {
    const off = (w: string) => (/^(last|past|previous)$/i.test(w) ? -1 : /^next$/i.test(w) ? 1 : 0);
    return [
      { ...bounded('\\p{L}', '(today|yesterday|tomorrow)(?![\\p{L}])', 'giu'), unit: 'day', offset: (m) => (/^yesterday$/i.test(m[1]) ? -1 : /^tomorrow$/i.test(m[1]) ? 1 : 0) },
      { ...bounded('\\p{L}', '(this|last|past|previous|next|current)\\s+(month|year)(?![\\p{L}])', 'giu'), unit: 'month', offset: (m) => off(m[1]) },
    ];
  }
  const off = (w: string) => (/^(прошл|минувш|предыдущ)/i.test(w) ? -1 : /^следующ/i.test(w) ? 1 : 0);
  return [
    { ...bounded('\\p{L}', '(сегодня|вчера|завтра)(?![\\p{L}])', 'giu'), unit: 'day', offset: (m) => (/^вчера$/i.test(m[1]) ? -1 : /^завтра$/i.test(m[1]) ? 1 : 0) },
    {
      ...bounded('\\p{L}', '(этом|этого|этот|текущем|текущего|текущий|нынешнем|нынешнего|прошлом|прошлого|прошлый|минувшем|минувшего|предыдущем|предыдущего|следующем|следующего|следующий)\\s+(месяц[еау]?|год[ау]?)(?![\\p{L}])', 'giu'),
      unit: 'month', offset: (m) => off(m[1]),
    },
  ];
}

function shiftMonth(ref: DateParts, by: number): DateParts {
  if (ref.year === undefined || ref.month === undefined) return {};
  const n = ref.year * 12 + (ref.month - 1) + by;
  return { year: Math.floor(n / 12), month: (n % 12) + 1 };
}

function resolveRelative(rel: Relative, m: RegExpExecArray, ref: DateParts | undefined): DateParts {
  if (!ref) return {};
  const by = rel.offset(m);
  if (rel.unit === 'day') {
    if (ref.day !== undefined && ref.month !== undefined && ref.year !== undefined) {
      const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + by));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
    return by === 0 ? { ...ref } : {};
  }
  const isYear = /^(year|год)/i.test(m[2]);
  if (isYear) return ref.year === undefined ? {} : { year: ref.year + by };
  return shiftMonth(ref, by);
}

const RANGE_JOIN: Record<Lang, RegExp> = {
  en: /^\s*(?:to|through|until|till|and|-|or)\s*$/i,
  ru: /^\s*(?:по|до|и|или|-)\s*$/i,
};
const DAY_BEFORE_RANGE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}.,])(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:to|through|until|and|-)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{Lu})/gu,
  ru: /(?<![\p{L}\p{N}.,])(\d{1,2})(?=\s*(?:по|до|и|-)\s*\d{1,2}\s+\p{L})/gu,
};

/** Words before a date that belong to it in a report: "in May", "в начале ноября". */
const LEAD: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?$/iu,
  ru: /(?<![\p{L}])(?:в|во)\s+(?:(?:начале|середине|конце)\s+)?$/iu,
};

const EN_DAY_RANGE = new RegExp(`${L}(${monthPattern('en')})\\s+(\\d{1,2})\\s*(?:-|to|through|and)\\s*(\\d{1,2})${R}(?:,?\\s+${YEAR}${R})?`, 'gu');

/** Every date mention in `text`, in order; `ref` resolves relative expressions. */
/**
 * Quick tests run once per text: every pattern needs a digit or a month name, every relative
 * expression one of its words, so a text without them skips those patterns (same result).
 */
const HAS_MONTH: Record<Lang, RegExp> = { en: new RegExp(monthPattern('en'), 'iu'), ru: new RegExp(monthPattern('ru'), 'iu') };
const HAS_RELATIVE: Record<Lang, RegExp> = { en: /today|yesterday|tomorrow|month|year/i, ru: /сегодня|вчера|завтра|месяц|год/i };

export function findDates(text: string, lang: Lang, ref?: DateParts): DateMention[] {
  const norm = normalizeSameLength(text);
  const hasDigit = /\d/.test(norm), hasMonth = HAS_MONTH[lang].test(norm);
  if (!hasDigit && !hasMonth && !HAS_RELATIVE[lang].test(norm)) return [];
  const taken: DateMention[] = [];
  const free = (s: number, e: number) => taken.every((t) => e <= t.start || s >= t.end);
  for (const rel of HAS_RELATIVE[lang].test(norm) ? relatives(lang) : []) {
    for (const m of matchesOf(norm, rel)) {
      const s = m.index!, e = s + m[0].length;
      if (!free(s, e)) continue;
      taken.push({ start: s, end: e, text: text.slice(s, e), relative: true, weak: true, ...resolveRelative(rel, m, ref) });
    }
  }
  // English day ranges inside one month: "June 26-27, 2020" → two dates.
  if (lang === 'en' && hasMonth && hasDigit) {
    for (const m of norm.matchAll(EN_DAY_RANGE)) {
      const s = m.index!, e = s + m[0].length;
      if (!free(s, e)) continue;
      const month = monthNumber(m[1], 'en'), year = m[4] ? +m[4] : undefined;
      const d2 = s + m[0].lastIndexOf(m[3], m[4] ? m[0].length - m[4].length - 1 : undefined);
      taken.push({ start: s, end: s + m[0].indexOf(m[2], m[1].length) + m[2].length, text: '', month, day: +m[2], year });
      taken.push({ start: d2, end: e, text: '', month, day: +m[3], year });
      for (const t of taken.slice(-2)) t.text = text.slice(t.start, t.end);
    }
  }
  for (const p of patterns(lang)) {
    if (p.needs === 'month' ? !hasMonth : !hasDigit) continue;
    for (const m of matchesOf(norm, p)) {
      const s = m.index!, e = s + m[0].trimEnd().length;
      if (!free(s, e)) continue;
      if (p.accept && !p.accept(norm.slice(Math.max(0, s - 40), s), m as RegExpExecArray)) continue;
      const parts = p.read(m as RegExpExecArray, lang);
      if (!parts || !valid(parts)) continue;
      const lead = LEAD[lang].exec(norm.slice(Math.max(0, s - 30), s));
      const from = lead ? s - lead[0].length : s;
      taken.push({ start: from, end: e, text: text.slice(from, e), ...parts });
    }
  }
  // Day-only starts of day ranges: "5-7 May 2020", "с 5 по 7 мая".
  for (const m of hasDigit ? norm.matchAll(DAY_BEFORE_RANGE[lang]) : []) {
    const s = m.index!, e = s + m[1].length;
    if (free(s, e)) taken.push({ start: s, end: e, text: text.slice(s, e), day: +m[1] });
  }
  taken.sort((a, b) => a.start - b.start);
  // Ranges: "from April to June 2020", "с апреля по июнь 2020 года" — the first end takes the
  // components it lacks from the second.
  for (let i = taken.length - 2; i >= 0; i--) {
    const a = taken[i], b = taken[i + 1];
    if (a.relative || b.relative || !RANGE_JOIN[lang].test(norm.slice(a.end, b.start))) continue;
    if (a.day !== undefined && a.month === undefined) { a.month = b.month; a.year = b.year; }
    else if (a.month !== undefined && a.year === undefined && b.month !== undefined) a.year = b.year;
  }
  return taken.filter((t) => t.month !== undefined || t.year !== undefined || t.relative);
}

function valid(p: DateParts): boolean {
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== undefined && (p.day < 1 || p.day > 31)) return false;
  return p.month !== undefined || p.year !== undefined;
}

/** "2020-05-19", "2020-05", "????-05" (no year), "1990s", for messages. */
export function formatDate(d: DateParts & { decade?: boolean }): string {
  if (d.decade && d.year !== undefined) return `${d.year}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  const parts = [d.year !== undefined ? String(d.year) : '????'];
  if (d.month !== undefined) parts.push(pad(d.month));
  if (d.day !== undefined) parts.push(pad(d.day));
  return parts.join('-');
}
