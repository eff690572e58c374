import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers } from '../../src/lang/numbers.js';
import { InputError } from '../../src/errors.js';
import { brief, ruleFindings } from './harness.js';

const keys = (text: string, lang: 'en' | 'ru') => findNumbers(text, lang).map((n) => n.key);
const run = (en: string, ru: string, setting?: Parameters<typeof ruleFindings>[3]['setting']) =>
  ruleFindings('number-mismatch', en, ru, { published: '2022-11', setting });

// Seed paragraphs (EN 5 / RU 3, EN 17 / RU 15, EN 22 / RU 20), and edits of them.
const EN5 = 'Although a court suspended Zheksebaev’s prison sentence, the conditions of his release were harsh, including requiring him to stay within the city limits of Almaty and report to the police every 15 days.';
const RU3 = 'При том что позже суд заменил г-ну Жексебаеву наказание в виде лишения свободы на ограничение свободы, условия условно-досрочного освобождения были жесткими, включая требование не покидать пределов города Алматы и отмечаться в полиции каждые 15 дней.';
const EN17 = 'In this case, he was prosecuted alongside 12 co-defendants under Article 405 of Kazakhstan’s Criminal Code.';
const RU15 = 'На этот раз он вместе с 12 другими фигурантами дела был привлечен к уголовной ответственности на основании статьи 405 Уголовного кодекса Республики Казахстан.';
const EN22 = 'On October 11, 2021, Mr. Zheksebaev was convicted, sentenced to five years in prison, and deprived of the right to engage in social and political activities for a period of 5 (five) years.';
const RU20 = '11 октября 2021 года г-н Жексебаев был осужден, приговорен к пяти годам лишения свободы и лишен права заниматься общественно-политической деятельностью сроком на 5 (пять) лет.';

const EN_U = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_T = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function enBelow1000(n: number): string {
  const h = Math.floor(n / 100), r = n % 100;
  const rest = r < 20 ? EN_U[r] : `${EN_T[Math.floor(r / 10)]}${r % 10 ? `-${EN_U[r % 10]}` : ''}`;
  return [h ? `${EN_U[h]} hundred` : '', rest].filter(Boolean).join(h && r ? ' and ' : ' ');
}
function enWords(n: number): string {
  const th = Math.floor(n / 1000), r = n % 1000;
  return [th ? `${enBelow1000(th)} thousand` : '', r ? enBelow1000(r) : ''].filter(Boolean).join(' ');
}
const RU_U = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const RU_T = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const RU_H = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];
function ruBelow1000(n: number, feminine = false): string {
  const h = Math.floor(n / 100), r = n % 100, t = Math.floor(r / 10), u = r % 10;
  const unit = (k: number) => (feminine && k === 1 ? 'одна' : feminine && k === 2 ? 'две' : RU_U[k]);
  const rest = r < 20 ? (r ? unit(r) : '') : [RU_T[t], u ? unit(u) : ''].filter(Boolean).join(' ');
  return [RU_H[h], rest].filter(Boolean).join(' ');
}
function ruWords(n: number): string {
  const th = Math.floor(n / 1000), r = n % 1000;
  const last = th % 100 >= 11 && th % 100 <= 14 ? 5 : th % 10;
  const word = last === 1 ? 'тысяча' : last >= 2 && last <= 4 ? 'тысячи' : 'тысяч';
  return [th ? `${ruBelow1000(th, true)} ${word}` : '', r ? ruBelow1000(r) : ''].filter(Boolean).join(' ');
}

