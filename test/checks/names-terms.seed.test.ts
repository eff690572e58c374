import { describe, expect, it } from 'vitest';
import { atLeastWarning, brief, findingsFor, SEED_CORPUS } from './seed-findings.js';

describe('name-mismatch and term-mismatch on the seed pair (in-process, real termbase)', () => {
  const findings = findingsFor(SEED_CORPUS, 'zheksebaev-2022', ['name-mismatch', 'term-mismatch']);
  const serious = findings.filter(atLeastWarning);

  it('reports exactly the discrepancies a careful reviewer finds, each once, on the right blocks', () => {
    const ru = (f: (typeof serious)[number]) => f.target?.text ?? '';
    const en = (f: (typeof serious)[number]) => f.source?.text ?? '';
    const got = serious.map(brief).map(([rule, s, t]) => [rule, s, t]);
    expect(got).toEqual([
      ['name-mismatch', 3, 1],
      ['name-mismatch', 4, 2],
      ['name-mismatch', 4, 2],
      ['term-mismatch', 5, 3],
      ['term-mismatch', 5, 3],
      ['name-mismatch', 9, 7],
      ['term-mismatch', 14, 12],
      ['term-mismatch', 16, 14],
      ['term-mismatch', 17, 15],
    ]);
    const [clooney, farrior, vermont, suspended, release, kemeluly, suspended2, appeal, convicted] = serious;
    expect(ru(clooney)).toBe('Фонда Клуни «За справедливость»');
    expect(clooney.message).toMatch(/only in the translation/);
    expect(ru(farrior)).toBe('Стефани Фарриор');
    expect(farrior.source?.text).toMatch(/^The TrialWatch expert/);
    expect(en(vermont)).toBe('Vermont Law School');
    expect(en(suspended)).toBe('suspended Zheksebaev’s prison sentence');
    expect(ru(suspended)).toBe('заменил г-ну Жексебаеву наказание в виде лишения свободы на ограничение свободы');
    expect([en(release), ru(release)]).toEqual(['release', 'условно-досрочного освобождения']);
    expect(en(kemeluly)).toBe('Kemeluly');
    expect(ru(suspended2)).toBe('замене неотбытой части наказания на ограничение свободы');
    expect([en(appeal), ru(appeal)]).toEqual(['appeal', 'кассационная жалоба']);
    expect([en(convicted), ru(convicted)]).toEqual(['convicted', 'привлекали к административной ответственности']);
  });

  it('matches the names a translator renders correctly (inflected, transliterated, translated)', () => {
    const texts = findings.flatMap((f) => [f.source?.text ?? '', f.target?.text ?? '']).filter((t) => t.length < 60).join(' | ');
    for (const name of ['Tokayev', 'Токаева', 'Utepova', 'Утеповой', 'Koshe', 'Көше', 'Almaty', 'Алматы', 'DCK', 'ДВК', 'Telegram', 'European Parliament', 'Европейского парламента', 'ICCPR', 'МПГПП', 'Farrior']) {
      expect(texts).not.toContain(name);
    }
  });
});
