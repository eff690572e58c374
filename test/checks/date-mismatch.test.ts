import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDates, type DateMention } from '../../src/lang/dates.js';
import { bounded, matchesOf } from '../../src/util/lookbehind.js';
import { InputError } from '../../src/errors.js';
import { brief, ruleFindings } from './harness.js';

const REF = { year: 2022, month: 11 };
const parts = (d: DateMention) => [d.year, d.month, d.day];
const en = (t: string) => findDates(t, 'en', REF);
const ru = (t: string) => findDates(t, 'ru', REF);
const run = (e: string, r: string, setting?: Parameters<typeof ruleFindings>[3]['setting'], published = '2022-11') =>
  ruleFindings('date-mismatch', e, r, { published, setting });

// Seed paragraph EN 22 / RU 20 (shortened) and EN 19 / RU 17, and edits of them.
const EN22 = 'On October 11, 2021, Mr. Zheksebaev was convicted of both organizing and participating in Koshe Party activities, sentenced to five years in prison.';
const RU20 = '11 октября 2021 года г-н Жексебаев был осужден за организацию и участие в деятельности движения «Көше партиясы», приговорен к пяти годам лишения свободы.';
const EN19 = 'In Zheksebaev’s case, the prosecution alleged that from April to June 2020 he posted videos and messages in support of the Koshe Party on social media.';
const RU17 = 'В деле г-на Жексебаева обвинение утверждало, что с апреля по июнь 2020 года он размещал в соцсетях видеоролики и посты в поддержку «Көше партиясы».';

describe('reading dates', () => {
  it('reads month names in every Russian case, ё or е', () => {
    const forms = ['январь', 'января', 'январе', 'январю', 'январём', 'январем', 'март', 'марта', 'марте', 'мартом', 'май', 'мая', 'мае', 'маем', 'август', 'августа', 'августе', 'декабрь', 'декабре'];
    expect(forms.map((f) => ru(`это было в ${f} и всё`).map((d) => d.month))).toEqual([[1], [1], [1], [1], [1], [1], [3], [3], [3], [3], [5], [5], [5], [5], [8], [8], [8], [12], [12]]);
  });
  it('reads day, month and year precision and numeric forms', () => {
    expect(en('On October 11, 2021, on 11 October 2021, in May 2020, in 2018, on 2021-10-11, on 10/11/2021, on 11.10.2021').map(parts))
      .toEqual([[2021, 10, 11], [2021, 10, 11], [2020, 5, undefined], [2018, undefined, undefined], [2021, 10, 11], [2021, 10, 11], [2021, 10, 11]]);
    expect(en('Oct. 11, 2021; Oct 11, 2021; 11 Oct 2021; Sept. 2020').map(parts)).toEqual([[2021, 10, 11], [2021, 10, 11], [2021, 10, 11], [2020, 9, undefined]]);
    expect(ru('11 октября 2021 года, в мае 2020 г., в 2018 году, 11.10.2021, 11/10/2021, от 2020 года').map(parts))
      .toEqual([[2021, 10, 11], [2020, 5, undefined], [2018, undefined, undefined], [2021, 10, 11], [2021, 10, 11], [2020, undefined, undefined]]);
    expect(ru('в 2020-2021 годах').map((d) => d.text)).toEqual(['в 2020', '2021 годах']);
  });
  it('gives a range\'s first end the year of the second', () => {
    expect(en('from April to June 2020').map(parts)).toEqual([[2020, 4, undefined], [2020, 6, undefined]]);
    expect(ru('с апреля по июнь 2020 года').map(parts)).toEqual([[2020, 4, undefined], [2020, 6, undefined]]);
    expect(ru('с 5 по 7 мая 2020 года').map(parts)).toEqual([[2020, 5, 5], [2020, 5, 7]]);
    expect(en('on June 26–27, 2020').map((d) => [d.text, ...parts(d)])).toEqual([['June 26', 2020, 6, 26], ['27, 2020', 2020, 6, 27]]);
    expect(ru('26–27 июня 2020 года').map(parts)).toEqual([[2020, 6, 26], [2020, 6, 27]]);
  });
  it('resolves relative expressions against the publication date', () => {
    expect(en('this month, last month, next year, today').map((d) => [...parts(d), d.relative])).toEqual([
      [2022, 11, undefined, true], [2022, 10, undefined, true], [2023, undefined, undefined, true], [2022, 11, undefined, true]]);
    expect(ru('в этом месяце, в прошлом году, в начале этого месяца').map(parts)).toEqual([[2022, 11, undefined], [2021, undefined, undefined], [2022, 11, undefined]]);
    expect(findDates('this month', 'en', undefined).map((d) => [d.year, d.relative])).toEqual([[undefined, true]]);
  });
  it('does not read durations, counts, times, "now", articles or the modal "may" as dates (where chrono-node does)', () => {
    // chrono-node 2.x reads "now" as a date, "в течение пяти лет" as 2027 and "с 12" as 12:00.
    expect(en('he has now applied; a five-year ban; every 15 days; he may face; at 10:30; Article 1995')).toEqual([]);
    expect(ru('в течение пяти лет; вместе с 12 другими; к пяти годам; сроком на 5 (пять) лет; в 10:30; статьи 1995')).toEqual([]);
  });
  it('does not read month names used as words or names ("May I", "April Smith", "Марта Ивановна")', () => {
    expect(en('May I ask whether April Smith will march?')).toEqual([]);
    expect(ru('Он сказал, что Марта Ивановна уехала.')).toEqual([]);
    expect(ru('Март был холодным.').map(parts)).toEqual([[undefined, 3, undefined]]);
  });
  it('reads decades and keeps them apart from years', () => {
    expect(en('in the 1990s').map((d) => [d.year, d.decade])).toEqual([[1990, true]]);
    expect(ru('в 1990-х годах').map((d) => [d.year, d.decade])).toEqual([[1990, true]]);
  });
  it('keeps "в мае" without a year (chrono-node guesses May 2023)', () => {
    expect(ru('и в мае г-н Жексебаев был освобожден').map(parts)).toEqual([[undefined, 5, undefined]]);
  });
});

