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
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]{2,}/gu;

/** Words capitalised only because they start a sentence, or too common to be names. */
const STOP_CAPS = new Set([
  'the', 'this', 'that', 'these', 'those', 'there', 'then', 'when', 'while', 'although', 'after', 'before', 'following',
  'for', 'from', 'with', 'without', 'and', 'but', 'neither', 'instead', 'apart', 'meanwhile', 'however', 'his', 'her',
  'its', 'their', 'in', 'on', 'at', 'as', 'it', 'he', 'she', 'they', 'we', 'a', 'an', 'of', 'to', 'by', 'is', 'was',
  'mr', 'mrs', 'ms', 'dr', 'said', 'according',
]);

/** Month names in English and in every Russian case, mapped to month numbers (as date anchors). */
const MONTHS: Array<[RegExp, number]> = [
  [/^(?:january|jan|январ[ьяюеё]|январем)$/, 1], [/^(?:february|feb|феврал[ьяюеё]|февралем)$/, 2],
  [/^(?:march|mar|март[аеу]?|мартом)$/, 3], [/^(?:april|apr|апрел[ьяюеё]|апрелем)$/, 4],
  [/^(?:may|ма[йяюе]|маем)$/, 5], [/^(?:june|jun|июн[ьяюеё]|июнем)$/, 6], [/^(?:july|jul|июл[ьяюеё]|июлем)$/, 7],
  [/^(?:august|aug|август[аеу]?|августом)$/, 8], [/^(?:september|sept|sep|сентябр[ьяюеё]|сентябрем)$/, 9],
  [/^(?:october|oct|октябр[ьяюеё]|октябрем)$/, 10], [/^(?:november|nov|ноябр[ьяюеё]|ноябрем)$/, 11],
  [/^(?:december|dec|декабр[ьяюеё]|декабрем)$/, 12],
];

/**
 * The comparison key of a name anchor: the cross-script name key after Russian case endings
 * are stripped, with trailing vowels dropped on both sides (Almaty/Алматы → "almat") and cut
 * to six letters so inflected forms meet.
 */
export function nameAnchorKey(word: string): string {
  return nameKey(stripRussianEnding(word)).replace(/[aeiou]+$/, '').slice(0, 6);
}

export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return undefined;
}

const WORD = /[\p{L}][\p{L}’'-]*/gu;
const SENTENCE_START = /(?:^|[.!?…]\s*[«“"(]?|[«“"(]|[:;–—-]\s)\s*$/;

/**
 * Capitalised words that stand mid-sentence somewhere in a document: a sentence-initial
 * capitalised word counts as a name only when the document also writes it mid-sentence.
 */
export function midSentenceNames(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const t = normalizeSameLength(text);
    for (const m of t.matchAll(CAPITALISED)) {
      if (!SENTENCE_START.test(t.slice(Math.max(0, m.index - 4), m.index))) out.add(nameAnchorKey(m[0]));
    }
  }
  return out;
}

export function extractAnchors(text: string, names?: Set<string>): Anchors {
  const t = normalizeSameLength(text);
  const links = (t.match(URL) ?? []).map((u) => u.toLowerCase().replace(/[.,;:]+$/, ''));
  const noLinks = t.replace(URL, ' ');
  const numbers = (noLinks.match(NUMBER) ?? []).map((n) => n.replace(/[.,]/g, '')).filter((n) => n.length > 0);
  for (const m of noLinks.matchAll(WORD)) {
    const month = monthNumber(m[0]);
    if (month !== undefined && (m[0] !== 'May' || /\d/.test(noLinks.slice(m.index, m.index + 12)))) numbers.push(`m${month}`);
  }
  const found: string[] = [];
  for (const m of noLinks.matchAll(CAPITALISED)) {
    const w = m[0].replace(/[’'-]+$/, '').replace(/[’']s$/, '');
    if (STOP_CAPS.has(w.toLowerCase()) || monthNumber(w) !== undefined) continue;
    const key = nameAnchorKey(w);
    if (key.length < 4) continue;
    const initial = SENTENCE_START.test(noLinks.slice(Math.max(0, m.index - 4), m.index));
    if (initial && names && !names.has(key)) continue;
    found.push(key);
  }
  return { numbers, names: [...new Set(found)], links };
}
