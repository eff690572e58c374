import type { Rule } from './types.js';
import { sentenceOmissions } from './sentence-omission.js';

const rule: Rule = {
  id: 'sentence-missing',
  severity: 'error',
  description: 'Inside an aligned paragraph pair, a source sentence (of at least `minWords` words, default 4) has no counterpart sentence in the translation. Options: `minWords`, `minScore` (confidence of the omission, default 0.6).',
  run(ctx) {
    return sentenceOmissions(ctx, 'source', rule.id, Number(ctx.options.minWords ?? 4), Number(ctx.options.minScore ?? 0.6));
  },
};
export default rule;
