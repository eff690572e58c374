import { join } from 'node:path';
import { DEFAULT_CONFIG, type Config } from '../../src/config.js';
import { pairFiles } from '../../src/corpus/discover.js';
import { runPair } from '../../src/pipeline.js';
import type { Finding } from '../../src/types.js';
import { ROOT, tempProject } from '../helpers.js';

export const TBX = join(ROOT, 'corpus', 'terms', 'legal.en-ru.tbx');

export function config(extra: Partial<Config> = {}): Config {
  return { ...structuredClone(DEFAULT_CONFIG), termbase: TBX, ...extra };
}

/** Findings of the given rules for a corpus folder's pair, run in-process. */
export function findingsFor(corpusDir: string, id: string, rules: string[], cfg = config()): Finding[] {
  const run = runPair(pairFiles(corpusDir, id, 'en', 'ru'), cfg, { alignmentsDir: join(corpusDir, '..', 'alignments-none') });
  return run.result.findings.filter((f) => rules.includes(f.rule));
}

/** A one-pair temporary project from English and Russian paragraphs; returns its findings. */
export function findingsForTexts(en: string[], ru: string[], rules: string[], cfg = config()): Finding[] {
  const dir = tempProject({ p: { en: `${en.join('\n\n')}\n`, ru: `${ru.join('\n\n')}\n` } });
  return findingsFor(join(dir, 'corpus'), 'p', rules, cfg);
}

export const SEED_CORPUS = join(ROOT, 'corpus');

export function brief(f: Finding): [string, number | undefined, number | undefined, string | undefined, string | undefined] {
  return [f.rule, f.source?.paragraph, f.target?.paragraph, f.source?.text, f.target?.text];
}

export const atLeastWarning = (f: Finding): boolean => f.severity !== 'info';