describe('reading numbers', () => {
  it('reads digits with either locale\'s separators, U+00A0 and thin-space grouping', () => {
    expect(keys('1,000.5 and 1,000 and 2.75 and 1 000 000', 'en')).toEqual(['1000.5', '1000', '2.75', '1000000']);
    expect(keys('1 000,5 и 1\u00a0000 и 2,75 и 1\u202f000\u202f000', 'ru')).toEqual(['1000.5', '1000', '2.75', '1000000']);
  });
  it('reads any number formatted by Intl for en-US and ru-RU (U+00A0 grouping, comma decimals) as the same value', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 99 }), (int, frac) => {
      const n = Number((int + frac / 100).toFixed(2));
      const fmt = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
      const a = keys(`The sum was ${fmt('en-US')} tenge.`, 'en');
      const b = keys(`Сумма составила ${fmt('ru-RU')} тенге.`, 'ru');
      expect(a).toEqual([String(n)]);
      expect(b).toEqual(a);
    }), { numRuns: 300 });
  });
  it('reads every number from 1 to 999 999 written in English and in Russian words', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
      expect(keys(`exactly ${enWords(n)} people`, 'en')).toEqual([String(n)]);
      expect(keys(`ровно ${ruWords(n)} человек`, 'ru')).toEqual([String(n)]);
    }), { numRuns: 500 });
  });
  it('reads Russian number words in every case and gender, and compounds', () => {
    expect(keys('пять, пяти, пятью, двух, двумя, две, трёх, тремя, четырьмя, двенадцатью, сорока девяти, ста двадцати пяти', 'ru'))
      .toEqual(['5', '5', '5', '2', '2', '2', '3', '3', '4', '12', '49', '125']);
    expect(keys('пятилетний срок, двухмесячный арест, трое обвиняемых, пятеро, трёхсотлетнюю', 'ru')).toEqual(['5', '2', '3', '5', '300']);
    expect(keys('пять тысяч триста, двести тысяч, 5 млн, 1,5 миллиона', 'ru')).toEqual(['5300', '200000', '5000000', '1500000']);
  });
  it('reads English number words, compounds and scales', () => {
    expect(keys('forty-nine, twelve, two hundred and five, five-year, 5 million, three thousand', 'en'))
      .toEqual(['49', '12', '205', '5', '5000000', '3000']);
  });
  it('reads ordinals as their value', () => {
    expect(keys('the 21st session, the third hearing, the twenty-first day', 'en')).toEqual(['21', '3', '21']);
    expect(keys('21-й день, третьего заседания, пятом, двадцать первого', 'ru')).toEqual(['21', '3', '5', '21']);
  });
  it('reads fractions, multiplicatives, dozens and Roman numerals', () => {
    expect(keys('nine-tenths, two-thirds, twice a week, a dozen, the XVIII century, Part II, I said', 'en')).toEqual(['9', '10', '2', '3', '2', '12', '18', '2']);
    expect(keys('девяти десятых, две трети, два раза в неделю, дюжина, в XVIII веке, часть II, треугольная шляпа', 'ru')).toEqual(['9', '10', '2', '3', '2', '12', '18', '2', '3']);
  });
  it('reads "half past eight" and "половина девятого" as 8:30, "both" and "обеими" as a weak 2', () => {
    expect(keys('at half past eight', 'en')).toEqual(['8:30']);
    expect(keys('в половине девятого', 'ru')).toEqual(['8:30']);
    expect(findNumbers('обеими руками', 'ru').map((n) => [n.key, n.weak])).toEqual([['2', true]]);
  });
  it('counts "5 (five)" and "5 (пять)" once', () => {
    expect(keys('a period of 5 (five) years', 'en')).toEqual(['5']);
    expect(keys('сроком на 5 (пять) лет', 'ru')).toEqual(['5']);
    expect(keys('five (5) years', 'en')).toEqual(['5']);
  });
  it('reads percentages, ranges and times', () => {
    expect(keys('15% of 10–15 cases at 10:30', 'en')).toEqual(['15', '10', '15', '10:30']);
    expect(keys('15 процентов из 10-15 дел в 10:30', 'ru')).toEqual(['15', '10', '15', '10:30']);
  });
  it('leaves out numbers glued to letters ("G7") and marks lone "one"/"first"/"семью" weak', () => {
    expect(keys('the G7 summit', 'en')).toEqual([]);
    expect(findNumbers('one video, the first-instance appeal', 'en').map((n) => n.weak)).toEqual([true, true]);
    expect(findNumbers('он оставил семью', 'ru').map((n) => n.weak)).toEqual([true]);
  });
});

