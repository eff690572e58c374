import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { CONFIG_SCHEMA } from '../src/config.js';
import { validate } from '../src/generated/config-validator.js';
// @ts-expect-error: a plain ES module script without types
import { configValidatorSource } from '../scripts/gen-config-validator.mjs';
import { ROOT } from './helpers.js';

describe('the generated validator of bitext.config.json', () => {
  it('is the code Ajv generates from CONFIG_SCHEMA now (run scripts/gen-config-validator.mjs after changing the schema)', () => {
    const committed = readFileSync(join(ROOT, 'src', 'generated', 'config-validator.ts'), 'utf8');
    expect(committed).toBe((configValidatorSource as (s: object) => string)(CONFIG_SCHEMA));
  });

  it('accepts and refuses what Ajv compiling the schema at run time does, with the same errors', () => {
    const compiled = new Ajv({ allErrors: true }).compile(CONFIG_SCHEMA);
    const check = validate as unknown as ((d: unknown) => boolean) & { errors?: unknown };
    const configs: unknown[] = [
      {}, { sourceLang: 'en', targetLang: 'ru' }, { sourceLang: 'EN' }, { sourceLang: 'english' }, { corpus: '' }, { corpus: 'c', reports: 'r', alignments: 'a' },
      { termbase: 't.tbx', wordlist: 'w.txt' }, { termbase: 3 }, { alignment: { lowConfidence: 0.5, band: 10 } }, { alignment: { lowConfidence: 2 } },
      { alignment: { band: 1.5 } }, { alignment: { lowconfidence: 0.5 } }, { rules: { spelling: 'off', 'name-mismatch': { severity: 'info', options: { x: 1 } } } },
      { rules: { spelling: 'eror' } }, { rules: { spelling: { severity: 'warning', option: {} } } }, { rule: {} }, { $schema: 'x' }, [], 'text', null, 3,
      { corpus: '\u{1F600}' },
    ];
    for (const c of configs) {
      const want = compiled(c);
      expect([check(c), check.errors ?? null]).toEqual([want, compiled.errors ?? null]);
    }
  });
});