describe('date-mismatch on edits of the seed', () => {
  it('is quiet on the seed paragraphs as published', () => {
    expect(run(EN22, RU20)).toEqual([]);
    expect(run(EN19, RU17)).toEqual([]);
  });

  it('fires (error) on a changed year, month or day, with both ranges', () => {
    expect(brief(run(EN22, RU20.replace('2021 года', '2020 года')))).toEqual([['error', 'On October 11, 2021', '11 октября 2020 года']]);
    expect(brief(run(EN22, RU20.replace('октября', 'ноября')))).toEqual([['error', 'On October 11, 2021', '11 ноября 2021 года']]);
    const day = run(EN22, RU20.replace('11 октября', '12 октября'));
    expect(brief(day)).toEqual([['error', 'On October 11, 2021', '12 октября 2021 года']]);
    expect(day[0].message).toContain('the day differs');
    expect(brief(run(EN19, RU17.replace('с апреля', 'с мая')))).toEqual([['error', 'April', 'мая']]);
  });

  it('fires (warning) on a year dropped or added, and on a date with no counterpart', () => {
    expect(brief(run('In May 2022 he was released.', 'В мае он был освобожден.'))).toEqual([['warning', 'In May 2022', 'В мае']]);
    expect(brief(run('The court will decide in December.', 'Суд вынесет решение в декабре 2022 года.'))).toEqual([['warning', 'in December', 'в декабре 2022 года']]);
    const missing = run(EN22, RU20.replace('11 октября 2021 года г-н', 'Г-н'));
    expect(brief(missing)).toEqual([['warning', 'On October 11, 2021', 'Г-н Жексебаев был осужден за организацию и участие в деятельности движения «Көше партиясы», приговорен к пяти годам лишения свободы.']]);
  });

  it('fires (warning) on relative vs absolute, and (error) when the resolved value differs', () => {
    expect(brief(run('He fled at the beginning of this month.', 'Он бежал в начале ноября.'))).toEqual([['warning', 'this month', 'в начале ноября']]);
    expect(brief(run('He fled last month.', 'Он бежал в ноябре.'))).toEqual([['error', 'last month', 'в ноябре']]);
  });

  it('is quiet on numeric forms and relative renderings of the same date', () => {
    expect(run(EN22, RU20.replace('11 октября 2021 года', '11.10.2021'))).toEqual([]);
    expect(run(EN22.replace('October 11, 2021', '2021-10-11'), RU20)).toEqual([]);
    expect(run('He fled this month.', 'Он бежал в этом месяце.')).toEqual([]);
    expect(run(EN22, RU20.replace('11 октября 2021 года', '11\u00a0октября 2021\u00a0года'))).toEqual([]);
    expect(run('Reforms began in the 1990s.', 'Реформы начались в 1990-х годах.')).toEqual([]);
    expect(ruleFindings('number-mismatch', 'Reforms began in the 1990s.', 'Реформы начались в 1990-х годах.', { published: '2022-11' })).toEqual([]);
    expect(run('A new report said today.', 'Недавно говорится в новом отчете.')).toEqual([]);
  });

  it('honours options: reportMissing, per-kind severities, rule severity', () => {
    expect(run(EN22, RU20.replace('11 октября 2021 года г-н', 'Г-н'), { options: { reportMissing: false } })).toEqual([]);
    expect(brief(run('In May 2022 he was released.', 'В мае он был освобожден.', { options: { severities: { precision: 'info' } } }))).toEqual([['info', 'In May 2022', 'В мае']]);
    expect(brief(run(EN22, RU20.replace('2021 года', '2020 года'), 'warning'))).toEqual([['warning', 'On October 11, 2021', '11 октября 2020 года']]);
    let error: unknown;
    try { run(EN22, RU20, { options: { reportMising: false } }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toMatch(/bitext\.config\.json: unknown option "rules\.date-mismatch\.options\.reportMising"\n {2}fix: did you mean "reportMissing"\?/);
  });
});

describe('patterns with their leading lookbehind checked in code (util/lookbehind.ts, as lang/dates.ts uses them)', () => {
  const RU_MONTH = '(?:январ(?:ь|я|е|ю|ем)|ма(?:й|я|е|ю|ем)|март(?:а|е|у|ом|)|(?:янв|дек)\\.)';
  const EN_MONTH = '(?:January|May|March|Mar|(?:Jan|Dec)(?:\\.|(?=\\s+\\d)))';
  const cases: Array<[string, string, string]> = [
    // class, body, flags: the shapes of the month and relative-date patterns
    ['\\p{L}\\p{N}', `(${RU_MONTH})(?![\\p{L}\\p{N}])(?:\\s+(20\\d\\d))?`, 'giu'],
    ['\\p{L}\\p{N}', `(${EN_MONTH})(?![\\p{L}\\p{N}])(?:,?\\s+(20\\d\\d))?`, 'gu'],
    ['\\p{L}', '(этом|этого|прошлом)\\s+(месяц[еау]?|год[ау]?)(?![\\p{L}])', 'giu'],
    ['\\p{L}', '(this|last|past)\\s+(month|year)(?![\\p{L}])', 'giu'],
  ];
  const pieces = ['января', 'МАЯ', 'Март', 'мартом', 'янв.', 'дек', 'May', 'Mar', 'Jan.', 'Dec 5', 'January', 'этом', 'Этого', 'прошлом', 'месяце',
    'году', 'год', 'this', 'LAST', 'past', 'month', 'year', 'x', 'я', '5', '2020', ' ', ' ', ',', '.', '-', '\u0345', '\u2160', '𝐀', '😀', '\ud800', '\udc00', 'ſ'];
  const unit = fc.constantFrom(...pieces);
  const show = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

  it('finds what the pattern with the lookbehind finds, on random text', () => {
    for (const [cls, body, flags] of cases) {
      const whole = new RegExp(`(?<![${cls}])${body}`, flags);
      fc.assert(fc.property(fc.array(unit, { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        expect(show(matchesOf(s, bounded(cls, body, flags)))).toEqual(show([...s.matchAll(whole)] as RegExpExecArray[]));
      }), { numRuns: 1500, seed: 5 });
    }
  });

  it('goes on after a rejected match: the month inside a word, then the one after it', () => {
    const p = bounded('\\p{L}\\p{N}', `(${RU_MONTH})(?![\\p{L}\\p{N}])`, 'giu');
    expect(matchesOf('примая мая', p).map((m) => m.index)).toEqual([7]);
    expect(matchesOf('5мая, мая', p).map((m) => m.index)).toEqual([6]);
    expect(ru('в конце прошлом месяце и 5 мая')).toHaveLength(2);
    // a later match inside a rejected one is found, as with the lookbehind
    expect(matchesOf('xa b', bounded('\\p{L}', 'a b|b', 'gu')).map((m) => [m.index, m[0]])).toEqual([[3, 'b']]);
    // a dropped match on an astral character goes on at the next code point
    for (const [body, text] of [['𝐀+|b', 'x𝐀𝐀 𝐀b'], ['𝐀b|b', 'x𝐀b 𝐀b']]) {
      const whole = new RegExp(`(?<![\\p{L}])(?:${body})`, 'gu');
      expect(show(matchesOf(text, bounded('\\p{L}', body, 'gu')))).toEqual(show([...text.matchAll(whole)] as RegExpExecArray[]));
    }
  });
});
