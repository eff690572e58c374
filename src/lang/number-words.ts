/**
 * Number words of English and Russian: every word form mapped to its value, with a flag for
 * forms too ambiguous to count on their own ("one"/"a", "first", "second" the unit, "семью" the
 * family). Russian forms cover all six cases and three genders, collective numerals ("пятеро")
 * and the first parts of compounds ("пятилетний" = five-year). Text is compared after
 * `normalizeSameLength` (ё → е), so only е forms are listed.
 */
import { memoizeByLang } from '../util/memo.js';

export interface NumberWord {
  value: number;
  /** A scale word (hundred, thousand, million…) multiplies what precedes it. */
  scale?: boolean;
  ordinal?: boolean;
  /** Too ambiguous to report on its own; still matches a number on the other side. */
  weak?: boolean;
}

const table = new Map<string, NumberWord>();
function add(forms: string, value: number, extra: Omit<NumberWord, 'value'> = {}): void {
  for (const f of forms.split(/\s+/).filter(Boolean)) if (!table.has(f)) table.set(f, { value, ...extra });
}

// ---- English ----------------------------------------------------------------------------
const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const EN_ORD_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const en = new Map<string, NumberWord>();
EN_UNITS.forEach((w, i) => en.set(w, i === 1 ? { value: 1, weak: true } : { value: i }));
for (const [w, v] of Object.entries(EN_TENS)) {
  en.set(w, { value: v });
  en.set(`${w.slice(0, -1)}ieth`, { value: v, ordinal: true });
}
EN_ORD_UNITS.forEach((w, i) => { if (w) en.set(w, { value: i, ordinal: true, weak: i <= 2 }); });
en.set('hundred', { value: 100, scale: true });
en.set('thousand', { value: 1e3, scale: true });
en.set('million', { value: 1e6, scale: true });
en.set('billion', { value: 1e9, scale: true });
en.set('trillion', { value: 1e12, scale: true });
en.set('hundredth', { value: 100, scale: true, ordinal: true });
en.set('thousandth', { value: 1e3, scale: true, ordinal: true });
en.set('dozen', { value: 12 });
en.set('dozens', { value: 12 });
// Multiplicatives and fractions: "twice a week" = "два раза в неделю", "two-thirds" = "две трети".
en.set('once', { value: 1, weak: true });
en.set('twice', { value: 2 });
en.set('thrice', { value: 3 });
en.set('both', { value: 2, weak: true });
for (const [w, v] of [['thirds', 3], ['fourths', 4], ['fifths', 5], ['sixths', 6], ['sevenths', 7], ['eighths', 8], ['ninths', 9], ['tenths', 10]] as Array<[string, number]>) {
  en.set(w, { value: v, ordinal: true });
}

// ---- Russian ----------------------------------------------------------------------------
const ADJ_HARD = 'ый ая ое ые ого ой ому ым ом ую ых ыми';
const ADJ_STRESSED = 'ой ая ое ые ого ому ым ом ую ых ыми';
const ADJ_SOFT = 'ий ья ье ьи ьего ьей ьему ьим ьем ью ьих ьими';
function ordinal(stem: string, endings: string, value: number, weak = false): void {
  for (const e of endings.split(' ')) table.set(stem + e, { value, ordinal: true, weak });
}

