import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { pairFiles } from '../../src/corpus/discover.js';
import { runPair, type PairRun } from '../../src/pipeline.js';
import { sortFindings, toFindings } from '../../src/findings.js';
import type { Doc, RawFinding, Severity } from '../../src/types.js';
import { RULE_IDS } from '../../src/checks/index.js';

/** Only the alignment's own rules: the report tests add their fixture findings on top, so counts stay fixed as checks evolve. */
const ALIGNMENT_RULES = ['paragraph-missing', 'paragraph-extra', 'sentence-missing', 'sentence-extra', 'alignment-stale', 'alignment-low-confidence'];
export const REPORT_TEST_CONFIG = { ...DEFAULT_CONFIG, rules: Object.fromEntries(RULE_IDS.filter((id) => !ALIGNMENT_RULES.includes(id)).map((id) => [id, 'off' as const])) };

/** A span around the first occurrence of `needle` in the document (checked against the expected block of the seed). */
export function spanOf(doc: Doc, seedBlock: number, needle: string): { block: number; start: number; end: number } {
  const block = doc.blocks.findIndex((b) => b.text.includes(needle));
  if (block < 0) throw new Error(`"${needle}" is in no block`);
  if (doc.blocks.length === (doc.lang === 'en' ? 25 : 23) && block !== seedBlock) throw new Error(`"${needle}" expected in block ${seedBlock}, found in ${block}`);
  const start = doc.blocks[block].text.indexOf(needle);
  return { block, start, end: start + needle.length };
}

/**
 * Run the pipeline on a corpus folder in-process and add report-fixture findings with ranges on
 * both sides (the real rules of other modules are not needed to test how the report shows them).
 */
export function runWithFindings(corpusDir: string, id: string, extra: (run: PairRun) => Array<RawFinding & { severity: Severity }> = () => []): PairRun {
  const files = pairFiles(corpusDir, id, 'en', 'ru');
  const alignmentsDir = mkdtempSync(join(tmpdir(), 'bitext-al-'));
  const run = runPair(files, REPORT_TEST_CONFIG, { alignmentsDir });
  const added = extra(run).flatMap((r) => toFindings(run.pair, [r], r.severity));
  run.result.findings = sortFindings([...run.result.findings, ...added]);
  return run;
}

/** Fixture findings on the seed pair: a number, a name and a date, each highlighted on both sides. */
export function seedFixtureFindings(run: PairRun): Array<RawFinding & { severity: Severity }> {
  const { source: en, target: ru } = run.pair;
  return [
    { rule: 'number-mismatch', severity: 'error', message: 'the number 15 differs: 15 in the source, 15 in the target (fixture)', source: spanOf(en, 5, '15 days'), target: spanOf(ru, 3, '15 дней') },
    { rule: 'name-missing', severity: 'warning', message: 'name “Vermont Law School” has no counterpart in the target (fixture)', source: spanOf(en, 4, 'Vermont Law School'), target: spanOf(ru, 2, 'Стефани Фарриор') },
    { rule: 'date-mismatch', severity: 'info', message: 'year 2006 in both texts (fixture)', source: spanOf(en, 9, '2006'), target: spanOf(ru, 7, '2006 году') },
  ];
}

export const SEED_CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
