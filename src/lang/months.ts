/**
 * Month names. English: full names and dotted abbreviations, capitalised (so the modal "may"
 * is not May). Russian: every case of every month (январь, января, январе, январю, январём…)
 * and the dotted abbreviations; matched case-insensitively after ё → е.
 */

const EN_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_ABBR: Array<[string, number]> = [['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8], ['Sep', 9], ['Sept', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12]];

/** Russian month stems with their case endings. */
const RU_FORMS: Array<[string, string, number]> = [
  ['январ', 'ь|я|е|ю|ем', 1], ['феврал', 'ь|я|е|ю|ем', 2], ['март', 'а|е|у|ом|', 3], ['апрел', 'ь|я|е|ю|ем', 4],
  ['ма', 'й|я|е|ю|ем', 5], ['июн', 'ь|я|е|ю|ем', 6], ['июл', 'ь|я|е|ю|ем', 7], ['август', 'а|е|у|ом|', 8],
  ['сентябр', 'ь|я|е|ю|ем', 9], ['октябр', 'ь|я|е|ю|ем', 10], ['ноябр', 'ь|я|е|ю|ем', 11], ['декабр', 'ь|я|е|ю|ем', 12],
];
const RU_ABBR: Array<[string, number]> = [['янв', 1], ['февр', 2], ['фев', 2], ['апр', 4], ['авг', 8], ['сент', 9], ['сен', 9], ['окт', 10], ['нояб', 11], ['ноя', 11], ['дек', 12]];

/** Regex source (one capture-free alternation) for a month name in the language. */
export function monthPattern(lang: 'en' | 'ru'): string {
  if (lang === 'en') {
    // Abbreviations take a dot, or are followed by a number ("Oct 11", "11 Oct 2021").
    return `(?:${EN_FULL.join('|')}|(?:${EN_ABBR.map(([a]) => a).join('|')})(?:\\.|(?=\\s+\\d)))`;
  }
  const full = RU_FORMS.map(([stem, ends]) => `${stem}(?:${ends})`).join('|');
  return `(?:${full}|(?:${RU_ABBR.map(([a]) => a).join('|')})\\.)`;
}

/** Month number (1–12) of a matched month name. */
export function monthNumber(word: string, lang: 'en' | 'ru'): number | undefined {
  const w = word.replace(/\.$/, '');
  if (lang === 'en') {
    const i = EN_FULL.indexOf(w);
    if (i >= 0) return i + 1;
    return EN_ABBR.find(([a]) => a === w)?.[1];
  }
  const lower = w.toLowerCase();
  for (const [stem, ends, n] of RU_FORMS) {
    if (lower.startsWith(stem) && ends.split('|').includes(lower.slice(stem.length))) return n;
  }
  return RU_ABBR.find(([a]) => a === lower)?.[1];
}
