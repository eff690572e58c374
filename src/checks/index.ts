import type { Rule } from './types.js';
import paragraphMissing from './paragraph-missing.js';
import paragraphExtra from './paragraph-extra.js';
import sentenceMissing from './sentence-missing.js';
import sentenceExtra from './sentence-extra.js';
import alignmentStale from './alignment-stale.js';
import alignmentLowConfidence from './alignment-low-confidence.js';
import languageMismatch from './language-mismatch.js';

/** Every rule, in report order. Adding a check = one module + one line here. */
export const RULES: readonly Rule[] = [
  paragraphMissing,
  paragraphExtra,
  sentenceMissing,
  sentenceExtra,
  alignmentStale,
  alignmentLowConfidence,
  languageMismatch,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
