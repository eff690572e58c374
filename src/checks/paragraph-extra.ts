import type { Rule } from './types.js';

const rule: Rule = {
  id: 'paragraph-extra',
  severity: 'warning',
  description: 'A target block has no counterpart in the source: text the translation adds. Often an intended addition (a note for the local reader); confirm the bead in review to accept it.',
  run(ctx) {
    return ctx.beads
      .filter((b) => b.target.length > 0 && b.source.length === 0 && !b.confirmed)
      .flatMap((b) => b.target.map((i) => ({
        rule: rule.id,
        message: `target paragraph ${i} has no counterpart in the ${ctx.config.sourceLang} text`,
        source: null,
        target: { block: i },
      })));
  },
};
export default rule;