add('ноль нуль ноля нуля нолю нулю нолем нулем ноле нуле', 0);
add('один одна одно одни одного одной одному одним одном одну одними одних', 1, { weak: true });
add('два две двух двум двумя двое двоих двоим двоими', 2);
add('три трех трем тремя трое троих троим троими', 3);
add('четыре четырех четырем четырьмя четверо четверых четверым четверыми', 4);
const RU_5_20: Array<[string, number, string?]> = [
  ['пят', 5, 'пятеро пятерых пятерым пятерыми'], ['шест', 6, 'шестеро шестерых шестерым'], ['сем', 7, 'семеро семерых семерым'],
  ['восем', 8], ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13],
  ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18],
  ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30],
];
// "семью" is also "family" (accusative): weak. Listed first so the loop below keeps it weak.
table.set('семью', { value: 7, weak: true });
for (const [stem, v, collective] of RU_5_20) {
  add(`${stem}ь ${stem}и ${stem}ью`, v);
  if (collective) add(collective, v);
}
// "восемь": oblique stem восьм-.
add('восьми восьмью', 8);
add('сорок сорока', 40);
add('пятьдесят пятидесяти пятьюдесятью', 50);
add('шестьдесят шестидесяти шестьюдесятью', 60);
add('семьдесят семидесяти семьюдесятью', 70);
add('восемьдесят восьмидесяти восемьюдесятью', 80);
add('девяносто девяноста', 90);
add('сто ста', 100);
add('двести двухсот двумстам двумястами двухстах', 200);
add('триста трехсот тремстам тремястами трехстах', 300);
add('четыреста четырехсот четыремстам четырьмястами четырехстах', 400);
for (const [w, v] of [['пят', 500], ['шест', 600], ['сем', 700], ['восем', 800], ['девят', 900]] as Array<[string, number]>) {
  const obl = w === 'восем' ? 'восьм' : w;
  add(`${w}ьсот ${obl}исот ${obl}истам ${w}ьюстами ${obl}истах`, v);
}
add('тысяча тысячи тысяче тысячу тысячей тысячью тысяч тысячам тысячами тысячах тыс', 1e3, { scale: true });
for (const [stem, v, abbr] of [['миллион', 1e6, 'млн'], ['миллиард', 1e9, 'млрд'], ['триллион', 1e12, 'трлн']] as Array<[string, number, string]>) {
  add(`${stem} ${stem}а ${stem}у ${stem}ом ${stem}е ${stem}ы ${stem}ов ${stem}ам ${stem}ами ${stem}ах ${abbr}`, v, { scale: true });
}

add('дюжина дюжины дюжине дюжину дюжиной дюжин дюжинами', 12);
add('дважды', 2);
add('оба обе обоих обеих обоим обеим обоими обеими', 2, { weak: true });
for (const [w, v] of [['вдвоем', 2], ['втроем', 3], ['вчетвером', 4], ['впятером', 5], ['вшестером', 6], ['всемером', 7]] as Array<[string, number]>) table.set(w, { value: v });
add('трижды', 3);
add('однажды', 1, { weak: true });
add('треть трети третью третей третям третями', 3, { ordinal: true });
ordinal('перв', ADJ_HARD, 1, true);
ordinal('втор', ADJ_STRESSED, 2, true);
ordinal('трет', ADJ_SOFT, 3);
ordinal('четверт', ADJ_HARD, 4);
for (const [stem, v] of [['пят', 5], ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12],
  ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17],
  ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30], ['пятидесят', 50],
  ['шестидесят', 60], ['семидесят', 70], ['восьмидесят', 80], ['сот', 100]] as Array<[string, number]>) {
  ordinal(stem, ADJ_HARD, v);
}
for (const [stem, v] of [['шест', 6], ['седьм', 7], ['восьм', 8], ['сороков', 40]] as Array<[string, number]>) ordinal(stem, ADJ_STRESSED, v);
ordinal('девяност', ADJ_HARD, 90);

/** First parts of Russian compounds: "пятилетний", "двухмесячный", "трехкратный". */
const RU_COMPOUND_HEADS: Record<string, number> = {
  одно: 1, двух: 2, трех: 3, четырех: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
  одиннадцати: 11, двенадцати: 12, пятнадцати: 15, двадцати: 20, тридцати: 30, сорока: 40,
  пятидесяти: 50, ста: 100, двухсот: 200, трехсот: 300, четырехсот: 400, пятисот: 500, тысяче: 1000,
};
const RU_COMPOUND = new RegExp(`^(${Object.keys(RU_COMPOUND_HEADS).join('|')})(летн|месячн|недельн|дневн|часов|минутн|кратн|разов|процентн|тысячн|этажн|комнатн|местн|томн|серийн|угольн|сторонн|ярусн)`);
/** "треугольный", "трехсторонний" without the -х-. */
const RU_TRE = /^тре(угольн|сторонн)/;

/**
 * The first letters (lower case) any number word of a language can start with: words whose
 * first letter is none of these are not looked up (most words of a text).
 */
let firsts: Record<'en' | 'ru', Set<string>> | undefined;
function firstLetters(lang: 'en' | 'ru'): Set<string> {
  firsts ??= {
    en: new Set([...en.keys()].map((k) => k[0])),
    ru: new Set([...table.keys(), ...Object.keys(RU_COMPOUND_HEADS), 'тре'].map((k) => k[0])),
  };
  return firsts[lang];
}

