import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { pairFiles } from '../../src/corpus/discover.js';
import { runPair } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';

describe('number-mismatch and date-mismatch on the seed', () => {
  const corpus = join(ROOT, 'corpus');
  const run = runPair(pairFiles(corpus, 'zheksebaev-2022', 'en', 'ru'), DEFAULT_CONFIG, { alignmentsDir: join(ROOT, 'no-such-alignments') });
  const mine = run.result.findings.filter((f) => f.rule === 'number-mismatch' || f.rule === 'date-mismatch');

  it('reports exactly the four date discrepancies a careful reviewer finds, each once, on the right blocks', () => {
    expect(mine.map((f) => [f.rule, f.severity, f.source?.paragraph, f.source?.text, f.target?.paragraph, f.target?.text])).toEqual([
      ['date-mismatch', 'warning', 6, 'this month', 4, 'в начале ноября'],
      ['date-mismatch', 'warning', 14, 'in May 2022', 12, 'в мае'],
      ['date-mismatch', 'warning', 16, 'in December', 14, 'в декабре 2022 года'],
      ['date-mismatch', 'warning', 18, 'in May 2020', 16, '19 мая 2020 года'],
    ]);
    expect(mine.map((f) => f.message)).toEqual([
      'relative date in the source ("this month" = 2022-11), absolute in the target (????-11)',
      'the target drops the year: 2022-05 in the source, ????-05 in the target',
      'the target adds the year: ????-12 in the source, 2022-12 in the target',
      'the target adds the day: 2020-05 in the source, 2020-05-19 in the target',
    ]);
  });

  it('points each finding at its sentence', () => {
    for (const f of mine) {
      expect(f.source?.sentence).toBeTypeOf('number');
      expect(f.target?.sentence).toBeTypeOf('number');
    }
  });
});
