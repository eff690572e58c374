import type { RawFinding } from '../types.js';
import type { Rule } from './types.js';
import { scanPairs } from '../util/quote-pairs.js';

const NAMES: Record<string, string> = {
  '(': 'opening parenthesis', ')': 'closing parenthesis', '[': 'opening bracket', ']': 'closing bracket',
  '{': 'opening brace', '}': 'closing brace', '«': 'opening guillemet', '»': 'closing guillemet',
  '‹': 'opening guillemet', '›': 'closing guillemet', '„': 'opening low quote', '“': 'opening quote',
  '”': 'closing quote', '‘': 'opening single quote', '’': 'closing single quote', '"': 'straight quote',
};

const rule: Rule = {
  id: 'punctuation',
  severity: 'warning',
  description: 'An unbalanced bracket or quotation mark inside a block, on either side: an opening «, “, ‘, „, (, [ or { that is never closed, or a closing one with nothing to close. Knows English and Russian conventions (nested «„…“», editorial brackets as in "establish[ing]" and "[Я]", apostrophes written as ’, enumeration labels such as "a)"). Inline code is skipped. No options.',
  run(ctx) {
    const out: RawFinding[] = [];
    for (const side of ['source', 'target'] as const) {
      for (const block of ctx.pair[side].blocks) {
        for (const m of scanPairs(block.text).unbalanced) {
          const opening = m.char in { '(': 1, '[': 1, '{': 1, '«': 1, '‹': 1, '„': 1, '“': 1, '‘': 1 };
          const what = m.char === '"' ? 'unpaired straight quote' : `${NAMES[m.char]} ${m.char} ${opening ? 'is never closed' : 'has no opening counterpart'}`;
          out.push({ rule: rule.id, message: what, [side]: { block: block.index, start: m.index, end: m.index + 1 } });
        }
      }
    }
    return out;
  },
};
export default rule;
