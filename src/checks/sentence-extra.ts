import type { Rule } from './types.js';
import { sentenceOmissions } from './sentence-omission.js';

const rule: Rule = {
  id: 'sentence-extra',
  severity: 'warning',
  description: 'Inside an aligned paragraph pair, a target sentence (of at least `minWords` words, default 4) has no counterpart in the source: an addition. Options: `minWords`, `minScore`.',
  run(ctx) {
    return sentenceOmissions(ctx, 'target', rule.id, Number(ctx.options.minWords ?? 4), Number(ctx.options.minScore ?? 0.6));
  },
};
export default rule;
