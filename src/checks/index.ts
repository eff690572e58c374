import type { Rule } from './types.js';
import paragraphMissing from './paragraph-missing.js';
import paragraphExtra from './paragraph-extra.js';
import sentenceMissing from './sentence-missing.js';
import sentenceExtra from './sentence-extra.js';
import alignmentStale from './alignment-stale.js';
import alignmentLowConfidence from './alignment-low-confidence.js';
import numberMismatch from './number-mismatch.js';
import dateMismatch from './date-mismatch.js';
import termMismatch from './term-mismatch.js';
import nameMismatch from './name-mismatch.js';
import spelling from './spelling.js';
import punctuation from './punctuation.js';
import urlMismatch from './url-mismatch.js';
import quoteMismatch from './quote-mismatch.js';
import untranslated from './untranslated.js';
import lengthRatio from './length-ratio.js';
import languageMismatch from './language-mismatch.js';
import { addAcceptedWords } from '../spell/accepted.js';
import { loadTermbase, termWords } from '../termbase/index.js';

// The termbase's words are right for the spelling rule (legal terms and translated names the
// dictionaries lack), except those of forbidden renderings.
addAcceptedWords((ctx) => {
  const tb = loadTermbase(ctx.config);
  return tb ? termWords(tb, undefined, { allowedOnly: true }) : [];
});

/** Every rule, in report order. Adding a check = one module + one line here. */
export const RULES: readonly Rule[] = [
  paragraphMissing,
  paragraphExtra,
  sentenceMissing,
  sentenceExtra,
  alignmentStale,
  alignmentLowConfidence,
  numberMismatch,
  dateMismatch,
  termMismatch,
  nameMismatch,
  spelling,
  punctuation,
  urlMismatch,
  quoteMismatch,
  untranslated,
  lengthRatio,
  languageMismatch,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
