import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/segment/sentences.js';

const texts = (t: string, lang: string): string[] => splitSentences(t, lang).map((s) => s.text);

describe('sentence splitter fix-ups', () => {
  const cases: Array<[string, string, string[]]> = [
    ['en', 'Mr. Zheksebaev was convicted. He appealed.', ['Mr. Zheksebaev was convicted.', 'He appealed.']],
    ['en', 'Mrs. Otis and Dr. Jones arrived. They sat down.', ['Mrs. Otis and Dr. Jones arrived.', 'They sat down.']],
    ['en', 'The U.S. Embassy said nothing. Officials left.', ['The U.S. Embassy said nothing.', 'Officials left.']],
    ['en', 'John F. Kennedy was elected. He was young.', ['John F. Kennedy was elected.', 'He was young.']],
    ['en', 'Mr.\u00a0Smith arrived. He sat.', ['Mr.\u00a0Smith arrived.', 'He sat.']],
    ['en', 'He arrived. Then he left. It rained!', ['He arrived.', 'Then he left.', 'It rained!']],
    ['en', 'He lived in the U.S. The next year he moved.', ['He lived in the U.S.', 'The next year he moved.']],
    ['ru', 'Г-н Жексебаев был осужден. Он подал жалобу.', ['Г-н Жексебаев был осужден.', 'Он подал жалобу.']],
    ['ru', 'Суд отказал г-ну Жексебаеву. Защита обжаловала решение.', ['Суд отказал г-ну Жексебаеву.', 'Защита обжаловала решение.']],
    ['ru', 'Это важно, т. е. необходимо. Далее суд продолжил.', ['Это важно, т. е. необходимо.', 'Далее суд продолжил.']],
    ['ru', 'Это важно, т.е. Суд так решил. Далее.', ['Это важно, т.е. Суд так решил.', 'Далее.']],
    ['ru', 'А. С. Пушкин родился в Москве. Он поэт.', ['А. С. Пушкин родился в Москве.', 'Он поэт.']],
    ['ru', 'Г-н\u00a0Жексебаев уехал. Он в Бишкеке.', ['Г-н\u00a0Жексебаев уехал.', 'Он в Бишкеке.']],
    ['ru', 'Он пришёл. Потом ушёл.', ['Он пришёл.', 'Потом ушёл.']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text.replace(/\u00a0/g, '⍽')}`, () => {
      expect(texts(text, lang)).toEqual(expected);
    });
  }

  it('offsets point into the original text (U+00A0 and curly quotes kept)', () => {
    const text = '“Mr.\u00a0Smith,” she said. «Г-н Иванов» ответил.';
    for (const s of splitSentences(text, 'en')) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text, 'en')).toHaveLength(2);
  });
});
