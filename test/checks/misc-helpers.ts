import { join } from 'node:path';
import { DEFAULT_CONFIG, type Config, type RuleSetting } from '../../src/config.js';
import { pairFiles } from '../../src/corpus/discover.js';
import { runPair } from '../../src/pipeline.js';
import type { Finding } from '../../src/types.js';
import { ROOT, join2, paragraphs, seedEn, seedRu, tempProject } from '../helpers.js';

export const PROJECT_WORDLIST = join(ROOT, 'corpus', 'terms', 'wordlist.txt');

export interface CheckOptions {
  rules?: Record<string, RuleSetting>;
  wordlist?: string;
  termbase?: string;
  meta?: object;
}

/** Run the whole pipeline in-process on one pair written to a temporary project. */
export function check(en: string, ru: string, opts: CheckOptions = {}): Finding[] {
  const dir = tempProject({ p: { en, ru, meta: opts.meta } });
  const config: Config = {
    ...structuredClone(DEFAULT_CONFIG),
    corpus: join(dir, 'corpus'),
    // Spelling loads dictionaries and asks Hunspell for suggestions (slow in Russian): only on when asked for.
    rules: { spelling: 'off', ...(opts.rules ?? {}) },
    ...(opts.wordlist ? { wordlist: opts.wordlist } : {}),
    ...(opts.termbase ? { termbase: opts.termbase } : {}),
  };
  const files = pairFiles(config.corpus, 'p', 'en', 'ru', ['p']);
  return runPair(files, config, { alignmentsDir: join(dir, 'alignments') }).result.findings;
}

export function byRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Seed paragraphs (0-based, as the blocks are numbered), with optional edits by index. */
export function seedParas(lang: 'en' | 'ru', indexes: number[], edits: Record<number, (p: string) => string> = {}): string {
  const all = paragraphs(lang === 'en' ? seedEn() : seedRu());
  return join2(indexes.map((i) => (edits[i] ? edits[i](all[i]) : all[i])));
}

/** Replace exactly one occurrence, failing loudly if the seed text changed. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`fixture edit: "${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function paragraphsOf(md: string): string[] {
  return paragraphs(md);
}
