/**
 * What a capitalised word can be besides a name, per language: common words (the hunspell
 * dictionaries shipped by dictionary-en / dictionary-ru, lower-case entries; inflected forms
 * are reduced to candidate base forms by suffix rules, since stemming 150,000 entries costs seconds), month and
 * day names, honorifics.
 * Loaded once per process, lazily; answers are kept across runs (util/answers.ts), so a run
 * loads the word lists only for a capitalised word no earlier run asked about.
 */
import { readFileSync } from 'node:fs';
import { memoizeByLang } from '../util/memo.js';
import { answered } from '../util/answers.js';

const MONTHS_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'madam',
  'г-н', 'г-на', 'г-ну', 'г-ном', 'г-не', 'г-жа', 'г-жи', 'г-же', 'г-жой', 'гн',
]);

/** Lower-case words joining the parts of one name ("Clooney Foundation for Justice"). */
export const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'del', 'van', 'von', 'der', 'al', 'la', 'le', 'du']);

const words = new Map<string, Set<string>>();

function dictionaryWords(lang: string): Set<string> {
  let set = words.get(lang);
  if (set) return set;
  set = new Set();
  const pkg = lang === 'ru' ? 'dictionary-ru' : lang === 'en' ? 'dictionary-en' : undefined;
  if (pkg) {
    const dic = readFileSync(new URL('index.dic', import.meta.resolve(pkg)), 'utf8');
    // One entry per line, "word/FLAGS"; the first line is the count. A hand-rolled scan: this
    // runs over 150,000 lines and split() per line doubles the cost.
    for (let i = dic.indexOf('\n') + 1; i > 0 && i < dic.length;) {
      let j = dic.indexOf('\n', i);
      if (j < 0) j = dic.length;
      let k = i;
      while (k < j && dic.charCodeAt(k) > 32 && dic.charCodeAt(k) !== 47) k++;
      const first = dic[i];
      // Capitalised entries are names themselves; only common (lower-case) words are kept.
      if (k > i && first === first.toLowerCase() && first !== first.toUpperCase()) set.add(dic.slice(i, k));
      i = j + 1;
    }
  }
  words.set(lang, set);
  return set;
}

const RU_INFLECTION = /(?:иями|ями|ами|ого|его|ому|ему|ыми|ими|ой|ей|ий|ый|ым|им|ом|ем|ую|юю|ая|яя|ое|ее|ов|ев|ах|ях|ам|ям|а|я|у|ю|е|ы|и|о|ь|й)$/;

/** Dictionary (base) form endings tried after stripping a case ending. */
const RU_BASE_ENDINGS = ['', 'а', 'я', 'о', 'е', 'ь', 'й', 'ий', 'ый', 'ой', 'ия', 'ие', 'ть'];

function ruKey(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (w.length <= 3) return w;
  // Only the last four letters can be an ending; matching the tail alone keeps loading fast.
  const cut = Math.max(0, w.length - 4);
  return w.slice(0, cut) + w.slice(cut).replace(RU_INFLECTION, '');
}

function enCandidates(w: string): string[] {
  const out = [w];
  const cut = (suffix: string, add = '') => { if (w.endsWith(suffix) && w.length > suffix.length + 2) out.push(w.slice(0, -suffix.length) + add); };
  cut('s'); cut('es'); cut('ies', 'y'); cut('ed'); cut('d'); cut('ing'); cut('ing', 'e'); cut('ness'); cut('ly'); cut('ary'); cut('al');
  return out;
}

/**
 * A capitalised word that is an ordinary word of the language (Law, School, Party, Республики);
 * answered once per language and word form (names repeat, and each answer tries several forms).
 */
export function isCommonWord(word: string, lang: string): boolean {
  return commonMemo(word, lang);
}
const commonMemo = memoizeByLang((word, lang) => answered(`common:${lang}`, word, () => commonWord(word, lang)));

function commonWord(word: string, lang: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (MONTHS_DAYS.has(lower) || HONORIFICS.has(lower.replace(/\.$/, ''))) return true;
  const dict = dictionaryWords(lang);
  if (lang === 'ru') {
    const key = ruKey(lower);
    return dict.has(lower.replace(/ё/g, 'е')) || RU_BASE_ENDINGS.some((e) => dict.has(key + e));
  }
  return enCandidates(lower).some((c) => dict.has(c));
}

/** Words never reported as names: months, days, honorifics. */
export function isNeverName(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return MONTHS_DAYS.has(lower) || HONORIFICS.has(lower);
}
