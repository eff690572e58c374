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
      if (!SENTENCE_START.test(t.slice(Math.max(0, m.index - 4), m.index))) out.add(nameKey(stripRussianEnding(m[0])));
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
    const key = nameKey(stripRussianEnding(w));
    if (key.length < 4) continue;
    const initial = SENTENCE_START.test(noLinks.slice(Math.max(0, m.index - 4), m.index));
    if (initial && names && !names.has(key)) continue;
    found.push(key.slice(0, 6));
  }
  return { numbers, names: [...new Set(found)], links };
}

function overlap(a: string[], b: string[]): { common: number; total: number } {
  if (a.length === 0 || b.length === 0) return { common: 0, total: a.length + b.length };
  if (a.length * b.length <= 64) {
    // small lists (the usual case, called millions of times by the aligner): no Map
    const used = new Uint8Array(a.length);
    let common = 0;
    for (const y of b) {
      for (let k = 0; k < a.length; k++) if (!used[k] && a[k] === y) { used[k] = 1; common++; break; }
    }
    return { common, total: a.length + b.length };
  }
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const y of b) {
    const c = counts.get(y) ?? 0;
    if (c > 0) { common++; counts.set(y, c - 1); }
  }
  return { common, total: a.length + b.length };
}

/**
 * Anchor agreement of two anchor sets in [0, 1] (Dice over numbers, names and links), and how
 * much evidence there was (the number of anchors involved).
 */
export function anchorSimilarity(a: Anchors, b: Anchors): { sim: number; evidence: number } {
  let common = 0, total = 0;
  for (const key of ['numbers', 'names', 'links'] as const) {
    const o = overlap(a[key], b[key]);
    const w = key === 'names' ? 1 : 1.5;
    common += o.common * w;
    total += o.total * w;
  }
  if (total === 0) return { sim: 0, evidence: 0 };
  return { sim: (2 * common) / total, evidence: total };
}

export function mergeAnchors(list: Anchors[]): Anchors {
  // The aligner calls this millions of times on long documents: skip the copy for one unit.
  if (list.length === 1) return list[0];
  if (list.length === 2) {
    const [a, b] = list;
    return { numbers: a.numbers.concat(b.numbers), names: a.names.concat(b.names), links: a.links.concat(b.links) };
  }
  return {
    numbers: list.flatMap((a) => a.numbers),
    names: list.flatMap((a) => a.names),
    links: list.flatMap((a) => a.links),
  };
}