/**
 * Whether a word starting with the character `ch` can be a number word of the language. Asked
 * for every word of every block: the answer is kept per code unit (0 not asked, 1 yes, 2 no).
 */
export function mayStartNumberWord(ch: string, lang: 'en' | 'ru'): boolean {
  if (ch.length === 0) return false;
  const seen = startAnswers[lang];
  const code = ch.charCodeAt(0);
  let a = ch.length === 1 ? seen[code] : 0;
  if (a === 0) {
    a = firstLetters(lang).has(ch.toLowerCase()[0]) ? 1 : 2;
    if (ch.length === 1) seen[code] = a;
  }
  return a === 1;
}
const startAnswers = { en: new Uint8Array(0x10000), ru: new Uint8Array(0x10000) };

/** Look a single lower-cased word up; undefined when it is not a number word. */
export function numberWord(word: string, lang: 'en' | 'ru'): NumberWord | undefined {
  if (!mayStartNumberWord(word.charAt(0), lang)) return undefined;
  return lookups(word, lang);
}
/** Words repeat: each form looked up once (the answers are shared, never changed). */
const lookups = memoizeByLang((word, lang) => lookupNumberWord(word, lang as 'en' | 'ru'));

/** numberWord without the first-letter test (exported for the test that compares the two). */
export function lookupNumberWord(word: string, lang: 'en' | 'ru'): NumberWord | undefined {
  const w = word.toLowerCase();
  if (lang === 'en') return en.get(w);
  const hit = table.get(w);
  if (hit) return hit;
  const m = RU_COMPOUND.exec(w);
  if (m) return { value: RU_COMPOUND_HEADS[m[1]] };
  return RU_TRE.test(w) ? { value: 3 } : undefined;
}

/** English compound "forty-nine", "twenty-first": tens and a unit joined by a hyphen. */
export function enHyphenated(word: string): NumberWord | undefined {
  const parts = word.toLowerCase().split('-');
  if (parts.length !== 2) return undefined;
  const tens = en.get(parts[0]);
  const unit = en.get(parts[1]);
  if (!tens || !unit || tens.ordinal || tens.value < 20 || tens.value % 10 || unit.value < 1 || unit.value > 9) return undefined;
  return { value: tens.value + unit.value, ordinal: unit.ordinal };
}

/** Words that join number words inside one number ("one hundred and five"). */
export const JOINERS: Record<'en' | 'ru', RegExp> = { en: /^(?:\s+and\s+|[\s-]+)$/, ru: /^\s+$/ };

/** Place of a non-scale word in a compound number: hundreds 3, tens 2, units and teens 1. */
function slot(v: number): number { return v >= 100 ? 3 : v >= 20 ? 2 : 1; }

/**
 * Combine a run of number words into values: "сорока девяти" → 49, "two hundred and five" →
 * 205, "пять тысяч триста" → 5300. A word that cannot continue the number (a unit after a
 * unit: "two three") starts a new one.
 */
export function combine(words: NumberWord[]): Array<{ value: number; first: number; count: number; weak: boolean }> {
  const out: Array<{ value: number; first: number; count: number; weak: boolean }> = [];
  let total = 0, current = 0, lastSlot = 4, first = 0, count = 0, weak = true;
  const flush = () => {
    if (count) out.push({ value: total + current, first, count, weak: weak && count === 1 });
    total = 0; current = 0; lastSlot = 4; count = 0; weak = true;
  };
  words.forEach((w, i) => {
    if (w.scale) {
      if (w.value === 100) {
        if (current >= 100 || (count && lastSlot === 3)) flush();
        if (!count) first = i;
        current = (current || 1) * 100; lastSlot = 3;
      } else {
        if (!count) first = i;
        if (count && current === 0) flush(), first = i; // "thousand thousand"
        total += (current || 1) * w.value; current = 0; lastSlot = 4;
      }
      count++; weak = false;
      return;
    }
    if (count && slot(w.value) >= lastSlot) flush();
    if (!count) first = i;
    current += w.value; lastSlot = w.value === 0 ? 0 : slot(w.value); count++;
    weak = weak && !!w.weak;
  });
  flush();
  return out;
}
