import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import * as formatsModule from 'ajv-formats';
import { ROOT, copySeedProject } from './helpers.js';
import { runMain } from './ci-helpers.js';
import { toSarif } from '../src/report/sarif.js';
import { buildResult } from '../src/report/json.js';
import { RULE_META } from '../src/commands/ci.js';
import type { Finding, PairResult } from '../src/types.js';

/**
 * The official SARIF 2.1.0 schema (OASIS sarif-spec, Schemata/sarif-schema-2.1.0.json, draft-07),
 * shipped in test/fixtures; see test/fixtures/README.md for where it comes from.
 */
const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
const addFormats = ((formatsModule as unknown as { default: { default?: unknown } }).default.default ?? (formatsModule as unknown as { default: unknown }).default) as (a: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

const loc = (paragraph: number, line: number, column: number, endColumn: number, text: string) => ({
  paragraph, line, column, endLine: line, endColumn, start: 0, end: text.length, text,
});

function pairResult(findings: Finding[]): PairResult {
  return {
    id: 'demo',
    source: { lang: 'en', path: 'corpus/demo pair/en.md', blocks: 3 },
    target: { lang: 'ru', path: 'corpus/demo pair/ru.md', blocks: 3 },
    alignment: [],
    findings,
  };
}

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema on the seed corpus, with rule metadata and Markdown line/columns', async () => {
    const dir = copySeedProject();
    const r = await runMain(['check', '--format', 'sarif'], dir);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expectValid(log);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(RULE_META.map((x) => x.id));
    const missing = run.results.filter((x: { ruleId: string }) => x.ruleId === 'paragraph-missing');
    expect(missing.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }) =>
      [x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine, x.locations[0].physicalLocation.region.startColumn]))
      .toEqual([['corpus/zheksebaev-2022/en.md', 3, 1], ['corpus/zheksebaev-2022/en.md', 5, 1]]);
    expect(missing[0].level).toBe('error');
    expect(run.tool.driver.rules[missing[0].ruleIndex].id).toBe('paragraph-missing');
    expect(missing[0].partialFingerprints['bitextFinding/v1']).toMatch(/^[0-9a-f]{16}$/);
  });

  it('puts the other side in relatedLocations, suppresses baselined findings, maps info to note, encodes paths', () => {
    const both: Finding = {
      id: 'a'.repeat(16), rule: 'sentence-missing', severity: 'info', message: 'a sentence is missing',
      source: loc(1, 3, 5, 20, 'The river is wide'), target: loc(1, 3, 1, 10, 'Река широка'),
    };
    const onlyTarget: Finding = {
      id: 'b'.repeat(16), rule: 'paragraph-extra', severity: 'warning', message: 'extra', source: null,
      target: loc(2, 5, 1, 4, 'Еще'), status: 'baseline',
    };
    const log = toSarif(buildResult([pairResult([both, onlyTarget])]), RULE_META, '0.1.0');
    expectValid(log);
    const [a, b] = log.runs[0].results!;
    expect(a.level).toBe('note');
    expect(a.locations![0].physicalLocation!.artifactLocation!.uri).toBe('corpus/demo%20pair/en.md');
    expect(a.locations![0].physicalLocation!.region).toMatchObject({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 20, snippet: { text: 'The river is wide' } });
    expect(a.relatedLocations![0].physicalLocation!.artifactLocation!.uri).toBe('corpus/demo%20pair/ru.md');
    expect(a.relatedLocations![0].physicalLocation!.region!.startColumn).toBe(1);
    expect(a.suppressions).toBeUndefined();
    expect(b.locations![0].physicalLocation!.artifactLocation!.uri).toBe('corpus/demo%20pair/ru.md');
    expect(b.relatedLocations).toBeUndefined();
    expect(b.suppressions).toEqual([{ kind: 'external', justification: 'in the bitext baseline' }]);
  });

  it('the schema test can fail: a result without a message is rejected', () => {
    const log = toSarif(buildResult([pairResult([])]), RULE_META, '0.1.0') as unknown as { runs: Array<{ results: unknown[] }> };
    log.runs[0].results.push({ ruleId: 'x', level: 'fatal' });
    expect(validate(log)).toBe(false);
  });
});