describe('number-mismatch on edits of the seed', () => {
  it('is quiet on the seed paragraphs as published', () => {
    expect(run(EN5, RU3)).toEqual([]);
    expect(run(EN17, RU15)).toEqual([]);
    expect(run(EN22, RU20)).toEqual([]);
  });

  it('fires (error) on a changed number, with both ranges', () => {
    const f = run(EN5, RU3.replace('каждые 15 дней', 'каждые 16 дней'));
    expect(brief(f)).toEqual([['error', '15', '16']]);
    expect(f[0].message).toBe('numbers differ: 15 in the source, 16 in the target');
    expect(f[0].source?.sentence).toBe(0);
  });

  it('fires on a changed number word ("five years" / "шести годам") and a changed age', () => {
    expect(brief(run(EN22, RU20.replace('к пяти годам', 'к шести годам')))).toEqual([['error', 'five', 'шести']]);
    expect(brief(run('Askhat Zheksebaev, a 49 year-old small business owner.', 'Асхат Жексебаев, 48-летний владелец малого бизнеса.'))).toEqual([['error', '49', '48']]);
  });

  it('fires (warning) on a number with no counterpart, pointing at the counterpart sentence', () => {
    const f = run(EN17, RU15.replace('вместе с 12 другими фигурантами', 'вместе с другими фигурантами'));
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0].source?.text).toBe('12');
    expect(f[0].target?.text).toMatch(/^На этот раз он вместе с другими/);
  });

  it('is quiet on digits for number words and number words for digits', () => {
    expect(run(EN22, RU20.replace('к пяти годам', 'к 5 годам'))).toEqual([]);
    expect(run(EN17.replace('alongside 12', 'alongside twelve'), RU15)).toEqual([]);
    expect(run('Askhat Zheksebaev, a forty-nine year-old owner.', 'Асхат Жексебаев, владелец сорока девяти лет.')).toEqual([]);
  });

  it('is quiet on locale separators, U+00A0, ё for е and "5 (five)" vs "пяти"', () => {
    expect(run('The fine was 1,000.5 tenge.', 'Штраф составил 1 000,5 тенге.')).toEqual([]);
    expect(run('About 1,000 people came.', 'Пришли около 1\u00a0000 человек.')).toEqual([]);
    expect(run('He met three witnesses.', 'Он встретился с трёх свидетелей.')).toEqual([]);
    expect(run('for a period of 5 (five) years', 'сроком на пять лет')).toEqual([]);
    expect(run('When Christian ideas succumbed in the 18th century to rationalist ideas.', 'Когда христианские идеи в XVIII веке гибли под ударом просветительных идей.')).toEqual([]);
  });

  it('leaves numbers inside dates to date-mismatch', () => {
    expect(run(EN22, RU20.replace('11 октября 2021 года', '12 октября 2021 года'))).toEqual([]);
    expect(ruleFindings('date-mismatch', EN22, RU20.replace('11 октября 2021 года', '12 октября 2021 года'), { published: '2022-11' })).toHaveLength(1);
  });

  it('does not fire on a lone "one" or "first" with no counterpart', () => {
    expect(run('In one video, he rejected the first-instance appeal.', 'В видеоролике он отклонил апелляционную жалобу.')).toEqual([]);
  });

  it('honours options: ignore, per-kind severities and a rule severity', () => {
    const edited = RU3.replace('каждые 15 дней', 'каждые 16 дней');
    expect(run(EN5, edited, { options: { ignore: ['15', '16'] } })).toEqual([]);
    expect(brief(run(EN5, edited, { options: { severities: { conflict: 'info' } } }))).toEqual([['info', '15', '16']]);
    expect(brief(run(EN5, edited, 'warning'))).toEqual([['warning', '15', '16']]);
    expect(run(EN5, edited, 'off')).toEqual([]);
    expect(run(EN17, RU15.replace('с 12 другими', 'с другими'), { options: { severities: { missing: 'off' } } })).toEqual([]);
  });

  it('rejects unknown or invalid options with an input error naming the config file', () => {
    expect(() => run(EN5, RU3, { options: { ignroe: ['1'] } })).toThrow(/unknown option "rules\.number-mismatch\.options\.ignroe"/);
    expect(() => run(EN5, RU3, { options: { severities: { conflict: 'eror' } } })).toThrow(InputError);
  });
});
