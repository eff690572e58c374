import { join } from 'node:path';
import { DEFAULT_CONFIG, type Config, type RuleSetting } from '../../src/config.js';
import { pairFiles } from '../../src/corpus/discover.js';
import { runPair } from '../../src/pipeline.js';
import type { Finding } from '../../src/types.js';
import { tempProject } from '../helpers.js';

/**
 * Run the whole pipeline in-process on a one-pair project made of the given Markdown texts and
 * return the findings of one rule.
 */
export function ruleFindings(rule: string, en: string, ru: string, opts: { published?: string; setting?: RuleSetting } = {}): Finding[] {
  const dir = tempProject({ p: { en: `${en}\n`, ru: `${ru}\n`, meta: opts.published === undefined ? {} : { published: opts.published } } });
  const config: Config = { ...DEFAULT_CONFIG, rules: opts.setting === undefined ? {} : { [rule]: opts.setting } };
  const run = runPair(pairFiles(join(dir, 'corpus'), 'p', 'en', 'ru'), config, { alignmentsDir: join(dir, 'alignments') });
  return run.result.findings.filter((f) => f.rule === rule);
}

/** [severity, source text, target text] of each finding, for compact assertions. */
export function brief(fs: Finding[]): Array<[string, string | undefined, string | undefined]> {
  return fs.map((f) => [f.severity, f.source?.text, f.target?.text]);
}
