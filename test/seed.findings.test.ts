import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { RULE_IDS } from '../src/checks/index.js';
import { pairFiles } from '../src/corpus/discover.js';
import { runPair } from '../src/pipeline.js';
import { ROOT } from './helpers.js';

/**
 * The seed as a careful reviewer reads it (issue 3): every listed discrepancy reported once, on
 * the right blocks, and nothing else at warning or error level — with the project's own config
 * (termbase, word list), as `npm run qa` runs it.
 */
describe('the seed pair, all rules, project config', () => {
  const config = loadConfig(ROOT, RULE_IDS);
  const files = pairFiles(join(ROOT, 'corpus'), 'zheksebaev-2022', 'en', 'ru');
  const run = runPair(files, config, { alignmentsDir: mkdtempSync(join(tmpdir(), 'bitext-seed-')) });
  const serious = run.result.findings.filter((f) => f.severity !== 'info');
  const row = (f: (typeof serious)[number]) => `${f.rule} EN${f.source?.paragraph ?? '-'}/RU${f.target?.paragraph ?? '-'} ${f.source?.text.length && f.source.text.length < 60 ? f.source.text : ''} | ${f.target?.text.length && f.target.text.length < 60 ? f.target.text : ''}`;

  it('reports exactly the reviewer’s list at warning and error level', () => {
    expect(serious.map(row)).toEqual([
      'paragraph-missing EN1/RU-  | ',
      'url-mismatch EN1/RU- [email\u00a0protected] | ',
      'paragraph-missing EN2/RU- Jounalist Askhat Zheksebaev | ',
      'spelling EN2/RU- Jounalist | ',
      'name-mismatch EN3/RU1  | Фонда Клуни «За справедливость»',
      'name-mismatch EN4/RU2  | Стефани Фарриор',
      expect.stringMatching(/^name-mismatch EN4\/RU2 Vermont Law School \| /),
      expect.stringMatching(/^term-mismatch EN5\/RU3 suspended Zheksebaev’s prison sentence \| /),
      'term-mismatch EN5/RU3 release | условно-досрочного освобождения',
      'date-mismatch EN6/RU4 this month | в начале ноября',
      expect.stringMatching(/^name-mismatch EN9\/RU7 Kemeluly \| /),
      expect.stringMatching(/^term-mismatch EN14\/RU12 suspended Zheksebaev’s prison sentence \| замене неотбытой части наказания на ограничение свободы/),
      'date-mismatch EN14/RU12 in May 2022 | в мае',
      'term-mismatch EN16/RU14 appeal | кассационная жалоба',
      'date-mismatch EN16/RU14 in December | в декабре 2022 года',
      'term-mismatch EN17/RU15 convicted | привлекали к административной ответственности',
      'date-mismatch EN18/RU16 in May 2020 | 19 мая 2020 года',
    ]);
  });

  it('gives every finding a distinct stable id and ranges inside the files', () => {
    const ids = run.result.findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of run.result.findings) {
      for (const [loc, doc] of [[f.source, run.pair.source], [f.target, run.pair.target]] as const) {
        if (!loc) continue;
        expect(doc.content.slice(loc.start, loc.end)).toBe(loc.text);
        expect(loc.end).toBeGreaterThanOrEqual(loc.start);
      }
    }
  });
});
