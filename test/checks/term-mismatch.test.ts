import { describe, expect, it } from 'vitest';
import { paragraphs, seedEn, seedRu } from '../helpers.js';
import { atLeastWarning, config, findingsForTexts } from './seed-findings.js';

const EN = paragraphs(seedEn());
const RU = paragraphs(seedRu());
const RULE = ['term-mismatch'];
const serious = (en: string[], ru: string[]) => findingsForTexts(en, ru, RULE).filter(atLeastWarning);

// EN 16 / RU 14: "appeal of his conviction … Supreme Court" / "кассационная жалоба … Верховного суда".
const EN16 = EN[16];
const RU14 = RU[14];
// EN 17 / RU 15: "arrested and convicted" / "задерживали и привлекали к административной ответственности".
const EN17 = EN[17];
const RU15 = RU[15];

describe('term-mismatch', () => {
  it('fires on the seed\'s appeal rendered as cassation, and is quiet on a correct rendering', () => {
    const f = serious([EN16], [RU14]);
    expect(f.map((x) => [x.source?.text, x.target?.text])).toEqual([['appeal', 'кассационная жалоба']]);
    expect(f[0].message).toMatch(/different legal concept/);
    expect(serious([EN16], [RU14.replace('кассационная жалоба', 'апелляционная жалоба')])).toEqual([]);
  });

  it('accepts inflected forms of the right term', () => {
    const ru = RU14.replace('Между тем кассационная жалоба г-на Жексебаева на вынесенный ему приговор находится на рассмотрении',
      'Между тем рассмотрение апелляционной жалобы г-на Жексебаева на вынесенный ему приговор ожидается в');
    expect(ru).not.toBe(RU14);
    expect(serious([EN16], [ru])).toEqual([]);
  });

  it('fires when a legal term is changed in an edit of the seed (criminal conviction → administrative liability)', () => {
    const right = RU15.replace('привлекали к административной ответственности', 'осуждали');
    expect(serious([EN17], [right])).toEqual([]);
    const f = serious([EN17], [RU15]);
    expect(f.map((x) => [x.source?.text, x.target?.text])).toEqual([['convicted', 'привлекали к административной ответственности']]);
  });

  it('pairs a suspended sentence with its replacement by restriction of freedom (EN 14 / RU 12)', () => {
    const f = serious([EN[14]], [RU[12]]);
    expect(f.map((x) => [x.source?.text, x.target?.text])).toEqual([['suspended Zheksebaev’s prison sentence', 'замене неотбытой части наказания на ограничение свободы']]);
    const faithful = RU[12].replace(/удовлетворил ходатайство [^,]*свободы/, 'отсрочил г-ну Жексебаеву отбывание наказания в виде лишения свободы');
    expect(faithful).not.toBe(RU[12]);
    expect(serious([EN[14]], [faithful])).toEqual([]);
  });

  it('reports a forbidden rendering at the rule\'s severity, and not the correct one', () => {
    const en = ['He spent nearly a year in pre-trial detention.'];
    expect(serious(en, ['Он почти год провел в предварительном заключении.'])).toEqual([]);
    const f = serious(en, ['Он почти год провел в досудебном задержании.']);
    expect(f).toHaveLength(1);
    expect(f[0].target?.text).toBe('досудебном задержании');
    expect(f[0].message).toMatch(/forbidden rendering; use "предварительное заключение"/);
    expect(f[0].severity).toBe('warning');
  });

  it('reports a concept simply absent at omissionSeverity (info unless configured)', () => {
    const en = ['The court did not allow the defense to question the experts and ignored the evidence.'];
    const ru = ['Суд не позволил защите допросить экспертов.'];
    const all = findingsForTexts(en, ru, RULE);
    expect(all.map((f) => [f.severity, f.source?.text])).toEqual([['info', 'evidence']]);
    const strict = findingsForTexts(en, ru, RULE, config({ rules: { 'term-mismatch': { options: { omissionSeverity: 'error' } } } }));
    expect(strict.map((f) => f.severity)).toEqual(['error']);
  });

  it('does nothing without a termbase', () => {
    expect(findingsForTexts([EN16], [RU14], RULE, config({ termbase: undefined }))).toEqual([]);
  });
});
